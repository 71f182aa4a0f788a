#include "duplexserver.h"

#include "echo.h"
#include "frontdoor.h"
#include "frontserver.h"
#include "httpconnection.h"
#include "logging.h"
#include "nativesocket.h"
#include "socketbuffers.h"
#include "tlssetup.h"

#include <QDateTime>
#include <QMetaMethod>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimerEvent>
#include <QVarLengthArray>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {
// What clients are told when the server stops: the protocol's language on the wire, the
// user's in the log (releaseClient()).
const char stopReason[] = QT_TRANSLATE_NOOP("DuplexServer", "Server stopped");
// Room for a burst of connects: the kernel's queue and the accepted-but-unserved queue.
constexpr int listenBacklog = 4096;
constexpr int maxPendingConnections = 4096;
// How long a new WebSocket keeps the buffers its handshake used before a quiet one gives them
// back (see releaseGreetedBuffers()).
constexpr int releaseDelayMs = 50;
// How soon after bytes came in what all clients hold is summed up against
// ServerSettings::maxBufferedBytes: often enough that little comes in between two looks, seldom
// enough to cost nothing while messages flow. With nothing coming in there is no look at all:
// a timer waking an idle server ten times a second cost 12 % of a core with 10 000 connections,
// each wake-up polling all their sockets.
constexpr int budgetCheckMs = 100;
// Close codes QWebSocketProtocol has no name for (RFC 6455 7.4.1, IANA registry).
constexpr auto closeCodeTryAgainLater = QWebSocketProtocol::CloseCode(1013);

} // namespace

DuplexServer::DuplexServer(QObject *parent)
    : QObject(parent), m_tcpServer(new FrontServer(this)),
      m_webSocketServer(new QWebSocketServer(QStringLiteral("Duplex"),
                                             QWebSocketServer::NonSecureMode, this)),
      // Children, so that the timers move to the server's thread along with it.
      m_graceTimer(this), m_pingTimer(this)
{
    m_clock.start();
    qRegisterMetaType<ServerSettings>();
    m_tcpServer->setListenBacklogSize(listenBacklog);
    m_tcpServer->setMaxPendingConnections(maxPendingConnections);
    m_webSocketServer->setMaxPendingConnections(maxPendingConnections);
    connect(m_tcpServer, &QTcpServer::newConnection, this, &DuplexServer::acceptConnections);
    connect(m_tcpServer, &FrontServer::plainRequestRefused, this, [this](const QString &peer) {
        Q_EMIT warning(peer, tr("refused: plain HTTP sent to the TLS port (told to use https://)"));
    });
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
    m_releaseTimer.stop();
    m_updateTimer.stop();
    m_budgetTimer.stop();
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
    for (const Handshake &handshake : std::exchange(m_handshakes, {})) {
        if (handshake.connection)
            handshake.connection->forgetOwner();
    }
}

QHostAddress DuplexServer::serverAddress() const
{
    return m_tcpServer->serverAddress();
}

bool DuplexServer::usesTls() const
{
    return m_tcpServer->isTls();
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

    std::optional<QSslConfiguration> tls;
    if (settings.usesTls()) {
        QString error;
        tls = TlsSetup::serverConfiguration(settings.tlsCertificateFile, settings.tlsKeyFile,
                                            &error);
        if (!tls) {
            Q_EMIT listenFailed(ListenError::Tls, error);
            return false;
        }
    }
    m_tcpServer->setTls(std::move(tls));
    m_tcpServer->setHeadTimeout(settings.headTimeoutMs);
    m_tcpServer->setMaxWaiting(settings.maxConnections);

    m_settings = settings;
    m_toldBinaryEcho = false;
    m_budget = BufferBudget(settings.maxBufferedBytes);
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
    m_tcpServer->closeWaiting();
    m_pingTimer.stop();
    setState(State::Stopping);
    // Started first: closing the sockets below may finish the stop before the loops end.
    m_graceTimer.start(m_settings.closeGraceMs);

    const auto httpSockets = m_httpSockets;
    for (QTcpSocket *socket : httpSockets)
        socket->abort();
    const auto handshakes = m_handshakes;
    for (const Handshake &handshake : handshakes)
        handshake.socket->abort();
    const auto clients = m_clients.keys();
    for (QWebSocket *socket : clients)
        socket->close(QWebSocketProtocol::CloseCodeNormal, QString::fromLatin1(stopReason));
    finishStopIfIdle();
}

