#include "duplexserver.h"

#include "echo.h"
#include "frontdoor.h"
#include "httpconnection.h"

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
      m_graceTimer(this) // a child, so that it moves to the server's thread along
{
    qRegisterMetaType<ServerSettings>();
    m_tcpServer->setListenBacklogSize(listenBacklog);
    m_tcpServer->setMaxPendingConnections(maxPendingConnections);
    m_webSocketServer->setMaxPendingConnections(maxPendingConnections);
    connect(m_tcpServer, &QTcpServer::newConnection, this, &DuplexServer::acceptConnections);
    connect(m_webSocketServer, &QWebSocketServer::newConnection, this,
            &DuplexServer::acceptWebSockets);

    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, &DuplexServer::abortEverything);
}

DuplexServer::~DuplexServer()
{
    // The sockets die after this object's members; keep them from calling back in.
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        delete it.key();
    }
    for (QTcpSocket *socket : std::as_const(m_httpSockets)) {
        disconnect(socket, nullptr, this, nullptr);
        delete socket;
    }
    for (HttpConnection *connection : std::as_const(m_handshakes))
        disconnect(connection, nullptr, this, nullptr);
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

    m_settings = settings;
    m_frontDoor = std::make_shared<const FrontDoor>(settings.maxHeadSize);
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
    setState(State::Listening);
    Q_EMIT listening(serverAddress(), serverPort());
    return true;
}

void DuplexServer::stop()
{
    if (m_state != State::Listening)
        return;
    m_tcpServer->close();
    setState(State::Stopping);

    const auto httpSockets = m_httpSockets;
    for (QTcpSocket *socket : httpSockets)
        socket->abort();
    const auto handshakes = m_handshakes;
    for (HttpConnection *connection : handshakes)
        connection->socket()->abort();
    const auto clients = m_clients.keys();
    for (QWebSocket *socket : clients)
        socket->close(QWebSocketProtocol::CloseCodeNormal, tr("Server stopped"));

    m_graceTimer.start(m_settings.closeGraceMs);
    finishStopIfIdle();
}

void DuplexServer::abortEverything()
{
    const auto httpSockets = m_httpSockets;
    for (QTcpSocket *socket : httpSockets)
        socket->abort();
    const auto handshakes = m_handshakes;
    m_handshakes.clear();
    for (HttpConnection *connection : handshakes)
        connection->socket()->abort();
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

void DuplexServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_frontDoor, m_settings.headTimeoutMs);
        m_httpSockets.insert(socket);
        connect(connection, &HttpConnection::requestServed, this, &DuplexServer::httpRequestServed);
        connect(connection, &HttpConnection::upgradeRequested, this, &DuplexServer::handOver);
        // The connection is the context: once it hands the socket over, this goes too.
        connect(socket, &QTcpSocket::disconnected, connection, [this, socket] {
            m_httpSockets.remove(socket);
            socket->deleteLater();
            finishStopIfIdle();
        });
    }
}

void DuplexServer::handOver(HttpConnection *connection)
{
    m_httpSockets.remove(connection->socket());
    const QString peer = connection->peer();
    m_handshakes.insert(peer, connection);
    // QWebSocketServer deletes a socket whose handshake it refuses; the connection, its child,
    // goes with it.
    connect(connection, &QObject::destroyed, this, [this, peer, connection] {
        if (m_handshakes.value(peer) == connection)
            m_handshakes.remove(peer);
        finishStopIfIdle();
    });
    m_webSocketServer->handleConnection(connection->socket());
}

void DuplexServer::acceptWebSockets()
{
    while (QWebSocket *socket = m_webSocketServer->nextPendingConnection()) {
        socket->setParent(this);
        const QString peer = endpointName(socket->peerAddress(), socket->peerPort());
        if (HttpConnection *connection = m_handshakes.take(peer))
            connection->finishHandoff();
        if (m_state != State::Listening) {
            socket->abort(); // its handshake finished after stop()
            socket->deleteLater();
            continue;
        }

        m_clients.insert(socket, peer);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket, peer](const QString &message) {
                    Q_EMIT textMessageReceived(peer, message);
                    const QString reply = Echo::reply(message);
                    socket->sendTextMessage(reply);
                    Q_EMIT textMessageSent(peer, reply);
                });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket, peer](const QByteArray &message) {
                    Q_EMIT binaryMessageReceived(peer, message);
                    const QByteArray reply = Echo::reply(message);
                    socket->sendBinaryMessage(reply);
                    Q_EMIT binaryMessageSent(peer, reply);
                });
        connect(socket, &QWebSocket::disconnected, this,
                [this, socket] { onClientDisconnected(socket); });

        Q_EMIT clientConnected(peer);
        Q_EMIT clientCountChanged(clientCount());
        const QString greeting = QStringLiteral("Welcome!");
        socket->sendTextMessage(greeting);
        Q_EMIT textMessageSent(peer, greeting);
    }
}

void DuplexServer::onClientDisconnected(QWebSocket *socket)
{
    const QString peer = m_clients.take(socket);
    socket->deleteLater();
    Q_EMIT clientDisconnected(peer, socket->closeCode(), socket->closeReason());
    Q_EMIT clientCountChanged(clientCount());
    finishStopIfIdle();
}
