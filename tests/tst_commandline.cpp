// Tests the built `duplex` program: its command line, its errors, headless console lines, signals.
#include "duplexprocess.h"
#include "socketbuffers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <algorithm>
#include <memory>
#include <vector>

namespace {
const int finishTimeoutMs = 10000;

// As over ssh or in CI: no display at all, and a platform plugin that cannot load, so
// anything that creates a QGuiApplication fails.
QProcessEnvironment noDisplayEnvironment()
{
    QProcessEnvironment environment = DuplexProcess::defaultEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("nonexistent"));
    return environment;
}

QUrl webSocketUrl(quint16 port)
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/").arg(port));
}

// A client that keeps every text message it receives.
struct Client
{
    Client()
    {
        socket.setProxy(QNetworkProxy::NoProxy);
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &message) { messages.append(message); });
    }
    QWebSocket socket;
    QStringList messages;
};

// Lines of the console log look like "2026-11-27 07:20:47.353 <text>".
QRegularExpression logLine(const QString &text)
{
    return QRegularExpression(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} %1$")
                    .arg(QRegularExpression::escape(text)),
            QRegularExpression::MultilineOption);
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help_data();
    void help();
    void version_data();
    void version();
    void badArguments_data();
    void badArguments();
    void portInUse();
    void addressNotOnThisComputer();
    void tlsFileMissing();
    void consoleLines();
    void quietLeavesOutMessages();
    void binaryEchoIsExplainedOnceOrUnchanged();
    void stopsOnSignal_data();
    void stopsOnSignal();
    void everyLineIsWrittenInOrder();
    void logFileAppendsAndReopensOnHangup();
    void logFileThatCannotBeOpened();
    void jsonLogIsDataAndEscaped();
};

// Runs duplex with one informational option and no display; its standard output, or a null
// string (after a failed check) when it did not end cleanly with nothing on standard error.
static QString informationFrom(const QString &option)
{
    DuplexProcess duplex({ option }, noDisplayEnvironment());
    if (!duplex.waitForFinished(finishTimeoutMs) || duplex.exitStatus() != QProcess::NormalExit
        || duplex.exitCode() != 0 || !duplex.standardError().isEmpty()) {
        qWarning().noquote() << duplex.output();
        return {};
    }
    return duplex.standardOutput();
}

void TestCommandLine::help_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("-h") << QStringLiteral("-h");
}

void TestCommandLine::help()
{
    QFETCH(QString, option);
    const QString help = informationFrom(option);
    QVERIFY(!help.isNull());
    for (const char *text :
         { "Usage:", "--port <port>", "--bind <address>", "--headless", "--help", "--version",
           "--max-message-size <bytes>", "--max-connections <n>", "--allow-origin <origin>",
           "--allow-host <name>", "--max-buffered-bytes <bytes>", "--tls-cert <file>",
           "--tls-key <file>", "--echo-binary-unchanged", "--log-file <file>",
           "--log-format <format>", "duplex connect <url>" }) {
        QVERIFY2(help.contains(QLatin1String(text)),
                 qPrintable(QString::fromLatin1(text) + QStringLiteral("\n\n") + help));
    }
}

void TestCommandLine::version_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--version") << QStringLiteral("--version");
    QTest::newRow("-v") << QStringLiteral("-v");
}

void TestCommandLine::version()
{
    QFETCH(QString, option);
    const QString version = informationFrom(option);
    QVERIFY(!version.isNull());
    const QStringList lines = version.split(u'\n');
    QCOMPARE(lines.size(), 4); // three lines and the end of the last
    QCOMPARE(lines.at(0), QStringLiteral("Duplex " DUPLEX_VERSION));
    QCOMPARE(
            lines.at(1),
            QStringLiteral("Qt %1 (built with " QT_VERSION_STR ")").arg(QLatin1String(qVersion())));
    // Whether the idle buffers are given back depends on the Qt version it was built with.
    const QString buffers = lines.at(2);
    if (SocketBuffers::canRelease()) {
        QCOMPARE(buffers,
                 QStringLiteral("Socket buffers: released while idle (Qt's private API, checked "
                                "against Qt %1)")
                         .arg(SocketBuffers::checkedQtVersions()));
        QVERIFY(SocketBuffers::checkedQtVersions().contains(QLatin1String(qVersion())));
    } else {
        QVERIFY2(buffers.startsWith(QLatin1String("Socket buffers: public API only")),
                 qPrintable(buffers));
        QVERIFY2(buffers.contains(SocketBuffers::unavailableReason()), qPrintable(buffers));
    }
}

