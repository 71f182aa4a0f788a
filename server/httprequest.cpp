#include "httprequest.h"

#include <QHostAddress>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

namespace {

// QWebSocketServer's own header parser refuses more than this; so does every other part.
constexpr qsizetype maxHeaderFields = 100;

// tchar, RFC 9110 5.6.2, as a table: every byte of a head's names passes through here.
constexpr auto tokenChars = [] {
    std::array<bool, 256> table {};
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = true;
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (char c : { '!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~' })
        table[static_cast<unsigned char>(c)] = true;
    return table;
}();

inline bool isTokenChar(char c)
{
    return tokenChars[static_cast<unsigned char>(c)];
}

// Where `c` first occurs in `text` from `from` on, or -1: memchr, without a call into Qt.
inline qsizetype find(QByteArrayView text, char c, qsizetype from = 0)
{
    if (from >= text.size())
        return -1; // nothing to search (and memchr may not be given an empty view's null)
    const void *found = std::memchr(text.data() + from, c, size_t(text.size() - from));
    return found ? static_cast<const char *>(found) - text.data() : -1;
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// field-value characters: visible ASCII, obs-text, space and tab; no other control bytes.
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isTargetChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.sliced(begin, end - begin);
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isDigits(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// RFC 3986 2.3 and 2.2: unreserved and sub-delims.
bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || std::strchr("-._~!$&'()*+,;=", c) != nullptr;
}

// reg-name (RFC 3986 3.2.2), and with `colons` the tail of an IPvFuture literal.
bool isRegName(QByteArrayView name, bool colons = false)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (c == '%') {
            if (i + 2 >= name.size() || !isHexDigit(name[i + 1]) || !isHexDigit(name[i + 2]))
                return false;
            i += 2;
        } else if (c == '\0' || !(isNameChar(c) || (colons && c == ':'))) {
            return false;
        }
    }
    return true;
}

HttpParseResult invalid(int status, const char *reason)
{
    HttpParseResult result;
    result.status = HttpParseResult::Invalid;
    result.errorStatus = status;
    result.errorReason = reason;
    return result;
}

// Checks the request line "METHOD SP target SP HTTP/1.x" and fills `request`.
// Returns a null result when the line is good.
HttpParseResult parseRequestLine(QByteArrayView line, HttpRequest &request)
{
    const qsizetype firstSpace = find(line, ' ');
    if (firstSpace <= 0)
        return invalid(400, "Malformed request line.");
    const QByteArrayView method = line.first(firstSpace);
    if (!isToken(method))
        return invalid(400, "Malformed request method.");
    const qsizetype secondSpace = find(line, ' ', firstSpace + 1);
    if (secondSpace < 0)
        return invalid(400, "Malformed request line.");
    const QByteArrayView target = line.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(secondSpace + 1);
    if (target.isEmpty() || !std::all_of(target.begin(), target.end(), isTargetChar))
        return invalid(400, "Malformed request target.");
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.'
        || !std::isdigit(static_cast<unsigned char>(version[5]))
        || !std::isdigit(static_cast<unsigned char>(version[7]))) {
        return invalid(400, "Malformed HTTP version.");
    }
    if (version[5] != '1')
        return invalid(505, "Only HTTP/1.0 and HTTP/1.1 are supported.");

    request.method = method.toByteArray();
    request.target = target.toByteArray();
    request.versionMinor = version[7] - '0';

    QByteArrayView pathAndQuery = target;
    if (!target.startsWith('/')) {
        // absolute-form (RFC 9112 3.2.2), as a proxy may send: keep only the path
        const qsizetype schemeEnd = target.indexOf("://");
        if (target == "*") {
            pathAndQuery = target;
        } else if (schemeEnd > 0) {
            const qsizetype pathStart = target.indexOf('/', schemeEnd + 3);
            pathAndQuery = pathStart < 0 ? QByteArrayView("/") : target.sliced(pathStart);
        } else {
            return invalid(400, "Malformed request target.");
        }
    }
    const qsizetype queryStart = pathAndQuery.indexOf('?');
    const QByteArrayView path = queryStart < 0 ? pathAndQuery : pathAndQuery.first(queryStart);
    if (queryStart >= 0)
        request.query = pathAndQuery.sliced(queryStart + 1).toByteArray();
    request.path = find(path, '%') < 0 ? path.toByteArray()
                                       : QByteArray::fromPercentEncoding(path.toByteArray());
    return {};
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    const QByteArrayView found = headerView(name);
    if (found.isNull())
        return {};
    return found.isEmpty() ? QByteArray("") : found.toByteArray(); // empty, not null
}

