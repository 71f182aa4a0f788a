// The message pane under the offscreen platform: text, JSON (pretty, coloured, as a tree),
// invalid JSON, binary, a 10 MiB message, Find, Copy, and the pane in a log panel.
#include "jsontreemodel.h"
#include "logfilter.h"
#include "logmodel.h"
#include "logpanel.h"
#include "logview.h"
#include "messageinspector.h"
#include "problemline.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>

using Direction = LogEntry::Direction;

namespace {
const QDateTime fixedTime(QDate(2026, 12, 6), QTime(13, 4, 5, 678));

LogEntry textEntry(const QString &message, Direction direction = Direction::In)
{
    LogEntry entry = LogEntry::forText(
            fixedTime, direction, QStringLiteral("127.0.0.1:5000 New message ") + message, message);
    entry.peer = QStringLiteral("127.0.0.1:5000");
    return entry;
}
} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsPlainText();
    void showsJsonPrettyColouredAndAsATree();
    void showsInvalidJsonAsTextWithWhereItFails();
    void showsBinaryAsHexAndAsText();
    void nothingInAMessagePassesForSomethingElse();
    void opensATenMebibyteMessage();
    void findsInsideTheMessage();
    void copiesTheMessageAndItsRecord();
    void opensFromTheLogAndRemembersItsSize();

private:
    template<typename T> T *child(const char *name) const
    {
        T *found = m_inspector->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    QString shownText() const { return child<QPlainTextEdit>("inspectorText")->toPlainText(); }

    std::unique_ptr<MessageInspector> m_inspector;
};

void TestInspector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestInspector::init()
{
    m_inspector = std::make_unique<MessageInspector>();
    m_inspector->resize(600, 400);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
}

void TestInspector::cleanup()
{
    m_inspector.reset();
    QSettings().clear();
}

void TestInspector::showsPlainText()
{
    const QString message = QStringLiteral("Grüße, world: a line long enough to be wrapped in "
                                           "the pane rather than cut at its edge, as logs do.");
    m_inspector->showEntry(textEntry(message));
    QCOMPARE(shownText(), message);
    QVERIFY(!m_inspector->isJson());
    auto *tabs = child<QTabWidget>("inspectorTabs");
    QVERIFY(!tabs->isTabEnabled(1)); // no tree
    QVERIFY(!tabs->isTabEnabled(2)); // no hex
    QCOMPARE(child<QPlainTextEdit>("inspectorText")->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    const QString header = child<QLabel>("inspectorHeader")->text();
    QVERIFY2(header.contains(QLatin1String("13:04:05.678")), qPrintable(header));
    QVERIFY2(header.contains(QLatin1String("received")), qPrintable(header));
    QVERIFY2(header.contains(QLatin1String("127.0.0.1:5000")), qPrintable(header));
    // Bytes in UTF-8 and characters: "ü" and "ß" are two bytes each.
    QVERIFY2(header.contains(QStringLiteral("text, %1 bytes, %2 characters")
                                     .arg(message.toUtf8().size())
                                     .arg(message.size())),
             qPrintable(header));
    QVERIFY(child<ProblemLine>("inspectorProblem")->problem().isEmpty());
}

void TestInspector::showsJsonPrettyColouredAndAsATree()
{
    const QString message = QStringLiteral(
            "{\"type\":\"subscribe\",\"channel\":\"prices\",\"symbols\":[\"BTC\",\"ETH\"]}");
    m_inspector->showEntry(textEntry(message, Direction::Out));
    QVERIFY(m_inspector->isJson());
    QCOMPARE(shownText(), QString::fromUtf8(QJsonDocument::fromJson(message.toUtf8()).toJson()));
    QVERIFY(child<QLabel>("inspectorHeader")->text().contains(QLatin1String(", JSON")));
    QVERIFY(child<QLabel>("inspectorHeader")->text().contains(QLatin1String("sent")));

    // Coloured when painted: the line of "type" has a key, a colon and a string.
    auto *text = child<QPlainTextEdit>("inspectorText");
    text->viewport()->repaint();
    QTextBlock block = text->document()->firstBlock();
    while (block.isValid() && !block.text().contains(QLatin1String("\"channel\"")))
        block = block.next();
    QVERIFY(block.isValid());
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    QCOMPARE(formats.size(), 4); // the key, the colon, the string and the comma
    QVERIFY(formats.at(0).format.foreground() != formats.at(2).format.foreground());

    // The tree: the members, and the path of a node.
    auto *tabs = child<QTabWidget>("inspectorTabs");
    QVERIFY(tabs->isTabEnabled(1));
    auto *tree = child<QTreeView>("inspectorTree");
    auto *model = qobject_cast<JsonTreeModel *>(tree->model());
    QCOMPARE(model->rowCount(), 3);
    QModelIndex symbols;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == QLatin1String("symbols"))
            symbols = model->index(row, 0);
    }
    QCOMPARE(model->path(model->index(1, 0, symbols)), QStringLiteral("$.symbols[1]"));
    // Ctrl+C on a node copies its path.
    tabs->setCurrentIndex(1);
    tree->setCurrentIndex(model->index(1, 0, symbols));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("$.symbols[1]"));
}

