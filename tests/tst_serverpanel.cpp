// The server panel's connection table and actions against a real server (offscreen): rows for
// the clients, the log narrowed to the selected one, Disconnect (1000, or 1008 with a
// reason), Send (text and hex) to the selected client, Broadcast to all.
#include "connectionmodel.h"
#include "duplexserver.h"
#include "logfilter.h"
#include "logmodel.h"
#include "logpanel.h"
#include "problemline.h"
#include "serverpanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <vector>

class TestServerPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsEachClient();
    void selectingAClientNarrowsTheLog();
    void disconnectsTheSelectedClient_data();
    void disconnectsTheSelectedClient();
    void sendsTextAndHexToTheSelectedClient();
    void refusesBadHex();
    void broadcastsToAll();
    void columnsCanBeChosenAndAreRemembered();

private:
    struct Peer
    {
        std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
        QStringList texts;
        QList<QByteArray> binaries;
    };
    Peer &connectPeer(const QByteArray &userAgent);
    // Selects the row of the client whose user agent is `userAgent`.
    void select(const QString &userAgent);
    template<typename T> T *child(const char *name) const
    {
        T *found = m_panel->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }

    std::unique_ptr<DuplexServer> m_server;
    std::unique_ptr<ServerPanel> m_panel;
    std::vector<std::unique_ptr<Peer>> m_peers;
};

void TestServerPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings of their own, not the user's
    QSettings().clear();
}

void TestServerPanel::init()
{
    m_server = std::make_unique<DuplexServer>();
    ServerSettings settings;
    settings.port = 0;
    settings.closeGraceMs = 300;
    QVERIFY(m_server->start(settings));
    m_server->setClientUpdateInterval(20);
    m_panel = std::make_unique<ServerPanel>();
    m_panel->resize(900, 600);
    m_panel->show();
    // What the window does through ServerHost, here in one thread.
    connect(m_server.get(), &DuplexServer::clientsUpdated, m_panel.get(),
            &ServerPanel::applyClientUpdates);
    connect(m_panel.get(), &ServerPanel::disconnectRequested, m_server.get(),
            &DuplexServer::disconnectClient);
    connect(m_panel.get(), &ServerPanel::sendRequested, m_server.get(),
            &DuplexServer::sendToClient);
    connect(m_panel.get(), &ServerPanel::broadcastRequested, m_server.get(),
            &DuplexServer::broadcast);
    connect(m_server.get(), &DuplexServer::clientCountChanged, m_panel.get(),
            &ServerPanel::setClientCount);
}

void TestServerPanel::cleanup()
{
    m_peers.clear();
    m_panel.reset();
    m_server.reset();
}

