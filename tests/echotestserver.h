// A plain Qt WebSocket server on 127.0.0.1 for the client's tests: it echoes text and binary
// messages, remembers what arrived and each handshake's request and subprotocol, and can
// drop its clients and come back on the same port.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QNetworkRequest>
#include <QPointer>
#include <QStringList>
#include <QWebSocket>
#include <QWebSocketServer>

class EchoTestServer : public QObject
{
public:
    explicit EchoTestServer(QWebSocketServer::SslMode mode = QWebSocketServer::NonSecureMode)
        : m_server(QStringLiteral("test"), mode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                requests.append(socket->request());
                subprotocols.append(socket->subprotocol());
                connect(socket, &QWebSocket::textMessageReceived, this,
                        [this, socket](const QString &text) {
                            texts.append(text);
                            socket->sendTextMessage(text);
                        });
                connect(socket, &QWebSocket::binaryMessageReceived, this,
                        [this, socket](const QByteArray &data) {
                            binaryMessages.append(data);
                            socket->sendBinaryMessage(data);
                        });
                connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
                sockets.append(socket);
            }
        });
    }

    QWebSocketServer *operator->() { return &m_server; }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    QString url(const char *scheme = "ws") const
    {
        // After dropEverything(), where it will listen again.
        const quint16 port = m_server.isListening() ? m_server.serverPort() : m_lastPort;
        return QStringLiteral("%1://127.0.0.1:%2/").arg(QLatin1String(scheme)).arg(port);
    }
    // Stops listening and cuts every client off without a close frame.
    void dropEverything()
    {
        m_lastPort = m_server.serverPort();
        m_server.close();
        for (QWebSocket *socket : std::as_const(sockets)) {
            if (socket)
                socket->abort();
        }
    }
    quint16 lastPort() const { return m_lastPort; }

    QStringList texts;
    QList<QByteArray> binaryMessages;
    QList<QNetworkRequest> requests;
    QStringList subprotocols;
    QList<QPointer<QWebSocket>> sockets;

private:
    QWebSocketServer m_server;
    quint16 m_lastPort = 0;
};
