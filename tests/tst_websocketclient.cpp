// The client library against the real server: the seed page's log lines, and errors in words.
#include "duplexserver.h"
#include "echotestserver.h"
#include "hexformat.h"
#include "reconnectbackoff.h"
#include "tlstestutil.h"
#include "websocketclient.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocketServer>

#include <memory>
#include <vector>

using namespace std::chrono_literals;

using Kind = WebSocketClient::LineKind;
using Line = QPair<Kind, QString>;

class TestWebSocketClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void logsTheSeedPagesLines();
    void sendsAndReceivesBinary();
    void reportsAServerThatStops();
    void refusesABadUrl_data();
    void refusesABadUrl();
    void saysConnectionRefused();
    void saysWhichHttpStatusRefusedTheHandshake_data();
    void saysWhichHttpStatusRefusedTheHandshake();
    void eachAttemptSaysItsOwnCause();
    void doesNotSendWhenClosed();

    void backoffDoublesUpToTheCapWithJitter();
    void pingsAndLogsTheRoundTrip();
    void pingsByItselfWhileOpen();
    void doesNotPingWhenClosed();
    void sendsHeadersAndSubprotocols();
    void refusesBadHeaders_data();
    void refusesBadHeaders();
    void parsesHeaderLinesAndSubprotocols();
    void reconnectsToAServerThatComesBack();
    void stopReconnectingCancels();
    void aUserCloseDoesNotReconnect();
    void asksAboutAnUntrustedCertificateAndConnectsOnceTrusted();

private:
    QUrl url(const QString &path = QStringLiteral("/ws/")) const;
    static QList<Line> lines(const QSignalSpy &spy);

    std::unique_ptr<DuplexServer> m_server;
};

void TestWebSocketClient::init()
{
    m_server = std::make_unique<DuplexServer>();
    ServerSettings settings;
    settings.port = 0;
    QVERIFY(m_server->start(settings));
}

void TestWebSocketClient::cleanup()
{
    m_server.reset();
}

QUrl TestWebSocketClient::url(const QString &path) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(path));
}

static QString describe(const QList<Line> &lines)
{
    QStringList texts;
    for (const Line &line : lines)
        texts.append(line.second);
    return texts.join(QLatin1String(" | "));
}

QList<Line> TestWebSocketClient::lines(const QSignalSpy &spy)
{
    QList<Line> result;
    for (const QList<QVariant> &arguments : spy)
        result.append({ arguments.at(0).value<Kind>(), arguments.at(1).toString() });
    return result;
}

void TestWebSocketClient::logsTheSeedPagesLines()
{
    WebSocketClient client;
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QSignalSpy opened(&client, &WebSocketClient::opened);
    QSignalSpy received(&client, &WebSocketClient::textReceived);
    QSignalSpy closed(&client, &WebSocketClient::closed);

    QVERIFY(client.open(url().toString()));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(opened.size(), 1);
    QVERIFY(client.isOpen());
    QVERIFY(client.sendText(QStringLiteral("Hello there!")));
    QTRY_COMPARE(received.size(), 2);
    client.close();
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).toInt(), 1000);

    const QList<Line> expected = {
        { Kind::Event, QStringLiteral("Connecting to %1 ...").arg(url().toString()) },
        { Kind::Event, QStringLiteral("Connection is opened ...") },
        { Kind::Received, QStringLiteral("Message is received: Welcome!") },
        { Kind::Sent, QStringLiteral("Message is sent: Hello there!") },
        { Kind::Received, QStringLiteral("Message is received: HELLO THERE!") },
        { Kind::Event, QStringLiteral("Connection is closed ...") },
    };
    QCOMPARE(lines(log), expected);
}

void TestWebSocketClient::sendsAndReceivesBinary()
{
    WebSocketClient client;
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QSignalSpy greeted(&client, &WebSocketClient::textReceived);
    QSignalSpy received(&client, &WebSocketClient::binaryReceived);
    client.open(url().toString());
    QTRY_COMPARE(greeted.size(), 1);
    QVERIFY(client.sendBinary(QByteArray("ab\x00", 3)));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toByteArray(), QByteArray("AB\x00", 3));
    const QList<Line> all = lines(log);
    // A head line, then the hex dump (the log view shows the first line, the rest on hover).
    QVERIFY2(all.contains(Line(Kind::Sent,
                               QStringLiteral("Binary message is sent (3 byte(s))\n0000  61 62 00  "
                                              "ab."))),
             qPrintable(describe(all)));
    QCOMPARE(all.last(),
             Line(Kind::Received,
                  QStringLiteral("Binary message is received (3 byte(s))\n")
                          + Hex::dump(QByteArray("AB\x00", 3))));
}

