#include "connectionmodel.h"

#include "peertext.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

ConnectionModel::ConnectionModel(QObject *parent) : QAbstractTableModel(parent) { }

int ConnectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString timeText(qint64 msecs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs).time(),
                              QStringLiteral("HH:mm:ss"));
}

QString roundTripText(qint64 us)
{
    if (us < 0)
        return QStringLiteral("–");
    return ConnectionModel::tr("%1 ms").arg(
            QLocale().toString(us / 1000.0, 'f', us < 10000 ? 2 : 0));
}
} // namespace

QVariant ConnectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientInfo &c = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return c.id;
    case PeerRole:
        return c.peer;
    case Qt::TextAlignmentRole:
        if (index.column() >= MessagesIn && index.column() <= BytesOut)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == RoundTrip)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ConnectedSince:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.connectedAt),
                                      QLocale::LongFormat);
        case Origin:
            return PeerText::escaped(c.origin, 500);
        case UserAgent:
            return PeerText::escaped(c.userAgent, 500);
        case BytesIn:
            return tr("%Ln byte(s)", nullptr, int(std::min<qint64>(c.bytesIn, INT_MAX)));
        case BytesOut:
            return tr("%Ln byte(s)", nullptr, int(std::min<qint64>(c.bytesOut, INT_MAX)));
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Peer:
            return c.id; // the order they came in
        case ConnectedSince:
            return c.connectedAt;
        case MessagesIn:
            return c.messagesIn;
        case MessagesOut:
            return c.messagesOut;
        case BytesIn:
            return c.bytesIn;
        case BytesOut:
            return c.bytesOut;
        case LastActivity:
            return c.lastActivity;
        case RoundTrip:
            return c.roundTripUs < 0 ? std::numeric_limits<qint64>::max() : c.roundTripUs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Peer:
            return c.address;
        case RealClient:
            return c.realClient;
        case Origin:
            return PeerText::escaped(c.origin, 500);
        case UserAgent:
            return PeerText::escaped(c.userAgent, 500);
        case ConnectedSince:
            return timeText(c.connectedAt);
        case MessagesIn:
            return QLocale().toString(c.messagesIn);
        case MessagesOut:
            return QLocale().toString(c.messagesOut);
        case BytesIn:
            return QLocale().formattedDataSize(c.bytesIn);
        case BytesOut:
            return QLocale().formattedDataSize(c.bytesOut);
        case LastActivity:
            return timeText(c.lastActivity);
        case RoundTrip:
            return roundTripText(c.roundTripUs);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Peer:
        return tr("Peer");
    case RealClient:
        return tr("Real client");
    case Origin:
        return tr("Origin");
    case UserAgent:
        return tr("User agent");
    case ConnectedSince:
        return tr("Since");
    case MessagesIn:
        return tr("Msgs in");
    case MessagesOut:
        return tr("Msgs out");
    case BytesIn:
        return tr("Bytes in");
    case BytesOut:
        return tr("Bytes out");
    case LastActivity:
        return tr("Last activity");
    case RoundTrip:
        return tr("Ping");
    default:
        return {};
    }
}

void ConnectionModel::apply(const QList<ClientInfo> &changed, const QList<quint64> &removed)
{
    // Leavers first, from the bottom up in runs, so each run is one removal for the views.
    QList<int> gone;
    gone.reserve(removed.size());
    for (const quint64 id : removed) {
        const int row = rowOf(id);
        if (row >= 0)
            gone.append(row);
    }
    std::sort(gone.begin(), gone.end(), std::greater<int>());
    for (qsizetype i = 0; i < gone.size();) {
        const int last = gone.at(i);
        int first = last;
        while (++i < gone.size() && gone.at(i) == first - 1)
            first = gone.at(i);
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_rowOf.remove(m_rows.at(row).id);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    if (!gone.isEmpty())
        reindex(gone.constLast());

    // Then the changed rows in place, and the newcomers at the end in one insertion.
    QList<ClientInfo> added;
    int top = int(m_rows.size());
    int bottom = -1;
    for (const ClientInfo &info : changed) {
        const int row = rowOf(info.id);
        if (row < 0) {
            if (!removed.contains(info.id))
                added.append(info);
            continue;
        }
        m_rows[row] = info;
        top = std::min(top, row);
        bottom = std::max(bottom, row);
    }
    // A client's peer never changes: leaving it out keeps a view sorted by it (the default)
    // from re-sorting on every update.
    if (bottom >= 0)
        Q_EMIT dataChanged(index(top, Peer + 1), index(bottom, ColumnCount - 1));
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        reindex(first);
        endInsertRows();
    }
}

void ConnectionModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
}

void ConnectionModel::reindex(int from)
{
    for (int row = from; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).id, row);
}
