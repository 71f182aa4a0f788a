#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

// One thing the server did, as a window's log shows it; see EventBatcher.
struct ServerEvent
{
    enum class Kind {
        Connected, // peer
        Disconnected, // peer, code (close code), text (reason)
        TextIn, // peer, text
        TextOut, // peer, text
        BinaryIn, // peer, data
        BinaryOut, // peer, data
        Http, // peer, text ("GET /path"), code (status)
        Warning, // peer, text
        Notice, // peer, text
        Summary // messagesIn, messagesOut: the messages of the last second not listed one by one
    };

    Kind kind = Kind::Connected;
    qint64 time = 0; // milliseconds since the epoch
    QString peer;
    QString text;
    QByteArray data;
    int code = 0;
    qint64 messagesIn = 0;
    qint64 messagesOut = 0;
};

Q_DECLARE_METATYPE(ServerEvent)
