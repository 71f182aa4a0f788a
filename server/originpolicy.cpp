#include "originpolicy.h"

#include "hostpolicy.h"

#include <QUrl>

namespace {
int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("http") || scheme == QLatin1String("ws"))
        return 80;
    if (scheme == QLatin1String("https") || scheme == QLatin1String("wss"))
        return 443;
    return -1;
}

} // namespace

OriginPolicy::OriginPolicy(const QStringList &allowedOrigins)
{
    for (const QString &origin : allowedOrigins) {
        if (origin == QLatin1String("*"))
            m_allowAll = true;
        else if (const auto normalized = normalize(origin))
            m_allowed.append(*normalized);
    }
}

std::optional<QString> OriginPolicy::normalize(const QString &origin)
{
    const QString text = origin.trimmed();
    if (text == QLatin1String("*") || text == QLatin1String("null"))
        return text;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()
        || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()
        || (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    QString normalized = scheme + QStringLiteral("://") + url.host(QUrl::FullyEncoded).toLower();
    if (url.host().contains(QLatin1Char(':')))
        normalized = scheme + QStringLiteral("://[") + url.host().toLower() + QLatin1Char(']');
    if (url.port(-1) != -1 && url.port() != defaultPort(scheme))
        normalized += QLatin1Char(':') + QString::number(url.port());
    return normalized;
}

bool OriginPolicy::allows(const QByteArray &origin, const QByteArray &host) const
{
    if (origin.isNull() || m_allowAll)
        return true;
    const auto normalized = normalize(QString::fromLatin1(origin));
    if (!normalized)
        return false;
    if (m_allowed.contains(*normalized))
        return true;
    if (*normalized == QLatin1String("null"))
        return false;

    const QUrl originUrl(*normalized, QUrl::StrictMode);
    // Only a web page can be "this site": one Duplex served (http, https with TLS) or one a
    // proxy in front of it serves (https). ws://, file://, foo:// with the right host are not.
    const QString scheme = originUrl.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    const auto requestHost = HostPolicy::parse(host);
    if (!requestHost || originUrl.host().toLower() != requestHost->host)
        return false;
    if (requestHost->port == -1)
        return true; // a proxy that keeps only the host name ("proxy_set_header Host $host")
    return originUrl.port(defaultPort(scheme)) == requestHost->port;
}
