#pragma once

#include "duplexserver.h"
#include "serverevent.h"

#include <QObject>
#include <QThread>

class EventBatcher;

// Runs a DuplexServer in a thread of its own, so a window never waits on the network and
// the network never waits on painting. Requests go to the server as queued calls; its state
// comes back queued, and its events in batches of an EventBatcher, all re-emitted by this
// object in the owner's thread.
class ServerHost final : public QObject
{
    Q_OBJECT

public:
    explicit ServerHost(QObject *parent = nullptr);
    // Stops the server (clients get 1000) and ends its thread before returning.
    ~ServerHost() override;

    // The server's state as last reported to this thread.
    DuplexServer::State state() const { return m_state; }

public Q_SLOTS:
    void start(const ServerSettings &settings);
    void stop();
    // The connection table and what the user does to its clients (see DuplexServer).
    void setClientUpdateInterval(int milliseconds);
    void disconnectClient(quint64 id, int closeCode, const QString &reason);
    void sendToClient(quint64 id, const QByteArray &message, bool binary);
    void broadcast(const QByteArray &message, bool binary);

Q_SIGNALS:
    void stateChanged(DuplexServer::State state);
    void listening(const QHostAddress &address, quint16 port);
    void listenFailed(DuplexServer::ListenError error, const QString &message);
    void stopped();
    // What the server did, in batches (see EventBatcher), and how many clients it has.
    void eventsReady(const QList<ServerEvent> &events);
    void clientCountChanged(int count);
    void clientsUpdated(const QList<ClientInfo> &changed, const QList<quint64> &removed);

private:
    QThread m_thread;
    DuplexServer *m_server; // lives in m_thread; deleted there when it finishes
    EventBatcher *m_batcher; // the server's child
    DuplexServer::State m_state = DuplexServer::State::Stopped;
};
