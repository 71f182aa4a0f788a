#include "commandline.h"
#include "connectcommand.h"
#include "consoleclient.h"
#include "consolewriter.h"
#include "headless.h"
#include "mainwindow.h"
#include "stallmonitor.h"
#include "translations.h"
#include "unixsignalwatcher.h"

#include <QApplication>
#include <QFile>
#include <QSettings>

#include <memory>

#ifdef __GLIBC__
#    include <malloc.h>
#endif


int main(int argc, char *argv[])
{
    ConsoleWriter::ensureStandardStreams();
#ifdef __GLIBC__
    // glibc hands freed heap back to the system once 128 KiB sit free at its top. The server
    // frees each quiet connection's buffers (SocketBuffers) and allocates them again when it
    // speaks, so under a stream of short connections the same pages were given back and
    // faulted in again (0.7 page faults per handshake; none with this). Setting it fixes the
    // mmap threshold too (glibc stops adapting it): 16 MiB, above the largest message allowed
    // by default, so big messages come from the heap as glibc's adaptation would have them.
    mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
#endif
    // Every time stamp is a local time, and with TZ unset glibc stat()s /etc/localtime for each
    // one: a fifth of the cost of a logged message. Naming the file once keeps it cached.
    if (qEnvironmentVariableIsEmpty("TZ") && QFile::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");

    QCoreApplication::setOrganizationName(QStringLiteral("Duplex"));
    QCoreApplication::setApplicationName(QStringLiteral("Duplex"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUPLEX_VERSION));

    // The command line is read before any display is opened: --help, --version, mistakes and
    // --headless all work over ssh and in CI.
    CommandLine commandLine;
    // Without a window, Qt's own poll() event loop rather than GLib's: a handshake wakes the
    // loop about ten times, and GLib's costs a sixth more CPU per handshake here (measured with
    // bench/run.sh's floor, which runs on either). The window keeps GLib's, as desktops
    // expect. A QT_NO_GLIB the user set is left as it is.
    const bool loopChosen = qEnvironmentVariableIsSet("QT_NO_GLIB");
    if (!loopChosen)
        qputenv("QT_NO_GLIB", "1");
    {
        QCoreApplication console(argc, argv);
        // --help and the command line's mistakes already speak the language asked for.
        Translations::apply(Translations::requestedLanguage(QCoreApplication::arguments()));
        if (ConsoleClient::isConnectCommand(QCoreApplication::arguments()))
            return runConnect(QCoreApplication::arguments());
        commandLine = CommandLine::parse(QCoreApplication::arguments());
        switch (commandLine.outcome) {
        case CommandLine::Outcome::Exit:
            return 0;
        case CommandLine::Outcome::Fail:
            return 1;
        case CommandLine::Outcome::Run:
            break;
        }
        if (commandLine.headless)
            return runHeadless(commandLine);
    }

    if (!loopChosen)
        qunsetenv("QT_NO_GLIB");
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("duplex"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/duplex/icons/duplex.svg")));
    // --lang wins over the Language menu's saved choice, which wins over the system's.
    const QString language = !commandLine.language.isEmpty()
            ? commandLine.language
            : QSettings().value(QStringLiteral("ui/language")).toString();
    Translations::apply(Translations::isKnown(language) ? language : QString());
    MainWindow window({ commandLine.settings, commandLine.portGiven, commandLine.bindGiven,
                        commandLine.limitsGiven, commandLine.tlsGiven,
                        Translations::isKnown(language) ? language : QString() });
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &window,
                     &QWidget::close);
    // For the benchmark: how long the window stalled under load (see bench/run.sh).
    std::unique_ptr<StallMonitor> stallMonitor;
    if (const QString report = qEnvironmentVariable("DUPLEX_STALL_LOG"); !report.isEmpty())
        stallMonitor = std::make_unique<StallMonitor>(report);
    window.show();
    return QApplication::exec();
}
