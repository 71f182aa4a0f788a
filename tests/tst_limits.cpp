// The server's limits, each with the peer that runs into it: message and frame size,
// connection cap, pings for the silent, a client that reads nothing, and the defaults.
#include "duplexserver.h"
#include "rawwebsocket.h"

#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <memory>

#include <sys/resource.h>

class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void messageSize_data();
    void messageSize();
    void connectionCap();
    void aRefusedPeerReadsItsAnswer();
    void pingsAndDropsTheSilent();
    void dropsAClientThatReadsNothing();
    void servesABurstOfConnects();
    void namesTheClientBehindALocalProxy_data();
    void namesTheClientBehindALocalProxy();

private:
    std::unique_ptr<DuplexServer> start(const ServerSettings &settings);
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/").arg(m_port)); }

    quint16 m_port = 0;
};

std::unique_ptr<DuplexServer> TestLimits::start(const ServerSettings &base)
{
    auto server = std::make_unique<DuplexServer>();
    ServerSettings settings = base;
    settings.port = 0;
    if (!server->start(settings))
        return nullptr;
    m_port = server->serverPort();
    return server;
}

void TestLimits::defaults()
{
    const ServerSettings settings;
    QCOMPARE(settings.maxMessageSize, 10 * 1024 * 1024); // Tornado's default
    QCOMPARE(settings.maxHeadSize, 8192);
    QCOMPARE(settings.headTimeoutMs, 10000);
    QCOMPARE(settings.maxConnections, 10000);
    QCOMPARE(settings.pingIntervalMs, 30000);
    QCOMPARE(settings.pongTimeoutMs, 60000);
    QVERIFY(settings.allowedOrigins.isEmpty());
}

void TestLimits::messageSize_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("frameSize"); // how the client cuts it
    QTest::addColumn<bool>("accepted");
    QTest::newRow("exactly the limit") << 4096 << 1 << true;
    QTest::newRow("one frame over") << 4097 << 1 << false;
    QTest::newRow("frames within, message over") << 4097 << 1000 << false;
    QTest::newRow("frames within, message exactly") << 4096 << 1000 << true;
}

void TestLimits::messageSize()
{
    QFETCH(int, size);
    QFETCH(int, frameSize);
    QFETCH(bool, accepted);
    ServerSettings settings;
    settings.maxMessageSize = 4096;
    const auto server = start(settings);
    QVERIFY(server);
    QSignalSpy disconnected(server.get(), &DuplexServer::clientDisconnected);

    QWebSocket bystander; // another client, which must not notice
    QSignalSpy bystanderReceived(&bystander, &QWebSocket::textMessageReceived);
    bystander.open(url());
    QWebSocket client;
    client.setOutgoingFrameSize(frameSize == 1 ? quint64(size) : quint64(frameSize));
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    QSignalSpy closed(&client, &QWebSocket::disconnected);
    client.open(url());
    QTRY_COMPARE(received.size(), 1);
    QTRY_COMPARE(bystanderReceived.size(), 1);

    client.sendTextMessage(QString(size, QLatin1Char('x')));
    if (accepted) {
        QTRY_COMPARE(received.size(), 2);
        QCOMPARE(received.at(1).at(0).toString(), QString(size, QLatin1Char('X')));
    } else {
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        QTRY_COMPARE(disconnected.size(), 1);
        QCOMPARE(disconnected.at(0).at(1).toInt(), 1009);
        QVERIFY(!disconnected.at(0).at(2).toString().isEmpty()); // the reason, for the log
    }
    bystander.sendTextMessage(QStringLiteral("still here"));
    QTRY_COMPARE(bystanderReceived.size(), 2);
    QCOMPARE(bystanderReceived.at(1).at(0).toString(), QStringLiteral("STILL HERE"));
}

void TestLimits::connectionCap()
{
    ServerSettings settings;
    settings.maxConnections = 3;
    const auto server = start(settings);
    QVERIFY(server);
    QSignalSpy warnings(server.get(), &DuplexServer::warning);

    std::vector<std::unique_ptr<QWebSocket>> clients;
    std::vector<std::unique_ptr<QSignalSpy>> received;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<QWebSocket>());
        received.push_back(std::make_unique<QSignalSpy>(clients.back().get(),
                                                        &QWebSocket::textMessageReceived));
        clients.back()->open(url());
        QTRY_COMPARE(received.back()->size(), 1);
    }
    RawWebSocket::Peer fourth(m_port);
    QTRY_VERIFY(fourth.closed);
    QVERIFY2(fourth.received.startsWith("HTTP/1.1 503 Service Unavailable\r\n"),
             fourth.received.constData());
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.at(0).at(1).toString().contains(QStringLiteral("refused")));
    // Nobody already connected noticed, and a freed place is taken again.
    for (int i = 0; i < 3; ++i) {
        clients[i]->sendTextMessage(QStringLiteral("ok"));
        QTRY_COMPARE(received[i]->size(), 2);
    }
    clients[0]->close();
    QTRY_COMPARE(server->clientCount(), 2);
    QWebSocket again;
    QSignalSpy greeted(&again, &QWebSocket::textMessageReceived);
    again.open(url());
    QTRY_COMPARE(greeted.size(), 1);
}

