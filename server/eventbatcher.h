#pragma once

#include "serverevent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class DuplexServer;

// Collects a DuplexServer's events in the server's own thread and hands them on in batches,
// one signal every few milliseconds however many there were, so that a window is never sent
// one event per message. Past a rate, messages are counted instead of listed: each second
// lists its first `individualPerSecond` messages and one summary with the exact count of the
// rest. Connections, closes, HTTP requests and warnings are always listed.
class EventBatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 50;
    static constexpr int defaultIndividualPerSecond = 200;

    // Lives in `server`'s thread, as its child; connects to it directly.
    explicit EventBatcher(DuplexServer *server);

    void setInterval(int milliseconds) { m_flushTimer.setInterval(milliseconds); }
    void setIndividualPerSecond(int count) { m_individualPerSecond = count; }

public Q_SLOTS:
    // Hands on what is waiting now (the pending summary too).
    void flush();

Q_SIGNALS:
    void eventsReady(const QList<ServerEvent> &events);
    void clientCountChanged(int count);

private:
    void add(ServerEvent &&event);
    void message(ServerEvent::Kind kind, const QString &peer, const QString &text,
                 const QByteArray &data);
    void rollSecond();
    void addSummary();

    QList<ServerEvent> m_pending;
    QTimer m_flushTimer;
    QTimer m_secondTimer;
    QElapsedTimer m_clock;
    qint64 m_secondStart = 0;
    int m_messagesThisSecond = 0;
    int m_individualPerSecond = defaultIndividualPerSecond;
    qint64 m_countedIn = 0;
    qint64 m_countedOut = 0;
    int m_clientCount = 0;
    bool m_clientCountChanged = false;
};
