#pragma once

#include "serversettings.h"

#include <QCoreApplication>
#include <QStringList>

// What the command line asks for. Parsing prints --help, --version and errors itself.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Outcome { Run, Exit, Fail };

    Outcome outcome = Outcome::Run;
    bool headless = false;
    bool quiet = false; // no line per message or HTTP request
    QString logFile; // --log-file: the headless log appended there instead of standard error
    bool jsonLog = false; // --log-format json
    bool portGiven = false; // else the window uses its saved port
    bool bindGiven = false;
    bool limitsGiven = false; // any limit or origin option: the window's saved ones do not apply
    bool tlsGiven = false; // --tls-cert and --tls-key: the window's saved TLS files do not apply
    QString language; // --lang: a code from Translations::languages(), or empty for the system's
    ServerSettings settings;

    static CommandLine parse(const QStringList &arguments);
};
