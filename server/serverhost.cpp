#include "serverhost.h"

#include "eventbatcher.h"

ServerHost::ServerHost(QObject *parent) : QObject(parent), m_server(new DuplexServer)
{
    qRegisterMetaType<ServerSettings>();
    qRegisterMetaType<DuplexServer::State>();
    qRegisterMetaType<DuplexServer::ListenError>();
    qRegisterMetaType<QHostAddress>();
    qRegisterMetaType<ClientInfo>();
    qRegisterMetaType<QList<ClientInfo>>();
    qRegisterMetaType<QList<quint64>>();

    m_thread.setObjectName(QStringLiteral("Duplex server"));
    m_batcher = new EventBatcher(m_server); // a child: it moves along
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);

    // Server to host: queued, since the two live in different threads.
    connect(m_server, &DuplexServer::stateChanged, this, [this](DuplexServer::State state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    });
    connect(m_server, &DuplexServer::listening, this, &ServerHost::listening);
    connect(m_server, &DuplexServer::listenFailed, this, &ServerHost::listenFailed);
    connect(m_server, &DuplexServer::stopped, this, &ServerHost::stopped);
    connect(m_batcher, &EventBatcher::eventsReady, this, &ServerHost::eventsReady);
    connect(m_batcher, &EventBatcher::clientCountChanged, this, &ServerHost::clientCountChanged);
    connect(m_server, &DuplexServer::clientsUpdated, this, &ServerHost::clientsUpdated);

    m_thread.start();
}

ServerHost::~ServerHost()
{
    // Nothing of the server may call back into this object from here on.
    disconnect(m_server, nullptr, this, nullptr);
    disconnect(m_batcher, nullptr, this, nullptr);
    DuplexServer *server = m_server;
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(
            server,
            [server, thread] {
                if (server->state() == DuplexServer::State::Listening)
                    server->stop();
                if (server->state() == DuplexServer::State::Stopped)
                    thread->quit();
                else // `server` as the context: this runs in the server's thread, where the
                     // owner's thread is blocked in wait() and could not run a queued quit()
                    QObject::connect(server, &DuplexServer::stopped, server,
                                     [thread] { thread->quit(); });
            },
            Qt::QueuedConnection);
    m_thread.wait(); // bounded: stop() cuts off peers that do not answer within closeGraceMs
}

void ServerHost::start(const ServerSettings &settings)
{
    QMetaObject::invokeMethod(
            m_server, [server = m_server, settings] { server->start(settings); },
            Qt::QueuedConnection);
}

void ServerHost::stop()
{
    QMetaObject::invokeMethod(m_server, &DuplexServer::stop, Qt::QueuedConnection);
}

void ServerHost::setClientUpdateInterval(int milliseconds)
{
    QMetaObject::invokeMethod(
            m_server,
            [server = m_server, milliseconds] { server->setClientUpdateInterval(milliseconds); },
            Qt::QueuedConnection);
}

void ServerHost::disconnectClient(quint64 id, int closeCode, const QString &reason)
{
    QMetaObject::invokeMethod(
            m_server,
            [server = m_server, id, closeCode, reason] {
                server->disconnectClient(id, closeCode, reason);
            },
            Qt::QueuedConnection);
}

void ServerHost::sendToClient(quint64 id, const QByteArray &message, bool binary)
{
    QMetaObject::invokeMethod(
            m_server,
            [server = m_server, id, message, binary] { server->sendToClient(id, message, binary); },
            Qt::QueuedConnection);
}

void ServerHost::broadcast(const QByteArray &message, bool binary)
{
    QMetaObject::invokeMethod(
            m_server, [server = m_server, message, binary] { server->broadcast(message, binary); },
            Qt::QueuedConnection);
}
