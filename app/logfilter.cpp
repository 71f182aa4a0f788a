#include "logfilter.h"

#include <algorithm>

LogFilterModel::LogFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Keep the log's order; only filter.
    setDynamicSortFilter(true);
}

void LogFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_log = qobject_cast<LogModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

bool LogFilterModel::isDirectionShown(LogEntry::Direction direction) const
{
    return m_shown.at(std::size_t(direction));
}

bool LogFilterModel::isFiltering() const
{
    return m_match != Match::All || !m_peer.isEmpty()
            || std::find(m_shown.begin(), m_shown.end(), false) != m_shown.end();
}

const LogEntry &LogFilterModel::entry(int row) const
{
    return m_log->entry(mapToSource(index(row, 0)).row());
}

QList<LogEntry> LogFilterModel::shownEntries() const
{
    QList<LogEntry> entries;
    if (!m_log)
        return entries;
    const int rows = rowCount();
    entries.reserve(rows);
    for (int row = 0; row < rows; ++row)
        entries.append(entry(row));
    return entries;
}

void LogFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_match = Match::All;
    m_needle.clear();
    m_expression = QRegularExpression();
    QString error;
    if (text.startsWith(QLatin1Char('/'))) {
        QString pattern = text.mid(1);
        QRegularExpression::PatternOptions options = QRegularExpression::DontCaptureOption;
        if (pattern.endsWith(QLatin1String("/i"))) {
            pattern.chop(2);
            options |= QRegularExpression::CaseInsensitiveOption;
        } else if (pattern.endsWith(QLatin1Char('/'))) {
            pattern.chop(1);
        }
        if (!pattern.isEmpty()) {
            QRegularExpression expression(pattern, options);
            if (expression.isValid()) {
                expression.optimize();
                m_expression = expression;
                m_match = Match::Expression;
            } else {
                error = tr("Invalid regular expression: %1 at position %2")
                                .arg(expression.errorString())
                                .arg(expression.patternErrorOffset());
            }
        }
    } else if (!text.isEmpty()) {
        m_needle = text;
        m_match = Match::Text;
    }
    invalidateRowsFilter();
    setFilterError(error);
    Q_EMIT filterChanged();
}

void LogFilterModel::setDirectionShown(LogEntry::Direction direction, bool shown)
{
    bool &current = m_shown.at(std::size_t(direction));
    if (current == shown)
        return;
    current = shown;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void LogFilterModel::setPeer(const QString &peer)
{
    if (peer == m_peer)
        return;
    m_peer = peer;
    invalidateRowsFilter();
    Q_EMIT peerChanged(m_peer);
    Q_EMIT filterChanged();
}

void LogFilterModel::setFilterError(const QString &error)
{
    if (error == m_filterError)
        return;
    m_filterError = error;
    Q_EMIT filterErrorChanged(m_filterError);
}

bool LogFilterModel::matches(const QString &text) const
{
    if (m_match == Match::Text)
        return text.contains(m_needle, Qt::CaseInsensitive);
    return m_expression.match(text).hasMatch();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_log || sourceParent.isValid())
        return true;
    const LogEntry &e = m_log->entry(sourceRow);
    if (!m_shown.at(std::size_t(e.direction)))
        return false;
    if (!m_peer.isEmpty() && e.peer != m_peer)
        return false;
    if (m_match == Match::All)
        return true;
    return matches(e.text) || (!e.peer.isEmpty() && matches(e.peer));
}