void TestCommandLine::badArguments_data()
{
    QTest::addColumn<bool>("headless");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions"); // what the error line must name

    struct Case
    {
        const char *name;
        QStringList arguments;
        QStringList mentions;
    };
    const Case cases[] = {
        { "port above 65535",
          { QStringLiteral("--port"), QStringLiteral("70000") },
          { QStringLiteral("port"), QStringLiteral("\"70000\"") } },
        { "negative port",
          { QStringLiteral("--port"), QStringLiteral("-1") },
          { QStringLiteral("port"), QStringLiteral("\"-1\"") } },
        { "port not a number",
          { QStringLiteral("--port"), QStringLiteral("abc") },
          { QStringLiteral("port"), QStringLiteral("\"abc\"") } },
        { "short port option",
          { QStringLiteral("-p"), QStringLiteral("65536") },
          { QStringLiteral("port"), QStringLiteral("\"65536\"") } },
        { "port without value", { QStringLiteral("--port") }, { QStringLiteral("port") } },
        { "bind to a name",
          { QStringLiteral("--bind"), QStringLiteral("foo") },
          { QStringLiteral("address"), QStringLiteral("\"foo\"") } },
        { "bind to a bad IPv4 address",
          { QStringLiteral("--bind"), QStringLiteral("999.1.1.1") },
          { QStringLiteral("address"), QStringLiteral("\"999.1.1.1\"") } },
        { "unknown option", { QStringLiteral("--nonsense") }, { QStringLiteral("nonsense") } },
        { "stray argument", { QStringLiteral("stray") }, { QStringLiteral("\"stray\"") } },
        { "message size zero",
          { QStringLiteral("--max-message-size"), QStringLiteral("0") },
          { QStringLiteral("--max-message-size"), QStringLiteral("\"0\"") } },
        { "message size not a number",
          { QStringLiteral("--max-message-size"), QStringLiteral("10MB") },
          { QStringLiteral("--max-message-size"), QStringLiteral("\"10MB\"") } },
        { "negative connection cap",
          { QStringLiteral("--max-connections"), QStringLiteral("-5") },
          { QStringLiteral("--max-connections"), QStringLiteral("\"-5\"") } },
        { "origin without a scheme",
          { QStringLiteral("--allow-origin"), QStringLiteral("example.com") },
          { QStringLiteral("--allow-origin"), QStringLiteral("\"example.com\"") } },
        { "origin with a path",
          { QStringLiteral("--allow-origin"), QStringLiteral("https://example.com/app") },
          { QStringLiteral("--allow-origin"), QStringLiteral("\"https://example.com/app\"") } },
        { "host with a port",
          { QStringLiteral("--allow-host"), QStringLiteral("example.com:443") },
          { QStringLiteral("--allow-host"), QStringLiteral("\"example.com:443\"") } },
        { "host with a scheme",
          { QStringLiteral("--allow-host"), QStringLiteral("https://example.com") },
          { QStringLiteral("--allow-host"), QStringLiteral("\"https://example.com\"") } },
        { "buffer budget below 1 MiB",
          { QStringLiteral("--max-buffered-bytes"), QStringLiteral("1000") },
          { QStringLiteral("--max-buffered-bytes"), QStringLiteral("\"1000\"") } },
        { "TLS certificate without its key",
          { QStringLiteral("--tls-cert"), QStringLiteral("cert.pem") },
          { QStringLiteral("--tls-cert needs --tls-key") } },
        { "TLS key without its certificate",
          { QStringLiteral("--tls-key"), QStringLiteral("key.pem") },
          { QStringLiteral("--tls-key needs --tls-cert") } },
    };
    // Each case with --headless, and without it on a machine with no display: a mistyped
    // command line must be told apart from a missing display.
    for (const Case &c : cases) {
        QTest::addRow("%s, headless", c.name)
                << true << (QStringList { QStringLiteral("--headless") } + c.arguments)
                << c.mentions;
        QTest::addRow("%s, no display", c.name) << false << c.arguments << c.mentions;
    }
    QTest::addRow("log format neither text nor json")
            << true
            << QStringList { QStringLiteral("--headless"), QStringLiteral("--log-format"),
                             QStringLiteral("xml") }
            << QStringList { QStringLiteral("--log-format"), QStringLiteral("\"xml\"") };
    QTest::addRow("log file with the window")
            << false << QStringList { QStringLiteral("--log-file"), QStringLiteral("x.log") }
            << QStringList { QStringLiteral("--log-file and --log-format are for --headless") };
    QTest::addRow("unexpected argument")
            << false << QStringList { QStringLiteral("conect") }
            << QStringList { QStringLiteral("Unexpected argument \"conect\"") };
}

