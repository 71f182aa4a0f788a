// The client's tabs under the offscreen platform, against Duplex's own server: independent
// clients, their states, closing with 1000, fifty at once, and the tabs kept across runs.
#include "clientpanel.h"
#include "clienttabs.h"
#include "duplexserver.h"
#include "logmodel.h"
#include "messageedit.h"
#include "session.h"
#include "websocketclient.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using State = ClientTabs::State;

class TestClientTabs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensAndClosesTabs();
    void eachTabIsAClientOfItsOwn();
    void closingAConnectedTabSays1000();
    void aTabShowsItsState();
    void fiftyTabsToOneServer();
    void tabsComeBackAtTheNextStart();
    void savesOpensExportsAndImportsConnections();

private:
    QString url() const
    {
        return QStringLiteral("ws://127.0.0.1:%1/ws/").arg(m_server->serverPort());
    }
    static QStringList texts(const LogModel *model)
    {
        QStringList result;
        for (int row = 0; row < model->rowCount(); ++row)
            result.append(model->index(row).data(LogModel::TextRole).toString());
        return result;
    }
    static void connectTab(ClientPanel *panel, const QString &url)
    {
        panel->setUrl(url);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("connectButton")),
                          Qt::LeftButton);
    }

    std::unique_ptr<DuplexServer> m_server;
    std::unique_ptr<ClientTabs> m_tabs;
};

void TestClientTabs::init()
{
    m_server = std::make_unique<DuplexServer>();
    ServerSettings settings;
    settings.port = 0;
    QVERIFY(m_server->start(settings));
    m_tabs = std::make_unique<ClientTabs>();
    m_tabs->resize(700, 600);
    m_tabs->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tabs.get()));
}

void TestClientTabs::cleanup()
{
    m_tabs.reset();
    m_server.reset();
}

