// Tests `duplex --headless` against real peers: the seed's Python client and headless Chromium,
// directly and through nginx with the seed's own configuration.
#include "duplexprocess.h"
#include "httptestutil.h"
#include "nginxproxy.h"
#include "rawwebsocket.h"
#include "tlstestutil.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QString python = QStringLiteral("/usr/bin/python3"); // Debian's, which has python3-websocket
const QString chromium = QStringLiteral("/usr/bin/chromium");
const int peerTimeoutMs = 30000;
const int chromiumTimeoutMs = 60000;

struct Finished
{
    bool finished = false;
    int exitCode = -1;
    QString standardOutput;
    QString standardError;

    bool succeeded() const { return finished && exitCode == 0; }
    QString report() const
    {
        return QStringLiteral("finished: %1, exit code: %2\n--- stdout:\n%3\n--- stderr:\n%4")
                .arg(finished ? QStringLiteral("yes") : QStringLiteral("no (killed)"))
                .arg(exitCode)
                .arg(standardOutput, standardError);
    }
};

// The peers talk to 127.0.0.1 directly: a proxy from the environment has no business here.
QProcessEnvironment peerEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         { "http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY" }) {
        environment.remove(QString::fromLatin1(name));
    }
    environment.insert(QStringLiteral("PYTHONUTF8"), QStringLiteral("1"));
    environment.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    return environment;
}

