// What the one port answers to each kind of request, decided from bytes alone.
#include "frontdoor.h"
#include "httptestutil.h"
#include "serversettings.h"

#include <QFile>
#include <QTest>

class TestFrontDoor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void servesThePage_data();
    void servesThePage();
    void headHasNoBody();
    void servesTheIcon();
    void errors_data();
    void errors();
    void upgrades_data();
    void upgrades();
    void refusedHandshakes_data();
    void refusedHandshakes();
    void refusesOtherHosts();
    void closesWhenAsked_data();
    void closesWhenAsked();
    void waitsForTheWholeHead();
    void answersPipelinedRequestsOneByOne();

private:
    QByteArray m_page;
    QByteArray m_icon;
    FrontDoor m_door;
};

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static QByteArray handshake(const QByteArray &target = "/ws/", const QByteArray &extra = {})
{
    return "GET " + target
            + " HTTP/1.1\r\n"
              "Host: 127.0.0.1:8888\r\n"
              "Upgrade: websocket\r\n"
              "Connection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              "Sec-WebSocket-Version: 13\r\n"
            + extra + "\r\n";
}

void TestFrontDoor::initTestCase()
{
    m_page = readAll(QStringLiteral(":/duplex/index.html"));
    m_icon = readAll(QStringLiteral(":/duplex/favicon.ico"));
    QVERIFY(m_page.contains("Connection is opened ..."));
    QVERIFY(m_icon.startsWith(QByteArray("\0\0\1\0", 4))); // an ICO file
}

void TestFrontDoor::servesThePage_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("/") << QByteArray("/");
    QTest::newRow("/index.html") << QByteArray("/index.html");
    QTest::newRow("query ignored") << QByteArray("/?tab=2");
    QTest::newRow("absolute-form") << QByteArray("http://127.0.0.1:8888/");
}

