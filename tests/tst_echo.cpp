// The seed's reply: the message upper-cased, as Python's str.upper() and bytes.upper() do.
#include "echo.h"

#include <QTest>

class TestEcho : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void binary_data();
    void binary();
    void asciiAgreesWithUnicodeMapping();
};

void TestEcho::text_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("reply");
    QTest::newRow("ASCII") << QStringLiteral("Hello, World") << QStringLiteral("HELLO, WORLD");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("ASCII, then one non-ASCII letter at the end")
            << QStringLiteral("abc xyz é") << QStringLiteral("ABC XYZ É");
    QTest::newRow("Latin-1 sharp s alone") << QStringLiteral("ß") << QStringLiteral("SS");
    QTest::newRow("sharp s grows") << QStringLiteral("straße") << QStringLiteral("STRASSE");
    QTest::newRow("Greek") << QStringLiteral("καλημέρα") << QStringLiteral("ΚΑΛΗΜΈΡΑ");
    QTest::newRow("ligature") << QStringLiteral("ﬁne") << QStringLiteral("FINE");
    QTest::newRow("emoji kept") << QStringLiteral("hi 👋🏽!") << QStringLiteral("HI 👋🏽!");
    QTest::newRow("Deseret, outside the BMP")
            << QString::fromUtf8("\xf0\x90\x90\xa8") << QString::fromUtf8("\xf0\x90\x90\x80");
}

void TestEcho::text()
{
    QFETCH(QString, message);
    QFETCH(QString, reply);
    QCOMPARE(Echo::reply(message), reply);
}

void TestEcho::binary_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("ASCII letters") << QByteArray("abc XYZ 123") << QByteArray("ABC XYZ 123");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("every other byte kept")
            << QByteArray("\x00\xff\xe4\xdf\x7f{`", 7) << QByteArray("\x00\xff\xe4\xdf\x7f{`", 7);
    QTest::newRow("UTF-8 is not case-mapped") << QByteArray("stra\xc3\x9f"
                                                            "e")
                                              << QByteArray("STRA\xc3\x9f"
                                                            "E");
}

void TestEcho::binary()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, reply);
    QCOMPARE(Echo::reply(message), reply);
}

void TestEcho::asciiAgreesWithUnicodeMapping()
{
    // The ASCII fast path must give what QString::toUpper() gives, for every ASCII character,
    // alone and in the middle of others.
    for (char16_t c = 0; c < 0x80; ++c) {
        const QString one = QString(QChar(c));
        QCOMPARE(Echo::reply(one), one.toUpper());
        const QString inText = QStringLiteral("a") + one + QStringLiteral("z~");
        QCOMPARE(Echo::reply(inText), inText.toUpper());
    }
}

QTEST_GUILESS_MAIN(TestEcho)
#include "tst_echo.moc"