// Runs a peer to its end. The wait spins the event loop, so duplex's and Chromium's output keep
// being read meanwhile and no pipe fills up.
Finished run(const QString &program, const QStringList &arguments, int timeoutMs,
             const QProcessEnvironment &extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment environment = peerEnvironment();
    environment.insert(extraEnvironment);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Finished result;
    result.finished = QTest::qWaitFor(
            [&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    result.standardError = QString::fromUtf8(process.readAllStandardError());
    if (process.error() == QProcess::FailedToStart)
        result.standardError += process.errorString();
    return result;
}

// Why the Python peers cannot run, or nothing.
QString pythonProblem()
{
    const Finished probe = run(python, { QStringLiteral("-c"), QStringLiteral("import websocket") },
                               peerTimeoutMs);
    if (probe.succeeded())
        return {};
    return QStringLiteral("%1 cannot import websocket: install python3-websocket (apt-get "
                          "install python3-websocket).\n%2")
            .arg(python, probe.report());
}

// Headless Chromium, driven over the DevTools protocol. Not --dump-dom with
// --virtual-time-budget: virtual time waits for fetches but not for WebSocket frames, so under
// load the DOM was dumped before the echo arrived. The driver waits for the page's own log.
class HeadlessChromium
{
public:
    explicit HeadlessChromium(const QString &profile, const QStringList &moreArguments = {})
    {
        m_process.setProcessEnvironment(peerEnvironment());
        m_process.setStandardOutputFile(QProcess::nullDevice());
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_log += m_process.readAllStandardError(); });
        QStringList arguments { QStringLiteral("--headless"),
                                QStringLiteral("--no-sandbox"),
                                QStringLiteral("--disable-gpu"),
                                QStringLiteral("--disable-quic"),
                                QStringLiteral("--no-first-run"),
                                QStringLiteral("--disable-background-networking"),
                                QStringLiteral("--disable-component-update"),
                                QStringLiteral("--disable-sync"),
                                QStringLiteral("--user-data-dir=") + profile,
                                QStringLiteral("--remote-debugging-port=0") };
        arguments += moreArguments;
        arguments += QStringLiteral("about:blank");
        m_process.start(chromium, arguments);
    }
    ~HeadlessChromium()
    {
        m_process.terminate();
        if (!QTest::qWaitFor([this] { return !isRunning(); }, 10000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    Q_DISABLE_COPY_MOVE(HeadlessChromium)

    // The browser's DevTools WebSocket URL, once Chromium printed it; empty if it did not.
    QString waitForDevTools(int timeoutMs)
    {
        static const QRegularExpression line(QStringLiteral("DevTools listening on (ws://\\S+)"));
        const auto url = [&] {
            return line.match(log()).captured(1);
        };
        if (!QTest::qWaitFor([&] { return !url().isEmpty() || !isRunning(); }, timeoutMs))
            return {};
        return url();
    }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QString log() const { return QString::fromUtf8(m_log); }

private:
    QProcess m_process;
    QByteArray m_log;
};

// argv: the browser's DevTools URL, the page URL, an expression whose promise gives a string.
// Prints that string.
const QString devToolsDriver = QStringLiteral(R"(import json
import sys

from websocket import create_connection

browser, url, expression = sys.argv[1:4]
# DevTools refuses WebSocket clients that send an Origin it was not told to allow.
ws = create_connection(browser, timeout=60, suppress_origin=True)
last_id = 0


def call(method, session=None, **params):
    global last_id
    last_id += 1
    request = {"id": last_id, "method": method, "params": params}
    if session:
        request["sessionId"] = session
    ws.send(json.dumps(request))
    while True:
        reply = json.loads(ws.recv())
        if reply.get("id") == last_id:
            if "error" in reply:
                raise RuntimeError("%s: %s" % (method, reply["error"]))
            return reply["result"]


target = call("Target.createTarget", url="about:blank")["targetId"]
session = call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
# Page.navigate answers once the new document has replaced about:blank.
navigation = call("Page.navigate", session, url=url)
if navigation.get("errorText"):
    raise RuntimeError("%s: %s" % (url, navigation["errorText"]))
result = call("Runtime.evaluate", session, expression=expression, awaitPromise=True,
              returnByValue=True)
if "exceptionDetails" in result:
    raise RuntimeError(json.dumps(result["exceptionDetails"]))
print(result["result"]["value"])
ws.close()
)");

// The page's DOM once its log shows the echo or an error. The time-out is a deadline, not a
// pause: it only lets a failing run report the page as it stands.
const QString domWhenEchoed = QStringLiteral(R"(new Promise((resolve) => {
  const done = () => resolve(document.documentElement.outerHTML);
  const settled = () => {
    const log = document.getElementById("log");
    return log !== null && (log.textContent.includes("Message is received: HELLO THERE!")
                            || log.querySelector(".line.error") !== null);
  };
  const watch = () => {
    if (settled())
      return done();
    new MutationObserver(() => { if (settled()) done(); })
        .observe(document.getElementById("log"), { childList: true, subtree: true });
  };
  setTimeout(done, 20000);
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", watch);
  else
    watch();
}))");

// The texts of the page's log lines, from its serialized DOM.
QStringList pageLogTexts(const QString &dom)
{
    const qsizetype log = dom.indexOf(QLatin1String("id=\"log\""));
    if (log < 0)
        return {};
    static const QRegularExpression text(QStringLiteral("<span class=\"text\">(.*?)</span>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    QStringList texts;
    for (auto it = text.globalMatch(dom, log); it.hasNext();) {
        QString line = it.next().captured(1);
        line.replace(QLatin1String("&lt;"), QLatin1String("<"))
                .replace(QLatin1String("&gt;"), QLatin1String(">"))
                .replace(QLatin1String("&quot;"), QLatin1String("\""))
                .replace(QLatin1String("&nbsp;"), QStringLiteral("\u00a0"))
                .replace(QLatin1String("&amp;"), QLatin1String("&"));
        texts.append(line);
    }
    return texts;
}

// The first of `expected` that `texts` do not hold in that order, or nothing.
QString missingInOrder(const QStringList &texts, const QStringList &expected)
{
    qsizetype from = 0;
    for (const QString &text : expected) {
        from = texts.indexOf(text, from);
        if (from < 0)
            return text;
        ++from;
    }
    return {};
}
} // namespace

class TestInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pythonSeedClient_data();
    void pythonSeedClient();
    void pythonUnicode_data();
    void pythonUnicode();
    void chromiumPage_data();
    void chromiumPage();
    void crossOriginIsRefusedUnlessAllowed();
    void publicServerNameNeedsAllowHost();
    void pythonSeedClientOverWss();
    void chromiumPageOverHttps();
    void curlOverHttps();

private:
    // A second duplex --headless, on TLS with a certificate made for the run.
    quint16 startTls();

    QString webSocketUrl() const { return QStringLiteral("ws://127.0.0.1:%1/ws/").arg(m_port); }
    quint16 portFor(const QString &route) const
    {
        return route == u"nginx" ? m_nginx->port() : m_port;
    }

    std::unique_ptr<DuplexProcess> m_duplex;
    quint16 m_port = 0;
    std::unique_ptr<NginxProxy> m_nginx;
    std::unique_ptr<TestCertificate> m_certificate;
    std::unique_ptr<DuplexProcess> m_tlsDuplex;
    quint16 m_tlsPort = 0;
};

quint16 TestInterop::startTls()
{
    if (m_tlsDuplex)
        return m_tlsPort;
    m_certificate = std::make_unique<TestCertificate>();
    if (!m_certificate->isValid()) {
        qWarning().noquote() << m_certificate->error;
        return 0;
    }
    m_tlsDuplex = std::make_unique<DuplexProcess>(QStringList {
            QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--tls-cert"), m_certificate->certificate, QStringLiteral("--tls-key"),
            m_certificate->key });
    m_tlsPort = m_tlsDuplex->waitForListening();
    if (m_tlsPort == 0)
        qWarning().noquote() << m_tlsDuplex->output();
    return m_tlsPort;
}

void TestInterop::initTestCase()
{
    m_duplex = std::make_unique<DuplexProcess>(QStringList {
            QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0") });
    m_port = m_duplex->waitForListening();
    QVERIFY2(m_port != 0, qPrintable(m_duplex->output()));
    QVERIFY2(QFileInfo(QStringLiteral("/usr/sbin/nginx")).isExecutable(),
             "nginx is missing: install nginx-light (scripts/deps.sh test does)");
    m_nginx = std::make_unique<NginxProxy>(m_port);
    QVERIFY2(m_nginx->port() != 0, qPrintable(m_nginx->log()));
}

void TestInterop::cleanupTestCase()
{
    if (m_tlsDuplex) {
        QVERIFY2(m_tlsDuplex->terminate(), qPrintable(m_tlsDuplex->output()));
        QCOMPARE(m_tlsDuplex->exitCode(), 0);
    }
    if (!m_duplex)
        return;
    QVERIFY2(m_duplex->terminate(), qPrintable(m_duplex->output()));
    QCOMPARE(m_duplex->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_duplex->exitCode(), 0);
    QVERIFY2(m_duplex->output().contains(QLatin1String("Server stopped")),
             qPrintable(m_duplex->output()));
}

void TestInterop::pythonSeedClient_data()
{
    QTest::addColumn<QString>("route");
    QTest::newRow("direct") << QStringLiteral("direct");
    QTest::newRow("through nginx") << QStringLiteral("nginx");
}

void TestInterop::pythonSeedClient()
{
    QFETCH(QString, route);
    const QString problem = pythonProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QString script = QStringLiteral(DUPLEX_TESTS_DIR "/interop/seed_client.py");
    QVERIFY2(QFileInfo::exists(script), qPrintable(script));
    const QString url = QStringLiteral("ws://127.0.0.1:%1/ws/").arg(portFor(route));
    const qsizetype before = m_duplex->output().count(QLatin1String(" New message Hello, World\n"));
    const Finished client = run(python, { script, url }, peerTimeoutMs);
    QVERIFY2(client.succeeded(), qPrintable(client.report()));
    for (const char *line : { "Received 'Welcome!'\n", "Received 'HELLO, WORLD'\n" }) {
        QVERIFY2(client.standardOutput.contains(QLatin1String(line)), qPrintable(client.report()));
    }
    QTRY_VERIFY2(m_duplex->output().count(QLatin1String(" New message Hello, World\n"))
                         == before + 1,
                 qPrintable(m_duplex->output()));
}

void TestInterop::pythonUnicode_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("upper"); // what both Qt and Python make of it

    QTest::newRow("sharp s") << QStringLiteral("stra\u00dfe") << QStringLiteral("STRASSE");
    QTest::newRow("fi ligature") << QStringLiteral("\ufb01le") << QStringLiteral("FILE");
    QTest::newRow("dotless and dotted i")
            << QStringLiteral("i\u0131\u0130") << QStringLiteral("II\u0130");
    QTest::newRow("greek with accents")
            << QStringLiteral("\u03ac\u0390") << QStringLiteral("\u0386\u0399\u0308\u0301");
    QTest::newRow("outside the BMP")
            << QStringLiteral("\U00010428 \U0001F600") << QStringLiteral("\U00010400 \U0001F600");
}

// Duplex upper-cases like Python's own str.upper(): full Unicode case mapping, not per code unit.
void TestInterop::pythonUnicode()
{
    QFETCH(QString, message);
    QFETCH(QString, upper);

    const QString problem = pythonProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    static const QString script = QStringLiteral(R"(import sys
from websocket import create_connection

url, message, expected = sys.argv[1:4]
ws = create_connection(url)
greeting = ws.recv()
assert greeting == "Welcome!", ascii(greeting)
ws.send(message)
reply = ws.recv()
ws.close()
assert reply == message.upper(), (ascii(reply), ascii(message.upper()))
assert reply == expected, (ascii(reply), ascii(expected))
print("OK", ascii(reply))
)");
    const Finished client
            = run(python, { QStringLiteral("-c"), script, webSocketUrl(), message, upper },
                  peerTimeoutMs);
    QVERIFY2(client.succeeded(), qPrintable(client.report()));
    QVERIFY2(client.standardOutput.startsWith(QLatin1String("OK ")), qPrintable(client.report()));
    QTRY_VERIFY2(m_duplex->output().contains(QStringLiteral(" New message %1\n").arg(message)),
                 qPrintable(m_duplex->output()));
}

void TestInterop::chromiumPage_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("route");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << QStringLiteral("direct");
    // The page builds its WebSocket URL from location.host, so a name must work as well.
    QTest::newRow("localhost") << QStringLiteral("localhost") << QStringLiteral("direct");
    // nginx passes Host without the port: the origin check must still let the page in.
    QTest::newRow("through nginx") << QStringLiteral("127.0.0.1") << QStringLiteral("nginx");
}

void TestInterop::chromiumPage()
{
    QFETCH(QString, host);
    QFETCH(QString, route);
    QVERIFY2(
            QFileInfo(chromium).isExecutable(),
            qPrintable(QStringLiteral("%1 is missing: install chromium (apt-get install chromium).")
                               .arg(chromium)));
    const QString problem = pythonProblem(); // the DevTools driver is a Python script too
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QString hello = QStringLiteral(" New message Hello there!\n");
    const qsizetype hellosBefore = m_duplex->output().count(hello);

    QTemporaryDir profile;
    QVERIFY2(profile.isValid(), qPrintable(profile.errorString()));
    HeadlessChromium browser(profile.path());
    const QString devTools = browser.waitForDevTools(chromiumTimeoutMs);
    QVERIFY2(!devTools.isEmpty(), qPrintable(browser.log().right(3000)));

    const QString url = QStringLiteral("http://%1:%2/").arg(host).arg(portFor(route));
    const Finished driver
            = run(python, { QStringLiteral("-c"), devToolsDriver, devTools, url, domWhenEchoed },
                  chromiumTimeoutMs);
    const QString dom = driver.standardOutput;
    const QStringList texts = pageLogTexts(dom);
    const QString missing
            = missingInOrder(texts,
                             { QStringLiteral("WebSocket is supported by your browser."),
                               QStringLiteral("Connection is opened ..."),
                               QStringLiteral("Message is received: Welcome!"),
                               QStringLiteral("Message is received: HELLO THERE!") });
    const bool pageLoggedError = dom.contains(QLatin1String("class=\"line error\""));
    if (!driver.succeeded() || !missing.isEmpty() || pageLoggedError) {
        qWarning().noquote() << "Chromium on" << url << "\n--- Chromium's stderr, last part:\n"
                             << browser.log().right(3000) << "\n--- DevTools driver:\n"
                             << driver.report() << "\n--- log texts:\n"
                             << texts.join(QLatin1Char('\n'));
    }
    QVERIFY2(driver.succeeded(), "The DevTools driver failed; its output is above");
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("The page's log lacks, in order: ") + missing));
    QVERIFY2(!pageLoggedError, "The page logged an error; its DOM is above");

    QTRY_COMPARE(m_duplex->output().count(hello), hellosBefore + 1);
}

