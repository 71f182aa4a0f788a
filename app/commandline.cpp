#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {
const char *const context = "CommandLine";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "duplex: %s\n", qPrintable(message));
}
} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Duplex: a WebSocket workbench. One port serves a web page at / and a WebSocket "
               "at /ws/ that greets each client with \"Welcome!\" and answers every message "
               "upper-cased."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headlessOption(QStringLiteral("headless"),
                                            tr("Run the server without a window, logging to "
                                               "the terminal."));
    const QCommandLineOption portOption({ QStringLiteral("p"), QStringLiteral("port") },
                                        tr("Listen on <port> (default 8888; 0 picks a free port)."),
                                        tr("port"));
    const QCommandLineOption bindOption(
            { QStringLiteral("b"), QStringLiteral("bind") },
            tr("Listen on <address> (default 127.0.0.1, this computer only; 0.0.0.0 or :: "
               "for every interface)."),
            tr("address"));
    parser.addOptions({ headlessOption, portOption, bindOption });

    CommandLine result;
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        result.outcome = Outcome::Fail;
        return result;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        result.outcome = Outcome::Exit;
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        result.outcome = Outcome::Exit;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("Unexpected argument \"%1\"; see --help.")
                           .arg(parser.positionalArguments().constFirst()));
        result.outcome = Outcome::Fail;
        return result;
    }

    result.headless = parser.isSet(headlessOption);
    if (parser.isSet(portOption)) {
        const QString text = parser.value(portOption);
        bool ok = false;
        const uint port = text.toUInt(&ok, 10);
        if (!ok || port > 65535) {
            printError(tr("The port must be a number from 0 to 65535, not \"%1\".").arg(text));
            result.outcome = Outcome::Fail;
            return result;
        }
        result.settings.port = quint16(port);
        result.portGiven = true;
    }
    if (parser.isSet(bindOption)) {
        const QString text = parser.value(bindOption);
        const QHostAddress address = parseBindAddress(text);
        if (address.isNull()) {
            printError(tr("The bind address must be an IP address such as 127.0.0.1, 0.0.0.0 "
                          "or ::, not \"%1\".")
                               .arg(text));
            result.outcome = Outcome::Fail;
            return result;
        }
        result.settings.address = address;
        result.bindGiven = true;
    }
    return result;
}
