#include "mainwindow.h"

#include "clientpanel.h"
#include "clienttabs.h"
#include "hexformat.h"
#include "messageedit.h"
#include "logmodel.h"
#include "serverhost.h"
#include "serverpanel.h"
#include "settingsdialog.h"
#include "translations.h"
#include "websocketclient.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QFrame>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTcpServer>
#include <QToolBar>
#include <QToolButton>

#include <utility>

namespace {
// Bind choices in the toolbar, by index
enum BindChoice { ThisComputer, AllInterfaces };
// How often the connection table hears from the server.
constexpr int clientUpdateIntervalMs = 250;
// A binary message's dump in the log: as much as the client's, within the log's line limit.
constexpr qsizetype logDumpBytes = 512;

// "(8 bytes)": the dump that follows shows the bytes themselves.
QString byteCount(const QByteArray &data)
{
    return QLatin1Char('(') + Hex::byteCount(data.size()) + QLatin1Char(')');
}
} // namespace

MainWindow::MainWindow(const WindowOptions &options, QWidget *parent)
    : QMainWindow(parent), m_host(new ServerHost(this)), m_serverPanel(new ServerPanel(this)),
      m_clientTabs(new ClientTabs(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_baseSettings(options.settings)
{
    setWindowTitle(QStringLiteral("Duplex"));
    setWindowIcon(QIcon(QStringLiteral(":/duplex/icons/duplex.svg")));

    createActions();
    createToolBarAndMenus();

    // A bar above the panels for problems the user can fix (a port in use...).
    m_problem = new QFrame(this);
    m_problem->setObjectName(QStringLiteral("problemBar"));
    m_problem->setFrameShape(QFrame::StyledPanel);
    m_problem->setStyleSheet(QStringLiteral(
            "#problemBar { background: #fbe3e4; border: 1px solid #d8a0a3; border-radius: 4px; }"
            "#problemBar QLabel { color: #5a1015; }"));
    m_problemText = new QLabel(m_problem);
    m_problemText->setObjectName(QStringLiteral("problemText"));
    m_problemText->setWordWrap(true);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemFix = new QPushButton(m_problem);
    m_problemFix->setObjectName(QStringLiteral("problemFix"));
    m_dismiss = new QToolButton(m_problem);
    m_dismiss->setText(QStringLiteral("✕"));
    auto *problemLayout = new QHBoxLayout(m_problem);
    problemLayout->addWidget(m_problemText, 1);
    problemLayout->addWidget(m_problemFix);
    problemLayout->addWidget(m_dismiss);
    m_problem->hide();
    connect(m_dismiss, &QToolButton::clicked, this, &MainWindow::hideProblem);
    connect(m_problemFix, &QPushButton::clicked, this, [this] {
        m_port->setValue(m_suggestedPort);
        hideProblem();
        startServer();
    });

    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_serverPanel);
    m_splitter->addWidget(m_clientTabs);
    m_splitter->setChildrenCollapsible(false);
    // Halves, whatever the panels' own size hints: room grows and shrinks on both sides alike.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_problem);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_statusText = new QLabel(this);
    m_statusText->setObjectName(QStringLiteral("statusText"));
    m_clientCount = new QLabel(this);
    m_clientCount->setObjectName(QStringLiteral("statusClients"));
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_clientCount);

    // Tab order follows the window from top to bottom, left to right, toolbar included
    // (QToolBar gives its buttons no focus: keyboard users could not reach them by Tab).
    QWidget *const toolChain[] = { m_toolBar->widgetForAction(m_startAction),
                                   m_toolBar->widgetForAction(m_stopAction),
                                   m_port,
                                   m_bind,
                                   m_toolBar->widgetForAction(m_openAction),
                                   m_toolBar->widgetForAction(m_copyAction),
                                   m_problemFix };
    for (std::size_t i = 0; i < std::size(toolChain); ++i) {
        if (qobject_cast<QToolButton *>(toolChain[i]))
            toolChain[i]->setFocusPolicy(Qt::TabFocus);
        if (i > 0)
            setTabOrder(toolChain[i - 1], toolChain[i]);
    }
    setTabOrder(m_problemFix, m_dismiss);
    setTabOrder(m_dismiss, m_serverPanel);

    // main() has installed the translators: --lang, else the menu's saved choice.
    m_language = options.language.isEmpty()
            ? QSettings().value(QStringLiteral("ui/language")).toString()
            : options.language;
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_language);

    connectServer();
    // The history, snippets and client options are written as they change, not only at a
    // clean quit: a killed Duplex loses none of them.
    connect(m_clientTabs, &ClientTabs::settingsChanged, this, [this] {
        QSettings settings;
        m_clientTabs->saveSettings(settings);
    });
    retranslateUi();
    restoreSettings(options);
    onStateChanged(DuplexServer::State::Stopped);

    // Like the seed's server when it is run: listening as soon as the window is there.
    ServerSettings first = currentSettings();
    if (options.portGiven)
        first.port = options.settings.port; // may be 0: any free port
    m_startPending = true;
    m_startAction->setEnabled(false);
    m_startedWithTls = first.usesTls();
    m_host->start(first);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_startAction = new QAction(this);
    m_startAction->setObjectName(QStringLiteral("startAction"));
    m_startAction->setShortcut(Qt::Key_F5);
    m_startAction->setIcon(QIcon(QStringLiteral(":/duplex/icons/start.svg")));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startServer);

    m_stopAction = new QAction(this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_stopAction->setIcon(QIcon(QStringLiteral(":/duplex/icons/stop.svg")));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopServer);

    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_openAction->setIcon(QIcon(QStringLiteral(":/duplex/icons/open-browser.svg")));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openInBrowser);

    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAction->setIcon(QIcon(QStringLiteral(":/duplex/icons/copy.svg")));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyUrl);

    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // Ctrl+, by name: QKeySequence::Preferences has no key on X11 (and on Windows).
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setIcon(QIcon(QStringLiteral(":/duplex/icons/settings.svg")));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::editSettings);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(this);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Languages by their own names; "System Language" follows the desktop's choice.
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = m_languageGroup->addAction(QString());
    m_systemLanguageAction->setCheckable(true);
    m_systemLanguageAction->setData(QString());
    for (const Translations::Language &language : Translations::languages()) {
        QAction *action = m_languageGroup->addAction(language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        action->setObjectName(QStringLiteral("language_") + language.code);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });
}