TestServerPanel::Peer &TestServerPanel::connectPeer(const QByteArray &userAgent)
{
    auto peer = std::make_unique<Peer>();
    Peer *p = peer.get();
    connect(p->socket.get(), &QWebSocket::textMessageReceived, this,
            [p](const QString &text) { p->texts.append(text); });
    connect(p->socket.get(), &QWebSocket::binaryMessageReceived, this,
            [p](const QByteArray &data) { p->binaries.append(data); });
    QNetworkRequest request(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/").arg(m_server->serverPort())));
    request.setRawHeader("User-Agent", userAgent);
    p->socket->open(request);
    m_peers.push_back(std::move(peer));
    return *p;
}

void TestServerPanel::select(const QString &userAgent)
{
    auto *table = child<QTableView>("connectionTable");
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ConnectionModel::UserAgent);
        if (index.data().toString() == userAgent) {
            table->selectRow(row);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row for %1").arg(userAgent)));
}

void TestServerPanel::showsEachClient()
{
    for (const char *agent : { "one", "two", "three" })
        connectPeer(agent);
    auto *table = child<QTableView>("connectionTable");
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QTRY_COMPARE(child<QLabel>("clientCount")->text(), QStringLiteral("Clients: 3"));
    // Nothing selected: nothing to disconnect or send to, but everyone to broadcast to.
    QVERIFY(!child<QPushButton>("disconnectButton")->isEnabled());
    QVERIFY(!child<QPushButton>("sendToClientButton")->isEnabled());
    QVERIFY(child<QPushButton>("broadcastButton")->isEnabled());
    m_peers.at(1)->socket->close();
    QTRY_COMPARE(table->model()->rowCount(), 2);
}

void TestServerPanel::selectingAClientNarrowsTheLog()
{
    connectPeer("one");
    connectPeer("two");
    auto *table = child<QTableView>("connectionTable");
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QString onePeer;
    for (int row = 0; row < 2; ++row) {
        if (table->model()->index(row, ConnectionModel::UserAgent).data().toString() == u"one")
            onePeer = table->model()->index(row, 0).data(ConnectionModel::PeerRole).toString();
    }
    LogModel *log = m_panel->logModel();
    log->setBatchInterval(0);
    std::vector<LogEntry> entries;
    for (const QString &peer : { onePeer, QStringLiteral("127.0.0.1:1"), onePeer })
        entries.push_back({ QDateTime::currentDateTime(), LogEntry::Direction::In,
                            peer + QStringLiteral(" New message hi"), peer });
    log->append(std::move(entries));
    LogFilterModel *shown = m_panel->logPanel()->filter();
    QTRY_COMPARE(shown->rowCount(), 3);
    select(QStringLiteral("one"));
    QCOMPARE(shown->peer(), onePeer);
    QCOMPARE(shown->rowCount(), 2);
    table->clearSelection();
    QCOMPARE(shown->rowCount(), 3);
    // The client leaving ends the narrowing too.
    select(QStringLiteral("one"));
    QCOMPARE(shown->rowCount(), 2);
    m_peers.at(0)->socket->close();
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTRY_COMPARE(m_panel->selectedClient(), 0u); // not moved on to the client that stays
    QCOMPARE(shown->rowCount(), 3);
}

void TestServerPanel::disconnectsTheSelectedClient_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("code");
    QTest::newRow("no reason: 1000") << QString() << 1000;
    QTest::newRow("a reason: 1008") << QStringLiteral("spam") << 1008;
}

void TestServerPanel::disconnectsTheSelectedClient()
{
    QFETCH(QString, reason);
    QFETCH(int, code);
    Peer &target = connectPeer("target");
    Peer &other = connectPeer("other");
    QTRY_COMPARE(child<QTableView>("connectionTable")->model()->rowCount(), 2);
    select(QStringLiteral("target"));
    child<QLineEdit>("closeReason")->setText(reason);
    QSignalSpy closed(target.socket.get(), &QWebSocket::disconnected);
    QTest::mouseClick(child<QPushButton>("disconnectButton"), Qt::LeftButton);
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(int(target.socket->closeCode()), code);
    QCOMPARE(target.socket->closeReason(), reason);
    QCOMPARE(other.socket->state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE(child<QTableView>("connectionTable")->model()->rowCount(), 1);
}

void TestServerPanel::sendsTextAndHexToTheSelectedClient()
{
    Peer &target = connectPeer("target");
    Peer &other = connectPeer("other");
    QTRY_COMPARE(child<QTableView>("connectionTable")->model()->rowCount(), 2);
    QTRY_COMPARE(other.texts.size(), 1);
    select(QStringLiteral("target"));
    auto *message = child<QLineEdit>("serverMessage");
    message->setText(QStringLiteral("just for you"));
    QTest::mouseClick(child<QPushButton>("sendToClientButton"), Qt::LeftButton);
    QTRY_COMPARE(target.texts.value(1), QStringLiteral("just for you"));
    child<QComboBox>("serverSendMode")->setCurrentIndex(1); // binary (hex)
    message->setText(QStringLiteral("de ad BE EF"));
    QTest::mouseClick(child<QPushButton>("sendToClientButton"), Qt::LeftButton);
    QTRY_COMPARE(target.binaries, QList<QByteArray> { QByteArray("\xde\xad\xbe\xef", 4) });
    QCOMPARE(other.texts.size(), 1); // the other heard nothing but its greeting
    QVERIFY(other.binaries.isEmpty());
}

void TestServerPanel::refusesBadHex()
{
    Peer &target = connectPeer("target");
    QTRY_COMPARE(child<QTableView>("connectionTable")->model()->rowCount(), 1);
    QTRY_COMPARE(target.texts.size(), 1);
    select(QStringLiteral("target"));
    child<QComboBox>("serverSendMode")->setCurrentIndex(1);
    auto *message = child<QLineEdit>("serverMessage");
    message->setText(QStringLiteral("12 zz"));
    QSignalSpy sent(m_panel.get(), &ServerPanel::sendRequested);
    QTest::mouseClick(child<QPushButton>("sendToClientButton"), Qt::LeftButton);
    auto *problem = child<ProblemLine>("serverMessageProblem");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->problem().contains(QLatin1String("\"z\" at position 4")),
             qPrintable(problem->problem()));
    QCOMPARE(sent.size(), 0);
    QCOMPARE(message->text(), QStringLiteral("12 zz")); // kept to be mended
    message->setText(QStringLiteral("12"));
    QVERIFY(!problem->isVisible());
}

