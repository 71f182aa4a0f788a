#include "consoleclient.h"

#include "consolewriter.h"
#include "hexformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QUrl>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {
constexpr int closeGraceMs = 2000;
constexpr qsizetype maxLineBytes = 256 * 1024 * 1024; // a line of input; as Send File's cap

void printUsageError(const QString &message)
{
    std::fprintf(stderr, "duplex: %s\n", qPrintable(message));
}

// Seconds as a command line gives them ("2", "0.5"), in milliseconds; nothing when not a
// number from 0 to a day.
std::optional<int> parseSeconds(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 86400)
        return std::nullopt;
    return int(std::lround(seconds * 1000));
}

bool isNormalClose(int code)
{
    return code == 1000 || code == 1001 || code == 1005; // normal, going away, no status
}
} // namespace

bool ConsoleClient::isConnectCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("connect");
}

ConsoleClient::Parsed ConsoleClient::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("duplex connect: a WebSocket client for the terminal and for scripts. It prints "
               "what happens as the tutorial's page does (\"Connection is opened ...\", "
               "\"Message is received: ...\", \"Connection is closed ...\"), each line with a "
               "time stamp, and sends every line typed on standard input as a text message; "
               "Ctrl+D closes the connection (1000). What a peer sent is shown with control "
               "characters escaped."));
    parser.addPositionalArgument(QStringLiteral("url"),
                                 tr("ws:// or wss:// address, e.g. ws://127.0.0.1:8888/ws/"),
                                 QStringLiteral("connect <url>"));
    parser.addHelpOption();
    const QCommandLineOption sendOption(
            { QStringLiteral("s"), QStringLiteral("send") },
            tr("Send <message> once connected, then wait (standard input is not read). "
               "Repeatable, sent in order."),
            tr("message"));
    const QCommandLineOption expectOption(
            { QStringLiteral("e"), QStringLiteral("expect") },
            tr("Exit (0) once <n> messages have come in, the greeting included."), tr("n"));
    const QCommandLineOption waitOption(
            { QStringLiteral("w"), QStringLiteral("wait") },
            tr("Exit <seconds> after the connection opened: with 0 if --expect is met or not "
               "asked, else with the time-out status."),
            tr("seconds"));
    const QCommandLineOption timeoutOption(
            QStringLiteral("timeout"),
            tr("Give up if the connection is not open after <seconds> (default 10)."),
            tr("seconds"));
    const QCommandLineOption jsonOption(
            QStringLiteral("json"),
            tr("Print JSON Lines instead: time, event or direction (in/out), text or hex, close "
               "code and reason."));
    const QCommandLineOption binaryOption(
            QStringLiteral("binary"),
            tr("Send each message as a binary message (its UTF-8 bytes)."));
    const QCommandLineOption hexOption(
            QStringLiteral("hex"),
            tr("Read each message as hex bytes (\"48 69\") and send it as a binary message."));
    const QCommandLineOption headerOption(
            { QStringLiteral("H"), QStringLiteral("header") },
            tr("Send the handshake header \"<Name: value>\". Repeatable."), tr("Name: value"));
    const QCommandLineOption subprotocolOption(
            QStringLiteral("subprotocol"),
            tr("Offer the subprotocol <name> (repeatable, or several split by commas)."),
            tr("name"));
    const QCommandLineOption originOption(QStringLiteral("origin"),
                                          tr("Send Origin: <origin>, as a page from there would."),
                                          tr("origin"));
    const QCommandLineOption insecureOption(
            { QStringLiteral("k"), QStringLiteral("insecure") },
            tr("wss://: accept the server's certificate without verifying it (says so)."));
    const QCommandLineOption caOption(
            QStringLiteral("ca"),
            tr("wss://: also trust the certificate authorities (or self-signed certificates) in "
               "the PEM <file>."),
            tr("file"));
    const QCommandLineOption pingOption(
            QStringLiteral("ping"),
            tr("Ping every <seconds> while connected and print each round trip."), tr("seconds"));
    const QCommandLineOption reconnectOption(
            QStringLiteral("reconnect"),
            tr("When an open connection drops, connect again after a growing delay (1 s doubling "
               "to 30 s)."));
    const QCommandLineOption languageOption(
            QStringLiteral("lang"), tr("Speak <language> (see duplex --help)."), tr("language"));
    parser.addOptions({ sendOption, expectOption, waitOption, timeoutOption, jsonOption,
                        binaryOption, hexOption, headerOption, subprotocolOption, originOption,
                        insecureOption, caOption, pingOption, reconnectOption, languageOption });

    Parsed result;
    QStringList withoutCommand = arguments;
    if (isConnectCommand(withoutCommand))
        withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand)) {
        printUsageError(parser.errorText());
        return result;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help += u'\n'
                + tr("Exit status: 0 done; 1 a mistake on the command line; 2 no connection "
                     "(refused, host not found); 3 the handshake was refused (HTTP status); 4 "
                     "TLS failed or the certificate did not verify; 5 timed out (--timeout, or "
                     "--expect not met within --wait); 6 the connection was cut or closed with "
                     "an error code, or closed before --expect was met; 128 + N after signal N "
                     "(Ctrl+C: 130).")
                + u'\n';
        std::fputs(qPrintable(help), stdout);
        result.outcome = Parsed::Outcome::Exit;
        return result;
    }
    const auto fail = [&result](const QString &message) {
        printUsageError(message);
        result.outcome = Parsed::Outcome::Fail;
        return result;
    };
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(tr("duplex connect needs a URL, such as ws://127.0.0.1:8888/ws/; see "
                       "duplex connect --help."));
    if (positional.size() > 1)
        return fail(
                tr("Unexpected argument \"%1\"; see duplex connect --help.").arg(positional.at(1)));
    Options &options = result.options;
    options.url = positional.constFirst().trimmed();
    if (const QString problem = WebSocketClient::checkUrl(options.url); !problem.isEmpty())
        return fail(problem);

    if (parser.isSet(binaryOption) && parser.isSet(hexOption))
        return fail(tr("--binary and --hex cannot go together: --hex sends binary messages "
                       "too."));
    options.payload = parser.isSet(hexOption) ? Payload::Hex
            : parser.isSet(binaryOption)      ? Payload::Binary
                                              : Payload::Text;
    options.messages = parser.values(sendOption);
    if (options.payload == Payload::Hex) {
        for (const QString &message : std::as_const(options.messages)) {
            QString error;
            if (!Hex::parse(message, &error))
                return fail(tr("--send \"%1\": %2").arg(message, error));
        }
    }
    options.readInput = !parser.isSet(sendOption);
    if (parser.isSet(expectOption)) {
        bool ok = false;
        options.expect = parser.value(expectOption).toInt(&ok);
        if (!ok || options.expect < 1 || options.expect > 100000000)
            return fail(tr("--expect needs a number of messages from 1 up, not \"%1\".")
                                .arg(parser.value(expectOption)));
    }
    const auto seconds = [&](const QCommandLineOption &option, int *milliseconds) {
        const auto value = parseSeconds(parser.value(option));
        if (!value) {
            printUsageError(tr("--%1 needs a number of seconds from 0 to 86400, not \"%2\".")
                                    .arg(option.names().constLast(), parser.value(option)));
            return false;
        }
        *milliseconds = *value;
        return true;
    };
    if (parser.isSet(waitOption) && !seconds(waitOption, &options.waitMs))
        return result;
    if (parser.isSet(timeoutOption) && !seconds(timeoutOption, &options.timeoutMs))
        return result;
    if (parser.isSet(pingOption)) {
        int milliseconds = 0;
        if (!seconds(pingOption, &milliseconds))
            return result;
        if (milliseconds < 1000)
            return fail(tr("--ping needs at least 1 second, not \"%1\".")
                                .arg(parser.value(pingOption)));
        options.pingSeconds = milliseconds / 1000;
    }
    options.json = parser.isSet(jsonOption);
    options.reconnect = parser.isSet(reconnectOption);
    options.insecure = parser.isSet(insecureOption);

    for (const QString &line : parser.values(headerOption)) {
        QString error;
        const auto headers = WebSocketClient::parseHeaders(line, &error);
        if (!headers || headers->size() != 1)
            return fail(tr("-H \"%1\": %2")
                                .arg(line, headers ? tr("a header is \"Name: value\".") : error));
        options.headers.append(headers->constFirst());
    }
    if (parser.isSet(originOption)) {
        const QString origin = parser.value(originOption);
        const QString problem = WebSocketClient::checkHeader("Origin", origin.toUtf8());
        if (!problem.isEmpty())
            return fail(problem);
        options.headers.append({ QByteArrayLiteral("Origin"), origin.toUtf8() });
    }
    for (const QString &names : parser.values(subprotocolOption)) {
        QString error;
        const auto list = WebSocketClient::parseSubprotocols(names, &error);
        if (!list)
            return fail(error);
        options.subprotocols += *list;
    }
    if (parser.isSet(caOption)) {
        const QString path = parser.value(caOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("--ca: cannot read %1: %2").arg(path, file.errorString()));
        options.caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (options.caCertificates.isEmpty())
            return fail(tr("--ca: %1 holds no PEM certificate.").arg(path));
    }
    result.outcome = Parsed::Outcome::Run;
    return result;
}