void TestWebSocketClient::reportsAServerThatStops()
{
    WebSocketClient client;
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QSignalSpy greeted(&client, &WebSocketClient::textReceived);
    QSignalSpy closed(&client, &WebSocketClient::closed);
    client.open(url().toString());
    QTRY_COMPARE(greeted.size(), 1);
    m_server->stop();
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).toInt(), 1000);
    QCOMPARE(lines(log).last(), Line(Kind::Event, QStringLiteral("Connection is closed ...")));
    for (const Line &line : lines(log))
        QVERIFY2(line.first != Kind::Error, qPrintable(line.second));
}

void TestWebSocketClient::refusesABadUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8888/ws/")
                          << QStringLiteral("The URL must start with ws:// or wss://, not "
                                            "\"http://127.0.0.1:8888/ws/\".");
    QTest::newRow("no scheme")
            << QStringLiteral("127.0.0.1:8888")
            << QStringLiteral("The URL must start with ws:// or wss://, not \"127.0.0.1:8888\".");
    QTest::newRow("no host") << QStringLiteral("ws:///ws/")
                             << QStringLiteral("The URL \"ws:///ws/\" names no host.");
    QTest::newRow("empty") << QString() << QStringLiteral("\"\" is not a valid URL.");
    QTest::newRow("space in host") << QStringLiteral("ws://local host/")
                                   << QStringLiteral("\"ws://local host/\" is not a valid URL.");
}

void TestWebSocketClient::refusesABadUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, error);
    WebSocketClient client;
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QVERIFY(!client.open(url));
    QCOMPARE(lines(log), QList<Line>({ { Kind::Error, error } }));
    QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);
}

void TestWebSocketClient::saysConnectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    WebSocketClient client;
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QSignalSpy closed(&client, &WebSocketClient::closed);
    client.open(QStringLiteral("ws://127.0.0.1:%1/ws/").arg(closedPort));
    QTRY_COMPARE(closed.size(), 1);
    QVERIFY2(lines(log).contains(Line(Kind::Error, QStringLiteral("Connection refused"))),
             qPrintable(describe(lines(log))));
}

void TestWebSocketClient::saysWhichHttpStatusRefusedTheHandshake_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    QTest::newRow("404") << QStringLiteral("/nowhere")
                         << QStringLiteral(
                                    "Handshake failed: the server answered HTTP 404 Not Found");
    QTest::newRow("the page, not a socket")
            << QStringLiteral("/")
            << QStringLiteral("Handshake failed: the server answered HTTP 200 OK");
}

void TestWebSocketClient::saysWhichHttpStatusRefusedTheHandshake()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    WebSocketClient client;
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QSignalSpy closed(&client, &WebSocketClient::closed);
    client.open(url(path).toString());
    QTRY_COMPARE(closed.size(), 1);
    QVERIFY2(lines(log).contains(Line(Kind::Error, error)), qPrintable(describe(lines(log))));
}

// Issue 16, item 1: the reason of an earlier failure leaked into every later one, and the
// close was logged before its cause.
void TestWebSocketClient::eachAttemptSaysItsOwnCause()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    const QString refusedUrl = QStringLiteral("ws://127.0.0.1:%1/ws/").arg(closedPort);
    const QString notFound
            = QStringLiteral("Handshake failed: the server answered HTTP 404 Not Found");
    const QString forbidden
            = QStringLiteral("Handshake failed: the server answered HTTP 403 Forbidden");
    const QString refused = QStringLiteral("Connection refused");
    const QString noHost = QStringLiteral("Host not found");
    // A foreign Origin gets 403.
    const QString otherOrigin = url(QStringLiteral("/ws/?origin")).toString();
    const QList<QPair<QString, QString>> attempts = {
        { url(QStringLiteral("/nope")).toString(), notFound },
        { refusedUrl, refused },
        { QStringLiteral("ws://no-such-host.invalid/ws/"), noHost },
        { otherOrigin, forbidden },
        { refusedUrl, refused },
        { url(QStringLiteral("/nope")).toString(), notFound },
        { QStringLiteral("ws://no-such-host.invalid/ws/"), noHost },
    };

    WebSocketClient client;
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QSignalSpy closed(&client, &WebSocketClient::closed);
    for (const auto &[target, cause] : attempts) {
        log.clear();
        closed.clear();
        if (target == otherOrigin)
            client.setRequestHeaders({ { "Origin", "http://evil.example" } });
        else
            client.setRequestHeaders({});
        QVERIFY(client.open(target));
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 20000);
        const QList<Line> said = lines(log);
        QList<Line> errors;
        for (const Line &line : said) {
            if (line.first == Kind::Error)
                errors.append(line);
        }
        // One cause, its own, and said before the close.
        QVERIFY2(errors == QList<Line>({ { Kind::Error, cause } }),
                 qPrintable(target + QLatin1String(": ") + describe(said)));
        QVERIFY2(said.last() == Line(Kind::Event, QStringLiteral("Connection is closed ...")),
                 qPrintable(target + QLatin1String(": ") + describe(said)));
    }
}

