// Tests ConsoleWriter: the buffered line writer of the headless log and of duplex connect.
#include "consolewriter.h"
#include "peertext.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {
// Text a peer could send: controls, an escape sequence, bidirectional overrides, a line
// separator, unpaired surrogates, a pair, format characters outside the BMP, JSON's own.
const QStringList hostileTexts {
    QStringLiteral("plain ASCII"),
    QStringLiteral("line\nbreak\r\ttab"),
    QStringLiteral("\x1b[31mred\x1b[0m \x07 \x7f"),
    QStringLiteral("\u202eevil\u202c \u200b\u2028\u2029 \u0085 \u00ad"),
    QString(QChar(0xd800)) + QStringLiteral("lone") + QChar(0xdc00),
    QStringLiteral("emoji \U0001F600 tag \U000E0041 end"),
    QStringLiteral("quote \" backslash \\ slash / é 中文"),
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestConsoleWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { std::signal(SIGPIPE, SIG_IGN); } // for writeFailureIsSaidOnce()
    void escapesAsPeerTextDoes();
    void jsonStringsReadBackAsTheText();
    void stampsHaveTheirFormats();
    void linesWaitAtMostTheFlushDelay();
    void aFullBufferGoesOutWholeAndInOrder();
    void destructionWritesTheRest();
    void reopenFollowsTheFileName();
    void anUnopenableFileIsSaid();
    void writeFailureIsSaidOnce();

private:
    QTemporaryDir m_dir;
};

void TestConsoleWriter::escapesAsPeerTextDoes()
{
    const QString path = m_dir.filePath(QStringLiteral("escape.txt"));
    for (const QString &text : hostileTexts) {
        for (const qsizetype limit : { qsizetype(3), qsizetype(7), qsizetype(200) }) {
            QFile::remove(path);
            bool expectedCut = false;
            const QString expected = PeerText::escaped(text, limit, &expectedCut);
            bool cut = false;
            {
                ConsoleWriter writer(STDOUT_FILENO);
                QString error;
                QVERIFY2(writer.openFile(path, &error), qPrintable(error));
                cut = writer.appendEscaped(text, limit);
            }
            QCOMPARE(QString::fromUtf8(readFile(path)), expected);
            QCOMPARE(cut, expectedCut);
        }
    }
}

void TestConsoleWriter::jsonStringsReadBackAsTheText()
{
    const QString path = m_dir.filePath(QStringLiteral("json.txt"));
    QFile::remove(path);
    {
        ConsoleWriter writer(STDOUT_FILENO);
        QString error;
        QVERIFY2(writer.openFile(path, &error), qPrintable(error));
        for (const QString &text : hostileTexts) {
            writer.append('[');
            writer.appendJsonString(text);
            writer.append(']');
            writer.endLine();
        }
    }
    const QList<QByteArray> lines = readFile(path).split('\n');
    QCOMPARE(lines.size(), hostileTexts.size() + 1);
    for (qsizetype i = 0; i < hostileTexts.size(); ++i) {
        const QByteArray &line = lines.at(i);
        // Nothing in the line itself a terminal would act on...
        const QString raw = QString::fromUtf8(line);
        for (const QChar c : raw)
            QVERIFY2(!PeerText::mustEscape(c.unicode()) || c.isSurrogate(), qPrintable(raw));
        // ...and the value is the text itself (lone surrogates aside, which JSON cannot keep).
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(document.isArray(), qPrintable(raw + QLatin1String(": ") + error.errorString()));
        if (i != 4)
            QCOMPARE(document.array().at(0).toString(), hostileTexts.at(i));
    }
}

void TestConsoleWriter::stampsHaveTheirFormats()
{
    const QString path = m_dir.filePath(QStringLiteral("stamps.txt"));
    QFile::remove(path);
    const QDateTime before = QDateTime::currentDateTime().addMSecs(-1);
    {
        ConsoleWriter writer(STDOUT_FILENO);
        QVERIFY(writer.openFile(path, nullptr));
        for (int i = 0; i < 3; ++i) {
            writer.appendStamp(ConsoleWriter::Stamp::Local);
            writer.endLine();
            writer.appendStamp(ConsoleWriter::Stamp::Iso);
            writer.endLine();
        }
    }
    const QDateTime after = QDateTime::currentDateTime().addMSecs(1);
    const QList<QByteArray> lines = readFile(path).split('\n');
    QCOMPARE(lines.size(), 7);
    for (int i = 0; i < 6; i += 2) {
        const QString local = QString::fromLatin1(lines.at(i));
        const QString iso = QString::fromLatin1(lines.at(i + 1));
        QVERIFY2(QRegularExpression(
                         QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}$"))
                         .match(local)
                         .hasMatch(),
                 qPrintable(local));
        const QDateTime localTime
                = QDateTime::fromString(local, QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz"));
        QVERIFY2(localTime >= before && localTime <= after, qPrintable(local));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\."
                                                   "\\d{3}[+-]\\d\\d:\\d\\d$"))
                         .match(iso)
                         .hasMatch(),
                 qPrintable(iso));
        const QDateTime isoTime = QDateTime::fromString(iso, Qt::ISODateWithMs);
        QVERIFY2(isoTime >= before && isoTime <= after, qPrintable(iso));
    }
}

