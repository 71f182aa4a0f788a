#include "frontdoor.h"

#include "httprequest.h"
#include "httpresponse.h"
#include "serversettings.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Duplex was built without its resource %s", qPrintable(path));
    return file.readAll();
}

FrontDoor::Decision respond(const HttpRequest &request, HttpResponse response)
{
    FrontDoor::Decision decision;
    decision.action = FrontDoor::Decision::Respond;
    decision.method = request.method;
    decision.target = request.target;
    decision.realIp = request.header("x-real-ip");
    decision.forwardedFor = request.header("x-forwarded-for");
    decision.status = response.status;
    decision.consumed = request.headSize;
    // A body is never read, so the connection cannot carry another request after it.
    decision.close = !request.keepAlive() || request.hasBody();
    response.close = decision.close;
    decision.response = response.serialize(request.method == "HEAD");
    return decision;
}

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse response = HttpResponse::error(405);
    response.headers.emplaceBack("Allow", allow);
    return response;
}

bool isValidWebSocketKey(QByteArrayView key)
{
    // base64 of 16 bytes: 22 characters and "==" (RFC 6455 4.2.1 item 5)
    if (key.size() != 24 || !key.endsWith("=="))
        return false;
    return std::all_of(key.begin(), key.end() - 2, [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '+' || c == '/';
    });
}

} // namespace

FrontDoor::FrontDoor() : FrontDoor(ServerSettings()) { }

FrontDoor::FrontDoor(const ServerSettings &settings)
    : m_maxHeadSize(settings.maxHeadSize),
      m_hosts(settings.address, settings.allowedHosts, settings.allowedOrigins),
      m_origins(settings.allowedOrigins),
      m_page(readResource(QStringLiteral(":/duplex/index.html"))),
      m_favicon(readResource(QStringLiteral(":/duplex/favicon.ico")))
{
}

QByteArray FrontDoor::timeoutResponse()
{
    HttpResponse response = HttpResponse::error(408, "The request did not arrive in time.");
    response.close = true;
    return response.serialize();
}

QByteArray FrontDoor::overloadResponse()
{
    HttpResponse response = HttpResponse::error(503, "Too many connections; try again later.");
    response.headers.emplaceBack("Retry-After", "5");
    response.close = true;
    return response.serialize();
}

FrontDoor::Decision FrontDoor::decide(QByteArrayView buffered) const
{
    const HttpParseResult parsed = HttpRequestParser::parse(buffered, m_maxHeadSize);
    switch (parsed.status) {
    case HttpParseResult::Incomplete:
        return {};
    case HttpParseResult::Invalid: {
        HttpResponse response = HttpResponse::error(parsed.errorStatus, parsed.errorReason);
        response.close = true;
        Decision decision;
        decision.action = Decision::Respond;
        decision.status = parsed.errorStatus;
        decision.consumed = buffered.size();
        decision.close = true;
        decision.response = response.serialize();
        return decision;
    }
    case HttpParseResult::Complete:
        break;
    }
    return decideRequest(parsed.request);
}

FrontDoor::Decision FrontDoor::decideRequest(const HttpRequest &request) const
{
    if (!m_hosts.allows(request.headerView("host")))
        return refuseHost(request);
    const QByteArray &path = request.path;
    const bool getOrHead = request.method == "GET" || request.method == "HEAD";

    if (path == "/" || path == "/index.html") {
        if (!getOrHead)
            return respond(request, methodNotAllowed("GET, HEAD"));
        HttpResponse page;
        page.headers = { { "Content-Type", "text/html; charset=utf-8" },
                         { "Cache-Control", "no-cache" },
                         { "X-Content-Type-Options", "nosniff" } };
        page.body = m_page;
        return respond(request, page);
    }
    if (path == "/favicon.ico") {
        if (!getOrHead)
            return respond(request, methodNotAllowed("GET, HEAD"));
        HttpResponse icon;
        icon.headers = { { "Content-Type", "image/x-icon" }, { "Cache-Control", "max-age=86400" } };
        icon.body = m_favicon;
        return respond(request, icon);
    }
    if (path == "/ws/" || path == "/ws") {
        if (request.method != "GET")
            return respond(request, methodNotAllowed("GET"));
        return checkUpgrade(request);
    }
    return respond(request, HttpResponse::error(404));
}

