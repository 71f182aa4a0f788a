#pragma once

#include "reconnectbackoff.h"

#include <QAbstractSocket>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariant>
#include <QWebSocket>

#include <chrono>
#include <deque>
#include <optional>

// A WebSocket client that reports what happens in the seed page's words
// ("Connection is opened ...", "Message is received: ...", "Connection is closed ..."),
// plus what it sent and every error in plain language. The client panel shows these lines.
// It also pings, sends extra handshake headers and subprotocols, reconnects by itself when
// asked to, and lets the user trust a wss:// server's certificate for the session.
class WebSocketClient final : public QObject
{
    Q_OBJECT

public:
    enum class LineKind { Event, Sent, Received, Error };
    Q_ENUM(LineKind)
    // Why an attempt failed, for a caller that acts on it (duplex connect's exit status).
    enum class Failure {
        Unreachable, // refused, host not found, no route: no TCP connection
        Handshake, // the server answered the upgrade with an HTTP error, or not at all
        Tls, // the TLS handshake failed or the certificate did not verify
        TimedOut,
        Other
    };
    Q_ENUM(Failure)

    using Header = QPair<QByteArray, QByteArray>;
    // How much of a binary message the log shows as a hex dump.
    static constexpr qsizetype dumpedBytes = 512;

    explicit WebSocketClient(QObject *parent = nullptr);
    ~WebSocketClient() override;

    QAbstractSocket::SocketState state() const { return m_socket->state(); }
    bool isOpen() const { return state() == QAbstractSocket::ConnectedState; }
    QUrl url() const { return m_socket->requestUrl(); }
    // The subprotocol the server chose for the open connection; empty for none.
    QString subprotocol() const { return m_socket->subprotocol(); }
    // "Duplex/<version>": sent as User-Agent unless the request headers name one.
    static QByteArray userAgent();

    // Why the URL a user typed cannot be opened, in one sentence; empty when it can.
    static QString checkUrl(const QString &url);
    // What a QWebSocket error means, in words a user understands.
    static QString describeError(QAbstractSocket::SocketError error, const QString &qtMessage);
    static Failure classifyError(QAbstractSocket::SocketError error, const QString &qtMessage);
    // Why a request header cannot be sent, in one sentence; empty when it can.
    static QString checkHeader(const QByteArray &name, const QByteArray &value);
    // "Name: value" a line (blank lines skipped) into headers; nothing, with `error` set to
    // the first bad line's problem, when a line is not a header.
    static std::optional<QList<Header>> parseHeaders(QStringView text, QString *error = nullptr);
    // "chat, superchat" into a list; nothing, with `error` set, for a name that is no token.
    static std::optional<QStringList> parseSubprotocols(QStringView text, QString *error = nullptr);
    // Colon-separated upper-case hex, as browsers show it.
    static QString fingerprint(const QByteArray &sha256);

    // Sent with every following open(); checked there.
    QList<Header> requestHeaders() const { return m_headers; }
    void setRequestHeaders(const QList<Header> &headers) { m_headers = headers; }
    QStringList subprotocols() const { return m_subprotocols; }
    void setSubprotocols(const QStringList &subprotocols) { m_subprotocols = subprotocols; }

    // Pings every `seconds` while open; 0 turns it off.
    int autoPingInterval() const { return int(m_autoPingInterval.count() / 1000); }
    void setAutoPingInterval(int seconds);
    void setAutoPingInterval(std::chrono::milliseconds interval);

    // When an open connection, or an attempt to restore one, ends without close(), connect
    // again after a growing delay (1 s doubling to 30 s, ±20 %).
    bool autoReconnect() const { return m_autoReconnect; }
    void setAutoReconnect(bool on);
    bool isReconnecting() const { return m_reconnectTimer.isActive(); }
    // While closed() is being emitted: whether the waiting to reconnect starts right after it.
    bool willReconnect() const { return m_willReconnect; }
    // The delay policy, e.g. for shorter delays or a fixed random source in tests.
    ReconnectBackoff &reconnectBackoff() { return m_backoff; }
    void setReconnectDelays(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);

