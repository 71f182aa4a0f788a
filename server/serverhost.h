#pragma once

#include "duplexserver.h"

#include <QObject>
#include <QThread>

// Runs a DuplexServer in a thread of its own, so a window never waits on the network and
// the network never waits on painting. Requests go to the server as queued calls; its
// signals come back queued, re-emitted by this object in the owner's thread.
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
    void warning(const QString &peer, const QString &message);

private:
    QThread m_thread;
    DuplexServer *m_server; // lives in m_thread; deleted there when it finishes
    DuplexServer::State m_state = DuplexServer::State::Stopped;
};
