#include "frontserver.h"

#include "serversettings.h"

#include "nativesocket.h"

#include <QHostAddress>
#include <QSocketNotifier>
#include <QSslSocket>
#include <QTimer>

namespace {
constexpr char tlsHandshakeRecord = 0x16; // RFC 8446 5.1: a ClientHello's record type
constexpr int lingerMs = 2000; // how long a refused plain peer may take to read the answer

QString peerOf(qintptr descriptor)
{
    QHostAddress address;
    quint16 port = 0;
    if (!NativeSocket::peer(descriptor, &address, &port))
        return QStringLiteral("?");
    return endpointName(address, port);
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
            NativeSocket::close(descriptor);
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
    if (!NativeSocket::available) {
        // No look at the first byte without the native API: plain HTTP gets a failed TLS
        // handshake instead of the 400 that says to use https://.
        startTls(descriptor);
        return;
    }
    if (m_waiting.size() >= m_maxWaiting) {
        NativeSocket::close(descriptor);
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
    const qintptr descriptor = waiting->descriptor;
    char first = 0;
    const NativeSocket::Received peeked = NativeSocket::receive(descriptor, &first, 1, true);
    if (peeked.state == NativeSocket::Received::State::NothingYet)
        return;
    if (peeked.state == NativeSocket::Received::State::Ended) {
        finish(waiting); // closed, or an error: nothing to answer
        return;
    }
    if (waiting->refused) {
        NativeSocket::drain(descriptor);
        return;
    }
    if (first == tlsHandshakeRecord) {
        waiting->notifier.setEnabled(false);
        const qintptr handedOn = std::exchange(waiting->descriptor, -1);
        finish(waiting);
        startTls(handedOn);
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
    // Read and drop what the peer sent so far: closing with unread data would send a reset,
    // which can overtake the answer before the peer reads it.
    NativeSocket::drain(descriptor);
    NativeSocket::sendNow(descriptor, answer);
    NativeSocket::shutdownWrite(descriptor);
    waiting->refused = true;
    waiting->timer.start(lingerMs);
    Q_EMIT plainRequestRefused(peer);
}

void FrontServer::startTls(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        NativeSocket::close(descriptor);
        delete socket;
        return;
    }
    socket->setSslConfiguration(*m_tls);
    socket->startServerEncryption();
    addPendingConnection(socket);
    Q_EMIT newConnection();
}

void FrontServer::finish(Waiting *waiting)
{
    if (m_waiting.removeOne(waiting))
        waiting->deleteLater(); // it may be inside its own notifier's signal
    waiting->notifier.setEnabled(false);
    waiting->timer.stop();
}