void TestInspector::showsInvalidJsonAsTextWithWhereItFails()
{
    const QString message
            = QStringLiteral("{\"type\": \"subscribe\",\n \"symbols\": [\"BTC\" \"ETH\"]}");
    m_inspector->showEntry(textEntry(message));
    QVERIFY(!m_inspector->isJson());
    QCOMPARE(shownText(), message); // as it came
    const QString problem = child<ProblemLine>("inspectorProblem")->problem();
    QVERIFY2(problem.startsWith(QLatin1String("Not JSON: ")), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("line 2, column")), qPrintable(problem));
    QVERIFY(!child<QTabWidget>("inspectorTabs")->isTabEnabled(1));
    // The next message clears the complaint.
    m_inspector->showEntry(textEntry(QStringLiteral("[1]")));
    QVERIFY(child<ProblemLine>("inspectorProblem")->problem().isEmpty());
}

void TestInspector::showsBinaryAsHexAndAsText()
{
    const QByteArray bytes("\xde\xad\xbe\xef\x48\x69", 6);
    m_inspector->showEntry(
            LogEntry::forBinary(fixedTime, Direction::In, QStringLiteral("binary"), bytes));
    auto *tabs = child<QTabWidget>("inspectorTabs");
    QVERIFY(tabs->isTabEnabled(2));
    QVERIFY(child<QPlainTextEdit>("inspectorHex")
                    ->toPlainText()
                    .startsWith(QLatin1String("0000  de ad be ef 48 69")));
    QCOMPARE(shownText(), QStringLiteral("(not UTF-8 text)"));
    QVERIFY(child<QLabel>("inspectorHeader")->text().contains(QLatin1String("binary, 6 bytes")));
    QCOMPARE(m_inspector->messageText(), QStringLiteral("de ad be ef 48 69"));

    // Bytes that are UTF-8 read as text too.
    m_inspector->showEntry(LogEntry::forBinary(fixedTime, Direction::In, QStringLiteral("binary"),
                                               QStringLiteral("héllo").toUtf8()));
    QCOMPARE(shownText(), QStringLiteral("héllo"));
}

// What a peer sends reaches the pane escaped: a U+202E cannot turn the text around, an escape
// sequence is shown as such; lines stay lines. Copy takes it as it came.
void TestInspector::nothingInAMessagePassesForSomethingElse()
{
    const QString message = QStringLiteral("line one\nevil\u202Etxt.exe \x1b[31mred\x07");
    m_inspector->showEntry(textEntry(message));
    QCOMPARE(shownText(), QStringLiteral("line one\nevil\\u202etxt.exe \\x1b[31mred\\x07"));
    QCOMPARE(m_inspector->messageText(), message);
    // In JSON too: Qt escapes the control characters, the pane the format ones.
    m_inspector->showEntry(textEntry(QStringLiteral("{\"name\":\"abc\u202Edef\"}")));
    QVERIFY(m_inspector->isJson());
    QVERIFY2(shownText().contains(QLatin1String("abc\\u202edef")), qPrintable(shownText()));
}

void TestInspector::opensATenMebibyteMessage()
{
    // A real API's JSON of 10 MiB: it opens whole (the tree made as it is expanded, the text
    // coloured as it is shown).
    QString message = QStringLiteral("{\"rows\":[");
    int rows = 0;
    while (message.size() < 10 * 1024 * 1024) {
        message += QStringLiteral("{\"id\":%1,\"symbol\":\"SYM%1\",\"price\":%1.25,\"live\":true},")
                           .arg(rows++);
    }
    message.chop(1);
    message += QStringLiteral("]}");
    QSignalSpy formatted(m_inspector.get(), &MessageInspector::formatted);
    m_inspector->showEntry(textEntry(message));
    // As it came at once, then pretty once a thread has parsed it.
    QVERIFY(m_inspector->isFormatting());
    QVERIFY(shownText().startsWith(QLatin1String("{\"rows\":[{\"id\":0,")));
    QTRY_COMPARE_WITH_TIMEOUT(formatted.size(), 1, 30000);
    QVERIFY(m_inspector->isJson());
    QVERIFY(!m_inspector->isFormatting());
    QVERIFY(m_inspector->fullText().count(QLatin1Char('\n')) > rows * 6);
    // The editor holds a part of it, in whole lines, and says which.
    auto *text = child<QPlainTextEdit>("inspectorText");
    QCOMPARE(text->document()->firstBlock().text(), QStringLiteral("{"));
    QVERIFY(text->document()->characterCount() <= MessageInspector::partChars + 4096);
    QVERIFY(child<QLabel>("inspectorPart")->isVisible());
    QVERIFY(child<QLabel>("inspectorPart")->text().startsWith(QLatin1String("Characters 1 to ")));
    text->viewport()->repaint();
    auto *model = qobject_cast<JsonTreeModel *>(child<QTreeView>("inspectorTree")->model());
    QCOMPARE(model->rowCount(model->index(0, 0)), rows);
    // Find goes through all of it: the last row, in the last part.
    const QString last = QStringLiteral("\"SYM%1\"").arg(rows - 1);
    QVERIFY(m_inspector->find(last));
    QCOMPARE(text->textCursor().selectedText(), last);
    QVERIFY(m_inspector->partStart() > 0);
    QVERIFY(child<QToolButton>("inspectorNextPart")->isEnabled() == false);
    // Previous goes back a part.
    const qsizetype lastPart = m_inspector->partStart();
    QTest::mouseClick(child<QToolButton>("inspectorPreviousPart"), Qt::LeftButton);
    QVERIFY(m_inspector->partStart() < lastPart);
    // A new message while one is being formatted: the late result is not shown over it.
    m_inspector->showEntry(textEntry(message));
    m_inspector->showEntry(textEntry(QStringLiteral("small")));
    QTRY_COMPARE_WITH_TIMEOUT(formatted.size(), 2, 30000);
    QTest::qWait(0);
    QCOMPARE(shownText(), QStringLiteral("small"));
}

