// Hex as people type and read it: the binary messages' input and the logs' dumps.
#include "hexformat.h"

#include <QLocale>
#include <QTest>

class TestHex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesHex_data();
    void parsesHex();
    void refusesBadHex_data();
    void refusesBadHex();
    void dumpsSixteenBytesALine();
    void dumpsAShortLastLineWithTheAsciiColumnInPlace();
    void dumpsNothingForNothing();
    void dumpsOneShortLineWithoutPadding();
    void saysHowManyBytesWereLeftOut();
    void countsBytes();
};

void TestHex::parsesHex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("spaced") << QStringLiteral("48 65 6c 6C 6f") << QByteArray("Hello");
    QTest::newRow("run together") << QStringLiteral("48656c6c6f") << QByteArray("Hello");
    QTest::newRow("lines and tabs")
            << QStringLiteral("  48\t65\n6c6c\r\n6f  \n") << QByteArray("Hello");
    QTest::newRow("0x prefixes") << QStringLiteral("0x48 0X65 0x6c6c 6f") << QByteArray("Hello");
    QTest::newRow("all byte values at the edges")
            << QStringLiteral("00 7f 80 ff") << QByteArray("\x00\x7f\x80\xff", 4);
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("only spaces") << QStringLiteral(" \n ") << QByteArray();
}

void TestHex::parsesHex()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QString error = QStringLiteral("stale");
    const std::optional<QByteArray> parsed = Hex::parse(text, &error);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, bytes);
    QCOMPARE(error, QString());
}

void TestHex::refusesBadHex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("letter") << QStringLiteral("48 6g")
                            << QStringLiteral("Not hex: \"g\" at position 5 is not a hex digit.");
    QTest::newRow("comma") << QStringLiteral("48,65")
                           << QStringLiteral("Not hex: \",\" at position 3 is not a hex digit.");
    QTest::newRow("invisible") << QStringLiteral(
            "48\u200b65") << QStringLiteral("Not hex: U+200B at position 3 is not a hex digit.");
    QTest::newRow("odd") << QStringLiteral("48 656")
                         << QStringLiteral(
                                    "Not hex: \"656\" at position 4 has an odd number of hex "
                                    "digits.");
    QTest::newRow("split byte") << QStringLiteral("4 8")
                                << QStringLiteral("Not hex: \"4\" at position 1 has an odd number "
                                                  "of hex digits.");
    QTest::newRow("bare 0x") << QStringLiteral(
            "48 0x") << QStringLiteral("Not hex: \"0x\" at position 4 has no digits after it.");
}

void TestHex::refusesBadHex()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString said;
    QVERIFY(!Hex::parse(text, &said).has_value());
    QCOMPARE(said, error);
    QVERIFY(!Hex::parse(text).has_value()); // no error wanted: no crash either
}

void TestHex::dumpsSixteenBytesALine()
{
    const QByteArray data = QByteArray("Hello world\n\x00\x01\xff~", 16) + QByteArray("ABC");
    const QString expected = QStringLiteral(
            "0000  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 ff 7e  Hello world....~\n"
            "0010  41 42 43                                          ABC");
    QCOMPARE(Hex::dump(data), expected);
}

void TestHex::dumpsAShortLastLineWithTheAsciiColumnInPlace()
{
    const QStringList lines
            = Hex::dump(QByteArray(20, 'a') + QByteArray(9, ' ')).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    // The ASCII column starts at the same place on a full and on a short line.
    QCOMPARE(lines.at(0).indexOf(QLatin1String("aaaa")), 56);
    QCOMPARE(lines.at(1).mid(56), QStringLiteral("aaaa         "));
    QVERIFY(lines.at(1).startsWith(
            QLatin1String("0010  61 61 61 61 20 20 20 20  20 20 20 20 20 ")));
}

void TestHex::dumpsOneShortLineWithoutPadding()
{
    // Alone, a short line has no column to line up with: its text follows at once (so a log
    // line that shows the dump inline shows the text too).
    QCOMPARE(Hex::dump(QByteArray("Hello\x00\xff\n", 8)),
             QStringLiteral("0000  48 65 6c 6c 6f 00 ff 0a  Hello..."));
}

void TestHex::dumpsNothingForNothing()
{
    QCOMPARE(Hex::dump({}), QString());
    QCOMPARE(Hex::dump(QByteArray("abc"), 0), QStringLiteral("... 3 more byte(s)"));
}

void TestHex::saysHowManyBytesWereLeftOut()
{
    const QByteArray data(100, '\x01');
    const QStringList lines = Hex::dump(data, 32).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QLatin1String("0000  01 01")));
    QVERIFY(lines.at(1).startsWith(QLatin1String("0010  01 01")));
    QCOMPARE(lines.at(2), QStringLiteral("... 68 more byte(s)"));
    // Nothing left out, nothing said.
    QVERIFY(!Hex::dump(data, 100).contains(QLatin1String("more")));
    // The default shows 4096 bytes: 256 lines, then the rest counted.
    const QStringList big = Hex::dump(QByteArray(5000, 'x')).split(QLatin1Char('\n'));
    QCOMPARE(big.size(), 257);
    QVERIFY(big.at(255).startsWith(QLatin1String("0ff0  ")));
    QCOMPARE(big.last(), QStringLiteral("... 904 more byte(s)"));
}

void TestHex::countsBytes()
{
    // No translator is installed: the source text's plural form.
    QCOMPARE(Hex::byteCount(3), QStringLiteral("3 byte(s)"));
    QCOMPARE(Hex::byteCount(0), QStringLiteral("0 byte(s)"));
    // In the locale's digits, as the connection table writes its numbers (issue 16, item 13:
    // "50,000" in the table, "99801" in the log).
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Hex::byteCount(99801), QStringLiteral("99,801 byte(s)"));
    QCOMPARE(Hex::dump(QByteArray(100000, 'x'), 16).split(QLatin1Char('\n')).last(),
             QStringLiteral("... 99,984 more byte(s)"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(Hex::byteCount(99801), QStringLiteral("99.801 byte(s)"));
    QLocale::setDefault(before);
}

QTEST_GUILESS_MAIN(TestHex)
#include "tst_hex.moc"
