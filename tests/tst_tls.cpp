// The one port over TLS: the page over https://, the WebSocket over wss://, plain HTTP sent to
// the TLS port told what to do, and certificate or key files that cannot be used refused
// with one sentence before anything listens.
#include "duplexserver.h"
#include "httptestutil.h"
#include "tlstestutil.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QWebSocket>

#include <memory>

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void servesThePageOverHttps();
    void upgradesWssAndEchoes();
    void tellsPlainHttpToUseHttps();
    void closesASilentConnection();
    void saysServiceUnavailableOverTheCap();
    void refusesFilesItCannotUse_data();
    void refusesFilesItCannotUse();

private:
    ServerSettings settings() const;

    std::unique_ptr<TestCertificate> m_certificate;
    std::unique_ptr<DuplexServer> m_server;
};

void TestTls::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    m_certificate = std::make_unique<TestCertificate>();
    QVERIFY2(m_certificate->isValid(), qPrintable(m_certificate->error));
}

ServerSettings TestTls::settings() const
{
    ServerSettings settings;
    settings.port = 0;
    settings.closeGraceMs = 300;
    settings.headTimeoutMs = 500;
    settings.tlsCertificateFile = m_certificate->certificate;
    settings.tlsKeyFile = m_certificate->key;
    return settings;
}

void TestTls::init()
{
    m_server = std::make_unique<DuplexServer>();
    QVERIFY(m_server->start(settings()));
    QVERIFY(m_server->usesTls());
}

void TestTls::cleanup()
{
    m_server.reset();
}

void TestTls::servesThePageOverHttps()
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QTRY_VERIFY(socket.isEncrypted());
    QCOMPARE(socket.peerCertificate(),
             QSslCertificate::fromPath(m_certificate->certificate).value(0));
    socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray received;
    connect(&socket, &QSslSocket::readyRead, this, [&] { received += socket.readAll(); });
    QTRY_VERIFY(readResponse(received).size > 0);
    const TestResponse response = readResponse(received);
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.contains("Message is received: "));
    QVERIFY(response.body.contains("wss://")); // the page follows the scheme
}

void TestTls::upgradesWssAndEchoes()
{
    QWebSocket client;
    QStringList heard;
    connect(&client, &QWebSocket::sslErrors, &client,
            [&client](const QList<QSslError> &) { client.ignoreSslErrors(); });
    connect(&client, &QWebSocket::textMessageReceived, this,
            [&heard](const QString &text) { heard.append(text); });
    client.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/ws/").arg(m_server->serverPort())));
    QTRY_COMPARE(heard, QStringList { QStringLiteral("Welcome!") });
    client.sendTextMessage(QStringLiteral("Hello there!"));
    QTRY_COMPARE(heard.size(), 2);
    QCOMPARE(heard.last(), QStringLiteral("HELLO THERE!"));
    QCOMPARE(m_server->clientCount(), 1);
    QSignalSpy closed(&client, &QWebSocket::disconnected);
    client.close();
    QTRY_COMPARE(closed.size(), 1);
    QTRY_COMPARE(m_server->clientCount(), 0);
}

void TestTls::tellsPlainHttpToUseHttps()
{
    QSignalSpy warnings(m_server.get(), &DuplexServer::warning);
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    connect(&socket, &QTcpSocket::disconnected, this, [&] { closed = true; });
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    const quint16 localPort = socket.localPort(); // forgotten once closed
    socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY(closed);
    const TestResponse response = readResponse(received);
    QCOMPARE(response.status, 400);
    QVERIFY(response.body.contains("https://"));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).at(0).toString(), QStringLiteral("127.0.0.1:%1").arg(localPort));
    QVERIFY(warnings.at(0).at(1).toString().contains(QLatin1String("https://")));
    // The port still speaks TLS to the next client.
    QSslSocket next;
    next.setPeerVerifyMode(QSslSocket::VerifyNone);
    next.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QTRY_VERIFY(next.isEncrypted());
}

void TestTls::closesASilentConnection()
{
    // Neither a hello nor anything else: closed after the head time-out (500 ms here).
    QTcpSocket socket;
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    QVERIFY(socket.readAll().isEmpty());
}

