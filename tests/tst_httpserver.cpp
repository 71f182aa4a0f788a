// The server's HTTP side over real loopback sockets: the page, keep-alive, errors, time-outs,
// and the upgrade of /ws/ on the same port.
#include "duplexserver.h"
#include "httpconnection.h"
#include "httptestutil.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {
const QByteArray handshake = "GET /ws/ HTTP/1.1\r\n"
                             "Host: 127.0.0.1\r\n"
                             "Upgrade: websocket\r\n"
                             "Connection: Upgrade\r\n"
                             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                             "Sec-WebSocket-Version: 13\r\n\r\n";
// The unmasked text frame a server sends for "Welcome!".
const QByteArray welcomeFrame = "\x81\x08Welcome!";
} // namespace

// A raw TCP peer that collects everything the server sends.
class Peer : public QObject
{
    Q_OBJECT
public:
    explicit Peer(quint16 port)
    {
        connect(&socket, &QTcpSocket::readyRead, this, [this] { received += socket.readAll(); });
        connect(&socket, &QTcpSocket::disconnected, this, [this] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void send(const QByteArray &bytes)
    {
        if (socket.state() != QAbstractSocket::ConnectedState)
            socket.waitForConnected(5000); // loopback: the kernel accepts at once
        socket.write(bytes);
        socket.flush();
    }
    bool hasResponse(bool headOnly = false) const
    {
        return readResponse(received, headOnly).size > 0;
    }
    // The first whole response in `received`, removed from it.
    TestResponse takeResponse(bool headOnly = false)
    {
        const TestResponse response = readResponse(received, headOnly);
        received.remove(0, response.size);
        return response;
    }
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;
};

class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void getsThePage_data();
    void getsThePage();
    void headGetsTheSameHeadWithoutBody();
    void keepsTheConnectionAlive();
    void answersPipelinedRequestsInOrder();
    void closesAfterHttp10AndConnectionClose_data();
    void closesAfterHttp10AndConnectionClose();
    void errors_data();
    void errors();
    void headTimeoutAnswers408();
    void dropsAPeerThatSendsNothing();
    void dropsAnIdleKeepAliveConnection();
    void upgradesWsToAWebSocket();
    void upgradesAfterAPageOnTheSameConnection();
    void acceptsARequestOneByteAtATime_data();
    void acceptsARequestOneByteAtATime();
    void reportsEachRequest();

private:
    QByteArray m_page;
    std::unique_ptr<DuplexServer> m_server;
    quint16 m_port = 0;
};

void TestHttpServer::initTestCase()
{
    QFile page(QStringLiteral(":/duplex/index.html"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    m_page = page.readAll();
}

void TestHttpServer::init()
{
    m_server = std::make_unique<DuplexServer>();
    ServerSettings settings;
    settings.port = 0;
    settings.headTimeoutMs = 300; // the time-outs are under test; 10 s in real use
    QVERIFY(m_server->start(settings));
    m_port = m_server->serverPort();
}

void TestHttpServer::cleanup()
{
    m_server.reset();
}

void TestHttpServer::getsThePage_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("/") << QByteArray("/") << QByteArray("text/html; charset=utf-8");
    QTest::newRow("/index.html") << QByteArray("/index.html")
                                 << QByteArray("text/html; charset=utf-8");
    QTest::newRow("/?query") << QByteArray("/?a=1&b=%20") << QByteArray("text/html; charset=utf-8");
    QTest::newRow("/favicon.ico") << QByteArray("/favicon.ico") << QByteArray("image/x-icon");
}

void TestHttpServer::getsThePage()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, contentType);
    Peer peer(m_port);
    peer.send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    TestResponse response;
    QTRY_VERIFY(peer.hasResponse());
    response = peer.takeResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("content-type"), contentType);
    QCOMPARE(response.headers.value("content-length").toLongLong(), response.body.size());
    if (target != "/favicon.ico")
        QCOMPARE(response.body, m_page);
    QVERIFY(!peer.closed);
}

