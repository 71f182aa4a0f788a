// Tests `duplex connect`, the command-line client, against real peers: Duplex's own server,
// the tutorial's Tornado server (Debian's python3-tornado) and Node's ws (Debian's node-ws),
// over ws:// and wss://, from arguments and from a pipe.
#include "duplexprocess.h"
#include "duplexserver.h"
#include "tlstestutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <memory>

namespace {
const int finishTimeoutMs = 20000;

enum Status {
    Success = 0,
    UsageError = 1,
    Unreachable = 2,
    HandshakeFailed = 3,
    TlsFailed = 4,
    TimedOut = 5,
    ClosedAbnormally = 6
};

// A stamped line of `duplex connect`'s text output.
QRegularExpression stamped(const QString &text)
{
    return QRegularExpression(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} %1$")
                    .arg(QRegularExpression::escape(text)),
            QRegularExpression::MultilineOption);
}

// A server in another process that prints "LISTENING <port>": the Tornado or the Node one.
class PeerServer
{
public:
    PeerServer(const QString &program, const QStringList &arguments)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(program, arguments);
        const bool listening = QTest::qWaitFor(
                [this] {
                    m_output += m_process.readAllStandardOutput();
                    return m_output.contains('\n') || m_process.state() == QProcess::NotRunning;
                },
                15000);
        if (listening && m_output.startsWith("LISTENING "))
            m_port = quint16(m_output.mid(10).trimmed().toUInt());
    }
    ~PeerServer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished();
    }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

std::unique_ptr<PeerServer> tornado(const TestCertificate *certificate = nullptr)
{
    QStringList arguments { QStringLiteral(DUPLEX_TESTS_DIR "/../bench/tornado_echo.py") };
    if (certificate)
        arguments << QStringLiteral("--certfile") << certificate->certificate
                  << QStringLiteral("--keyfile") << certificate->key;
    arguments << QStringLiteral("0");
    return std::make_unique<PeerServer>(QStringLiteral("/usr/bin/python3"), arguments);
}

std::unique_ptr<PeerServer> nodeWs(const TestCertificate *certificate = nullptr)
{
    QStringList arguments { QStringLiteral(DUPLEX_TESTS_DIR "/interop/ws_server.js") };
    if (certificate)
        arguments << QStringLiteral("--cert") << certificate->certificate << QStringLiteral("--key")
                  << certificate->key;
    arguments << QStringLiteral("0");
    return std::make_unique<PeerServer>(QStringLiteral("node"), arguments);
}

QString url(const QString &scheme, quint16 port, const QString &path = QStringLiteral("/ws/"))
{
    return QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(port).arg(path);
}

QStringList connectArguments(const QString &address, const QStringList &options)
{
    return QStringList { QStringLiteral("connect"), address } + options;
}

// Runs duplex connect to its end; the process for its output and status.
std::unique_ptr<DuplexProcess> runToEnd(const QStringList &arguments, const QByteArray &input = {},
                                        bool closeInput = true)
{
    auto duplex = std::make_unique<DuplexProcess>(arguments);
    if (!input.isEmpty())
        duplex->write(input);
    if (closeInput)
        duplex->closeInput();
    duplex->waitForFinished(finishTimeoutMs);
    return duplex;
}

// The text messages that came in, from the text output.
QStringList received(const QString &output)
{
    static const QRegularExpression line(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} Message is "
                           "received: (.*)$"),
            QRegularExpression::MultilineOption);
    QStringList messages;
    for (auto it = line.globalMatch(output); it.hasNext();)
        messages.append(it.next().captured(1));
    return messages;
}
} // namespace

class TestConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void tornadoGreetsAndAnswers_data();
    void tornadoGreetsAndAnswers();
    void refusedConnectionSaysSoInOneSentence();
    void pipedLinesAreSentAndTheirRepliesAwaited();
    void endOfInputClosesWith1000();
    void closedStandardInputIsNoInput();
    void duplexServerOverTls_data();
    void duplexServerOverTls();
    void nodeWsOverTlsWithHeadersAndSubprotocol();
    void handshakeRefusalsNameTheStatus_data();
    void handshakeRefusalsNameTheStatus();
    void abnormalClosesHaveTheirStatus_data();
    void abnormalClosesHaveTheirStatus();
    void timesOut();
    void waitEndsWithoutExpect();
    void jsonLinesAreData();
    void hexAndBinaryMessages();
    void peerTextCannotForgeLines();
    void pingsWithRoundTrip();
    void reconnectsAfterADrop();
    void interruptClosesCleanly();
    void mistakesAreSaid_data();
    void mistakesAreSaid();
    void helpIsTranslated();

