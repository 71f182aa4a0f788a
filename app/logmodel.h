#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QTimer>

#include <deque>
#include <vector>

// One line of a log: when, which way, what, and which client it is about (the server's
// lines about one connection; empty for the others). A line about a message also carries the
// message itself, for exports: its text or its bytes (cut to LogModel::maxPayload) and the
// whole message's size.
struct LogEntry
{
    enum class Direction { In, Out, Event, Error };
    enum class Payload { None, Text, Binary };

    QDateTime time;
    Direction direction = Direction::Event;
    QString text; // the line as the view shows it
    QString peer = {}; // "= {}": the server's { time, direction, text } need not name it
    Payload payload = Payload::None;
    QString message = {}; // Payload::Text
    QByteArray data = {}; // Payload::Binary
    qint64 bytes = 0; // the whole message's size in bytes (UTF-8 for text)

    // A line about a text or binary message.
    static LogEntry forText(QDateTime time, Direction direction, QString line, QString message);
    static LogEntry forBinary(QDateTime time, Direction direction, QString line, QByteArray data);
    // Whether only the start of the message is kept (the log's budget, LogModel).
    bool isCut() const;
};

// A bounded log as an item model. Entries arrive one by one but reach views in batches
// (one insertion every few milliseconds, however many entries), and the oldest entries are
// dropped past the cap, so a busy server neither floods the painting nor grows without end.
class LogModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { TimeRole = Qt::UserRole + 1, DirectionRole, TextRole, PeerRole };

    static constexpr int defaultCap = 10000;
    // Longer entries keep their start and say how long they were: 10 000 entries of a 10 MiB
    // message each would otherwise hold 100 GiB.
    static constexpr qsizetype maxTextLength = 4096;
    // The messages themselves (for the message pane and exports) are kept whole, up to this
    // many bytes for all of a log's lines together; past it the oldest keep their start
    // (maxTextLength characters or bytes).
    static constexpr qint64 defaultPayloadBudget = 64 * 1024 * 1024;
    // One message is kept whole up to this many characters, or bytes.
    static constexpr qsizetype maxPayload = 32 * 1024 * 1024;
    // What the kept messages cost now, in bytes.
    qint64 payloadBytes() const { return m_payloadBytes; }
    void setPayloadBudget(qint64 bytes);

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int cap() const { return m_cap; }
    void setCap(int cap);
    // How long an entry may wait before views see it (0: at once).
    void setBatchInterval(int milliseconds);

    const LogEntry &entry(int row) const { return m_entries.at(std::size_t(row)); }
    // The mark that stands for a direction in the view: → out, ← in, • event, ! error.
    static QString directionMark(LogEntry::Direction direction);

public Q_SLOTS:
    void append(LogEntry::Direction direction, const QString &text);
    void appendEntry(LogEntry entry);
    // Entries that carry their own time, e.g. a batch from the server.
    void append(std::vector<LogEntry> entries);
    void clear();
    // Shows everything that is waiting now, without waiting for the batch timer.
    void flush();

private:
    void enqueue(LogEntry &&entry);

    void dropFront(int count);
    void keepWithinPayloadBudget();

    std::deque<LogEntry> m_entries;
    qint64 m_payloadBytes = 0; // of m_entries
    qint64 m_payloadBudget = defaultPayloadBudget;
    std::size_t m_trimmed = 0; // the first so many entries keep only the start of theirs
    std::deque<LogEntry> m_pending;
    int m_cap = defaultCap;
    QTimer m_batchTimer;
};
