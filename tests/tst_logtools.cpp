// The log's tools: the filter, export, copy, and the panel that holds them. Offscreen.
#include "logexport.h"
#include "logfilter.h"
#include "logmodel.h"
#include "logpanel.h"
#include "logview.h"
#include "problemline.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

#include <functional>

using Direction = LogEntry::Direction;

namespace {
const QDateTime fixedTime(QDate(2026, 11, 27), QTime(12, 34, 56, 789), QTimeZone(3600));

LogEntry entry(Direction direction, const QString &text, const QString &peer = {})
{
    return { fixedTime, direction, text, peer };
}

// A log with its batches shown at once.
struct Log
{
    LogModel model;
    LogFilterModel filter;
    Log()
    {
        model.setBatchInterval(0);
        filter.setSourceModel(&model);
    }
    void add(std::vector<LogEntry> entries) { model.append(std::move(entries)); }
    QStringList shown() const
    {
        QStringList texts;
        for (int row = 0; row < filter.rowCount(); ++row)
            texts.append(filter.index(row, 0).data(LogModel::TextRole).toString());
        return texts;
    }
};

void addSample(Log &log)
{
    log.add({ entry(Direction::Event, QStringLiteral("Listening on port 8888")),
              entry(Direction::In, QStringLiteral("127.0.0.1:5000 New message Hello World"),
                    QStringLiteral("127.0.0.1:5000")),
              entry(Direction::Out, QStringLiteral("127.0.0.1:5000 Sent HELLO WORLD"),
                    QStringLiteral("127.0.0.1:5000")),
              entry(Direction::In, QStringLiteral("new message from the other"),
                    QStringLiteral("[::1]:6000")),
              entry(Direction::Error, QStringLiteral("Handshake failed (a/b)")) });
}

QStringList lines(const QByteArray &data)
{
    QStringList result = QString::fromUtf8(data).split(QLatin1Char('\n'));
    if (result.last().isEmpty())
        result.removeLast();
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestLogTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void filtersByText();
    void filtersByRegularExpression_data();
    void filtersByRegularExpression();
    void invalidExpressionHidesNothingAndSaysWhy();
    void filtersByDirection();
    void filtersByPeer();
    void combinesTheCriteria();
    void filtersTenThousandEntries();
    void staysAConsistentModelWhileTheLogMoves();

    void exportsPlainText();
    void exportsJsonLines();
    void nothingMovesUnderTheMouse();
    void aNarrowPanelShowsTheMarksAlone();
    void exportsAllOrOnlyTheShownLines();
    void reportsAFileThatCannotBeWritten();
    void formatsTheClipboardText();

    void panelHasItsControls();
    void panelFiltersAsYouType();
    void panelTogglesDirections();
    void panelShowsAnInvalidExpression();
    void panelShowsAndClearsThePeer();
    void ctrlFFocusesTheFilterAndEscEmptiesIt();
    void tabGoesThroughThePanelInOrder();
    void copiesTheSelectedLinesInOrder();
    void followsTheTailThroughTheFilter();
    void exportButtonWritesTheChosenFile();
    void exportButtonShowsAFailure();
};

void TestLogTools::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestLogTools::filtersByText()
{
    Log log;
    QAbstractItemModelTester tester(&log.filter);
    addSample(log);
    QCOMPARE(log.filter.rowCount(), 5);
    QVERIFY(!log.filter.isFiltering());

    log.filter.setFilterText(QStringLiteral("hello world"));
    QCOMPARE(log.shown(),
             QStringList({ QStringLiteral("127.0.0.1:5000 New message Hello World"),
                           QStringLiteral("127.0.0.1:5000 Sent HELLO WORLD") }));
    QVERIFY(log.filter.isFiltering());
    QCOMPARE(log.filter.filterText(), QStringLiteral("hello world"));

    // The peer counts too, even when the text does not name it.
    log.filter.setFilterText(QStringLiteral("[::1]"));
    QCOMPARE(log.shown(), QStringList({ QStringLiteral("new message from the other") }));

    // Plain text is plain: no pattern characters.
    log.filter.setFilterText(QStringLiteral("(a/b)"));
    QCOMPARE(log.shown(), QStringList({ QStringLiteral("Handshake failed (a/b)") }));
    log.filter.setFilterText(QStringLiteral("no such thing"));
    QCOMPARE(log.filter.rowCount(), 0);

    log.filter.setFilterText({});
    QCOMPARE(log.filter.rowCount(), 5);
    QVERIFY(!log.filter.isFiltering());
}

void TestLogTools::filtersByRegularExpression_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    const QString hello = QStringLiteral("127.0.0.1:5000 New message Hello World");
    const QString sent = QStringLiteral("127.0.0.1:5000 Sent HELLO WORLD");
    const QString other = QStringLiteral("new message from the other");
    const QString listening = QStringLiteral("Listening on port 8888");
    const QString failed = QStringLiteral("Handshake failed (a/b)");
    QTest::newRow("open") << QStringLiteral("/Hel+o") << QStringList { hello };
    QTest::newRow("closed") << QStringLiteral("/Hel+o/") << QStringList { hello };
    QTest::newRow("case sensitive") << QStringLiteral("/HELLO") << QStringList { sent };
    QTest::newRow("i ignores case") << QStringLiteral("/hello/i") << QStringList { hello, sent };
    QTest::newRow("anchors") << QStringLiteral("/^new") << QStringList { other };
    QTest::newRow("digits") << QStringLiteral("/port \\d{4}$/") << QStringList { listening };
    // The peers end in digits too.
    QTest::newRow("digits in peers")
            << QStringLiteral("/\\d{4}$/") << QStringList { listening, hello, sent, other };
    QTest::newRow("slash inside") << QStringLiteral("/a/b") << QStringList { failed };
    QTest::newRow("peer") << QStringLiteral("/^\\[::1\\]") << QStringList { other };
    QTest::newRow("alternatives") << QStringLiteral("/Sent|failed/")
                                  << QStringList { sent, failed };
    QTest::newRow("empty shows all")
            << QStringLiteral("/") << QStringList { listening, hello, sent, other, failed };
    QTest::newRow("empty closed shows all")
            << QStringLiteral("//") << QStringList { listening, hello, sent, other, failed };
    QTest::newRow("no match") << QStringLiteral("/^Sent") << QStringList {};
}

