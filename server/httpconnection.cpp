#include "httpconnection.h"

#include "frontdoor.h"
#include "nativesocket.h"
#include "serversettings.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimerEvent>
#include <QVarLengthArray>

namespace {
// Answers waiting to be written before the next pipelined request is looked at: a peer that
// sends requests but reads no answers stops being served instead of growing our memory.
constexpr qint64 maxPendingWrite = 1 << 20;
// How long a closing connection may take to drain what the peer still sends (a lingering
// close, so that the peer reads our answer instead of a reset).
constexpr int lingerMs = 2000;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Owner *owner,
                               std::shared_ptr<const FrontDoor> frontDoor, int headTimeoutMs)
    : QObject(socket), m_socket(socket), m_owner(owner), m_frontDoor(std::move(frontDoor)),
      m_headTimeoutMs(headTimeoutMs)
{
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_phase != Phase::HandedOff && m_owner)
            m_owner->httpSocketClosed(m_socket);
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::processBuffered);
    // Qt would otherwise read without limit; a head never needs more than this.
    m_socket->setReadBufferSize(m_frontDoor->maxHeadSize() + 1);
    m_timer.start(m_headTimeoutMs, this);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffered, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    if (m_phase == Phase::HandedOff && m_owner)
        m_owner->handoverEnded(this);
}

void HttpConnection::refuse(const QByteArray &answer)
{
    write(answer);
    closeAfterWriting();
}

void HttpConnection::write(const QByteArray &answer)
{
    // Watched from the first answer on: a connection that only asks for the upgrade never
    // writes, and one connection less is a handshake's worth of saving.
    if (!m_watchingWrites) {
        m_watchingWrites = true;
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_phase == Phase::Closing && m_socket->bytesToWrite() == 0)
                shutdownWriteSide();
            else if (m_phase == Phase::Reading && m_socket->bytesToWrite() < maxPendingWrite)
                processBuffered();
        });
    }
    m_socket->write(answer);
}

const QString &HttpConnection::peer()
{
    if (m_peer.isEmpty())
        m_peer = endpointName(m_socket->peerAddress(), m_socket->peerPort());
    return m_peer;
}

void HttpConnection::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId())
        return QObject::timerEvent(event);
    m_timer.stop(); // one shot
    onTimeout();
}

void HttpConnection::processBuffered()
{
    while (m_phase == Phase::Reading && m_socket->bytesToWrite() < maxPendingWrite) {
        // Peeked into the stack: a head is looked at once, and most are a few hundred bytes.
        QVarLengthArray<char, 8 * 1024 + 1> head(m_frontDoor->maxHeadSize() + 1);
        const qint64 peeked = m_socket->peek(head.data(), head.size());
        if (peeked <= 0)
            return;
        const QByteArrayView buffered(head.data(), peeked);
        const FrontDoor::Decision decision = m_frontDoor->decide(buffered);
        // Names cost more than the rest of a handshake: made only for someone who listens.
        const bool report = m_owner && m_owner->reportsRequests();
        QString peer;
        if (report || !decision.note.isEmpty()) {
            peer = decision.realIp.isEmpty() && decision.forwardedFor.isEmpty()
                    ? this->peer()
                    : peerName(m_socket->peerAddress(), m_socket->peerPort(), decision.realIp,
                               decision.forwardedFor);
        }
        if (!decision.note.isEmpty() && m_owner)
            m_owner->connectionWarning(peer, decision.note);
        switch (decision.action) {
        case FrontDoor::Decision::NeedMore:
            return;
        case FrontDoor::Decision::UpgradeToWebSocket:
            // What this still hears from the socket until the server deletes it finds the phase
            // changed and is ignored.
            m_phase = Phase::HandedOff;
            m_key = ConnectionKey::of(m_socket);
            m_realIp = decision.realIp;
            m_forwardedFor = decision.forwardedFor;
            m_sentAfterHead = m_socket->bytesAvailable() > decision.consumed;
            m_socket->setReadBufferSize(0); // QWebSocket sets its own limits on messages
            if (report)
                m_owner->requestServed(peer, decision.method, decision.target, decision.status);
            if (m_owner)
                m_owner->upgradeRequested(this);
            return;
        case FrontDoor::Decision::Respond:
            m_socket->skip(decision.consumed);
            write(decision.response);
            if (report)
                m_owner->requestServed(peer, decision.method, decision.target, decision.status);
            if (decision.close) {
                closeAfterWriting();
                return;
            }
            m_timer.start(m_headTimeoutMs, this); // the next request has the same time to arrive
            break;
        }
    }
}

void HttpConnection::onTimeout()
{
    switch (m_phase) {
    case Phase::Reading:
        if (m_socket->bytesAvailable() > 0) {
            write(FrontDoor::timeoutResponse());
            if (m_owner && m_owner->reportsRequests())
                m_owner->requestServed(peer(), {}, {}, 408);
            closeAfterWriting();
        } else {
            m_socket->abort(); // nothing was asked: nothing to answer
        }
        break;
    case Phase::HandedOff:
    case Phase::Closing:
        m_socket->abort();
        break;
    }
}

void HttpConnection::closeAfterWriting()
{
    m_phase = Phase::Closing;
    m_timer.start(lingerMs, this);
    if (m_socket->bytesToWrite() == 0)
        shutdownWriteSide();
}

void HttpConnection::shutdownWriteSide()
{
    disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this,
            [this] { m_socket->skip(m_socket->bytesAvailable()); });
    m_socket->skip(m_socket->bytesAvailable());
    if (qobject_cast<QSslSocket *>(m_socket)) {
        m_socket->disconnectFromHost(); // TLS ends with its own close alert, after the answer
        return;
    }
    // Half-close: the peer sees the end of our answer, and what it still sends is read and
    // dropped until it closes too (or the linger time runs out), so no reset can overtake
    // the answer. QAbstractSocket has no half-close of its own.
    if (NativeSocket::shutdownWrite(m_socket->socketDescriptor()))
        return;
    m_socket->disconnectFromHost();
}
