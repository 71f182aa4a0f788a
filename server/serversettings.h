#pragma once

#include "bufferbudget.h"

#include <QHostAddress>
#include <QMetaType>
#include <QStringList>

// Everything that decides how the server listens and what it tolerates from a peer.
struct ServerSettings
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8888; // 0 picks a free port; DuplexServer::serverPort() tells which
    int headTimeoutMs = 10000; // an HTTP request head (or the next one) must arrive within this
    qsizetype maxHeadSize = 8192; // a larger request head is answered 431
    int closeGraceMs = 3000; // how long stop() waits for peers to answer the close handshake

    // Limits, all on by default: what one peer may cost the server.
    qint64 maxMessageSize = 10 * 1024 * 1024; // per message and per frame, as Tornado; 1009 past it
    int maxConnections = 10000; // TCP connections at once; the next one is answered 503
    qint64 maxPendingWrite = 16 * 1024 * 1024; // unsent bytes to one client before it is dropped
    // What all clients together may hold in unfinished messages and unsent replies; past it,
    // those that hold the most are closed (1009, 1013). See BufferBudget.
    qint64 maxBufferedBytes = BufferBudget::defaultLimit();
    int pingIntervalMs = 30000; // every WebSocket is pinged this often...
    int pongTimeoutMs = 60000; // ...and dropped when nothing came back for this long

    // Origins allowed besides the request's own host ("*": all); see OriginPolicy.
    QStringList allowedOrigins;
    // Names a server bound to loopback also answers to, besides this computer's ("*": all);
    // see HostPolicy.
    QStringList allowedHosts;

    // The seed's Tornado handler answers bytes with bytes.upper(): ASCII letters upper-cased,
    // every other byte kept. True: binary messages go back as they came.
    bool echoBinaryUnchanged = false;

    // TLS for the page and the socket alike (https://, wss://): a PEM certificate (chain) and
    // its unencrypted PEM key. Both empty: plain http:// and ws://.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    bool usesTls() const { return !tlsCertificateFile.isEmpty() || !tlsKeyFile.isEmpty(); }
};

Q_DECLARE_METATYPE(ServerSettings)

// Turns what a user types for a bind address ("127.0.0.1", "::", "localhost") into an address;
// a null QHostAddress means the text is not an IP address.
QHostAddress parseBindAddress(const QString &text);

// "127.0.0.1:8888", "[::1]:8888": how Duplex names a peer or a listening socket everywhere.
QString endpointName(const QHostAddress &address, quint16 port);

// How the log names a peer: its endpoint, or "<client> via <endpoint>" when a proxy on this
// computer (a loopback peer) says for whom it forwards (X-Real-IP, else the last entry of
// X-Forwarded-For, the one that proxy added). Only an IP address without a zone id is taken
// from those headers, so they cannot forge log lines.
QString peerName(const QHostAddress &address, quint16 port, const QByteArray &realIp,
                 const QByteArray &forwardedFor);
// The <client> of peerName(): the address a local proxy names, or empty when there is none.
QString trustedClientAddress(const QHostAddress &address, const QByteArray &realIp,
                             const QByteArray &forwardedFor);

// The address a browser on this computer uses to reach a server bound to `address`
// (a wildcard bind is reached through loopback).
QString browsableHost(const QHostAddress &address);
