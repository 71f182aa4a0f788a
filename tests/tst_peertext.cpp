// PeerText: the one escaping rule for what a peer controls, before it reaches a log line, a
// terminal or a widget.
#include "peertext.h"

#include <QTest>

class TestPeerText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaped_data();
    void escaped();
    void bounded();
    void latin1();
};

void TestPeerText::escaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Hello, World") << QStringLiteral("Hello, World");
    QTest::newRow("any script") << QStringLiteral("straße 你好 Привет 😀")
                                << QStringLiteral("straße 你好 Привет 😀");
    QTest::newRow("a forged line")
            << QStringLiteral("bye\n2026-01-01 00:00:00.000 6.6.6.6 New connection")
            << QStringLiteral("bye\\n2026-01-01 00:00:00.000 6.6.6.6 New connection");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("a\\rb");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
    QTest::newRow("terminal colour")
            << QStringLiteral("\x1b[31mred") << QStringLiteral("\\x1b[31mred");
    QTest::newRow("window title (OSC)")
            << QStringLiteral("\x1b]0;pwned\x07") << QStringLiteral("\\x1b]0;pwned\\x07");
    QTest::newRow("NUL and DEL") << QString::fromUtf16(u"a\u0000b\u007fc", 5)
                                 << QStringLiteral("a\\x00b\\x7fc");
    QTest::newRow("C1: CSI and NEL")
            << QString::fromUtf16(u"a\u009bb\u0085c") << QStringLiteral("a\\x9bb\\x85c");
    QTest::newRow("right-to-left override")
            << QString::fromUtf16(u"txt.\u202eexe") << QStringLiteral("txt.\\u202eexe");
    QTest::newRow("line and paragraph separators")
            << QString::fromUtf16(u"a\u2028b\u2029c") << QStringLiteral("a\\u2028b\\u2029c");
    QTest::newRow("zero-width joiner and BOM")
            << QString::fromUtf16(u"a\u200db\ufeffc") << QStringLiteral("a\\u200db\\ufeffc");
    QTest::newRow("unpaired surrogates")
            << (QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b") + QChar(0xdc00))
            << QStringLiteral("a\\ud800b\\udc00");
    QTest::newRow("a tag character (outside the BMP)")
            << QString::fromUtf16(u"a\U000E0041b") << QStringLiteral("a\\U000e0041b");
}

void TestPeerText::escaped()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    bool truncated = true;
    QCOMPARE(PeerText::escaped(text, 1000, &truncated), expected);
    QVERIFY(!truncated);
}

void TestPeerText::bounded()
{
    const QString text(1000, QLatin1Char('x'));
    bool truncated = false;
    QCOMPARE(PeerText::escaped(text, 200, &truncated), QString(200, QLatin1Char('x')));
    QVERIFY(truncated);
    QCOMPARE(PeerText::escaped(text).size(), 200); // the default bound
    // A pair is never cut in half into an unpaired surrogate.
    truncated = false;
    QCOMPARE(PeerText::escaped(QStringLiteral("a😀"), 2, &truncated), QStringLiteral("a"));
    QVERIFY(truncated);
}

void TestPeerText::latin1()
{
    QCOMPARE(PeerText::escapedLatin1("GET"), QStringLiteral("GET"));
    QCOMPARE(PeerText::escapedLatin1(QByteArray("a\x85"
                                                "b\x1b",
                                                4)),
             QStringLiteral("a\\x85b\\x1b"));
    QCOMPARE(PeerText::escapedLatin1(QByteArray(100, 'M'), 32),
             QString(32, QLatin1Char('M')) + QStringLiteral("…"));
}

QTEST_GUILESS_MAIN(TestPeerText)
#include "tst_peertext.moc"