void TestInspector::findsInsideTheMessage()
{
    m_inspector->showEntry(textEntry(QStringLiteral("{\"a\":\"ETH\",\"b\":[\"BTC\",\"ETH\"]}")));
    auto *text = child<QPlainTextEdit>("inspectorText");
    text->setFocus();
    QTest::keyClick(text, Qt::Key_F, Qt::ControlModifier);
    auto *find = child<QLineEdit>("inspectorFind");
    QTRY_VERIFY(find->isVisible());
    QVERIFY(find->hasFocus());
    QTest::keyClicks(find, QStringLiteral("ETH"));
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("ETH"));
    const int first = text->textCursor().position();
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(text->textCursor().position() > first);
    QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(text->textCursor().position(), first);
    QVERIFY(!m_inspector->find(QStringLiteral("DOGE")));
    QCOMPARE(child<QLabel>("inspectorFindResult")->text(), QStringLiteral("Not found"));
    QTest::keyClick(find, Qt::Key_Escape);
    QVERIFY(!find->isVisible());
}

void TestInspector::copiesTheMessageAndItsRecord()
{
    m_inspector->showEntry(textEntry(QStringLiteral("{\"x\":1}")));
    QTest::mouseClick(child<QToolButton>("inspectorCopy"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("{\"x\":1}"));
    QTest::mouseClick(child<QToolButton>("inspectorCopyJson"), Qt::LeftButton);
    const QJsonObject record
            = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(record.value(QStringLiteral("kind")).toString(), QStringLiteral("text"));
    QCOMPARE(record.value(QStringLiteral("text")).toString(), QStringLiteral("{\"x\":1}"));
    QCOMPARE(record.value(QStringLiteral("peer")).toString(), QStringLiteral("127.0.0.1:5000"));
    QCOMPARE(record.value(QStringLiteral("bytes")).toInt(), 7);
}

void TestInspector::opensFromTheLogAndRemembersItsSize()
{
    m_inspector.reset();
    LogModel model;
    model.setBatchInterval(0);
    auto panel = std::make_unique<LogPanel>(&model, nullptr);
    panel->setExportBaseName(QStringLiteral("test-log"));
    panel->resize(600, 500);
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    model.appendEntry(textEntry(QStringLiteral("first")));
    model.appendEntry(textEntry(QStringLiteral("{\"second\":2}")));
    MessageInspector *pane = panel->inspector();
    QVERIFY(pane->isHidden());

    // Selecting a line shows its message.
    LogView *view = panel->view();
    view->setCurrentIndex(view->model()->index(1, 0));
    QTRY_VERIFY(pane->isVisible());
    QVERIFY(pane->isJson());
    QCOMPARE(pane->entry().message, QStringLiteral("{\"second\":2}"));
    // Esc in the pane closes it; Enter on a line opens it with the keyboard in it.
    pane->findChild<QPlainTextEdit *>(QStringLiteral("inspectorText"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(pane->isHidden());
    QVERIFY(view->hasFocus());
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(pane->isVisible()); // a new line, shown again
    QTest::keyClick(panel->findChild<QToolButton *>(QStringLiteral("inspectorClose")),
                    Qt::Key_Space);
    QVERIFY(pane->isHidden());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(pane->isVisible());
    QCOMPARE(pane->entry().message, QStringLiteral("first"));
    QVERIFY(pane->isAncestorOf(QApplication::focusWidget()) || pane->hasFocus());

    // Its size as the user leaves it, in a panel of the same name later.
    auto *splitter = panel->findChild<QSplitter *>(QStringLiteral("logSplitter"));
    splitter->setSizes({ 100, 300 });
    Q_EMIT splitter->splitterMoved(100, 1);
    const QList<int> chosen = splitter->sizes();
    panel.reset();
    LogPanel again(&model, nullptr);
    again.setExportBaseName(QStringLiteral("test-log"));
    again.resize(600, 500);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.inspect(0);
    const QList<int> restored
            = again.findChild<QSplitter *>(QStringLiteral("logSplitter"))->sizes();
    QVERIFY2(std::abs(restored.at(1) - chosen.at(1)) <= 2,
             qPrintable(QStringLiteral("%1 %2").arg(restored.at(1)).arg(chosen.at(1))));
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