void TestCommandLine::badArguments()
{
    QFETCH(bool, headless);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);

    DuplexProcess duplex(arguments,
                         headless ? DuplexProcess::defaultEnvironment() : noDisplayEnvironment());
    QVERIFY2(duplex.waitForFinished(finishTimeoutMs), qPrintable(duplex.output()));
    QCOMPARE(duplex.exitStatus(), QProcess::NormalExit);
    QCOMPARE(duplex.exitCode(), 1);
    QCOMPARE(duplex.standardOutput(), QString());
    const QString error = duplex.standardError();
    QVERIFY2(error.startsWith(QLatin1String("duplex: ")), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('\n')) && error.count(QLatin1Char('\n')) == 1,
             qPrintable(error)); // exactly one line
    for (const QString &text : std::as_const(mentions))
        QVERIFY2(error.contains(text, Qt::CaseInsensitive),
                 qPrintable(text + QStringLiteral(": ") + error));
}

void TestCommandLine::portInUse()
{
    QTcpServer occupant;
    QVERIFY2(occupant.listen(QHostAddress::LocalHost, 0), qPrintable(occupant.errorString()));
    const QString port = QString::number(occupant.serverPort());

    DuplexProcess duplex({ QStringLiteral("--headless"), QStringLiteral("--port"), port });
    QVERIFY2(duplex.waitForFinished(finishTimeoutMs), qPrintable(duplex.output()));
    QCOMPARE(duplex.exitStatus(), QProcess::NormalExit);
    QCOMPARE(duplex.exitCode(), 1);
    QCOMPARE(duplex.standardOutput(), QString());
    const QString error = duplex.standardError();
    QVERIFY2(error.startsWith(QLatin1String("duplex: ")), qPrintable(error));
    QVERIFY2(error.count(QLatin1Char('\n')) == 1, qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("already in use")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Port %1 ").arg(port)), qPrintable(error));
}

void TestCommandLine::tlsFileMissing()
{
    DuplexProcess duplex({ QStringLiteral("--headless"), QStringLiteral("--port"),
                           QStringLiteral("0"), QStringLiteral("--tls-cert"),
                           QStringLiteral("/nonexistent/cert.pem"), QStringLiteral("--tls-key"),
                           QStringLiteral("/nonexistent/key.pem") });
    QVERIFY2(duplex.waitForFinished(finishTimeoutMs), qPrintable(duplex.output()));
    QCOMPARE(duplex.exitStatus(), QProcess::NormalExit);
    QCOMPARE(duplex.exitCode(), 1);
    QCOMPARE(duplex.standardOutput(), QString());
    const QString error = duplex.standardError();
    QCOMPARE(error,
             QStringLiteral("duplex: Cannot read the TLS certificate /nonexistent/cert.pem: No "
                            "such file or directory.\n"));
}

void TestCommandLine::addressNotOnThisComputer()
{
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): reserved for documentation, never on a real interface.
    DuplexProcess duplex({ QStringLiteral("--headless"), QStringLiteral("--bind"),
                           QStringLiteral("192.0.2.1"), QStringLiteral("--port"),
                           QStringLiteral("0") });
    QVERIFY2(duplex.waitForFinished(finishTimeoutMs), qPrintable(duplex.output()));
    QCOMPARE(duplex.exitStatus(), QProcess::NormalExit);
    QCOMPARE(duplex.exitCode(), 1);
    const QString error = duplex.standardError();
    QVERIFY2(error.startsWith(QLatin1String("duplex: ")), qPrintable(error));
    QVERIFY2(error.count(QLatin1Char('\n')) == 1, qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("192.0.2.1")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("does not belong")), qPrintable(error));
}

