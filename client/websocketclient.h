#pragma once

#include <QAbstractSocket>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

// A WebSocket client that reports what happens in the seed page's words
// ("Connection is opened ...", "Message is received: ...", "Connection is closed ..."),
// plus what it sent and every error in plain language. The client panel shows these lines.
class WebSocketClient final : public QObject
{
    Q_OBJECT

public:
    enum class LineKind { Event, Sent, Received, Error };
    Q_ENUM(LineKind)

    explicit WebSocketClient(QObject *parent = nullptr);
    ~WebSocketClient() override;

    QAbstractSocket::SocketState state() const { return m_socket.state(); }
    bool isOpen() const { return state() == QAbstractSocket::ConnectedState; }
    QUrl url() const { return m_socket.requestUrl(); }

    // Why the URL a user typed cannot be opened, in one sentence; empty when it can.
    static QString checkUrl(const QString &url);
    // What a QWebSocket error means, in words a user understands.
    static QString describeError(QAbstractSocket::SocketError error, const QString &qtMessage);

public Q_SLOTS:
    // Starts connecting; false (with an Error line) for a URL that is not ws:// or wss://.
    bool open(const QString &url);
    // Closes with 1000 (Normal Closure).
    void close();
    bool sendText(const QString &message);
    bool sendBinary(const QByteArray &message);

Q_SIGNALS:
    void logLine(WebSocketClient::LineKind kind, const QString &text);
    void stateChanged(QAbstractSocket::SocketState state);
    void opened();
    void closed(int closeCode, const QString &reason);
    void textReceived(const QString &message);
    void binaryReceived(const QByteArray &message);

private:
    void onError(QAbstractSocket::SocketError error);
    void onDisconnected();

    QWebSocket m_socket;
    bool m_closing = false; // a close frame went either way in this connection
    bool m_opened = false; // the handshake succeeded in this connection
};
