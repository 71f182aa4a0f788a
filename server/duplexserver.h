#pragma once

#include "httpconnection.h"
#include "serversettings.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class FrontDoor;
class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

// The Duplex server: one TCP port that serves the page over HTTP and upgrades /ws/ to the
// seed's WebSocket echo (greets "Welcome!", answers every message upper-cased).
//
// It makes no assumption about its thread: the window moves it to a thread of its own and
// talks to it through queued calls and signals; headless mode and tests use it directly.
// Every event a user may want to see is a signal, so the front ends only connect to it.
class DuplexServer final : public QObject, private HttpConnection::Owner
{
    Q_OBJECT

public:
    enum class State { Stopped, Listening, Stopping };
    Q_ENUM(State)

    enum class ListenError { AddressInUse, AccessDenied, AddressNotAvailable, Other };
    Q_ENUM(ListenError)

    explicit DuplexServer(QObject *parent = nullptr);
    ~DuplexServer() override;

    State state() const { return m_state; }
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    int clientCount() const { return int(m_clients.size()); }

public Q_SLOTS:
    // Listens with `settings`; emits listening() or listenFailed() before returning.
    // Clients still closing from an earlier stop() are cut off first.
    bool start(const ServerSettings &settings);
    // Frees the port at once, closes every WebSocket with 1000 (Normal Closure) and every
    // plain HTTP connection, and emits stopped() when all are gone or closeGraceMs ran out.
    void stop();

Q_SIGNALS:
    void stateChanged(DuplexServer::State state);
    void listening(const QHostAddress &address, quint16 port);
    void listenFailed(DuplexServer::ListenError error, const QString &message);
    void stopped();

    void clientConnected(const QString &peer);
    void clientDisconnected(const QString &peer, int closeCode, const QString &reason);
    void clientCountChanged(int count);
    void textMessageReceived(const QString &peer, const QString &message);
    void textMessageSent(const QString &peer, const QString &message);
    void binaryMessageReceived(const QString &peer, const QByteArray &message);
    void binaryMessageSent(const QString &peer, const QByteArray &message);
    void httpRequestServed(const QString &peer, const QByteArray &method, const QByteArray &target,
                           int status);
    // A peer was refused or cut off by a limit or a policy; `message` says which and why.
    void warning(const QString &peer, const QString &message);

private:
    struct Client
    {
        QString peer;
        // The QWebSocket's TCP socket, for its buffers. Not its child: QWebSocketServer
        // deletes it later than the QWebSocket's disconnected(), which removes this record.
        QTcpSocket *tcp = nullptr;
        // Liveness without a clock read per message: a message or pong sets `heard`; each
        // ping round adds its interval to `silentMs` for a peer that said nothing since.
        bool heard = true;
        bool active = false; // a message since the last ping round: its buffers are in use
        int silentMs = 0;
        bool closing = false; // a close frame was sent or received: the end is not abnormal
    };

    void acceptConnections();
    // HttpConnection::Owner
    bool reportsRequests() const override;
    void requestServed(const QString &peer, const QByteArray &method, const QByteArray &target,
                       int status) override;
    void connectionWarning(const QString &peer, const QString &message) override;
    void upgradeRequested(HttpConnection *connection) override;
    void httpSocketClosed(QTcpSocket *socket) override;
    void handoverEnded(HttpConnection *connection) override;

    void acceptWebSockets();
    void onClientDisconnected(QWebSocket *socket);
    void pingClients();
    bool canSendTo(QWebSocket *socket, const Client &client);
    int connectionCount() const;
    void setState(State state);
    void finishStopIfIdle();
    void abortEverything();

    QTcpServer *m_tcpServer;
    QWebSocketServer *m_webSocketServer;
    std::shared_ptr<const FrontDoor> m_frontDoor; // shared with the connections it serves
    ServerSettings m_settings;
    State m_state = State::Stopped;
    QSet<QTcpSocket *> m_httpSockets; // served as plain HTTP, not yet handed over
    // Handed over, not yet a WebSocket; by both endpoints. Their head time-out still runs.
    QHash<ConnectionKey, HttpConnection *> m_handshakes;
    QHash<QWebSocket *, Client> m_clients; // live WebSockets
    QSet<QTcpSocket *> m_refused; // over the connection cap, being told 503
    QTimer m_graceTimer;
    QTimer m_pingTimer;
};