void TestWebSocketClient::doesNotSendWhenClosed()
{
    WebSocketClient client;
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QVERIFY(!client.sendText(QStringLiteral("nobody listens")));
    QCOMPARE(lines(log),
             QList<Line>({ { Kind::Error,
                             QStringLiteral("Not connected: the message was not sent.") } }));
}

namespace {

bool containsText(const QList<Line> &lines, const QString &text)
{
    for (const Line &line : lines) {
        if (line.second == text)
            return true;
    }
    return false;
}
} // namespace

void TestWebSocketClient::backoffDoublesUpToTheCapWithJitter()
{
    double random = 0.5; // the middle: no jitter
    ReconnectBackoff backoff(1s, 30s, 0.2, [&random] { return random; });
    QList<qint64> delays;
    for (int i = 0; i < 7; ++i)
        delays.append(backoff.nextDelay().count());
    QCOMPARE(delays, QList<qint64>({ 1000, 2000, 4000, 8000, 16000, 30000, 30000 }));
    QCOMPARE(backoff.attempts(), 7);

    backoff.reset();
    random = 0.0; // 20 % shorter
    QCOMPARE(backoff.nextDelay().count(), 800);
    random = 0.999999; // nearly 20 % longer
    QCOMPARE(backoff.nextDelay().count(), 2399);
    for (int i = 0; i < 10; ++i)
        QVERIFY(backoff.nextDelay() <= 30s); // the cap holds with jitter too
    random = 0.0;
    QCOMPARE(backoff.nextDelay().count(), 24000);

    // The default source stays within ±20 %.
    ReconnectBackoff real;
    for (int i = 0; i < 50; ++i) {
        const qint64 delay = real.nextDelay().count();
        QVERIFY2(delay >= 800 && delay <= 30000, qPrintable(QString::number(delay)));
        real.reset();
    }
}

void TestWebSocketClient::pingsAndLogsTheRoundTrip()
{
    EchoTestServer server;
    QVERIFY(server.listen());
    WebSocketClient client;
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QSignalSpy opened(&client, &WebSocketClient::opened);
    QSignalSpy pongs(&client, &WebSocketClient::pongReceived);
    client.open(server.url());
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY(client.ping(QByteArrayLiteral("hello")));
    QTRY_COMPARE(pongs.size(), 1);
    const qint64 microseconds = pongs.at(0).at(0).toLongLong();
    QVERIFY(microseconds >= 0 && microseconds < 10'000'000);
    static const QRegularExpression pongLine(QStringLiteral("^Pong received in \\d+\\.\\d{3} ms$"));
    const Line last = lines(log).last();
    QCOMPARE(last.first, Kind::Event);
    QVERIFY2(pongLine.match(last.second).hasMatch(), qPrintable(last.second));
    // The logged time is the one reported.
    QCOMPARE(last.second,
             QStringLiteral("Pong received in %1 ms")
                     .arg(QLocale().toString(double(microseconds) / 1000.0, 'f', 3)));
    // Pings without a payload of their own are told apart too: each pong finds its ping.
    QVERIFY(client.ping());
    QVERIFY(client.ping());
    QTRY_COMPARE(pongs.size(), 3);
    QVERIFY(!containsText(lines(log), QStringLiteral("Pong received"))); // none unmatched
    QVERIFY(!client.ping(QByteArray(126, 'x'))); // more than a control frame holds
    QCOMPARE(lines(log).last().first, Kind::Error);
}