void DuplexServer::tellBinaryEcho(const QString &peer)
{
    m_toldBinaryEcho = true;
    Q_EMIT notice(peer,
                  m_settings.echoBinaryUnchanged
                          ? tr("binary messages are echoed unchanged")
                          : tr("binary messages are echoed as the seed's bytes.upper() does: "
                               "ASCII letters upper-cased, every other byte kept "
                               "(--echo-binary-unchanged or Server Settings: as they came)"));
}

void DuplexServer::abortEverything()
{
    const auto httpSockets = m_httpSockets;
    for (QTcpSocket *socket : httpSockets)
        socket->abort();
    const auto refused = m_refused;
    for (QTcpSocket *socket : refused)
        socket->abort(); // its 503 never left
    const auto handshakes = m_handshakes;
    m_handshakes.clear();
    for (const Handshake &handshake : handshakes) {
        if (handshake.connection) // no longer counted; its socket may outlive this server
            handshake.connection->forgetOwner();
        handshake.socket->abort();
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
        SocketBuffers::useSmallChunks(socket);
        if (connectionCount() >= m_settings.maxConnections) {
            // Told in a few bytes and let go; nobody already connected notices.
            const QString peer = endpointName(socket->peerAddress(), socket->peerPort());
            m_refused.insert(socket);
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_refused.remove(socket);
                socket->deleteLater();
            });
            if (m_refused.size() > m_settings.maxConnections) {
                // Refusals that linger are capped like connections: cut off instead.
                socket->abort();
            } else {
                // With TLS the answer goes out once the handshake is done; the linger time
                // of HttpConnection ends one that a peer stalls.
                (new HttpConnection(socket, nullptr, m_frontDoor, m_settings.headTimeoutMs))
                        ->refuse(FrontDoor::overloadResponse());
            }
            Q_EMIT warning(peer,
                           tr("refused: %n connection(s) already, the most allowed", nullptr,
                              m_settings.maxConnections));
            continue;
        }
        if (!m_tcpServer->isTls() && upgradeAtOnce(socket)) // TLS: the kernel has ciphertext
            continue;
        new HttpConnection(socket, this, m_frontDoor, m_settings.headTimeoutMs);
        m_httpSockets.insert(socket);
    }
}

