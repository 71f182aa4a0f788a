// Which clients the server closes when all of them together hold more than its budget.
#include "bufferbudget.h"

#include <QTest>

using Holder = BufferBudget::Holder;
Q_DECLARE_METATYPE(BufferBudget::Holder)

class TestBufferBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overflow_data();
    void overflow();
    void defaultLimit();
};

void TestBufferBudget::overflow_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QList<Holder>>("holders");
    QTest::addColumn<QList<qsizetype>>("closed");

    QTest::newRow("nobody") << qint64(100) << QList<Holder>() << QList<qsizetype>();
    QTest::newRow("all fit, exactly")
            << qint64(100) << QList<Holder> { { 60, 0 }, { 0, 40 } } << QList<qsizetype>();
    QTest::newRow("the biggest goes first")
            << qint64(100) << QList<Holder> { { 30, 0 }, { 50, 20 }, { 10, 0 } }
            << QList<qsizetype> { 1 };
    QTest::newRow("as many as it takes, biggest first")
            << qint64(100) << QList<Holder> { { 40, 0 }, { 0, 50 }, { 45, 0 }, { 25, 0 } }
            << QList<qsizetype> { 1, 2 };
    QTest::newRow("one that alone is over the limit")
            << qint64(100) << QList<Holder> { { 1, 0 }, { 0, 500 } } << QList<qsizetype> { 1 };
    QTest::newRow("holders of nothing are never closed")
            << qint64(0) << QList<Holder> { { 0, 0 }, { 1, 0 } } << QList<qsizetype> { 1 };
}

void TestBufferBudget::overflow()
{
    QFETCH(qint64, limit);
    QFETCH(QList<Holder>, holders);
    QFETCH(QList<qsizetype>, closed);
    QCOMPARE(BufferBudget(limit).overflow(holders), closed);
}

void TestBufferBudget::defaultLimit()
{
    // A quarter of this machine's memory, and never less than 64 MiB.
    const qint64 limit = BufferBudget::defaultLimit();
    QVERIFY(limit >= qint64(64) << 20);
    QCOMPARE(BufferBudget().limit(), limit);
}

QTEST_APPLESS_MAIN(TestBufferBudget)

#include "tst_bufferbudget.moc"