ConsoleClient::ConsoleClient(const Options &options, ConsoleWriter *out, ConsoleWriter *errors,
                             QObject *parent)
    : QObject(parent), m_options(options), m_out(out), m_errors(errors)
{
    m_colour = out->isTerminal() && !options.json && qEnvironmentVariableIsEmpty("NO_COLOR");
    m_openedLine = WebSocketClient::tr("Connection is opened ...");
    m_closedLine = WebSocketClient::tr("Connection is closed ...");
    m_pongLine = ConsoleWriter::split(WebSocketClient::tr("Pong received in %1 ms"));
    m_receivedLine = ConsoleWriter::split(WebSocketClient::tr("Message is received: %1"));
    m_sentLine = ConsoleWriter::split(WebSocketClient::tr("Message is sent: %1"));
    m_client.setRequestHeaders(options.headers);
    m_client.setSubprotocols(options.subprotocols);
    m_client.setCaCertificates(options.caCertificates);
    m_client.setVerifiesCertificates(!options.insecure);
    m_client.setAutoPingInterval(options.pingSeconds);
    m_client.setAutoReconnect(options.reconnect);

    connect(&m_client, &WebSocketClient::logLine, this, &ConsoleClient::onLogLine);
    connect(&m_client, &WebSocketClient::opened, this, &ConsoleClient::onOpened);
    connect(&m_client, &WebSocketClient::closed, this, &ConsoleClient::onClosed);
    connect(&m_client, &WebSocketClient::failed, this, &ConsoleClient::onFailed);
    connect(&m_client, &WebSocketClient::textReceived, this, &ConsoleClient::onReceived);
    connect(&m_client, &WebSocketClient::binaryReceived, this, &ConsoleClient::onReceived);
    connect(&m_client, &WebSocketClient::pongReceived, this, [this](qint64 microseconds) {
        if (!m_options.json)
            return; // the Event line says it
        beginLine();
        m_out->append(QByteArrayView(",\"event\":\"pong\",\"round_trip_ms\":"));
        char number[32];
        m_out->append(QByteArrayView(
                number,
                std::snprintf(number, sizeof number, "%.3f", double(microseconds) / 1000.0)));
        m_out->append('}');
        m_out->endLine();
    });
    connect(out, &ConsoleWriter::writeFailed, this, [this] {
        // The reader of standard output went away (`| head -1`): nothing more can be said.
        finish(UsageError);
    });

    m_openTimer.setSingleShot(true);
    connect(&m_openTimer, &QTimer::timeout, this, [this] {
        finish(TimedOut,
               tr("No connection to %1 within %2 s.")
                       .arg(m_options.url)
                       .arg(double(m_options.timeoutMs) / 1000.0));
    });
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, [this] {
        if (m_options.expect > 0 && m_received < m_options.expect) {
            finish(TimedOut,
                   tr("%1 of the %n message(s) expected came within --wait.", nullptr,
                      m_options.expect)
                           .arg(m_received));
        } else {
            finish(Success);
        }
    });
    m_closeGrace.setSingleShot(true);
    connect(&m_closeGrace, &QTimer::timeout, this, &ConsoleClient::done);
}