bool DuplexServer::upgradeAtOnce(QTcpSocket *socket)
{
    if (!NativeSocket::available)
        return false;
    // Most WebSocket clients send their handshake the moment they are connected, so under
    // load it is often in the kernel already when the connection is accepted. Read from there
    // at once, a valid one goes straight to the WebSocket server: no HttpConnection, no
    // time-out (QWebSocketServer reads the whole head at once and then either upgrades the
    // connection or closes it), and no wait for the socket's next read notification. Anything
    // else takes the usual way.
    QVarLengthArray<char, 8 * 1024 + 1> head(m_frontDoor->maxHeadSize() + 1);
    // What is read goes into Qt's buffer, where every way on finds it; a build that cannot put
    // it there only peeks.
    const bool take = SocketBuffers::canRelease();
    const NativeSocket::Received received
            = NativeSocket::receive(socket->socketDescriptor(), head.data(), head.size(), !take);
    if (received.state != NativeSocket::Received::State::Data)
        return false; // nothing yet, or the end or an error, which Qt finds out for itself
    const QByteArrayView buffered(head.data(), received.count);
    if (take)
        SocketBuffers::fill(socket, buffered);
    // Only what looks like a handshake is parsed here: anything else (the page, its icon...)
    // would be parsed again by its HttpConnection.
    if (!buffered.startsWith("GET /ws"))
        return false;
    FrontDoor::Decision decision = m_frontDoor->decide(buffered);
    // QWebSocketServer waits for CR LF CR LF; the front door also takes bare LFs.
    if (decision.action != FrontDoor::Decision::UpgradeToWebSocket
        || !buffered.first(decision.consumed).endsWith("\r\n\r\n")) {
        return false;
    }
    const bool report = reportsRequests();
    if (report || !decision.note.isEmpty()) {
        const QString peer = peerName(socket->peerAddress(), socket->peerPort(), decision.realIp,
                                      decision.forwardedFor);
        if (!decision.note.isEmpty())
            connectionWarning(peer, decision.note);
        if (report)
            requestServed(peer, decision.method, decision.target, decision.status);
    }
    const ConnectionKey key = ConnectionKey::of(socket);
    // Forgotten when QWebSocketServer refuses it and deletes the socket (or when the socket is
    // deleted long after its upgrade: then the entry is gone or another socket's).
    connect(socket, &QObject::destroyed, this, [this, key, socket] {
        const auto it = m_handshakes.constFind(key);
        if (it != m_handshakes.cend() && it->socket == socket) {
            m_handshakes.erase(it);
            finishStopIfIdle();
        }
    });
    if (Q_UNLIKELY(lcHttp().isDebugEnabled())) {
        qCDebug(lcHttp).noquote() << endpointName(key.peerAddress, key.peerPort)
                                  << "handshake handed over at accept";
    }
    handOver(key,
             { socket, nullptr, std::move(decision.realIp), std::move(decision.forwardedFor),
               buffered.size() > decision.consumed });
    return true;
}

void DuplexServer::handOver(const ConnectionKey &key, Handshake &&handshake)
{
    QTcpSocket *socket = handshake.socket;
    m_handshakes.insert(key, std::move(handshake));
    m_webSocketServer->handleConnection(socket);
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
    const auto it = m_handshakes.constFind(connection->key());
    if (it != m_handshakes.cend() && it->connection == connection)
        m_handshakes.erase(it);
    finishStopIfIdle();
}

void DuplexServer::upgradeRequested(HttpConnection *connection)
{
    m_httpSockets.remove(connection->socket());
    handOver(connection->key(),
             { connection->socket(), connection, connection->realIp(), connection->forwardedFor(),
               connection->sentAfterHead() });
}

