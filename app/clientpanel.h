#pragma once

#include <QWidget>

class HistoryLineEdit;
class LogModel;
class LogView;
class QLabel;
class QLineEdit;
class QPushButton;
class WebSocketClient;

// The built-in client: a URL, Connect / Disconnect, a message box with history, and the
// client's log in the seed page's words. It shows a WebSocketClient and forwards the user's
// intent to it; the client does the work.
class ClientPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ClientPanel(WebSocketClient *client, QWidget *parent = nullptr);

    QString url() const;
    void setUrl(const QString &url);
    // The URL follows the server's port until the user types a URL of their own.
    void followServerUrl(const QString &url);
    LogModel *logModel() const { return m_logModel; }
    HistoryLineEdit *messageEdit() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void toggleConnection();
    void send();
    void updateControls();

    WebSocketClient *m_client;
    LogModel *m_logModel;
    QLineEdit *m_url;
    QPushButton *m_connect;
    HistoryLineEdit *m_message;
    QPushButton *m_send;
    LogView *m_log;
    QLabel *m_title;
    QLabel *m_urlLabel;
    QLabel *m_messageLabel;
    QPushButton *m_clear;
    QString m_followedUrl;
};