void TestLogTools::filtersByRegularExpression()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    Log log;
    QAbstractItemModelTester tester(&log.filter);
    addSample(log);
    QSignalSpy errors(&log.filter, &LogFilterModel::filterErrorChanged);
    log.filter.setFilterText(filter);
    QCOMPARE(log.shown(), expected);
    QVERIFY(log.filter.filterError().isEmpty());
    QCOMPARE(errors.size(), 0);
}

void TestLogTools::invalidExpressionHidesNothingAndSaysWhy()
{
    Log log;
    QAbstractItemModelTester tester(&log.filter);
    addSample(log);
    QSignalSpy errors(&log.filter, &LogFilterModel::filterErrorChanged);
    log.filter.setFilterText(QStringLiteral("/Hello"));
    QCOMPARE(log.filter.rowCount(), 1);

    log.filter.setFilterText(QStringLiteral("/Hello("));
    QCOMPARE(log.filter.rowCount(), 5);
    QVERIFY(!log.filter.isFiltering());
    QVERIFY2(log.filter.filterError().startsWith(QStringLiteral("Invalid regular expression: ")),
             qPrintable(log.filter.filterError()));
    QVERIFY(log.filter.filterError().contains(QStringLiteral("position 6")));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).at(0).toString(), log.filter.filterError());

    // Still invalid, another error: one more signal; valid again: the error goes.
    log.filter.setFilterText(QStringLiteral("/[Hello"));
    QCOMPARE(errors.size(), 2);
    log.filter.setFilterText(QStringLiteral("/[Hh]ello/"));
    QCOMPARE(log.filter.rowCount(), 1);
    QVERIFY(log.filter.filterError().isEmpty());
    QCOMPARE(errors.size(), 3);
    QVERIFY(errors.at(2).at(0).toString().isEmpty());
}

void TestLogTools::filtersByDirection()
{
    Log log;
    QAbstractItemModelTester tester(&log.filter);
    addSample(log);
    QSignalSpy changed(&log.filter, &LogFilterModel::filterChanged);
    log.filter.setDirectionShown(Direction::In, false);
    QCOMPARE(log.filter.rowCount(), 3);
    QVERIFY(!log.filter.isDirectionShown(Direction::In));
    QVERIFY(log.filter.isFiltering());
    log.filter.setDirectionShown(Direction::Out, false);
    log.filter.setDirectionShown(Direction::Event, false);
    QCOMPARE(log.shown(), QStringList({ QStringLiteral("Handshake failed (a/b)") }));
    log.filter.setDirectionShown(Direction::Error, false);
    QCOMPARE(log.filter.rowCount(), 0);
    log.filter.setDirectionShown(Direction::Error, false); // no change, no signal
    QCOMPARE(changed.size(), 4);
    for (Direction direction :
         { Direction::In, Direction::Out, Direction::Event, Direction::Error })
        log.filter.setDirectionShown(direction, true);
    QCOMPARE(log.filter.rowCount(), 5);
    QVERIFY(!log.filter.isFiltering());
}

void TestLogTools::filtersByPeer()
{
    Log log;
    QAbstractItemModelTester tester(&log.filter);
    addSample(log);
    QSignalSpy peers(&log.filter, &LogFilterModel::peerChanged);
    log.filter.setPeer(QStringLiteral("127.0.0.1:5000"));
    QCOMPARE(log.filter.rowCount(), 2);
    QCOMPARE(log.filter.entry(1).text, QStringLiteral("127.0.0.1:5000 Sent HELLO WORLD"));
    QVERIFY(log.filter.isFiltering());
    // Equal, not contained.
    log.filter.setPeer(QStringLiteral("127.0.0.1"));
    QCOMPARE(log.filter.rowCount(), 0);
    log.filter.setPeer(QStringLiteral("[::1]:6000"));
    QCOMPARE(log.shown(), QStringList({ QStringLiteral("new message from the other") }));
    // New lines about the chosen peer show up, the others do not.
    log.add({ entry(Direction::Out, QStringLiteral("reply"), QStringLiteral("[::1]:6000")),
              entry(Direction::Out, QStringLiteral("elsewhere"), QStringLiteral("10.0.0.2:1")) });
    QCOMPARE(log.filter.rowCount(), 2);
    log.filter.setPeer({});
    QCOMPARE(log.filter.rowCount(), 7);
    QCOMPARE(peers.size(), 4);
    QCOMPARE(peers.last().at(0).toString(), QString());
}

void TestLogTools::combinesTheCriteria()
{
    Log log;
    QAbstractItemModelTester tester(&log.filter);
    addSample(log);
    log.filter.setPeer(QStringLiteral("127.0.0.1:5000"));
    log.filter.setFilterText(QStringLiteral("/hello/i"));
    QCOMPARE(log.filter.rowCount(), 2);
    log.filter.setDirectionShown(Direction::Out, false);
    QCOMPARE(log.shown(),
             QStringList({ QStringLiteral("127.0.0.1:5000 New message Hello World") }));
    log.filter.setFilterText(QStringLiteral("sent"));
    QCOMPARE(log.filter.rowCount(), 0);
    log.filter.setDirectionShown(Direction::Out, true);
    QCOMPARE(log.shown(), QStringList({ QStringLiteral("127.0.0.1:5000 Sent HELLO WORLD") }));
}

