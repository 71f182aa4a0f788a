// The server's WebSocket side over real loopback sockets: greeting, echo, many clients, close.
#include "duplexserver.h"
#include "rawwebsocket.h"
#include "socketbuffers.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <vector>

class TestWebSocketServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void greetsEachClient();
    void echoesText_data();
    void echoesText();
    void echoesBinary();
    void saysHowItEchoesBinaryAndCanEchoItUnchanged();
    void echoesMessagesOfEverySizeInTurn();
    void upgradesAHandshakeThatCameWithTheConnection_data();
    void upgradesAHandshakeThatCameWithTheConnection();
    void servesManyClientsAtOnce();
    void reportsACleanClose();
    void reportsAnAbruptDisconnect();
    void stopClosesClientsWith1000AndFreesThePort();
    void stopCutsOffAPeerThatNeverAnswersTheClose();
    void refusesAPortInUse();
    void aStopDoesNotReachIntoTheNextStart();
    void destroyingAListeningServerWithEveryKindOfConnection();

private:
    QUrl socketUrl() const;

    std::unique_ptr<DuplexServer> m_server;
};

void TestWebSocketServer::init()
{
    m_server = std::make_unique<DuplexServer>();
    ServerSettings settings;
    settings.port = 0;
    settings.closeGraceMs = 300;
    QVERIFY(m_server->start(settings));
    QCOMPARE(m_server->state(), DuplexServer::State::Listening);
    QVERIFY(m_server->serverPort() != 0);
}

void TestWebSocketServer::cleanup()
{
    m_server.reset();
}

QUrl TestWebSocketServer::socketUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/").arg(m_server->serverPort()));
}

void TestWebSocketServer::greetsEachClient()
{
    QSignalSpy connected(m_server.get(), &DuplexServer::clientConnected);
    QSignalSpy sent(m_server.get(), &DuplexServer::textMessageSent);
    QWebSocket client;
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(socketUrl());
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toString(), QStringLiteral("Welcome!"));
    QCOMPARE(connected.size(), 1);
    QCOMPARE(connected.at(0).at(0).toString(),
             QStringLiteral("127.0.0.1:%1").arg(client.localPort()));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(1).toString(), QStringLiteral("Welcome!"));
    QCOMPARE(m_server->clientCount(), 1);
}

void TestWebSocketServer::echoesText_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("reply");
    QTest::newRow("ASCII") << QStringLiteral("Hello, World") << QStringLiteral("HELLO, WORLD");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("straße") << QStringLiteral("straße") << QStringLiteral("STRASSE");
    QTest::newRow("Greek") << QStringLiteral("γειά σου κόσμε") << QStringLiteral("ΓΕΙΆ ΣΟΥ ΚΌΣΜΕ");
    QTest::newRow("emoji") << QStringLiteral("ok 🎉🚀") << QStringLiteral("OK 🎉🚀");
    QTest::newRow("64 KiB") << QString(65536, QLatin1Char('q')) << QString(65536, QLatin1Char('Q'));
}

void TestWebSocketServer::echoesText()
{
    QFETCH(QString, message);
    QFETCH(QString, reply);

    QSignalSpy serverReceived(m_server.get(), &DuplexServer::textMessageReceived);
    QWebSocket client;
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(socketUrl());
    QTRY_COMPARE(received.size(), 1); // the greeting
    client.sendTextMessage(message);
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.at(1).at(0).toString(), reply);
    QCOMPARE(serverReceived.size(), 1);
    QCOMPARE(serverReceived.at(0).at(1).toString(), message);
}

void TestWebSocketServer::echoesBinary()
{
    QSignalSpy serverReceived(m_server.get(), &DuplexServer::binaryMessageReceived);
    QWebSocket client;
    QSignalSpy received(&client, &QWebSocket::binaryMessageReceived);
    QSignalSpy greeted(&client, &QWebSocket::textMessageReceived);
    client.open(socketUrl());
    QTRY_COMPARE(greeted.size(), 1);
    const QByteArray message("binary \x00\x01\xfe\xff data", 17);
    client.sendBinaryMessage(message);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toByteArray(), QByteArray("BINARY \x00\x01\xfe\xff DATA", 17));
    QCOMPARE(serverReceived.at(0).at(1).toByteArray(), message);
    QCOMPARE(greeted.size(), 1); // a binary message gets a binary answer, never a text one
}

