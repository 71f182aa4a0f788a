// SocketBuffers::release() gives back an idle socket's read and write buffer chunks, keeps
// whatever is still in them, and leaves the socket working. useSmallChunks() makes the chunks a
// socket keeps small without limiting what it can carry; fill() hands Qt bytes read by hand.
#include "nativesocket.h"
#include "socketbuffers.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#    include <malloc.h>
#    define HEAP_IN_USE_KNOWN 1
#endif

namespace {
// Bytes the C heap has handed out and not had back (glibc, without a sanitizer's allocator).
qint64 heapInUse()
{
#ifdef HEAP_IN_USE_KNOWN
    return qint64(mallinfo2().uordblks);
#else
    return -1;
#endif
}
} // namespace

// For the tests that reach Qt's private buffers: on a Qt version the code was not checked
// against (or with DUPLEX_QT_PRIVATE=OFF), the build takes the public-API path and they skip
// with its reason; buildCanRelease() fails instead where the path was expected.
#define REQUIRE_PRIVATE_BUFFERS() \
    do { \
        if (!SocketBuffers::canRelease()) \
            QSKIP(qPrintable(SocketBuffers::unavailableReason())); \
    } while (false)

class TestSocketBuffers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void buildCanRelease();
    void releasesEmptyBuffers();
    void keepsUnreadData();
    void keepsUnsentData();
    void socketWorksAfterRelease();
    void nullSocket();
    void smallChunksKeepLittle();
    void smallChunksCarryAnySize();
    void fillPutsBytesBeforeWhatFollows();

private:
    // Sends `bytes` from one end and waits until the other end has them all buffered.
    static bool transfer(QTcpSocket &from, QTcpSocket &to, const QByteArray &bytes);

    QTcpServer m_server;
    QTcpSocket m_client;
    std::unique_ptr<QTcpSocket> m_served;
};

void TestSocketBuffers::init()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    m_client.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
    QVERIFY(m_client.waitForConnected(5000));
    QTRY_VERIFY(m_server.hasPendingConnections());
    m_served.reset(m_server.nextPendingConnection());
    m_served->setParent(nullptr);
}

void TestSocketBuffers::cleanup()
{
    m_served.reset();
    m_client.abort();
    m_server.close();
}

bool TestSocketBuffers::transfer(QTcpSocket &from, QTcpSocket &to, const QByteArray &bytes)
{
    const qint64 before = to.bytesAvailable();
    from.write(bytes);
    return QTest::qWaitFor([&] {
        return from.bytesToWrite() == 0 && to.bytesAvailable() == before + bytes.size();
    });
}

void TestSocketBuffers::buildCanRelease()
{
    // On a Qt version the private path was checked against (and not turned off), a build
    // without it (no private headers, say) would silently lose the README's idle memory and
    // handshake figures.
#ifdef DUPLEX_SOCKET_BUFFERS_EXPECTED
    QVERIFY(SocketBuffers::checkedQtVersions().contains(QLatin1String(qVersion())));
    QVERIFY2(SocketBuffers::canRelease(), qPrintable(SocketBuffers::unavailableReason()));
    QVERIFY(SocketBuffers::unavailableReason().isEmpty());
#else
    QVERIFY(!SocketBuffers::canRelease());
    QVERIFY(!SocketBuffers::unavailableReason().isEmpty());
    QSKIP(qPrintable(SocketBuffers::unavailableReason()));
#endif
}

void TestSocketBuffers::releasesEmptyBuffers()
{
    REQUIRE_PRIVATE_BUFFERS();
    // A read and a write through the served socket leave Qt's chunks behind, empty.
    QVERIFY(transfer(m_client, *m_served, QByteArray(100, 'a')));
    // Read as QWebSocket reads a frame: copied out into memory of the reader's own. (Qt hands
    // the chunk itself over when read(qint64) asks for exactly what it holds.)
    char data[100];
    QCOMPARE(m_served->read(data, sizeof data), qint64(sizeof data));
    QCOMPARE(QByteArray(data, sizeof data), QByteArray(100, 'a'));
    QVERIFY(transfer(*m_served, m_client, QByteArray(100, 'b')));
    QCOMPARE(m_served->bytesAvailable(), 0);
    QCOMPARE(m_served->bytesToWrite(), 0);

    const qint64 before = heapInUse();
    QCOMPARE(SocketBuffers::release(m_served.get()), 2);
    const qint64 after = heapInUse();
    if (before < 0)
        QSKIP("the heap in use cannot be read here (no glibc, or a sanitizer's allocator)");
    // Qt 6.4 keeps a 16 KiB read chunk and a 32 KiB write chunk.
    QVERIFY2(before - after >= 40 * 1024,
             qPrintable(QStringLiteral("released %1 bytes").arg(before - after)));
    const qint64 beforeAgain = heapInUse();
    const int releasedAgain = SocketBuffers::release(m_served.get());
    QCOMPARE(heapInUse(), beforeAgain); // again: nothing left to free
    QCOMPARE(releasedAgain, 2);
}

void TestSocketBuffers::keepsUnreadData()
{
    REQUIRE_PRIVATE_BUFFERS();
    const QByteArray bytes = QByteArray("unread ") + QByteArray(1000, 'x');
    QVERIFY(transfer(m_client, *m_served, bytes));
    QCOMPARE(SocketBuffers::release(m_served.get()), 1); // the write buffer only
    QCOMPARE(m_served->bytesAvailable(), bytes.size());
    QCOMPARE(m_served->readAll(), bytes);
}

