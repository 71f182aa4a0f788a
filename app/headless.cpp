#include "headless.h"

#include "commandline.h"
#include "consolelog.h"
#include "consolewriter.h"
#include "duplexserver.h"
#include "logging.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int runHeadless(const CommandLine &commandLine)
{
    if (commandLine.quiet) {
        // Rules from QT_LOGGING_RULES still come after these and win.
        QLoggingCategory::setFilterRules(QStringLiteral("duplex.messages.info=false\n"
                                                        "duplex.http.info=false"));
    }
    // The log: buffered, flushed within 100 ms, when the server stops and on every way out
    // of this function (the writer's destructor).
    ConsoleWriter writer(STDERR_FILENO);
    if (!commandLine.logFile.isEmpty()) {
        QString error;
        if (!writer.openFile(commandLine.logFile, &error)) {
            std::fprintf(stderr, "duplex: %s\n", qPrintable(error));
            return 1;
        }
    }
    DuplexServer server;
    ConsoleLog consoleLog(&server, &writer,
                          commandLine.jsonLog ? ConsoleLog::Format::Json
                                              : ConsoleLog::Format::Text);
    consoleLog.captureQtMessages();
    UnixSignalWatcher signalWatcher;
    if (!commandLine.logFile.isEmpty()) {
        signalWatcher.watchHangup();
        QObject::connect(&signalWatcher, &UnixSignalWatcher::hangup, &writer, [&writer] {
            QString error;
            if (!writer.reopen(&error))
                qCWarning(lcServer).noquote() << error; // still in the old file
        });
    }
    QObject::connect(&writer, &ConsoleWriter::writeFailed, [](const QString &reason) {
        std::fprintf(stderr, "duplex: the log cannot be written (%s); it is dropped from now on\n",
                     qPrintable(reason));
    });

    QString failure;
    QObject::connect(
            &server, &DuplexServer::listenFailed,
            [&failure](DuplexServer::ListenError, const QString &message) { failure = message; });
    if (!server.start(commandLine.settings)) {
        if (!commandLine.logFile.isEmpty())
            qCCritical(lcServer).noquote() << failure;
        writer.flush();
        std::fprintf(stderr, "duplex: %s\n", qPrintable(failure));
        return 1;
    }

    QObject::connect(&server, &DuplexServer::stopped, qApp, &QCoreApplication::quit);
    QObject::connect(
            &signalWatcher, &UnixSignalWatcher::terminationRequested, &server,
            [&server, &consoleLog](int signalNumber) {
                if (server.state() == DuplexServer::State::Listening) {
                    consoleLog.serverLine(
                            QCoreApplication::translate(
                                    "Headless", "Signal %1: closing every client and stopping")
                                    .arg(signalNumber));
                    server.stop();
                } else {
                    QCoreApplication::quit(); // a second signal: do not wait
                }
            });
    return QCoreApplication::exec();
}
