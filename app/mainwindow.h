#pragma once

#include "duplexserver.h"
#include "serverevent.h"

#include <QMainWindow>

class ClientPanel;
class ClientTabs;
class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QToolButton;
class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;
class ServerHost;
class ServerPanel;
class WebSocketClient;

// What the window is opened with: the command line's server settings, and which of them
// the user gave explicitly (the others come from the saved settings).
struct WindowOptions
{
    ServerSettings settings;
    bool portGiven = false;
    bool bindGiven = false;
    bool limitsGiven = false;
    bool tlsGiven = false; // --tls-cert/--tls-key: the saved TLS files do not apply
    QString language; // --lang; empty: the Language menu's saved choice (or the system's)
};

// The Duplex window: a toolbar to start and stop the server, the server's log, the built-in
// client, and a status bar. The server runs in its own thread behind a ServerHost; the window
// only shows what it reports and forwards what the user asks.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const WindowOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString pageUrl() const;
    QString socketUrl() const;

    // The language chosen: a code from Translations::languages(), empty for the system's.
    QString language() const { return m_language; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createToolBarAndMenus();
    void retranslateUi();
    void updateStatus();
    void setLanguage(const QString &code);
    void connectServer();
    void restoreSettings(const WindowOptions &options);
    void saveSettings() const;

    void startServer();
    void stopServer();
    void onStateChanged(DuplexServer::State state);
    void onListening(const QHostAddress &address, quint16 port);
    void onListenFailed(DuplexServer::ListenError error, const QString &message);
    void showServerEvents(const QList<ServerEvent> &events);
    void showProblem(const QString &message, quint16 suggestedPort);
    void hideProblem();
    void openInBrowser();
    void copyUrl();
    void about();
    void editSettings();
    ServerSettings currentSettings() const;
    static quint16 findFreePort(const QHostAddress &address, quint16 after);

    ServerHost *m_host;
    ServerPanel *m_serverPanel;
    ClientTabs *m_clientTabs;
    QSplitter *m_splitter;

    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QMenu *m_serverMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_bind = nullptr;

    QFrame *m_problem = nullptr;
    QLabel *m_problemText = nullptr;
    QPushButton *m_problemFix = nullptr;
    QToolButton *m_dismiss = nullptr;
    quint16 m_suggestedPort = 0;

    QLabel *m_statusText = nullptr;
    QLabel *m_clientCount = nullptr;

    DuplexServer::State m_state = DuplexServer::State::Stopped;
    int m_clients = 0;
    QString m_language;
    QHostAddress m_listenAddress;
    quint16 m_listenPort = 0;
    bool m_startPending = false; // a start was asked and not answered yet
    bool m_startedWithTls = false; // https:// and wss:// for the server started last
    ServerSettings m_baseSettings; // limits and time-outs from the command line
    bool m_splitHalves = false; // no saved splitter state: halves at the first show
};
