// The HTTP/1.x request-head parser: what it accepts, what it waits for, what it refuses.
#include "httprequest.h"

#include <QTest>

class TestHttpRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAWholeHead();
    void targets_data();
    void targets();
    void incomplete_data();
    void incomplete();
    void refused_data();
    void refused();
    void hosts_data();
    void hosts();
    void headSizeLimit();
    void toleratesBareLineFeedsAndOneLeadingEmptyLine();
    void keepAlive_data();
    void keepAlive();
    void tokens();
};

static constexpr qsizetype limit = 8192;

void TestHttpRequest::parsesAWholeHead()
{
    const QByteArray head = "GET /index.html HTTP/1.1\r\n"
                            "Host: 127.0.0.1:8888\r\n"
                            "User-Agent:   curl/7.88   \r\n"
                            "Accept: */*\r\n"
                            "\r\n";
    const HttpParseResult result = HttpRequestParser::parse(head + "next request bytes", limit);
    QCOMPARE(result.status, HttpParseResult::Complete);
    const HttpRequest &request = result.request;
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/index.html"));
    QCOMPARE(request.path, QByteArray("/index.html"));
    QCOMPARE(request.versionMinor, 1);
    QCOMPARE(request.headSize, head.size());
    QCOMPARE(request.fields.size(), 3);
    QCOMPARE(request.name(request.fields.at(1)), "user-agent"); // lower-cased
    QCOMPARE(request.value(request.fields.at(1)), "curl/7.88");
    QCOMPARE(request.header("host"), QByteArray("127.0.0.1:8888"));
    QCOMPARE(request.header("user-agent"), QByteArray("curl/7.88"));
    QVERIFY(request.header("cookie").isNull());
    QVERIFY(!request.bareLineFeeds);
    QVERIFY(!request.hasBody());
}

void TestHttpRequest::targets_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");

    QTest::newRow("root") << QByteArray("/") << QByteArray("/") << QByteArray();
    QTest::newRow("query") << QByteArray("/ws/?token=1&x") << QByteArray("/ws/")
                           << QByteArray("token=1&x");
    QTest::newRow("empty query") << QByteArray("/?") << QByteArray("/") << QByteArray("");
    QTest::newRow("percent-encoded")
            << QByteArray("/%69ndex.html") << QByteArray("/index.html") << QByteArray();
    QTest::newRow("absolute-form") << QByteArray("http://127.0.0.1:8888/ws/?a=b")
                                   << QByteArray("/ws/") << QByteArray("a=b");
    QTest::newRow("absolute-form without path")
            << QByteArray("http://example.org") << QByteArray("/") << QByteArray();
}

void TestHttpRequest::targets()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    const HttpParseResult result
            = HttpRequestParser::parse("GET " + target + " HTTP/1.1\r\nHost: h\r\n\r\n", limit);
    QCOMPARE(result.status, HttpParseResult::Complete);
    QCOMPARE(result.request.target, target);
    QCOMPARE(result.request.path, path);
    QCOMPARE(result.request.query, query);
}

void TestHttpRequest::incomplete_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("one byte") << QByteArray("G");
    QTest::newRow("part of the request line") << QByteArray("GET / HT");
    QTest::newRow("request line, no headers yet") << QByteArray("GET / HTTP/1.1\r\n");
    QTest::newRow("a header without the end") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n");
    QTest::newRow("half of the final CRLF") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\r");
}

void TestHttpRequest::incomplete()
{
    QFETCH(QByteArray, data);
    QCOMPARE(HttpRequestParser::parse(data, limit).status, HttpParseResult::Incomplete);
}

