// The client library against the real server: the seed page's log lines, and errors in words.
#include "duplexserver.h"
#include "websocketclient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

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
    void doesNotSendWhenClosed();

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
    QVERIFY(all.contains(
            Line(Kind::Sent, QStringLiteral("Binary message is sent: (3 byte(s)) 61 62 00"))));
    QCOMPARE(all.last(),
             Line(Kind::Received,
                  QStringLiteral("Binary message is received: (3 byte(s)) 41 42 00")));
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

void TestWebSocketClient::doesNotSendWhenClosed()
{
    WebSocketClient client;
    QSignalSpy log(&client, &WebSocketClient::logLine);
    QVERIFY(!client.sendText(QStringLiteral("nobody listens")));
    QCOMPARE(lines(log),
             QList<Line>({ { Kind::Error,
                             QStringLiteral("Not connected: the message was not sent.") } }));
}

QTEST_GUILESS_MAIN(TestWebSocketClient)
#include "tst_websocketclient.moc"