void TestLogTools::filtersTenThousandEntries()
{
    Log log;
    std::vector<LogEntry> entries;
    const Direction directions[]
            = { Direction::In, Direction::Out, Direction::Event, Direction::Error };
    for (int i = 0; i < LogModel::defaultCap; ++i) {
        entries.push_back(entry(directions[i % 4], QStringLiteral("message %1").arg(i),
                                QStringLiteral("peer%1").arg(i % 7)));
    }
    log.add(entries);
    QCOMPARE(log.filter.rowCount(), 10000);

    const auto count = [&](const std::function<bool(const LogEntry &)> &accept) {
        return int(std::count_if(entries.begin(), entries.end(), accept));
    };
    log.filter.setFilterText(QStringLiteral("message 1"));
    QCOMPARE(log.filter.rowCount(),
             count([](const LogEntry &e) { return e.text.contains(QStringLiteral("message 1")); }));
    log.filter.setFilterText(QStringLiteral("/7$/"));
    QCOMPARE(log.filter.rowCount(), 1000);
    log.filter.setDirectionShown(Direction::Out, false);
    QCOMPARE(log.filter.rowCount(), count([](const LogEntry &e) {
                 return e.text.endsWith(QLatin1Char('7')) && e.direction != Direction::Out;
             }));
    log.filter.setPeer(QStringLiteral("peer3"));
    const int expected = count([](const LogEntry &e) {
        return e.text.endsWith(QLatin1Char('7')) && e.direction != Direction::Out
                && e.peer == QStringLiteral("peer3");
    });
    QVERIFY(expected > 50);
    QCOMPARE(log.filter.rowCount(), expected);
    for (int row = 0; row < log.filter.rowCount(); ++row) {
        const LogEntry &e = log.filter.entry(row);
        QVERIFY(e.text.endsWith(QLatin1Char('7')));
        QCOMPARE(e.peer, QStringLiteral("peer3"));
    }
    // The peer matches the text filter too: every entry of peer3 has it.
    log.filter.setDirectionShown(Direction::Out, true);
    log.filter.setFilterText(QStringLiteral("PEER3"));
    QCOMPARE(log.filter.rowCount(),
             count([](const LogEntry &e) { return e.peer == QStringLiteral("peer3"); }));
}