// Issue 16, item 14: the seed's bytes.upper() is kept, said once in the log, and can be
// turned off.
void TestWebSocketServer::saysHowItEchoesBinaryAndCanEchoItUnchanged()
{
    const QByteArray message("\xde\xad\xbe\xef\x48\x69", 6);
    for (const bool unchanged : { false, true }) {
        m_server.reset();
        m_server = std::make_unique<DuplexServer>();
        ServerSettings settings;
        settings.port = 0;
        settings.echoBinaryUnchanged = unchanged;
        QVERIFY(m_server->start(settings));
        QSignalSpy notices(m_server.get(), &DuplexServer::notice);
        QWebSocket client;
        QSignalSpy received(&client, &QWebSocket::binaryMessageReceived);
        QSignalSpy greeted(&client, &QWebSocket::textMessageReceived);
        client.open(socketUrl());
        QTRY_COMPARE(greeted.size(), 1);
        client.sendBinaryMessage(message);
        client.sendBinaryMessage(message);
        QTRY_COMPARE(received.size(), 2);
        QCOMPARE(received.at(0).at(0).toByteArray(),
                 unchanged ? message : QByteArray("\xde\xad\xbe\xef\x48\x49", 6));
        QCOMPARE(notices.size(), 1); // the first echo only
        const QString said = notices.at(0).at(1).toString();
        QVERIFY2(said.contains(unchanged ? QLatin1String("unchanged")
                                         : QLatin1String("ASCII letters upper-cased")),
                 qPrintable(said));
    }
}

void TestWebSocketServer::echoesMessagesOfEverySizeInTurn()
{
    // A new connection's buffers grow in small chunks until its first message, then in Qt's
    // (SocketBuffers): sizes on both sides of each, first and later, arrive whole.
    const int chunk = SocketBuffers::smallChunkBytes;
    const QList<QList<int>> runs = { { 1, chunk - 8, chunk, chunk + 1, 4000, 40000, 200000, 10 },
                                     { 200000, 1, 3 * chunk } };
    for (const QList<int> &sizes : runs) {
        QWebSocket client;
        QSignalSpy received(&client, &QWebSocket::binaryMessageReceived);
        QSignalSpy greeted(&client, &QWebSocket::textMessageReceived);
        client.open(socketUrl());
        QTRY_COMPARE(greeted.size(), 1);
        for (const int size : sizes) {
            QByteArray message(size, Qt::Uninitialized);
            for (int i = 0; i < size; ++i)
                message[i] = char('a' + (i * 7 + size) % 26);
            received.clear();
            client.sendBinaryMessage(message);
            QTRY_COMPARE(received.size(), 1);
            QCOMPARE(received.at(0).at(0).toByteArray(), message.toUpper());
        }
    }
}

void TestWebSocketServer::upgradesAHandshakeThatCameWithTheConnection_data()
{
    // Sent before the server runs again, so in the kernel when the connection is accepted,
    // where the server reads it at once (into the socket's buffer, for whichever part of the
    // server then takes the connection).
    QTest::addColumn<int>("firstPart"); // bytes sent at first; the rest once that is read
    const int all = int(RawWebSocket::handshake().size());
    QTest::newRow("all of it") << all;
    QTest::newRow("the head cut short") << all - 10;
    QTest::newRow("one byte of it") << 1;
}

void TestWebSocketServer::upgradesAHandshakeThatCameWithTheConnection()
{
    QFETCH(int, firstPart);
    const QByteArray head = RawWebSocket::handshake();
    RawWebSocket::Peer peer(m_server->serverPort());
    peer.send(head.first(firstPart));
    if (firstPart < head.size()) {
        QTest::qWait(0); // one turn of the event loop: the server accepts and reads the part
        peer.send(head.sliced(firstPart));
    }
    QTRY_COMPARE(peer.frames().size(), 1);
    QVERIFY(peer.received.startsWith("HTTP/1.1 101 "));
    QCOMPARE(peer.frames().at(0).payload, QByteArray("Welcome!"));
    // (A client must wait for the answer before it sends frames, RFC 6455 4.1; QWebSocket
    // drops what it reads before QWebSocketServer has handed the connection on.)
    peer.send(RawWebSocket::frame(0x1, "hello")
              + RawWebSocket::frame(0x8, RawWebSocket::closePayload(1000)));
    QTRY_VERIFY(peer.closed);
    const QList<RawWebSocket::Frame> frames = peer.frames();
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames.at(1).opcode, 0x1);
    QCOMPARE(frames.at(1).payload, QByteArray("HELLO"));
    QCOMPARE(frames.at(2).closeCode(), 1000);
}