ConsoleClient::~ConsoleClient() = default;

void ConsoleClient::start()
{
    if (m_options.readInput) {
        m_input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_input, &QSocketNotifier::activated, this, &ConsoleClient::readInput);
    }
    if (m_options.timeoutMs > 0)
        m_openTimer.start(m_options.timeoutMs);
    if (!m_client.open(m_options.url))
        finish(UsageError, m_failureText);
}

void ConsoleClient::interrupt(int signalNumber)
{
    if (m_finishing) { // a second signal: do not wait for the close
        m_status = 128 + signalNumber;
        done();
        return;
    }
    finish(128 + signalNumber);
}

void ConsoleClient::beginLine()
{
    if (m_options.json) {
        m_out->append(QByteArrayView("{\"time\":\""));
        m_out->appendStamp(ConsoleWriter::Stamp::Iso);
        m_out->append('"');
        return;
    }
    if (m_colour)
        m_out->append(QByteArrayView("\x1b[2m"));
    m_out->appendStamp(ConsoleWriter::Stamp::Local);
    if (m_colour)
        m_out->append(QByteArrayView("\x1b[0m"));
    m_out->append(' ');
}

void ConsoleClient::printEvent(const char *event, const QString &text)
{
    beginLine();
    if (m_options.json) {
        m_out->append(QByteArrayView(",\"event\":\""));
        m_out->append(QByteArrayView(event));
        m_out->append(QByteArrayView("\",\"text\":"));
        m_out->appendJsonString(text);
        m_out->append('}');
    } else {
        // The client's own words, with a server's text in some (a subprotocol, a certificate's
        // subject): escaped all the same.
        m_out->appendEscaped(text, text.size());
    }
    m_out->endLine();
}