void TestHttpServer::headGetsTheSameHeadWithoutBody()
{
    Peer peer(m_port);
    peer.send("HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    TestResponse response;
    QTRY_VERIFY(peer.hasResponse(true));
    response = peer.takeResponse(true);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("content-length").toLongLong(), m_page.size());
    // Keep-alive: a GET on the same connection finds the stream right after the head.
    peer.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY(peer.hasResponse());
    response = peer.takeResponse();
    QCOMPARE(response.body, m_page);
    QVERIFY(peer.received.isEmpty());
}

void TestHttpServer::keepsTheConnectionAlive()
{
    Peer peer(m_port);
    TestResponse response;
    peer.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY(peer.hasResponse());
    response = peer.takeResponse();
    QCOMPARE(response.status, 200);
    peer.send("GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY(peer.hasResponse());
    response = peer.takeResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("content-type"), QByteArray("image/x-icon"));
    peer.send("GET /missing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY(peer.hasResponse());
    response = peer.takeResponse();
    QCOMPARE(response.status, 404);
    QVERIFY(!peer.closed);
}

void TestHttpServer::answersPipelinedRequestsInOrder()
{
    Peer peer(m_port);
    peer.send("GET /favicon.ico HTTP/1.1\r\nHost: localhost\r\n\r\n"
              "GET /nothing HTTP/1.1\r\nHost: localhost\r\n\r\n"
              "HEAD / HTTP/1.1\r\nHost: localhost\r\n\r\n");
    TestResponse response;
    QTRY_VERIFY(peer.hasResponse());
    response = peer.takeResponse();
    QCOMPARE(response.status, 200);
    QTRY_VERIFY(peer.hasResponse());
    response = peer.takeResponse();
    QCOMPARE(response.status, 404);
    QTRY_VERIFY(peer.hasResponse(true));
    response = peer.takeResponse(true);
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.isEmpty());
}

void TestHttpServer::closesAfterHttp10AndConnectionClose_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n");
    QTest::newRow("Connection: close")
            << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
}

void TestHttpServer::closesAfterHttp10AndConnectionClose()
{
    QFETCH(QByteArray, request);
    Peer peer(m_port);
    peer.send(request);
    QTRY_VERIFY(peer.closed);
    const TestResponse response = peer.takeResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, m_page);
    QCOMPARE(response.headers.value("connection"), QByteArray("close"));
}

void TestHttpServer::errors_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("closes");

    QTest::newRow("404") << QByteArray("GET /nope HTTP/1.1\r\nHost: localhost\r\n\r\n") << 404
                         << false;
    QTest::newRow("405") << QByteArray("DELETE / HTTP/1.1\r\nHost: localhost\r\n\r\n") << 405
                         << false;
    QTest::newRow("405 with a body")
            << QByteArray("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc")
            << 405 << true;
    QTest::newRow("400 malformed")
            << QByteArray("GET / HTTP/1.1\r\nBad Header\r\n\r\n") << 400 << true;
    QTest::newRow("400 no upgrade on /ws/")
            << QByteArray("GET /ws/ HTTP/1.1\r\nHost: localhost\r\n\r\n") << 400 << false;
    QTest::newRow("426 version 8")
            << QByteArray(QByteArray(handshake).replace("Version: 13", "Version: 8")) << 426
            << false;
    QTest::newRow("431") << QByteArray(
            "GET / HTTP/1.1\r\nHost: localhost\r\nX-Pad: " + QByteArray(9000, 'p') + "\r\n\r\n")
                         << 431 << true;
    QTest::newRow("431 without an end") << QByteArray(20000, 'G') << 431 << true;
    QTest::newRow("TLS on a plain port")
            << QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00", 8) << 400 << true;
}

void TestHttpServer::errors()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(bool, closes);
    Peer peer(m_port);
    peer.send(request);
    TestResponse response;
    QTRY_VERIFY(peer.hasResponse());
    response = peer.takeResponse();
    QCOMPARE(response.status, status);
    QCOMPARE(response.headers.value("connection") == "close", closes);
    if (closes) {
        QTRY_VERIFY(peer.closed);
    } else {
        // Still serving: the next request on the same connection is answered.
        peer.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QTRY_VERIFY(peer.hasResponse());
        response = peer.takeResponse();
        QCOMPARE(response.status, 200);
    }
}