void TestFrontDoor::servesThePage()
{
    QFETCH(QByteArray, target);
    const QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const FrontDoor::Decision decision = m_door.decide(request);
    QCOMPARE(decision.action, FrontDoor::Decision::Respond);
    QCOMPARE(decision.consumed, request.size());
    QVERIFY(!decision.close);
    QCOMPARE(decision.status, 200);
    QCOMPARE(decision.method, QByteArray("GET"));
    QCOMPARE(decision.target, target);
    const TestResponse response = readResponse(decision.response);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.size, decision.response.size());
    QCOMPARE(response.headers.value("content-type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(response.headers.value("content-length").toLongLong(), m_page.size());
    QVERIFY(!response.headers.contains("connection"));
    QCOMPARE(response.body, m_page);
}

void TestFrontDoor::headHasNoBody()
{
    const FrontDoor::Decision decision
            = m_door.decide("HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const TestResponse response = readResponse(decision.response, true);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("content-length").toLongLong(), m_page.size());
    QCOMPARE(response.size, decision.response.size()); // nothing after the head
}

void TestFrontDoor::servesTheIcon()
{
    const FrontDoor::Decision decision
            = m_door.decide("GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const TestResponse response = readResponse(decision.response);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("content-type"), QByteArray("image/x-icon"));
    QCOMPARE(response.body, m_icon);
}

void TestFrontDoor::errors_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");
    QTest::addColumn<bool>("close");

    const QByteArray host = "Host: localhost\r\n";
    QTest::newRow("unknown path") << QByteArray("GET /nope HTTP/1.1\r\n" + host + "\r\n") << 404
                                  << QByteArray() << false;
    QTest::newRow("path under /ws/")
            << QByteArray("GET /ws/x HTTP/1.1\r\n" + host + "\r\n") << 404 << QByteArray() << false;
    QTest::newRow("POST /") << QByteArray("POST / HTTP/1.1\r\n" + host + "\r\n") << 405
                            << QByteArray("GET, HEAD") << false;
    QTest::newRow("POST / with a body")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 5\r\n\r\nhello") << 405
            << QByteArray("GET, HEAD") << true;
    QTest::newRow("chunked body") << QByteArray("PUT /favicon.ico HTTP/1.1\r\n" + host
                                                + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                  << 405 << QByteArray("GET, HEAD") << true;
    QTest::newRow("DELETE /ws/") << QByteArray("DELETE /ws/ HTTP/1.1\r\n" + host + "\r\n") << 405
                                 << QByteArray("GET") << false;
    QTest::newRow("HEAD /ws/") << QByteArray("HEAD /ws/ HTTP/1.1\r\n" + host + "\r\n") << 405
                               << QByteArray("GET") << false;
    QTest::newRow("OPTIONS *") << QByteArray("OPTIONS * HTTP/1.1\r\n" + host + "\r\n") << 404
                               << QByteArray() << false;
    QTest::newRow("malformed request line")
            << QByteArray("HELLO\r\n\r\n") << 400 << QByteArray() << true;
    QTest::newRow("binary noise") << QByteArray("\x16\x03\x01\x00", 4) << 400 << QByteArray()
                                  << true;
    QTest::newRow("head too large") << QByteArray(9000, 'A') << 431 << QByteArray() << true;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n" + host + "\r\n") << 505
                              << QByteArray() << true;
    // DNS rebinding: the page under a name that is not this server's (see refusesOtherHosts()).
    QTest::newRow("another host") << QByteArray("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n")
                                  << 403 << QByteArray() << false;
}

void TestFrontDoor::errors()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);
    QFETCH(bool, close);

    const FrontDoor::Decision decision = m_door.decide(request);
    QCOMPARE(decision.action, FrontDoor::Decision::Respond);
    QCOMPARE(decision.status, status);
    QCOMPARE(decision.close, close);
    const TestResponse response = readResponse(decision.response, request.startsWith("HEAD"));
    QCOMPARE(response.status, status);
    QCOMPARE(response.size, decision.response.size());
    QCOMPARE(response.headers.value("allow"), allow);
    QCOMPARE(response.headers.value("connection") == "close", close);
    QCOMPARE(response.headers.value("content-type"), QByteArray("text/plain; charset=utf-8"));
    if (!request.startsWith("HEAD"))
        QVERIFY(response.body.startsWith(QByteArray::number(status) + ' '));
}

void TestFrontDoor::upgrades_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("/ws/") << handshake();
    QTest::newRow("/ws") << handshake("/ws");
    QTest::newRow("/ws/ with a query") << handshake("/ws/?room=1");
    QTest::newRow("Firefox's Connection") << QByteArray(
            handshake().replace("Connection: Upgrade", "Connection: keep-alive, Upgrade"));
    QTest::newRow("any case") << QByteArray(
            handshake().replace("Upgrade: websocket", "Upgrade: WebSocket"));
}

void TestFrontDoor::upgrades()
{
    QFETCH(QByteArray, request);
    const FrontDoor::Decision decision = m_door.decide(request);
    QCOMPARE(decision.action, FrontDoor::Decision::UpgradeToWebSocket);
    QCOMPARE(decision.consumed, request.size()); // the head, which QWebSocketServer reads itself
    QVERIFY(decision.response.isEmpty());
    QCOMPARE(decision.status, 101);
}

void TestFrontDoor::refusedHandshakes_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    QTest::newRow("plain GET /ws/ (as Tornado: 400)")
            << QByteArray("GET /ws/ HTTP/1.1\r\nHost: localhost\r\n\r\n") << 400;
    QTest::newRow("Upgrade: h2c") << QByteArray(handshake().replace("websocket", "h2c")) << 400;
    QTest::newRow("no Connection: Upgrade")
            << QByteArray(handshake().replace("Connection: Upgrade", "Connection: keep-alive"))
            << 400;
    QTest::newRow("HTTP/1.0") << QByteArray(handshake().replace("HTTP/1.1", "HTTP/1.0")) << 400;
    QTest::newRow("bare line feeds") << QByteArray(handshake().replace("\r\n", "\n")) << 400;
    QTest::newRow("no version") << QByteArray(
            handshake().replace("Sec-WebSocket-Version: 13\r\n", ""))
                                << 400;
    QTest::newRow("version 8") << QByteArray(handshake().replace("Version: 13", "Version: 8"))
                               << 426;
    QTest::newRow("no key") << QByteArray(
            handshake().replace("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n", ""))
                            << 400;
    QTest::newRow("key of 15 bytes")
            << QByteArray(handshake().replace("dGhlIHNhbXBsZSBub25jZQ==", "dGhlIHNhbXBsZSBub25jZQ"))
            << 400;
    QTest::newRow("empty Host") << QByteArray(handshake().replace("Host: 127.0.0.1:8888", "Host: "))
                                << 400;
    QTest::newRow("user info in Host")
            << QByteArray(handshake().replace("Host: 127.0.0.1:8888", "Host: me@127.0.0.1")) << 400;
    QTest::newRow("empty line first") << QByteArray("\r\n" + handshake()) << 400;
    QTest::newRow("key not base64") << QByteArray(
            handshake().replace("dGhlIHNhbXBsZSBub25jZQ==", "dGhlIHNhbXBsZSBub25j!Q=="))
                                    << 400;
}

