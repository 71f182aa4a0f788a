#include "websocketclient.h"

#include <QRegularExpression>

namespace {
QString binaryPreview(const QByteArray &message)
{
    constexpr qsizetype shown = 32;
    QString text = WebSocketClient::tr("(%n byte(s))", nullptr, int(message.size()));
    if (!message.isEmpty())
        text += QLatin1Char(' ') + QString::fromLatin1(message.left(shown).toHex(' '));
    if (message.size() > shown)
        text += QStringLiteral(" …");
    return text;
}
} // namespace

WebSocketClient::WebSocketClient(QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QWebSocket::stateChanged, this, &WebSocketClient::stateChanged);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_opened = true;
        Q_EMIT logLine(LineKind::Event, tr("Connection is opened ..."));
        Q_EMIT opened();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        Q_EMIT logLine(LineKind::Received, tr("Message is received: %1").arg(message));
        Q_EMIT textReceived(message);
    });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &message) {
        Q_EMIT logLine(LineKind::Received,
                       tr("Binary message is received: %1").arg(binaryPreview(message)));
        Q_EMIT binaryReceived(message);
    });
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &WebSocketClient::onError);
    connect(&m_socket, &QWebSocket::disconnected, this, &WebSocketClient::onDisconnected);
    // Said only around a close handshake; an abrupt end (1006) comes without it.
    connect(&m_socket, &QWebSocket::aboutToClose, this, [this] { m_closing = true; });
}

WebSocketClient::~WebSocketClient()
{
    // QWebSocket's destructor still reports its end; nobody should hear it from a half-gone
    // object.
    m_socket.disconnect(this);
    m_socket.abort();
}

QString WebSocketClient::checkUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!text.trimmed().isEmpty() && scheme != QLatin1String("ws")
        && scheme != QLatin1String("wss"))
        return tr("The URL must start with ws:// or wss://, not \"%1\".").arg(text);
    if (!url.isValid() || url.isEmpty())
        return tr("\"%1\" is not a valid URL.").arg(text);
    if (url.host().isEmpty())
        return tr("The URL \"%1\" names no host.").arg(text);
    return {};
}

QString WebSocketClient::describeError(QAbstractSocket::SocketError error, const QString &qtMessage)
{
    // QWebSocket reports a refused handshake as ConnectionRefusedError too; only its message
    // (fixed in Qt 6.4) tells the HTTP status.
    static const QRegularExpression unhandledStatus(
            QStringLiteral("status code: (\\d+) \\(([^)]*)\\)"));
    const QRegularExpressionMatch match = unhandledStatus.match(qtMessage);
    if (match.hasMatch()) {
        return tr("Handshake failed: the server answered HTTP %1 %2")
                .arg(match.captured(1), match.captured(2));
    }
    if (qtMessage.contains(QLatin1String("Unknown error condition")))
        return tr("Handshake failed: the server answered HTTP 400 Bad Request");
    if (qtMessage.contains(QLatin1String("Server requests a version")))
        return tr("Handshake failed: the server wants another WebSocket version");

    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        if (qtMessage.contains(QLatin1String("refused"), Qt::CaseInsensitive))
            return tr("Connection refused");
        return tr("Handshake failed: %1").arg(qtMessage);
    case QAbstractSocket::HostNotFoundError:
        return tr("Host not found");
    case QAbstractSocket::SocketTimeoutError:
        return tr("Connection timed out");
    case QAbstractSocket::RemoteHostClosedError:
        return tr("The server closed the connection");
    case QAbstractSocket::NetworkError:
        return tr("Network error: %1").arg(qtMessage);
    case QAbstractSocket::SslHandshakeFailedError:
        return tr("TLS handshake failed: %1").arg(qtMessage);
    default:
        return qtMessage;
    }
}

bool WebSocketClient::open(const QString &url)
{
    const QString problem = checkUrl(url);
    if (!problem.isEmpty()) {
        Q_EMIT logLine(LineKind::Error, problem);
        return false;
    }
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort();
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    Q_EMIT logLine(LineKind::Event, tr("Connecting to %1 ...").arg(parsed.toString()));
    m_closing = false;
    m_opened = false;
    m_socket.open(parsed);
    return true;
}

void WebSocketClient::close()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.close(QWebSocketProtocol::CloseCodeNormal);
    else
        m_socket.abort(); // still looking up or connecting: give up at once
}

bool WebSocketClient::sendText(const QString &message)
{
    if (!isOpen()) {
        Q_EMIT logLine(LineKind::Error, tr("Not connected: the message was not sent."));
        return false;
    }
    m_socket.sendTextMessage(message);
    Q_EMIT logLine(LineKind::Sent, tr("Message is sent: %1").arg(message));
    return true;
}

bool WebSocketClient::sendBinary(const QByteArray &message)
{
    if (!isOpen()) {
        Q_EMIT logLine(LineKind::Error, tr("Not connected: the message was not sent."));
        return false;
    }
    m_socket.sendBinaryMessage(message);
    Q_EMIT logLine(LineKind::Sent, tr("Binary message is sent: %1").arg(binaryPreview(message)));
    return true;
}

void WebSocketClient::onError(QAbstractSocket::SocketError error)
{
    // The end of a connection is reported by onDisconnected(); this is only about why.
    if (error == QAbstractSocket::RemoteHostClosedError && m_closing)
        return;
    Q_EMIT logLine(LineKind::Error, describeError(error, m_socket.errorString()));
    // A refused handshake leaves the TCP connection open (the server may keep it alive):
    // end it, so that the failure is also the close.
    if (m_socket.state() == QAbstractSocket::ConnectingState)
        m_socket.abort();
}

void WebSocketClient::onDisconnected()
{
    const int code = m_closing ? int(m_socket.closeCode())
                               : int(QWebSocketProtocol::CloseCodeAbnormalDisconnection);
    const QString reason = m_closing ? m_socket.closeReason() : QString();
    Q_EMIT logLine(LineKind::Event, tr("Connection is closed ..."));
    // A connection that never opened has said why already.
    if (m_opened && code != QWebSocketProtocol::CloseCodeNormal
        && code != QWebSocketProtocol::CloseCodeMissingStatusCode) {
        Q_EMIT logLine(LineKind::Error,
                       reason.isEmpty() ? tr("Close code %1").arg(code)
                                        : tr("Close code %1: %2").arg(code).arg(reason));
    }
    Q_EMIT closed(code, reason);
}
