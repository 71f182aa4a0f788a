#pragma once

#include <QBasicTimer>
#include <QObject>

#include <memory>

class FrontDoor;
class QTcpSocket;

// Serves one TCP connection until it ends or becomes a WebSocket: reads each request head
// (only peeking at it, so a handshake reaches QWebSocketServer untouched), answers through
// the FrontDoor, and enforces the head time-out. It is a child of its socket.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, std::shared_ptr<const FrontDoor> frontDoor,
                   int headTimeoutMs);

    QTcpSocket *socket() const { return m_socket; }

Q_SIGNALS:
    void requestServed(const QString &peer, const QByteArray &method, const QByteArray &target,
                       int status);
    // Something about the peer worth a warning in the log (an origin refused...).
    void warning(const QString &peer, const QString &message);
    // A valid handshake is waiting, unread, in the socket. The head time-out keeps running
    // until the WebSocket server has the connection and deletes this, so a handshake that
    // never completes is still cut off.
    void upgradeRequested(HttpConnection *connection);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    // The peer's name for the log, made when first needed: most handshakes never need it.
    const QString &peer();
    void processBuffered();
    void onTimeout();
    void closeAfterWriting();
    void shutdownWriteSide();

    QTcpSocket *m_socket;
    std::shared_ptr<const FrontDoor> m_frontDoor;
    QString m_peer;
    QBasicTimer m_timer; // no QObject of its own: one of these exists per connection
    int m_headTimeoutMs;
    enum class Phase { Reading, HandedOff, Closing } m_phase = Phase::Reading;
};
