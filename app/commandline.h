#pragma once

#include "serversettings.h"

#include <QStringList>

// What the command line asks for. Parsing prints --help, --version and errors itself.
struct CommandLine
{
    enum class Outcome { Run, Exit, Fail };

    Outcome outcome = Outcome::Run;
    bool headless = false;
    bool quiet = false; // no line per message or HTTP request
    bool portGiven = false; // else the window uses its saved port
    bool bindGiven = false;
    bool limitsGiven = false; // any limit or origin option: the window's saved ones do not apply
    ServerSettings settings;

    static CommandLine parse(const QStringList &arguments);
};
