#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

// Decides whether a WebSocket handshake may reach the server, by its Origin: the guard
// against cross-site WebSocket hijacking that still lets the seed's setup work.
//  - no Origin (the Python client, command-line tools): allowed;
//  - a web page's Origin (http or https) whose host is the request's Host (ports compared only
//    when Host has one, since nginx's "proxy_set_header Host $host" drops it): allowed;
//  - an Origin on the allowed list ("*" allows every origin): allowed;
//  - anything else: refused.
class OriginPolicy
{
public:
    explicit OriginPolicy(const QStringList &allowedOrigins = {});

    bool allows(const QByteArray &origin, const QByteArray &host) const;

    // An origin as the user typed it ("https://Example.com:443/") in the form browsers send
    // ("https://example.com"); "*" and "null" as they are; nothing when it is not an origin.
    static std::optional<QString> normalize(const QString &origin);

private:
    QStringList m_allowed; // normalized
    bool m_allowAll = false;
};
