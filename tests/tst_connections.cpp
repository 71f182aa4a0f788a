// The connection table: what the server reports of its clients (DuplexServer's updates), the
// actions on them (disconnect, send, broadcast), and the table model the window shows.
#include "connectionmodel.h"
#include "duplexserver.h"

#include <QAbstractItemModelTester>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <vector>

class TestConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reportsEachClientWithItsHeaders();
    void countsMessagesAndBytes();
    void measuresAPingRoundTrip();
    void reportsLeavers();
    void disconnectsOneClient_data();
    void disconnectsOneClient();
    void sendsToOneClient();
    void broadcastsToAll();
    void tableFollowsTheUpdates();
    void tableSortsByNumbers();

private:
    // A client that keeps what it hears.
    struct Peer
    {
        std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
        QStringList texts;
        QList<QByteArray> binaries;
    };
    Peer &connectPeer(const QByteArray &origin = {}, const QByteArray &userAgent = {});
    // The latest report of every client seen so far, by id (updates are merged as they come).
    void merge();

    std::unique_ptr<DuplexServer> m_server;
    std::unique_ptr<QSignalSpy> m_updates;
    qsizetype m_merged = 0;
    QHash<quint64, ClientInfo> m_known;
    QList<quint64> m_left;
    std::vector<std::unique_ptr<Peer>> m_peers;
};

void TestConnections::init()
{
    m_server = std::make_unique<DuplexServer>();
    ServerSettings settings;
    settings.port = 0;
    settings.closeGraceMs = 300;
    settings.allowedOrigins = { QStringLiteral("*") }; // the clients below name made-up sites
    QVERIFY(m_server->start(settings));
    m_updates = std::make_unique<QSignalSpy>(m_server.get(), &DuplexServer::clientsUpdated);
    m_server->setClientUpdateInterval(20);
    m_merged = 0;
    m_known.clear();
    m_left.clear();
}

void TestConnections::cleanup()
{
    m_peers.clear();
    m_updates.reset();
    m_server.reset();
}