FrontDoor::Decision FrontDoor::refuseHost(const HttpRequest &request) const
{
    // The parser let only a valid Host through (RFC 3986 characters, no more than its limit).
    const auto host = HostPolicy::parse(request.headerView("host"));
    const QByteArray name = host && host->host.contains(QLatin1Char(':'))
            ? '[' + host->host.toLatin1() + ']'
            : host ? host->host.toLatin1()
                   : request.header("host");
    // Words for whoever set up the proxy or typed the address: what is wrong and the one fix.
    Decision decision = respond(
            request,
            HttpResponse::error(403,
                                "\"" + name
                                        + "\" is not a name of this server, which answers only "
                                          "to localhost and its loopback addresses (a guard "
                                          "against DNS rebinding).\nIf the name is yours (a "
                                          "proxy's server_name), start Duplex with --allow-host "
                                        + name + "."));
    decision.note
            = QCoreApplication::translate(
                      "FrontDoor",
                      "host %1 is not a name of this server (a guard against DNS "
                      "rebinding); if it is yours, start Duplex with --allow-host %1")
                      .arg(QString::fromLatin1(name.first(std::min<qsizetype>(name.size(), 200))));
    return decision;
}

FrontDoor::Decision FrontDoor::checkUpgrade(const HttpRequest &request) const
{
    // Only a handshake that QWebSocketServer will accept is handed over: it closes the
    // connection without a word on anything else, and a peer deserves to be told why.
    // QWebSocketServer reads only the first Upgrade and Connection fields; so does this.
    if (request.headerView("upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
        return respond(request, HttpResponse::error(400, "Can \"Upgrade\" only to \"WebSocket\"."));
    if (!HttpRequest::listHasToken(request.headerView("connection"), "upgrade"))
        return respond(request, HttpResponse::error(400, "\"Connection\" must be \"Upgrade\"."));
    // What QWebSocketServer's own reading of the head would refuse without a word.
    const QByteArrayView host = request.headerView("host");
    if (request.versionMinor < 1 || request.bareLineFeeds || request.leadingEmptyLine
        || request.hasBody() || host.isEmpty())
        return respond(request, HttpResponse::error(400, "Malformed WebSocket handshake."));
    const QByteArrayView version = request.headerView("sec-websocket-version");
    if (version.isNull())
        return respond(request, HttpResponse::error(400, "Missing Sec-WebSocket-Version."));
    if (request.headerCount("sec-websocket-version") != 1 || version != "13") {
        HttpResponse response
                = HttpResponse::error(426, "Only WebSocket version 13 (RFC 6455) is supported.");
        response.headers.emplaceBack("Sec-WebSocket-Version", "13");
        return respond(request, response);
    }
    if (request.headerCount("sec-websocket-key") != 1
        || !isValidWebSocketKey(request.headerView("sec-websocket-key"))) {
        return respond(request, HttpResponse::error(400, "Invalid Sec-WebSocket-Key."));
    }
    const QByteArrayView origin = request.headerView("origin");
    if (request.headerCount("origin") > 1
        || (!origin.isNull() && !m_origins.allows(origin.toByteArray(), host.toByteArray()))) {
        // Cross-site WebSocket hijacking: a page of another site may not use this server.
        Decision decision = respond(
                request, HttpResponse::error(403, "This origin may not open a WebSocket here."));
        decision.note = QCoreApplication::translate("FrontDoor", "origin %1 is not allowed")
                                .arg(QString::fromLatin1(
                                        origin.first(std::min<qsizetype>(origin.size(), 200))));
        return decision;
    }
    Decision decision;
    decision.action = Decision::UpgradeToWebSocket;
    decision.method = request.method;
    decision.target = request.target;
    decision.realIp = request.header("x-real-ip");
    decision.forwardedFor = request.header("x-forwarded-for");
    decision.status = 101;
    decision.consumed = request.headSize; // left in the socket for QWebSocketServer to read
    return decision;
}
