// What the client sent lately and the snippets the user keeps, and how they are stored.
#include "messagehistory.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using Snippet = MessageHistory::Snippet;

static QStringList list(std::initializer_list<const char *> texts)
{
    QStringList result;
    for (const char *text : texts)
        result.append(QLatin1String(text));
    return result;
}

static Snippet snippet(const char *name, const char *text, bool binary = false)
{
    return { QLatin1String(name), QLatin1String(text),
             binary ? MessageCodec::Mode::Hex : MessageCodec::Mode::Text };
}

class TestMessageHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheNewestHundred();
    void skipsConsecutiveDuplicates();
    void setEntriesKeepsTheNewest();
    void keepsSnippetsByName();
    void roundTripsThroughSettings();
    void readsTheWindowsOldHistoryKey();
    void savingFewerSnippetsLeavesNoneBehind();

private:
    QTemporaryDir m_dir;
};

void TestMessageHistory::keepsTheNewestHundred()
{
    MessageHistory history;
    for (int i = 0; i < 150; ++i)
        history.add(QString::number(i));
    QCOMPARE(history.entries().size(), MessageHistory::maxEntries);
    QCOMPARE(history.entries().constFirst(), QStringLiteral("50"));
    QCOMPARE(history.entries().constLast(), QStringLiteral("149"));
}

void TestMessageHistory::skipsConsecutiveDuplicates()
{
    MessageHistory history;
    for (const char *text : { "a", "a", "b", "a", "a" })
        history.add(QLatin1String(text));
    QCOMPARE(history.entries(), list({ "a", "b", "a" }));
}

void TestMessageHistory::setEntriesKeepsTheNewest()
{
    QStringList many;
    for (int i = 0; i < 120; ++i)
        many.append(QString::number(i));
    MessageHistory history;
    history.setEntries(many);
    QCOMPARE(history.entries(), many.mid(20));
}

void TestMessageHistory::keepsSnippetsByName()
{
    MessageHistory history;
    QVERIFY(history.setSnippet(QStringLiteral("zeta"), QStringLiteral("last")));
    QVERIFY(history.setSnippet(QStringLiteral(" hello "), QStringLiteral("48 69"),
                               MessageCodec::Mode::Hex));
    QVERIFY(history.setSnippet(QStringLiteral("Alpha"), QStringLiteral("first")));
    QVERIFY(!history.setSnippet(QStringLiteral("  "), QStringLiteral("nameless")));
    // Sorted by name, the name trimmed.
    QCOMPARE(history.snippets(),
             QList<Snippet>({ snippet("Alpha", "first"), snippet("hello", "48 69", true),
                              snippet("zeta", "last") }));
    // The same name replaces.
    QVERIFY(history.setSnippet(QStringLiteral("hello"), QStringLiteral("hi")));
    QCOMPARE(history.snippets().size(), 3);
    QCOMPARE(*history.snippet(QStringLiteral("hello")), snippet("hello", "hi"));
    QVERIFY(history.removeSnippet(QStringLiteral("hello")));
    QVERIFY(!history.removeSnippet(QStringLiteral("hello")));
    QVERIFY(!history.snippet(QStringLiteral("hello")).has_value());
    QCOMPARE(history.snippets().size(), 2);
}

void TestMessageHistory::roundTripsThroughSettings()
{
    QVERIFY(m_dir.isValid());
    const QString file = m_dir.filePath(QStringLiteral("roundtrip.ini"));
    MessageHistory history;
    history.add(QStringLiteral("first"));
    history.add(QStringLiteral("line one\nline two, with = and ;"));
    history.add(QStringLiteral("de ad"), MessageCodec::Mode::Hex);
    history.add(QStringLiteral("de ad"),
                MessageCodec::Mode::Text); // the same text in the other mode: a new entry
    QCOMPARE(history.entries().size(), 4);
    history.setSnippet(QStringLiteral("greeting"), QStringLiteral("Hello"));
    history.setSnippet(QStringLiteral("bytes"), QStringLiteral("00 ff"), MessageCodec::Mode::Hex);
    {
        QSettings settings(file, QSettings::IniFormat);
        history.save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    MessageHistory loaded;
    loaded.load(settings);
    QCOMPARE(loaded.entries(), history.entries());
    for (qsizetype i = 0; i < history.entries().size(); ++i)
        QCOMPARE(loaded.mode(i), i == 2 ? MessageCodec::Mode::Hex : MessageCodec::Mode::Text);
    QCOMPARE(loaded.snippets(), history.snippets());
    QCOMPARE(loaded.snippet(QStringLiteral("bytes"))->mode, MessageCodec::Mode::Hex);
}

void TestMessageHistory::readsTheWindowsOldHistoryKey()
{
    const QString file = m_dir.filePath(QStringLiteral("old.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(QStringLiteral("client/history"), list({ "one", "two" }));
    }
    QSettings settings(file, QSettings::IniFormat);
    MessageHistory history;
    history.load(settings);
    QCOMPARE(history.entries(), list({ "one", "two" }));
    // An older Duplex sent text only.
    QCOMPARE(history.mode(0), MessageCodec::Mode::Text);
    QCOMPARE(history.mode(1), MessageCodec::Mode::Text);
    QVERIFY(history.snippets().isEmpty());
    // And what it saves, the window's old code reads.
    history.add(QStringLiteral("three"));
    history.save(settings);
    QCOMPARE(settings.value(QStringLiteral("client/history")).toStringList(),
             list({ "one", "two", "three" }));
}

void TestMessageHistory::savingFewerSnippetsLeavesNoneBehind()
{
    const QString file = m_dir.filePath(QStringLiteral("fewer.ini"));
    QSettings settings(file, QSettings::IniFormat);
    MessageHistory history;
    for (const char *name : { "a", "b", "c" })
        history.setSnippet(QLatin1String(name), QStringLiteral("x"));
    history.save(settings);
    history.removeSnippet(QStringLiteral("b"));
    history.removeSnippet(QStringLiteral("c"));
    history.save(settings);
    settings.sync();
    MessageHistory loaded;
    loaded.load(settings);
    QCOMPARE(loaded.snippets(), QList<Snippet>({ snippet("a", "x") }));
    QCOMPARE(settings.allKeys().filter(QStringLiteral("snippets/3")), QStringList());
}

QTEST_GUILESS_MAIN(TestMessageHistory)
#include "tst_messagehistory.moc"