void TestSocketBuffers::keepsUnsentData()
{
    REQUIRE_PRIVATE_BUFFERS();
    // Unsent bytes wait in the write buffer until the event loop runs; release() leaves them.
    const QByteArray bytes(5000, 'w');
    m_served->write(bytes);
    QCOMPARE(m_served->bytesToWrite(), bytes.size());
    QCOMPARE(SocketBuffers::release(m_served.get()), 1); // the read buffer only
    QCOMPARE(m_served->bytesToWrite(), bytes.size());
    QTRY_COMPARE(m_client.bytesAvailable(), bytes.size());
    QCOMPARE(m_client.readAll(), bytes);
}

void TestSocketBuffers::socketWorksAfterRelease()
{
    REQUIRE_PRIVATE_BUFFERS();
    for (int round = 0; round < 3; ++round) {
        const QByteArray ask = "ask " + QByteArray::number(round);
        const QByteArray answer = "answer " + QByteArray::number(round);
        QVERIFY(transfer(m_client, *m_served, ask));
        char data[16];
        QCOMPARE(m_served->read(data, ask.size()), qint64(ask.size()));
        QCOMPARE(QByteArray(data, ask.size()), ask);
        QVERIFY(transfer(*m_served, m_client, answer));
        QCOMPARE(m_client.readAll(), answer);
        QCOMPARE(SocketBuffers::release(m_served.get()), 2);
    }
    m_client.disconnectFromHost();
    QTRY_COMPARE(m_served->state(), QAbstractSocket::UnconnectedState);
}

void TestSocketBuffers::nullSocket()
{
    QCOMPARE(SocketBuffers::release(nullptr), 0);
}

void TestSocketBuffers::smallChunksKeepLittle()
{
    REQUIRE_PRIVATE_BUFFERS();
    SocketBuffers::useSmallChunks(m_served.get());
    SocketBuffers::useSmallChunks(&m_client);
    // What a read and a write through the sockets leave behind: with Qt's chunks 48 KiB each
    // (see releasesEmptyBuffers()), with small ones two chunks each. Freed small chunks stay in
    // glibc's per-thread cache, which mallinfo2() counts as in use, so the growth is what tells.
    const qint64 before = heapInUse();
    QVERIFY(transfer(m_client, *m_served, QByteArray(100, 'a')));
    char data[100];
    QCOMPARE(m_served->read(data, sizeof data), qint64(sizeof data));
    QVERIFY(transfer(*m_served, m_client, QByteArray(100, 'b')));
    QCOMPARE(m_client.readAll(), QByteArray(100, 'b'));
    const qint64 after = heapInUse();
    if (before < 0)
        QSKIP("the heap in use cannot be read here (no glibc, or a sanitizer's allocator)");
    QVERIFY2(after - before < 8 * 1024,
             qPrintable(QStringLiteral("the heap grew by %1 bytes").arg(after - before)));
    QCOMPARE(SocketBuffers::release(m_served.get()), 2);
}

void TestSocketBuffers::smallChunksCarryAnySize()
{
    SocketBuffers::useSmallChunks(m_served.get());
    const int chunk = SocketBuffers::smallChunkBytes;
    int round = 0;
    for (const int size : { 1, chunk - 1, chunk, chunk + 1, 3 * chunk + 7, 200 * 1000 }) {
        ++round;
        QByteArray ask(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            ask[i] = char('a' + (i + round) % 26);
        // In two writes, so that the second lands behind the first in a kept chunk.
        m_client.write(ask.first(size / 2));
        m_client.write(ask.sliced(size / 2));
        QTRY_COMPARE(m_served->bytesAvailable(), qint64(size));
        QCOMPARE(m_served->readAll(), ask);

        const QByteArray answer = ask.toUpper();
        m_served->write(answer.first(size / 2));
        m_served->write(answer.sliced(size / 2));
        QTRY_COMPARE(m_client.bytesAvailable(), qint64(size));
        QCOMPARE(m_client.readAll(), answer);
    }
}

void TestSocketBuffers::fillPutsBytesBeforeWhatFollows()
{
    REQUIRE_PRIVATE_BUFFERS();
    // As the server does at accept: bytes taken from the descriptor by hand, then handed to Qt.
    m_client.write("taken by hand|");
    QVERIFY(m_client.waitForBytesWritten(5000));
    char taken[64];
    qint64 got = -1;
    QVERIFY(QTest::qWaitFor([&] {
        got = NativeSocket::receive(m_served->socketDescriptor(), taken, sizeof taken).count;
        return got > 0;
    }));
    QVERIFY(SocketBuffers::fill(m_served.get(), QByteArrayView(taken, got)));
    QCOMPARE(m_served->bytesAvailable(), qint64(got));
    QVERIFY(SocketBuffers::fill(m_served.get(), QByteArrayView())); // nothing: no change
    QCOMPARE(m_served->peek(5), QByteArray("taken"));

    QSignalSpy readyRead(m_served.get(), &QTcpSocket::readyRead);
    m_client.write("then read by Qt");
    QTRY_COMPARE(m_served->bytesAvailable(), qint64(got) + 15);
    QCOMPARE(m_served->readAll(), QByteArray("taken by hand|then read by Qt"));
    QCOMPARE(readyRead.size(), 1); // for Qt's own read only
}

QTEST_GUILESS_MAIN(TestSocketBuffers)
#include "tst_socketbuffers.moc"
