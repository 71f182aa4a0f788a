#pragma once

#include "bufferbudget.h"
#include "clientinfo.h"
#include "httpconnection.h"
#include "serversettings.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class FrontDoor;
class FrontServer;
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

    enum class ListenError { AddressInUse, AccessDenied, AddressNotAvailable, Tls, Other };
    Q_ENUM(ListenError)

    explicit DuplexServer(QObject *parent = nullptr);
    ~DuplexServer() override;

    State state() const { return m_state; }
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    int clientCount() const { return int(m_clients.size()); }
    // Whether the port speaks TLS (https://, wss://) since the last start().
    bool usesTls() const;

public Q_SLOTS:
    // Listens with `settings`; emits listening() or listenFailed() before returning.
    // Clients still closing from an earlier stop() are cut off first.
    bool start(const ServerSettings &settings);
    // Frees the port at once, closes every WebSocket with 1000 (Normal Closure) and every
    // plain HTTP connection, and emits stopped() when all are gone or closeGraceMs ran out.
    void stop();

    // The connection table: every `milliseconds`, clientsUpdated() with the clients that are
    // new or changed since and the ids of those that left. 0 (the default) turns it off, and
    // the echo path then does no bookkeeping for it.
    void setClientUpdateInterval(int milliseconds);
    // Closes one client's connection with `closeCode` (1000, or 1008 with a reason...).
    bool disconnectClient(quint64 id, int closeCode, const QString &reason);
    // Sends a text (UTF-8) or binary message to one client or to all; logged like the echo.
    bool sendToClient(quint64 id, const QByteArray &message, bool binary);
    int broadcast(const QByteArray &message, bool binary);

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
    // Worth knowing, and no problem: e.g. how binary messages are echoed, said once.
    void notice(const QString &peer, const QString &message);
    void clientsUpdated(const QList<ClientInfo> &changed, const QList<quint64> &removed);

private:
    struct Client
    {
        // The peer's name for signals, made when first needed (see peerOf()): a connection
        // that comes and goes with nobody listening is never named.
        QString peer;
        QHostAddress peerAddress; // as it was at the handshake: a closed socket forgets it
        quint16 peerPort = 0;
        QByteArray realIp; // proxy headers of its handshake, for the name (usually empty)
        QByteArray forwardedFor;
        // The QWebSocket's TCP socket, for its buffers. Not its child: QWebSocketServer
        // deletes it later than the QWebSocket's disconnected(), which removes this record.
        QTcpSocket *tcp = nullptr;
        // Liveness without a clock read per message: a message or pong sets `heard`; each
        // ping round adds its interval to `silentMs` for a peer that said nothing since.
        bool heard = true;
        bool active = false; // a message since the last ping round: its buffers are in use
        bool talked = false; // a message since the handshake: startTalking() ran
        int silentMs = 0;
        qint64 unfinished = 0; // what the frames of an unfinished message cost (QString: x2)
        bool closing = false; // a close frame was sent or received: the end is not abnormal
        bool pongConnected = false;
        bool changed = false; // listed in m_changed for the next clientsUpdated()
        quint64 id = 0;
        qint64 connectedAt = 0;
        qint64 lastActivity = 0;
        qint64 messagesIn = 0;
        qint64 messagesOut = 0;
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
        qint64 pingSentNs = -1; // on m_clock, while a ping waits for its pong
        qint64 roundTripUs = -1;
    };

    // A handshake waiting to be done by QWebSocketServer, by both endpoints of its socket.
    struct Handshake
    {
        QTcpSocket *socket = nullptr;
        // What served it as HTTP (its head time-out runs until the upgrade is done), or null
        // when it was handed over straight from the accept: its whole head was already there.
        HttpConnection *connection = nullptr;
        QByteArray realIp; // the proxy headers the front door read, for the peer's name
        QByteArray forwardedFor;
        // Bytes came after the head, before our answer: frames from a peer that did not wait
        // for the 101 (RFC 6455 4.1). QWebSocket reads them while it is being made, before
        // anyone hears its messages, so the client is closed with 1002 rather than served
        // with a message silently lost.
        bool sentAfterHead = false;
    };

    void acceptConnections();
    bool upgradeAtOnce(QTcpSocket *socket);
    void handOver(const ConnectionKey &key, Handshake &&handshake);
    // HttpConnection::Owner
    bool reportsRequests() const override;
    void requestServed(const QString &peer, const QByteArray &method, const QByteArray &target,
                       int status) override;
    void connectionWarning(const QString &peer, const QString &message) override;
    void upgradeRequested(HttpConnection *connection) override;
    void httpSocketClosed(QTcpSocket *socket) override;
    void handoverEnded(HttpConnection *connection) override;

    void acceptWebSockets();
    const QString &peerOf(Client &client);
    void startTalking(Client &client);
    enum class Direction { In, Out };
    static qint64 utf8Size(QStringView text);
    void account(QWebSocket *socket, Client &client, Direction direction, qint64 bytes);
    void markChanged(QWebSocket *socket, Client &client);
    ClientInfo infoOf(QWebSocket *socket, Client &client);
    void sendClientUpdates();
    QWebSocket *clientById(quint64 id) const;
    void send(QWebSocket *socket, Client &client, const QByteArray &message, bool binary);
    void ping(QWebSocket *socket, Client &client);
    void releaseGreetedBuffers();
    void onClientDisconnected(QWebSocket *socket);
    void pingClients();
    void armBudgetCheck();
    void keepWithinBudget();
    bool canSendTo(QWebSocket *socket, Client &client);
    int connectionCount() const;
    void setState(State state);
    void finishStopIfIdle();
    void tellBinaryEcho(const QString &peer);
    void abortEverything();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    FrontServer *m_tcpServer;
    QWebSocketServer *m_webSocketServer;
    std::shared_ptr<const FrontDoor> m_frontDoor; // shared with the connections it serves
    ServerSettings m_settings;
    State m_state = State::Stopped;
    bool m_toldBinaryEcho = false; // the first binary echo of a run says how it echoes
    QSet<QTcpSocket *> m_httpSockets; // served as plain HTTP, not yet handed over
    QHash<ConnectionKey, Handshake> m_handshakes; // handed over, not yet a WebSocket
    QHash<QWebSocket *, Client> m_clients; // live WebSockets
    QSet<QTcpSocket *> m_refused; // over the connection cap, being told 503
    QTimer m_graceTimer;
    QTimer m_pingTimer;
    // Greeted since the last sweep: their buffers are given back once the greeting is out
    // and they stayed quiet (a connection that comes and goes at once never pays for it).
    QList<QWebSocket *> m_greeted;
    QBasicTimer m_releaseTimer;
    QElapsedTimer m_clock; // ping round trips
    BufferBudget m_budget;
    QBasicTimer m_budgetTimer; // armed by what comes in (armBudgetCheck())
    // The connection table (setClientUpdateInterval()).
    bool m_tracking = false;
    QBasicTimer m_updateTimer;
    qint64 m_now = 0; // the time of the last update: a message's "last activity"
    QList<QWebSocket *> m_changed;
    QList<quint64> m_removed;
    quint64 m_lastClientId = 0;
};
