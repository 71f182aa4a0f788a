// A black-box probe of `duplex --headless`: malformed HTTP and RFC 6455 abuse, each answered as
// the RFCs ask, and a normal client still served after every one of them.
#include "duplexprocess.h"
#include "httptestutil.h"
#include "rawwebsocket.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QWebSocket>

#include <memory>

using RawWebSocket::frame;
using RawWebSocket::Peer;

class TestAbuse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void badFrames_data();
    void badFrames();
    void abruptDisconnectInTheMiddleOfAFrame();
    void cleanCloseIsAnswered();
    void utf8SplitAcrossFragments();
    void badHandshakes_data();
    void badHandshakes();
    void crossOriginHandshakeIsRefused();

private:
    std::unique_ptr<DuplexProcess> m_duplex;
    quint16 m_port = 0;
};

void TestAbuse::initTestCase()
{
    m_duplex = std::make_unique<DuplexProcess>(QStringList {
            QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0") });
    m_port = m_duplex->waitForListening();
    QVERIFY2(m_port != 0, qPrintable(m_duplex->output()));
}

void TestAbuse::cleanupTestCase()
{
    QVERIFY(m_duplex->terminate());
    QCOMPARE(m_duplex->exitCode(), 0);
}

// After every case: the server still serves a normal client.
void TestAbuse::cleanup()
{
    QVERIFY2(m_duplex->isRunning(), qPrintable(m_duplex->output()));
    QWebSocket client;
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/").arg(m_port)));
    QTRY_COMPARE(received.size(), 1);
    client.sendTextMessage(QStringLiteral("still serving"));
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.at(1).at(0).toString(), QStringLiteral("STILL SERVING"));
    client.close();
}

void TestAbuse::badFrames_data()
{
    QTest::addColumn<QByteArray>("frames");
    QTest::addColumn<int>("closeCode");

    QTest::newRow("reserved bit RSV1") << frame(0x1, "hi", true, 4) << 1002;
    QTest::newRow("reserved bit RSV3") << frame(0x2, "hi", true, 1) << 1002;
    QTest::newRow("reserved data opcode 0x3") << frame(0x3, "hi") << 1002;
    QTest::newRow("reserved control opcode 0xB") << frame(0xb, "hi") << 1002;
    QTest::newRow("fragmented control frame") << frame(0x9, "ping", false) << 1002;
    QTest::newRow("control frame over 125 bytes") << frame(0x9, QByteArray(126, 'p')) << 1002;
    QTest::newRow("continuation with nothing to continue") << frame(0x0, "orphan") << 1002;
    QTest::newRow("new message inside a fragmented one")
            << QByteArray(frame(0x1, "a", false) + frame(0x1, "b")) << 1002;
    QTest::newRow("text that is not UTF-8") << frame(0x1, QByteArray("\xc3\x28", 2)) << 1007;
    QTest::newRow("UTF-8 split wrong across fragments")
            << QByteArray(frame(0x1, QByteArray("\xe2\x82", 2), false) + frame(0x0, "x")) << 1007;
    QTest::newRow("close code 999") << frame(0x8, RawWebSocket::closePayload(999)) << 1002;
    QTest::newRow("close code 1005 (never sent)")
            << frame(0x8, RawWebSocket::closePayload(1005)) << 1002;
    QTest::newRow("close payload of one byte") << frame(0x8, "x") << 1002;
    QTest::newRow("close reason not UTF-8")
            << frame(0x8, RawWebSocket::closePayload(1000, "\xff")) << 1007;
}

void TestAbuse::badFrames()
{
    QFETCH(QByteArray, frames);
    QFETCH(int, closeCode);
    Peer peer(m_port);
    peer.send(RawWebSocket::handshake());
    QTRY_VERIFY(!peer.frames().isEmpty()); // Welcome!
    peer.send(frames);
    QTRY_VERIFY(peer.closeCode() != -1);
    QCOMPARE(peer.closeCode(), closeCode);
    QTRY_VERIFY(peer.closed);
}

void TestAbuse::abruptDisconnectInTheMiddleOfAFrame()
{
    {
        Peer peer(m_port);
        peer.send(RawWebSocket::handshake());
        QTRY_VERIFY(!peer.frames().isEmpty());
        const QByteArray whole = frame(0x1, QByteArray(1000, 'z'));
        peer.send(whole.left(300));
        peer.socket.abort();
    }
    QVERIFY(m_duplex->waitForOutput(QStringLiteral("Connection closed")));
}

void TestAbuse::utf8SplitAcrossFragments()
{
    // RFC 6455 5.6: a text frame may end inside a UTF-8 sequence, only the whole message must
    // be valid (Autobahn 6.2.3/6.2.4; AWS AppSync splits messages so). Qt WebSockets 6.4.2 and
    // 6.8.2 check each frame on its own and close with 1007: a known gap, in the README. If
    // this starts to pass, Qt fixed it: drop the expected failure and the README's note.
    Peer peer(m_port);
    peer.send(RawWebSocket::handshake());
    QTRY_VERIFY(!peer.frames().isEmpty()); // Welcome!
    peer.send(frame(0x1, QByteArray("\xe2\x82", 2), false) + frame(0x0, QByteArray("\xac", 1)));
    QTRY_VERIFY(peer.frames().size() >= 2 || peer.closed);
    QEXPECT_FAIL("", "Qt WebSockets validates UTF-8 frame by frame (closes with 1007)", Continue);
    QVERIFY(peer.frames().size() >= 2 && peer.frames().at(1).payload == QByteArray("\xe2\x82\xac"));
    if (peer.closeCode() != -1)
        QCOMPARE(peer.closeCode(), 1007);
}

void TestAbuse::cleanCloseIsAnswered()
{
    Peer peer(m_port);
    peer.send(RawWebSocket::handshake());
    QTRY_VERIFY(!peer.frames().isEmpty());
    peer.send(frame(0x8, RawWebSocket::closePayload(1000, "bye")));
    QTRY_COMPARE(peer.closeCode(), 1000);
    QTRY_VERIFY(peer.closed);
}

void TestAbuse::badHandshakes_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("header"); // "name: value" the answer must carry, if any

    const QByteArray good = RawWebSocket::handshake();
    QTest::newRow("key too short")
            << QByteArray(good).replace("dGhlIHNhbXBsZSBub25jZQ==", "c2hvcnQ=") << 400
            << QByteArray();
    QTest::newRow("no key") << QByteArray(good).replace(
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n", "")
                            << 400 << QByteArray();
    QTest::newRow("version 8") << QByteArray(good).replace("Version: 13", "Version: 8") << 426
                               << QByteArray("sec-websocket-version: 13");
    QTest::newRow("two versions") << QByteArray(good).replace("Version: 13", "Version: 13, 8")
                                  << 426 << QByteArray("sec-websocket-version: 13");
    QTest::newRow("no Host") << QByteArray(good).replace("Host: 127.0.0.1\r\n", "") << 400
                             << QByteArray();
    // Hosts Qt's WebSocket server would close the connection on without a word, while the
    // log said 101: refused with 400, and logged so.
    for (const char *host : { "::1", "[::1", "a b", "%zz", "ex/ample" }) {
        QTest::addRow("Host %s", host)
                << QByteArray(good).replace("Host: 127.0.0.1", "Host: " + QByteArray(host)) << 400
                << QByteArray();
    }
    QTest::newRow("POST upgrade") << QByteArray(good).replace("GET ", "POST ") << 405
                                  << QByteArray("allow: GET");
    QTest::newRow("head over 8 KiB") << QByteArray(good).replace(
            "\r\n\r\n", "\r\nX-Pad: " + QByteArray(9000, 'p') + "\r\n\r\n")
                                     << 431 << QByteArray();
    QTest::newRow("binary noise") << QByteArray("\x00\xff\x13\x37 \r\n\r\n", 8) << 400
                                  << QByteArray();
}

void TestAbuse::badHandshakes()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    Peer peer(m_port);
    const quint16 port = peer.socket.localPort(); // the log's name for it (0 once closed)
    peer.send(request);
    QTRY_VERIFY(readResponse(peer.received).size > 0);
    const TestResponse response = readResponse(peer.received);
    QCOMPARE(response.status, status);
    // The log says what this peer was answered.
    const QRegularExpression logged(QStringLiteral(":%1 .* %2$").arg(port).arg(status),
                                    QRegularExpression::MultilineOption);
    QTRY_VERIFY2(logged.match(m_duplex->output()).hasMatch(), qPrintable(m_duplex->output()));
    if (!header.isEmpty()) {
        const QList<QByteArray> nameValue = header.split(':');
        QCOMPARE(response.headers.value(nameValue.at(0)), nameValue.at(1).trimmed());
    }
}

void TestAbuse::crossOriginHandshakeIsRefused()
{
    Peer peer(m_port);
    peer.send(RawWebSocket::handshake("Origin: https://evil.example\r\n"));
    QTRY_VERIFY(readResponse(peer.received).size > 0);
    QCOMPARE(readResponse(peer.received).status, 403);
    QVERIFY(m_duplex->waitForOutput(QStringLiteral("origin https://evil.example is not allowed")));
}

QTEST_GUILESS_MAIN(TestAbuse)
#include "tst_abuse.moc"