private:
    TestCertificate m_certificate;
};

void TestConnect::initTestCase()
{
    QVERIFY2(m_certificate.isValid(), qPrintable(m_certificate.error));
    QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/python3")), "scripts/deps.sh test installs it");
}

void TestConnect::tornadoGreetsAndAnswers_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("ws://") << false;
    QTest::newRow("wss://") << true;
}

// What the issue asks to see: the greeting and HELLO, WORLD, then exit 0.
void TestConnect::tornadoGreetsAndAnswers()
{
    QFETCH(bool, tls);
    const auto server = tornado(tls ? &m_certificate : nullptr);
    QVERIFY2(server->port() != 0, "the Tornado server did not start (scripts/deps.sh test)");
    QStringList options { QStringLiteral("--send"), QStringLiteral("Hello, World"),
                          QStringLiteral("--expect"), QStringLiteral("2") };
    if (tls)
        options << QStringLiteral("--ca") << m_certificate.certificate;
    const auto duplex = runToEnd(connectArguments(
            url(tls ? QStringLiteral("wss") : QStringLiteral("ws"), server->port()), options));
    QCOMPARE(duplex->exitStatus(), QProcess::NormalExit);
    QVERIFY2(duplex->exitCode() == Success, qPrintable(duplex->output()));
    const QString output = duplex->standardOutput();
    QCOMPARE(received(output),
             (QStringList { QStringLiteral("Welcome!"), QStringLiteral("HELLO, WORLD") }));
    qsizetype from = 0;
    for (const QString &text : { QStringLiteral("Connection is opened ..."),
                                 QStringLiteral("Message is sent: Hello, World"),
                                 QStringLiteral("Message is received: HELLO, WORLD"),
                                 QStringLiteral("Connection is closed ... (1000)") }) {
        const QRegularExpressionMatch match = stamped(text).match(output, from);
        QVERIFY2(match.hasMatch(),
                 qPrintable(text + QStringLiteral(" missing or out of order:\n") + output));
        from = match.capturedEnd();
    }
    QVERIFY2(duplex->standardError().isEmpty(), qPrintable(duplex->standardError()));
    // Not a terminal: nothing decorative (no colour, no hint).
    QVERIFY(!output.contains(QLatin1Char('\x1b')));
}

void TestConnect::refusedConnectionSaysSoInOneSentence()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    const auto duplex = runToEnd(connectArguments(
            url(QStringLiteral("ws"), port), { QStringLiteral("--send"), QStringLiteral("x") }));
    QCOMPARE(duplex->exitCode(), int(Unreachable));
    const QString error = duplex->standardError();
    QCOMPARE(error.count(QLatin1Char('\n')), 1);
    QCOMPARE(error,
             QStringLiteral("duplex: Connection refused: nothing accepts connections on "
                            "127.0.0.1 port %1.\n")
                     .arg(port));
    QVERIFY(stamped(QStringLiteral("Connection is closed ... (1006)"))
                    .match(duplex->standardOutput())
                    .hasMatch());
}

// printf 'a\nb\n' | duplex connect URL --expect 3
void TestConnect::pipedLinesAreSentAndTheirRepliesAwaited()
{
    const auto server = nodeWs();
    QVERIFY2(server->port() != 0, "the Node ws server did not start (scripts/deps.sh test)");
    const auto duplex
            = runToEnd(connectArguments(url(QStringLiteral("ws"), server->port()),
                                        { QStringLiteral("--expect"), QStringLiteral("3") }),
                       "a\nb\n");
    QVERIFY2(duplex->exitCode() == Success, qPrintable(duplex->output()));
    QCOMPARE(
            received(duplex->standardOutput()),
            (QStringList { QStringLiteral("Welcome!"), QStringLiteral("A"), QStringLiteral("B") }));
}

