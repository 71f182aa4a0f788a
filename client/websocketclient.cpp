#include "websocketclient.h"

#include "hexformat.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QWebSocketHandshakeOptions>

#include <algorithm>
#include <cstring>
#include <utility>

using namespace std::chrono_literals;

namespace {
// A control frame's payload is at most 125 bytes (RFC 6455, 5.5).
constexpr qsizetype maxPingPayload = 125;
// Pings the server never answered are forgotten past this many.
constexpr std::size_t maxPingsInFlight = 100;

QString binaryLine(const QString &head, const QByteArray &message)
{
    if (message.isEmpty())
        return head;
    return head + QLatin1Char('\n') + Hex::dump(message, WebSocketClient::dumpedBytes);
}

// RFC 9110's token: what header names and subprotocol names are made of.
bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
        if (!ok || c == '\0')
            return false;
    }
    return true;
}

QString normalisedFingerprint(const QString &fingerprint)
{
    QString result;
    for (const QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            result += c.toUpper();
    }
    return result;
}

// "CN=127.0.0.1, O=Example": the subject as the certificate names it.
QString subjectOf(const QSslCertificate &certificate)
{
    QStringList parts;
    for (const QByteArray &attribute : certificate.subjectInfoAttributes()) {
        for (const QString &value : certificate.subjectInfo(attribute))
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
    }
    return parts.isEmpty() ? certificate.subjectDisplayName() : parts.join(QLatin1String(", "));
}
} // namespace

WebSocketClient::WebSocketClient(QObject *parent) : QObject(parent)
{
    m_clock.start();
    newSocket();
    connect(&m_autoPingTimer, &QTimer::timeout, this, [this] { ping(); });

    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        m_countdownTimer.stop();
        Q_EMIT reconnectCountdown(0);
        m_reconnectAttempt = true;
        connectTo(m_reconnectUrl);
    });
    m_countdownTimer.setInterval(1s);
    connect(&m_countdownTimer, &QTimer::timeout, this, &WebSocketClient::tickCountdown);
    m_closeReport.setSingleShot(true);
    m_closeReport.setInterval(0);
    connect(&m_closeReport, &QTimer::timeout, this, &WebSocketClient::reportClose);
}

void WebSocketClient::newSocket()
{
    if (m_socket) {
        // Its end has been told; nobody should hear it again.
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater(); // it may be the one whose signal is being delivered
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(m_caCertificates);
        socket->setSslConfiguration(configuration);
    }
    connect(socket, &QWebSocket::stateChanged, this, &WebSocketClient::stateChanged);
    connect(socket, &QWebSocket::connected, this, [this] {
        m_opened = true;
        m_reconnectAttempt = false;
        m_backoff.reset();
        Q_EMIT logLine(LineKind::Event, tr("Connection is opened ..."), QVariant());
        if (!m_socket->subprotocol().isEmpty())
            Q_EMIT logLine(LineKind::Event, tr("Subprotocol: %1").arg(m_socket->subprotocol()),
                           QVariant());
        if (m_autoPingInterval > 0ms)
            m_autoPingTimer.start(m_autoPingInterval);
        Q_EMIT opened();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        Q_EMIT logLine(LineKind::Received, tr("Message is received: %1").arg(message), message);
        Q_EMIT textReceived(message);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &message) {
        Q_EMIT logLine(
                LineKind::Received,
                binaryLine(
                        tr("Binary message is received (%1)").arg(Hex::byteCount(message.size())),
                        message),
                message);
        Q_EMIT binaryReceived(message);
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this, &WebSocketClient::onError);
#else
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &WebSocketClient::onError);
#endif
    connect(socket, &QWebSocket::disconnected, this, &WebSocketClient::onDisconnected);
    // Said only around a close handshake; an abrupt end (1006) comes without it.
    connect(socket, &QWebSocket::aboutToClose, this, [this] { m_closing = true; });
    // Direct: ignoreSslErrors() only counts while the signal is being delivered.
    connect(socket, &QWebSocket::sslErrors, this, &WebSocketClient::onSslErrors,
            Qt::DirectConnection);
    connect(socket, &QWebSocket::pong, this,
            [this](quint64, const QByteArray &payload) { onPong(payload); });
}

