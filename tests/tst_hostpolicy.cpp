// Which names a request may give for the server (its Host): the guard against DNS rebinding.
#include "hostpolicy.h"

#include <QTest>

class TestHostPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data();
    void decides();
    void normalizes_data();
    void normalizes();
};

void TestHostPolicy::decides_data()
{
    QTest::addColumn<QString>("bind");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QStringList>("origins");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("allows");

    const QString loopback = QStringLiteral("127.0.0.1");
    const QStringList none;
    // This computer's own names, with or without a port, in any case.
    for (const char *host :
         { "localhost", "localhost:8888", "LocalHost:1", "app.localhost:8888", "127.0.0.1",
           "127.0.0.1:8888", "127.1.2.3:80", "[::1]", "[::1]:8888" }) {
        QTest::addRow("loopback bind, %s", host)
                << loopback << none << none << QByteArray(host) << true;
    }
    QTest::newRow("no Host (HTTP/1.0)") << loopback << none << none << QByteArray() << true;
    // DNS rebinding: a name of somebody else's that resolves here; and what is not a name.
    for (const char *host :
         { "evil.example", "evil.example:8888", "localhost.evil.example", "127.0.0.1.nip.io:8888",
           "10.0.0.1", "[fe80::1]:8888", "", "a b", "[::1" }) {
        QTest::addRow("loopback bind, refused %s", host)
                << loopback << none << none << QByteArray(host) << false;
    }
    QTest::newRow("IPv6 loopback bind")
            << QStringLiteral("::1") << none << none << QByteArray("evil.example") << false;
    QTest::newRow("IPv6 loopback bind, its address")
            << QStringLiteral("::1") << none << none << QByteArray("[::1]:8888") << true;
    // A proxy with a public server_name, allowed by name (never its subdomains).
    const QStringList allowed = { QStringLiteral("duplex.example") };
    QTest::newRow("allowed name") << loopback << allowed << none << QByteArray("duplex.example")
                                  << true;
    QTest::newRow("allowed name, any case and port")
            << loopback << allowed << none << QByteArray("Duplex.EXAMPLE:443") << true;
    QTest::newRow("allowed name, not its subdomain")
            << loopback << allowed << none << QByteArray("evil.duplex.example") << false;
    QTest::newRow("allowed name, another still refused")
            << loopback << allowed << none << QByteArray("evil.example") << false;
    QTest::newRow("allowed address") << loopback << QStringList { QStringLiteral("[fe80::1]") }
                                     << none << QByteArray("[fe80::1]:8888") << true;
    QTest::newRow("every name") << loopback << QStringList { QStringLiteral("*") } << none
                                << QByteArray("evil.example") << true;
    QTest::newRow("an allowed origin's host")
            << loopback << none << QStringList { QStringLiteral("https://app.example:8443") }
            << QByteArray("app.example") << true;
    QTest::newRow("every origin is not every host")
            << loopback << none << QStringList { QStringLiteral("*") } << QByteArray("evil.example")
            << false;
    // Bound to be reached from elsewhere: by whatever name the network has for it.
    for (const char *bind : { "0.0.0.0", "::", "192.168.1.5" }) {
        QTest::addRow("%s bind", bind) << QString::fromLatin1(bind) << none << none
                                       << QByteArray("duplex.lan:8888") << true;
    }
}

void TestHostPolicy::decides()
{
    QFETCH(QString, bind);
    QFETCH(QStringList, hosts);
    QFETCH(QStringList, origins);
    QFETCH(QByteArray, host);
    QFETCH(bool, allows);
    const HostPolicy policy(QHostAddress(bind), hosts, origins);
    QCOMPARE(policy.allows(host), allows);
}

void TestHostPolicy::normalizes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalized"); // null: refused

    QTest::newRow("a name") << QStringLiteral("Duplex.Example") << QStringLiteral("duplex.example");
    QTest::newRow("spaces around")
            << QStringLiteral(" example.com ") << QStringLiteral("example.com");
    QTest::newRow("IPv4") << QStringLiteral("192.0.2.1") << QStringLiteral("192.0.2.1");
    QTest::newRow("IPv6") << QStringLiteral("[2001:DB8::1]") << QStringLiteral("2001:db8::1");
    QTest::newRow("every name") << QStringLiteral("*") << QStringLiteral("*");
    QTest::newRow("punycode") << QStringLiteral("xn--bcher-kva.example")
                              << QStringLiteral("xn--bcher-kva.example");
    for (const char *bad : { "", "example.com:443", "https://example.com", "example.com/",
                             "exa mple.com", "user@example.com", "[::1", "::1" }) {
        QTest::addRow("refused %s", bad) << QString::fromLatin1(bad) << QString();
    }
    QTest::newRow("refused: not punycode") << QStringLiteral("bücher.example") << QString();
}

void TestHostPolicy::normalizes()
{
    QFETCH(QString, name);
    QFETCH(QString, normalized);
    const auto result = HostPolicy::normalize(name);
    QCOMPARE(result.has_value(), !normalized.isNull());
    if (result)
        QCOMPARE(*result, normalized);
}

QTEST_APPLESS_MAIN(TestHostPolicy)

#include "tst_hostpolicy.moc"