TestConnections::Peer &TestConnections::connectPeer(const QByteArray &origin,
                                                    const QByteArray &userAgent)
{
    auto peer = std::make_unique<Peer>();
    Peer *p = peer.get();
    connect(p->socket.get(), &QWebSocket::textMessageReceived, this,
            [p](const QString &text) { p->texts.append(text); });
    connect(p->socket.get(), &QWebSocket::binaryMessageReceived, this,
            [p](const QByteArray &data) { p->binaries.append(data); });
    QNetworkRequest request(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/").arg(m_server->serverPort())));
    if (!userAgent.isEmpty())
        request.setRawHeader("User-Agent", userAgent);
    if (!origin.isEmpty())
        request.setRawHeader("Origin", origin);
    p->socket->open(request);
    m_peers.push_back(std::move(peer));
    return *p;
}

void TestConnections::merge()
{
    for (; m_merged < m_updates->size(); ++m_merged) {
        const QList<QVariant> &update = m_updates->at(m_merged);
        for (const ClientInfo &info : update.at(0).value<QList<ClientInfo>>())
            m_known.insert(info.id, info);
        for (const quint64 id : update.at(1).value<QList<quint64>>()) {
            m_known.remove(id);
            m_left.append(id);
        }
    }
}

void TestConnections::reportsEachClientWithItsHeaders()
{
    Peer &first = connectPeer("http://127.0.0.1", "duplex-test/1.0");
    Peer &second = connectPeer();
    QTRY_COMPARE(first.texts, QStringList { QStringLiteral("Welcome!") });
    QTRY_COMPARE(second.texts, QStringList { QStringLiteral("Welcome!") });
    QTRY_COMPARE((merge(), m_known.size()), 2);

    QSet<QString> peers;
    for (const ClientInfo &info : std::as_const(m_known)) {
        QVERIFY(info.id != 0);
        peers.insert(info.peer);
        QCOMPARE(info.address, info.peer); // no proxy in between
        QVERIFY(info.realClient.isEmpty());
        QVERIFY(info.connectedAt > 0);
        if (info.userAgent == QLatin1String("duplex-test/1.0")) {
            QCOMPARE(info.origin, QStringLiteral("http://127.0.0.1"));
            QCOMPARE(info.peer, QStringLiteral("127.0.0.1:%1").arg(first.socket->localPort()));
        } else {
            QCOMPARE(info.peer, QStringLiteral("127.0.0.1:%1").arg(second.socket->localPort()));
        }
    }
    QCOMPARE(peers.size(), 2);
}

void TestConnections::countsMessagesAndBytes()
{
    Peer &peer = connectPeer();
    QTRY_COMPARE(peer.texts.size(), 1);
    // 6 + 1 + 4 bytes in UTF-8: a 2-byte letter and a character outside the BMP.
    peer.socket->sendTextMessage(QStringLiteral("héllo \U0001F600"));
    peer.socket->sendBinaryMessage(QByteArray("\x01\x02\x03", 3));
    QTRY_COMPARE(peer.texts.size(), 2);
    QTRY_COMPARE(peer.binaries.size(), 1);
    QTRY_VERIFY((merge(), m_known.size() == 1 && m_known.begin()->messagesIn == 2));
    // Out: Welcome! (8), "HÉLLO 😀" (11), the binary echo (3).
    QTRY_VERIFY((merge(), m_known.begin()->messagesOut == 3));
    const ClientInfo info = *m_known.begin();
    QCOMPARE(info.bytesIn, 14);
    QCOMPARE(info.bytesOut, 22);
    QVERIFY(info.lastActivity >= info.connectedAt);
}

void TestConnections::measuresAPingRoundTrip()
{
    // Watched, a new client is pinged soon after its greeting: the table has a round trip
    // without waiting for the first ping round (30 s).
    Peer &peer = connectPeer();
    QTRY_COMPARE(peer.texts.size(), 1);
    QTRY_VERIFY((merge(), m_known.size() == 1 && m_known.begin()->roundTripUs >= 0));
    QVERIFY(m_known.begin()->roundTripUs < 5'000'000);
}

void TestConnections::reportsLeavers()
{
    Peer &stays = connectPeer();
    Peer &leaves = connectPeer();
    QTRY_COMPARE((merge(), m_known.size()), 2);
    const quint16 leaverPort = leaves.socket->localPort();
    leaves.socket->close();
    QTRY_COMPARE((merge(), m_known.size()), 1);
    QCOMPARE(m_left.size(), 1);
    QCOMPARE(m_known.begin()->peer, QStringLiteral("127.0.0.1:%1").arg(stays.socket->localPort()));
    QVERIFY(m_known.begin()->peer != QStringLiteral("127.0.0.1:%1").arg(leaverPort));
}

void TestConnections::disconnectsOneClient_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("1000") << 1000 << QString();
    QTest::newRow("1008 with a reason") << 1008 << QStringLiteral("you were rude");
}

void TestConnections::disconnectsOneClient()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    Peer &target = connectPeer("http://127.0.0.1");
    Peer &other = connectPeer();
    QTRY_COMPARE((merge(), m_known.size()), 2);
    quint64 id = 0;
    for (const ClientInfo &info : std::as_const(m_known)) {
        if (info.origin == QLatin1String("http://127.0.0.1"))
            id = info.id;
    }
    QVERIFY(id != 0);
    QSignalSpy closed(target.socket.get(), &QWebSocket::disconnected);
    QVERIFY(m_server->disconnectClient(id, code, reason));
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(int(target.socket->closeCode()), code);
    QCOMPARE(target.socket->closeReason(), reason);
    QCOMPARE(other.socket->state(), QAbstractSocket::ConnectedState);
    QTRY_VERIFY((merge(), m_left.contains(id)));
    QVERIFY(!m_server->disconnectClient(id, 1000, {})); // gone
}