// The tutorial's client over wss://, trusting the run's certificate as websocket-client allows
// (WEBSOCKET_CLIENT_CA_BUNDLE): a full certificate check, host name (IP) included.
void TestInterop::pythonSeedClientOverWss()
{
    const quint16 port = startTls();
    QVERIFY(port != 0);
    const QString problem = pythonProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QProcessEnvironment trust;
    trust.insert(QStringLiteral("WEBSOCKET_CLIENT_CA_BUNDLE"), m_certificate->certificate);
    const Finished client = run(python,
                                { QStringLiteral(DUPLEX_TESTS_DIR "/interop/seed_client.py"),
                                  QStringLiteral("wss://127.0.0.1:%1/ws/").arg(port) },
                                peerTimeoutMs, trust);
    QVERIFY2(client.succeeded(), qPrintable(client.report()));
    for (const char *line : { "Received 'Welcome!'\n", "Received 'HELLO, WORLD'\n" })
        QVERIFY2(client.standardOutput.contains(QLatin1String(line)), qPrintable(client.report()));
    QTRY_VERIFY2(m_tlsDuplex->output().contains(QLatin1String(" New message Hello, World\n")),
                 qPrintable(m_tlsDuplex->output()));
    // Without that trust the same client refuses the self-signed certificate.
    const Finished untrusting = run(python,
                                    { QStringLiteral(DUPLEX_TESTS_DIR "/interop/seed_client.py"),
                                      QStringLiteral("wss://127.0.0.1:%1/ws/").arg(port) },
                                    peerTimeoutMs);
    QVERIFY2(!untrusting.succeeded(), qPrintable(untrusting.report()));
    QVERIFY2(untrusting.standardError.contains(QLatin1String("CERTIFICATE_VERIFY_FAILED")),
             qPrintable(untrusting.report()));
}