void DuplexServer::acceptWebSockets()
{
    while (QWebSocket *socket = m_webSocketServer->nextPendingConnection()) {
        socket->setParent(this);
        QTcpSocket *tcp = nullptr;
        QByteArray realIp;
        QByteArray forwardedFor;
        bool sentAfterHead = false;
        const ConnectionKey key = ConnectionKey::of(socket);
        const auto handshake = m_handshakes.constFind(key);
        if (handshake != m_handshakes.cend()) {
            tcp = handshake->socket;
            realIp = handshake->realIp;
            forwardedFor = handshake->forwardedFor;
            sentAfterHead = handshake->sentAfterHead;
            // Nothing of it is running: it hears its socket only through direct connections,
            // and this comes from the WebSocket server's queued handshake slot.
            if (HttpConnection *connection = handshake->connection) {
                connection->forgetOwner(); // taken out of m_handshakes below
                delete connection;
            }
            m_handshakes.erase(handshake);
        }
        if (m_state != State::Listening || socket->state() != QAbstractSocket::ConnectedState) {
            // Its handshake finished after stop(), or it is gone already: QWebSocket closed it
            // for what came in the same packet as its head (a close frame, a bad frame,
            // garbage), or the peer left, and its disconnected() was said before anyone
            // listened. Deleting it deletes its TCP socket, which forgets the handshake if the
            // lookup above could not (a closed socket no longer has its addresses).
            socket->abort();
            socket->deleteLater();
            finishStopIfIdle();
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(quint64(m_settings.maxMessageSize));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_settings.maxMessageSize));

        Client &client = m_clients[socket];
        client.id = ++m_lastClientId;
        client.connectedAt = QDateTime::currentMSecsSinceEpoch();
        client.tcp = tcp;
        client.peerAddress = key.peerAddress;
        client.peerPort = key.peerPort;
        // The front door read the proxy headers already (the same request QWebSocket parsed).
        client.realIp = realIp;
        client.forwardedFor = forwardedFor;
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &message) {
                    Client &client = m_clients[socket];
                    client.heard = true;
                    client.active = true;
                    client.unfinished = 0;
                    if (Q_UNLIKELY(!client.talked))
                        startTalking(client);
                    if (m_tracking)
                        account(socket, client, Direction::In, utf8Size(message));
                    const QString &peer = peerOf(client);
                    Q_EMIT textMessageReceived(peer, message);
                    if (!canSendTo(socket, client))
                        return;
                    const QString reply = Echo::reply(message);
                    socket->sendTextMessage(reply);
                    if (m_tracking)
                        account(socket, client, Direction::Out, utf8Size(reply));
                    Q_EMIT textMessageSent(peer, reply);
                });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket](const QByteArray &message) {
                    Client &client = m_clients[socket];
                    client.heard = true;
                    client.active = true;
                    client.unfinished = 0;
                    if (Q_UNLIKELY(!client.talked))
                        startTalking(client);
                    if (m_tracking)
                        account(socket, client, Direction::In, message.size());
                    const QString &peer = peerOf(client);
                    Q_EMIT binaryMessageReceived(peer, message);
                    if (!canSendTo(socket, client))
                        return;
                    if (Q_UNLIKELY(!m_toldBinaryEcho))
                        tellBinaryEcho(peer);
                    const QByteArray reply
                            = m_settings.echoBinaryUnchanged ? message : Echo::reply(message);
                    socket->sendBinaryMessage(reply);
                    if (m_tracking)
                        account(socket, client, Direction::Out, reply.size());
                    Q_EMIT binaryMessageSent(peer, reply);
                });
        // A message in several frames is kept by QWebSocket until its last one: counted for the
        // budget (the last frame is followed by the message, which counts nothing).
        connect(socket, &QWebSocket::textFrameReceived, this,
                [this, socket](const QString &frame, bool isLastFrame) {
                    if (!isLastFrame)
                        m_clients[socket].unfinished += 2 * qint64(frame.size());
                });
        connect(socket, &QWebSocket::binaryFrameReceived, this,
                [this, socket](const QByteArray &frame, bool isLastFrame) {
                    if (!isLastFrame)
                        m_clients[socket].unfinished += frame.size();
                });
        // Only what comes in makes a client hold more (a frame, a message and the replies to
        // it): the budget is looked at after it, and an idle server never wakes up for it.
        if (tcp)
            connect(tcp, &QIODevice::readyRead, this, &DuplexServer::armBudgetCheck);
        // QWebSocket says aboutToClose only around a close handshake; without one its
        // closeCode() still says 1000, so this tells an abrupt end (1006) from a clean one.
        connect(socket, &QWebSocket::aboutToClose, this, [this, socket] {
            const auto it = m_clients.find(socket);
            if (it != m_clients.end())
                it->closing = true;
        });
        connect(socket, &QWebSocket::disconnected, this,
                [this, socket] { onClientDisconnected(socket); });

        static const QMetaMethod clientConnectedSignal
                = QMetaMethod::fromSignal(&DuplexServer::clientConnected);
        if (isSignalConnected(clientConnectedSignal))
            Q_EMIT clientConnected(peerOf(client));
        Q_EMIT clientCountChanged(clientCount());
        if (Q_UNLIKELY(sentAfterHead)) {
            // Not a translated text: it goes to the peer, in the protocol's language.
            socket->close(QWebSocketProtocol::CloseCodeProtocolError,
                          QStringLiteral("frames sent before the handshake was answered"));
            continue;
        }
        const QString greeting = QStringLiteral("Welcome!");
        socket->sendTextMessage(greeting);
        if (m_tracking)
            account(socket, client, Direction::Out, greeting.size());
        static const QMetaMethod textMessageSentSignal
                = QMetaMethod::fromSignal(&DuplexServer::textMessageSent);
        if (isSignalConnected(textMessageSentSignal))
            Q_EMIT textMessageSent(peerOf(client), greeting);
        m_greeted.append(socket);
        if (!m_releaseTimer.isActive())
            m_releaseTimer.start(releaseDelayMs, this);
    }
}

