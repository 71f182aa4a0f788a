#pragma once

#include <QBasicTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <memory>

class FrontDoor;
class QTcpSocket;

// Which TCP connection a socket is: both ends, since one peer endpoint may reach a server
// bound to every interface at two of its addresses. The same for the QTcpSocket that asks for
// an upgrade and for the QWebSocket that QWebSocketServer makes of it.
struct ConnectionKey
{
    QHostAddress localAddress;
    QHostAddress peerAddress;
    quint16 localPort = 0;
    quint16 peerPort = 0;
    template<typename Socket> static ConnectionKey of(const Socket *socket)
    {
        return { socket->localAddress(), socket->peerAddress(), socket->localPort(),
                 socket->peerPort() };
    }
    friend bool operator==(const ConnectionKey &a, const ConnectionKey &b)
    {
        return a.localPort == b.localPort && a.peerPort == b.peerPort
                && a.peerAddress == b.peerAddress && a.localAddress == b.localAddress;
    }
    friend size_t qHash(const ConnectionKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.peerAddress, key.peerPort, key.localPort);
    }
};

// Serves one TCP connection until it ends or becomes a WebSocket: reads each request head
// (only peeking at it, so a handshake reaches QWebSocketServer untouched), answers through
// the FrontDoor, and enforces the head time-out. It is a child of its socket.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    // Who hears what a connection does: the server. A plain interface rather than signals,
    // because a handshake is short and four connections made and undone for each one were a
    // tenth of its cost.
    class Owner
    {
    public:
        // Whether anyone wants requestServed(): else peers are not even named for it.
        virtual bool reportsRequests() const = 0;
        virtual void requestServed(const QString &peer, const QByteArray &method,
                                   const QByteArray &target, int status)
                = 0;
        // Something about the peer worth a warning in the log (an origin refused...).
        virtual void connectionWarning(const QString &peer, const QString &message) = 0;
        // A valid handshake is waiting, unread, in the socket. The head time-out keeps running
        // until the WebSocket server has the connection and deletes this, so a handshake that
        // never completes is still cut off.
        virtual void upgradeRequested(HttpConnection *connection) = 0;
        // The peer went away while this served it as HTTP; the socket is still alive.
        virtual void httpSocketClosed(QTcpSocket *socket) = 0;
        // A connection that was handed over is being destroyed with its socket (the WebSocket
        // server refused the handshake or gave up on it).
        virtual void handoverEnded(HttpConnection *connection) = 0;

    protected:
        ~Owner() = default;
    };

    HttpConnection(QTcpSocket *socket, Owner *owner, std::shared_ptr<const FrontDoor> frontDoor,
                   int headTimeoutMs);
    ~HttpConnection() override;

    QTcpSocket *socket() const { return m_socket; }
    // Both ends of the connection, as they were when it was handed over.
    const ConnectionKey &key() const { return m_key; }
    // The proxy headers of the request that was handed over (null when absent).
    const QByteArray &realIp() const { return m_realIp; }
    const QByteArray &forwardedFor() const { return m_forwardedFor; }
    // Whether bytes followed the handed-over head in the socket's buffer: frames from a peer
    // that did not wait for the 101.
    bool sentAfterHead() const { return m_sentAfterHead; }
    // Nothing more is reported (the owner is going, or has finished with this).
    void forgetOwner() { m_owner = nullptr; }
    // Answers without reading a request (a connection over the cap: 503), then closes the way
    // every answer that ends a connection does: half-closed once written, and what the peer
    // still sends read and dropped until it closes or the linger time runs out, so that it
    // reads the answer instead of a reset.
    void refuse(const QByteArray &answer);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    // The peer's name for the log, made when first needed: most handshakes never need it.
    const QString &peer();
    void write(const QByteArray &answer);
    void processBuffered();
    void onTimeout();
    void closeAfterWriting();
    void shutdownWriteSide();

    QTcpSocket *m_socket;
    Owner *m_owner;
    std::shared_ptr<const FrontDoor> m_frontDoor;
    QString m_peer;
    ConnectionKey m_key;
    QByteArray m_realIp;
    QByteArray m_forwardedFor;
    bool m_sentAfterHead = false;
    bool m_watchingWrites = false;
    QBasicTimer m_timer; // no QObject of its own: one of these exists per connection
    int m_headTimeoutMs;
    enum class Phase { Reading, HandedOff, Closing } m_phase = Phase::Reading;
};
