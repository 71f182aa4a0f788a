#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

// One HTTP/1.x request head: request line and header fields (RFC 9112), nothing of the body.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent
    QByteArray path; // the target's path, percent-decoded, without the query
    QByteArray query; // without the '?'
    int versionMinor = 1; // HTTP/1.<minor>; other major versions are refused while parsing
    // The header fields, as places in `head`: one copy of the head instead of two per field.
    struct Field
    {
        qsizetype nameAt = 0, nameSize = 0; // lower-cased in `head`
        qsizetype valueAt = 0, valueSize = 0; // without OWS
    };
    QList<Field> fields;
    QByteArray head; // the bytes parsed, field names lower-cased
    QByteArrayView name(const Field &field) const
    {
        return QByteArrayView(head).sliced(field.nameAt, field.nameSize);
    }
    QByteArrayView value(const Field &field) const
    {
        return QByteArrayView(head).sliced(field.valueAt, field.valueSize);
    }
    qsizetype headSize = 0; // bytes of the head, its final empty line included
    bool bareLineFeeds = false; // some line ended in LF alone (tolerated, RFC 9112 2.2)
    bool leadingEmptyLine = false; // an empty line came before the request line (tolerated)

    // Whether `field` is called `name` (in lower case).
    bool isNamed(const Field &field, QByteArrayView name) const;
    // The first value of a header field; `name` in lower case. Null when absent.
    QByteArray header(QByteArrayView name) const;
    // The same as a view into `head`: no copy, valid while this request is.
    QByteArrayView headerView(QByteArrayView name) const;
    qsizetype headerCount(QByteArrayView name) const;
    // Whether a comma-separated header field (Connection, Upgrade...) lists `token`, any case.
    bool headerHasToken(QByteArrayView name, QByteArrayView token) const;
    static bool listHasToken(QByteArrayView list, QByteArrayView token);
    // RFC 9110 7.2 / RFC 3986 3.2.2: uri-host [":" port], where the host is a bracketed IPv6
    // address (or IPvFuture), or a name of unreserved characters, %XX escapes and sub-delims
    // (an IPv4 address is one). Not empty.
    static bool isValidHost(QByteArrayView host);
    // Whether the peer may send another request on this connection after the answer.
    bool keepAlive() const;
    // Whether a body follows the head (Content-Length above zero, or Transfer-Encoding).
    bool hasBody() const;
};

// What parsing the bytes received so far gives: a whole head, a need for more, or an error
// to answer with (`errorStatus` 400, 431 or 505).
struct HttpParseResult
{
    enum Status { Incomplete, Complete, Invalid };
    Status status = Incomplete;
    int errorStatus = 0;
    QByteArray errorReason; // one short sentence for the answer's body and the log
    HttpRequest request;
};

namespace HttpRequestParser {
// Parses the head at the start of `data`. It never reads past `maxHeadSize` bytes: a head
// that does not end within them is Invalid with 431. A request line that is already wrong
// is refused as soon as it arrives, without waiting for the rest of the head.
HttpParseResult parse(QByteArrayView data, qsizetype maxHeadSize);
} // namespace HttpRequestParser