// The page over https:// opens its socket over wss:// (it follows the scheme). Headless
// Chromium accepts a self-signed server only for a pinned key.
void TestInterop::chromiumPageOverHttps()
{
    const quint16 port = startTls();
    QVERIFY(port != 0);
    QVERIFY2(QFileInfo(chromium).isExecutable(), "chromium is missing (apt-get install chromium)");
    const QString problem = pythonProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QTemporaryDir profile;
    QVERIFY2(profile.isValid(), qPrintable(profile.errorString()));
    HeadlessChromium browser(profile.path(),
                             { QStringLiteral("--ignore-certificate-errors-spki-list=")
                               + QString::fromLatin1(m_certificate->spkiSha256Base64) });
    const QString devTools = browser.waitForDevTools(chromiumTimeoutMs);
    QVERIFY2(!devTools.isEmpty(), qPrintable(browser.log().right(3000)));
    const QString url = QStringLiteral("https://127.0.0.1:%1/").arg(port);
    const Finished driver
            = run(python, { QStringLiteral("-c"), devToolsDriver, devTools, url, domWhenEchoed },
                  chromiumTimeoutMs);
    const QStringList texts = pageLogTexts(driver.standardOutput);
    const QString missing = missingInOrder(texts,
                                           { QStringLiteral("Connection is opened ..."),
                                             QStringLiteral("Message is received: Welcome!"),
                                             QStringLiteral("Message is received: HELLO THERE!") });
    if (!driver.succeeded() || !missing.isEmpty()) {
        qWarning().noquote() << "Chromium on" << url << "\n--- Chromium's stderr, last part:\n"
                             << browser.log().right(3000) << "\n--- DevTools driver:\n"
                             << driver.report();
    }
    QVERIFY2(driver.succeeded(), "The DevTools driver failed; its output is above");
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("The page's log lacks, in order: ") + missing));
}