void DuplexServer::startTalking(Client &client)
{
    // Its handshake, the answer and the greeting fit in small buffer chunks; messages get
    // Qt's: a chunk kept from one message to the next, and a frame's header and payload in one
    // write up to 32 KiB.
    client.talked = true;
    SocketBuffers::useDefaultChunks(client.tcp);
}

const QString &DuplexServer::peerOf(Client &client)
{
    if (client.peer.isEmpty())
        client.peer
                = peerName(client.peerAddress, client.peerPort, client.realIp, client.forwardedFor);
    return client.peer;
}

void DuplexServer::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_releaseTimer.timerId()) {
        m_releaseTimer.stop();
        releaseGreetedBuffers();
    } else if (event->timerId() == m_updateTimer.timerId()) {
        sendClientUpdates();
    } else if (event->timerId() == m_budgetTimer.timerId()) {
        keepWithinBudget();
    } else {
        QObject::timerEvent(event);
    }
}

qint64 DuplexServer::utf8Size(QStringView text)
{
    qint64 size = text.size();
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            size += c.unicode() < 0x800 || c.isSurrogate() ? 1 : 2; // a pair: 2 + 1 + 1
    }
    return size;
}

void DuplexServer::account(QWebSocket *socket, Client &client, Direction direction, qint64 bytes)
{
    if (direction == Direction::In) {
        ++client.messagesIn;
        client.bytesIn += bytes;
    } else {
        ++client.messagesOut;
        client.bytesOut += bytes;
    }
    // As of the last update (no clock read per message), never before it connected.
    client.lastActivity = std::max(m_now, client.connectedAt);
    markChanged(socket, client);
}

void DuplexServer::markChanged(QWebSocket *socket, Client &client)
{
    if (client.changed)
        return;
    client.changed = true;
    m_changed.append(socket);
}

void DuplexServer::setClientUpdateInterval(int milliseconds)
{
    m_tracking = milliseconds > 0;
    m_changed.clear();
    m_removed.clear();
    if (!m_tracking) {
        m_updateTimer.stop();
        return;
    }
    m_now = QDateTime::currentMSecsSinceEpoch();
    m_updateTimer.start(milliseconds, this);
    // The table starts with every client there is.
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        it->changed = false;
        markChanged(it.key(), it.value());
    }
}

ClientInfo DuplexServer::infoOf(QWebSocket *socket, Client &client)
{
    ClientInfo info;
    info.id = client.id;
    info.peer = peerOf(client);
    info.address = endpointName(client.peerAddress, client.peerPort);
    info.realClient = trustedClientAddress(client.peerAddress, client.realIp, client.forwardedFor);
    info.origin = socket->origin();
    info.userAgent = QString::fromLatin1(socket->request().rawHeader("User-Agent"));
    info.connectedAt = client.connectedAt;
    info.lastActivity = client.lastActivity ? client.lastActivity : client.connectedAt;
    info.messagesIn = client.messagesIn;
    info.messagesOut = client.messagesOut;
    info.bytesIn = client.bytesIn;
    info.bytesOut = client.bytesOut;
    info.roundTripUs = client.roundTripUs;
    return info;
}

