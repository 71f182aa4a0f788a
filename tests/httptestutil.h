// Reading HTTP answers in tests: one response split into status, headers and body.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

struct TestResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    qsizetype size = 0; // bytes the whole response took; 0 while it is incomplete
};

// Reads one response from the start of `data`; `headOnly` for the answer to a HEAD request.
inline TestResponse readResponse(const QByteArray &data, bool headOnly = false)
{
    TestResponse response;
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return response;
    const QList<QByteArray> lines = data.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || statusLine.first() != "HTTP/1.1")
        return response;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        response.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype bodyLength
            = headOnly ? 0 : response.headers.value("content-length").toLongLong();
    if (data.size() < headEnd + 4 + bodyLength)
        return response;
    response.status = statusLine.at(1).toInt();
    response.body = data.mid(headEnd + 4, bodyLength);
    response.size = headEnd + 4 + bodyLength;
    return response;
}