// curl: the page over https:// (-k: self-signed), and plain http:// to the same port told to
// use https:// rather than left hanging or reset.
void TestInterop::curlOverHttps()
{
    const quint16 port = startTls();
    QVERIFY(port != 0);
    const QString curl = QStringLiteral("/usr/bin/curl");
    QVERIFY2(QFileInfo(curl).isExecutable(), "curl is missing (apt-get install curl)");
    const Finished page
            = run(curl,
                  { QStringLiteral("-sS"), QStringLiteral("-k"), QStringLiteral("--max-time"),
                    QStringLiteral("20"), QStringLiteral("https://127.0.0.1:%1/").arg(port) },
                  peerTimeoutMs);
    QVERIFY2(page.succeeded(), qPrintable(page.report()));
    QVERIFY2(page.standardOutput.contains(QLatin1String("Message is received: ")),
             qPrintable(page.report()));
    const Finished plain
            = run(curl,
                  { QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("20"),
                    QStringLiteral("-w"), QStringLiteral("\nstatus %{http_code}"),
                    QStringLiteral("http://127.0.0.1:%1/").arg(port) },
                  peerTimeoutMs);
    QVERIFY2(plain.succeeded(), qPrintable(plain.report()));
    QVERIFY2(plain.standardOutput.contains(QLatin1String("Use https://")),
             qPrintable(plain.report()));
    QVERIFY2(plain.standardOutput.endsWith(QLatin1String("status 400")),
             qPrintable(plain.report()));
    QTRY_VERIFY2(m_tlsDuplex->output().contains(QLatin1String("plain HTTP sent to the TLS port")),
                 qPrintable(m_tlsDuplex->output()));
}

