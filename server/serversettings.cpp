#include "serversettings.h"

QHostAddress parseBindAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(trimmed))
        return {};
    // "::" as users mean it: every interface, IPv6 and IPv4 alike (Qt's AnyIPv6 is IPv6 only).
    if (address == QHostAddress::AnyIPv6)
        return QHostAddress(QHostAddress::Any);
    return address;
}

// Dotted quad, as QHostAddress::toString() writes it, without its general-purpose detour:
// every connection is named, so this runs once per handshake.
static QString ipv4Text(quint32 ipv4)
{
    char text[16];
    char *out = text;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned octet = (ipv4 >> shift) & 0xff;
        if (octet >= 100)
            *out++ = char('0' + octet / 100);
        if (octet >= 10)
            *out++ = char('0' + octet / 10 % 10);
        *out++ = char('0' + octet % 10);
        if (shift)
            *out++ = '.';
    }
    return QString::fromLatin1(text, out - text);
}

static QString hostText(const QHostAddress &address)
{
    bool isMappedIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isMappedIpv4);
    if (address.protocol() == QAbstractSocket::IPv4Protocol
        || (isMappedIpv4 && address.protocol() == QAbstractSocket::IPv6Protocol))
        return ipv4Text(ipv4);
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + address.toString() + QLatin1Char(']');
    return address.toString();
}

QString endpointName(const QHostAddress &address, quint16 port)
{
    return hostText(address) + QLatin1Char(':') + QString::number(port);
}

QString trustedClientAddress(const QHostAddress &address, const QByteArray &realIp,
                             const QByteArray &forwardedFor)
{
    if (!address.isLoopback() || (realIp.isEmpty() && forwardedFor.isEmpty()))
        return {};
    // X-Forwarded-For grows by one address at each proxy, and nginx's usual
    // $proxy_add_x_forwarded_for appends to whatever the client itself sent: only the last
    // entry, the one the proxy in front of us appended, is not the client's to choose.
    const QByteArray claimed
            = (realIp.isEmpty() ? forwardedFor.split(',').constLast() : realIp).trimmed();
    QHostAddress client;
    // An address and nothing else: QHostAddress takes any text after '%' as an IPv6 zone id
    // ("fe80::1%eth0 New connection FORGED"), which would reach the log.
    if (!client.setAddress(QString::fromLatin1(claimed)) || !client.scopeId().isEmpty())
        return {};
    return client.toString();
}

QString peerName(const QHostAddress &address, quint16 port, const QByteArray &realIp,
                 const QByteArray &forwardedFor)
{
    const QString endpoint = endpointName(address, port);
    const QString client = trustedClientAddress(address, realIp, forwardedFor);
    return client.isEmpty() ? endpoint : client + QStringLiteral(" via ") + endpoint;
}

QString browsableHost(const QHostAddress &address)
{
    if (address == QHostAddress::AnyIPv6)
        return QStringLiteral("[::1]");
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        return QStringLiteral("127.0.0.1");
    return hostText(address);
}