WebSocketClient::~WebSocketClient()
{
    // QWebSocket's destructor still reports its end; nobody should hear it from a half-gone
    // object.
    m_socket->disconnect(this);
    m_socket->abort();
}

QByteArray WebSocketClient::userAgent()
{
    return QByteArrayLiteral("Duplex/" DUPLEX_VERSION);
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

WebSocketClient::Failure WebSocketClient::classifyError(QAbstractSocket::SocketError error,
                                                        const QString &qtMessage)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        // QWebSocket reports a refused handshake as a refused connection too.
        return qtMessage.contains(QLatin1String("refused"), Qt::CaseInsensitive)
                ? Failure::Unreachable
                : Failure::Handshake;
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketAccessError:
    case QAbstractSocket::SocketAddressNotAvailableError:
        return Failure::Unreachable;
    case QAbstractSocket::SocketTimeoutError:
        return Failure::TimedOut;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return Failure::Tls;
    case QAbstractSocket::RemoteHostClosedError:
        return Failure::Handshake; // closed before the handshake's answer
    default:
        return Failure::Other;
    }
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

QString WebSocketClient::checkHeader(const QByteArray &name, const QByteArray &value)
{
    if (name.isEmpty())
        return tr("A request header needs a name.");
    if (!isToken(name)) {
        return tr("\"%1\" is not a valid header name: use letters, digits and !#$%&'*+-.^_`|~ "
                  "only.")
                .arg(QString::fromUtf8(name));
    }
    if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
        return tr("The value of the header \"%1\" must not break the line.")
                .arg(QString::fromUtf8(name));
    static const QByteArrayList handshakeOwn = { "Host",
                                                 "Upgrade",
                                                 "Connection",
                                                 "Sec-WebSocket-Key",
                                                 "Sec-WebSocket-Version",
                                                 "Sec-WebSocket-Extensions" };
    for (const QByteArray &own : handshakeOwn) {
        if (name.compare(own, Qt::CaseInsensitive) == 0)
            return tr("The header \"%1\" is set by the handshake itself.")
                    .arg(QString::fromUtf8(name));
    }
    if (name.compare("Sec-WebSocket-Protocol", Qt::CaseInsensitive) == 0)
        return tr("Give subprotocols in their own field, not as a \"%1\" header.")
                .arg(QString::fromUtf8(name));
    return {};
}

std::optional<QList<WebSocketClient::Header>> WebSocketClient::parseHeaders(QStringView text,
                                                                            QString *error)
{
    QList<Header> headers;
    int number = 0;
    for (QStringView line : text.split(u'\n')) {
        ++number;
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0) {
            if (error)
                *error = tr("Line %1 is not \"Name: value\".").arg(number);
            return std::nullopt;
        }
        const Header header { line.left(colon).trimmed().toUtf8(),
                              line.mid(colon + 1).trimmed().toUtf8() };
        const QString problem = checkHeader(header.first, header.second);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return std::nullopt;
        }
        headers.append(header);
    }
    return headers;
}

std::optional<QStringList> WebSocketClient::parseSubprotocols(QStringView text, QString *error)
{
    QStringList names;
    for (QStringView part : text.split(u',')) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        if (!isToken(part.toUtf8())) {
            if (error)
                *error = tr("\"%1\" is not a valid subprotocol name.").arg(part.toString());
            return std::nullopt;
        }
        names.append(part.toString());
    }
    return names;
}

QString WebSocketClient::fingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

void WebSocketClient::setAutoPingInterval(int seconds)
{
    setAutoPingInterval(std::chrono::milliseconds(std::max(0, seconds) * 1000LL));
}