void TestWebSocketClient::pingsByItselfWhileOpen()
{
    EchoTestServer server;
    QVERIFY(server.listen());
    WebSocketClient client;
    QSignalSpy opened(&client, &WebSocketClient::opened);
    QSignalSpy pongs(&client, &WebSocketClient::pongReceived);
    QSignalSpy closed(&client, &WebSocketClient::closed);
    client.setAutoPingInterval(20ms);
    client.open(server.url());
    QTRY_COMPARE(opened.size(), 1);
    QTRY_VERIFY(pongs.size() >= 3);
    client.setAutoPingInterval(0);
    QCOMPARE(client.autoPingInterval(), 0);
    const int pongsSoFar = int(pongs.size());
    // No ping goes out after it is off: one more round trip (a ping of our own) comes back
    // alone.
    QVERIFY(client.ping());
    QTRY_COMPARE(pongs.size(), pongsSoFar + 1);
    client.setAutoPingInterval(5);
    QCOMPARE(client.autoPingInterval(), 5);
    client.close();
    QTRY_COMPARE(closed.size(), 1);
}

void TestWebSocketClient::doesNotPingWhenClosed()
{
    WebSocketClient client;
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QVERIFY(!client.ping());
    QCOMPARE(lines(log),
             QList<Line>(
                     { { Kind::Error, QStringLiteral("Not connected: the ping was not sent.") } }));
}

void TestWebSocketClient::sendsHeadersAndSubprotocols()
{
    EchoTestServer server;
    server->setSupportedSubprotocols({ QStringLiteral("chat") });
    QVERIFY(server.listen());
    WebSocketClient client;
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QSignalSpy opened(&client, &WebSocketClient::opened);
    client.setRequestHeaders({ { "X-Token", "secret 42" }, { "Origin", "http://example.test" } });
    client.setSubprotocols({ QStringLiteral("superchat"), QStringLiteral("chat") });
    QVERIFY(client.open(server.url()));
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.at(0).rawHeader("X-Token"), QByteArray("secret 42"));
    QCOMPARE(server.requests.at(0).rawHeader("Origin"), QByteArray("http://example.test"));
    // Issue 16, item 13: Duplex says who it is, unless the user says otherwise.
    QCOMPARE(server.requests.at(0).rawHeader("User-Agent"), QByteArray("Duplex/" DUPLEX_VERSION));
    QCOMPARE(server.subprotocols, QStringList({ QStringLiteral("chat") }));
    client.close();
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    client.setRequestHeaders({ { "user-agent", "curl/8.0" } });
    QVERIFY(client.open(server.url()));
    QTRY_COMPARE(opened.size(), 2);
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.requests.at(1).rawHeader("User-Agent"), QByteArray("curl/8.0"));
    QCOMPARE(client.subprotocol(), QStringLiteral("chat"));
    QVERIFY2(containsText(lines(log), QStringLiteral("Subprotocol: chat")),
             qPrintable(describe(lines(log))));
}

void TestWebSocketClient::refusesBadHeaders_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("space in the name")
            << QByteArray("X Token") << QByteArray("1")
            << QStringLiteral("\"X Token\" is not a valid header name: use letters, digits and "
                              "!#$%&'*+-.^_`|~ only.");
    QTest::newRow("colon in the name")
            << QByteArray("X:") << QByteArray("1")
            << QStringLiteral("\"X:\" is not a valid header name: use letters, digits and "
                              "!#$%&'*+-.^_`|~ only.");
    QTest::newRow("no name") << QByteArray() << QByteArray("1")
                             << QStringLiteral("A request header needs a name.");
    QTest::newRow("line break in the value")
            << QByteArray("X-Token") << QByteArray("a\r\nEvil: yes")
            << QStringLiteral("The value of the header \"X-Token\" must not break the line.");
    QTest::newRow("the handshake's own")
            << QByteArray("sec-websocket-key") << QByteArray("x")
            << QStringLiteral("The header \"sec-websocket-key\" is set by the handshake itself.");
}

void TestWebSocketClient::refusesBadHeaders()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, error);
    WebSocketClient client;
    QSignalSpy log(&client, &WebSocketClient::logLine);
    client.setRequestHeaders({ { name, value } });
    QVERIFY(!client.open(url().toString()));
    QCOMPARE(lines(log), QList<Line>({ { Kind::Error, error } }));
    QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(WebSocketClient::checkHeader(name, value), error);
}