// Without --expect or --wait the end of input ends the conversation: a close with 1000.
void TestConnect::endOfInputClosesWith1000()
{
    DuplexServer server;
    ServerSettings settings;
    settings.port = 0;
    QVERIFY(server.start(settings));
    QList<int> closeCodes;
    QStringList heard;
    connect(&server, &DuplexServer::clientDisconnected, this,
            [&closeCodes](const QString &, int code, const QString &) { closeCodes.append(code); });
    connect(&server, &DuplexServer::textMessageReceived, this,
            [&heard](const QString &, const QString &message) { heard.append(message); });
    DuplexProcess duplex(connectArguments(url(QStringLiteral("ws"), server.serverPort()), {}));
    duplex.write("one\r\ntwo\nthree"); // a last line without its newline is sent too
    duplex.closeInput();
    QVERIFY2(duplex.waitForFinished(finishTimeoutMs), qPrintable(duplex.output()));
    QVERIFY2(duplex.exitCode() == Success, qPrintable(duplex.output()));
    QTRY_COMPARE(closeCodes, QList<int> { 1000 });
    QCOMPARE(heard,
             (QStringList { QStringLiteral("one"), QStringLiteral("two"),
                            QStringLiteral("three") }));
}

// Started with standard input closed (`<&-`): no file the program opens later may be taken
// for it; the input is simply empty.
void TestConnect::closedStandardInputIsNoInput()
{
    DuplexServer server;
    ServerSettings settings;
    settings.port = 0;
    QVERIFY(server.start(settings));
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                { QStringLiteral("-c"), QStringLiteral("exec \"$0\" connect \"$1\" <&-"),
                  QStringLiteral(DUPLEX_BINARY), url(QStringLiteral("ws"), server.serverPort()) });
    QVERIFY(QTest::qWaitFor([&shell] { return shell.state() == QProcess::NotRunning; },
                            finishTimeoutMs));
    const QString output = QString::fromUtf8(shell.readAllStandardOutput());
    QVERIFY2(shell.exitCode() == Success, qPrintable(output));
    QVERIFY2(stamped(QStringLiteral("Connection is closed ... (1000)")).match(output).hasMatch(),
             qPrintable(output));
}

void TestConnect::duplexServerOverTls_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("said");
    QTest::newRow("--ca") << QStringList { QStringLiteral("--ca"), m_certificate.certificate }
                          << int(Success) << QString();
    QTest::newRow("--insecure") << QStringList { QStringLiteral("--insecure") } << int(Success)
                                << QStringLiteral("accepted without being verified");
    QTest::newRow("neither") << QStringList() << int(TlsFailed)
                             << QStringLiteral("(--ca FILE trusts the authority");
}

void TestConnect::duplexServerOverTls()
{
    QFETCH(QStringList, options);
    QFETCH(int, status);
    QFETCH(QString, said);
    DuplexServer server;
    ServerSettings settings;
    settings.port = 0;
    settings.tlsCertificateFile = m_certificate.certificate;
    settings.tlsKeyFile = m_certificate.key;
    QVERIFY(server.start(settings));
    DuplexProcess duplex(connectArguments(
            url(QStringLiteral("wss"), server.serverPort()),
            options
                    + QStringList { QStringLiteral("--send"), QStringLiteral("secret"),
                                    QStringLiteral("--expect"), QStringLiteral("2") }));
    QVERIFY2(duplex.waitForFinished(finishTimeoutMs), qPrintable(duplex.output()));
    QVERIFY2(duplex.exitCode() == status, qPrintable(duplex.output()));
    if (status == Success)
        QCOMPARE(received(duplex.standardOutput()),
                 (QStringList { QStringLiteral("Welcome!"), QStringLiteral("SECRET") }));
    else
        QCOMPARE(duplex.standardError().count(QLatin1Char('\n')), 1);
    if (!said.isEmpty())
        QVERIFY2(duplex.output().contains(said), qPrintable(duplex.output()));
}

void TestConnect::nodeWsOverTlsWithHeadersAndSubprotocol()
{
    const auto server = nodeWs(&m_certificate);
    QVERIFY2(server->port() != 0, "the Node ws server did not start (scripts/deps.sh test)");
    const auto duplex = runToEnd(connectArguments(
            url(QStringLiteral("wss"), server->port()),
            { QStringLiteral("--ca"), m_certificate.certificate, QStringLiteral("-H"),
              QStringLiteral("X-Duplex-Test: abc 1"), QStringLiteral("--subprotocol"),
              QStringLiteral("chat.v2, other"), QStringLiteral("--origin"),
              QStringLiteral("https://example.com"), QStringLiteral("--send"), QStringLiteral("hi"),
              QStringLiteral("--expect"), QStringLiteral("3") }));
    QVERIFY2(duplex->exitCode() == Success, qPrintable(duplex->output()));
    QCOMPARE(received(duplex->standardOutput()),
             (QStringList { QStringLiteral("Welcome!"), QStringLiteral("header: abc 1"),
                            QStringLiteral("HI") }));
    QVERIFY2(stamped(QStringLiteral("Subprotocol: chat.v2"))
                     .match(duplex->standardOutput())
                     .hasMatch(),
             qPrintable(duplex->standardOutput()));
}