void TestClientTabs::opensAndClosesTabs()
{
    QCOMPARE(m_tabs->count(), 1);
    m_tabs->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_tabs.get()));
    QCOMPARE(m_tabs->newTabAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
    QCOMPARE(m_tabs->closeTabAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_W));
    QTest::keyClick(m_tabs.get(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_tabs->count(), 2);
    QCOMPARE(m_tabs->currentIndex(), 1);
    QTest::keyClick(m_tabs->current(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(m_tabs->currentIndex(), 0);
    QTest::keyClick(m_tabs->current(), Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_tabs->currentIndex(), 1);
    QTest::keyClick(m_tabs->current(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_tabs->count(), 1);
    // The last one is replaced, never gone.
    ClientPanel *last = m_tabs->panel(0);
    m_tabs->closeTab(0);
    QCOMPARE(m_tabs->count(), 1);
    QVERIFY(m_tabs->panel(0) != last);
}

void TestClientTabs::eachTabIsAClientOfItsOwn()
{
    ClientPanel *first = m_tabs->panel(0);
    ClientPanel *second = m_tabs->addTab();
    QVERIFY(first->client() != second->client());
    second->client()->setRequestHeaders({ { "X-Tab", "two" } });
    second->client()->setAutoPingInterval(5);
    connectTab(first, url());
    connectTab(second, url());
    QTRY_VERIFY(first->client()->isOpen() && second->client()->isOpen());
    QVERIFY(first->client()->requestHeaders().isEmpty());
    QCOMPARE(first->client()->autoPingInterval(), 0);
    first->messageEdit()->setText(QStringLiteral("from the first"));
    QTest::keyClick(first->messageEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(texts(first->logModel())
                        .contains(QStringLiteral("Message is received: FROM THE FIRST")));
    QVERIFY(!texts(second->logModel()).join(QLatin1Char('\n')).contains(QLatin1String("FIRST")));
    QCOMPARE(first->messageEdit()->history(), QStringList({ QStringLiteral("from the first") }));
    QVERIFY(second->messageEdit()->history().isEmpty());
    QCOMPARE(m_server->clientCount(), 2);
}

void TestClientTabs::closingAConnectedTabSays1000()
{
    QSignalSpy closed(m_server.get(), &DuplexServer::clientDisconnected);
    ClientPanel *panel = m_tabs->panel(0);
    connectTab(panel, url());
    QTRY_VERIFY(panel->client()->isOpen());
    QTRY_COMPARE(m_server->clientCount(), 1);
    m_tabs->closeTab(0);
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(1).toInt(), 1000);
}

void TestClientTabs::aTabShowsItsState()
{
    auto *tabWidget = m_tabs->findChild<QTabWidget *>(QStringLiteral("clientTabs"));
    ClientPanel *panel = m_tabs->panel(0);
    QCOMPARE(m_tabs->state(0), State::Closed);
    QCOMPARE(tabWidget->tabText(0), QStringLiteral("New connection"));
    connectTab(panel, url());
    QTRY_COMPARE(m_tabs->state(0), State::Open);
    QCOMPARE(tabWidget->tabText(0), QStringLiteral("127.0.0.1:%1/ws/").arg(m_server->serverPort()));
    QVERIFY(tabWidget->tabToolTip(0).startsWith(QLatin1String("Open: ws://")));
    panel->client()->close();
    QTRY_COMPARE(m_tabs->state(0), State::Closed);

    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    connectTab(panel, QStringLiteral("ws://127.0.0.1:%1/ws/").arg(closedPort));
    QTRY_COMPARE(m_tabs->state(0), State::Failed);
    QVERIFY(tabWidget->tabToolTip(0).startsWith(QLatin1String("Failed: ")));
    // Each state its own colour.
    QSet<qint64> icons;
    for (const State state : { State::Closed, State::Connecting, State::Open, State::Failed }) {
        m_tabs->panel(0)->setProperty("duplexTabState", int(state));
        Q_EMIT m_tabs->panel(0)->urlChanged();
        icons.insert(tabWidget->tabIcon(0).pixmap(16).toImage().pixel(8, 8));
    }
    QCOMPARE(icons.size(), 4);
}

void TestClientTabs::fiftyTabsToOneServer()
{
    for (int i = 1; i < 50; ++i)
        m_tabs->addTab();
    QCOMPARE(m_tabs->count(), 50);
    for (int i = 0; i < 50; ++i)
        connectTab(m_tabs->panel(i), url());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->clientCount(), 50, 20000);
    for (int i = 0; i < 50; ++i) {
        QTRY_VERIFY(texts(m_tabs->panel(i)->logModel())
                            .contains(QStringLiteral("Message is received: Welcome!")));
        QCOMPARE(m_tabs->state(i), State::Open);
    }
    // Going through them all stays quick enough to be tested here at all.
    for (int i = 0; i < 50; ++i)
        m_tabs->setCurrentIndex(i);
    QSignalSpy closed(m_server.get(), &DuplexServer::clientDisconnected);
    while (m_tabs->count() > 1)
        m_tabs->closeTab(0);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 49, 20000);
}

void TestClientTabs::tabsComeBackAtTheNextStart()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("tabs.ini")), QSettings::IniFormat);
    m_tabs->panel(0)->setUrl(QStringLiteral("ws://127.0.0.1:1111/ws/"));
    ClientPanel *second = m_tabs->addTab();
    second->setUrl(QStringLiteral("wss://example.test/feed"));
    second->setSendMode(ClientPanel::SendMode::Json);
    second->messageEdit()->addToHistory(QStringLiteral("{\"a\":1}"), MessageCodec::Mode::Json);
    ClientPanel *third = m_tabs->addTab();
    third->setUrl(QStringLiteral("ws://127.0.0.1:3333/"));
    m_tabs->setCurrentIndex(1);
    m_tabs->saveSettings(settings);

    ClientTabs again;
    QSignalSpy changed(&again, &ClientTabs::settingsChanged);
    again.loadSettings(settings);
    QCOMPARE(changed.size(), 0); // loading is no change
    QCOMPARE(again.count(), 3);
    QCOMPARE(again.panel(0)->url(), QStringLiteral("ws://127.0.0.1:1111/ws/"));
    QCOMPARE(again.panel(1)->url(), QStringLiteral("wss://example.test/feed"));
    QCOMPARE(again.panel(1)->sendMode(), ClientPanel::SendMode::Json);
    QCOMPARE(again.panel(1)->messageEdit()->history(),
             QStringList({ QStringLiteral("{\"a\":1}") }));
    QCOMPARE(again.panel(2)->url(), QStringLiteral("ws://127.0.0.1:3333/"));
    QCOMPARE(again.currentIndex(), 1);

    // A closed tab does not come back.
    again.closeTab(2);
    again.saveSettings(settings);
    ClientTabs later;
    later.loadSettings(settings);
    QCOMPARE(later.count(), 2);
}