bool HttpRequest::isNamed(const Field &field, QByteArrayView name) const
{
    return field.nameSize == name.size()
            && std::memcmp(head.constData() + field.nameAt, name.data(), size_t(name.size())) == 0;
}

QByteArrayView HttpRequest::headerView(QByteArrayView name) const
{
    for (const Field &field : fields) {
        if (isNamed(field, name))
            return QByteArrayView(head.constData() + field.valueAt, field.valueSize); // not null
    }
    return {};
}

qsizetype HttpRequest::headerCount(QByteArrayView name) const
{
    return std::count_if(fields.cbegin(), fields.cend(),
                         [this, name](const Field &field) { return isNamed(field, name); });
}

bool HttpRequest::headerHasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const Field &field : fields) {
        if (!isNamed(field, name))
            continue;
        if (listHasToken(value(field), token))
            return true;
    }
    return false;
}

bool HttpRequest::listHasToken(QByteArrayView list, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype comma = list.indexOf(',', start);
        if (comma < 0)
            comma = list.size();
        if (trimmedOws(list.sliced(start, comma - start)).compare(token, Qt::CaseInsensitive) == 0)
            return true;
        start = comma + 1;
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    // HTTP/1.0 closes after the answer: keep-alive there is an opt-in Duplex does not need.
    return versionMinor >= 1 && !headerHasToken("connection", "close");
}

bool HttpRequest::hasBody() const
{
    if (headerCount("transfer-encoding") > 0)
        return true;
    const QByteArray length = header("content-length");
    return !length.isNull() && length.toLongLong() != 0;
}

