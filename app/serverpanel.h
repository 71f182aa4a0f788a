#pragma once

#include <QWidget>

class LogModel;
class LogView;
class QLabel;
class QPushButton;

// The server's side of the window: its log and how many clients are connected.
class ServerPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerPanel(QWidget *parent = nullptr);

    LogModel *logModel() const { return m_logModel; }
    void setClientCount(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    LogModel *m_logModel;
    LogView *m_log;
    QLabel *m_clients;
    QLabel *m_title;
    QPushButton *m_clear;
    int m_clientCount = 0;
};