void TestWebSocketClient::parsesHeaderLinesAndSubprotocols()
{
    QString error;
    const auto headers = WebSocketClient::parseHeaders(
            QStringLiteral("X-One: 1\r\n\n  Authorization:  Bearer a:b  \n"), &error);
    QVERIFY2(headers.has_value(), qPrintable(error));
    QCOMPARE(*headers,
             QList<WebSocketClient::Header>(
                     { { "X-One", "1" }, { "Authorization", "Bearer a:b" } }));
    QVERIFY(!WebSocketClient::parseHeaders(QStringLiteral("X-One: 1\nno colon"), &error));
    QCOMPARE(error, QStringLiteral("Line 2 is not \"Name: value\"."));
    QVERIFY(!WebSocketClient::parseHeaders(QStringLiteral("Host: x"), &error));
    QCOMPARE(error, QStringLiteral("The header \"Host\" is set by the handshake itself."));

    const auto protocols = WebSocketClient::parseSubprotocols(QStringLiteral(" chat, ,v2.json "));
    QVERIFY(protocols.has_value());
    QCOMPARE(*protocols, QStringList({ QStringLiteral("chat"), QStringLiteral("v2.json") }));
    QVERIFY(!WebSocketClient::parseSubprotocols(QStringLiteral("chat, two words"), &error));
    QCOMPARE(error, QStringLiteral("\"two words\" is not a valid subprotocol name."));
}

void TestWebSocketClient::reconnectsToAServerThatComesBack()
{
    EchoTestServer server;
    QVERIFY(server.listen());
    WebSocketClient client;
    client.setAutoReconnect(true);
    client.setReconnectDelays(10ms, 50ms);
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QSignalSpy opened(&client, &WebSocketClient::opened);
    QSignalSpy closed(&client, &WebSocketClient::closed);
    QSignalSpy countdown(&client, &WebSocketClient::reconnectCountdown);
    client.open(server.url());
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY(countdown.isEmpty());

    server.dropEverything();
    // At least once: the close is told a turn of the event loop after Qt's disconnected()
    // (after its cause), and with 10 ms delays the next attempts may be told in the same wait.
    QTRY_VERIFY(closed.size() >= 1);
    QCOMPARE(closed.at(0).at(0).toInt(), int(QWebSocketProtocol::CloseCodeAbnormalDisconnection));
    // It keeps trying while nobody listens...
    QTRY_VERIFY2(containsText(lines(log), QStringLiteral("Connection refused")),
                 qPrintable(describe(lines(log))));
    QTRY_VERIFY(closed.size() >= 2);
    QVERIFY(client.reconnectBackoff().attempts() >= 2);
    QVERIFY(containsText(lines(log), QStringLiteral("Reconnecting in 0.0 s ...")));
    // ...and the countdown said a second left, then 0 when the attempt started.
    QVERIFY(countdown.size() >= 2);
    QCOMPARE(countdown.at(0).at(0).toInt(), 1);
    QCOMPARE(countdown.at(1).at(0).toInt(), 0);

    // The server comes back on the same port: the client is back by itself.
    QVERIFY(server.listen(server.lastPort()));
    QTRY_COMPARE(opened.size(), 2);
    QCOMPARE(client.reconnectBackoff().attempts(), 0); // an open starts the delays afresh
    QVERIFY(!client.isReconnecting());
    QVERIFY(client.sendText(QStringLiteral("back")));
    QSignalSpy echoed(&client, &WebSocketClient::textReceived);
    QTRY_COMPARE(echoed.size(), 1);
    QCOMPARE(echoed.at(0).at(0).toString(), QStringLiteral("back"));
}