void WebSocketClient::setAutoPingInterval(std::chrono::milliseconds interval)
{
    m_autoPingInterval = std::max(interval, 0ms);
    if (m_autoPingInterval > 0ms && isOpen())
        m_autoPingTimer.start(m_autoPingInterval);
    else if (m_autoPingInterval == 0ms)
        m_autoPingTimer.stop();
}

void WebSocketClient::setAutoReconnect(bool on)
{
    m_autoReconnect = on;
    if (!on)
        stopReconnecting();
}

void WebSocketClient::setReconnectDelays(std::chrono::milliseconds initial,
                                         std::chrono::milliseconds maximum)
{
    m_backoff.setDelays(initial, maximum);
}

void WebSocketClient::trustCertificate(const QString &sha256Fingerprint)
{
    const QString normalised = normalisedFingerprint(sha256Fingerprint);
    if (!normalised.isEmpty())
        m_trusted.insert(normalised);
}

bool WebSocketClient::isTrusted(const QString &sha256Fingerprint) const
{
    return m_trusted.contains(normalisedFingerprint(sha256Fingerprint));
}

bool WebSocketClient::open(const QString &url)
{
    const QString problem = checkUrl(url);
    if (!problem.isEmpty()) {
        Q_EMIT logLine(LineKind::Error, problem, QVariant());
        return false;
    }
    cancelReconnect();
    m_backoff.reset();
    m_reconnectAttempt = false;
    return connectTo(QUrl(url.trimmed(), QUrl::StrictMode));
}

bool WebSocketClient::connectTo(const QUrl &url)
{
    // Checked on every attempt: the headers may have changed since the first.
    for (const Header &header : std::as_const(m_headers)) {
        const QString problem = checkHeader(header.first, header.second);
        if (!problem.isEmpty()) {
            Q_EMIT logLine(LineKind::Error, problem, QVariant());
            return false;
        }
    }
    QString problem;
    if (!parseSubprotocols(m_subprotocols.join(QLatin1Char(',')), &problem)) {
        Q_EMIT logLine(LineKind::Error, problem, QVariant());
        return false;
    }

    if (m_socket->state() != QAbstractSocket::UnconnectedState) {
        m_userClosed = true; // the old connection's end is no reason to reconnect
        m_socket->abort();
    }
    if (m_ending)
        reportClose(); // the old connection's end before the new one's start
    newSocket();
    m_reconnectUrl = url;
    Q_EMIT logLine(LineKind::Event, tr("Connecting to %1 ...").arg(url.toString()), QVariant());
    m_closing = false;
    m_opened = false;
    m_userClosed = false;
    m_untrusted = false;
    m_pingsSent.clear();
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", userAgent()); // the user's own replaces it
    for (const Header &header : std::as_const(m_headers))
        request.setRawHeader(header.first, header.second);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(m_subprotocols);
    m_socket->open(request, options);
    return true;
}

void WebSocketClient::close()
{
    m_userClosed = true;
    stopReconnecting();
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
    else
        m_socket->abort(); // still looking up or connecting: give up at once
}

bool WebSocketClient::sendText(const QString &message)
{
    if (!isOpen()) {
        Q_EMIT logLine(LineKind::Error, tr("Not connected: the message was not sent."), QVariant());
        return false;
    }
    m_socket->sendTextMessage(message);
    Q_EMIT logLine(LineKind::Sent, tr("Message is sent: %1").arg(message), message);
    return true;
}

bool WebSocketClient::sendBinary(const QByteArray &message)
{
    if (!isOpen()) {
        Q_EMIT logLine(LineKind::Error, tr("Not connected: the message was not sent."), QVariant());
        return false;
    }
    m_socket->sendBinaryMessage(message);
    Q_EMIT logLine(LineKind::Sent,
                   binaryLine(tr("Binary message is sent (%1)").arg(Hex::byteCount(message.size())),
                              message),
                   message);
    return true;
}