// A page of another site may not open a WebSocket here (cross-site WebSocket hijacking), behind
// nginx as well as directly; --allow-origin lets that one site in.
void TestInterop::crossOriginIsRefusedUnlessAllowed()
{
    const QByteArray evil = "Origin: https://evil.example\r\n";
    for (const quint16 port : { m_port, m_nginx->port() }) {
        RawWebSocket::Peer peer(port);
        peer.send(RawWebSocket::handshake(evil));
        QTRY_VERIFY(readResponse(peer.received).size > 0);
        QCOMPARE(readResponse(peer.received).status, 403);
    }
    QTRY_VERIFY(
            m_duplex->output().count(QLatin1String("origin https://evil.example is not allowed"))
            == 2);

    DuplexProcess allowing({ QStringLiteral("--headless"), QStringLiteral("--port"),
                             QStringLiteral("0"), QStringLiteral("--allow-origin"),
                             QStringLiteral("https://evil.example") });
    const quint16 port = allowing.waitForListening();
    QVERIFY2(port != 0, qPrintable(allowing.output()));
    RawWebSocket::Peer peer(port);
    peer.send(RawWebSocket::handshake(evil));
    QTRY_VERIFY(!peer.frames().isEmpty());
    QVERIFY(peer.received.startsWith("HTTP/1.1 101 "));
    QCOMPARE(peer.frames().constFirst().payload, QByteArray("Welcome!"));
    RawWebSocket::Peer other(port); // only that one
    other.send(RawWebSocket::handshake("Origin: https://other.example\r\n"));
    QTRY_VERIFY(readResponse(other.received).size > 0);
    QCOMPARE(readResponse(other.received).status, 403);
}

// The tutorial's nginx block in front of a public server_name: nginx passes "Host:
// duplex.example" on, which a Duplex on loopback refuses (DNS rebinding) with the one option
// that fixes it; started with that option, the same setup works.
void TestInterop::publicServerNameNeedsAllowHost()
{
    const QString problem = pythonProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    static const QString script = QStringLiteral(R"(import sys
from websocket import create_connection

url, host = sys.argv[1:3]
ws = create_connection(url, host=host, origin="https://" + host)
print("Received '%s'" % ws.recv())
ws.send("Hello, World")
print("Received '%s'" % ws.recv())
ws.close()
)");
    const QString name = QStringLiteral("duplex.example");
    const auto urlOf = [](quint16 port) {
        return QStringLiteral("ws://127.0.0.1:%1/ws/").arg(port);
    };
    const Finished refused = run(
            python, { QStringLiteral("-c"), script, urlOf(m_nginx->port()), name }, peerTimeoutMs);
    QVERIFY2(!refused.succeeded(), qPrintable(refused.report()));
    QVERIFY2(refused.standardError.contains(QLatin1String("403")), qPrintable(refused.report()));
    QTRY_VERIFY2(m_duplex->output().contains(
                         QLatin1String("host duplex.example is not a name of this server (a guard "
                                       "against DNS rebinding); if it is yours, start Duplex with "
                                       "--allow-host duplex.example")),
                 qPrintable(m_duplex->output()));

    DuplexProcess allowing({ QStringLiteral("--headless"), QStringLiteral("--port"),
                             QStringLiteral("0"), QStringLiteral("--allow-host"), name });
    const quint16 port = allowing.waitForListening();
    QVERIFY2(port != 0, qPrintable(allowing.output()));
    NginxProxy proxy(port);
    QVERIFY2(proxy.port() != 0, qPrintable(proxy.log()));
    const Finished served = run(python, { QStringLiteral("-c"), script, urlOf(proxy.port()), name },
                                peerTimeoutMs);
    QVERIFY2(served.succeeded(), qPrintable(served.report()));
    for (const char *line : { "Received 'Welcome!'\n", "Received 'HELLO, WORLD'\n" })
        QVERIFY2(served.standardOutput.contains(QLatin1String(line)), qPrintable(served.report()));
}

QTEST_GUILESS_MAIN(TestInterop)

#include "tst_interop.moc"