void TestWebSocketServer::servesManyClientsAtOnce()
{
    constexpr int count = 50;
    QSignalSpy counts(m_server.get(), &DuplexServer::clientCountChanged);
    std::vector<std::unique_ptr<QWebSocket>> clients;
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (int i = 0; i < count; ++i) {
        clients.push_back(std::make_unique<QWebSocket>());
        spies.push_back(std::make_unique<QSignalSpy>(clients.back().get(),
                                                     &QWebSocket::textMessageReceived));
        clients.back()->open(socketUrl());
    }
    QTRY_COMPARE(m_server->clientCount(), count);
    for (int i = 0; i < count; ++i) {
        QTRY_COMPARE(spies[i]->size(), 1);
        clients[i]->sendTextMessage(QStringLiteral("client %1").arg(i));
    }
    for (int i = 0; i < count; ++i) {
        QTRY_COMPARE(spies[i]->size(), 2);
        QCOMPARE(spies[i]->at(1).at(0).toString(), QStringLiteral("CLIENT %1").arg(i));
    }
    for (auto &client : clients)
        client->close();
    QTRY_COMPARE(m_server->clientCount(), 0);
    QCOMPARE(counts.last().at(0).toInt(), 0);
    QCOMPARE(counts.size(), 2 * count);
}

void TestWebSocketServer::reportsACleanClose()
{
    QSignalSpy disconnected(m_server.get(), &DuplexServer::clientDisconnected);
    QWebSocket client;
    QSignalSpy greeted(&client, &QWebSocket::textMessageReceived);
    QSignalSpy clientClosed(&client, &QWebSocket::disconnected);
    client.open(socketUrl());
    QTRY_COMPARE(greeted.size(), 1);
    const QString peer = QStringLiteral("127.0.0.1:%1").arg(client.localPort());
    client.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("bye"));
    QTRY_COMPARE(disconnected.size(), 1);
    QCOMPARE(disconnected.at(0).at(0).toString(), peer);
    QCOMPARE(disconnected.at(0).at(1).toInt(), int(QWebSocketProtocol::CloseCodeNormal));
    QCOMPARE(disconnected.at(0).at(2).toString(), QStringLiteral("bye"));
    QTRY_COMPARE(clientClosed.size(), 1);
    QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeNormal);
    QCOMPARE(m_server->clientCount(), 0);
}

void TestWebSocketServer::reportsAnAbruptDisconnect()
{
    QSignalSpy disconnected(m_server.get(), &DuplexServer::clientDisconnected);
    QWebSocket client;
    QSignalSpy greeted(&client, &QWebSocket::textMessageReceived);
    client.open(socketUrl());
    QTRY_COMPARE(greeted.size(), 1);
    client.abort();
    QTRY_COMPARE(disconnected.size(), 1);
    QCOMPARE(disconnected.at(0).at(1).toInt(),
             int(QWebSocketProtocol::CloseCodeAbnormalDisconnection));
    QCOMPARE(m_server->clientCount(), 0);
}

void TestWebSocketServer::stopClosesClientsWith1000AndFreesThePort()
{
    const quint16 port = m_server->serverPort();
    QSignalSpy stopped(m_server.get(), &DuplexServer::stopped);
    QWebSocket first, second;
    QSignalSpy firstGreeted(&first, &QWebSocket::textMessageReceived);
    QSignalSpy secondGreeted(&second, &QWebSocket::textMessageReceived);
    QSignalSpy firstClosed(&first, &QWebSocket::disconnected);
    QSignalSpy secondClosed(&second, &QWebSocket::disconnected);
    first.open(socketUrl());
    second.open(socketUrl());
    QTRY_COMPARE(firstGreeted.size(), 1);
    QTRY_COMPARE(secondGreeted.size(), 1);

    m_server->stop();
    QVERIFY(m_server->state() != DuplexServer::State::Listening);
    {
        QTcpServer sameport; // the port is free the moment stop() returns
        QVERIFY2(sameport.listen(QHostAddress::LocalHost, port),
                 qPrintable(sameport.errorString()));
    }
    QTRY_COMPARE(firstClosed.size(), 1);
    QTRY_COMPARE(secondClosed.size(), 1);
    QCOMPARE(first.closeCode(), QWebSocketProtocol::CloseCodeNormal);
    QCOMPARE(second.closeCode(), QWebSocketProtocol::CloseCodeNormal);
    QTRY_COMPARE(stopped.size(), 1);
    QCOMPARE(m_server->state(), DuplexServer::State::Stopped);

    // And it listens again on the same port.
    ServerSettings settings;
    settings.port = port;
    QVERIFY(m_server->start(settings));
    QCOMPARE(m_server->serverPort(), port);
    QWebSocket again;
    QSignalSpy greeted(&again, &QWebSocket::textMessageReceived);
    again.open(socketUrl());
    QTRY_COMPARE(greeted.size(), 1);
}

