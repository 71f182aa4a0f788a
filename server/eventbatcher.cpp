#include "eventbatcher.h"

#include "duplexserver.h"

#include <QDateTime>

EventBatcher::EventBatcher(DuplexServer *server)
    : QObject(server), m_flushTimer(this), m_secondTimer(this)
{
    qRegisterMetaType<ServerEvent>();
    qRegisterMetaType<QList<ServerEvent>>();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(defaultIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventBatcher::flush);
    m_secondTimer.setInterval(1000);
    connect(&m_secondTimer, &QTimer::timeout, this, &EventBatcher::rollSecond);
    m_clock.start();

    using Kind = ServerEvent::Kind;
    connect(server, &DuplexServer::clientConnected, this, [this](const QString &peer) {
        add({ Kind::Connected, 0, peer, {}, {}, 0 });
    });
    connect(server, &DuplexServer::clientDisconnected, this,
            [this](const QString &peer, int code, const QString &reason) {
                add({ Kind::Disconnected, 0, peer, reason, {}, code });
            });
    connect(server, &DuplexServer::textMessageReceived, this,
            [this](const QString &peer, const QString &text) {
                message(Kind::TextIn, peer, text, {});
            });
    connect(server, &DuplexServer::textMessageSent, this,
            [this](const QString &peer, const QString &text) {
                message(Kind::TextOut, peer, text, {});
            });
    connect(server, &DuplexServer::binaryMessageReceived, this,
            [this](const QString &peer, const QByteArray &data) {
                message(Kind::BinaryIn, peer, {}, data);
            });
    connect(server, &DuplexServer::binaryMessageSent, this,
            [this](const QString &peer, const QByteArray &data) {
                message(Kind::BinaryOut, peer, {}, data);
            });
    connect(server, &DuplexServer::httpRequestServed, this,
            [this](const QString &peer, const QByteArray &method, const QByteArray &target,
                   int status) {
                add({ Kind::Http,
                      0,
                      peer,
                      QString::fromLatin1(method.isEmpty() ? QByteArray("-") : method)
                              + QLatin1Char(' ')
                              + QString::fromLatin1(target.isEmpty() ? QByteArray("-")
                                                                     : target.left(200)),
                      {},
                      status });
            });
    connect(server, &DuplexServer::warning, this, [this](const QString &peer, const QString &text) {
        add({ Kind::Warning, 0, peer, text, {}, 0 });
    });
    connect(server, &DuplexServer::notice, this, [this](const QString &peer, const QString &text) {
        add({ Kind::Notice, 0, peer, text, {}, 0 });
    });
    connect(server, &DuplexServer::clientCountChanged, this, [this](int count) {
        m_clientCount = count;
        m_clientCountChanged = true;
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
    });
    // Whatever is waiting when the server stops is shown with its stop.
    connect(server, &DuplexServer::stateChanged, this, [this] {
        addSummary();
        flush();
    });
}

void EventBatcher::add(ServerEvent &&event)
{
    event.time = QDateTime::currentMSecsSinceEpoch();
    m_pending.append(std::move(event));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void EventBatcher::message(ServerEvent::Kind kind, const QString &peer, const QString &text,
                           const QByteArray &data)
{
    if (m_clock.elapsed() - m_secondStart >= 1000)
        rollSecond();
    if (m_messagesThisSecond < m_individualPerSecond) {
        ++m_messagesThisSecond;
        add({ kind, 0, peer, text, data, 0 });
        return;
    }
    const bool incoming = kind == ServerEvent::Kind::TextIn || kind == ServerEvent::Kind::BinaryIn;
    ++(incoming ? m_countedIn : m_countedOut);
    if (!m_secondTimer.isActive())
        m_secondTimer.start(); // the summary comes even if no further message does
}

void EventBatcher::rollSecond()
{
    addSummary();
    m_secondStart = m_clock.elapsed();
    m_messagesThisSecond = 0;
}

void EventBatcher::addSummary()
{
    if (m_countedIn == 0 && m_countedOut == 0) {
        m_secondTimer.stop();
        return;
    }
    ServerEvent summary;
    summary.kind = ServerEvent::Kind::Summary;
    summary.messagesIn = std::exchange(m_countedIn, 0);
    summary.messagesOut = std::exchange(m_countedOut, 0);
    add(std::move(summary));
}

void EventBatcher::flush()
{
    m_flushTimer.stop();
    if (!m_pending.isEmpty())
        Q_EMIT eventsReady(std::exchange(m_pending, {}));
    if (m_clientCountChanged) {
        m_clientCountChanged = false;
        Q_EMIT clientCountChanged(m_clientCount);
    }
}
