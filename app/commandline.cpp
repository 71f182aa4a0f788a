#include "commandline.h"

#include "hostpolicy.h"
#include "originpolicy.h"
#include "socketbuffers.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <optional>

namespace {
void printError(const QString &message)
{
    std::fprintf(stderr, "duplex: %s\n", qPrintable(message));
}

// The program's version, the Qt it runs on (and was built with), and whether idle connections
// give their buffers back: that depends on the Qt version (see server/socketbuffers.h), and
// a bug report needs all three.
QString versionText()
{
    QString text = QCoreApplication::applicationName() + u' '
            + QCoreApplication::applicationVersion() + u'\n';
    text += QStringLiteral("Qt %1 (built with %2)\n")
                    .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR));
    if (SocketBuffers::canRelease()) {
        text += QStringLiteral("Socket buffers: released while idle (Qt's private API, checked "
                               "against Qt %1)\n")
                        .arg(SocketBuffers::checkedQtVersions());
    } else {
        text += QStringLiteral("Socket buffers: public API only, idle connections keep Qt's "
                               "buffers (%1)\n")
                        .arg(SocketBuffers::unavailableReason());
    }
    return text;
}
} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Duplex: a WebSocket workbench. One port serves a web page at / and a WebSocket "
               "at /ws/ that greets each client with \"Welcome!\" and answers every message "
               "upper-cased.\n\nduplex connect <url> [options]: a WebSocket client for the "
               "terminal and for scripts; see duplex connect --help."));
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
    const QCommandLineOption maxMessageOption(
            QStringLiteral("max-message-size"),
            tr("Close a WebSocket (1009) that sends a message or frame over <bytes> "
               "(default 10485760, 10 MiB)."),
            tr("bytes"));
    const QCommandLineOption maxConnectionsOption(
            QStringLiteral("max-connections"),
            tr("Answer 503 to connections beyond <n> at once (default 10000)."), tr("n"));
    const QCommandLineOption allowOriginOption(
            QStringLiteral("allow-origin"),
            tr("Also let pages from <origin> open a WebSocket (e.g. https://example.com; * "
               "allows every origin). Repeatable. Pages served by Duplex itself, and clients "
               "that send no Origin, are always allowed."),
            tr("origin"));
    const QCommandLineOption allowHostOption(
            QStringLiteral("allow-host"),
            tr("Also answer to requests for the host <name> when listening on loopback (e.g. "
               "the server_name of a proxy in front of Duplex; * allows every name). "
               "Repeatable. localhost and the loopback addresses are always allowed."),
            tr("name"));
    const QCommandLineOption maxBufferedOption(
            QStringLiteral("max-buffered-bytes"),
            tr("Keep at most <bytes> of unfinished messages and unsent replies for all clients "
               "together; past it, the clients holding the most are closed (default: a quarter "
               "of this computer's memory)."),
            tr("bytes"));
    const QCommandLineOption echoBinaryOption(
            QStringLiteral("echo-binary-unchanged"),
            tr("Echo binary messages as they came; by default their ASCII letters are "
               "upper-cased, as the tutorial's bytes.upper() does."));
    const QCommandLineOption quietOption(
            QStringLiteral("quiet"),
            tr("With --headless: log connections, closes and warnings, but not every message "
               "and page request."));
    const QCommandLineOption logFileOption(
            QStringLiteral("log-file"),
            tr("With --headless: append the log to <file> instead of standard error; SIGHUP "
               "opens it again (for logrotate)."),
            tr("file"));
    const QCommandLineOption logFormatOption(
            QStringLiteral("log-format"),
            tr("With --headless: write the log as text (default) or json (JSON Lines)."),
            tr("format"));
    const QCommandLineOption tlsCertificateOption(
            QStringLiteral("tls-cert"),
            tr("Speak TLS on the port (https:// and wss://) with the PEM certificate in <file>; "
               "needs --tls-key."),
            tr("file"));
    const QCommandLineOption tlsKeyOption(
            QStringLiteral("tls-key"),
            tr("The certificate's private key: a PEM <file> without a passphrase."), tr("file"));
    QStringList codes;
    for (const Translations::Language &language : Translations::languages())
        codes.append(language.code);
    const QCommandLineOption languageOption(
            QStringLiteral("lang"),
            tr("Speak <language>: one of %1 (default: the system's language).")
                    .arg(codes.join(QLatin1String(", "))),
            tr("language"));
    parser.addOptions({ headlessOption, quietOption, logFileOption, logFormatOption, portOption,
                        bindOption, maxMessageOption, maxConnectionsOption, maxBufferedOption,
                        allowOriginOption, allowHostOption, echoBinaryOption, tlsCertificateOption,
                        tlsKeyOption, languageOption });

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
        std::fputs(qPrintable(versionText()), stdout);
        result.outcome = Outcome::Exit;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("Unexpected argument \"%1\"; see --help.")
                           .arg(parser.positionalArguments().constFirst()));
        result.outcome = Outcome::Fail;
        return result;
    }

    if (parser.isSet(languageOption)) {
        result.language = parser.value(languageOption);
        if (!Translations::isKnown(result.language)) {
            printError(tr("Unknown language \"%1\"; Duplex speaks %2.")
                               .arg(result.language, codes.join(QLatin1String(", "))));
            result.outcome = Outcome::Fail;
            return result;
        }
    }
    result.headless = parser.isSet(headlessOption);
    result.quiet = parser.isSet(quietOption);
    result.logFile = parser.value(logFileOption);
    if (parser.isSet(logFormatOption)) {
        const QString format = parser.value(logFormatOption);
        if (format != QLatin1String("text") && format != QLatin1String("json")) {
            printError(tr("--log-format is text or json, not \"%1\".").arg(format));
            result.outcome = Outcome::Fail;
            return result;
        }
        result.jsonLog = format == QLatin1String("json");
    }
    if ((parser.isSet(logFileOption) || parser.isSet(logFormatOption)) && !result.headless) {
        printError(tr("--log-file and --log-format are for --headless: the window shows its "
                      "log itself."));
        result.outcome = Outcome::Fail;
        return result;
    }
    // A whole number within [low, high], or the sentence `error` (with %1 for the text).
    const auto number = [&parser](const QCommandLineOption &option, qint64 low, qint64 high,
                                  const QString &error) -> std::optional<qint64> {
        const QString text = parser.value(option);
        bool ok = false;
        const qint64 value = text.toLongLong(&ok, 10);
        if (ok && value >= low && value <= high)
            return value;
        printError(error.arg(text));
        return std::nullopt;
    };
    if (parser.isSet(portOption)) {
        const auto port = number(portOption, 0, 65535,
                                 tr("The port must be a number from 0 to 65535, not \"%1\"."));
        if (!port) {
            result.outcome = Outcome::Fail;
            return result;
        }
        result.settings.port = quint16(*port);
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
    if (parser.isSet(maxMessageOption)) {
        const auto bytes = number(maxMessageOption, 1, qint64(1) << 31,
                                  tr("--max-message-size must be a number of bytes from 1 to "
                                     "2147483648, not \"%1\"."));
        if (!bytes) {
            result.outcome = Outcome::Fail;
            return result;
        }
        result.settings.maxMessageSize = *bytes;
    }
    if (parser.isSet(maxConnectionsOption)) {
        const auto count = number(maxConnectionsOption, 1, 1000000,
                                  tr("--max-connections must be a number from 1 to 1000000, not "
                                     "\"%1\"."));
        if (!count) {
            result.outcome = Outcome::Fail;
            return result;
        }
        result.settings.maxConnections = int(*count);
    }
    if (parser.isSet(maxBufferedOption)) {
        const auto bytes = number(maxBufferedOption, 1024 * 1024, qint64(1) << 46,
                                  tr("--max-buffered-bytes must be a number of bytes from "
                                     "1048576 (1 MiB) to 70368744177664 (64 TiB), not \"%1\"."));
        if (!bytes) {
            result.outcome = Outcome::Fail;
            return result;
        }
        result.settings.maxBufferedBytes = *bytes;
    }
    result.settings.echoBinaryUnchanged = parser.isSet(echoBinaryOption);
    result.limitsGiven = parser.isSet(maxMessageOption) || parser.isSet(maxConnectionsOption)
            || parser.isSet(maxBufferedOption) || parser.isSet(allowOriginOption)
            || parser.isSet(allowHostOption);
    for (const QString &name : parser.values(allowHostOption)) {
        const auto normalized = HostPolicy::normalize(name);
        if (!normalized) {
            printError(tr("--allow-host needs a host name or address such as example.com, "
                          "without a scheme or a port (or *), not \"%1\".")
                               .arg(name));
            result.outcome = Outcome::Fail;
            return result;
        }
        result.settings.allowedHosts.append(*normalized);
    }
    for (const QString &origin : parser.values(allowOriginOption)) {
        const auto normalized = OriginPolicy::normalize(origin);
        if (!normalized) {
            printError(tr("--allow-origin needs an origin such as https://example.com:8443 or "
                          "*, not \"%1\".")
                               .arg(origin));
            result.outcome = Outcome::Fail;
            return result;
        }
        result.settings.allowedOrigins.append(*normalized);
    }
    if (parser.isSet(tlsCertificateOption) != parser.isSet(tlsKeyOption)) {
        printError(parser.isSet(tlsCertificateOption)
                           ? tr("--tls-cert needs --tls-key: the certificate's private key.")
                           : tr("--tls-key needs --tls-cert: the certificate it belongs to."));
        result.outcome = Outcome::Fail;
        return result;
    }
    // Read when the server starts: one clear sentence there if a file is missing or wrong.
    result.settings.tlsCertificateFile = parser.value(tlsCertificateOption);
    result.settings.tlsKeyFile = parser.value(tlsKeyOption);
    result.tlsGiven = parser.isSet(tlsCertificateOption);
    return result;
}
