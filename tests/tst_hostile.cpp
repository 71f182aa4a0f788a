// `duplex --headless` against peers that try to take it down for everyone else: each case runs
// five times the connection cap over, then a normal client must still be greeted, and SIGTERM
// must still end the program at once.
#include "duplexprocess.h"
#include "rawwebsocket.h"
#include "tlstestutil.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QWebSocket>

#include <algorithm>
#include <memory>
#include <vector>

using RawWebSocket::frame;
using RawWebSocket::Peer;

namespace {
constexpr int maxConnections = 20;
// Five times the cap: a slot kept by any one of them would lock normal clients out.
constexpr int rounds = 5 * maxConnections;
// A server whose clients together may hold 16 MiB.
const QStringList budgetArguments = { QStringLiteral("--headless"),
                                      QStringLiteral("--quiet"),
                                      QStringLiteral("--port"),
                                      QStringLiteral("0"),
                                      QStringLiteral("--max-buffered-bytes"),
                                      QString::number(16 << 20) };
} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void framesInTheHandshakesPacket_data();
    void framesInTheHandshakesPacket();
    void noSlotLeaksAtTheDefaultCap();
    void nothingAPeerSaysBreaksALogLine();
    void aRebindingPageIsNotServed();
    void unfinishedMessagesShareOneBudget();
    void unreadRepliesShareOneBudget();

private:
    std::unique_ptr<DuplexProcess> m_duplex;
    quint16 m_port = 0;
    TestCertificate m_certificate;
    std::unique_ptr<DuplexProcess> m_tlsDuplex; // the same, on a TLS port
    quint16 m_tlsPort = 0;
};

