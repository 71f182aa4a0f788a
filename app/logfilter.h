#pragma once

#include "logmodel.h"

#include <QRegularExpression>
#include <QSortFilterProxyModel>

#include <array>

// What a log shows: the entries of a LogModel that match a text, go one of the shown
// directions and, when one is chosen, are about one client. Fast on a full log: it reads the
// entries themselves, not their roles, and compiles an expression once per change.
//
// The filter text:
//   hello          the text or the peer contains "hello", in any case;
//   /^\d+ Sent/    a regular expression (after the '/') found in the text or the peer; a
//                  closing '/' may end it, and "/.../i" ignores case. An invalid expression
//                  hides nothing and says why in filterError().
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterModel(QObject *parent = nullptr);

    // Only a LogModel filters; any other source shows all its rows.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    LogModel *logModel() const { return m_log; }

    QString filterText() const { return m_filterText; }
    // Empty, or a sentence such as "Invalid regular expression: missing ) at offset 3".
    QString filterError() const { return m_filterError; }
    bool isDirectionShown(LogEntry::Direction direction) const;
    QString peer() const { return m_peer; }
    // Whether anything is hidden by choice (a text, a hidden direction or a peer).
    bool isFiltering() const;

    // The entry shown in a row of this model.
    const LogEntry &entry(int row) const;
    // Every entry shown, in order.
    QList<LogEntry> shownEntries() const;

public Q_SLOTS:
    void setFilterText(const QString &text);
    void setDirectionShown(LogEntry::Direction direction, bool shown);
    void setPeer(const QString &peer);

Q_SIGNALS:
    void filterErrorChanged(const QString &error);
    void peerChanged(const QString &peer);
    // Any of the criteria changed (isFiltering() may have).
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matches(const QString &text) const;
    void setFilterError(const QString &error);

    LogModel *m_log = nullptr;
    QString m_filterText;
    enum class Match { All, Text, Expression };
    Match m_match = Match::All;
    QString m_needle;
    QRegularExpression m_expression;
    QString m_filterError;
    std::array<bool, 4> m_shown { { true, true, true, true } };
    QString m_peer;
};
