#pragma once

#include "session.h"

#include <QIcon>
#include <QWidget>

class ClientPanel;
class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QSettings;
class QTabWidget;
class QToolButton;
class WebSocketClient;

// The client side as tabs, each an independent client: its own URL, handshake headers and
// subprotocols, trusted certificates, auto-ping and auto-reconnect, composer, log and message
// pane. A tab shows its connection's state (a grey, amber, green or red dot: closed,
// connecting, open, failed) and its address. Ctrl+T opens a tab, Ctrl+W closes one (an open
// connection with 1000), Ctrl+Tab and Ctrl+Shift+Tab go to the next and the previous.
class ClientTabs final : public QWidget
{
    Q_OBJECT

public:
    enum class State { Closed, Connecting, Open, Failed };

    explicit ClientTabs(QWidget *parent = nullptr);
    ~ClientTabs() override;

    int count() const;
    ClientPanel *panel(int index) const;
    ClientPanel *current() const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    State state(int index) const;

    // A new tab, made current; its URL follows the server's until the user types one.
    ClientPanel *addTab();
    // Closes tab `index`, its connection with 1000 (Normal Closure); the last tab is replaced
    // by a new one.
    void closeTab(int index);

    // Every tab whose URL still follows the server's takes this one.
    void followServerUrl(const QString &url);

    // The tabs under "client/..." (the first, as a one-tab Duplex always kept it) and
    // "clientTabs/<n>/client/..." (the others), with their count and the current one.
    void loadSettings(QSettings &settings);
    void saveSettings(QSettings &settings) const;

    // The saved connections, in the side list.
    const QList<Session> &sessions() const { return m_sessions; }
    // Saves the current tab as the connection `name` (the same name replaces it).
    void saveCurrentAs(const QString &name);
    // Opens a saved connection in a tab: the current one while it is unused, else a new one.
    ClientPanel *openSession(int index);
    void removeSession(int index);
    // The list as a file a colleague can import; false with the reason in `error`.
    bool exportSessions(const QString &path, bool withSecrets, QString *error = nullptr) const;
    // Adds a file's connections (the same name replaces one); the file is taken whole or not
    // at all. False with the reason in `error`; `note` says what a user should know after.
    bool importSessions(const QString &path, QString *error = nullptr, QString *note = nullptr);

    QAction *newTabAction() const { return m_newTab; }
    QAction *closeTabAction() const { return m_closeTab; }

Q_SIGNALS:
    // Something saveSettings() stores changed in some tab.
    void settingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Tab;
    void retranslateUi();
    void updateTab(ClientPanel *panel);
    void fillSessionList();
    void keepSession(const Session &session);
    void askToSaveCurrent();
    void askToExport(bool withSecrets);
    void askToImport();
    int indexOf(const ClientPanel *panel) const;
    static QIcon stateIcon(State state);

    QTabWidget *m_tabs;
    QToolButton *m_add;
    QAction *m_newTab;
    QAction *m_closeTab;
    QAction *m_nextTab;
    QAction *m_previousTab;
    QString m_serverUrl;
    QList<Session> m_sessions;
    QWidget *m_sessionPanel;
    QLabel *m_sessionTitle;
    QListWidget *m_sessionList;
    QPushButton *m_saveSession;
    QPushButton *m_openSession;
    QPushButton *m_deleteSession;
    QToolButton *m_exportSessions;
    QPushButton *m_importSessions;
    QToolButton *m_showSessions;
    bool m_loading = false; // loadSettings() at work: nothing to save
};