void TestTls::saysServiceUnavailableOverTheCap()
{
    // Over the cap a TLS peer is told 503 like a plain one, once its handshake is done (issue
    // 16, item 12: it got a TCP reset); one that stalls its handshake is cut off by the linger
    // time, and lingering refusals are capped.
    m_server.reset();
    m_server = std::make_unique<DuplexServer>();
    ServerSettings capped = settings();
    capped.maxConnections = 1;
    QVERIFY(m_server->start(capped));
    QSignalSpy warnings(m_server.get(), &DuplexServer::warning);
    QSslSocket first;
    first.setPeerVerifyMode(QSslSocket::VerifyNone);
    first.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QTRY_VERIFY(first.isEncrypted());
    QSslSocket second;
    second.setPeerVerifyMode(QSslSocket::VerifyNone);
    QSignalSpy secondClosed(&second, &QSslSocket::disconnected);
    QByteArray answer;
    connect(&second, &QSslSocket::readyRead, &second, [&] { answer += second.readAll(); });
    connect(&second, &QSslSocket::encrypted, &second,
            [&] { second.write("GET /ws/ HTTP/1.1\r\nHost: localhost\r\n\r\n"); });
    second.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->serverPort());
    QTRY_COMPARE(secondClosed.size(), 1);
    QVERIFY2(answer.startsWith("HTTP/1.1 503 "), answer.constData());
    QTRY_COMPARE(warnings.size(), 1);
    QVERIFY(warnings.at(0).at(1).toString().contains(QLatin1String("refused")));
    QVERIFY(first.isEncrypted()); // the one inside the cap is untouched
    QCOMPARE(first.state(), QAbstractSocket::ConnectedState);

    // A peer that never finishes its handshake does not hold its refusal for ever.
    QTcpSocket stalled;
    QSignalSpy stalledClosed(&stalled, &QTcpSocket::disconnected);
    stalled.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QTRY_COMPARE(stalled.state(), QAbstractSocket::ConnectedState);
    stalled.write(QByteArray("\x16\x03\x01\x00\x05", 5)); // the start of a ClientHello
    QTRY_COMPARE_WITH_TIMEOUT(stalledClosed.size(), 1, 15000);
}

void TestTls::refusesFilesItCannotUse_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected"); // a part of the one sentence
    const QString dir = m_certificate->dir.path();
    QFile garbage(dir + QStringLiteral("/garbage.pem"));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a certificate\n");
    garbage.close();
    QTest::newRow("missing certificate")
            << dir + QStringLiteral("/nope.pem") << m_certificate->key
            << QStringLiteral("Cannot read the TLS certificate %1/nope.pem").arg(dir);
    QTest::newRow("a directory") << dir << m_certificate->key
                                 << QStringLiteral("Cannot read the TLS certificate %1").arg(dir);
    QTest::newRow("not a certificate") << garbage.fileName() << m_certificate->key
                                       << QStringLiteral("holds no PEM certificate");
    QTest::newRow("missing key") << m_certificate->certificate << dir + QStringLiteral("/nokey.pem")
                                 << QStringLiteral("Cannot read the TLS key");
    QTest::newRow("not a key") << m_certificate->certificate << garbage.fileName()
                               << QStringLiteral("holds no private key");
    QTest::newRow("the key of another certificate")
            << m_certificate->certificate << m_certificate->otherKey
            << QStringLiteral("does not belong to the certificate");
}

void TestTls::refusesFilesItCannotUse()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    DuplexServer server;
    QSignalSpy failed(&server, &DuplexServer::listenFailed);
    ServerSettings bad = settings();
    bad.tlsCertificateFile = certificate;
    bad.tlsKeyFile = key;
    QVERIFY(!server.start(bad));
    QCOMPARE(server.state(), DuplexServer::State::Stopped);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<DuplexServer::ListenError>(), DuplexServer::ListenError::Tls);
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1Char('.')) && !message.contains(QLatin1Char('\n')),
             qPrintable(message)); // one sentence
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