void TestHttpServer::headTimeoutAnswers408()
{
    Peer peer(m_port);
    peer.send("GET / HTTP/1.1\r\nHost: localhost\r\n"); // and never the empty line
    QTRY_VERIFY(peer.closed);
    const TestResponse response = peer.takeResponse();
    QCOMPARE(response.status, 408);
    QCOMPARE(response.headers.value("connection"), QByteArray("close"));
}

void TestHttpServer::dropsAPeerThatSendsNothing()
{
    Peer peer(m_port);
    QTRY_VERIFY(peer.socket.state() == QAbstractSocket::ConnectedState);
    QTRY_VERIFY(peer.closed);
    QVERIFY(peer.received.isEmpty());
}

void TestHttpServer::dropsAnIdleKeepAliveConnection()
{
    Peer peer(m_port);
    peer.send("GET /favicon.ico HTTP/1.1\r\nHost: localhost\r\n\r\n");
    TestResponse response;
    QTRY_VERIFY(peer.hasResponse());
    response = peer.takeResponse();
    QCOMPARE(response.status, 200);
    QTRY_VERIFY(peer.closed);
    QVERIFY(peer.received.isEmpty()); // no 408 for a peer that asked nothing more
}

void TestHttpServer::upgradesWsToAWebSocket()
{
    Peer peer(m_port);
    peer.send(handshake);
    QTRY_VERIFY(peer.received.contains(welcomeFrame));
    QVERIFY(peer.received.startsWith("HTTP/1.1 101 Switching Protocols\r\n"));
    // RFC 6455's own example key and its accept value
    QVERIFY(peer.received.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    QCOMPARE(m_server->clientCount(), 1);
    // The head time-out no longer applies: what ran it is gone once the socket is a WebSocket.
    QTRY_COMPARE(m_server->findChildren<HttpConnection *>().size(), 0);
    QVERIFY(!peer.closed);
}

void TestHttpServer::upgradesAfterAPageOnTheSameConnection()
{
    Peer peer(m_port);
    peer.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
    TestResponse response;
    QTRY_VERIFY(peer.hasResponse());
    response = peer.takeResponse();
    QCOMPARE(response.status, 200);
    peer.send(handshake);
    QTRY_VERIFY(peer.received.contains(welcomeFrame));
    QVERIFY(peer.received.startsWith("HTTP/1.1 101 "));
}

void TestHttpServer::acceptsARequestOneByteAtATime_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("page") << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                          << QByteArray("HTTP/1.1 200 OK\r\n");
    QTest::newRow("handshake") << handshake << QByteArray("HTTP/1.1 101 Switching Protocols\r\n");
}

void TestHttpServer::acceptsARequestOneByteAtATime()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, expected);
    QSignalSpy served(m_server.get(), &DuplexServer::httpRequestServed);
    Peer peer(m_port);
    QTRY_VERIFY(peer.socket.state() == QAbstractSocket::ConnectedState);
    for (qsizetype i = 0; i < request.size(); ++i) {
        peer.send(request.mid(i, 1));
        QVERIFY(peer.socket.waitForBytesWritten(1000) || peer.socket.bytesToWrite() == 0);
        QCoreApplication::processEvents(); // let the server see this byte alone
        if (i + 1 < request.size()) { // nothing can be answered before the head is whole
            QCOMPARE(served.size(), 0);
            QVERIFY(peer.received.isEmpty());
        }
    }
    QTRY_VERIFY(peer.received.startsWith(expected));
    QCOMPARE(served.size(), 1);
}

void TestHttpServer::reportsEachRequest()
{
    QSignalSpy served(m_server.get(), &DuplexServer::httpRequestServed);
    Peer peer(m_port);
    peer.send("GET /nope?x=1 HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QTRY_COMPARE(served.size(), 1);
    QCOMPARE(served.at(0).at(0).toString(),
             QStringLiteral("127.0.0.1:%1").arg(peer.socket.localPort()));
    QCOMPARE(served.at(0).at(1).toByteArray(), QByteArray("GET"));
    QCOMPARE(served.at(0).at(2).toByteArray(), QByteArray("/nope?x=1"));
    QCOMPARE(served.at(0).at(3).toInt(), 404);
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