void TestWebSocketServer::stopCutsOffAPeerThatNeverAnswersTheClose()
{
    // A raw peer that completes the handshake and then ignores everything.
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    peer.write("GET /ws/ HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
               "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
               "Sec-WebSocket-Version: 13\r\n\r\n");
    QTRY_COMPARE(m_server->clientCount(), 1);
    QSignalSpy stopped(m_server.get(), &DuplexServer::stopped);
    QSignalSpy peerClosed(&peer, &QTcpSocket::disconnected);
    m_server->stop();
    QTRY_COMPARE(stopped.size(), 1); // after closeGraceMs, not never
    QTRY_COMPARE(peerClosed.size(), 1);
    QCOMPARE(m_server->clientCount(), 0);
    QVERIFY(peer.readAll().startsWith("HTTP/1.1 101 Switching Protocols"));
}

void TestWebSocketServer::refusesAPortInUse()
{
    DuplexServer second;
    QSignalSpy failed(&second, &DuplexServer::listenFailed);
    ServerSettings settings;
    settings.port = m_server->serverPort();
    QVERIFY(!second.start(settings));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<DuplexServer::ListenError>(),
             DuplexServer::ListenError::AddressInUse);
    QVERIFY(failed.at(0).at(1).toString().contains(QString::number(settings.port)));
    QCOMPARE(second.state(), DuplexServer::State::Stopped);
    // The first server did not notice.
    QWebSocket client;
    QSignalSpy greeted(&client, &QWebSocket::textMessageReceived);
    client.open(socketUrl());
    QTRY_COMPARE(greeted.size(), 1);
}

void TestWebSocketServer::aStopDoesNotReachIntoTheNextStart()
{
    const quint16 port = m_server->serverPort();
    QWebSocket client;
    QSignalSpy greeted(&client, &QWebSocket::textMessageReceived);
    client.open(socketUrl());
    QTRY_COMPARE(greeted.size(), 1);
    QSignalSpy stopped(m_server.get(), &DuplexServer::stopped);
    m_server->stop();
    QTRY_COMPARE(stopped.size(), 1);
    // The grace period belongs to that stop alone: once stopped, nothing of it is left to
    // cut off the clients of the next start.
    QVERIFY(!m_server->findChild<QTimer *>(QStringLiteral("graceTimer"))->isActive());
    ServerSettings settings;
    settings.port = port;
    QVERIFY(m_server->start(settings));
    QVERIFY(!m_server->findChild<QTimer *>(QStringLiteral("graceTimer"))->isActive());
}

void TestWebSocketServer::destroyingAListeningServerWithEveryKindOfConnection()
{
    std::vector<std::unique_ptr<QTcpSocket>> keepAlive;
    for (int i = 0; i < 40; ++i) {
        keepAlive.push_back(std::make_unique<QTcpSocket>());
        keepAlive.back()->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(keepAlive.back()->waitForConnected(5000));
        keepAlive.back()->write("GET /favicon.ico HTTP/1.1\r\nHost: h\r\n\r\n");
    }
    QTcpSocket halfHandshake;
    halfHandshake.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(halfHandshake.waitForConnected(5000));
    halfHandshake.write("GET /ws/ HTTP/1.1\r\nHost: h\r\n");
    QWebSocket client;
    QSignalSpy greeted(&client, &QWebSocket::textMessageReceived);
    client.open(socketUrl());
    QTRY_COMPARE(greeted.size(), 1);
    QTRY_VERIFY(keepAlive.back()->bytesAvailable() > 0);

    QSignalSpy stateChanges(m_server.get(), &DuplexServer::stateChanged);
    m_server.reset(); // no crash (run under ASan: no use after free), no signal while dying
    QCOMPARE(stateChanges.size(), 0);
    QTRY_VERIFY(client.state() == QAbstractSocket::UnconnectedState);
}

QTEST_GUILESS_MAIN(TestWebSocketServer)
#include "tst_websocketserver.moc"