void TestLogTools::staysAConsistentModelWhileTheLogMoves()
{
    Log log;
    QAbstractItemModelTester tester(&log.filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.model.setCap(50);
    log.filter.setFilterText(QStringLiteral("/[02468]$/"));
    for (int i = 0; i < 120; ++i)
        log.model.append(i % 3 ? Direction::In : Direction::Out, QString::number(i));
    // The cap keeps 70..119, the filter the even ones.
    QCOMPARE(log.filter.rowCount(), 25);
    QCOMPARE(log.filter.entry(0).text, QStringLiteral("70"));

    // Batched: several entries in one insertion, dropping the oldest on the way.
    log.model.setBatchInterval(10);
    std::vector<LogEntry> batch;
    for (int i = 120; i < 160; ++i)
        batch.push_back(entry(Direction::Event, QString::number(i), QStringLiteral("p")));
    log.model.append(batch);
    log.filter.setPeer(QStringLiteral("p"));
    QCOMPARE(log.filter.rowCount(), 0); // not shown yet
    QTRY_COMPARE(log.filter.rowCount(), 20);
    log.filter.setDirectionShown(Direction::Event, false);
    QCOMPARE(log.filter.rowCount(), 0);
    log.filter.setPeer({});
    log.filter.setDirectionShown(Direction::Event, true);
    log.filter.setFilterText(QStringLiteral("/[/")); // invalid: everything
    QCOMPARE(log.filter.rowCount(), 50);
    QCOMPARE(log.filter.entry(0).text, QStringLiteral("110"));
    log.model.setCap(10);
    QCOMPARE(log.filter.rowCount(), 10);
    log.model.clear();
    QCOMPARE(log.filter.rowCount(), 0);
}

void TestLogTools::exportsPlainText()
{
    const QList<LogEntry> entries = {
        entry(Direction::In, QStringLiteral("127.0.0.1:5000 New message hi"),
              QStringLiteral("127.0.0.1:5000")),
        entry(Direction::Out, QStringLiteral("reply"), QStringLiteral("[::1]:6000")),
        entry(Direction::Event, QStringLiteral("first line\nsecond line\r\nthird\n")),
        entry(Direction::Error, QStringLiteral("Connection refused")),
    };
    QCOMPARE(LogExport::plainText(entries.at(0)),
             QStringLiteral("12:34:56.789  ←  127.0.0.1:5000 New message hi"));
    QCOMPARE(LogExport::plainText(entries.at(1)),
             QStringLiteral("12:34:56.789  →  [[::1]:6000]  reply"));
    QCOMPARE(LogExport::plainText(entries.at(2)),
             QStringLiteral("12:34:56.789  •  first line\n"
                            "                 second line\n"
                            "                 third"));
    // What a peer sent reaches the file without a terminal sequence or a reordering in it.
    QCOMPARE(LogExport::plainText(
                     entry(Direction::In, QString::fromUtf16(u"a\u001b]0;t\u0007b\u202ec"))),
             QStringLiteral("12:34:56.789  ←  a\\x1b]0;t\\x07b\\u202ec"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    QString error;
    QVERIFY(LogExport::write(path, entries, LogExport::Format::PlainText, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(lines(readAll(path)),
             QStringList({ QStringLiteral("12:34:56.789  ←  127.0.0.1:5000 New message hi"),
                           QStringLiteral("12:34:56.789  →  [[::1]:6000]  reply"),
                           QStringLiteral("12:34:56.789  •  first line"),
                           QStringLiteral("                 second line"),
                           QStringLiteral("                 third"),
                           QStringLiteral("12:34:56.789  !  Connection refused") }));
    QVERIFY(readAll(path).endsWith('\n'));
    QCOMPARE(LogExport::formatForFileName(QStringLiteral("/x/a.JSONL")),
             LogExport::Format::JsonLines);
    QCOMPARE(LogExport::formatForFileName(QStringLiteral("/x/a.txt")),
             LogExport::Format::PlainText);
}

void TestLogTools::exportsJsonLines()
{
    const QString tricky
            = QStringLiteral("quote \" backslash \\ tab \t newline \n bell \x07 ü → 😀");
    const QDateTime utc(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone::utc());
    const QDateTime time = entry(Direction::In, {}).time;
    LogEntry text = LogEntry::forText(time, Direction::Out,
                                      QStringLiteral("127.0.0.1:35780 Sent HELLO THERE!"),
                                      QStringLiteral("HELLO THERE!"));
    text.peer = QStringLiteral("127.0.0.1:35780");
    const QByteArray bytes("\xde\xad\xbe\xef\x48\x69", 6);
    const QList<LogEntry> entries = {
        LogEntry::forText(time, Direction::In, QStringLiteral("127.0.0.1:5000 New message hi"),
                          QStringLiteral("hi")),
        LogEntry::forText(utc, Direction::Out, QStringLiteral("Message is sent: ") + tricky,
                          tricky),
        entry(Direction::Event, QStringLiteral("e")),
        entry(Direction::Error, QStringLiteral("x")),
        text,
        LogEntry::forBinary(time, Direction::In, QStringLiteral("Binary message is received"),
                            bytes),
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    QString error;
    QVERIFY2(LogExport::write(path, entries, LogExport::Format::JsonLines, &error),
             qPrintable(error));
    const QByteArray data = readAll(path);
    QVERIFY(data.endsWith('\n'));
    const QList<QByteArray> rows = data.chopped(1).split('\n');
    QCOMPARE(rows.size(), entries.size());
    QList<QJsonObject> objects;
    for (int i = 0; i < rows.size(); ++i) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(rows.at(i), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(parseError.errorString() + QLatin1Char(' ')
                            + QString::fromUtf8(rows.at(i))));
        objects.append(document.object());
        const QDateTime when = QDateTime::fromString(
                objects.last().value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        QCOMPARE(when.toMSecsSinceEpoch(), entries.at(i).time.toMSecsSinceEpoch());
        QCOMPARE(objects.last().value(QStringLiteral("peer")).toString(), entries.at(i).peer);
    }
    auto field = [&](int row, const char *name) {
        return objects.at(row).value(QLatin1String(name)).toVariant();
    };
    // The data, not the line shown: the message alone, its kind and size.
    QCOMPARE(field(0, "direction").toString(), QStringLiteral("in"));
    QCOMPARE(field(0, "kind").toString(), QStringLiteral("text"));
    QCOMPARE(field(0, "text").toString(), QStringLiteral("hi"));
    QCOMPARE(field(0, "bytes").toInt(), 2);
    QCOMPARE(field(1, "text").toString(), tricky);
    QCOMPARE(field(1, "bytes").toLongLong(), qint64(tricky.toUtf8().size()));
    QCOMPARE(field(2, "kind").toString(), QStringLiteral("event"));
    QCOMPARE(field(2, "text").toString(), QStringLiteral("e"));
    QVERIFY(!objects.at(2).contains(QStringLiteral("bytes")));
    QCOMPARE(field(3, "kind").toString(), QStringLiteral("error"));
    QCOMPARE(field(4, "text").toString(), QStringLiteral("HELLO THERE!"));
    QCOMPARE(field(4, "peer").toString(), QStringLiteral("127.0.0.1:35780"));
    QCOMPARE(field(5, "kind").toString(), QStringLiteral("binary"));
    QCOMPARE(QByteArray::fromBase64(field(5, "base64").toString().toLatin1()), bytes);
    QCOMPARE(field(5, "bytes").toInt(), 6);
    QVERIFY(!objects.at(5).contains(QStringLiteral("text")));
    for (const QJsonObject &object : std::as_const(objects))
        QVERIFY(!object.contains(QStringLiteral("truncated")));

    QVERIFY(rows.at(0).startsWith(
            "{\"time\":\"2026-11-27T12:34:56.789+01:00\",\"direction\":\"in\","
            "\"peer\":\"\",\"kind\":\"text\",\"text\":\"hi\",\"bytes\":2}"));
    QVERIFY(rows.at(1).startsWith("{\"time\":\"2026-01-02T03:04:05.006+00:00\""));
    QVERIFY(rows.at(1).contains("\\u0007"));

    // Past its budget a log keeps only the start of its oldest messages, and the export says
    // so; the newest stay whole.
    LogModel model;
    model.setBatchInterval(0);
    model.setPayloadBudget(100 * 1024);
    const QString longText(40 * 1024, QLatin1Char('a')); // 80 KiB in memory
    model.appendEntry(LogEntry::forText(time, Direction::In, longText, longText));
    model.appendEntry(LogEntry::forText(time, Direction::In, longText, longText));
    QCOMPARE(model.payloadBytes(), 2 * qint64(LogModel::maxTextLength) + 2 * longText.size());
    const QJsonObject cut = QJsonDocument::fromJson(LogExport::jsonLine(model.entry(0))).object();
    QCOMPARE(cut.value(QStringLiteral("text")).toString().size(), LogModel::maxTextLength);
    QCOMPARE(cut.value(QStringLiteral("bytes")).toInteger(), longText.size());
    QCOMPARE(cut.value(QStringLiteral("truncated")).toBool(), true);
    const QJsonObject whole = QJsonDocument::fromJson(LogExport::jsonLine(model.entry(1))).object();
    QCOMPARE(whole.value(QStringLiteral("text")).toString(), longText);
    QVERIFY(!whole.contains(QStringLiteral("truncated")));
    model.clear();
    QCOMPARE(model.payloadBytes(), 0);

    // A bare name gets the format's extension; one with an extension keeps it.
    QCOMPARE(LogExport::withSuffix(QStringLiteral("/x/log"), LogExport::Format::JsonLines),
             QStringLiteral("/x/log.jsonl"));
    QCOMPARE(LogExport::withSuffix(QStringLiteral("/x/log"), LogExport::Format::PlainText),
             QStringLiteral("/x/log.txt"));
    QCOMPARE(LogExport::withSuffix(QStringLiteral("/x.d/log.json"), LogExport::Format::PlainText),
             QStringLiteral("/x.d/log.json"));
}

void TestLogTools::exportsAllOrOnlyTheShownLines()
{
    LogModel model;
    model.setBatchInterval(0);
    LogPanel panel(&model, nullptr);
    model.append({ entry(Direction::In, QStringLiteral("keep one")),
                   entry(Direction::Out, QStringLiteral("drop")),
                   entry(Direction::Event, QStringLiteral("keep two")) });
    // Still waiting for its batch, but exported all the same.
    model.setBatchInterval(1000);
    model.append(Direction::Error, QStringLiteral("keep three"));
    panel.filter()->setFilterText(QStringLiteral("keep"));

    QTemporaryDir dir;
    const QString all = dir.filePath(QStringLiteral("all.jsonl"));
    const QString shown = dir.filePath(QStringLiteral("shown.txt"));
    QVERIFY(panel.exportTo(all, LogExport::Format::JsonLines, false));
    QVERIFY(panel.exportTo(shown, LogExport::Format::PlainText, true));
    QCOMPARE(lines(readAll(all)).size(), 4);
    QVERIFY(lines(readAll(all)).at(1).contains(QStringLiteral("\"text\":\"drop\"")));
    const QStringList shownLines = lines(readAll(shown));
    QCOMPARE(shownLines.size(), 3);
    QVERIFY(shownLines.at(0).endsWith(QStringLiteral("←  keep one")));
    QVERIFY(shownLines.at(1).endsWith(QStringLiteral("•  keep two")));
    QVERIFY(shownLines.at(2).endsWith(QStringLiteral("!  keep three")));

    // Writing again replaces the file.
    panel.filter()->setFilterText(QStringLiteral("two"));
    QVERIFY(panel.exportTo(shown, LogExport::Format::PlainText, true));
    QCOMPARE(lines(readAll(shown)).size(), 1);
}

void TestLogTools::reportsAFileThatCannotBeWritten()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a-file"));
    QVERIFY(LogExport::write(file, { entry(Direction::In, QStringLiteral("x")) },
                             LogExport::Format::PlainText));
    const QList<LogEntry> entries = { entry(Direction::In, QStringLiteral("x")) };

    // A regular file taken for a folder (chmod would not stop root).
    const QString underFile = file + QStringLiteral("/log.txt");
    QString error;
    QVERIFY(!LogExport::write(underFile, entries, LogExport::Format::PlainText, &error));
    QVERIFY2(
            error.startsWith(QStringLiteral("Could not write ") + underFile + QStringLiteral(": ")),
            qPrintable(error));
    QVERIFY2(error.size() > QStringLiteral("Could not write : ").size() + underFile.size(),
             qPrintable(error)); // a reason follows
    QVERIFY(!QFile::exists(underFile));

    const QString missing = dir.filePath(QStringLiteral("no/such/folder/log.jsonl"));
    error.clear();
    QVERIFY(!LogExport::write(missing, entries, LogExport::Format::JsonLines, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Could not write ") + missing + QStringLiteral(": ")),
             qPrintable(error));

    error.clear();
    QVERIFY(!LogExport::write(dir.path(), entries, LogExport::Format::PlainText, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Could not write ") + dir.path()), qPrintable(error));
    QVERIFY(QFileInfo(dir.path()).isDir());

    // Through the panel as well.
    LogModel model;
    LogPanel panel(&model, nullptr);
    error.clear();
    QVERIFY(!panel.exportTo(underFile, LogExport::Format::PlainText, false, &error));
    QVERIFY(error.startsWith(QStringLiteral("Could not write ")));
}

void TestLogTools::formatsTheClipboardText()
{
    QCOMPARE(LogExport::clipboardText({ entry(Direction::In, QStringLiteral("a")),
                                        entry(Direction::Out, QStringLiteral("b\nc")) }),
             QStringLiteral("12:34:56.789  ←  a\n12:34:56.789  →  b\n                 c"));
    QCOMPARE(LogExport::clipboardText({}), QString());
}

void TestLogTools::panelHasItsControls()
{
    LogModel model;
    LogPanel panel(&model, nullptr);
    QCOMPARE(panel.model(), &model);
    QCOMPARE(panel.view()->model(), panel.filter());
    QCOMPARE(panel.filter()->sourceModel(), &model);
    auto *filter = panel.findChild<QLineEdit *>(QStringLiteral("logFilter"));
    QVERIFY(filter);
    QCOMPARE(filter, panel.filterEdit());
    QCOMPARE(filter->placeholderText(), QStringLiteral("Filter (text, or /regular expression/)"));
    QVERIFY(!filter->accessibleName().isEmpty());
    QVERIFY(!filter->toolTip().isEmpty());
    for (const char *name : { "showIn", "showOut", "showEvents", "showErrors", "exportButton" }) {
        auto *button = panel.findChild<QToolButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->text().isEmpty(), name);
        QVERIFY2(!button->toolTip().isEmpty(), name);
        QVERIFY2(!button->accessibleName().isEmpty(), name);
    }
    QVERIFY(panel.findChild<QToolButton *>(QStringLiteral("showIn"))->isChecked());
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("filterError")));
    QVERIFY(panel.exportOnlyShownAction()->isChecked());
    QVERIFY(!panel.exportOnlyShownAction()->isEnabled()); // nothing hidden yet
    QVERIFY(panel.view()->actions().contains(panel.copyAction()));
    QCOMPARE(panel.copyAction()->shortcut(), QKeySequence(QKeySequence::Copy));
}

void TestLogTools::panelFiltersAsYouType()
{
    LogModel model;
    model.setBatchInterval(0);
    LogPanel panel(&model, nullptr);
    Log sample;
    addSample(sample);
    const QList<LogEntry> entries = LogExport::allEntries(sample.model);
    model.append(std::vector<LogEntry>(entries.begin(), entries.end()));
    auto *filter = panel.filterEdit();
    QAbstractItemModel *shown = panel.view()->model();
    QCOMPARE(shown->rowCount(), 5);
    auto *count = panel.findChild<QLabel *>(QStringLiteral("shownCount"));
    QVERIFY(count->text().isEmpty()); // its room is kept (nothingMovesUnderTheMouse)
    QTest::keyClicks(filter, QStringLiteral("hello"));
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(count->text(), QStringLiteral("2 of 5"));
    QVERIFY(panel.exportOnlyShownAction()->isEnabled());
    QTest::keyClicks(filter, QStringLiteral(" world"));
    QCOMPARE(shown->rowCount(), 2);
    filter->setText(QStringLiteral("/^127"));
    QCOMPARE(shown->rowCount(), 2);
    // Lines that come while filtering are filtered too, and counted.
    model.append(Direction::In, QStringLiteral("127.0.0.1:5000 New message again"));
    model.append(Direction::In, QStringLiteral("not this one"));
    QCOMPARE(shown->rowCount(), 3);
    QCOMPARE(count->text(), QStringLiteral("3 of 7"));
    filter->clear();
    QCOMPARE(shown->rowCount(), 7);
    QVERIFY(count->text().isEmpty());
}

void TestLogTools::panelTogglesDirections()
{
    LogModel model;
    model.setBatchInterval(0);
    LogPanel panel(&model, nullptr);
    model.append({ entry(Direction::In, QStringLiteral("in")),
                   entry(Direction::Out, QStringLiteral("out")),
                   entry(Direction::Event, QStringLiteral("event")),
                   entry(Direction::Error, QStringLiteral("error")) });
    QAbstractItemModel *shown = panel.view()->model();
    const char *names[] = { "showIn", "showOut", "showEvents", "showErrors" };
    int expected = 4;
    for (const char *name : names) {
        auto *button = panel.findChild<QToolButton *>(QLatin1String(name));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isChecked());
        QCOMPARE(shown->rowCount(), --expected);
    }
    auto *events = panel.findChild<QToolButton *>(QStringLiteral("showEvents"));
    QTest::mouseClick(events, Qt::LeftButton);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(LogModel::TextRole).toString(), QStringLiteral("event"));
    QVERIFY(panel.filter()->isDirectionShown(Direction::Event));
    QVERIFY(!panel.filter()->isDirectionShown(Direction::In));
}

void TestLogTools::panelShowsAnInvalidExpression()
{
    LogModel model;
    model.setBatchInterval(0);
    LogPanel panel(&model, nullptr);
    model.append(Direction::In, QStringLiteral("a"));
    model.append(Direction::In, QStringLiteral("b"));
    auto *error = panel.findChild<ProblemLine *>(QStringLiteral("filterError"));
    QVERIFY(error->isHidden());
    panel.filterEdit()->setText(QStringLiteral("/(a"));
    QVERIFY(!error->isHidden());
    QVERIFY(error->problem().startsWith(QStringLiteral("Invalid regular expression: ")));
    QCOMPARE(panel.view()->model()->rowCount(), 2);
    QTest::keyClick(panel.filterEdit(), Qt::Key_Right); // cursor at the end
    QTest::keyClicks(panel.filterEdit(), QStringLiteral(")"));
    QVERIFY(error->isHidden());
    QCOMPARE(panel.view()->model()->rowCount(), 1);
}

void TestLogTools::panelShowsAndClearsThePeer()
{
    LogModel model;
    model.setBatchInterval(0);
    LogPanel panel(&model, nullptr);
    model.append({ entry(Direction::In, QStringLiteral("a"), QStringLiteral("1.2.3.4:5")),
                   entry(Direction::In, QStringLiteral("b"), QStringLiteral("1.2.3.4:6")) });
    auto *peer = panel.findChild<QToolButton *>(QStringLiteral("peerFilter"));
    QVERIFY(peer->isHidden());
    panel.filter()->setPeer(QStringLiteral("1.2.3.4:6"));
    QVERIFY(!peer->isHidden());
    QVERIFY(peer->text().contains(QStringLiteral("1.2.3.4:6")));
    QCOMPARE(panel.view()->model()->rowCount(), 1);
    QTest::mouseClick(peer, Qt::LeftButton);
    QVERIFY(panel.filter()->peer().isEmpty());
    QVERIFY(peer->isHidden());
    QCOMPARE(panel.view()->model()->rowCount(), 2);
}

void TestLogTools::ctrlFFocusesTheFilterAndEscEmptiesIt()
{
    QWidget window;
    LogModel model;
    auto *panel = new LogPanel(&model, &window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(panel);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    panel->view()->setFocus();
    QTRY_VERIFY(panel->view()->hasFocus());

    QTest::keySequence(panel->view(), QKeySequence::Find);
    QTRY_VERIFY(panel->filterEdit()->hasFocus());

    QTest::keyClicks(panel->filterEdit(), QStringLiteral("abc"));
    QCOMPARE(panel->filter()->filterText(), QStringLiteral("abc"));
    QTest::keyClick(panel->filterEdit(), Qt::Key_Escape);
    QVERIFY(panel->filterEdit()->text().isEmpty());
    QVERIFY(panel->filter()->filterText().isEmpty());
    QVERIFY(panel->filterEdit()->hasFocus());
}

void TestLogTools::tabGoesThroughThePanelInOrder()
{
    // As a panel embeds it: setTabOrder(before, panel), setTabOrder(panel, after), with the
    // widgets made in another order.
    QWidget window;
    auto *after = new QPushButton(QStringLiteral("after"), &window);
    after->setObjectName(QStringLiteral("after"));
    LogModel model;
    auto *panel = new LogPanel(&model, &window);
    auto *before = new QLineEdit(&window);
    before->setObjectName(QStringLiteral("before"));
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(before);
    layout->addWidget(panel);
    layout->addWidget(after);
    QWidget::setTabOrder(before, panel);
    QWidget::setTabOrder(panel, after);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    before->setFocus();
    QTRY_VERIFY(before->hasFocus());

    QStringList visited;
    for (int i = 0; i < 9; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(visited,
             QStringList({ QStringLiteral("logFilter"), QStringLiteral("showIn"),
                           QStringLiteral("showOut"), QStringLiteral("showEvents"),
                           QStringLiteral("showErrors"), QStringLiteral("exportButton"),
                           QStringLiteral("logView"), QStringLiteral("after"),
                           QStringLiteral("before") }));
    // Focusing the panel focuses its filter, the first of its chain.
    before->setFocus();
    panel->setFocus();
    QTRY_VERIFY(panel->filterEdit()->hasFocus());
}

void TestLogTools::copiesTheSelectedLinesInOrder()
{
    QWidget window;
    LogModel model;
    model.setBatchInterval(0);
    auto *panel = new LogPanel(&model, &window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(panel);
    model.append({ entry(Direction::In, QStringLiteral("zero")),
                   entry(Direction::Out, QStringLiteral("one")),
                   entry(Direction::Event, QStringLiteral("two")),
                   entry(Direction::Out, QStringLiteral("three")) });
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    LogView *view = panel->view();
    QVERIFY(!panel->copyAction()->isEnabled());

    // Hide "one": the rows are the view's, the lines the log's.
    panel->filter()->setDirectionShown(Direction::Event, false);
    QCOMPARE(view->model()->rowCount(), 3); // zero one three
    view->selectionModel()->select(view->model()->index(2, 0), QItemSelectionModel::Select);
    view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select);
    QVERIFY(panel->copyAction()->isEnabled());
    QCOMPARE(panel->selectedEntries().size(), 2);
    QCOMPARE(panel->selectedEntries().at(1).text, QStringLiteral("three"));

    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keySequence(view, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("12:34:56.789  ←  zero\n12:34:56.789  →  three"));

    QGuiApplication::clipboard()->clear();
    view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select);
    panel->copyAction()->trigger(); // as from the context menu
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("12:34:56.789  ←  zero\n12:34:56.789  →  one\n"
                            "12:34:56.789  →  three"));
    QVERIFY(view->actions().contains(panel->copyAction()));
    QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
}

void TestLogTools::followsTheTailThroughTheFilter()
{
    LogModel model;
    model.setBatchInterval(0);
    LogPanel panel(&model, nullptr);
    panel.resize(400, 200);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.filterEdit()->setText(QStringLiteral("keep"));
    QScrollBar *bar = panel.view()->verticalScrollBar();
    for (int i = 0; i < 200; ++i) {
        model.append(Direction::In, QStringLiteral("keep %1").arg(i));
        model.append(Direction::In, QStringLiteral("hidden %1").arg(i));
    }
    QCOMPARE(panel.view()->model()->rowCount(), 200);
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // Scrolled up to read: the place is kept.
    bar->setValue(0);
    model.append(Direction::In, QStringLiteral("keep more"));
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), 0);
    QVERIFY(!panel.view()->followsTail());

    // Back at the bottom: followed again.
    bar->setValue(bar->maximum());
    model.append(Direction::In, QStringLiteral("keep again"));
    QVERIFY(panel.view()->followsTail());
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void TestLogTools::exportButtonWritesTheChosenFile()
{
    LogModel model;
    model.setBatchInterval(0);
    LogPanel panel(&model, nullptr);
    panel.show();
    model.append({ entry(Direction::In, QStringLiteral("shown")),
                   entry(Direction::Out, QStringLiteral("hidden")) });
    panel.filterEdit()->setText(QStringLiteral("shown"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chosen.jsonl"));
    QString title;
    QTimer::singleShot(0, &panel, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        title = dialog->windowTitle();
        QVERIFY(dialog->nameFilters().contains(QStringLiteral("Text (*.txt)")));
        QVERIFY(dialog->nameFilters().contains(QStringLiteral("JSON Lines (*.jsonl)")));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::mouseClick(panel.findChild<QToolButton *>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    QCOMPARE(title, QStringLiteral("Export the Shown Lines"));
    const QStringList written = lines(readAll(path));
    QCOMPARE(written.size(), 1); // only the shown line, as JSON by the name
    QCOMPARE(QJsonDocument::fromJson(written.at(0).toUtf8())
                     .object()
                     .value(QStringLiteral("text"))
                     .toString(),
             QStringLiteral("shown"));

    // Unchecked: all lines.
    panel.exportOnlyShownAction()->setChecked(false);
    const QString all = dir.filePath(QStringLiteral("all.txt"));
    QTimer::singleShot(0, &panel, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        title = dialog->windowTitle();
        dialog->selectFile(all);
        static_cast<QDialog *>(dialog)->accept();
    });
    panel.exportWithDialog();
    QCOMPARE(title, QStringLiteral("Export the Log"));
    QCOMPARE(lines(readAll(all)).size(), 2);
    QVERIFY(lines(readAll(all)).at(1).endsWith(QStringLiteral("→  hidden")));
}

// A file that cannot be written is said in a message box. The next Export… opens where writing
// last worked, not in the folder that just failed (issue 16, item 4: under /proc the dialog
// itself hung), and a bare name gets the chosen format's extension (item 10).
void TestLogTools::exportButtonShowsAFailure()
{
    LogModel model;
    model.setBatchInterval(0);
    LogPanel panel(&model, nullptr);
    panel.show();
    model.append(Direction::In, QStringLiteral("x"));
    QTemporaryDir dir;
    const QString good = QFileInfo(dir.path()).canonicalFilePath();
    const QString file = dir.filePath(QStringLiteral("a-file"));
    QVERIFY(LogExport::write(file, {}, LogExport::Format::PlainText));

    // One round: the folder the dialog opens in, the name chosen there, and any warning.
    QString warning;
    auto exportAs = [&](const QString &chosen, bool jsonFilter) {
        QString openedIn;
        warning.clear();
        QTimer::singleShot(0, &panel, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            openedIn = QFileInfo(dialog->directory().absolutePath()).canonicalFilePath();
            // Past the dialog's own check of the folder: the name is taken as given.
            dialog->setOption(QFileDialog::DontConfirmOverwrite);
            if (jsonFilter)
                dialog->selectNameFilter(QStringLiteral("JSON Lines (*.jsonl)"));
            dialog->selectFile(chosen);
            QTimer::singleShot(0, &panel, [&] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    warning = box->text();
                    box->accept();
                }
            });
            static_cast<QDialog *>(dialog)->accept();
        });
        panel.exportWithDialog();
        return openedIn;
    };
    exportAs(dir.filePath(QStringLiteral("bare")), false); // written as bare.txt
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("bare.txt"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bare"))));
    QVERIFY(warning.isEmpty());

    const QString path = file + QStringLiteral("/log.txt");
    QCOMPARE(exportAs(path, false), good);
    QVERIFY2(warning.startsWith(QStringLiteral("Could not write ") + path + QStringLiteral(": ")),
             qPrintable(warning));
    QCOMPARE(exportAs(dir.filePath(QStringLiteral("data")), true), good); // not under a-file
    QVERIFY(readAll(dir.filePath(QStringLiteral("data.jsonl"))).startsWith("{\"time\""));
}

// Issue 16, item 9: the count that comes with a filter, the client chosen and a filter error
// take no room from the toggles or the log: a click meant for Events must not hit Errors.
void TestLogTools::nothingMovesUnderTheMouse()
{
    LogModel model;
    model.setBatchInterval(0);
    LogPanel panel(&model, nullptr);
    panel.resize(560, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    for (int i = 0; i < 79; ++i)
        model.append(Direction::In, QStringLiteral("line %1").arg(i));
    auto places = [&] {
        QList<QRect> rects;
        for (const char *name :
             { "showIn", "showOut", "showEvents", "showErrors", "exportButton", "logView" }) {
            const auto *widget = panel.findChild<QWidget *>(QLatin1String(name));
            rects.append(QRect(widget->mapTo(&panel, QPoint(0, 0)), widget->size()));
        }
        return rects;
    };
    const QList<QRect> before = places();
    panel.filterEdit()->setText(QStringLiteral("line 1"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("shownCount"))->text(),
             QStringLiteral("11 of 79"));
    QCOMPARE(places(), before);
    panel.filter()->setPeer(QStringLiteral("127.0.0.1:40000"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(panel.findChild<QWidget *>(QStringLiteral("peerFilter"))->isVisible());
    QCOMPARE(places(), before);
    panel.filterEdit()->setText(QStringLiteral("/(unclosed"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(panel.findChild<QWidget *>(QStringLiteral("filterError"))->isVisible());
    QCOMPARE(places(), before);
    panel.filterEdit()->clear();
    panel.filter()->setPeer({});
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(places(), before);
}

// Narrow (two panels side by side in a small window) the toggles keep their marks and drop
// their names, which stay in their tool tips, instead of being cut off.
void TestLogTools::aNarrowPanelShowsTheMarksAlone()
{
    LogModel model;
    LogPanel panel(&model, nullptr);
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *in = panel.findChild<QToolButton *>(QStringLiteral("showIn"));
    QCOMPARE(in->text(), QStringLiteral("← In"));
    panel.resize(200, 300);
    QTRY_COMPARE(in->text(), QStringLiteral("←"));
    QCOMPARE(in->toolTip(), QStringLiteral("Show the messages received"));
    QVERIFY(in->width() >= in->minimumSizeHint().width());
    panel.resize(900, 300);
    QTRY_COMPARE(in->text(), QStringLiteral("← In"));
}

QTEST_MAIN(TestLogTools)
#include "tst_logtools.moc"