void TestConnect::handshakeRefusalsNameTheStatus_data()
{
    QTest::addColumn<bool>("node");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("status");
    QTest::newRow("Tornado 404") << false << QStringLiteral("/nope")
                                 << QStringLiteral("HTTP 404 Not Found");
    QTest::newRow("ws 403") << true << QStringLiteral("/forbidden")
                            << QStringLiteral("HTTP 403 Forbidden");
}

void TestConnect::handshakeRefusalsNameTheStatus()
{
    QFETCH(bool, node);
    QFETCH(QString, path);
    QFETCH(QString, status);
    const auto server = node ? nodeWs() : tornado();
    QVERIFY(server->port() != 0);
    const auto duplex
            = runToEnd(connectArguments(url(QStringLiteral("ws"), server->port(), path),
                                        { QStringLiteral("--send"), QStringLiteral("x") }));
    QCOMPARE(duplex->exitCode(), int(HandshakeFailed));
    QCOMPARE(duplex->standardError(),
             QStringLiteral("duplex: Handshake failed: the server answered %1.\n").arg(status));
}

void TestConnect::abnormalClosesHaveTheirStatus_data()
{
    QTest::addColumn<bool>("node");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("closeLine");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("Tornado 4000") << false << QStringLiteral("/close 4000 bye")
                                  << QStringLiteral("Connection is closed ... (4000 bye)")
                                  << QStringLiteral("The server closed the connection with code "
                                                    "4000: bye.");
    QTest::newRow("ws drop") << true << QStringLiteral("/drop")
                             << QStringLiteral("Connection is closed ... (1006)")
                             << QStringLiteral("The connection was cut without a close frame "
                                               "(1006).");
    QTest::newRow("Tornado 1000 too early")
            << false << QStringLiteral("/close 1000 done")
            << QStringLiteral("Connection is closed ... (1000 done)")
            << QStringLiteral("The connection closed after 1 of the 5 messages expected.");
}

void TestConnect::abnormalClosesHaveTheirStatus()
{
    QFETCH(bool, node);
    QFETCH(QString, message);
    QFETCH(QString, closeLine);
    QFETCH(QString, sentence);
    const auto server = node ? nodeWs() : tornado();
    QVERIFY(server->port() != 0);
    const auto duplex
            = runToEnd(connectArguments(url(QStringLiteral("ws"), server->port()),
                                        { QStringLiteral("--send"), message,
                                          QStringLiteral("--expect"), QStringLiteral("5") }));
    QVERIFY2(duplex->exitCode() == ClosedAbnormally, qPrintable(duplex->output()));
    QVERIFY2(stamped(closeLine).match(duplex->standardOutput()).hasMatch(),
             qPrintable(duplex->standardOutput()));
    QCOMPARE(duplex->standardError(), QStringLiteral("duplex: %1\n").arg(sentence));
}

void TestConnect::timesOut()
{
    // Accepts the TCP connection and never answers the upgrade.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const auto opening
            = runToEnd(connectArguments(url(QStringLiteral("ws"), silent.serverPort()),
                                        { QStringLiteral("--timeout"), QStringLiteral("0.3"),
                                          QStringLiteral("--send"), QStringLiteral("x") }));
    QCOMPARE(opening->exitCode(), int(TimedOut));
    QVERIFY2(opening->standardError().startsWith(QLatin1String("duplex: No connection to ws://")),
             qPrintable(opening->standardError()));

    // --expect not met within --wait.
    const auto server = tornado();
    QVERIFY(server->port() != 0);
    const auto waiting = runToEnd(connectArguments(
            url(QStringLiteral("ws"), server->port()),
            { QStringLiteral("--send"), QStringLiteral("x"), QStringLiteral("--expect"),
              QStringLiteral("3"), QStringLiteral("--wait"), QStringLiteral("1.5") }));
    QCOMPARE(waiting->exitCode(), int(TimedOut));
    QCOMPARE(waiting->standardError(),
             QStringLiteral("duplex: 2 of the 3 messages expected came within --wait.\n"));
}

