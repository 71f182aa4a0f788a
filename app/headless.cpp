#include "headless.h"

#include "commandline.h"
#include "consolelog.h"
#include "duplexserver.h"
#include "logging.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>

#include <cstdio>

int runHeadless(const CommandLine &commandLine)
{
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} "
                                      "%{if-warning}warning: %{endif}%{if-critical}error: %{endif}"
                                      "%{message}"));
    if (commandLine.quiet) {
        // Rules from QT_LOGGING_RULES still come after these and win.
        QLoggingCategory::setFilterRules(QStringLiteral("duplex.messages.info=false\n"
                                                        "duplex.http.info=false"));
    }
    DuplexServer server;
    ConsoleLog consoleLog(&server);
    UnixSignalWatcher signalWatcher;

    QString failure;
    QObject::connect(
            &server, &DuplexServer::listenFailed,
            [&failure](DuplexServer::ListenError, const QString &message) { failure = message; });
    if (!server.start(commandLine.settings)) {
        std::fprintf(stderr, "duplex: %s\n", qPrintable(failure));
        return 1;
    }

    QObject::connect(&server, &DuplexServer::stopped, qApp, &QCoreApplication::quit);
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &server,
                     [&server](int signalNumber) {
                         if (server.state() == DuplexServer::State::Listening) {
                             qCInfo(lcServer).noquote()
                                     << QCoreApplication::translate(
                                                "Headless",
                                                "Signal %1: closing every client and stopping")
                                                .arg(signalNumber);
                             server.stop();
                         } else {
                             QCoreApplication::quit(); // a second signal: do not wait
                         }
                     });
    return QCoreApplication::exec();
}
