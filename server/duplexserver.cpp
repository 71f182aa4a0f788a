#include "duplexserver.h"

#include "echo.h"
#include "frontdoor.h"
#include "httpconnection.h"
#include "socketbuffers.h"

#include <QMetaMethod>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {
// Room for a burst of connects: the kernel's queue and the accepted-but-unserved queue.
constexpr int listenBacklog = 4096;
constexpr int maxPendingConnections = 4096;

} // namespace

DuplexServer::DuplexServer(QObject *parent)
    : QObject(parent), m_tcpServer(new QTcpServer(this)),
      m_webSocketServer(new QWebSocketServer(QStringLiteral("Duplex"),
                                             QWebSocketServer::NonSecureMode, this)),
      // Children, so that the timers move to the server's thread along with it.
      m_graceTimer(this), m_pingTimer(this)
{
    qRegisterMetaType<ServerSettings>();
    m_tcpServer->setListenBacklogSize(listenBacklog);
    m_tcpServer->setMaxPendingConnections(maxPendingConnections);
    m_webSocketServer->setMaxPendingConnections(maxPendingConnections);
    connect(m_tcpServer, &QTcpServer::newConnection, this, &DuplexServer::acceptConnections);
    connect(m_webSocketServer, &QWebSocketServer::newConnection, this,
            &DuplexServer::acceptWebSockets);

    m_graceTimer.setObjectName(QStringLiteral("graceTimer"));
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, &DuplexServer::abortEverything);
    connect(&m_pingTimer, &QTimer::timeout, this, &DuplexServer::pingClients);
}

DuplexServer::~DuplexServer()
{
    // The sockets would die after this object's members, and a dying socket says it is
    // disconnected: cut every connection first, then delete them while the members still live.
    m_graceTimer.stop();
    m_pingTimer.stop();
    const auto clients = std::exchange(m_clients, {});
    for (auto it = clients.cbegin(); it != clients.cend(); ++it) {
        it.key()->disconnect();
        delete it.key();
    }
    for (QSet<QTcpSocket *> *sockets : { &m_httpSockets, &m_refused }) {
        const QSet<QTcpSocket *> owned = std::exchange(*sockets, {});
        for (QTcpSocket *socket : owned) {
            socket->disconnect();
            delete socket; // and its HttpConnection
        }
    }
    for (HttpConnection *connection : std::exchange(m_handshakes, {}))
        connection->forgetOwner();
}

QHostAddress DuplexServer::serverAddress() const
{
    return m_tcpServer->serverAddress();
}

quint16 DuplexServer::serverPort() const
{
    return m_tcpServer->serverPort();
}

bool DuplexServer::start(const ServerSettings &settings)
{
    if (m_state == State::Listening) {
        Q_EMIT listenFailed(ListenError::Other,
                            tr("The server is already listening on %1.")
                                    .arg(endpointName(serverAddress(), serverPort())));
        return false;
    }
    if (m_state == State::Stopping)
        abortEverything();
    m_graceTimer.stop();

    m_settings = settings;
    m_frontDoor = std::make_shared<const FrontDoor>(settings);
    if (!m_tcpServer->listen(settings.address, settings.port)) {
        const QString where = endpointName(settings.address, settings.port);
        switch (m_tcpServer->serverError()) {
        case QAbstractSocket::AddressInUseError:
            Q_EMIT listenFailed(ListenError::AddressInUse,
                                tr("Port %1 is already in use on %2: another program is "
                                   "listening there.")
                                        .arg(settings.port)
                                        .arg(browsableHost(settings.address)));
            break;
        case QAbstractSocket::SocketAccessError:
            Q_EMIT listenFailed(ListenError::AccessDenied,
                                tr("Permission denied to listen on %1: ports below 1024 need "
                                   "administrator rights.")
                                        .arg(where));
            break;
        case QAbstractSocket::SocketAddressNotAvailableError:
            Q_EMIT listenFailed(ListenError::AddressNotAvailable,
                                tr("Cannot listen on %1: the address %2 does not belong to this "
                                   "computer.")
                                        .arg(where, settings.address.toString()));
            break;
        default:
            Q_EMIT listenFailed(
                    ListenError::Other,
                    tr("Cannot listen on %1: %2.").arg(where, m_tcpServer->errorString()));
            break;
        }
        return false;
    }
    m_pingTimer.start(std::max(1, settings.pingIntervalMs));
    setState(State::Listening);
    Q_EMIT listening(serverAddress(), serverPort());
    return true;
}