void TestConnect::waitEndsWithoutExpect()
{
    const auto server = tornado();
    QVERIFY(server->port() != 0);
    const auto duplex
            = runToEnd(connectArguments(url(QStringLiteral("ws"), server->port()),
                                        { QStringLiteral("--wait"), QStringLiteral("1.5") }),
                       "x\n", /*closeInput=*/false);
    QVERIFY2(duplex->exitCode() == Success, qPrintable(duplex->output()));
    QCOMPARE(received(duplex->standardOutput()),
             (QStringList { QStringLiteral("Welcome!"), QStringLiteral("X") }));
}

void TestConnect::jsonLinesAreData()
{
    const auto server = tornado();
    QVERIFY(server->port() != 0);
    const auto duplex
            = runToEnd(connectArguments(url(QStringLiteral("ws"), server->port()),
                                        { QStringLiteral("--json"), QStringLiteral("--send"),
                                          QStringLiteral("tab\there \"quoted\" \u00e9"),
                                          QStringLiteral("--expect"), QStringLiteral("2") }));
    QVERIFY2(duplex->exitCode() == Success, qPrintable(duplex->output()));
    QList<QJsonObject> records;
    for (const QString &line : duplex->standardOutput().split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        QVERIFY2(document.isObject(), qPrintable(line + QLatin1String(": ") + error.errorString()));
        QVERIFY(QDateTime::fromString(document[QLatin1String("time")].toString(), Qt::ISODateWithMs)
                        .isValid());
        records.append(document.object());
    }
    const auto find = [&records](const QString &key, const QString &value) {
        return std::find_if(records.cbegin(), records.cend(), [&](const QJsonObject &record) {
            return record.value(key).toString() == value;
        });
    };
    QVERIFY(find(QStringLiteral("event"), QStringLiteral("open")) != records.cend());
    const auto sent = find(QStringLiteral("direction"), QStringLiteral("out"));
    QVERIFY(sent != records.cend());
    QCOMPARE(sent->value(QLatin1String("text")).toString(),
             QStringLiteral("tab\there \"quoted\" \u00e9"));
    const auto reply = find(QStringLiteral("text"), QStringLiteral("TAB\tHERE \"QUOTED\" \u00c9"));
    QVERIFY(reply != records.cend());
    QCOMPARE(reply->value(QLatin1String("direction")).toString(), QStringLiteral("in"));
    QCOMPARE(reply->value(QLatin1String("type")).toString(), QStringLiteral("text"));
    const QJsonObject close = records.constLast();
    QCOMPARE(close.value(QLatin1String("event")).toString(), QStringLiteral("close"));
    QCOMPARE(close.value(QLatin1String("code")).toInt(), 1000);
}

void TestConnect::hexAndBinaryMessages()
{
    const auto server = tornado();
    QVERIFY(server->port() != 0);
    const auto hex = runToEnd(connectArguments(
            url(QStringLiteral("ws"), server->port()),
            { QStringLiteral("--hex"), QStringLiteral("--send"), QStringLiteral("de ad 68 69"),
              QStringLiteral("--expect"), QStringLiteral("2") }));
    QVERIFY2(hex->exitCode() == Success, qPrintable(hex->output()));
    QVERIFY2(stamped(QStringLiteral("Binary message is received (4 bytes): de ad 48 49"))
                     .match(hex->standardOutput())
                     .hasMatch(),
             qPrintable(hex->standardOutput()));

    const auto binary
            = runToEnd(connectArguments(url(QStringLiteral("ws"), server->port()),
                                        { QStringLiteral("--binary"), QStringLiteral("--json"),
                                          QStringLiteral("--expect"), QStringLiteral("2") }),
                       "ok\n");
    QVERIFY2(binary->exitCode() == Success, qPrintable(binary->output()));
    QVERIFY2(binary->standardOutput().contains(QLatin1String(
                     "\"direction\":\"in\",\"type\":\"binary\",\"bytes\":2,\"hex\":\"4f4b\"")),
             qPrintable(binary->standardOutput()));
}

