// The log model alone: batching, the cap, roles. No window needed.
#include "logmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTimeDirectionAndText();
    void batchesEntriesIntoOneInsertion();
    void dropsTheOldestPastTheCap_data();
    void dropsTheOldestPastTheCap();
    void shrinkingTheCapDropsAtOnce();
    void clears();
    void keepsOnlyTheStartOfAHugeEntry();
    void keepsThePeer();
};

void TestLogModel::showsTimeDirectionAndText()
{
    LogModel model;
    QAbstractItemModelTester tester(&model);
    model.setBatchInterval(0);
    model.append(LogEntry::Direction::In, QStringLiteral("hello"));
    model.append(LogEntry::Direction::Error, QStringLiteral("two\nlines"));
    QCOMPARE(model.rowCount(), 2);

    const QModelIndex first = model.index(0);
    const QDateTime time = first.data(LogModel::TimeRole).toDateTime();
    QVERIFY(qAbs(time.msecsTo(QDateTime::currentDateTime())) < 60000);
    QCOMPARE(first.data(LogModel::DirectionRole).toInt(), int(LogEntry::Direction::In));
    QCOMPARE(first.data(LogModel::TextRole).toString(), QStringLiteral("hello"));
    QCOMPARE(first.data().toString(),
             time.toString(QStringLiteral("hh:mm:ss.zzz")) + QStringLiteral("  ←  hello"));

    const QModelIndex second = model.index(1);
    QVERIFY(second.data().toString().endsWith(QStringLiteral("!  two↵lines")));
    QCOMPARE(second.data(LogModel::TextRole).toString(), QStringLiteral("two\nlines"));
    QCOMPARE(second.data(Qt::ToolTipRole).toString(), QStringLiteral("two\nlines"));
    QVERIFY(second.data(Qt::ForegroundRole).isValid());
    QVERIFY(!first.data(Qt::ForegroundRole).isValid());

    // What a peer sent can neither break the line nor reorder it; the text itself is kept.
    const QString hostile = QString::fromUtf16(u"a\rb\u001b[31mc\u202ed\u2028e");
    model.append(LogEntry::Direction::In, hostile);
    const QModelIndex third = model.index(2);
    QVERIFY2(third.data().toString().endsWith(QStringLiteral("a\\rb\\x1b[31mc\\u202ed\\u2028e")),
             qPrintable(third.data().toString()));
    QCOMPARE(third.data(LogModel::TextRole).toString(), hostile);
}

void TestLogModel::batchesEntriesIntoOneInsertion()
{
    LogModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 500; ++i)
        model.append(LogEntry::Direction::Out, QString::number(i));
    QCOMPARE(model.rowCount(), 0); // nothing painted per entry
    QTRY_COMPARE(model.rowCount(), 500);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.index(499).data(LogModel::TextRole).toString(), QStringLiteral("499"));
}

void TestLogModel::dropsTheOldestPastTheCap_data()
{
    QTest::addColumn<int>("batchInterval");
    QTest::newRow("one by one") << 0;
    QTest::newRow("batched") << 20;
}

void TestLogModel::dropsTheOldestPastTheCap()
{
    QFETCH(int, batchInterval);
    LogModel model;
    QAbstractItemModelTester tester(&model);
    model.setBatchInterval(batchInterval);
    model.setCap(5);
    for (int i = 0; i < 12; ++i)
        model.append(LogEntry::Direction::Event, QString::number(i));
    model.flush();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0).data(LogModel::TextRole).toString(), QStringLiteral("7"));
    QCOMPARE(model.index(4).data(LogModel::TextRole).toString(), QStringLiteral("11"));
    QCOMPARE(LogModel::defaultCap, 10000);
}

void TestLogModel::shrinkingTheCapDropsAtOnce()
{
    LogModel model;
    QAbstractItemModelTester tester(&model);
    model.setBatchInterval(0);
    for (int i = 0; i < 10; ++i)
        model.append(LogEntry::Direction::Event, QString::number(i));
    model.setCap(3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data(LogModel::TextRole).toString(), QStringLiteral("7"));
}

void TestLogModel::clears()
{
    LogModel model;
    QAbstractItemModelTester tester(&model);
    model.append(LogEntry::Direction::Event, QStringLiteral("shown"));
    model.flush();
    model.append(LogEntry::Direction::Event, QStringLiteral("still waiting for the batch"));
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.flush();
    QCOMPARE(model.rowCount(), 0); // what was waiting went too
}

void TestLogModel::keepsOnlyTheStartOfAHugeEntry()
{
    LogModel model;
    model.setBatchInterval(0);
    model.append(LogEntry::Direction::In, QString(10 * 1024 * 1024, QLatin1Char('m')));
    const QString kept = model.index(0).data(LogModel::TextRole).toString();
    QVERIFY(kept.size() < LogModel::maxTextLength + 100);
    QVERIFY(kept.startsWith(QString(LogModel::maxTextLength, QLatin1Char('m'))));
    QVERIFY(kept.endsWith(QStringLiteral("(10485760 characters in all)")));
}

void TestLogModel::keepsThePeer()
{
    LogModel model;
    QAbstractItemModelTester tester(&model);
    model.setBatchInterval(0);
    model.append({ LogEntry { QDateTime::currentDateTime(), LogEntry::Direction::In,
                              QStringLiteral("x"), QStringLiteral("10.0.0.1:1") } });
    model.append(LogEntry::Direction::Event, QStringLiteral("no peer"));
    QCOMPARE(model.index(0).data(LogModel::PeerRole).toString(), QStringLiteral("10.0.0.1:1"));
    QCOMPARE(model.entry(0).peer, QStringLiteral("10.0.0.1:1"));
    QVERIFY(model.entry(1).peer.isEmpty());
    QCOMPARE(model.roleNames().value(LogModel::PeerRole), QByteArray("peer"));
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
