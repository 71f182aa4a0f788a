#include "frontserver.h"

#include "serversettings.h"

#include <QHostAddress>
#include <QSocketNotifier>
#include <QSslSocket>
#include <QTimer>

#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
constexpr char tlsHandshakeRecord = 0x16; // RFC 8446 5.1: a ClientHello's record type
constexpr int lingerMs = 2000; // how long a refused plain peer may take to read the answer

// Reads and drops what the peer sent so far: closing with unread data would send a reset,
// which can overtake the answer before the peer reads it.
void drain(int descriptor)
{
    char sink[4096];
    while (::recv(descriptor, sink, sizeof sink, MSG_DONTWAIT) > 0) { }
}

QString peerOf(qintptr descriptor)
{
    sockaddr_storage address {};
    socklen_t size = sizeof address;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&address), &size) != 0)
        return QStringLiteral("?");
    QHostAddress host(reinterpret_cast<const sockaddr *>(&address));
    const quint16 port = address.ss_family == AF_INET6
            ? ntohs(reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port)
            : ntohs(reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
    if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const QHostAddress v4(host.toIPv4Address(&mapped));
        if (mapped)
            host = v4;
    }
    return endpointName(host, port);
}
} // namespace

// One connection being looked at: its descriptor (still only ours), a notifier for its first
// bytes and its time-out. After a refusal, the same wait drains the peer until it closes.
class FrontServer::Waiting : public QObject
{
public:
    Waiting(qintptr descriptor, QObject *parent)
        : QObject(parent), descriptor(descriptor), notifier(descriptor, QSocketNotifier::Read, this)
    {
        timer.setSingleShot(true);
    }
    ~Waiting() override
    {
        notifier.setEnabled(false);
        if (descriptor >= 0)
            ::close(int(descriptor));
    }

    qintptr descriptor;
    QSocketNotifier notifier;
    QTimer timer;
    bool refused = false; // answered 400; now only read until the peer closes
};

FrontServer::FrontServer(QObject *parent) : QTcpServer(parent) { }

FrontServer::~FrontServer()
{
    closeWaiting();
}

void FrontServer::setTls(std::optional<QSslConfiguration> configuration)
{
    m_tls = std::move(configuration);
}

void FrontServer::closeWaiting()
{
    for (Waiting *waiting : std::exchange(m_waiting, {}))
        delete waiting; // closes its descriptor
}

void FrontServer::incomingConnection(qintptr descriptor)
{
    if (!m_tls) {
        QTcpServer::incomingConnection(descriptor);
        return;
    }
    if (m_waiting.size() >= m_maxWaiting) {
        ::close(int(descriptor));
        return;
    }
    auto *waiting = new Waiting(descriptor, this);
    m_waiting.append(waiting);
    connect(&waiting->notifier, &QSocketNotifier::activated, this,
            [this, waiting] { sniff(waiting); });
    connect(&waiting->timer, &QTimer::timeout, this, [this, waiting] { finish(waiting); });
    waiting->timer.start(m_headTimeoutMs);
    sniff(waiting); // a client that sent its hello with the connect: no wait
}

void FrontServer::sniff(Waiting *waiting)
{
    const int descriptor = int(waiting->descriptor);
    char first = 0;
    const ssize_t peeked = ::recv(descriptor, &first, 1, MSG_PEEK | MSG_DONTWAIT);
    if (peeked < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return; // nothing yet
    if (peeked <= 0) {
        finish(waiting); // closed, or an error: nothing to answer
        return;
    }
    if (waiting->refused) {
        drain(descriptor);
        return;
    }
    if (first == tlsHandshakeRecord) {
        waiting->notifier.setEnabled(false);
        const qintptr handedOn = std::exchange(waiting->descriptor, -1);
        finish(waiting);
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(handedOn)) {
            ::close(int(handedOn));
            delete socket;
            return;
        }
        socket->setSslConfiguration(*m_tls);
        socket->startServerEncryption();
        addPendingConnection(socket);
        Q_EMIT newConnection();
        return;
    }
    // Plain text on the TLS port: most likely http:// where https:// was meant. Say so in
    // the only language the peer speaks here, then close once it has read it.
    const QString peer = peerOf(descriptor);
    const QByteArray body = "This port speaks HTTPS (TLS). Use https:// (or wss:// for the "
                            "WebSocket) with the same host and port.\n";
    const QByteArray answer = "HTTP/1.1 400 Bad Request\r\n"
                              "Content-Type: text/plain; charset=utf-8\r\n"
                              "Content-Length: "
            + QByteArray::number(body.size())
            + "\r\n"
              "Connection: close\r\n\r\n"
            + body;
    drain(descriptor);
    ::send(descriptor, answer.constData(), size_t(answer.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
    ::shutdown(descriptor, SHUT_WR);
    waiting->refused = true;
    waiting->timer.start(lingerMs);
    Q_EMIT plainRequestRefused(peer);
}

void FrontServer::finish(Waiting *waiting)
{
    if (m_waiting.removeOne(waiting))
        waiting->deleteLater(); // it may be inside its own notifier's signal
    waiting->notifier.setEnabled(false);
    waiting->timer.stop();
}