void TestHostile::initTestCase()
{
    m_duplex = std::make_unique<DuplexProcess>(QStringList {
            QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--max-connections"), QString::number(maxConnections) });
    m_port = m_duplex->waitForListening();
    QVERIFY2(m_port != 0, qPrintable(m_duplex->output()));
    QVERIFY2(m_certificate.isValid(), qPrintable(m_certificate.error));
    m_tlsDuplex = std::make_unique<DuplexProcess>(QStringList {
            QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--max-connections"), QString::number(maxConnections),
            QStringLiteral("--tls-cert"), m_certificate.certificate, QStringLiteral("--tls-key"),
            m_certificate.key });
    m_tlsPort = m_tlsDuplex->waitForListening();
    QVERIFY2(m_tlsPort != 0, qPrintable(m_tlsDuplex->output()));
}

void TestHostile::cleanupTestCase()
{
    // A stop waits for every connection it holds: a ghost made it wait for ever.
    for (DuplexProcess *duplex : { m_duplex.get(), m_tlsDuplex.get() }) {
        if (!duplex)
            continue;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(duplex->terminate(SIGTERM, 1000), qPrintable(duplex->output()));
        QCOMPARE(duplex->exitStatus(), QProcess::NormalExit);
        QCOMPARE(duplex->exitCode(), 0);
        QVERIFY(timer.elapsed() < 1000);
    }
}

// After every case: a normal client is greeted at once.
void TestHostile::cleanup()
{
    QVERIFY2(m_duplex->isRunning(), qPrintable(m_duplex->output()));
    QWebSocket client;
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/").arg(m_port)));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toString(), QStringLiteral("Welcome!"));
    client.close();
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    // No connection was logged without its peer's address (a socket gone before it was kept).
    QVERIFY2(!m_duplex->output().contains(QLatin1String(" :0 ")), qPrintable(m_duplex->output()));
}

void TestHostile::framesInTheHandshakesPacket_data()
{
    // What a client writes in the same packet as its handshake, before the 101 it should
    // have waited for, and the close code it gets: Qt's own for what Qt refuses, 1002 from
    // the server for frames it cannot serve.
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("closeCode");
    for (const bool tls : { false, true }) {
        const char *port = tls ? "TLS" : "plain";
        QTest::addRow("%s: close frame", port)
                << tls << frame(0x8, RawWebSocket::closePayload(1000)) << 1000;
        QTest::addRow("%s: reserved bit", port) << tls << frame(0x1, "hi", true, 4) << 1002;
        QTest::addRow("%s: reserved opcode", port) << tls << frame(0x3, "hi") << 1002;
        QTest::addRow("%s: text that is not UTF-8", port)
                << tls << frame(0x1, QByteArray("\xc3\x28", 2)) << 1007;
        QTest::addRow("%s: plain garbage", port) << tls << QByteArray("GARBAGE\r\n\r\n") << 1002;
        QTest::addRow("%s: a text message", port) << tls << frame(0x1, "early") << 1002;
        QTest::addRow("%s: a binary message", port) << tls << frame(0x2, "early") << 1002;
    }
}

void TestHostile::framesInTheHandshakesPacket()
{
    QFETCH(bool, tls);
    QFETCH(QByteArray, after);
    QFETCH(int, closeCode);
    const quint16 port = tls ? m_tlsPort : m_port;
    const auto transport = tls ? Peer::Transport::Tls : Peer::Transport::Plain;
    // In batches of half the cap, each once the one before has been closed: every peer must be
    // upgraded (101), not refused for slots that earlier ones still hold. (Half: the server
    // may free a slot a moment after its peer saw the close; a leak fills the cap in two
    // batches.)
    constexpr int batchSize = maxConnections / 2;
    for (int batch = 0; batch < rounds / batchSize; ++batch) {
        std::vector<std::unique_ptr<Peer>> peers;
        for (int i = 0; i < batchSize; ++i) {
            peers.push_back(std::make_unique<Peer>(port, transport));
            peers.back()->send(RawWebSocket::handshake() + after);
        }
        QTRY_VERIFY(std::all_of(peers.cbegin(), peers.cend(),
                                [](const auto &peer) { return peer->closed; }));
        for (const auto &peer : peers) {
            QVERIFY2(peer->received.startsWith("HTTP/1.1 101 "),
                     qPrintable(QStringLiteral("batch %1: %2")
                                        .arg(batch)
                                        .arg(QString::fromLatin1(peer->received.left(40)))));
            if (peer->closeCode() != -1) // a close frame, unless a reset overtook it
                QCOMPARE(peer->closeCode(), closeCode);
        }
    }
    if (tls) { // cleanup() checks the plain port
        Peer normal(port, transport);
        normal.send(RawWebSocket::handshake());
        QTRY_VERIFY(!normal.frames().isEmpty());
        QCOMPARE(normal.frames().constFirst().payload, QByteArray("Welcome!"));
    }
}

// The same leak at the default cap: twice its 10 000 such peers, then a normal client is
// greeted, and the cap's worth of clients are all connected at once.
void TestHostile::noSlotLeaksAtTheDefaultCap()
{
    DuplexProcess duplex({ QStringLiteral("--headless"), QStringLiteral("--quiet"),
                           QStringLiteral("--port"), QStringLiteral("0") });
    const quint16 port = duplex.waitForListening();
    QVERIFY2(port != 0, qPrintable(duplex.output()));
    constexpr int defaultCap = 10000;
    constexpr int batchSize = 500;
    const QByteArray hostile = RawWebSocket::handshake() + "GARBAGE\r\n\r\n";
    for (int batch = 0; batch < 2 * defaultCap / batchSize; ++batch) {
        std::vector<std::unique_ptr<Peer>> peers;
        for (int i = 0; i < batchSize; ++i) {
            peers.push_back(std::make_unique<Peer>(port, Peer::Transport::Plain, false));
            peers.back()->send(hostile);
        }
        const auto open = [&peers] {
            return std::count_if(peers.cbegin(), peers.cend(),
                                 [](const auto &peer) { return !peer->closed; });
        };
        QTRY_COMPARE_WITH_TIMEOUT(open(), qsizetype(0), 30000);
        for (const auto &peer : peers)
            QVERIFY2(peer->received.startsWith("HTTP/1.1 101 "), peer->received.left(40).data());
    }
    QVERIFY2(!duplex.output().contains(QLatin1String("refused")), qPrintable(duplex.output()));

    // Every slot is free again: the whole cap connects, and each one is greeted.
    std::vector<std::unique_ptr<Peer>> clients;
    const auto greeted = [&clients] {
        return std::count_if(clients.cbegin(), clients.cend(), [](const auto &client) {
            return client->received.endsWith("Welcome!");
        });
    };
    while (clients.size() < size_t(defaultCap)) {
        for (int i = 0; i < batchSize; ++i) {
            clients.push_back(std::make_unique<Peer>(port, Peer::Transport::Plain, false));
            clients.back()->send(RawWebSocket::handshake());
        }
        QTRY_COMPARE_WITH_TIMEOUT(greeted(), qsizetype(clients.size()), 30000);
    }
    QVERIFY(std::none_of(clients.cbegin(), clients.cend(),
                         [](const auto &client) { return client->closed; }));
    QVERIFY2(!duplex.output().contains(QLatin1String("refused")), qPrintable(duplex.output()));
    clients.clear();
    QVERIFY2(duplex.terminate(SIGTERM, 5000), qPrintable(duplex.output()));
    QCOMPARE(duplex.exitCode(), 0);
}

void TestHostile::nothingAPeerSaysBreaksALogLine()
{
    const QString before = m_duplex->output();
    // A message and a close reason with a forged line, terminal sequences (colour, the
    // window's title), C1 controls and Unicode's invisible reordering and line breaking.
    const QString forged = QStringLiteral("\n2026-01-01 00:00:00.000 6.6.6.6:1 FORGED\r");
    const QString message = QStringLiteral("hi") + forged
            + QString::fromUtf16(u"\u001b[31m\u0085\u009b2J\u202e\u2028");
    QWebSocket client;
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/").arg(m_port)));
    QTRY_COMPARE(received.size(), 1);
    client.sendTextMessage(message);
    QTRY_COMPARE(received.size(), 2);
    client.close(QWebSocketProtocol::CloseCodeNormal,
                 QStringLiteral("bye") + forged + QStringLiteral("\u001b]0;pwned\u0007"));
    QVERIFY(m_duplex->waitForOutput(QStringLiteral("Connection closed (1000 bye\\n")));
    // An Origin with C1 bytes (the parser lets Latin-1 through in field values), refused.
    Peer origin(m_port);
    origin.send(RawWebSocket::handshake("Origin: http://e\x85vil\x9b.example\r\n"));
    QVERIFY(m_duplex->waitForOutput(QStringLiteral("is not allowed")));
    // A method a thousand bytes long: logged cut short.
    Peer method(m_port);
    method.send(QByteArray(1000, 'M') + " / HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QVERIFY(m_duplex->waitForOutput(QString(32, QLatin1Char('M')) + QStringLiteral("… /")));

    const QString log = m_duplex->output().mid(before.size());
    qInfo().noquote() << "The console log of this case:\n" << log;
    for (const QChar c : log) {
        QVERIFY2(c == QLatin1Char('\n') || c.category() != QChar::Other_Control,
                 qPrintable(QStringLiteral("U+%1 in the log").arg(c.unicode(), 4, 16)));
        QVERIFY2(c.category() != QChar::Other_Format && c.category() != QChar::Separator_Line,
                 qPrintable(QStringLiteral("U+%1 in the log").arg(c.unicode(), 4, 16)));
    }
    const QStringList lines = log.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QLatin1String("20")), qPrintable(line)); // each one a time stamp
    QVERIFY(!log.contains(QLatin1String("\n2026-01-01")));
    QVERIFY(log.contains(QLatin1String("http://e\\x85vil\\x9b.example")));
}

// DNS rebinding: a page of evil.example whose name now resolves to 127.0.0.1 sends Host and
// Origin both evil.example, which the Origin check alone lets through. A server on loopback
// answers only to its own names, says how to add one, and then serves it.
void TestHostile::aRebindingPageIsNotServed()
{
    const auto withHost = [](const QByteArray &host, const QByteArray &request) {
        return QByteArray(request).replace("Host: 127.0.0.1\r\n", "Host: " + host + "\r\n");
    };
    const QByteArray host = "evil.example:" + QByteArray::number(m_port);
    const QByteArray handshake
            = withHost(host, RawWebSocket::handshake("Origin: http://" + host + "\r\n"));
    Peer socket(m_port);
    socket.send(handshake);
    QTRY_VERIFY(socket.received.endsWith("--allow-host evil.example.\n"));
    QVERIFY2(socket.received.startsWith("HTTP/1.1 403 "), socket.received.data());
    QVERIFY2(socket.received.contains("start Duplex with --allow-host evil.example."),
             socket.received.data());
    Peer page(m_port);
    page.send(withHost(host, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    QTRY_VERIFY(page.received.contains("--allow-host evil.example."));
    QVERIFY(page.received.startsWith("HTTP/1.1 403 "));
    QVERIFY(m_duplex->waitForOutput(
            QStringLiteral("host evil.example is not a name of this server (a guard against DNS "
                           "rebinding); if it is yours, start Duplex with --allow-host "
                           "evil.example")));
    // Its own names still work, with or without the port.
    for (const QByteArray &own :
         { QByteArray("localhost"), "localhost:" + QByteArray::number(m_port),
           QByteArray("[::1]") }) {
        Peer peer(m_port);
        peer.send(withHost(own, RawWebSocket::handshake()));
        QTRY_VERIFY(!peer.frames().isEmpty());
        QCOMPARE(peer.frames().constFirst().payload, QByteArray("Welcome!"));
    }

    DuplexProcess allowing({ QStringLiteral("--headless"), QStringLiteral("--port"),
                             QStringLiteral("0"), QStringLiteral("--allow-host"),
                             QStringLiteral("Evil.Example") });
    const quint16 port = allowing.waitForListening();
    QVERIFY2(port != 0, qPrintable(allowing.output()));
    const QByteArray allowedHost = "evil.example:" + QByteArray::number(port);
    Peer allowed(port);
    allowed.send(withHost(allowedHost,
                          RawWebSocket::handshake("Origin: http://" + allowedHost + "\r\n")));
    QTRY_VERIFY(!allowed.frames().isEmpty());
    QCOMPARE(allowed.frames().constFirst().payload, QByteArray("Welcome!"));
    Peer other(port); // only that one
    other.send(withHost("other.example", RawWebSocket::handshake()));
    QTRY_VERIFY(other.received.endsWith("--allow-host other.example.\n"));
    QVERIFY(other.received.startsWith("HTTP/1.1 403 "));
}

// Each client's unfinished message is within the message limit, but the clients together
// are not within the server's budget: those holding the most are closed with 1009 until the
// others fit, and the others are served.
void TestHostile::unfinishedMessagesShareOneBudget()
{
    DuplexProcess duplex(budgetArguments);
    const quint16 port = duplex.waitForListening();
    QVERIFY2(port != 0, qPrintable(duplex.output()));
    // Six clients, each 3 MiB of text in fragments without the last one: 6 MiB each as the
    // server keeps it (UTF-16), 36 MiB in all; two of them fit in 16 MiB.
    constexpr int clients = 6;
    const QByteArray part(1 << 20, 'a');
    std::vector<std::unique_ptr<Peer>> peers;
    for (int i = 0; i < clients; ++i) {
        peers.push_back(std::make_unique<Peer>(port));
        Peer &peer = *peers.back();
        peer.send(RawWebSocket::handshake());
        QTRY_VERIFY(!peer.frames().isEmpty()); // the greeting: a client that waited for it
        peer.send(frame(0x1, part, false) + frame(0x0, part, false) + frame(0x0, part, false));
    }
    const auto closedCount = [&peers] {
        return std::count_if(peers.cbegin(), peers.cend(),
                             [](const auto &peer) { return peer->closed; });
    };
    QTRY_COMPARE(closedCount(), qsizetype(clients - 2));
    for (const auto &peer : peers) {
        if (peer->closed && peer->closeCode() != -1)
            QCOMPARE(peer->closeCode(), 1009);
    }
    // The log is written within 100 ms, not at once.
    QTRY_VERIFY2(duplex.output().count(QLatin1String(" closed with 1009: it held ")) == clients - 2,
                 qPrintable(duplex.output()));
    QVERIFY(duplex.output().contains(QLatin1String("(--max-buffered-bytes)")));
    // Those left finish their messages and get them back.
    for (const auto &peer : peers) {
        if (peer->closed)
            continue;
        peer->send(frame(0x0, "!", true));
        const auto echoed = [&peer] { // in frames of Qt's outgoing frame size
            QByteArray echo;
            for (const RawWebSocket::Frame &frame : peer->frames().mid(1))
                echo += frame.payload;
            return echo;
        };
        QTRY_COMPARE(echoed().size(), (3 << 20) + 1);
        QCOMPARE(echoed(), QByteArray(3 << 20, 'A') + '!');
    }
    QVERIFY2(duplex.terminate(SIGTERM, 1000), qPrintable(duplex.output()));
}

// Clients that send and never read: each one's replies are within the per-client limit, but
// together they are not within the budget; the biggest holders are closed with 1013.
void TestHostile::unreadRepliesShareOneBudget()
{
    DuplexProcess duplex(budgetArguments);
    const quint16 port = duplex.waitForListening();
    QVERIFY2(port != 0, qPrintable(duplex.output()));
    // Three clients, 12 MiB of messages each, none of the replies read: less than the 16 MiB a
    // single client may keep waiting, more than the 16 MiB all may keep together.
    constexpr int clients = 3;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < clients; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        QTcpSocket &socket = *sockets.back();
        socket.setReadBufferSize(4096); // reads no more than that, then the kernel's fill
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(RawWebSocket::handshake());
        for (int message = 0; message < 12; ++message)
            socket.write(frame(0x2, QByteArray(1 << 20, 'b')));
    }
    QVERIFY2(duplex.waitForOutput(QStringLiteral(" closed with 1013: it held ")),
             qPrintable(duplex.output()));
    QVERIFY2(!duplex.output().contains(QLatin1String("dropped:")), qPrintable(duplex.output()));
    // The server goes on for everyone else.
    Peer normal(port);
    normal.send(RawWebSocket::handshake());
    QTRY_VERIFY(!normal.frames().isEmpty());
    QCOMPARE(normal.frames().constFirst().payload, QByteArray("Welcome!"));
    sockets.clear(); // a stop waits a while for a client that reads nothing
    QVERIFY2(duplex.terminate(SIGTERM, 1000), qPrintable(duplex.output()));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
