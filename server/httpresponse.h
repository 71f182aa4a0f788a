#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// An HTTP/1.1 answer, put together as the bytes to write.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool close = false; // adds "Connection: close"; the connection ends after the answer

    // The status line, the headers (Content-Length always), and the body unless `headOnly`.
    QByteArray serialize(bool headOnly = false) const;

    // A short text/plain answer for an error status; `reason` becomes the body's second line.
    static HttpResponse error(int status, const QByteArray &reason = {});
    static QByteArray reasonPhrase(int status);
};