// A pipe: a line stays in the buffer until the flush timer, which is at most 100 ms.
void TestConsoleWriter::linesWaitAtMostTheFlushDelay()
{
    QVERIFY(ConsoleWriter::flushDelay <= std::chrono::milliseconds(100));
    int pipe[2];
    QVERIFY(::pipe2(pipe, O_NONBLOCK | O_CLOEXEC) == 0);
    ConsoleWriter writer(pipe[1]);
    QVERIFY(!writer.isTerminal());
    QVERIFY(!writer.flushesEachLine());
    const auto readPipe = [&pipe] {
        char data[256];
        const ssize_t got = ::read(pipe[0], data, sizeof data);
        return got > 0 ? QByteArray(data, got) : QByteArray();
    };
    writer.append(QByteArrayView("first"));
    writer.endLine();
    writer.append(QByteArrayView("second"));
    writer.endLine();
    QCOMPARE(readPipe(), QByteArray()); // buffered
    QByteArray seen;
    QTRY_COMPARE((seen += readPipe()), QByteArray("first\nsecond\n")); // the timer wrote both
    writer.setFlushEachLine(true); // as for a terminal
    writer.append(QByteArrayView("third"));
    writer.endLine();
    QCOMPARE(readPipe(), QByteArray("third\n"));
    ::close(pipe[0]);
    ::close(pipe[1]);
}

void TestConsoleWriter::aFullBufferGoesOutWholeAndInOrder()
{
    const QString path = m_dir.filePath(QStringLiteral("many.txt"));
    QFile::remove(path);
    QByteArray expected;
    {
        ConsoleWriter writer(STDOUT_FILENO);
        QVERIFY(writer.openFile(path, nullptr));
        const QString longLine(ConsoleWriter::bufferSize + 17, u'ж'); // two bytes each
        for (int i = 0; i < 20000; ++i) {
            writer.appendNumber(i);
            writer.append(' ');
            if (i % 5000 == 4999) {
                writer.append(longLine);
                expected += QByteArray::number(i) + ' ' + longLine.toUtf8() + '\n';
            } else {
                writer.append(QStringView(u"line é"));
                expected += QByteArray::number(i) + " line é\n";
            }
            writer.endLine();
        }
    }
    QCOMPARE(readFile(path), expected);
}

void TestConsoleWriter::destructionWritesTheRest()
{
    const QString path = m_dir.filePath(QStringLiteral("rest.txt"));
    QFile::remove(path);
    {
        ConsoleWriter writer(STDOUT_FILENO);
        QVERIFY(writer.openFile(path, nullptr));
        writer.append(QByteArrayView("last words"));
        writer.endLine();
        QCOMPARE(readFile(path), QByteArray()); // still buffered
    }
    QCOMPARE(readFile(path), QByteArray("last words\n"));
}

// logrotate moves the file and sends SIGHUP: the writer opens a new one under the name.
void TestConsoleWriter::reopenFollowsTheFileName()
{
    const QString path = m_dir.filePath(QStringLiteral("duplex.log"));
    const QString rotated = path + QStringLiteral(".1");
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("kept\n"); // appended to, never truncated
    }
    ConsoleWriter writer(STDOUT_FILENO);
    QVERIFY(writer.openFile(path, nullptr));
    QCOMPARE(writer.fileName(), path);
    writer.append(QByteArrayView("before"));
    writer.endLine();
    QVERIFY(QFile::rename(path, rotated));
    QString error;
    QVERIFY2(writer.reopen(&error), qPrintable(error));
    writer.append(QByteArrayView("after"));
    writer.endLine();
    writer.flush();
    QCOMPARE(readFile(rotated), QByteArray("kept\nbefore\n"));
    QCOMPARE(readFile(path), QByteArray("after\n"));
}

void TestConsoleWriter::anUnopenableFileIsSaid()
{
    ConsoleWriter writer(STDOUT_FILENO);
    QString error;
    QVERIFY(!writer.openFile(QStringLiteral("/nonexistent/dir/duplex.log"), &error));
    QCOMPARE(error,
             QStringLiteral("Cannot open /nonexistent/dir/duplex.log for writing: No such file or "
                            "directory"));
    QVERIFY(writer.fileName().isEmpty());
}

void TestConsoleWriter::writeFailureIsSaidOnce()
{
    int pipe[2];
    QVERIFY(::pipe2(pipe, O_CLOEXEC) == 0);
    ::close(pipe[0]); // nobody reads: EPIPE
    ConsoleWriter writer(pipe[1]);
    QSignalSpy failed(&writer, &ConsoleWriter::writeFailed);
    for (int i = 0; i < 3; ++i) {
        writer.append(QByteArrayView("lost"));
        writer.endLine();
        writer.flush();
    }
    QCOMPARE(failed.size(), 1);
    QVERIFY(writer.hasFailed());
    ::close(pipe[1]);
}

QTEST_GUILESS_MAIN(TestConsoleWriter)
#include "tst_consolewriter.moc"