void ConsoleClient::printMessage(bool incoming, const QVariant &message)
{
    beginLine();
    const bool binary = message.typeId() == QMetaType::QByteArray;
    if (m_options.json) {
        m_out->append(incoming ? QByteArrayView(",\"direction\":\"in\"")
                               : QByteArrayView(",\"direction\":\"out\""));
        if (binary) {
            const QByteArray data = message.toByteArray();
            m_out->append(QByteArrayView(",\"type\":\"binary\",\"bytes\":"));
            m_out->appendNumber(data.size());
            m_out->append(QByteArrayView(",\"hex\":\""));
            m_out->appendHex(data, 0);
            m_out->append(QByteArrayView("\"}"));
        } else {
            m_out->append(QByteArrayView(",\"type\":\"text\",\"text\":"));
            m_out->appendJsonString(message.toString());
            m_out->append('}');
        }
    } else if (binary) {
        const QByteArray data = message.toByteArray();
        m_out->append((incoming ? WebSocketClient::tr("Binary message is received (%1)")
                                : WebSocketClient::tr("Binary message is sent (%1)"))
                              .arg(Hex::byteCount(data.size())));
        if (!data.isEmpty()) {
            m_out->append(QByteArrayView(": "));
            m_out->appendHex(data, ' ');
        }
    } else {
        const ConsoleWriter::Sentence &words = incoming ? m_receivedLine : m_sentLine;
        const QString text = message.toString();
        m_out->append(words.before);
        m_out->appendEscaped(text, text.size());
        m_out->append(words.after);
    }
    m_out->endLine();
}

void ConsoleClient::printError(const QString &sentence)
{
    if (sentence.isEmpty())
        return;
    m_errors->append(QByteArrayView("duplex: "));
    m_errors->appendEscaped(sentence, sentence.size());
    if (!sentence.endsWith(u'.') && !sentence.endsWith(u')') && !sentence.endsWith(u'。'))
        m_errors->append('.');
    m_errors->endLine();
}

void ConsoleClient::onLogLine(WebSocketClient::LineKind kind, const QString &text,
                              const QVariant &message)
{
    switch (kind) {
    case WebSocketClient::LineKind::Sent:
    case WebSocketClient::LineKind::Received:
        printMessage(kind == WebSocketClient::LineKind::Received, message);
        return;
    case WebSocketClient::LineKind::Event:
        if (text == m_closedLine)
            return; // said by onClosed(), with the code
        if (m_options.json && (text == m_openedLine || text.startsWith(m_pongLine.before)))
            return; // records of their own: open, pong
        printEvent("info", text);
        return;
    case WebSocketClient::LineKind::Error:
        if (m_failure && text == m_failureText)
            return; // the failure: said by its own record and sentence
        if (m_options.json)
            printEvent("error", text);
        else if (m_options.reconnect)
            printError(text); // the program goes on: said now
        else if (!m_failure)
            m_failureText = text; // why it ends, if it does: said once, at the end
        return;
    }
}

