#pragma once

#include <QHostAddress>
#include <QMetaType>

// Everything that decides how the server listens and what it tolerates from a peer.
struct ServerSettings
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8888; // 0 picks a free port; DuplexServer::serverPort() tells which
    int headTimeoutMs = 10000; // an HTTP request head (or the next one) must arrive within this
    qsizetype maxHeadSize = 8192; // a larger request head is answered 431
    int closeGraceMs = 3000; // how long stop() waits for peers to answer the close handshake
};

Q_DECLARE_METATYPE(ServerSettings)

// Turns what a user types for a bind address ("127.0.0.1", "::", "localhost") into an address;
// a null QHostAddress means the text is not an IP address.
QHostAddress parseBindAddress(const QString &text);

// "127.0.0.1:8888", "[::1]:8888": how Duplex names a peer or a listening socket everywhere.
QString endpointName(const QHostAddress &address, quint16 port);

// The address a browser on this computer uses to reach a server bound to `address`
// (a wildcard bind is reached through loopback).
QString browsableHost(const QHostAddress &address);