void TestConnections::sendsToOneClient()
{
    Peer &target = connectPeer("http://127.0.0.1");
    Peer &other = connectPeer();
    QTRY_COMPARE((merge(), m_known.size()), 2);
    QTRY_COMPARE(other.texts.size(), 1);
    quint64 id = 0;
    for (const ClientInfo &info : std::as_const(m_known)) {
        if (info.origin == QLatin1String("http://127.0.0.1"))
            id = info.id;
    }
    QSignalSpy sent(m_server.get(), &DuplexServer::textMessageSent);
    QVERIFY(m_server->sendToClient(id, QByteArray("only for you ✓"), false));
    QVERIFY(m_server->sendToClient(id, QByteArray("\x00\xff", 2), true));
    QTRY_COMPARE(target.texts.size(), 2);
    QCOMPARE(target.texts.last(), QStringLiteral("only for you ✓"));
    QTRY_COMPARE(target.binaries, QList<QByteArray> { QByteArray("\x00\xff", 2) });
    QCOMPARE(sent.size(), 1); // logged like any message the server sends
    QCOMPARE(sent.at(0).at(1).toString(), QStringLiteral("only for you ✓"));
    // The other client heard nothing more than its greeting.
    QTRY_VERIFY((merge(), m_known.value(id).messagesOut == 3));
    QCOMPARE(other.texts.size(), 1);
    QVERIFY(other.binaries.isEmpty());
    QVERIFY(!m_server->sendToClient(id + 1000, QByteArray("nobody"), false));
}

void TestConnections::broadcastsToAll()
{
    std::vector<Peer *> peers;
    for (int i = 0; i < 3; ++i)
        peers.push_back(&connectPeer());
    for (Peer *peer : peers)
        QTRY_COMPARE(peer->texts.size(), 1);
    QCOMPARE(m_server->broadcast(QByteArray("to everyone"), false), 3);
    for (Peer *peer : peers)
        QTRY_COMPARE(peer->texts.value(1), QStringLiteral("to everyone"));
}

void TestConnections::tableFollowsTheUpdates()
{
    ConnectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_server.get(), &DuplexServer::clientsUpdated, &model, &ConnectionModel::apply);
    Peer &a = connectPeer("http://a.example");
    Peer &b = connectPeer("http://b.example");
    Peer &c = connectPeer("http://c.example");
    QTRY_COMPARE(model.rowCount(), 3);
    for (int row = 0; row < 3; ++row) { // in the order they came
        QCOMPARE(model.index(row, ConnectionModel::Origin).data().toString(),
                 QStringLiteral("http://%1.example").arg(QChar(u'a' + row)));
    }
    b.socket->sendTextMessage(QStringLiteral("hi"));
    const QModelIndex messagesIn
            = model.index(model.rowOf(model.client(1).id), ConnectionModel::MessagesIn);
    QTRY_COMPARE(messagesIn.data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, ConnectionModel::MessagesIn).data().toString(), QStringLiteral("0"));

    a.socket->close();
    c.socket->close();
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ConnectionModel::Origin).data().toString(),
             QStringLiteral("http://b.example"));
    QCOMPARE(model.rowOf(model.client(0).id), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestConnections::tableSortsByNumbers()
{
    ConnectionModel model;
    QList<ClientInfo> clients;
    for (const qint64 bytes : { 900, 12'000, 80 }) {
        ClientInfo info;
        info.id = quint64(clients.size() + 1);
        info.peer = info.address = QStringLiteral("127.0.0.1:%1").arg(40000 + info.id);
        info.bytesIn = bytes;
        clients.append(info);
    }
    model.apply(clients, {});
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ConnectionModel::SortRole);
    sorted.sort(ConnectionModel::BytesIn, Qt::AscendingOrder);
    // By size, not by the text ("11.7 KiB" before "80 bytes" as strings).
    QCOMPARE(sorted.index(0, 0).data(ConnectionModel::IdRole).toULongLong(), 3u);
    QCOMPARE(sorted.index(1, 0).data(ConnectionModel::IdRole).toULongLong(), 1u);
    QCOMPARE(sorted.index(2, 0).data(ConnectionModel::IdRole).toULongLong(), 2u);
    // A row that changes keeps its place in the model and is updated in place.
    clients[0].bytesIn = 50'000;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.apply({ clients[0] }, {});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(sorted.index(2, 0).data(ConnectionModel::IdRole).toULongLong(), 1u);
    // Leavers in any order, in one update.
    model.apply({}, { 3, 1 });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.client(0).id, 2u);
    QCOMPARE(model.rowOf(2), 0);
    QCOMPARE(model.rowOf(1), -1);
}

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
