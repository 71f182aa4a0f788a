#pragma once

#include <QListView>

// A list view for a LogModel: one fixed-pitch line per entry, following new lines unless
// the user scrolled up to read.
class LogView final : public QListView
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

private:
    bool m_followTail = true;
};