bool WebSocketClient::ping(const QByteArray &payload)
{
    if (!isOpen()) {
        Q_EMIT logLine(LineKind::Error, tr("Not connected: the ping was not sent."), QVariant());
        return false;
    }
    if (payload.size() > maxPingPayload) {
        Q_EMIT logLine(
                LineKind::Error,
                tr("A ping carries at most %1 bytes: the ping was not sent.").arg(maxPingPayload),
                QVariant());
        return false;
    }
    // A server may answer only the newest of several pings (RFC 6455, 5.5.2-3), so each
    // ping carries a payload of its own when the user gives none: the pong names its ping.
    const QByteArray sent = payload.isEmpty() ? QByteArray::number(++m_pingSequence) : payload;
    if (m_pingsSent.size() >= maxPingsInFlight)
        m_pingsSent.pop_front();
    m_pingsSent.push_back({ sent, m_clock.nsecsElapsed() });
    m_socket->ping(sent);
    return true;
}

void WebSocketClient::onPong(const QByteArray &payload)
{
    // Qt's own elapsed time is whole milliseconds, and from the newest ping only.
    const auto answered
            = std::find_if(m_pingsSent.begin(), m_pingsSent.end(),
                           [&](const SentPing &ping) { return ping.payload == payload; });
    if (answered == m_pingsSent.end()) {
        Q_EMIT logLine(LineKind::Event, tr("Pong received"),
                       QVariant()); // unasked for, or forgotten
        return;
    }
    const qint64 microseconds = (m_clock.nsecsElapsed() - answered->sentAt) / 1000;
    // Older pings still waiting were skipped by the server.
    m_pingsSent.erase(m_pingsSent.begin(), std::next(answered));
    Q_EMIT logLine(LineKind::Event,
                   tr("Pong received in %1 ms")
                           .arg(QLocale().toString(double(microseconds) / 1000.0, 'f', 3)),
                   QVariant());
    Q_EMIT pongReceived(microseconds);
}

void WebSocketClient::stopReconnecting()
{
    if (!isReconnecting())
        return;
    cancelReconnect();
    Q_EMIT logLine(LineKind::Event, tr("Reconnecting is stopped."), QVariant());
}

void WebSocketClient::cancelReconnect()
{
    const bool waiting = isReconnecting();
    m_reconnectTimer.stop();
    m_countdownTimer.stop();
    if (waiting)
        Q_EMIT reconnectCountdown(0);
}

void WebSocketClient::scheduleReconnect()
{
    const std::chrono::milliseconds delay = m_backoff.nextDelay();
    m_reconnectDeadline = QDeadlineTimer(delay);
    m_reconnectTimer.start(delay);
    m_countdownTimer.start();
    Q_EMIT logLine(LineKind::Event,
                   tr("Reconnecting in %1 s ...")
                           .arg(QLocale().toString(double(delay.count()) / 1000.0, 'f', 1)),
                   QVariant());
    tickCountdown();
}

void WebSocketClient::tickCountdown()
{
    if (!isReconnecting())
        return;
    // Whole seconds, rounded up: "0" is said only when the attempt starts.
    const qint64 left = m_reconnectDeadline.remainingTime();
    Q_EMIT reconnectCountdown(int(std::max<qint64>(1, (left + 999) / 1000)));
}

