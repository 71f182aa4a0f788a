#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class QSocketNotifier;

// The listening socket of the one port. Plain, it is a QTcpServer like any other. With a TLS
// configuration, each new connection is looked at before anything reads it: a TLS
// ClientHello (first byte 0x16) gets a QSslSocket that starts the server handshake and is
// handed on as a pending connection; anything else (plain HTTP sent to an https:// port) is
// answered in plain text, 400 with the https:// address, and closed; a connection that says
// nothing within the head time-out is closed.
class FrontServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit FrontServer(QObject *parent = nullptr);
    ~FrontServer() override;

    // TLS from the next connection on; nothing: plain TCP.
    void setTls(std::optional<QSslConfiguration> configuration);
    bool isTls() const { return m_tls.has_value(); }
    void setHeadTimeout(int milliseconds) { m_headTimeoutMs = milliseconds; }
    // Connections not yet known to be TLS or not, at most this many at once (the rest closed).
    void setMaxWaiting(int count) { m_maxWaiting = count; }
    int waitingCount() const { return int(m_waiting.size()); }
    // Closes every connection still being looked at.
    void closeWaiting();

Q_SIGNALS:
    // A peer spoke plain HTTP (or anything but TLS) to the TLS port and was told so.
    void plainRequestRefused(const QString &peer);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    class Waiting;
    void sniff(Waiting *waiting);
    // Hands the descriptor to a QSslSocket that starts the server handshake, as a pending
    // connection.
    void startTls(qintptr descriptor);
    void finish(Waiting *waiting);

    std::optional<QSslConfiguration> m_tls;
    int m_headTimeoutMs = 10000;
    int m_maxWaiting = 10000;
    QList<Waiting *> m_waiting;
};
