// The server in its own thread: requests go in queued, events come back queued, and the host
// ends the thread cleanly, even with a peer that never answers the close.
#include "rawwebsocket.h"
#include "serverhost.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QWebSocket>

class TestServerHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsTheServerInAnotherThread();
    void endsWhileAPeerIgnoresTheClose();
};

void TestServerHost::runsTheServerInAnotherThread()
{
    ServerHost host;
    QSignalSpy listening(&host, &ServerHost::listening);
    QList<ServerEvent> events;
    QThread *emitter = nullptr;
    connect(&host, &ServerHost::eventsReady, this, [&](const QList<ServerEvent> &batch) {
        events += batch;
        emitter = QThread::currentThread();
    });
    ServerSettings settings;
    settings.port = 0;
    host.start(settings);
    QTRY_COMPARE(listening.size(), 1);
    QCOMPARE(host.state(), DuplexServer::State::Listening);
    const auto port = listening.at(0).at(1).value<quint16>();

    QWebSocket client;
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/").arg(port)));
    QTRY_COMPARE(received.size(), 1);
    client.sendTextMessage(QStringLiteral("threads"));
    const auto received_ = [&events] {
        return std::any_of(events.cbegin(), events.cend(), [](const ServerEvent &event) {
            return event.kind == ServerEvent::Kind::TextIn
                    && event.text == QLatin1String("threads");
        });
    };
    QTRY_VERIFY(received_());
    QCOMPARE(events.constFirst().kind, ServerEvent::Kind::Http); // GET /ws/ 101
    QCOMPARE(events.at(1).kind, ServerEvent::Kind::Connected);
    QCOMPARE(emitter, QThread::currentThread()); // delivered in the owner's thread
    QVERIFY(host.findChild<DuplexServer *>() == nullptr); // the server is not ours to touch
}

void TestServerHost::endsWhileAPeerIgnoresTheClose()
{
    auto host = std::make_unique<ServerHost>();
    QSignalSpy listening(host.get(), &ServerHost::listening);
    ServerSettings settings;
    settings.port = 0;
    settings.closeGraceMs = 300;
    settings.maxMessageSize = 32 * 1024 * 1024;
    host->start(settings);
    QTRY_COMPARE(listening.size(), 1);
    const auto port = listening.at(0).at(1).value<quint16>();

    // A peer that completes the handshake, asks for a 16 MiB echo and reads none of it: the
    // server's close cannot get through, so it stays Stopping until the grace period ends.
    QTcpSocket peer;
    peer.setReadBufferSize(1);
    peer.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    QSignalSpy closed(&peer, &QTcpSocket::disconnected);
    peer.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(peer.waitForConnected(5000));
    peer.write(RawWebSocket::handshake());
    QTRY_VERIFY(peer.bytesAvailable() > 0); // the answer has begun: messages may follow
    peer.write(RawWebSocket::frame(0x2, QByteArray(16 * 1024 * 1024, 'a')));
    bool echoed = false;
    connect(host.get(), &ServerHost::eventsReady, this, [&echoed](const QList<ServerEvent> &batch) {
        for (const ServerEvent &event : batch)
            echoed = echoed || event.kind == ServerEvent::Kind::BinaryOut;
    });
    QTRY_VERIFY_WITH_TIMEOUT(echoed, 20000);

    host->stop(); // the window's closeEvent does this, then the host is destroyed
    QElapsedTimer clock;
    clock.start();
    host.reset(); // returns after the grace period instead of waiting forever
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    peer.setReadBufferSize(0); // now read: the server has cut the connection
    QTRY_COMPARE(closed.size(), 1);
}

QTEST_GUILESS_MAIN(TestServerHost)
#include "tst_serverhost.moc"
