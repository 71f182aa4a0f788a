// NativeSocket, the seam for the few POSIX socket calls: what receive() reports in each state
// of a connection, peeking that leaves the bytes for the next read, sending and the
// half-close, and the peer's address as the server logs it.
#include "nativesocket.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <utility>

namespace {
// Keeps each accepted connection's bare descriptor, as FrontServer does: no QTcpSocket reads
// from it behind the test's back while the event loop runs.
class RawServer final : public QTcpServer
{
public:
    qintptr descriptor = -1;

protected:
    void incomingConnection(qintptr accepted) override { descriptor = accepted; }
};
} // namespace

class TestNativeSocket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void receiveStates();
    void shutdownWriteEndsOneDirection();
    void peerIsTheClient();

private:
    RawServer m_server;
    QTcpSocket m_client;
    qintptr m_served = -1;
};

void TestNativeSocket::init()
{
    if (!NativeSocket::available)
        QSKIP("no native socket API in this build: its callers take Qt's own path");
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    m_client.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
    QVERIFY(m_client.waitForConnected(5000));
    QTRY_VERIFY(m_server.descriptor >= 0);
    m_served = std::exchange(m_server.descriptor, -1);
}

void TestNativeSocket::cleanup()
{
    if (m_served >= 0)
        NativeSocket::close(std::exchange(m_served, -1));
    m_client.abort();
    m_server.close();
}

void TestNativeSocket::receiveStates()
{
    const qintptr descriptor = m_served;
    char data[16] = {};
    NativeSocket::Received received = NativeSocket::receive(descriptor, data, sizeof data);
    QCOMPARE(received.state, NativeSocket::Received::State::NothingYet);
    QCOMPARE(received.count, 0);

    m_client.write("hello");
    QVERIFY(m_client.waitForBytesWritten(5000));
    // Peeked bytes stay in the kernel for the read that takes them.
    QTRY_COMPARE(NativeSocket::receive(descriptor, data, 2, true).count, 2);
    QCOMPARE(QByteArray(data, 2), QByteArray("he"));
    received = NativeSocket::receive(descriptor, data, sizeof data);
    QCOMPARE(received.state, NativeSocket::Received::State::Data);
    QCOMPARE(QByteArray(data, int(received.count)), QByteArray("hello"));
    QCOMPARE(NativeSocket::receive(descriptor, data, sizeof data).state,
             NativeSocket::Received::State::NothingYet);

    m_client.disconnectFromHost();
    QTRY_COMPARE(NativeSocket::receive(descriptor, data, sizeof data).state,
                 NativeSocket::Received::State::Ended);
    // A descriptor that is no socket at all ends too, rather than waiting for nothing.
    QCOMPARE(NativeSocket::receive(-1, data, sizeof data).state,
             NativeSocket::Received::State::Ended);
}

void TestNativeSocket::shutdownWriteEndsOneDirection()
{
    NativeSocket::sendNow(m_served, "answer");
    QVERIFY(NativeSocket::shutdownWrite(m_served));
    // The client reads the answer, then the end of our side...
    QTRY_COMPARE(m_client.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(m_client.readAll(), QByteArray("answer"));
    QVERIFY(!NativeSocket::shutdownWrite(-1));
}

void TestNativeSocket::peerIsTheClient()
{
    QHostAddress address;
    quint16 port = 0;
    QVERIFY(NativeSocket::peer(m_served, &address, &port));
    QCOMPARE(address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(port, m_client.localPort());
    QVERIFY(!NativeSocket::peer(-1, &address, &port));
}

QTEST_GUILESS_MAIN(TestNativeSocket)
#include "tst_nativesocket.moc"