HttpParseResult HttpRequestParser::parse(QByteArrayView data, qsizetype maxHeadSize)
{
    const QByteArrayView window = data.first(std::min(data.size(), maxHeadSize));
    HttpRequest request;
    bool haveRequestLine = false;
    request.head = window.toByteArray();
    request.fields.reserve(16); // a browser's handshake has about a dozen fields
    qsizetype pos = 0;

    while (true) {
        const qsizetype lineFeed = find(window, '\n', pos);
        if (lineFeed < 0) {
            if (!haveRequestLine) {
                // Refuse what can never become a request line (a TLS hello, binary noise)
                // without waiting for a line end that may never come.
                const QByteArrayView partial = window.sliced(pos);
                const qsizetype space = partial.indexOf(' ');
                const QByteArrayView method = space < 0 ? partial : partial.first(space);
                for (char c : method) {
                    if (!isTokenChar(c) && c != '\r')
                        return invalid(400, "Malformed request method.");
                }
            }
            if (data.size() >= maxHeadSize)
                return invalid(431, "The request head is too large.");
            HttpParseResult more;
            more.status = HttpParseResult::Incomplete;
            return more;
        }

        QByteArrayView line = window.sliced(pos, lineFeed - pos);
        pos = lineFeed + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        else
            request.bareLineFeeds = true;
        if (find(line, '\r') >= 0)
            return invalid(400, "Stray carriage return in the request head.");

        if (!haveRequestLine) {
            if (line.isEmpty() && pos <= 2) {
                request.leadingEmptyLine = true;
                continue; // one empty line before the request line is ignored (RFC 9112 2.2)
            }
            HttpParseResult error = parseRequestLine(line, request);
            if (error.status == HttpParseResult::Invalid)
                return error;
            haveRequestLine = true;
            continue;
        }

        if (line.isEmpty())
            break; // the end of the head

        if (line.front() == ' ' || line.front() == '\t')
            return invalid(400, "Folded header lines are not accepted.");
        const qsizetype colon = find(line, ':');
        if (colon <= 0)
            return invalid(400, "Malformed header line.");
        const QByteArrayView name = line.first(colon);
        if (!isToken(name))
            return invalid(400, "Malformed header name.");
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return invalid(400, "Control character in a header value.");
        if (request.fields.size() == maxHeaderFields)
            return invalid(431, "Too many header fields.");
        const qsizetype nameAt = name.data() - window.data();
        char *lowered = request.head.data() + nameAt;
        for (qsizetype i = 0; i < name.size(); ++i) {
            if (lowered[i] >= 'A' && lowered[i] <= 'Z')
                lowered[i] = char(lowered[i] - 'A' + 'a');
        }
        const qsizetype valueAt = value.isEmpty() ? 0 : value.data() - window.data();
        request.fields.append({ nameAt, name.size(), valueAt, value.size() });
    }

    request.headSize = pos;

    qsizetype hosts = 0;
    qsizetype lengths = 0;
    for (const HttpRequest::Field &field : request.fields) {
        hosts += request.isNamed(field, "host") ? 1 : 0;
        lengths += request.isNamed(field, "content-length") ? 1 : 0;
    }
    if (hosts > 1 || (hosts == 0 && request.versionMinor >= 1))
        return invalid(400, "An HTTP/1.1 request needs exactly one Host header.");
    // RFC 9112 3.2: a Host that is no host is refused, for pages and handshakes alike (Qt's
    // WebSocket server would close the connection without a word).
    if (hosts == 1 && !HttpRequest::isValidHost(request.headerView("host")))
        return invalid(400, "Invalid Host header.");
    if (lengths > 0) {
        bool ok = false;
        const QByteArray length = request.header("content-length");
        const qlonglong value = length.toLongLong(&ok);
        if (!ok || value < 0 || !std::all_of(length.begin(), length.end(), ::isdigit))
            return invalid(400, "Malformed Content-Length.");
        for (const HttpRequest::Field &field : request.fields) {
            if (request.isNamed(field, "content-length") && request.value(field) != length)
                return invalid(400, "Conflicting Content-Length headers.");
        }
    }

    HttpParseResult result;
    result.status = HttpParseResult::Complete;
    result.request = std::move(request);
    return result;
}

bool HttpRequest::isValidHost(QByteArrayView host)
{
    QByteArrayView name = host;
    QByteArrayView port;
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        name = host.sliced(1, close - 1);
        const QByteArrayView rest = host.sliced(close + 1);
        if (!rest.isEmpty() && (!rest.startsWith(':') || !isDigits(rest.sliced(1))))
            return false;
        if (name.startsWith('v') || name.startsWith('V')) { // IPvFuture: v1*HEXDIG "." 1*(...)
            const qsizetype dot = name.indexOf('.');
            return dot > 1 && std::all_of(name.begin() + 1, name.begin() + dot, isHexDigit)
                    && dot + 1 < name.size() && !name.sliced(dot + 1).contains('%')
                    && isRegName(name.sliced(dot + 1), true);
        }
        QHostAddress address;
        return !name.contains('%') // no zone id (RFC 6874 writes it %25, and HTTP has none)
                && address.setAddress(QString::fromLatin1(name))
                && address.protocol() == QAbstractSocket::IPv6Protocol;
    }
    const qsizetype colon = host.indexOf(':');
    if (colon >= 0) {
        name = host.first(colon);
        port = host.sliced(colon + 1);
    }
    return !name.isEmpty() && isRegName(name) && isDigits(port);
}