void MainWindow::createToolBarAndMenus()
{
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(8888);
    m_bind = new QComboBox(this);
    m_bind->setObjectName(QStringLiteral("bindComboBox"));
    // Its width follows the language: after 中文 → English it was cut at "This computer only (".
    m_bind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_bind->addItem(QString());
    m_bind->addItem(QString());
    m_portLabel = new QLabel(this);
    m_portLabel->setBuddy(m_port);
    m_portLabel->setContentsMargins(8, 0, 4, 0);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("serverToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_startAction);
    m_toolBar->addAction(m_stopAction);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_portLabel);
    m_toolBar->addWidget(m_port);
    m_toolBar->addWidget(m_bind);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_copyAction);

    m_serverMenu = menuBar()->addMenu(QString());
    m_serverMenu->setObjectName(QStringLiteral("serverMenu"));
    m_serverMenu->addAction(m_startAction);
    m_serverMenu->addAction(m_stopAction);
    m_serverMenu->addSeparator();
    m_serverMenu->addAction(m_openAction);
    m_serverMenu->addAction(m_copyAction);
    m_serverMenu->addSeparator();
    m_serverMenu->addAction(m_settingsAction);
    m_serverMenu->addSeparator();
    m_serverMenu->addAction(m_quitAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(m_systemLanguageAction);
    m_languageMenu->addSeparator();
    const auto languageActions = m_languageGroup->actions();
    for (QAction *action : languageActions) {
        if (action != m_systemLanguageAction)
            m_languageMenu->addAction(action);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    m_startAction->setText(tr("&Start Server"));
    m_startAction->setToolTip(tr("Start the server (F5)"));
    m_stopAction->setText(tr("S&top Server"));
    m_stopAction->setToolTip(tr("Stop the server and close every client (Shift+F5)"));
    m_openAction->setText(tr("&Open in Browser"));
    m_openAction->setToolTip(tr("Open the server's page in the web browser (Ctrl+B)"));
    m_copyAction->setText(tr("&Copy URL"));
    m_copyAction->setToolTip(tr("Copy the page's address (Ctrl+Shift+C)"));
    m_settingsAction->setText(tr("Server S&ettings..."));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Duplex"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_systemLanguageAction->setText(tr("&System Language"));

    m_serverMenu->setTitle(tr("&Server"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Server"));

    m_portLabel->setText(tr("&Port:"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setToolTip(tr("The port the server listens on"));
    m_port->setAccessibleDescription(m_port->toolTip());
    m_bind->setItemText(ThisComputer, tr("This computer only (127.0.0.1)"));
    m_bind->setItemText(AllInterfaces, tr("All interfaces"));
    m_bind->setAccessibleName(tr("Listen on"));
    m_bind->setToolTip(tr("Who can reach the server: this computer only, or the network too"));
    m_bind->setAccessibleDescription(m_bind->toolTip());

    m_problem->setAccessibleName(tr("Problem"));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
    m_problemFix->setText(tr("Use Port %1").arg(m_suggestedPort));
    m_statusText->setAccessibleName(tr("Server status"));
    m_clientCount->setAccessibleName(tr("Connected clients"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &code)
{
    Translations::apply(code); // every widget hears QEvent::LanguageChange
    m_language = code;
    QSettings().setValue(QStringLiteral("ui/language"), code); // the group checked the action
}

void MainWindow::updateStatus()
{
    m_clientCount->setText(tr("%Ln client(s)", nullptr, m_clients));
    switch (m_state) {
    case DuplexServer::State::Stopped:
        m_statusText->setText(tr("Stopped"));
        break;
    case DuplexServer::State::Stopping:
        m_statusText->setText(tr("Stopping: closing the clients..."));
        break;
    case DuplexServer::State::Listening:
        m_statusText->setText(tr("Listening on %1 — %2")
                                      .arg(endpointName(m_listenAddress, m_listenPort), pageUrl()));
        break;
    }
}

void MainWindow::connectServer()
{
    connect(m_host, &ServerHost::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_host, &ServerHost::listening, this, &MainWindow::onListening);
    connect(m_host, &ServerHost::listenFailed, this, &MainWindow::onListenFailed);
    connect(m_host, &ServerHost::stopped, this, [this] {
        m_serverPanel->logModel()->append(LogEntry::Direction::Event, tr("Server stopped"));
    });
    connect(m_host, &ServerHost::clientCountChanged, this, [this](int count) {
        m_serverPanel->setClientCount(count);
        m_clients = count;
        updateStatus();
    });
    connect(m_host, &ServerHost::eventsReady, this, &MainWindow::showServerEvents);

    // The connection table: a few updates a second, and what the user does to the clients.
    m_host->setClientUpdateInterval(clientUpdateIntervalMs);
    connect(m_host, &ServerHost::clientsUpdated, m_serverPanel, &ServerPanel::applyClientUpdates);
    connect(m_host, &ServerHost::stopped, m_serverPanel, &ServerPanel::clearClients);
    connect(m_serverPanel, &ServerPanel::disconnectRequested, m_host,
            &ServerHost::disconnectClient);
    connect(m_serverPanel, &ServerPanel::sendRequested, m_host, &ServerHost::sendToClient);
    connect(m_serverPanel, &ServerPanel::broadcastRequested, m_host, &ServerHost::broadcast);
}

void MainWindow::showServerEvents(const QList<ServerEvent> &events)
{
    using Direction = LogEntry::Direction;
    using Kind = ServerEvent::Kind;
    std::vector<LogEntry> entries;
    entries.reserve(std::size_t(events.size()));
    for (const ServerEvent &event : events) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(event.time);
        switch (event.kind) {
        case Kind::Connected:
            entries.push_back({ time, Direction::Event, tr("%1 New connection").arg(event.peer) });
            break;
        case Kind::Disconnected:
            entries.push_back(
                    { time, Direction::Event,
                      event.text.isEmpty()
                              ? tr("%1 Connection closed (%2)").arg(event.peer).arg(event.code)
                              : tr("%1 Connection closed (%2 %3)")
                                        .arg(event.peer)
                                        .arg(event.code)
                                        .arg(event.text) });
            break;
        case Kind::TextIn:
            entries.push_back(LogEntry::forText(time, Direction::In,
                                                tr("%1 New message %2").arg(event.peer, event.text),
                                                event.text));
            break;
        case Kind::TextOut:
            entries.push_back(LogEntry::forText(time, Direction::Out,
                                                tr("%1 Sent %2").arg(event.peer, event.text),
                                                event.text));
            break;
        case Kind::BinaryIn:
            // The first line as in the console; the whole dump in the tool tip and exports.
            entries.push_back(LogEntry::forBinary(
                    time, Direction::In,
                    tr("%1 New binary message %2").arg(event.peer, byteCount(event.data))
                            + QLatin1Char('\n') + Hex::dump(event.data, logDumpBytes),
                    event.data));
            break;
        case Kind::BinaryOut:
            entries.push_back(LogEntry::forBinary(
                    time, Direction::Out,
                    tr("%1 Sent binary %2").arg(event.peer, byteCount(event.data))
                            + QLatin1Char('\n') + Hex::dump(event.data, logDumpBytes),
                    event.data));
            break;
        case Kind::Http:
            entries.push_back(
                    { time, event.code >= 400 ? Direction::Error : Direction::Event,
                      QStringLiteral("%1 %2 %3").arg(event.peer, event.text).arg(event.code) });
            break;
        case Kind::Warning:
            entries.push_back(
                    { time, Direction::Error, event.peer + QLatin1Char(' ') + event.text });
            break;
        case Kind::Notice:
            entries.push_back(
                    { time, Direction::Event, event.peer + QLatin1Char(' ') + event.text });
            break;
        case Kind::Summary:
            entries.push_back(
                    { time, Direction::Event,
                      tr("%1 more messages in the last second (%2 in, %3 out), counted, not listed")
                              .arg(QLocale().toString(event.messagesIn + event.messagesOut),
                                   QLocale().toString(event.messagesIn),
                                   QLocale().toString(event.messagesOut)) });
            break;
        }
        if (event.kind != Kind::Summary)
            entries.back().peer = event.peer; // what the connection table's selection shows
    }
    m_serverPanel->logModel()->append(std::move(entries));
}

void MainWindow::restoreSettings(const WindowOptions &options)
{
    if (!options.limitsGiven)
        SettingsDialog::load(m_baseSettings);
    if (options.settings.echoBinaryUnchanged) // said on the command line: whatever was saved
        m_baseSettings.echoBinaryUnchanged = true;
    if (!options.tlsGiven)
        SettingsDialog::loadTls(m_baseSettings);
    QSettings settings;
    const int savedPort = settings.value(QStringLiteral("server/port"), 8888).toInt();
    m_port->setValue(options.portGiven && options.settings.port != 0 ? options.settings.port
                                                                     : savedPort);
    const bool allInterfaces = options.bindGiven
            ? options.settings.address != QHostAddress::LocalHost
            : settings.value(QStringLiteral("server/allInterfaces"), false).toBool();
    m_bind->setCurrentIndex(allInterfaces ? AllInterfaces : ThisComputer);
    // Each tab's URL, history, snippets, send mode, ping and reconnect.
    m_clientTabs->loadSettings(settings);
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 680);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // Without a saved state, halves once the window has its size (showEvent()).
    m_splitHalves
            = !m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("server/port"), m_port->value());
    settings.setValue(QStringLiteral("server/allInterfaces"),
                      m_bind->currentIndex() == AllInterfaces);
    m_clientTabs->saveSettings(settings);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_splitHalves, false)) {
        const int half = m_splitter->width() / 2;
        m_splitter->setSizes({ half, half });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    // Stop now, so clients are told (1000) while the window goes; ServerHost's destructor
    // waits for the server thread to finish.
    m_host->stop();
    event->accept();
}

ServerSettings MainWindow::currentSettings() const
{
    ServerSettings settings = m_baseSettings;
    settings.port = quint16(m_port->value());
    if (m_bind->currentIndex() == AllInterfaces) {
        // A command line --bind names the interface; the toolbar's choice means all of them.
        settings.address = m_baseSettings.address != QHostAddress::LocalHost
                ? m_baseSettings.address
                : QHostAddress(QHostAddress::Any);
    } else {
        settings.address = QHostAddress(QHostAddress::LocalHost);
    }
    return settings;
}

void MainWindow::startServer()
{
    // The host reports the state later; until the answer to a start, another would only fail.
    if (m_startPending || m_host->state() == DuplexServer::State::Listening)
        return;
    m_startPending = true;
    m_startAction->setEnabled(false);
    hideProblem();
    const ServerSettings settings = currentSettings();
    m_startedWithTls = settings.usesTls(); // the URLs shown once it listens
    m_host->start(settings);
}

void MainWindow::stopServer()
{
    m_host->stop();
}

void MainWindow::onStateChanged(DuplexServer::State state)
{
    const bool listening = state == DuplexServer::State::Listening;
    m_startAction->setEnabled(!listening && !m_startPending);
    m_stopAction->setEnabled(listening);
    m_openAction->setEnabled(listening);
    m_copyAction->setEnabled(listening);
    m_port->setEnabled(!listening);
    m_bind->setEnabled(!listening);
    // Listening is told by onListening(), which knows the address.
    if (state != DuplexServer::State::Listening) {
        m_state = state;
        updateStatus();
    }
}

void MainWindow::onListening(const QHostAddress &address, quint16 port)
{
    m_startPending = false;
    m_listenAddress = address;
    m_listenPort = port;
    m_port->setValue(port);
    m_state = DuplexServer::State::Listening;
    updateStatus();
    m_serverPanel->logModel()->append(
            LogEntry::Direction::Event,
            tr("Listening on %1: page %2, WebSocket %3")
                    .arg(endpointName(address, port), pageUrl(), socketUrl()));
    m_clientTabs->followServerUrl(socketUrl());
}

void MainWindow::onListenFailed(DuplexServer::ListenError error, const QString &message)
{
    m_startPending = false;
    m_startAction->setEnabled(m_host->state() != DuplexServer::State::Listening);
    m_serverPanel->logModel()->append(LogEntry::Direction::Error, message);
    quint16 suggestion = 0;
    const ServerSettings settings = currentSettings();
    if (error == DuplexServer::ListenError::AddressInUse)
        suggestion = findFreePort(settings.address, settings.port);
    else if (error == DuplexServer::ListenError::AccessDenied)
        suggestion = findFreePort(settings.address, 8887);
    showProblem(message, suggestion);
}

void MainWindow::showProblem(const QString &message, quint16 suggestedPort)
{
    m_problemText->setText(message);
    m_suggestedPort = suggestedPort;
    m_problemFix->setVisible(suggestedPort != 0);
    m_problemFix->setText(tr("Use Port %1").arg(suggestedPort));
    m_problem->show();
    m_problemFix->setFocus();
}

void MainWindow::hideProblem()
{
    m_problem->hide();
}

quint16 MainWindow::findFreePort(const QHostAddress &address, quint16 after)
{
    // A quick local probe, not a promise: another program may take it before Start does.
    for (int port = after + 1; port <= std::min(65535, after + 100); ++port) {
        QTcpServer probe;
        if (probe.listen(address, quint16(port)))
            return quint16(port);
    }
    return 0;
}

QString MainWindow::pageUrl() const
{
    return QStringLiteral("%1://%2:%3/")
            .arg(m_startedWithTls ? QStringLiteral("https") : QStringLiteral("http"),
                 browsableHost(m_listenAddress))
            .arg(m_listenPort);
}

QString MainWindow::socketUrl() const
{
    return QStringLiteral("%1://%2:%3/ws/")
            .arg(m_startedWithTls ? QStringLiteral("wss") : QStringLiteral("ws"),
                 browsableHost(m_listenAddress))
            .arg(m_listenPort);
}

void MainWindow::openInBrowser()
{
    if (!QDesktopServices::openUrl(QUrl(pageUrl()))) {
        m_serverPanel->logModel()->append(
                LogEntry::Direction::Error,
                tr("No web browser could be started for %1.").arg(pageUrl()));
    }
}

void MainWindow::copyUrl()
{
    QGuiApplication::clipboard()->setText(pageUrl());
    statusBar()->showMessage(tr("Copied %1").arg(pageUrl()), 3000);
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_baseSettings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_baseSettings = dialog.settings();
    SettingsDialog::save(m_baseSettings);
    m_serverPanel->logModel()->append(
            LogEntry::Direction::Event,
            m_host->state() == DuplexServer::State::Stopped
                    ? tr("Settings saved.")
                    : tr("Settings saved; they apply when the server next starts (Shift+F5, F5)."));
}

void MainWindow::about()
{
    QMessageBox::about(
            this, tr("About Duplex"),
            tr("<h3>Duplex %1</h3>"
               "<p>A WebSocket workbench: one port serves a web page at <code>/</code> and a "
               "WebSocket at <code>/ws/</code> that greets every client with "
               "<code>Welcome!</code> and answers each message upper-cased, with a built-in "
               "client to talk to it or to any other WebSocket server.</p>"
               "<p>Built with Qt %2.</p>")
                    .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}