// What a server sends reaches the terminal escaped: no escape sequence, no line of its own.
void TestConnect::peerTextCannotForgeLines()
{
    const auto server = tornado();
    QVERIFY(server->port() != 0);
    const QString hostile = QStringLiteral("\x1b[2J\nfake line\u202e");
    const auto duplex
            = runToEnd(connectArguments(url(QStringLiteral("ws"), server->port()),
                                        { QStringLiteral("--send"), hostile,
                                          QStringLiteral("--expect"), QStringLiteral("2") }));
    QVERIFY2(duplex->exitCode() == Success, qPrintable(duplex->output()));
    const QString output = duplex->standardOutput();
    QVERIFY(!output.contains(QLatin1Char('\x1b')));
    QVERIFY(!output.contains(QChar(0x202e)));
    QVERIFY2(stamped(QStringLiteral("Message is received: \\x1b[2J\\nFAKE LINE\\u202e"))
                     .match(output)
                     .hasMatch(),
             qPrintable(output));
    static const QRegularExpression stamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d "));
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts))
        QVERIFY2(stamp.match(line).hasMatch(), qPrintable(line)); // no line of the peer's own

    // A close reason too: in the close line and in the sentence on standard error.
    const auto closing = runToEnd(connectArguments(
            url(QStringLiteral("ws"), server->port()),
            { QStringLiteral("--send"), QStringLiteral("/close 4001 \x1b[2J\nforged\u202e") }));
    QCOMPARE(closing->exitCode(), int(ClosedAbnormally));
    QVERIFY(!closing->output().contains(QLatin1Char('\x1b')));
    QVERIFY2(stamped(QStringLiteral("Connection is closed ... (4001 \\x1b[2J\\nforged\\u202e)"))
                     .match(closing->standardOutput())
                     .hasMatch(),
             qPrintable(closing->standardOutput()));
    QCOMPARE(closing->standardError(),
             QStringLiteral("duplex: The server closed the connection with code 4001: "
                            "\\x1b[2J\\nforged\\u202e.\n"));
}

void TestConnect::pingsWithRoundTrip()
{
    const auto server = nodeWs();
    QVERIFY(server->port() != 0);
    DuplexProcess duplex(connectArguments(url(QStringLiteral("ws"), server->port()),
                                          { QStringLiteral("--ping"), QStringLiteral("1") }));
    static const QRegularExpression pong(QStringLiteral("Pong received in \\d+\\.\\d{3} ms$"),
                                         QRegularExpression::MultilineOption);
    QVERIFY2(QTest::qWaitFor([&] { return pong.match(duplex.standardOutput()).hasMatch(); },
                             finishTimeoutMs),
             qPrintable(duplex.output()));
    duplex.closeInput();
    QVERIFY2(duplex.waitForFinished(finishTimeoutMs), qPrintable(duplex.output()));
    QCOMPARE(duplex.exitCode(), int(Success));
}

void TestConnect::reconnectsAfterADrop()
{
    const auto server = tornado();
    QVERIFY(server->port() != 0);
    const auto duplex = runToEnd(connectArguments(
            url(QStringLiteral("ws"), server->port()),
            { QStringLiteral("--reconnect"), QStringLiteral("--send"), QStringLiteral("/drop"),
              QStringLiteral("--expect"), QStringLiteral("2") }));
    QVERIFY2(duplex->exitCode() == Success, qPrintable(duplex->output()));
    const QString output = duplex->standardOutput();
    QCOMPARE(received(output),
             (QStringList { QStringLiteral("Welcome!"), QStringLiteral("Welcome!") }));
    QCOMPARE(output.count(QLatin1String("Connection is opened ...")), 2);
    QVERIFY2(output.contains(QLatin1String("Reconnecting in ")), qPrintable(output));
}

void TestConnect::interruptClosesCleanly()
{
    DuplexServer server;
    ServerSettings settings;
    settings.port = 0;
    QVERIFY(server.start(settings));
    QList<int> closeCodes;
    connect(&server, &DuplexServer::clientDisconnected, this,
            [&closeCodes](const QString &, int code, const QString &) { closeCodes.append(code); });
    DuplexProcess duplex(connectArguments(url(QStringLiteral("ws"), server.serverPort()), {}));
    QVERIFY2(duplex.waitForOutput(QStringLiteral("Message is received: Welcome!")),
             qPrintable(duplex.output()));
    QVERIFY(duplex.terminate(SIGINT, finishTimeoutMs));
    QCOMPARE(duplex.exitCode(), 128 + SIGINT);
    QTRY_COMPARE(closeCodes, QList<int> { 1000 });
    QVERIFY(stamped(QStringLiteral("Connection is closed ... (1000)"))
                    .match(duplex.standardOutput())
                    .hasMatch());
}