void TestWebSocketClient::stopReconnectingCancels()
{
    EchoTestServer server;
    QVERIFY(server.listen());
    WebSocketClient client;
    client.setAutoReconnect(true);
    client.reconnectBackoff().setRandomSource([] { return 0.5; });
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QSignalSpy opened(&client, &WebSocketClient::opened);
    QSignalSpy countdown(&client, &WebSocketClient::reconnectCountdown);
    client.open(server.url());
    QTRY_COMPARE(opened.size(), 1);
    server.dropEverything();
    QTRY_VERIFY(client.isReconnecting());
    // The default policy: 1 s first.
    QVERIFY2(containsText(lines(log), QStringLiteral("Reconnecting in 1.0 s ...")),
             qPrintable(describe(lines(log))));
    QCOMPARE(countdown.size(), 1);
    QCOMPARE(countdown.at(0).at(0).toInt(), 1);

    client.stopReconnecting();
    QVERIFY(!client.isReconnecting());
    QCOMPARE(countdown.size(), 2);
    QCOMPARE(countdown.at(1).at(0).toInt(), 0);
    QCOMPARE(lines(log).last(), Line(Kind::Event, QStringLiteral("Reconnecting is stopped.")));
    QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);

    // Turning auto-reconnect off while waiting cancels too.
    QVERIFY(server.listen(server.lastPort()));
    client.open(server.url());
    QTRY_COMPARE(opened.size(), 2);
    server.dropEverything();
    QTRY_VERIFY(client.isReconnecting());
    client.setAutoReconnect(false);
    QVERIFY(!client.isReconnecting());
}

void TestWebSocketClient::aUserCloseDoesNotReconnect()
{
    EchoTestServer server;
    QVERIFY(server.listen());
    WebSocketClient client;
    client.setAutoReconnect(true);
    QSignalSpy opened(&client, &WebSocketClient::opened);
    QSignalSpy closed(&client, &WebSocketClient::closed);
    QSignalSpy countdown(&client, &WebSocketClient::reconnectCountdown);
    client.open(server.url());
    QTRY_COMPARE(opened.size(), 1);
    client.close();
    QTRY_COMPARE(closed.size(), 1);
    QVERIFY(!client.isReconnecting());
    QVERIFY(countdown.isEmpty());

    // Nor does a first connection that never opened.
    server.dropEverything();
    client.open(server.url());
    QTRY_COMPARE(closed.size(), 2);
    QVERIFY(!client.isReconnecting());
}

void TestWebSocketClient::asksAboutAnUntrustedCertificateAndConnectsOnceTrusted()
{
    const TestCertificate made; // a self-signed certificate, made now with openssl
    QVERIFY2(made.isValid(), qPrintable(made.error));
    const QSslConfiguration tls = made.serverConfiguration();
    QVERIFY(!tls.localCertificate().isNull() && !tls.privateKey().isNull());

    EchoTestServer server(QWebSocketServer::SecureMode);
    server->setSslConfiguration(tls);
    QVERIFY(server.listen());

    WebSocketClient client;
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QSignalSpy opened(&client, &WebSocketClient::opened);
    QSignalSpy closed(&client, &WebSocketClient::closed);
    QSignalSpy untrusted(&client, &WebSocketClient::untrustedCertificate);
    client.setAutoReconnect(true); // an untrusted certificate is not retried
    QVERIFY(client.open(server.url("wss")));
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(opened.size(), 0);
    QCOMPARE(untrusted.size(), 1);
    const QString fingerprint = QString::fromLatin1(
            tls.localCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QCOMPARE(untrusted.at(0).at(1).toString(), fingerprint);
    QCOMPARE(untrusted.at(0).at(0).toString(), QStringLiteral("CN=127.0.0.1"));
    QVERIFY(!client.isReconnecting());
    bool saidSelfSigned = false;
    for (const Line &line : lines(log)) {
        if (line.first == Kind::Error
            && line.second.startsWith(QLatin1String("The server's certificate is not trusted: "))
            && line.second.contains(QLatin1String("self-signed")))
            saidSelfSigned = true;
        // Said once, not again as a TLS failure.
        QVERIFY2(!line.second.startsWith(QLatin1String("TLS handshake failed")),
                 qPrintable(line.second));
    }
    QVERIFY2(saidSelfSigned, qPrintable(describe(lines(log))));

    client.trustCertificate(fingerprint.toLower()); // any case does
    QVERIFY(client.isTrusted(fingerprint));
    QVERIFY(client.open(server.url("wss")));
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(untrusted.size(), 1);
    QSignalSpy echoed(&client, &WebSocketClient::textReceived);
    QVERIFY(client.sendText(QStringLiteral("over TLS")));
    QTRY_COMPARE(echoed.size(), 1);
    QCOMPARE(echoed.at(0).at(0).toString(), QStringLiteral("over TLS"));
}

QTEST_GUILESS_MAIN(TestWebSocketClient)
#include "tst_websocketclient.moc"