void TestCommandLine::consoleLines()
{
    DuplexProcess duplex(
            { QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0") });
    const quint16 port = duplex.waitForListening();
    QVERIFY2(port != 0, qPrintable(duplex.output()));
    const QString origin = QStringLiteral("127.0.0.1:%1").arg(port);
    QVERIFY2(duplex.output().contains(logLine(
                     QStringLiteral("Listening on %1: page http://%1/, WebSocket ws://%1/ws/")
                             .arg(origin))),
             qPrintable(duplex.output()));

    Client client;
    client.socket.open(webSocketUrl(port));
    QTRY_COMPARE(client.messages, QStringList { QStringLiteral("Welcome!") });
    const QString peer = QStringLiteral("127.0.0.1:%1").arg(client.socket.localPort());
    client.socket.sendTextMessage(QStringLiteral("hello"));
    QTRY_COMPARE(client.messages,
                 (QStringList { QStringLiteral("Welcome!"), QStringLiteral("HELLO") }));
    client.socket.close();
    QTRY_COMPARE(client.socket.state(), QAbstractSocket::UnconnectedState);

    QVERIFY2(duplex.waitForOutput(peer + QStringLiteral(" Connection closed")),
             qPrintable(duplex.output()));
    const QString output = duplex.output();
    qsizetype from = 0;
    for (const char *event :
         { "New connection", "New message hello", "Connection closed (1000)" }) {
        const QString text = peer + QLatin1Char(' ') + QString::fromLatin1(event);
        const QRegularExpressionMatch match = logLine(text).match(output, from);
        QVERIFY2(match.hasMatch(),
                 qPrintable(QStringLiteral("No line, or out of order: %1\n%2").arg(text, output)));
        from = match.capturedEnd();
    }
    QVERIFY2(duplex.terminate(), qPrintable(duplex.output()));
    QCOMPARE(duplex.exitCode(), 0);
}

// Issue 16, item 14: the console says once how binary messages are echoed.
void TestCommandLine::binaryEchoIsExplainedOnceOrUnchanged()
{
    for (const bool unchanged : { false, true }) {
        QStringList arguments
                = { QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0") };
        if (unchanged)
            arguments.append(QStringLiteral("--echo-binary-unchanged"));
        DuplexProcess duplex(arguments);
        const quint16 port = duplex.waitForListening();
        QVERIFY2(port != 0, qPrintable(duplex.output()));
        Client client;
        QList<QByteArray> replies;
        QObject::connect(&client.socket, &QWebSocket::binaryMessageReceived, &client.socket,
                         [&](const QByteArray &message) { replies.append(message); });
        client.socket.open(webSocketUrl(port));
        QTRY_COMPARE(client.messages.size(), 1);
        const QByteArray message("\xde\xad\xbe\xef\x48\x69", 6);
        client.socket.sendBinaryMessage(message);
        client.socket.sendBinaryMessage(message);
        QTRY_COMPARE(replies.size(), 2);
        QCOMPARE(replies.at(0), unchanged ? message : QByteArray("\xde\xad\xbe\xef\x48\x49", 6));
        const QString peer = QStringLiteral("127.0.0.1:%1").arg(client.socket.localPort());
        const QString note = unchanged
                ? QStringLiteral("binary messages are echoed unchanged")
                : QStringLiteral("binary messages are echoed as the seed's bytes.upper() does: "
                                 "ASCII letters upper-cased, every other byte kept "
                                 "(--echo-binary-unchanged or Server Settings: as they came)");
        QVERIFY2(duplex.waitForOutput(note), qPrintable(duplex.output()));
        QCOMPARE(duplex.output().count(note), 1);
        QVERIFY2(logLine(peer + QLatin1Char(' ') + note).match(duplex.output()).hasMatch(),
                 qPrintable(duplex.output()));
        QVERIFY2(duplex.terminate(), qPrintable(duplex.output()));
    }
}

void TestCommandLine::quietLeavesOutMessages()
{
    DuplexProcess duplex({ QStringLiteral("--headless"), QStringLiteral("--quiet"),
                           QStringLiteral("--port"), QStringLiteral("0") });
    const quint16 port = duplex.waitForListening();
    QVERIFY2(port != 0, qPrintable(duplex.output()));
    Client client;
    client.socket.open(webSocketUrl(port));
    QTRY_COMPARE(client.messages, QStringList { QStringLiteral("Welcome!") });
    client.socket.sendTextMessage(QStringLiteral("hello"));
    QTRY_COMPARE(client.messages.size(), 2);
    client.socket.close();
    QVERIFY2(duplex.waitForOutput(QStringLiteral(" Connection closed (1000)")),
             qPrintable(duplex.output()));
    const QString output = duplex.output();
    QVERIFY2(output.contains(QStringLiteral(" New connection")), qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("New message")), qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("GET /ws/")), qPrintable(output));
    QVERIFY(duplex.terminate());
}

void TestCommandLine::stopsOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestCommandLine::stopsOnSignal()
{
    QFETCH(int, signalNumber);

    DuplexProcess duplex(
            { QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0") });
    const quint16 port = duplex.waitForListening();
    QVERIFY2(port != 0, qPrintable(duplex.output()));

    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < 2; ++i) {
        clients.push_back(std::make_unique<Client>());
        clients.back()->socket.open(webSocketUrl(port));
    }
    QStringList peers;
    for (const auto &client : clients) {
        QTRY_COMPARE(client->messages, QStringList { QStringLiteral("Welcome!") });
        peers.append(QStringLiteral("127.0.0.1:%1").arg(client->socket.localPort()));
    }

    QVERIFY2(duplex.terminate(signalNumber), qPrintable(duplex.output()));
    QCOMPARE(duplex.exitStatus(), QProcess::NormalExit);
    QCOMPARE(duplex.exitCode(), 0);
    for (const auto &client : clients) {
        QTRY_COMPARE(client->socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(client->socket.closeCode(), QWebSocketProtocol::CloseCodeNormal);
    }

    const QString output = duplex.output();
    const QRegularExpressionMatch signalLine
            = logLine(QStringLiteral("Signal %1: closing every client and stopping")
                              .arg(signalNumber))
                      .match(output);
    QVERIFY2(signalLine.hasMatch(), qPrintable(output));
    // Each client closed with 1000 after the signal (whatever the reason text), then the stop.
    qsizetype lastClose = signalLine.capturedEnd();
    for (const QString &peer : std::as_const(peers)) {
        const QRegularExpression closed(QStringLiteral("^\\S+ \\S+ %1 Connection closed \\(1000\\b")
                                                .arg(QRegularExpression::escape(peer)),
                                        QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = closed.match(output, signalLine.capturedEnd());
        QVERIFY2(match.hasMatch(), qPrintable(peer + QStringLiteral(" not closed:\n") + output));
        lastClose = std::max(lastClose, match.capturedEnd());
    }
    QVERIFY2(logLine(QStringLiteral("Server stopped")).match(output, lastClose).hasMatch(),
             qPrintable(output));
}

// The log is buffered, not thinned: under a burst every line is there, whole and in order,
// before the program exits (it is written within 100 ms, and at SIGTERM).
void TestCommandLine::everyLineIsWrittenInOrder()
{
    DuplexProcess duplex(
            { QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0") });
    const quint16 port = duplex.waitForListening();
    QVERIFY2(port != 0, qPrintable(duplex.output()));
    Client client;
    client.socket.open(webSocketUrl(port));
    QTRY_COMPARE(client.messages, QStringList { QStringLiteral("Welcome!") });
    const QString peer = QStringLiteral("127.0.0.1:%1").arg(client.socket.localPort());
    constexpr int count = 5000;
    for (int i = 0; i < count; ++i)
        client.socket.sendTextMessage(QStringLiteral("message %1 ").arg(i) + QString(40, u'x'));
    QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), count + 1, 20000);
    // Written without an exit, by the flush timer.
    const QString last = QStringLiteral("New message message %1 ").arg(count - 1);
    QVERIFY2(duplex.waitForOutput(last), qPrintable(duplex.output().right(2000)));

    client.socket.sendTextMessage(QStringLiteral("the very last"));
    QTRY_COMPARE(client.messages.size(), count + 2);
    QVERIFY(duplex.terminate()); // at once: the line of the very last message still in the buffer
    QCOMPARE(duplex.exitCode(), 0);
    const QStringList lines = duplex.standardError().split(u'\n');
    static const QRegularExpression messageLine(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} (\\S+) New message "
                           "(.*)$"));
    int next = 0;
    bool sawLast = false;
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = messageLine.match(line);
        if (!match.hasMatch())
            continue;
        QCOMPARE(match.captured(1), peer);
        if (next == count) {
            QCOMPARE(match.captured(2), QStringLiteral("the very last"));
            sawLast = true;
            continue;
        }
        QCOMPARE(match.captured(2), QStringLiteral("message %1 ").arg(next) + QString(40, u'x'));
        ++next;
    }
    QCOMPARE(next, count);
    QVERIFY(sawLast);
    QVERIFY2(logLine(QStringLiteral("Server stopped")).match(duplex.standardError()).hasMatch(),
             qPrintable(duplex.standardError().right(500)));
}

// --log-file appends; after logrotate moved the file, SIGHUP makes a new one under the name.
void TestCommandLine::logFileAppendsAndReopensOnHangup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("duplex.log"));
    const QString rotated = path + QStringLiteral(".1");
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier run\n");
    }
    DuplexProcess duplex({ QStringLiteral("--headless"), QStringLiteral("--port"),
                           QStringLiteral("0"), QStringLiteral("--log-file"), path });
    const auto fileText = [](const QString &name) {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    static const QRegularExpression listening(QStringLiteral("Listening on \\S+:(\\d+): "));
    quint16 port = 0;
    QTRY_VERIFY((port = quint16(listening.match(fileText(path)).captured(1).toUInt())) != 0);
    QVERIFY(fileText(path).startsWith(QLatin1String("an earlier run\n")));
    QVERIFY2(duplex.output().isEmpty(), qPrintable(duplex.output())); // all in the file

    Client client;
    client.socket.open(webSocketUrl(port));
    QTRY_COMPARE(client.messages, QStringList { QStringLiteral("Welcome!") });
    client.socket.sendTextMessage(QStringLiteral("before rotation"));
    QTRY_VERIFY(fileText(path).contains(QLatin1String("New message before rotation")));

    QVERIFY(QFile::rename(path, rotated));
    ::kill(pid_t(duplex.processId()), SIGHUP);
    QTRY_VERIFY(QFile::exists(path)); // opened again: the signal went through
    client.socket.sendTextMessage(QStringLiteral("after rotation"));
    QTRY_VERIFY(fileText(path).contains(QLatin1String("New message after rotation")));
    QVERIFY(duplex.isRunning());
    QVERIFY(!fileText(rotated).contains(QLatin1String("after rotation")));
    QVERIFY(fileText(rotated).contains(QLatin1String("New message before rotation")));
    QVERIFY(duplex.terminate());
    QCOMPARE(duplex.exitCode(), 0);
    QVERIFY(logLine(QStringLiteral("Server stopped")).match(fileText(path)).hasMatch());
}

