// `duplex --headless` against peers that try to take it down for everyone else: each case runs
// five times the connection cap over, then a normal client must still be greeted, and SIGTERM
// must still end the program at once.
#include "duplexprocess.h"
#include "rawwebsocket.h"

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
    void nothingAPeerSaysBreaksALogLine();

private:
    std::unique_ptr<DuplexProcess> m_duplex;
    quint16 m_port = 0;
};

void TestHostile::initTestCase()
{
    m_duplex = std::make_unique<DuplexProcess>(QStringList {
            QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--max-connections"), QString::number(maxConnections) });
    m_port = m_duplex->waitForListening();
    QVERIFY2(m_port != 0, qPrintable(m_duplex->output()));
}

void TestHostile::cleanupTestCase()
{
    // A stop waits for every connection it holds: a ghost made it wait for ever.
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_duplex->terminate(SIGTERM, 1000), qPrintable(m_duplex->output()));
    QCOMPARE(m_duplex->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_duplex->exitCode(), 0);
    QVERIFY(timer.elapsed() < 1000);
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
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("closeCode");
    QTest::newRow("close frame") << frame(0x8, RawWebSocket::closePayload(1000)) << 1000;
    QTest::newRow("reserved bit") << frame(0x1, "hi", true, 4) << 1002;
    QTest::newRow("reserved opcode") << frame(0x3, "hi") << 1002;
    QTest::newRow("text that is not UTF-8") << frame(0x1, QByteArray("\xc3\x28", 2)) << 1007;
    QTest::newRow("plain garbage") << QByteArray("GARBAGE\r\n\r\n") << 1002;
    QTest::newRow("a text message") << frame(0x1, "early") << 1002;
    QTest::newRow("a binary message") << frame(0x2, "early") << 1002;
}

void TestHostile::framesInTheHandshakesPacket()
{
    QFETCH(QByteArray, after);
    QFETCH(int, closeCode);
    // In batches of half the cap, each once the one before has been closed: every peer must be
    // upgraded (101), not refused for slots that earlier ones still hold. (Half: the server
    // may free a slot a moment after its peer saw the close; a leak fills the cap in two
    // batches.)
    constexpr int batchSize = maxConnections / 2;
    for (int batch = 0; batch < rounds / batchSize; ++batch) {
        std::vector<std::unique_ptr<Peer>> peers;
        for (int i = 0; i < batchSize; ++i) {
            peers.push_back(std::make_unique<Peer>(m_port));
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
    method.send(QByteArray(1000, 'M') + " / HTTP/1.1\r\nHost: h\r\n\r\n");
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

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