void TestConnect::mistakesAreSaid_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("said");
    QTest::newRow("no URL") << QStringList() << QStringLiteral("needs a URL");
    QTest::newRow("http URL") << QStringList { QStringLiteral("http://127.0.0.1/") }
                              << QStringLiteral("ws:// or wss://");
    QTest::newRow("bad expect") << QStringList {
        QStringLiteral("ws://127.0.0.1:1/"), QStringLiteral("--expect"), QStringLiteral("zero")
    } << QStringLiteral("--expect needs");
    QTest::newRow("bad wait") << QStringList { QStringLiteral("ws://127.0.0.1:1/"),
                                               QStringLiteral("--wait"), QStringLiteral("-1") }
                              << QStringLiteral("--wait needs");
    QTest::newRow("bad header") << QStringList { QStringLiteral("ws://127.0.0.1:1/"),
                                                 QStringLiteral("-H"), QStringLiteral("novalue") }
                                << QStringLiteral("-H \"novalue\"");
    QTest::newRow("handshake's own header")
            << QStringList { QStringLiteral("ws://127.0.0.1:1/"), QStringLiteral("-H"),
                             QStringLiteral("Upgrade: x") }
            << QStringLiteral("set by the handshake");
    QTest::newRow("bad hex") << QStringList { QStringLiteral("ws://127.0.0.1:1/"),
                                              QStringLiteral("--hex"), QStringLiteral("--send"),
                                              QStringLiteral("zz") }
                             << QStringLiteral("--send \"zz\"");
    QTest::newRow("binary and hex")
            << QStringList { QStringLiteral("ws://127.0.0.1:1/"), QStringLiteral("--binary"),
                             QStringLiteral("--hex") }
            << QStringLiteral("cannot go together");
    QTest::newRow("missing CA file")
            << QStringList { QStringLiteral("wss://127.0.0.1:1/"), QStringLiteral("--ca"),
                             QStringLiteral("/nonexistent/ca.pem") }
            << QStringLiteral("--ca: cannot read /nonexistent/ca.pem");
    QTest::newRow("two URLs") << QStringList { QStringLiteral("ws://a/"),
                                               QStringLiteral("ws://b/") }
                              << QStringLiteral("Unexpected argument \"ws://b/\"");
}

void TestConnect::mistakesAreSaid()
{
    QFETCH(QStringList, options);
    QFETCH(QString, said);
    DuplexProcess duplex(QStringList { QStringLiteral("connect") } + options);
    QVERIFY(duplex.waitForFinished(finishTimeoutMs));
    QCOMPARE(duplex.exitCode(), int(UsageError));
    const QString error = duplex.standardError();
    QVERIFY2(error.startsWith(QLatin1String("duplex: ")) && error.contains(said),
             qPrintable(error));
    QCOMPARE(error.count(QLatin1Char('\n')), 1);
    QVERIFY(duplex.standardOutput().isEmpty());
}

// --help in every language Duplex speaks; the exit statuses listed.
void TestConnect::helpIsTranslated()
{
    DuplexProcess english({ QStringLiteral("connect"), QStringLiteral("--help") });
    QVERIFY(english.waitForFinished(finishTimeoutMs));
    QCOMPARE(english.exitCode(), 0);
    const QString englishHelp = english.standardOutput();
    for (const char *option :
         { "--send", "--expect", "--wait", "--timeout", "--json", "--binary", "--hex", "--header",
           "--subprotocol", "--origin", "--insecure", "--ca", "--ping", "--reconnect", "--lang" })
        QVERIFY2(englishHelp.contains(QLatin1String(option)), option);
    QVERIFY(englishHelp.contains(QLatin1String("Exit status: 0 done")));
    for (const char *language : { "de", "es", "fr", "ru", "zh_CN" }) {
        DuplexProcess translated({ QStringLiteral("connect"), QStringLiteral("--help"),
                                   QStringLiteral("--lang"), QLatin1String(language) });
        QVERIFY(translated.waitForFinished(finishTimeoutMs));
        const QString help = translated.standardOutput();
        QVERIFY2(help.contains(QLatin1String("--expect")), language);
        QVERIFY2(!help.contains(QLatin1String("a WebSocket client for the terminal")), language);
        QVERIFY2(!help.contains(QLatin1String("Exit status")), language);
    }
}

QTEST_GUILESS_MAIN(TestConnect)
#include "tst_connect.moc"
