#include "logmodel.h"

#include "peertext.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

LogModel::LogModel(QObject *parent) : QAbstractListModel(parent)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(50);
    connect(&m_batchTimer, &QTimer::timeout, this, &LogModel::flush);
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString LogModel::directionMark(LogEntry::Direction direction)
{
    switch (direction) {
    case LogEntry::Direction::In:
        return QStringLiteral("←");
    case LogEntry::Direction::Out:
        return QStringLiteral("→");
    case LogEntry::Direction::Event:
        return QStringLiteral("•");
    case LogEntry::Direction::Error:
        return QStringLiteral("!");
    }
    return {};
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // One line in the view, with nothing in it that a peer could use to break or reorder
        // it (PeerText); the whole text stays in TextRole, the tool tip and the exports.
        QString text = e.text.left(1000);
        text.replace(QLatin1Char('\n'), QChar(0x21b5));
        text = PeerText::escaped(text, 1000);
        return QString(e.time.toString(QStringLiteral("hh:mm:ss.zzz")) + QStringLiteral("  ")
                       + directionMark(e.direction) + QStringLiteral("  ") + text);
    }
    case Qt::ToolTipRole:
        return e.text.size() > 1000 || e.text.contains(QLatin1Char('\n')) ? e.text.left(20000)
                                                                          : QVariant();
    case Qt::ForegroundRole:
        if (e.direction == LogEntry::Direction::Error) {
            // A red that reads on the palette in use, light or dark.
            const bool dark = qobject_cast<QGuiApplication *>(QCoreApplication::instance())
                    && QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
            return QBrush(dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
        }
        return {};
    case Qt::AccessibleTextRole:
        return QString(e.time.toString(QStringLiteral("hh:mm:ss")) + QLatin1Char(' ') + e.text);
    case TimeRole:
        return e.time;
    case DirectionRole:
        return int(e.direction);
    case TextRole:
        return e.text;
    case PeerRole:
        return e.peer;
    default:
        return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TimeRole, "time");
    names.insert(DirectionRole, "direction");
    names.insert(TextRole, "text");
    names.insert(PeerRole, "peer");
    return names;
}

void LogModel::setCap(int cap)
{
    m_cap = std::max(1, cap);
    flush();
    if (int(m_entries.size()) > m_cap)
        dropFront(int(m_entries.size()) - m_cap);
}

void LogModel::setBatchInterval(int milliseconds)
{
    m_batchTimer.setInterval(std::max(0, milliseconds));
}

void LogModel::append(LogEntry::Direction direction, const QString &text)
{
    appendEntry({ QDateTime::currentDateTime(), direction, text });
}

void LogModel::appendEntry(LogEntry entry)
{
    enqueue(std::move(entry));
    if (m_batchTimer.interval() == 0)
        flush();
    else if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void LogModel::append(std::vector<LogEntry> entries)
{
    for (LogEntry &entry : entries)
        enqueue(std::move(entry));
    if (m_batchTimer.interval() == 0)
        flush();
    else if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

namespace {
// The size of a text in UTF-8, without encoding it.
qint64 utf8Size(QStringView text)
{
    qint64 bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size()
                 && QChar::isLowSurrogate(text[i + 1].unicode()))
            bytes += 4, ++i;
        else
            bytes += 3; // a lone surrogate becomes U+FFFD
    }
    return bytes;
}
} // namespace

LogEntry LogEntry::forText(QDateTime time, Direction direction, QString line, QString message)
{
    const qint64 bytes = utf8Size(message);
    return { std::move(time),
             direction,
             std::move(line),
             {},
             Payload::Text,
             std::move(message),
             {},
             bytes };
}

bool LogEntry::isCut() const
{
    switch (payload) {
    case Payload::Text:
        return utf8Size(message) < bytes;
    case Payload::Binary:
        return data.size() < bytes;
    case Payload::None:
        break;
    }
    return false;
}

LogEntry LogEntry::forBinary(QDateTime time, Direction direction, QString line, QByteArray data)
{
    const qint64 bytes = data.size();
    return { std::move(time), direction, std::move(line), {},
             Payload::Binary, {},        std::move(data), bytes };
}

namespace {
// What an entry's message holds in memory.
qint64 payloadCost(const LogEntry &entry)
{
    return 2 * qint64(entry.message.size()) + entry.data.size();
}
} // namespace

void LogModel::enqueue(LogEntry &&entry)
{
    if (entry.message.size() > maxPayload) {
        qsizetype kept = maxPayload;
        if (entry.message.at(kept - 1).isHighSurrogate())
            --kept; // not half a character
        entry.message.truncate(kept);
    }
    if (entry.data.size() > maxPayload)
        entry.data.truncate(maxPayload);
    if (entry.text.size() > maxTextLength) {
        entry.text = entry.text.left(maxTextLength)
                + tr("… (%1 characters in all)").arg(entry.text.size());
    }
    m_pending.push_back(std::move(entry));
    // What would be dropped at once is not kept waiting either.
    if (int(m_pending.size()) > m_cap)
        m_pending.pop_front();
}

void LogModel::flush()
{
    m_batchTimer.stop();
    if (m_pending.empty())
        return;
    const int incoming = int(m_pending.size());
    const int excess = int(m_entries.size()) + incoming - m_cap;
    if (excess > 0)
        dropFront(std::min(excess, int(m_entries.size())));
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + incoming - 1);
    for (LogEntry &entry : m_pending) {
        m_payloadBytes += payloadCost(entry);
        m_entries.push_back(std::move(entry));
    }
    m_pending.clear();
    endInsertRows();
    keepWithinPayloadBudget();
}

void LogModel::setPayloadBudget(qint64 bytes)
{
    m_payloadBudget = bytes;
    keepWithinPayloadBudget();
}

void LogModel::dropFront(int count)
{
    beginRemoveRows({}, 0, count - 1);
    for (int i = 0; i < count; ++i)
        m_payloadBytes -= payloadCost(m_entries.at(std::size_t(i)));
    m_entries.erase(m_entries.begin(), m_entries.begin() + count);
    m_trimmed -= std::min(m_trimmed, std::size_t(count));
    endRemoveRows();
}

void LogModel::keepWithinPayloadBudget()
{
    // The oldest give up all but the start of their messages first. No row changes: the line
    // shown is the same.
    while (m_payloadBytes > m_payloadBudget && m_trimmed < m_entries.size()) {
        LogEntry &entry = m_entries.at(m_trimmed++);
        const qint64 before = payloadCost(entry);
        if (entry.message.size() > maxTextLength) {
            qsizetype kept = maxTextLength;
            if (entry.message.at(kept - 1).isHighSurrogate())
                --kept;
            entry.message = entry.message.left(kept); // a copy of its own: the rest is freed
        }
        if (entry.data.size() > maxTextLength)
            entry.data = entry.data.left(maxTextLength);
        m_payloadBytes -= before - payloadCost(entry);
    }
}

void LogModel::clear()
{
    m_batchTimer.stop();
    m_pending.clear();
    beginResetModel();
    m_entries.clear();
    m_payloadBytes = 0;
    m_trimmed = 0;
    endResetModel();
}