void DuplexServer::sendClientUpdates()
{
    m_now = QDateTime::currentMSecsSinceEpoch();
    if (m_changed.isEmpty() && m_removed.isEmpty())
        return;
    QList<ClientInfo> changed;
    changed.reserve(m_changed.size());
    for (QWebSocket *socket : std::exchange(m_changed, {})) {
        const auto it = m_clients.find(socket);
        if (it == m_clients.end() || !it->changed)
            continue; // gone since (a socket of that address may be another client by now)
        it->changed = false;
        changed.append(infoOf(socket, *it));
    }
    Q_EMIT clientsUpdated(changed, std::exchange(m_removed, {}));
}

QWebSocket *DuplexServer::clientById(quint64 id) const
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (it->id == id)
            return it.key();
    }
    return nullptr;
}

bool DuplexServer::disconnectClient(quint64 id, int closeCode, const QString &reason)
{
    QWebSocket *socket = clientById(id);
    if (!socket)
        return false;
    socket->close(QWebSocketProtocol::CloseCode(closeCode), reason);
    return true;
}

bool DuplexServer::sendToClient(quint64 id, const QByteArray &message, bool binary)
{
    QWebSocket *socket = clientById(id);
    if (!socket)
        return false;
    send(socket, m_clients[socket], message, binary);
    return true;
}

int DuplexServer::broadcast(const QByteArray &message, bool binary)
{
    const auto sockets = m_clients.keys();
    int sent = 0;
    for (QWebSocket *socket : sockets) {
        const auto it = m_clients.find(socket);
        if (it == m_clients.end() || it->closing)
            continue; // gone while an earlier one was dropped, or closing
        send(socket, *it, message, binary);
        ++sent;
    }
    return sent;
}

void DuplexServer::send(QWebSocket *socket, Client &client, const QByteArray &message, bool binary)
{
    if (!canSendTo(socket, client))
        return;
    armBudgetCheck(); // unread replies count
    if (binary) {
        socket->sendBinaryMessage(message);
        if (m_tracking)
            account(socket, client, Direction::Out, message.size());
        Q_EMIT binaryMessageSent(peerOf(client), message);
    } else {
        const QString text = QString::fromUtf8(message);
        socket->sendTextMessage(text);
        if (m_tracking)
            account(socket, client, Direction::Out, message.size());
        Q_EMIT textMessageSent(peerOf(client), text);
    }
}

void DuplexServer::releaseGreetedBuffers()
{
    // A new connection's read and write buffers are most of what a quiet one costs. Those
    // that sent nothing since their greeting went out give them back now; busy ones keep
    // them until a quiet ping round (pingClients()). An entry may be a socket that is gone:
    // it is looked up, never touched unless it is still a client.
    for (QWebSocket *socket : std::exchange(m_greeted, {})) {
        const auto it = m_clients.find(socket);
        if (it == m_clients.end())
            continue;
        if (m_tracking) {
            // Someone watches the connection table: a first round trip for it now rather
            // than at the first ping round. The pong gives the buffers back.
            ping(socket, *it);
        } else if (!it->active && socket->bytesToWrite() == 0) {
            SocketBuffers::release(it->tcp);
        }
    }
}

bool DuplexServer::canSendTo(QWebSocket *socket, Client &client)
{
    if (socket->bytesToWrite() <= m_settings.maxPendingWrite)
        return true;
    // It sends but does not read: drop it rather than hold its replies without end.
    Q_EMIT warning(peerOf(client),
                   tr("dropped: %1 bytes of replies are waiting, and it reads none of them")
                           .arg(socket->bytesToWrite()));
    socket->abort();
    return false;
}

