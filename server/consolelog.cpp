#include "consolelog.h"

#include "duplexserver.h"
#include "logging.h"
#include "peertext.h"

ConsoleLog::ConsoleLog(DuplexServer *server, QObject *parent) : QObject(parent)
{
    connect(server, &DuplexServer::listening, this,
            [server](const QHostAddress &address, quint16 port) {
                const QString host
                        = browsableHost(address) + QLatin1Char(':') + QString::number(port);
                qCInfo(lcServer).noquote()
                        << (server->usesTls()
                                    ? tr("Listening on %1 with TLS: page https://%2/, WebSocket "
                                         "wss://%2/ws/")
                                    : tr("Listening on %1: page http://%2/, WebSocket ws://%2/ws/"))
                                   .arg(endpointName(address, port), host);
            });
    connect(server, &DuplexServer::stopped, this,
            [] { qCInfo(lcServer).noquote() << tr("Server stopped"); });
    // Not connected when the category is off: the server then does not even name the peers
    // of connections that come and go.
    if (lcConnections().isInfoEnabled()) {
        connect(server, &DuplexServer::clientConnected, this, [](const QString &peer) {
            qCInfo(lcConnections).noquote() << peer << tr("New connection");
        });
        connect(server, &DuplexServer::clientDisconnected, this,
                [](const QString &peer, int closeCode, const QString &reason) {
                    qCInfo(lcConnections).noquote()
                            << peer << tr("Connection closed")
                            << QStringLiteral("(%1%2)").arg(closeCode).arg(
                                       reason.isEmpty()
                                               ? QString()
                                               : QLatin1String(" ") + PeerText::escaped(reason));
                });
    }
    // Not even connected when the category is off: the echo's hot path then emits to nobody.
    if (lcMessages().isInfoEnabled()) {
        connect(server, &DuplexServer::textMessageReceived, this,
                [](const QString &peer, const QString &message) {
                    qCInfo(lcMessages).noquote()
                            << peer << tr("New message %1").arg(preview(message));
                });
        connect(server, &DuplexServer::binaryMessageReceived, this,
                [](const QString &peer, const QByteArray &message) {
                    qCInfo(lcMessages).noquote()
                            << peer << tr("New binary message %1").arg(preview(message));
                });
    }
    connect(server, &DuplexServer::warning, this, [](const QString &peer, const QString &message) {
        // The server's words, with what the peer said in them (an Origin...).
        qCWarning(lcConnections).noquote() << peer << PeerText::escaped(message, 500);
    });
    connect(server, &DuplexServer::notice, this, [](const QString &peer, const QString &message) {
        qCInfo(lcServer).noquote() << peer << message;
    });
    // The same for requests: unconnected, the server does not even name their peers.
    if (lcHttp().isInfoEnabled()) {
        connect(server, &DuplexServer::httpRequestServed, this,
                [](const QString &peer, const QByteArray &method, const QByteArray &target,
                   int status) {
                    qCInfo(lcHttp).noquote()
                            << peer
                            << (method.isEmpty() ? QStringLiteral("-")
                                                 : PeerText::escapedLatin1(method, 32))
                            << (target.isEmpty() ? QStringLiteral("-")
                                                 : PeerText::escapedLatin1(target, 200))
                            << status;
                });
    }
}

QString ConsoleLog::preview(const QString &message, qsizetype maxChars)
{
    bool truncated = false;
    QString line = PeerText::escaped(message, maxChars, &truncated);
    if (truncated)
        line += tr("… (%n characters)", nullptr, int(message.size()));
    return line;
}

QString ConsoleLog::preview(const QByteArray &message, qsizetype maxBytes)
{
    const QByteArray head = message.left(maxBytes);
    QString line = tr("(%n byte(s))", nullptr, int(message.size()));
    if (!head.isEmpty())
        line += QLatin1Char(' ') + QString::fromLatin1(head.toHex(' '));
    if (head.size() < message.size())
        line += QStringLiteral(" …");
    return line;
}
