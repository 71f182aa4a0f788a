#include "logview.h"

#include <QFontDatabase>
#include <QScrollBar>

LogView::LogView(QWidget *parent) : QListView(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUniformItemSizes(true); // every row one line high: fast with 10 000 rows
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    setWordWrap(false);
}

void LogView::setModel(QAbstractItemModel *model)
{
    disconnect(m_aboutToInsert);
    disconnect(m_inserted);
    QListView::setModel(model);
    if (!model)
        return;
    // Follow only when the bottom was in view: a user who scrolled up keeps the place. A
    // filter's rows come and go the same way, so this works through a LogFilterModel too.
    m_aboutToInsert = connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        m_followTail = verticalScrollBar()->value() >= verticalScrollBar()->maximum();
    });
    m_inserted = connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            scrollToBottom();
    });
}