void WebSocketClient::onSslErrors(const QList<QSslError> &errors)
{
    QSslCertificate certificate = m_socket->sslConfiguration().peerCertificate();
    for (const QSslError &error : errors) {
        if (!certificate.isNull())
            break;
        certificate = error.certificate();
    }
    const QString fingerprint = certificate.isNull()
            ? QString()
            : WebSocketClient::fingerprint(certificate.digest(QCryptographicHash::Sha256));
    if (!m_verifyCertificates) {
        m_socket->ignoreSslErrors();
        QStringList problems;
        for (const QSslError &error : errors)
            problems.append(error.errorString());
        problems.removeDuplicates();
        Q_EMIT logLine(LineKind::Event,
                       tr("The server's certificate is accepted without being verified: %1")
                               .arg(problems.join(QLatin1String("; "))),
                       QVariant());
        return;
    }
    if (!fingerprint.isEmpty() && isTrusted(fingerprint)) {
        m_socket->ignoreSslErrors();
        Q_EMIT logLine(LineKind::Event, tr("The server's certificate is trusted for this session."),
                       QVariant());
        return;
    }
    m_untrusted = true;
    QStringList problems;
    for (const QSslError &error : errors)
        problems.append(error.errorString());
    problems.removeDuplicates();
    const QString problem = tr("The server's certificate is not trusted: %1")
                                    .arg(problems.join(QLatin1String("; ")));
    Q_EMIT failed(Failure::Tls, problem);
    Q_EMIT logLine(LineKind::Error, problem, QVariant());
    if (!fingerprint.isEmpty())
        Q_EMIT untrustedCertificate(subjectOf(certificate), fingerprint);
}

void WebSocketClient::onError(QAbstractSocket::SocketError error)
{
    // The end of a connection is reported by onDisconnected(); this is only about why.
    const bool saidAlready = (error == QAbstractSocket::RemoteHostClosedError && m_closing)
            || (error == QAbstractSocket::SslHandshakeFailedError && m_untrusted);
    if (!saidAlready) {
        const QString problem = describeError(error, m_socket->errorString());
        // After the handshake, an error is only how the connection ended: its close says it.
        if (!m_opened)
            Q_EMIT failed(classifyError(error, m_socket->errorString()), problem);
        Q_EMIT logLine(LineKind::Error, problem, QVariant());
    }
    // A refused handshake leaves the TCP connection open (the server may keep it alive):
    // end it, so that the failure is also the close.
    if (m_socket->state() == QAbstractSocket::ConnectingState)
        m_socket->abort();
    if (m_ending)
        reportClose();
}

void WebSocketClient::onDisconnected()
{
    if (m_ending)
        return; // told once
    const int code = m_closing ? int(m_socket->closeCode())
                               : int(QWebSocketProtocol::CloseCodeAbnormalDisconnection);
    const QString reason = m_closing ? m_socket->closeReason() : QString();
    m_autoPingTimer.stop();
    m_pingsSent.clear();
    // Only a connection that worked, or an attempt to restore one, comes back by itself; a
    // certificate that is not trusted fails the same way until the user decides.
    const bool reconnect = m_autoReconnect && !m_userClosed && !m_untrusted
            && (m_opened || m_reconnectAttempt) && !m_reconnectUrl.isEmpty();
    m_ending = Ending { code, reason, m_opened, reconnect };
    m_closeReport.start();
}

void WebSocketClient::reportClose()
{
    m_closeReport.stop();
    if (!m_ending)
        return;
    const Ending ending = *std::exchange(m_ending, std::nullopt);
    Q_EMIT logLine(LineKind::Event, tr("Connection is closed ..."), QVariant());
    // A connection that never opened has said why already.
    if (ending.opened && ending.code != QWebSocketProtocol::CloseCodeNormal
        && ending.code != QWebSocketProtocol::CloseCodeMissingStatusCode) {
        Q_EMIT logLine(LineKind::Error,
                       ending.reason.isEmpty()
                               ? tr("Close code %1").arg(ending.code)
                               : tr("Close code %1: %2").arg(ending.code).arg(ending.reason),
                       QVariant());
    }
    m_willReconnect = ending.reconnect;
    Q_EMIT closed(ending.code, ending.reason);
    m_willReconnect = false;
    // Someone who heard closed() may have opened again already.
    if (ending.reconnect && m_socket->state() == QAbstractSocket::UnconnectedState
        && !isReconnecting())
        scheduleReconnect();
}