void DuplexServer::ping(QWebSocket *socket, Client &client)
{
    if (!client.pongConnected) { // connected at the first ping: most connections never get one
        client.pongConnected = true;
        connect(socket, &QWebSocket::pong, this, [this, socket] {
            Client &client = m_clients[socket];
            client.heard = true;
            if (client.pingSentNs >= 0) { // not an unasked-for pong (RFC 6455 5.5.3)
                client.roundTripUs = (m_clock.nsecsElapsed() - client.pingSentNs) / 1000;
                client.pingSentNs = -1;
                if (m_tracking)
                    markChanged(socket, client);
            }
            if (!client.active)
                SocketBuffers::release(client.tcp); // the pong was all it said
        });
    }
    client.pingSentNs = m_clock.nsecsElapsed();
    socket->ping();
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
            Q_EMIT warning(peerOf(*it),
                           tr("dropped: no answer to pings for %1 s")
                                   .arg(it->silentMs / 1000.0, 0, 'f', 1));
            socket->abort();
        } else {
            // Quiet since the last round: send the ping at once and let the buffers go again.
            // (A failed write may end the connection, and `it` with it, inside flush().)
            const bool quiet = !it->active;
            it->active = false;
            QTcpSocket *tcp = it->tcp;
            ping(socket, *it);
            if (quiet) {
                socket->flush();
                SocketBuffers::release(tcp);
            }
        }
    }
}

void DuplexServer::armBudgetCheck()
{
    if (!m_budgetTimer.isActive())
        m_budgetTimer.start(budgetCheckMs, this);
}

void DuplexServer::keepWithinBudget()
{
    m_budgetTimer.stop(); // until something comes in again
    if (m_clients.isEmpty())
        return;
    // What QWebSocket keeps of an unfinished message, what of a frame still arriving waits in
    // its TCP socket, and the replies waiting to be sent.
    const auto heldBy = [](QWebSocket *socket, const Client &client) {
        return BufferBudget::Holder { client.unfinished
                                              + (client.tcp ? client.tcp->bytesAvailable() : 0),
                                      socket->bytesToWrite() };
    };
    qint64 total = 0;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        total += heldBy(it.key(), *it).total();
    if (Q_LIKELY(total <= m_budget.limit()))
        return;

    QList<QWebSocket *> sockets;
    QList<BufferBudget::Holder> holders;
    sockets.reserve(m_clients.size());
    holders.reserve(m_clients.size());
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        sockets.append(it.key());
        holders.append(heldBy(it.key(), *it));
    }
    for (const qsizetype index : m_budget.overflow(holders)) {
        QWebSocket *socket = sockets.at(index);
        const auto it = m_clients.find(socket);
        if (it == m_clients.end())
            continue; // gone while an earlier one was closed
        const BufferBudget::Holder &held = holders.at(index);
        // Sending too much at once (1009), or reading too little of what it asked for (1013).
        const bool sending = held.unfinished >= held.unsent;
        const auto code
                = sending ? QWebSocketProtocol::CloseCodeTooMuchData : closeCodeTryAgainLater;
        Q_EMIT warning(peerOf(*it),
                       tr("closed with %1: it held %2 bytes when all clients together held "
                          "more than the %3 allowed (--max-buffered-bytes)")
                               .arg(int(code))
                               .arg(held.total())
                               .arg(m_budget.limit()));
        // Not a translated text: it goes to the peer, in the protocol's language.
        socket->close(code, QStringLiteral("server buffer budget exceeded"));
        // A reader that does not read would keep its replies, the close frame behind them.
        if (socket->bytesToWrite() > 0)
            socket->abort();
    }
}

void DuplexServer::onClientDisconnected(QWebSocket *socket)
{
    Client client = m_clients.take(socket);
    socket->deleteLater();
    if (m_tracking)
        m_removed.append(client.id);
    static const QMetaMethod clientDisconnectedSignal
            = QMetaMethod::fromSignal(&DuplexServer::clientDisconnected);
    if (isSignalConnected(clientDisconnectedSignal)) {
        // No close frame either way: an abrupt end, whatever QWebSocket says (1000).
        const int closeCode = client.closing
                ? int(socket->closeCode())
                : int(QWebSocketProtocol::CloseCodeAbnormalDisconnection);
        QString reason = client.closing ? socket->closeReason() : QString();
        if (m_state == State::Stopping && reason == QLatin1String(stopReason))
            reason = tr(stopReason);
        Q_EMIT clientDisconnected(peerOf(client), closeCode, reason);
    }
    Q_EMIT clientCountChanged(clientCount());
    finishStopIfIdle();
}
