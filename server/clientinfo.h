#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One connected WebSocket client as the connection table shows it: a snapshot taken in the
// server's thread (see DuplexServer::setClientUpdateInterval()).
struct ClientInfo
{
    quint64 id = 0; // unique for the server's lifetime; what the actions name
    QString peer; // as the log names it ("203.0.113.7 via 127.0.0.1:51234" behind a proxy)
    QString address; // the direct peer, "127.0.0.1:51234"
    QString realClient; // X-Real-IP / X-Forwarded-For of a trusted local proxy, else empty
    QString origin;
    QString userAgent;
    qint64 connectedAt = 0; // milliseconds since the epoch
    qint64 lastActivity = 0; // the last message either way (milliseconds since the epoch)
    qint64 messagesIn = 0;
    qint64 messagesOut = 0;
    qint64 bytesIn = 0; // payload bytes, text counted as UTF-8
    qint64 bytesOut = 0;
    qint64 roundTripUs = -1; // the last ping's round trip, -1 before the first pong
};

Q_DECLARE_METATYPE(ClientInfo)
