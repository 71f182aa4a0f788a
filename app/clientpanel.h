#pragma once

#include "messagecodec.h"
#include "session.h"

#include <QPointer>
#include <QWidget>

class LogModel;
class LogPanel;
class MessageEdit;
class MessageHistory;
class ProblemLine;
class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSettings;
class QSpinBox;
class QToolButton;
class WebSocketClient;

// The built-in client: a URL, Connect / Disconnect, a message box with history and snippets
// that sends text or hex as binary, ping and auto-ping, auto-reconnect with its countdown,
// extra handshake headers and subprotocols, and the client's log in the seed page's words.
// It shows a WebSocketClient and forwards the user's intent to it; the client does the work.
class ClientPanel final : public QWidget
{
    Q_OBJECT

public:
    using SendMode = MessageCodec::Mode;

    explicit ClientPanel(WebSocketClient *client, QWidget *parent = nullptr);

    QString url() const;
    void setUrl(const QString &url);
    // The URL follows the server's port until the user types a URL of their own.
    void followServerUrl(const QString &url);
    LogModel *logModel() const { return m_logModel; }
    WebSocketClient *client() const { return m_client; }
    MessageEdit *messageEdit() const { return m_message; }
    // What was sent and the snippets; the same object as messageEdit()->messageHistory().
    MessageHistory &messageHistory();

    SendMode sendMode() const;
    void setSendMode(SendMode mode);

    // The history, the snippets, the send mode, auto-ping and auto-reconnect under
    // "client/...". Headers and subprotocols stay in the session: they may hold secrets.
    void loadSettings(QSettings &settings);
    void saveSettings(QSettings &settings) const;

    // What this tab is set up with, as a saved connection named `name`; and setting it up
    // so (the connection itself is not opened).
    Session session(const QString &name) const;
    void applySession(const Session &session);
    // The extra handshake headers and subprotocols, shown on the Handshake… button.
    void setHandshake(const QList<Session::Header> &headers, const QStringList &subprotocols);

Q_SIGNALS:
    // What saveSettings() stores has changed: a message went into the history, a snippet
    // was saved or deleted, the mode, auto-ping or auto-reconnect changed. The window saves
    // at once, so that nothing is lost when Duplex does not get to quit cleanly.
    void settingsChanged();
    // The URL box changed: typed, followed or set.
    void urlChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void toggleConnection();
    void send();
    void sendFile();

public:
    // Sends the file at `path` as one binary message; a file that cannot be read is said
    // under the message box, and nothing is sent.
    void sendFileAt(const QString &path);

private:
    void reformat(bool pretty);
    void updateControls();
    void showProblem(const QString &problem);
    void announceChange();
    void fillHistoryMenu();
    // A history entry's or snippet's menu text with its mode: "ping (JSON)", "00 ff (hex)".
    static QString withMode(const QString &name, SendMode mode);
    void fillSnippetsMenu();
    void saveSnippet();
    void editHandshake();
    void updateHandshakeSummary();
    void showCountdown(int secondsLeft);
    void askToTrust(const QString &subject, const QString &fingerprint);

    WebSocketClient *m_client;
    LogModel *m_logModel;
    QLineEdit *m_url;
    QPushButton *m_connect;
    QPushButton *m_handshake;
    QCheckBox *m_autoReconnect;
    QLabel *m_countdown;
    QPushButton *m_stopReconnect;
    QPushButton *m_ping;
    QLabel *m_autoPingLabel;
    QSpinBox *m_autoPing;
    QComboBox *m_sendMode;
    MessageEdit *m_message;
    QToolButton *m_format;
    QToolButton *m_compact;
    QToolButton *m_sendFile;
    QToolButton *m_historyButton;
    QMenu *m_historyMenu;
    QToolButton *m_snippetsButton;
    QMenu *m_snippetsMenu;
    QPushButton *m_send;
    ProblemLine *m_problem;
    LogPanel *m_logPanel;
    QLabel *m_title;
    QLabel *m_urlLabel;
    QLabel *m_messageLabel;
    QPushButton *m_clear;
    QPointer<QDialog> m_handshakeDialog;
    QString m_followedUrl;
    int m_secondsLeft = 0;
    bool m_asking = false; // a trust question is open
    bool m_loading = false; // loadSettings() is at work: nothing to save
};