void TestLimits::aRefusedPeerReadsItsAnswer()
{
    ServerSettings settings;
    settings.maxConnections = 1;
    const auto server = start(settings);
    QVERIFY(server);
    QWebSocket client;
    QSignalSpy greeted(&client, &QWebSocket::textMessageReceived);
    client.open(url());
    QTRY_COMPARE(greeted.size(), 1);

    // A peer over the cap that is still sending its request when the 503 has left: closed
    // with its bytes unread, the server's kernel would answer them with a reset, and the peer
    // would see its connection reset instead of the answer.
    QSignalSpy warnings(server.get(), &DuplexServer::warning);
    QTcpSocket peer;
    peer.setReadBufferSize(1); // the answer stays in the kernel until the request is sent
    peer.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(peer.waitForConnected(5000));
    QTRY_COMPARE(warnings.size(), 1);
    QTRY_VERIFY(peer.bytesAvailable() > 0); // the answer has begun
    peer.write("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1048576\r\n\r\n"
               + QByteArray(1 << 20, 'x'));
    QTRY_VERIFY(peer.bytesToWrite() == 0 || peer.state() != QAbstractSocket::ConnectedState);
    QCOMPARE(peer.error(), QAbstractSocket::UnknownSocketError); // nothing went wrong yet
    peer.setReadBufferSize(0);
    QByteArray answer;
    QTRY_VERIFY((answer += peer.readAll()).contains("try again later"));
    QVERIFY2(answer.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), answer.constData());
}

void TestLimits::pingsAndDropsTheSilent()
{
    ServerSettings settings;
    settings.pingIntervalMs = 50;
    settings.pongTimeoutMs = 300;
    const auto server = start(settings);
    QVERIFY(server);
    QSignalSpy warnings(server.get(), &DuplexServer::warning);

    QWebSocket answering; // QWebSocket answers pings by itself
    QSignalSpy greeted(&answering, &QWebSocket::textMessageReceived);
    QSignalSpy answeringClosed(&answering, &QWebSocket::disconnected);
    answering.open(url());
    QTRY_COMPARE(greeted.size(), 1);

    RawWebSocket::Peer silent(m_port); // reads, but never answers a ping
    silent.send(RawWebSocket::handshake());
    QTRY_VERIFY(silent.frames().size() >= 3); // Welcome! and pings
    QCOMPARE(silent.frames().at(1).opcode, quint8(0x9));
    QTRY_VERIFY(silent.closed);
    QTRY_COMPARE(warnings.size(), 1);
    QVERIFY(warnings.at(0).at(1).toString().contains(QStringLiteral("no answer to pings")));

    // The one that answers was pinged all along and is still there.
    QCOMPARE(answeringClosed.size(), 0);
    answering.sendTextMessage(QStringLiteral("alive"));
    QTRY_COMPARE(greeted.size(), 2);
    QCOMPARE(server->clientCount(), 1);
}

void TestLimits::dropsAClientThatReadsNothing()
{
    ServerSettings settings;
    settings.maxPendingWrite = 256 * 1024;
    const auto server = start(settings);
    QVERIFY(server);
    QSignalSpy warnings(server.get(), &DuplexServer::warning);
    QSignalSpy disconnected(server.get(), &DuplexServer::clientDisconnected);

    QTcpSocket hog;
    hog.setReadBufferSize(1); // Qt reads no more than this: the kernel buffers fill up
    hog.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    hog.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(hog.waitForConnected(5000));
    hog.write(RawWebSocket::handshake());
    // As a client must (RFC 6455 4.1): its messages only once the answer has begun.
    QTRY_VERIFY(hog.bytesAvailable() > 0);
    const QByteArray message = RawWebSocket::frame(0x2, QByteArray(64 * 1024, 'a'));
    for (int i = 0; i < 400 && disconnected.isEmpty(); ++i) { // at most 25 MiB
        hog.write(message);
        // Pacing only: a write that stays stuck is what the server is expected to notice.
        (void)QTest::qWaitFor(
                [&] { return hog.bytesToWrite() < 1024 * 1024 || !disconnected.isEmpty(); }, 2000);
    }
    QTRY_COMPARE(disconnected.size(), 1);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.at(0).at(1).toString().contains(QStringLiteral("reads none")),
             qPrintable(warnings.at(0).at(1).toString()));

    QWebSocket normal; // and everyone else is served
    QSignalSpy greeted(&normal, &QWebSocket::textMessageReceived);
    normal.open(url());
    QTRY_COMPARE(greeted.size(), 1);
}