void DuplexServer::stop()
{
    if (m_state != State::Listening)
        return;
    m_tcpServer->close();
    m_pingTimer.stop();
    setState(State::Stopping);
    // Started first: closing the sockets below may finish the stop before the loops end.
    m_graceTimer.start(m_settings.closeGraceMs);

    const auto httpSockets = m_httpSockets;
    for (QTcpSocket *socket : httpSockets)
        socket->abort();
    const auto handshakes = m_handshakes;
    for (HttpConnection *connection : handshakes)
        connection->socket()->abort();
    const auto clients = m_clients.keys();
    for (QWebSocket *socket : clients)
        socket->close(QWebSocketProtocol::CloseCodeNormal, tr("Server stopped"));
    finishStopIfIdle();
}

void DuplexServer::abortEverything()
{
    const auto httpSockets = m_httpSockets;
    for (QTcpSocket *socket : httpSockets)
        socket->abort();
    const auto handshakes = m_handshakes;
    m_handshakes.clear();
    for (HttpConnection *connection : handshakes) {
        connection->forgetOwner(); // no longer counted; its socket may outlive this server
        connection->socket()->abort();
    }
    const auto clients = m_clients.keys();
    for (QWebSocket *socket : clients)
        socket->abort();
    finishStopIfIdle();
}

void DuplexServer::finishStopIfIdle()
{
    if (m_state != State::Stopping || !m_clients.isEmpty() || !m_httpSockets.isEmpty()
        || !m_handshakes.isEmpty()) {
        return;
    }
    m_graceTimer.stop();
    setState(State::Stopped);
    Q_EMIT stopped();
}

void DuplexServer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

int DuplexServer::connectionCount() const
{
    return int(m_httpSockets.size() + m_handshakes.size() + m_clients.size());
}

void DuplexServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        if (connectionCount() >= m_settings.maxConnections) {
            // Told in a few bytes and let go; nobody already connected notices.
            const QString peer = endpointName(socket->peerAddress(), socket->peerPort());
            m_refused.insert(socket);
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_refused.remove(socket);
                socket->deleteLater();
            });
            socket->write(FrontDoor::overloadResponse());
            socket->disconnectFromHost();
            Q_EMIT warning(peer,
                           tr("refused: %n connection(s) already, the most allowed", nullptr,
                              m_settings.maxConnections));
            continue;
        }
        new HttpConnection(socket, this, m_frontDoor, m_settings.headTimeoutMs);
        m_httpSockets.insert(socket);
    }
}

bool DuplexServer::reportsRequests() const
{
    static const QMetaMethod httpRequestServedSignal
            = QMetaMethod::fromSignal(&DuplexServer::httpRequestServed);
    return isSignalConnected(httpRequestServedSignal);
}

void DuplexServer::requestServed(const QString &peer, const QByteArray &method,
                                 const QByteArray &target, int status)
{
    Q_EMIT httpRequestServed(peer, method, target, status);
}

void DuplexServer::connectionWarning(const QString &peer, const QString &message)
{
    Q_EMIT warning(peer, message);
}

void DuplexServer::httpSocketClosed(QTcpSocket *socket)
{
    if (!m_httpSockets.remove(socket))
        return;
    socket->deleteLater();
    finishStopIfIdle();
}

void DuplexServer::handoverEnded(HttpConnection *connection)
{
    // QWebSocketServer deletes a socket whose handshake it refuses; the connection, its child,
    // goes with it.
    const auto it = m_handshakes.find(connection->key());
    if (it != m_handshakes.end() && it.value() == connection)
        m_handshakes.erase(it);
    finishStopIfIdle();
}

void DuplexServer::upgradeRequested(HttpConnection *connection)
{
    m_httpSockets.remove(connection->socket());
    m_handshakes.insert(connection->key(), connection);
    m_webSocketServer->handleConnection(connection->socket());
}

