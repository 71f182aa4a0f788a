// How server events reach a window: in batches, with busy seconds summarised in exact counts.
#include "duplexserver.h"
#include "eventbatcher.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

class TestEventBatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversManyEventsInOneSignal();
    void summarisesABusySecondWithExactCounts();

private:
    static QList<ServerEvent> all(const QSignalSpy &spy)
    {
        QList<ServerEvent> events;
        for (const QList<QVariant> &arguments : spy)
            events += arguments.at(0).value<QList<ServerEvent>>();
        return events;
    }
    static qsizetype count(const QList<ServerEvent> &events, ServerEvent::Kind kind)
    {
        return std::count_if(events.cbegin(), events.cend(),
                             [kind](const ServerEvent &event) { return event.kind == kind; });
    }
};

void TestEventBatcher::deliversManyEventsInOneSignal()
{
    DuplexServer server;
    auto *batcher = new EventBatcher(&server);
    batcher->setInterval(1000000); // only flush() hands them on
    QSignalSpy batches(batcher, &EventBatcher::eventsReady);
    QSignalSpy counts(batcher, &EventBatcher::clientCountChanged);
    for (int i = 0; i < 100; ++i)
        Q_EMIT server.textMessageReceived(QStringLiteral("p"), QString::number(i));
    Q_EMIT server.clientConnected(QStringLiteral("p"));
    Q_EMIT server.clientCountChanged(1);
    Q_EMIT server.clientCountChanged(2);
    QCOMPARE(batches.size(), 0);
    batcher->flush();
    QCOMPARE(batches.size(), 1);
    const QList<ServerEvent> events = all(batches);
    QCOMPARE(events.size(), 101);
    QCOMPARE(events.at(99).text, QStringLiteral("99"));
    QVERIFY(events.at(0).time > 0);
    QCOMPARE(counts.size(), 1); // coalesced: only the latest count
    QCOMPARE(counts.at(0).at(0).toInt(), 2);
}

void TestEventBatcher::summarisesABusySecondWithExactCounts()
{
    DuplexServer server;
    auto *batcher = new EventBatcher(&server);
    batcher->setIndividualPerSecond(10);
    QSignalSpy batches(batcher, &EventBatcher::eventsReady);
    ServerSettings settings;
    settings.port = 0;
    QVERIFY(server.start(settings));

    QWebSocket client;
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/").arg(server.serverPort())));
    QTRY_COMPARE(received.size(), 1);
    for (int i = 0; i < 500; ++i)
        client.sendTextMessage(QStringLiteral("m"));
    QTRY_COMPARE(received.size(), 501);
    client.close();
    QTRY_VERIFY(count(all(batches), ServerEvent::Kind::Disconnected) == 1);
    QTRY_VERIFY(count(all(batches), ServerEvent::Kind::Summary) >= 1); // within a second

    const QList<ServerEvent> events = all(batches);
    QCOMPARE(count(events, ServerEvent::Kind::Connected), 1); // always listed
    qint64 in = count(events, ServerEvent::Kind::TextIn);
    qint64 out = count(events, ServerEvent::Kind::TextOut); // Welcome! included
    for (const ServerEvent &event : events) {
        if (event.kind == ServerEvent::Kind::Summary) {
            in += event.messagesIn;
            out += event.messagesOut;
        }
    }
    QCOMPARE(in, 500); // every message counted, listed or not
    QCOMPARE(out, 501);
    QVERIFY(count(events, ServerEvent::Kind::TextIn) + count(events, ServerEvent::Kind::TextOut)
            < 100); // most were not listed one by one
}

QTEST_GUILESS_MAIN(TestEventBatcher)
#include "tst_eventbatcher.moc"
