#pragma once

#include <QByteArrayView>
#include <QObject>
#include <QString>
#include <QStringView>
#include <QTimer>

#include <chrono>
#include <memory>

// Lines for a terminal, a pipe or a log file, written the way a busy server can afford it: a
// line is put together in a buffer (time stamp, text as UTF-8, peer text escaped by PeerText's
// rule) without allocating, and the buffer goes out in one write when it fills, within
// `flushDelay` of its first line, on flush() and when the writer is destroyed. A terminal gets
// each line as it ends. A write that fails (the reader went away, a full disk) is said once by
// writeFailed(); what follows is dropped, and the program goes on.
//
// The one place Duplex writes to a file descriptor with POSIX calls.
class ConsoleWriter final : public QObject
{
    Q_OBJECT

public:
    // "2026-12-06 14:20:00.123" (local time, the text log's) or
    // "2026-12-06T14:20:00.123+01:00" (ISO 8601 with the offset, for JSON).
    enum class Stamp { Local, Iso };
    static constexpr std::chrono::milliseconds flushDelay { 50 };
    static constexpr qsizetype bufferSize = 64 * 1024;

    // Opens /dev/null on standard input, output or error when the program was started with
    // one of them closed (`<&-`): else the first file or socket the program opens takes its
    // number, and would be read as input or written to as output. Call first thing in main().
    static void ensureStandardStreams();

    // Writes to `fd` (standard output or error), which it does not close.
    explicit ConsoleWriter(int fd, QObject *parent = nullptr);
    ~ConsoleWriter() override;
    Q_DISABLE_COPY_MOVE(ConsoleWriter)

    // Appends to the file at `path` from now on (made if missing); false, with the reason in
    // `error`, when it cannot be opened (the writer then keeps its old destination).
    bool openFile(const QString &path, QString *error);
    // Opens the file again under its name: after logrotate moved it (SIGHUP). Lines written so
    // far go to the old file first.
    bool reopen(QString *error);
    QString fileName() const { return m_fileName; }
    bool isTerminal() const { return m_terminal; }
    // Each line written as it ends (on by default for a terminal).
    bool flushesEachLine() const { return m_eachLine; }
    void setFlushEachLine(bool on) { m_eachLine = on; }
    bool hasFailed() const { return m_failed; }

    // A line is made of appends and ended by endLine().
    void appendStamp(Stamp style);
    void append(char c)
    {
        if (Q_UNLIKELY(m_used == bufferSize))
            writeBuffer();
        m_buffer[m_used++] = c;
    }
    // Bytes as they are: UTF-8 or ASCII.
    void append(QByteArrayView bytes);
    // As UTF-8 (an unpaired surrogate as U+FFFD).
    void append(QStringView text);
    void appendNumber(qint64 number);
    // At most `maxChars` characters of text a peer controls, escaped by PeerText's rule;
    // returns whether some were left out.
    bool appendEscaped(QStringView text, qsizetype maxChars);
    // A JSON string, quotes included: JSON's own escapes, and \uXXXX for every character
    // PeerText escapes, so the line holds no control or invisible character while the value
    // read back is the text itself. At most `maxChars` characters; returns whether cut.
    bool appendJsonString(QStringView text, qsizetype maxChars = -1);
    // A translated sentence around its %1 ("New message %1"), for a line that writes the
    // argument itself (escaped, or without building a QString); without %1, the sentence and
    // a space.
    struct Sentence
    {
        QString before;
        QString after;
    };
    static Sentence split(const QString &sentence);
    // Bytes as lower-case hex, `separator` between them unless it is 0.
    void appendHex(QByteArrayView bytes, char separator);
    void endLine();

    // Writes what the buffer holds now.
    void flush();

Q_SIGNALS:
    void writeFailed(const QString &reason);

private:
    void writeBuffer();
    void writeAll(const char *data, qsizetype size);
    void appendUtf8(QStringView run);
    void appendJsonRun(QStringView run);

    int m_fd;
    int m_ownedFd = -1; // the file opened by openFile(), else -1
    QString m_fileName;
    bool m_terminal = false;
    bool m_eachLine = false;
    bool m_failed = false;
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_used = 0;
    QTimer m_flushTimer;

    // The time stamp up to its seconds, made again when the second changes.
    qint64 m_stampSecond = -1;
    Stamp m_stampStyle = Stamp::Local;
    char m_stampHead[64] = {}; // "2026-12-06 14:20:00" (room for any int)
    char m_stampOffset[40] = {}; // "+01:00", Iso only
};