// Issue 17, saved sessions: save a tab by name, open it again, export the list, import it
// in another Duplex; a bad file changes nothing.
void TestClientTabs::savesOpensExportsAndImportsConnections()
{
    ClientPanel *tab = m_tabs->panel(0);
    tab->setUrl(url());
    tab->client()->setRequestHeaders({ { "Authorization", "Bearer s3cr3t" }, { "X-Client", "d" } });
    tab->client()->setSubprotocols({ QStringLiteral("chat") });
    tab->messageHistory().setSnippet(QStringLiteral("hello"), QStringLiteral("{\"a\":1}"),
                                     MessageCodec::Mode::Json);
    tab->setSendMode(ClientPanel::SendMode::Json);
    QSignalSpy changed(m_tabs.get(), &ClientTabs::settingsChanged);
    m_tabs->saveCurrentAs(QStringLiteral("Local echo"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_tabs->sessions().size(), 1);
    auto *tabWidget = m_tabs->findChild<QTabWidget *>(QStringLiteral("clientTabs"));
    QCOMPARE(tabWidget->tabText(0), QStringLiteral("Local echo"));

    // Opened again: a new tab (this one is in use), set up the same, and it connects.
    tab->messageEdit()->addToHistory(QStringLiteral("used"));
    ClientPanel *opened = m_tabs->openSession(0);
    QCOMPARE(m_tabs->count(), 2);
    QCOMPARE(opened->url(), url());
    QCOMPARE(opened->client()->requestHeaders(), tab->client()->requestHeaders());
    QCOMPARE(opened->client()->subprotocols(), QStringList({ QStringLiteral("chat") }));
    QCOMPARE(opened->sendMode(), ClientPanel::SendMode::Json);
    QCOMPARE(opened->messageHistory().snippets().size(), 1);
    QTest::mouseClick(opened->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(opened->client()->isOpen());

    // Exported and imported by a colleague, with and without the secret.
    QTemporaryDir dir;
    const QString withSecrets = dir.filePath(QStringLiteral("all.json"));
    const QString without = dir.filePath(QStringLiteral("shared.json"));
    QVERIFY(m_tabs->exportSessions(withSecrets, true));
    QVERIFY(m_tabs->exportSessions(without, false));
    ClientTabs colleague;
    QString error;
    QString note;
    QVERIFY2(colleague.importSessions(without, &error, &note), qPrintable(error));
    QCOMPARE(colleague.sessions().size(), 1);
    QCOMPARE(colleague.sessions().at(0).headers, QList<Session::Header>({ { "X-Client", "d" } }));
    QVERIFY2(note.contains(QLatin1String("1 secret header value(s) were not in the file")),
             qPrintable(note));
    QVERIFY(colleague.importSessions(withSecrets, &error, &note));
    QCOMPARE(colleague.sessions().size(), 1); // the same name replaces it
    QCOMPARE(colleague.sessions().at(0), m_tabs->sessions().at(0));

    // A bad or foreign file is refused with its reason, and nothing is half-loaded.
    const QString foreign = dir.filePath(QStringLiteral("postman.json"));
    {
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"info\": {\"name\": \"collection\"}, \"item\": []}");
    }
    QVERIFY(!colleague.importSessions(foreign, &error));
    QVERIFY2(error.contains(QLatin1String("not a list of Duplex connections")), qPrintable(error));
    QVERIFY(!colleague.importSessions(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY2(error.startsWith(QLatin1String("Could not read ")), qPrintable(error));
    QCOMPARE(colleague.sessions().size(), 1);

    // The list comes back at the next start; deleting takes one out.
    QSettings settings(dir.filePath(QStringLiteral("tabs.ini")), QSettings::IniFormat);
    m_tabs->saveSettings(settings);
    ClientTabs later;
    later.loadSettings(settings);
    QCOMPARE(later.sessions(), m_tabs->sessions());
    // The tabs opened from a saved connection come back with its name and handshake.
    auto *laterTabs = later.findChild<QTabWidget *>(QStringLiteral("clientTabs"));
    QCOMPARE(laterTabs->tabText(1), QStringLiteral("Local echo"));
    QCOMPARE(later.panel(1)->client()->requestHeaders(), tab->client()->requestHeaders());
    QCOMPARE(later.panel(1)->client()->subprotocols(), QStringList({ QStringLiteral("chat") }));
    later.removeSession(0);
    QVERIFY(later.sessions().isEmpty());
}

QTEST_MAIN(TestClientTabs)
#include "tst_clienttabs.moc"