void ConsoleClient::onFailed(WebSocketClient::Failure failure, const QString &description)
{
    m_failure = failure;
    m_failureText = description;
    if (m_options.json) {
        static const char *const names[]
                = { "unreachable", "handshake", "tls", "timeout", "other" };
        beginLine();
        m_out->append(QByteArrayView(",\"event\":\"error\",\"failure\":\""));
        m_out->append(QByteArrayView(names[int(failure)]));
        m_out->append(QByteArrayView("\",\"text\":"));
        m_out->appendJsonString(description);
        m_out->append('}');
        m_out->endLine();
    }
}

void ConsoleClient::onOpened()
{
    m_openTimer.stop();
    m_failure.reset();
    m_failureText.clear();
    if (m_options.json) {
        beginLine();
        m_out->append(QByteArrayView(",\"event\":\"open\",\"url\":"));
        m_out->appendJsonString(m_options.url);
        if (!m_client.subprotocol().isEmpty()) {
            m_out->append(QByteArrayView(",\"subprotocol\":"));
            m_out->appendJsonString(m_client.subprotocol());
        }
        m_out->append('}');
        m_out->endLine();
    }
    const bool first = !m_everOpened;
    m_everOpened = true;
    if (first) {
        if (m_out->isTerminal() && m_errors->isTerminal() && m_options.readInput
            && ::isatty(STDIN_FILENO) == 1 && !m_options.json) {
            // Only for a person at a terminal: nothing decorative in a pipe.
            if (m_colour)
                m_errors->append(QByteArrayView("\x1b[2m"));
            m_errors->append(tr("Type a message and press Enter to send it; Ctrl+D closes the "
                                "connection."));
            if (m_colour)
                m_errors->append(QByteArrayView("\x1b[0m"));
            m_errors->endLine();
        }
        for (const QString &message : std::as_const(m_options.messages))
            send(message.toUtf8());
        if (m_options.waitMs >= 0)
            m_waitTimer.start(m_options.waitMs);
    }
    const QList<QByteArray> waiting = std::exchange(m_waitingLines, {});
    for (const QByteArray &line : waiting)
        send(line);
    if (m_inputEnded && m_options.expect == 0 && m_options.waitMs < 0)
        finish(Success);
}

void ConsoleClient::send(const QByteArray &line)
{
    if (!m_client.isOpen()) {
        m_waitingLines.append(line);
        return;
    }
    switch (m_options.payload) {
    case Payload::Text:
        m_client.sendText(QString::fromUtf8(line));
        return;
    case Payload::Binary:
        m_client.sendBinary(line);
        return;
    case Payload::Hex: {
        QString error;
        if (const auto bytes = Hex::parse(QString::fromUtf8(line), &error))
            m_client.sendBinary(*bytes);
        else
            printError(tr("Not sent: %1").arg(error));
        return;
    }
    }
}

void ConsoleClient::onReceived()
{
    ++m_received;
    if (m_options.expect > 0 && m_received >= m_options.expect && !m_finishing)
        finish(Success);
}