void TestServerPanel::broadcastsToAll()
{
    for (const char *agent : { "one", "two", "three" })
        connectPeer(agent);
    QTRY_COMPARE(child<QTableView>("connectionTable")->model()->rowCount(), 3);
    for (const auto &peer : m_peers)
        QTRY_COMPARE(peer->texts.size(), 1);
    child<QLineEdit>("serverMessage")->setText(QStringLiteral("hello, all"));
    QTest::mouseClick(child<QPushButton>("broadcastButton"), Qt::LeftButton);
    for (const auto &peer : m_peers)
        QTRY_COMPARE(peer->texts.value(1), QStringLiteral("hello, all"));
}

// Issue 17, the window at any size: the header's menu shows and hides columns (never the
// peer), and the choice and the widths come back.
void TestServerPanel::columnsCanBeChosenAndAreRemembered()
{
    auto *table = m_panel->findChild<QTableView *>(QStringLiteral("connectionTable"));
    QMenu *menu = m_panel->columnMenu();
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), int(ConnectionModel::ColumnCount));
    QVERIFY(!actions.at(ConnectionModel::Peer)->isEnabled());
    QCOMPARE(actions.at(ConnectionModel::UserAgent)->text(), QStringLiteral("User agent"));
    actions.at(ConnectionModel::UserAgent)->setChecked(false);
    actions.at(ConnectionModel::Origin)->setChecked(false);
    delete menu;
    QVERIFY(table->isColumnHidden(ConnectionModel::UserAgent));
    QVERIFY(table->isColumnHidden(ConnectionModel::Origin));
    table->setColumnWidth(ConnectionModel::Peer, 211);
    QTRY_VERIFY(QSettings().contains(QStringLiteral("ui/connectionColumns")));
    QTRY_COMPARE(QSettings().value(QStringLiteral("ui/connectionColumns")).toByteArray(),
                 table->horizontalHeader()->saveState());

    ServerPanel again;
    auto *restored = again.findChild<QTableView *>(QStringLiteral("connectionTable"));
    QVERIFY(restored->isColumnHidden(ConnectionModel::UserAgent));
    QVERIFY(restored->isColumnHidden(ConnectionModel::Origin));
    QVERIFY(!restored->isColumnHidden(ConnectionModel::Peer));
    QCOMPARE(restored->columnWidth(ConnectionModel::Peer), 211);
    // Shown again, and whole.
    again.setColumnShown(ConnectionModel::UserAgent, true);
    QVERIFY(!restored->isColumnHidden(ConnectionModel::UserAgent));
    QVERIFY(restored->columnWidth(ConnectionModel::UserAgent) > 0);
}

QTEST_MAIN(TestServerPanel)
#include "tst_serverpanel.moc"
