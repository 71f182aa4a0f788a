#include "hostpolicy.h"

#include <QUrl>

#include <algorithm>

HostPolicy::HostPolicy(const QHostAddress &bindAddress, const QStringList &allowedHosts,
                       const QStringList &allowedOrigins)
    : m_allowAll(!bindAddress.isLoopback())
{
    for (const QString &name : allowedHosts) {
        if (name.trimmed() == QLatin1String("*"))
            m_allowAll = true;
        else if (const auto normalized = normalize(name))
            m_allowed.append(*normalized);
    }
    // A page of an allowed origin may also be served under that origin's name, by a proxy.
    for (const QString &origin : allowedOrigins) {
        const QUrl url(origin, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty())
            m_allowed.append(url.host().toLower());
    }
}

std::optional<HostPolicy::HostAndPort> HostPolicy::parse(QByteArrayView header)
{
    const QString text = QString::fromLatin1(header).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QUrl url(QStringLiteral("http://") + text + QLatin1Char('/'), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()
        || url.path() != QLatin1String("/"))
        return std::nullopt;
    return HostAndPort { url.host().toLower(), url.port(-1) };
}

std::optional<QString> HostPolicy::normalize(const QString &name)
{
    const QString text = name.trimmed();
    if (text == QLatin1String("*"))
        return text;
    const bool ascii
            = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) // what a browser sends is punycode (xn--...): the name must be written so
        return std::nullopt;
    const auto parsed = parse(text.toLatin1());
    if (!parsed || parsed->port != -1)
        return std::nullopt;
    return parsed->host;
}

bool HostPolicy::allows(QByteArrayView host) const
{
    if (m_allowAll || host.isNull())
        return true;
    const auto parsed = parse(host);
    if (!parsed)
        return false;
    const QString &name = parsed->host;
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(name);
    // A loopback literal names this computer. (Any other literal would not be rebinding, but a
    // server bound to loopback has no other address to be reached by.)
    if (!address.isNull() && address.isLoopback())
        return true;
    return m_allowed.contains(name);
}
