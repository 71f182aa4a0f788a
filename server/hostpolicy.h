#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

// Decides whether a request may be served by the name it gives for the server (its Host): the
// guard against DNS rebinding. A page of evil.example whose name is made to resolve to
// 127.0.0.1 reaches a server on this computer with Host and Origin both evil.example, so the
// Origin check alone lets it in; the Host says which name the browser thinks it talks to.
//  - a server bound to loopback answers only to the names of this computer: localhost (and
//    *.localhost, which browsers never resolve elsewhere), 127.0.0.0/8 and [::1] literals, the
//    bind address; plus the hosts of the allowed origins and the names allowed by the user
//    ("--allow-host example.com" for a proxy with a public server_name; "*": every name);
//  - a server bound to another address (every interface, a LAN address) is meant to be
//    reached by any name, and answers to all;
//  - the port is never compared: a proxy may keep the port its client used, or drop it.
// A request without Host (HTTP/1.0) names nothing and is allowed.
class HostPolicy
{
public:
    struct HostAndPort
    {
        QString host; // lower case; an IPv6 address without its brackets
        int port = -1; // -1: none given
    };

    HostPolicy() = default; // allows every name
    HostPolicy(const QHostAddress &bindAddress, const QStringList &allowedHosts,
               const QStringList &allowedOrigins);

    bool allows(QByteArrayView host) const;

    // A Host header ("name", "name:port", "[v6]", "[v6]:port"), or nothing when it is not one.
    static std::optional<HostAndPort> parse(QByteArrayView header);
    // A name as the user typed it for --allow-host ("Example.COM", "[::1]", "*") as compared,
    // or nothing when it is not a host name or address (a port, a scheme, a path...).
    static std::optional<QString> normalize(const QString &name);

private:
    bool m_allowAll = true;
    QStringList m_allowed; // normalized, besides this computer's own names
};
