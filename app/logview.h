#pragma once

#include <QListView>

// A list view for a LogModel, or a LogFilterModel over one: one fixed-pitch line per entry,
// following new lines unless the user scrolled up to read.
class LogView final : public QListView
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Whether new lines scroll the view to them (the bottom was in view when they came).
    bool followsTail() const { return m_followTail; }

private:
    bool m_followTail = true;
    QMetaObject::Connection m_aboutToInsert;
    QMetaObject::Connection m_inserted;
};