    // SHA-256 fingerprints (any case, colons optional) of certificates accepted for this
    // session even though they do not verify, e.g. self-signed ones.
    void trustCertificate(const QString &sha256Fingerprint);
    bool isTrusted(const QString &sha256Fingerprint) const;
    // Certificate authorities trusted besides the system's, for the following open().
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }
    void setCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_caCertificates = certificates;
    }
    // Off: any certificate is accepted, with a line that says it was not verified.
    bool verifiesCertificates() const { return m_verifyCertificates; }
    void setVerifiesCertificates(bool on) { m_verifyCertificates = on; }

public Q_SLOTS:
    // Starts connecting; false (with an Error line) for a URL that is not ws:// or wss://,
    // or a bad header or subprotocol. Ends any waiting to reconnect.
    bool open(const QString &url);
    // Closes with 1000 (Normal Closure); no reconnecting after it.
    void close();
    bool sendText(const QString &message);
    bool sendBinary(const QByteArray &message);
    // The round trip is logged when the pong comes and reported by pongReceived().
    bool ping(const QByteArray &payload = {});
    // Stops waiting to reconnect.
    void stopReconnecting();

Q_SIGNALS:
    // `message` is what a Sent or Received line is about: the text (a QString) or the bytes
    // (a QByteArray) of the message; null for the other lines.
    void logLine(WebSocketClient::LineKind kind, const QString &text, const QVariant &message);
    void stateChanged(QAbstractSocket::SocketState state);
    void opened();
    void closed(int closeCode, const QString &reason);
    void textReceived(const QString &message);
    void binaryReceived(const QByteArray &message);
    void pongReceived(qint64 microseconds);
    // While waiting to reconnect: the whole seconds left, every second; 0 when the attempt
    // starts or the waiting is stopped.
    void reconnectCountdown(int secondsLeft);
    // The server's certificate did not verify and is not trusted; the connection fails.
    void untrustedCertificate(const QString &subject, const QString &sha256Fingerprint);
    // An attempt failed; `description` is its Error line. Said before that line and before
    // the close.
    void failed(WebSocketClient::Failure failure, const QString &description);

private:
    // Each attempt gets a socket of its own: a QWebSocket keeps an earlier attempt's error
    // text, which would name the wrong cause for the next failure.
    void newSocket();
    bool connectTo(const QUrl &url);
    void onError(QAbstractSocket::SocketError error);
    void onDisconnected();
    // The close is told after its cause: Qt reports the end of a connection before the error
    // that ended it, so it waits for that error or the next turn of the event loop.
    void reportClose();
    void onSslErrors(const QList<QSslError> &errors);
    void onPong(const QByteArray &payload);
    void scheduleReconnect();
    void cancelReconnect();
    void tickCountdown();

    QWebSocket *m_socket = nullptr; // a child; the attempt's own
    struct Ending
    {
        int code;
        QString reason;
        bool opened;
        bool reconnect;
    };
    std::optional<Ending> m_ending; // a close not told yet
    QTimer m_closeReport;
    bool m_closing = false; // a close frame went either way in this connection
    bool m_opened = false; // the handshake succeeded in this connection
    bool m_userClosed = false; // close() or a new open() ended this connection
    bool m_untrusted = false; // this connection failed on an untrusted certificate
    bool m_reconnectAttempt = false; // this connection is an automatic reconnect

    QList<Header> m_headers;
    QStringList m_subprotocols;
    QSet<QString> m_trusted; // normalised fingerprints
    QList<QSslCertificate> m_caCertificates;
    bool m_verifyCertificates = true;

    QElapsedTimer m_clock;
    struct SentPing
    {
        QByteArray payload;
        qint64 sentAt; // m_clock nanoseconds
    };
    std::deque<SentPing> m_pingsSent; // oldest first
    quint64 m_pingSequence = 0;
    QTimer m_autoPingTimer;
    std::chrono::milliseconds m_autoPingInterval { 0 };

    bool m_autoReconnect = false;
    bool m_willReconnect = false;
    QUrl m_reconnectUrl;
    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_countdownTimer;
    QDeadlineTimer m_reconnectDeadline;
};