void ConsoleClient::readInput()
{
    char chunk[64 * 1024];
    const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (got < 0) {
        if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        printError(tr("Cannot read standard input: %1")
                           .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (got <= 0) { // the end of input: Ctrl+D, or the pipe's writer is done
        m_input->setEnabled(false);
        m_inputEnded = true;
        if (!m_partialLine.isEmpty())
            send(std::exchange(m_partialLine, {}));
        // Waiting for replies is what --expect and --wait are for; else the input's end is
        // the end of the conversation.
        if (m_options.expect == 0 && m_options.waitMs < 0 && m_client.isOpen())
            finish(Success);
        return;
    }
    m_partialLine.append(chunk, got);
    qsizetype start = 0;
    for (qsizetype end; (end = m_partialLine.indexOf('\n', start)) >= 0; start = end + 1) {
        QByteArray line = m_partialLine.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        ++m_lineNumber;
        send(line);
    }
    m_partialLine.remove(0, start);
    if (m_partialLine.size() > maxLineBytes) {
        printError(tr("Line %1 of the input is longer than %2: not sent.")
                           .arg(m_lineNumber + 1)
                           .arg(Hex::byteCount(maxLineBytes)));
        m_partialLine.clear();
    }
}

void ConsoleClient::onClosed(int code, const QString &reason)
{
    if (m_failure) // a connection that never opened: as a browser tells it
        code = 1006;
    beginLine();
    if (m_options.json) {
        m_out->append(QByteArrayView(",\"event\":\"close\",\"code\":"));
        m_out->appendNumber(code);
        m_out->append(QByteArrayView(",\"reason\":"));
        m_out->appendJsonString(reason);
        m_out->append('}');
    } else {
        m_out->append(m_closedLine);
        m_out->append(QByteArrayView(" ("));
        m_out->appendNumber(code);
        if (!reason.isEmpty()) {
            m_out->append(' ');
            m_out->appendEscaped(reason, reason.size());
        }
        m_out->append(')');
    }
    m_out->endLine();

    if (m_finishing) {
        done();
        return;
    }
    if (m_client.isReconnecting() || m_client.willReconnect()) {
        if (m_failure && !m_options.json)
            printError(m_failureText);
        m_failure.reset();
        return;
    }
    if (m_failure) {
        Status status = Unreachable;
        QString sentence = m_failureText;
        switch (*m_failure) {
        case WebSocketClient::Failure::Unreachable:
        case WebSocketClient::Failure::Other: {
            const QUrl url(m_options.url);
            if (m_failureText == WebSocketClient::tr("Connection refused")) {
                sentence = tr("Connection refused: nothing accepts connections on %1 port %2.")
                                   .arg(url.host())
                                   .arg(url.port(url.scheme() == QLatin1String("wss") ? 443 : 80));
            } else {
                sentence = tr("Cannot connect to %1: %2").arg(m_options.url, m_failureText);
            }
            break;
        }
        case WebSocketClient::Failure::Handshake:
            status = HandshakeFailed;
            break;
        case WebSocketClient::Failure::Tls: {
            status = TlsFailed;
            const ConsoleWriter::Sentence untrusted = ConsoleWriter::split(
                    WebSocketClient::tr("The server's certificate is not trusted: %1"));
            if (m_failureText.startsWith(untrusted.before))
                sentence += u' '
                        + tr("(--ca FILE trusts the authority that signed it; --insecure skips "
                             "the check.)");
            break;
        }
        case WebSocketClient::Failure::TimedOut:
            status = TimedOut;
            break;
        }
        finish(status, sentence);
        return;
    }
    if (!m_everOpened) {
        finish(Unreachable, m_failureText);
        return;
    }
    if (!isNormalClose(code)) {
        finish(ClosedAbnormally,
               code == 1006
                       ? tr("The connection was cut without a close frame (1006).")
                       : tr("The server closed the connection with code %1%2.")
                                 .arg(code)
                                 .arg(reason.isEmpty() ? QString() : QLatin1String(": ") + reason));
        return;
    }
    if (m_options.expect > 0 && m_received < m_options.expect) {
        finish(ClosedAbnormally,
               tr("The connection closed after %1 of the %n message(s) expected.", nullptr,
                  m_options.expect)
                       .arg(m_received));
        return;
    }
    finish(Success);
}

void ConsoleClient::finish(int status, const QString &sentence)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_status = status;
    m_sentence = sentence;
    m_openTimer.stop();
    m_waitTimer.stop();
    if (m_input)
        m_input->setEnabled(false);
    m_client.setAutoReconnect(false);
    if (m_client.state() == QAbstractSocket::UnconnectedState) {
        done();
        return;
    }
    m_closeGrace.start(closeGraceMs);
    m_client.close(); // closed() then calls done()
}

void ConsoleClient::done()
{
    if (m_done)
        return;
    m_done = true;
    m_closeGrace.stop();
    printError(m_sentence);
    m_out->flush();
    m_errors->flush();
    Q_EMIT finished(m_status);
}
