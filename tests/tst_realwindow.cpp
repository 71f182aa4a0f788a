// The real program with its real window, on a private Xvfb display: `duplex --port P` opens a
// window titled Duplex that is already listening on P, serves the tutorial's Python client,
// and closes it with 1000 on SIGTERM.
#include "duplexprocess.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

class TestRealWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void opensAWindowTitledDuplexThatListens();

private:
    QProcess m_xvfb;
    QString m_display;
    QTemporaryDir m_config;
};

void TestRealWindow::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty(),
             "Xvfb is missing: install the xvfb package (scripts/deps.sh test does)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xwininfo")).isEmpty(),
             "xwininfo is missing: install the x11-utils package (scripts/deps.sh test does)");
    // -displayfd: Xvfb picks a free display itself and says which on standard output.
    m_xvfb.start(QStringLiteral("Xvfb"),
                 { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                   QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                   QStringLiteral("tcp") });
    QVERIFY(QTest::qWaitFor(
            [this] { return m_xvfb.canReadLine() || m_xvfb.state() == QProcess::NotRunning; },
            20000));
    const QByteArray number = m_xvfb.readLine().trimmed();
    QVERIFY2(!number.isEmpty(), m_xvfb.readAllStandardError().constData());
    m_display = QLatin1Char(':') + QString::fromLatin1(number);
}

void TestRealWindow::cleanupTestCase()
{
    m_xvfb.terminate();
    m_xvfb.waitForFinished();
}

void TestRealWindow::opensAWindowTitledDuplexThatListens()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QProcessEnvironment environment = DuplexProcess::defaultEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), m_display);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    DuplexProcess duplex({ QStringLiteral("--port"), QString::number(port) }, environment);

    // The window's server listens on P as soon as the window is there.
    std::unique_ptr<QWebSocket> client;
    std::unique_ptr<QSignalSpy> received;
    QVERIFY2(QTest::qWaitFor(
                     [&] {
                         if (!duplex.isRunning())
                             return true;
                         if (received && !received->isEmpty())
                             return true;
                         client = std::make_unique<QWebSocket>();
                         received = std::make_unique<QSignalSpy>(client.get(),
                                                                 &QWebSocket::textMessageReceived);
                         client->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/").arg(port)));
                         return QTest::qWaitFor([&] { return !received->isEmpty(); }, 200);
                     },
                     20000),
             qPrintable(duplex.output()));
    QVERIFY2(duplex.isRunning(), qPrintable(duplex.output()));
    QCOMPARE(received->first().first().toString(), QStringLiteral("Welcome!"));

    QProcess xwininfo;
    xwininfo.start(QStringLiteral("xwininfo"),
                   { QStringLiteral("-display"), m_display, QStringLiteral("-root"),
                     QStringLiteral("-tree") });
    QVERIFY(xwininfo.waitForFinished(10000));
    const QString windows = QString::fromUtf8(xwininfo.readAllStandardOutput());
    QVERIFY2(windows.contains(QStringLiteral("\"Duplex\"")), qPrintable(windows));

    // The tutorial's own client, while the window runs.
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 { QStringLiteral(DUPLEX_TESTS_DIR "/interop/seed_client.py"),
                   QStringLiteral("ws://127.0.0.1:%1/ws/").arg(port) });
    QVERIFY(python.waitForFinished(30000));
    const QString said = QString::fromUtf8(python.readAllStandardOutput());
    QVERIFY2(said.contains(QStringLiteral("Received 'HELLO, WORLD'")),
             qPrintable(said + QString::fromUtf8(python.readAllStandardError())));

    // SIGTERM closes the window like the user would: clients are told 1000.
    QSignalSpy closed(client.get(), &QWebSocket::disconnected);
    QVERIFY(duplex.terminate());
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(client->closeCode(), QWebSocketProtocol::CloseCodeNormal);
    QCOMPARE(duplex.exitStatus(), QProcess::NormalExit);
    QCOMPARE(duplex.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestRealWindow)
#include "tst_realwindow.moc"