void TestCommandLine::logFileThatCannotBeOpened()
{
    DuplexProcess duplex({ QStringLiteral("--headless"), QStringLiteral("--port"),
                           QStringLiteral("0"), QStringLiteral("--log-file"),
                           QStringLiteral("/nonexistent/duplex.log") });
    QVERIFY(duplex.waitForFinished(finishTimeoutMs));
    QCOMPARE(duplex.exitCode(), 1);
    QCOMPARE(duplex.standardError(),
             QStringLiteral("duplex: Cannot open /nonexistent/duplex.log for writing: No such file "
                            "or directory\n"));
}

// --log-format json: one JSON object a line; a peer's text is the value it sent, yet the line
// itself holds no control or bidirectional character.
void TestCommandLine::jsonLogIsDataAndEscaped()
{
    DuplexProcess duplex({ QStringLiteral("--headless"), QStringLiteral("--port"),
                           QStringLiteral("0"), QStringLiteral("--log-format"),
                           QStringLiteral("json") });
    static const QRegularExpression listening(QStringLiteral("\"port\":(\\d+)"));
    quint16 port = 0;
    QTRY_VERIFY((port = quint16(listening.match(duplex.output()).captured(1).toUInt())) != 0);
    Client client;
    client.socket.open(webSocketUrl(port));
    QTRY_COMPARE(client.messages, QStringList { QStringLiteral("Welcome!") });
    const QString peer = QStringLiteral("127.0.0.1:%1").arg(client.socket.localPort());
    const QString hostile = QStringLiteral("\x1b[2J\n2026-01-01 fake \u202e \"q\" \\");
    client.socket.sendTextMessage(hostile);
    client.socket.sendBinaryMessage(QByteArray("\x00\xff", 2));
    QTRY_COMPARE(client.messages.size(), 2);
    client.socket.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("bye\nnow"));
    QVERIFY(duplex.waitForOutput(QStringLiteral("\"event\":\"close\"")));
    QVERIFY(duplex.terminate());

    const QByteArray raw = duplex.standardError().toUtf8();
    QVERIFY(!raw.contains('\x1b'));
    QVERIFY(!duplex.standardError().contains(QChar(0x202e)));
    QMap<QString, QJsonObject> byEvent;
    for (const QByteArray &line : raw.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(document.isObject(), line.constData());
        const QJsonObject record = document.object();
        QVERIFY(QDateTime::fromString(record.value(QLatin1String("time")).toString(),
                                      Qt::ISODateWithMs)
                        .isValid());
        QVERIFY(!record.value(QLatin1String("level")).toString().isEmpty());
        byEvent.insert(record.value(QLatin1String("event")).toString(), record);
    }
    QCOMPARE(byEvent.value(QStringLiteral("open")).value(QLatin1String("peer")).toString(), peer);
    QCOMPARE(byEvent.value(QStringLiteral("text")).value(QLatin1String("text")).toString(),
             hostile);
    QCOMPARE(byEvent.value(QStringLiteral("binary")).value(QLatin1String("hex")).toString(),
             QStringLiteral("00ff"));
    QCOMPARE(byEvent.value(QStringLiteral("close")).value(QLatin1String("code")).toInt(), 1000);
    QCOMPARE(byEvent.value(QStringLiteral("close")).value(QLatin1String("reason")).toString(),
             QStringLiteral("bye\nnow"));
    QVERIFY(byEvent.contains(QStringLiteral("stopped")));
}

QTEST_GUILESS_MAIN(TestCommandLine)

#include "tst_commandline.moc"