void TestFrontDoor::refusesOtherHosts()
{
    // A handshake for another name: refused before its Origin (which names it too) is
    // compared; the answer and the log's note say the one option that allows it.
    const QByteArray request
            = QByteArray(handshake())
                      .replace("Host: 127.0.0.1:8888",
                               "Host: Evil.Example:8888\r\nOrigin: http://evil.example:8888");
    const FrontDoor::Decision decision = m_door.decide(request);
    QCOMPARE(decision.action, FrontDoor::Decision::Respond);
    QCOMPARE(decision.status, 403);
    QVERIFY2(decision.response.endsWith("start Duplex with --allow-host evil.example.\n"),
             decision.response.constData());
    QVERIFY2(decision.note.endsWith(QLatin1String("--allow-host evil.example")),
             qPrintable(decision.note));
    const QByteArray ipv6 = QByteArray(request).replace("Host: Evil.Example", "Host: [fe80::1]");
    QVERIFY(m_door.decide(ipv6).response.endsWith("--allow-host [fe80::1].\n"));

    ServerSettings settings;
    settings.allowedHosts = { QStringLiteral("evil.example") };
    QCOMPARE(FrontDoor(settings).decide(request).action, FrontDoor::Decision::UpgradeToWebSocket);
    settings = {};
    settings.address = QHostAddress(QHostAddress::Any); // reached by whatever name it has
    QCOMPARE(FrontDoor(settings).decide(request).action, FrontDoor::Decision::UpgradeToWebSocket);
}

void TestFrontDoor::refusedHandshakes()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    const FrontDoor::Decision decision = m_door.decide(request);
    QCOMPARE(decision.action, FrontDoor::Decision::Respond);
    const TestResponse response = readResponse(decision.response);
    QCOMPARE(response.status, status);
    if (status == 426)
        QCOMPARE(response.headers.value("sec-websocket-version"), QByteArray("13"));
}

void TestFrontDoor::closesWhenAsked_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("close");
    QTest::newRow("HTTP/1.1") << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n") << false;
    QTest::newRow("Connection: close")
            << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n") << true;
    QTest::newRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << true;
    QTest::newRow("404 keeps the connection")
            << QByteArray("GET /x HTTP/1.1\r\nHost: localhost\r\n\r\n") << false;
}

void TestFrontDoor::closesWhenAsked()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, close);
    const FrontDoor::Decision decision = m_door.decide(request);
    QCOMPARE(decision.close, close);
    QCOMPARE(readResponse(decision.response).headers.value("connection") == "close", close);
}

void TestFrontDoor::waitsForTheWholeHead()
{
    const QByteArray request = "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n";
    for (qsizetype length = 0; length < request.size(); ++length)
        QCOMPARE(m_door.decide(request.left(length)).action, FrontDoor::Decision::NeedMore);
    QCOMPARE(m_door.decide(request).action, FrontDoor::Decision::Respond);
}

void TestFrontDoor::answersPipelinedRequestsOneByOne()
{
    const QByteArray first = "GET /favicon.ico HTTP/1.1\r\nHost: localhost\r\n\r\n";
    const QByteArray second = handshake();
    FrontDoor::Decision decision = m_door.decide(first + second);
    QCOMPARE(decision.action, FrontDoor::Decision::Respond);
    QCOMPARE(decision.consumed, first.size());
    decision = m_door.decide(QByteArray(first + second).mid(decision.consumed));
    QCOMPARE(decision.action, FrontDoor::Decision::UpgradeToWebSocket);
}

QTEST_GUILESS_MAIN(TestFrontDoor)
#include "tst_frontdoor.moc"