void TestHttpRequest::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("status");

    const QByteArray host = "Host: h\r\n";
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("no version") << QByteArray("GET /\r\n" + host + "\r\n") << 400;
    QTest::newRow("trailing words") << QByteArray("GET / HTTP/1.1 x\r\n" + host + "\r\n") << 400;
    QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("relative target")
            << QByteArray("GET index.html HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("control byte in target")
            << QByteArray("GET /\x01 HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("separator in method") << QByteArray("G(T / HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n" + host + "\r\n") << 505;
    QTest::newRow("HTTP/0.9") << QByteArray("GET / HTTP/0.9\r\n" + host + "\r\n") << 505;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\n" + host + "Oops\r\n\r\n") << 400;
    QTest::newRow("folded header")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: 1\r\n  2\r\n\r\n") << 400;
    QTest::newRow("control byte in value")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a\x7f\r\n\r\n") << 400;
    QTest::newRow("stray CR") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a\rb\r\n\r\n")
                              << 400;
    QTest::newRow("HTTP/1.1 without Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two Host headers")
            << QByteArray("GET / HTTP/1.1\r\n" + host + host + "\r\n") << 400;
    QTest::newRow("bad Content-Length")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 1x\r\n\r\n") << 400;
    QTest::newRow("negative Content-Length")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n") << 400;
    QTest::newRow("conflicting Content-Length") << QByteArray(
            "POST / HTTP/1.1\r\n" + host + "Content-Length: 1\r\nContent-Length: 2\r\n\r\n")
                                                << 400;
    // Refused at once, without waiting for a line end: a TLS ClientHello, binary noise
    QTest::newRow("TLS hello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00", 7) << 400;
    QTest::newRow("NUL") << QByteArray("\0", 1) << 400;
    QTest::newRow("101 header fields") << [] {
        QByteArray head = "GET / HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < 100; ++i)
            head += "X-" + QByteArray::number(i) + ": v\r\n";
        return head + "\r\n";
    }() << 431;
}

void TestHttpRequest::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(int, status);
    const HttpParseResult result = HttpRequestParser::parse(data, limit);
    QCOMPARE(result.status, HttpParseResult::Invalid);
    QCOMPARE(result.errorStatus, status);
    QVERIFY(!result.errorReason.isEmpty());
}

void TestHttpRequest::hosts_data()
{
    // RFC 9110 7.2 and RFC 3986 3.2.2. The invalid ones passed this parser once and were then
    // closed by Qt's WebSocket server without a word, while the log said 101.
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("valid");
    for (const char *host : { "h", "127.0.0.1", "127.0.0.1:8888", "localhost:8888", "[::1]",
                              "[::1]:8888", "[2001:db8::1]", "[::ffff:1.2.3.4]", "EXAMPLE.com",
                              "ex_ample", "a%41b", "h:", "h:99999", "[v1.x]", "a,b;c=d" })
        QTest::newRow(host) << QByteArray(host) << true;
    for (const char *host :
         { "::1",      "[::1",           "::1]",      "[::1]x",     "[::1]:x", "[1.2.3.4]",
           "[zz]",     "[fe80::1%eth0]", "a b",       "%zz",        "%4",      "ex/ample",
           "ex?ample", "ex#ample",       "user@host", "h:8888x",    ":8888",   "h:1:2",
           "[v.x]",    "[vz.x]",         "ex\\ample", "caf\xc3\xa9" })
        QTest::newRow(host) << QByteArray(host) << false;
}

void TestHttpRequest::hosts()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, valid);
    QCOMPARE(HttpRequest::isValidHost(host), valid);
    const HttpParseResult result
            = HttpRequestParser::parse("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n", limit);
    QCOMPARE(result.status, valid ? HttpParseResult::Complete : HttpParseResult::Invalid);
    if (!valid)
        QCOMPARE(result.errorStatus, 400);
}

void TestHttpRequest::headSizeLimit()
{
    const QByteArray start = "GET / HTTP/1.1\r\nHost: h\r\nX-Pad: ";
    const QByteArray end = "\r\n\r\n";
    // A head of exactly the limit is accepted...
    const QByteArray exact = start + QByteArray(limit - start.size() - end.size(), 'a') + end;
    QCOMPARE(exact.size(), limit);
    QCOMPARE(HttpRequestParser::parse(exact, limit).status, HttpParseResult::Complete);
    // ...one byte more is not, even before it ends...
    const QByteArray over = start + QByteArray(limit - start.size() - end.size() + 1, 'a') + end;
    HttpParseResult result = HttpRequestParser::parse(over, limit);
    QCOMPARE(result.status, HttpParseResult::Invalid);
    QCOMPARE(result.errorStatus, 431);
    result = HttpRequestParser::parse(over.left(limit), limit);
    QCOMPARE(result.status, HttpParseResult::Invalid);
    QCOMPARE(result.errorStatus, 431);
    // ...and below the limit an unfinished head is only waited for.
    QCOMPARE(HttpRequestParser::parse(over.left(limit - 1), limit).status,
             HttpParseResult::Incomplete);
}

void TestHttpRequest::toleratesBareLineFeedsAndOneLeadingEmptyLine()
{
    HttpParseResult result = HttpRequestParser::parse("GET / HTTP/1.1\nHost: h\n\n", limit);
    QCOMPARE(result.status, HttpParseResult::Complete);
    QVERIFY(result.request.bareLineFeeds);
    QCOMPARE(result.request.headSize, 24);

    result = HttpRequestParser::parse("\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n", limit);
    QCOMPARE(result.status, HttpParseResult::Complete);
    QCOMPARE(result.request.method, QByteArray("GET"));
    QCOMPARE(result.request.headSize, 29);
}

void TestHttpRequest::keepAlive_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("HTTP/1.1") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\r\n") << true;
    QTest::newRow("HTTP/1.1 close")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: Close\r\n\r\n") << false;
    QTest::newRow("HTTP/1.1 keep-alive, close")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, close\r\n\r\n")
            << false;
    QTest::newRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << false;
}

void TestHttpRequest::keepAlive()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepAlive);
    const HttpParseResult result = HttpRequestParser::parse(head, limit);
    QCOMPARE(result.status, HttpParseResult::Complete);
    QCOMPARE(result.request.keepAlive(), keepAlive);
}

void TestHttpRequest::tokens()
{
    const HttpParseResult result = HttpRequestParser::parse(
            "GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive,  Upgrade \r\n"
            "Content-Length: 0\r\n\r\n",
            limit);
    QCOMPARE(result.status, HttpParseResult::Complete);
    QVERIFY(result.request.headerHasToken("connection", "upgrade"));
    QVERIFY(result.request.headerHasToken("connection", "KEEP-ALIVE"));
    QVERIFY(!result.request.headerHasToken("connection", "close"));
    QVERIFY(!result.request.headerHasToken("upgrade", "websocket"));
    QVERIFY(!result.request.hasBody());
    QVERIFY(HttpRequest::listHasToken("a, b,c", "c"));
    QVERIFY(!HttpRequest::listHasToken("ab", "a"));
}

QTEST_GUILESS_MAIN(TestHttpRequest)
#include "tst_httprequest.moc"
