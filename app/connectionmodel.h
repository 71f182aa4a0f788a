#pragma once

#include "clientinfo.h"

#include <QAbstractTableModel>
#include <QHash>

// The server's connected clients as a table, one row each: fed with the server's batches
// (DuplexServer::clientsUpdated()), so a busy server changes the rows a few times a second
// rather than once per message. Rows come in new clients' order; a view sorts them through
// a QSortFilterProxyModel on SortRole.
class ConnectionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Peer,
        RealClient,
        Origin,
        UserAgent,
        ConnectedSince,
        MessagesIn,
        MessagesOut,
        BytesIn,
        BytesOut,
        LastActivity,
        RoundTrip,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, PeerRole };

    explicit ConnectionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ClientInfo &client(int row) const { return m_rows.at(row); }
    // The row of a client, or -1.
    int rowOf(quint64 id) const { return m_rowOf.value(id, -1); }

public Q_SLOTS:
    void apply(const QList<ClientInfo> &changed, const QList<quint64> &removed);
    void clear();

private:
    void reindex(int from);

    QList<ClientInfo> m_rows;
    QHash<quint64, int> m_rowOf;
};