void DuplexServer::acceptWebSockets()
{
    while (QWebSocket *socket = m_webSocketServer->nextPendingConnection()) {
        socket->setParent(this);
        QTcpSocket *tcp = nullptr;
        QByteArray realIp;
        QByteArray forwardedFor;
        if (HttpConnection *connection = m_handshakes.take(ConnectionKey::of(socket))) {
            tcp = connection->socket();
            realIp = connection->realIp();
            forwardedFor = connection->forwardedFor();
            // Nothing of it is running: it hears its socket only through direct connections,
            // and this comes from the WebSocket server's queued handshake slot.
            connection->forgetOwner(); // taken out of m_handshakes already
            delete connection;
        }
        if (m_state != State::Listening) {
            socket->abort(); // its handshake finished after stop()
            socket->deleteLater();
            finishStopIfIdle();
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(quint64(m_settings.maxMessageSize));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_settings.maxMessageSize));

        // The front door read the proxy headers already (the same request QWebSocket parsed).
        const QString peer
                = peerName(socket->peerAddress(), socket->peerPort(), realIp, forwardedFor);
        m_clients.insert(socket, { peer, tcp });
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &message) {
                    Client &client = m_clients[socket];
                    client.heard = true;
                    client.active = true;
                    Q_EMIT textMessageReceived(client.peer, message);
                    if (!canSendTo(socket, client))
                        return;
                    const QString reply = Echo::reply(message);
                    socket->sendTextMessage(reply);
                    Q_EMIT textMessageSent(client.peer, reply);
                });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket](const QByteArray &message) {
                    Client &client = m_clients[socket];
                    client.heard = true;
                    client.active = true;
                    Q_EMIT binaryMessageReceived(client.peer, message);
                    if (!canSendTo(socket, client))
                        return;
                    const QByteArray reply = Echo::reply(message);
                    socket->sendBinaryMessage(reply);
                    Q_EMIT binaryMessageSent(client.peer, reply);
                });
        // QWebSocket says aboutToClose only around a close handshake; without one its
        // closeCode() still says 1000, so this tells an abrupt end (1006) from a clean one.
        connect(socket, &QWebSocket::aboutToClose, this, [this, socket] {
            const auto it = m_clients.find(socket);
            if (it != m_clients.end())
                it->closing = true;
        });
        connect(socket, &QWebSocket::pong, this, [this, socket] {
            Client &client = m_clients[socket];
            client.heard = true;
            if (!client.active)
                SocketBuffers::release(client.tcp); // the pong was all it said
        });
        connect(socket, &QWebSocket::disconnected, this,
                [this, socket] { onClientDisconnected(socket); });

        Q_EMIT clientConnected(peer);
        Q_EMIT clientCountChanged(clientCount());
        const QString greeting = QStringLiteral("Welcome!");
        socket->sendTextMessage(greeting);
        Q_EMIT textMessageSent(peer, greeting);
        // A new connection has nothing else in flight: send the greeting now and give back
        // the buffers the handshake used, most of what a quiet connection would cost.
        socket->flush();
        SocketBuffers::release(tcp);
    }
}

bool DuplexServer::canSendTo(QWebSocket *socket, const Client &client)
{
    if (socket->bytesToWrite() <= m_settings.maxPendingWrite)
        return true;
    // It sends but does not read: drop it rather than hold its replies without end.
    Q_EMIT warning(client.peer,
                   tr("dropped: %1 bytes of replies are waiting, and it reads none of them")
                           .arg(socket->bytesToWrite()));
    socket->abort();
    return false;
}

void DuplexServer::pingClients()
{
    const int interval = m_pingTimer.interval();
    const auto clients = m_clients.keys();
    for (QWebSocket *socket : clients) {
        auto it = m_clients.find(socket);
        if (it == m_clients.end())
            continue; // gone while an earlier one was aborted
        it->silentMs = it->heard ? 0 : it->silentMs + interval;
        it->heard = false;
        if (it->silentMs >= m_settings.pongTimeoutMs) {
            Q_EMIT warning(it->peer,
                           tr("dropped: no answer to pings for %1 s")
                                   .arg(it->silentMs / 1000.0, 0, 'f', 1));
            socket->abort();
        } else {
            // Quiet since the last round: send the ping at once and let the buffers go again.
            // (A failed write may end the connection, and `it` with it, inside flush().)
            const bool quiet = !it->active;
            it->active = false;
            QTcpSocket *tcp = it->tcp;
            socket->ping();
            if (quiet) {
                socket->flush();
                SocketBuffers::release(tcp);
            }
        }
    }
}

void DuplexServer::onClientDisconnected(QWebSocket *socket)
{
    const Client client = m_clients.take(socket);
    socket->deleteLater();
    if (client.closing)
        Q_EMIT clientDisconnected(client.peer, socket->closeCode(), socket->closeReason());
    else
        Q_EMIT clientDisconnected(client.peer, QWebSocketProtocol::CloseCodeAbnormalDisconnection,
                                  QString());
    Q_EMIT clientCountChanged(clientCount());
    finishStopIfIdle();
}