void TestLimits::servesABurstOfConnects()
{
    // More than Qt's default pending queues (30 and 50) hold, all at once.
    constexpr int count = 3000;
    rlimit files {}; // both ends live in this process: two descriptors a connection
    ::getrlimit(RLIMIT_NOFILE, &files);
    if (files.rlim_cur < 2 * count + 100) {
        files.rlim_cur = std::min<rlim_t>(files.rlim_max, 2 * count + 100);
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
    QVERIFY2(files.rlim_cur >= 2 * count + 100, "the open-files limit is too low for this test");
    const auto server = start(ServerSettings());
    QVERIFY(server);
    QSignalSpy served(server.get(), &DuplexServer::httpRequestServed);
    std::vector<std::unique_ptr<QTcpSocket>> peers;
    peers.reserve(count);
    for (int i = 0; i < count; ++i) {
        peers.push_back(std::make_unique<QTcpSocket>());
        peers.back()->connectToHost(QHostAddress::LocalHost, m_port);
    }
    for (auto &peer : peers) {
        QVERIFY(peer->waitForConnected(10000));
        peer->write("GET /favicon.ico HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }
    QTRY_COMPARE_WITH_TIMEOUT(served.size(), count, 60000);
    for (const QList<QVariant> &request : std::as_const(served))
        QCOMPARE(request.at(3).toInt(), 200);
}

void TestLimits::namesTheClientBehindALocalProxy_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("client"); // before " via 127.0.0.1:<port>"; empty: not believed
    // The handshake either waits in the kernel when the connection is accepted (handed over
    // at once) or follows a page request on the same connection (read by an HttpConnection).
    QTest::addColumn<bool>("afterAPage");
    for (const bool afterAPage : { false, true }) {
        const char *const how = afterAPage ? ", after a page" : ", at accept";
        QTest::addRow("X-Real-IP%s", how) << QByteArray("X-Real-IP: 203.0.113.7\r\n")
                                          << QStringLiteral("203.0.113.7") << afterAPage;
        // nginx's $proxy_add_x_forwarded_for: what the client sent, then the address nginx
        // saw. The first entries are the client's own words.
        QTest::addRow("X-Forwarded-For, last entry%s", how)
                << QByteArray("X-Forwarded-For: 6.6.6.6, 198.51.100.1\r\n")
                << QStringLiteral("198.51.100.1") << afterAPage;
        QTest::addRow("X-Forwarded-For, one entry%s", how)
                << QByteArray("X-Forwarded-For: 198.51.100.2\r\n") << QStringLiteral("198.51.100.2")
                << afterAPage;
        QTest::addRow("X-Forwarded-For, a forged last entry%s", how)
                << QByteArray("X-Forwarded-For: 198.51.100.1, fake\r\n") << QString() << afterAPage;
        QTest::addRow("an IPv6 zone id carrying text%s", how)
                << QByteArray("X-Real-IP: fe80::1%eth0 New connection FORGED 6.6.6.6\r\n")
                << QString() << afterAPage;
        QTest::addRow("an IPv6 zone id%s", how)
                << QByteArray("X-Real-IP: fe80::1%eth0\r\n") << QString() << afterAPage;
        QTest::addRow("IPv6%s", how) << QByteArray("X-Real-IP: 2001:db8::1\r\n")
                                     << QStringLiteral("2001:db8::1") << afterAPage;
        QTest::addRow("not an address%s", how)
                << QByteArray("X-Real-IP: admin logged in\r\n") << QString() << afterAPage;
    }
}

void TestLimits::namesTheClientBehindALocalProxy()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, client);
    QFETCH(bool, afterAPage);
    const auto server = start(ServerSettings());
    QVERIFY(server);
    QSignalSpy served(server.get(), &DuplexServer::httpRequestServed);
    QSignalSpy connected(server.get(), &DuplexServer::clientConnected);
    const QString direct = QStringLiteral("127.0.0.1:%1");
    const QString expected = client.isEmpty() ? direct : client + QStringLiteral(" via ") + direct;

    RawWebSocket::Peer page(m_port);
    page.send("GET / HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n");
    QTRY_COMPARE(served.size(), 1);
    QCOMPARE(served.at(0).at(0).toString(), expected.arg(page.socket.localPort()));

    // Connected and sent before this thread's server runs again: the head is all there when
    // the connection is accepted. The way it took is told on the debug channel.
    QLoggingCategory::setFilterRules(QStringLiteral("duplex.http.debug=true"));
    const auto quietAgain = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
    RawWebSocket::Peer socket(m_port);
    if (afterAPage) {
        socket.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QTRY_COMPARE(served.size(), 2);
    } else {
        QTest::ignoreMessage(QtDebugMsg,
                             qPrintable(QStringLiteral("%1 handshake handed over at accept")
                                                .arg(direct.arg(socket.socket.localPort()))));
    }
    socket.send(RawWebSocket::handshake(headers));
    QTRY_COMPARE(connected.size(), 1);
    QCOMPARE(connected.at(0).at(0).toString(), expected.arg(socket.socket.localPort()));
    QVERIFY(!socket.closed);
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
