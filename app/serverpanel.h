#pragma once

#include <QWidget>

class LogModel;
class LogView;
class QLabel;

// The server's side of the window: its log and how many clients are connected.
class ServerPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerPanel(QWidget *parent = nullptr);

    LogModel *logModel() const { return m_logModel; }
    void setClientCount(int count);

private:
    LogModel *m_logModel;
    LogView *m_log;
    QLabel *m_clients;
};
