// Which WebSocket handshakes may come in, by their Origin and Host.
#include "originpolicy.h"

#include <QTest>

class TestOriginPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data();
    void decides();
    void normalizes_data();
    void normalizes();
};

void TestOriginPolicy::decides_data()
{
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("allows");

    const QStringList none;
    QTest::newRow("no Origin (Python client)")
            << none << QByteArray() << QByteArray("127.0.0.1:8888") << true;
    QTest::newRow("same host and port")
            << none << QByteArray("http://127.0.0.1:8888") << QByteArray("127.0.0.1:8888") << true;
    QTest::newRow("behind nginx: Host without port")
            << none << QByteArray("http://127.0.0.1:8080") << QByteArray("127.0.0.1") << true;
    QTest::newRow("host names in any case")
            << none << QByteArray("http://LocalHost:8888") << QByteArray("localhost:8888") << true;
    QTest::newRow("default port on both") << none << QByteArray("https://duplex.example")
                                          << QByteArray("duplex.example:443") << true;
    QTest::newRow("IPv6") << none << QByteArray("http://[::1]:8888") << QByteArray("[::1]:8888")
                          << true;
    QTest::newRow("same host, other port")
            << none << QByteArray("http://127.0.0.1:9999") << QByteArray("127.0.0.1:8888") << false;
    QTest::newRow("other site") << none << QByteArray("https://evil.example")
                                << QByteArray("127.0.0.1:8888") << false;
    QTest::newRow("suffix is not the host")
            << none << QByteArray("http://127.0.0.1.evil.example:8888")
            << QByteArray("127.0.0.1:8888") << false;
    // The right host with a scheme no web page has (RFC 6454: a page's origin is its URL's).
    for (const char *scheme : { "ws", "wss", "file", "foo", "ftp" }) {
        QTest::addRow("same host, %s://", scheme)
                << none << QByteArray(scheme) + "://127.0.0.1:8888" << QByteArray("127.0.0.1:8888")
                << false;
    }
    QTest::newRow("same host, https behind a TLS proxy")
            << none << QByteArray("https://127.0.0.1:8888") << QByteArray("127.0.0.1:8888") << true;
    QTest::newRow("opaque origin")
            << none << QByteArray("null") << QByteArray("127.0.0.1:8888") << false;
    QTest::newRow("garbage origin")
            << none << QByteArray("not an origin") << QByteArray("127.0.0.1:8888") << false;
    QTest::newRow("no Host") << none << QByteArray("http://127.0.0.1:8888") << QByteArray()
                             << false;
    QTest::newRow("allowed by the list")
            << QStringList { QStringLiteral("https://evil.example") }
            << QByteArray("https://evil.example") << QByteArray("127.0.0.1:8888") << true;
    QTest::newRow("listed with its default port")
            << QStringList { QStringLiteral("https://Evil.example:443/") }
            << QByteArray("https://evil.example") << QByteArray("127.0.0.1:8888") << true;
    QTest::newRow("list is exact: other port")
            << QStringList { QStringLiteral("https://evil.example") }
            << QByteArray("https://evil.example:8443") << QByteArray("127.0.0.1:8888") << false;
    QTest::newRow("list is exact: other scheme")
            << QStringList { QStringLiteral("https://evil.example") }
            << QByteArray("http://evil.example") << QByteArray("127.0.0.1:8888") << false;
    QTest::newRow("null when listed") << QStringList { QStringLiteral("null") }
                                      << QByteArray("null") << QByteArray("127.0.0.1:8888") << true;
    QTest::newRow("star") << QStringList { QStringLiteral("*") }
                          << QByteArray("https://any.example") << QByteArray("127.0.0.1:8888")
                          << true;
}

void TestOriginPolicy::decides()
{
    QFETCH(QStringList, allowed);
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, host);
    QFETCH(bool, allows);
    QCOMPARE(OriginPolicy(allowed).allows(origin, host), allows);
}

void TestOriginPolicy::normalizes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output"); // empty: refused
    QTest::newRow("plain") << QStringLiteral("https://example.com")
                           << QStringLiteral("https://example.com");
    QTest::newRow("case, slash, default port")
            << QStringLiteral("HTTPS://Example.COM:443/") << QStringLiteral("https://example.com");
    QTest::newRow("port kept") << QStringLiteral("http://example.com:8080")
                               << QStringLiteral("http://example.com:8080");
    QTest::newRow("IPv6") << QStringLiteral("http://[::1]:8888")
                          << QStringLiteral("http://[::1]:8888");
    QTest::newRow("star") << QStringLiteral("*") << QStringLiteral("*");
    QTest::newRow("null") << QStringLiteral("null") << QStringLiteral("null");
    QTest::newRow("no scheme") << QStringLiteral("example.com") << QString();
    QTest::newRow("a path") << QStringLiteral("https://example.com/app") << QString();
    QTest::newRow("user info") << QStringLiteral("https://me@example.com") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestOriginPolicy::normalizes()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    const auto normalized = OriginPolicy::normalize(input);
    QCOMPARE(normalized.value_or(QString()), output);
}

QTEST_GUILESS_MAIN(TestOriginPolicy)
#include "tst_originpolicy.moc"
