#include "clienttabs.h"

#include "clientpanel.h"
#include "logmodel.h"
#include "messageedit.h"
#include "websocketclient.h"

#include <QAction>
#include <QBoxLayout>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

namespace {
const QString tabsGroup = QStringLiteral("clientTabs");
const char stateProperty[] = "duplexTabState";
const char sessionProperty[] = "duplexSessionName"; // the saved connection a tab came from
const QString sessionsKey = QStringLiteral("sessions/json");
// How long a closed tab's connection may take to say goodbye before it is cut.
constexpr int closeGraceMs = 2000;
} // namespace

ClientTabs::ClientTabs(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_add(new QToolButton(this)),
      m_newTab(new QAction(this)), m_closeTab(new QAction(this)), m_nextTab(new QAction(this)),
      m_previousTab(new QAction(this)), m_sessionPanel(new QWidget(this)),
      m_sessionTitle(new QLabel(m_sessionPanel)), m_sessionList(new QListWidget(m_sessionPanel)),
      m_saveSession(new QPushButton(m_sessionPanel)),
      m_openSession(new QPushButton(m_sessionPanel)),
      m_deleteSession(new QPushButton(m_sessionPanel)),
      m_exportSessions(new QToolButton(m_sessionPanel)),
      m_importSessions(new QPushButton(m_sessionPanel)), m_showSessions(new QToolButton(this))
{
    m_tabs->setObjectName(QStringLiteral("clientTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->tabBar()->setElideMode(Qt::ElideNone); // whole addresses; more tabs scroll
    m_tabs->tabBar()->setUsesScrollButtons(true);
    m_add->setObjectName(QStringLiteral("newTabButton"));
    m_add->setText(QStringLiteral("+"));
    m_add->setAutoRaise(true);
    connect(m_add, &QToolButton::clicked, m_newTab, &QAction::trigger);
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    cornerLayout->setSpacing(0);
    cornerLayout->addWidget(m_add);
    cornerLayout->addWidget(m_showSessions);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);

    // The saved connections, in a list beside the tabs (shown on demand).
    m_showSessions->setObjectName(QStringLiteral("showSessionsButton"));
    m_showSessions->setCheckable(true);
    m_showSessions->setAutoRaise(true);
    m_sessionPanel->setObjectName(QStringLiteral("sessionPanel"));
    m_sessionList->setObjectName(QStringLiteral("sessionList"));
    m_saveSession->setObjectName(QStringLiteral("saveSessionButton"));
    m_openSession->setObjectName(QStringLiteral("openSessionButton"));
    m_deleteSession->setObjectName(QStringLiteral("deleteSessionButton"));
    m_exportSessions->setObjectName(QStringLiteral("exportSessionsButton"));
    m_importSessions->setObjectName(QStringLiteral("importSessionsButton"));
    auto *exportMenu = new QMenu(m_exportSessions);
    QAction *exportAll = exportMenu->addAction(QString(), this, [this] { askToExport(true); });
    exportAll->setObjectName(QStringLiteral("exportWithSecrets"));
    QAction *exportPlain = exportMenu->addAction(QString(), this, [this] { askToExport(false); });
    exportPlain->setObjectName(QStringLiteral("exportWithoutSecrets"));
    m_exportSessions->setMenu(exportMenu);
    m_exportSessions->setPopupMode(QToolButton::InstantPopup);
    m_exportSessions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportSessions->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *sessionLayout = new QVBoxLayout(m_sessionPanel);
    sessionLayout->setContentsMargins(0, 0, 0, 0);
    sessionLayout->addWidget(m_sessionTitle);
    sessionLayout->addWidget(m_sessionList, 1);
    auto *sessionButtons = new QGridLayout;
    sessionButtons->addWidget(m_saveSession, 0, 0);
    sessionButtons->addWidget(m_openSession, 0, 1);
    sessionButtons->addWidget(m_deleteSession, 1, 0);
    sessionButtons->addWidget(m_importSessions, 1, 1);
    sessionButtons->addWidget(m_exportSessions, 2, 0, 1, 2);
    sessionLayout->addLayout(sessionButtons);
    m_sessionPanel->hide();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("sessionSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_sessionPanel);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_showSessions, &QToolButton::toggled, m_sessionPanel, &QWidget::setVisible);
    connect(m_saveSession, &QPushButton::clicked, this, &ClientTabs::askToSaveCurrent);
    connect(m_openSession, &QPushButton::clicked, this, [this] {
        if (m_sessionList->currentRow() >= 0)
            openSession(m_sessionList->currentRow());
    });
    connect(m_sessionList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openSession(m_sessionList->row(item)); });
    connect(m_deleteSession, &QPushButton::clicked, this, [this] {
        if (m_sessionList->currentRow() >= 0)
            removeSession(m_sessionList->currentRow());
    });
    connect(m_importSessions, &QPushButton::clicked, this, &ClientTabs::askToImport);

    m_newTab->setObjectName(QStringLiteral("newTabAction"));
    m_newTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_closeTab->setObjectName(QStringLiteral("closeTabAction"));
    m_closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_nextTab->setObjectName(QStringLiteral("nextTabAction"));
    m_nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    m_previousTab->setObjectName(QStringLiteral("previousTabAction"));
    m_previousTab->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab));
    for (QAction *action : { m_newTab, m_closeTab, m_nextTab, m_previousTab }) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    connect(m_newTab, &QAction::triggered, this, [this] { addTab()->setFocus(); });
    connect(m_closeTab, &QAction::triggered, this, [this] { closeTab(currentIndex()); });
    connect(m_nextTab, &QAction::triggered, this,
            [this] { setCurrentIndex((currentIndex() + 1) % count()); });
    connect(m_previousTab, &QAction::triggered, this,
            [this] { setCurrentIndex((currentIndex() + count() - 1) % count()); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &ClientTabs::closeTab);
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &ClientTabs::settingsChanged);
    retranslateUi();
    addTab();
}

ClientTabs::~ClientTabs() = default;

void ClientTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        for (int i = 0; i < count(); ++i)
            updateTab(panel(i));
    }
    QWidget::changeEvent(event);
}

void ClientTabs::retranslateUi()
{
    m_newTab->setText(tr("New Connection Tab"));
    m_newTab->setToolTip(tr("Opens another connection in a tab of its own (Ctrl+T)"));
    m_closeTab->setText(tr("Close Connection Tab"));
    m_nextTab->setText(tr("Next Connection Tab"));
    m_previousTab->setText(tr("Previous Connection Tab"));
    m_add->setAccessibleName(tr("New connection tab"));
    m_add->setToolTip(m_newTab->toolTip());
    m_showSessions->setText(tr("Saved"));
    m_showSessions->setToolTip(tr("Shows the saved connections: save this tab, open, export, "
                                  "import"));
    m_sessionTitle->setText(tr("<b>Saved connections</b>"));
    m_sessionList->setAccessibleName(tr("Saved connections"));
    m_sessionList->setToolTip(tr("Enter or a double click opens one in a tab"));
    m_saveSession->setText(tr("Save Tab…"));
    m_saveSession->setToolTip(tr("Saves this tab's URL, headers, subprotocols, snippets, "
                                 "message mode, auto-ping and auto-reconnect by name"));
    m_openSession->setText(tr("Open", "a button that opens the saved connection chosen"));
    m_deleteSession->setText(tr("Delete"));
    m_importSessions->setText(tr("Import…"));
    m_exportSessions->setText(tr("Export"));
    const QList<QAction *> exports = m_exportSessions->menu()->actions();
    exports.at(0)->setText(tr("Export…"));
    exports.at(0)->setToolTip(tr("Header values that may be secrets go too, marked as such"));
    exports.at(1)->setText(tr("Export Without Secrets…"));
    exports.at(1)->setToolTip(tr("Authorization, Cookie and other secret headers keep their "
                                 "names and lose their values"));
    m_tabs->setAccessibleName(tr("Client connections"));
}

int ClientTabs::count() const
{
    return m_tabs->count();
}

ClientPanel *ClientTabs::panel(int index) const
{
    return qobject_cast<ClientPanel *>(m_tabs->widget(index));
}

ClientPanel *ClientTabs::current() const
{
    return qobject_cast<ClientPanel *>(m_tabs->currentWidget());
}

int ClientTabs::currentIndex() const
{
    return m_tabs->currentIndex();
}

void ClientTabs::setCurrentIndex(int index)
{
    m_tabs->setCurrentIndex(index);
}

int ClientTabs::indexOf(const ClientPanel *panel) const
{
    return m_tabs->indexOf(const_cast<ClientPanel *>(panel));
}

ClientTabs::State ClientTabs::state(int index) const
{
    const ClientPanel *tab = panel(index);
    return tab ? State(tab->property(stateProperty).toInt()) : State::Closed;
}

ClientPanel *ClientTabs::addTab()
{
    auto *client = new WebSocketClient;
    auto *panel = new ClientPanel(client, m_tabs);
    client->setParent(panel);
    panel->setProperty(stateProperty, int(State::Closed));
    if (!m_serverUrl.isEmpty())
        panel->followServerUrl(m_serverUrl);
    connect(client, &WebSocketClient::stateChanged, panel,
            [this, panel](QAbstractSocket::SocketState socketState) {
                State state = State::Closed;
                if (socketState == QAbstractSocket::ConnectedState)
                    state = State::Open;
                else if (socketState != QAbstractSocket::UnconnectedState)
                    state = State::Connecting;
                else if (State(panel->property(stateProperty).toInt()) == State::Failed)
                    state = State::Failed; // said by the error that ended it
                panel->setProperty(stateProperty, int(state));
                updateTab(panel);
            });
    connect(client, &WebSocketClient::logLine, panel,
            [this, panel](WebSocketClient::LineKind kind) {
                if (kind != WebSocketClient::LineKind::Error)
                    return;
                panel->setProperty(stateProperty, int(State::Failed));
                updateTab(panel);
            });
    connect(client, &WebSocketClient::opened, panel, [this, panel] {
        panel->setProperty(stateProperty, int(State::Open));
        updateTab(panel);
    });
    connect(panel, &ClientPanel::urlChanged, this, [this, panel] { updateTab(panel); });
    connect(panel, &ClientPanel::settingsChanged, this, [this] {
        if (!m_loading)
            Q_EMIT settingsChanged();
    });
    const int index = m_tabs->addTab(panel, QString());
    updateTab(panel);
    m_tabs->setCurrentIndex(index);
    if (!m_loading)
        Q_EMIT settingsChanged();
    return panel;
}

void ClientTabs::closeTab(int index)
{
    ClientPanel *tab = panel(index);
    if (!tab)
        return;
    WebSocketClient *client = tab->client();
    m_tabs->removeTab(index);
    // The connection says goodbye (1000) on its own; the panel goes at once.
    client->setParent(nullptr);
    client->disconnect(this);
    tab->deleteLater();
    if (client->state() == QAbstractSocket::UnconnectedState) {
        client->deleteLater();
    } else {
        connect(client, &WebSocketClient::closed, client, &QObject::deleteLater);
        QTimer::singleShot(closeGraceMs, client, &QObject::deleteLater);
        client->close();
    }
    if (count() == 0)
        addTab();
    Q_EMIT settingsChanged();
}

void ClientTabs::followServerUrl(const QString &url)
{
    m_serverUrl = url;
    for (int i = 0; i < count(); ++i)
        panel(i)->followServerUrl(url);
}

QIcon ClientTabs::stateIcon(State state)
{
    static QIcon icons[4];
    QIcon &icon = icons[int(state)];
    if (icon.isNull()) {
        static const QColor colours[4] = { QColor(0x9a, 0x9a, 0x9a), QColor(0xe0, 0xa0, 0x00),
                                           QColor(0x2e, 0xa0, 0x43), QColor(0xd0, 0x30, 0x30) };
        for (const int size : { 16, 32 }) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colours[int(state)]);
            const qreal margin = size * 0.22;
            painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

void ClientTabs::updateTab(ClientPanel *panel)
{
    const int index = indexOf(panel);
    if (index < 0)
        return;
    const State state = State(panel->property(stateProperty).toInt());
    const QUrl url(panel->url());
    const QString sessionName = panel->property(sessionProperty).toString();
    QString name = !sessionName.isEmpty() ? sessionName
            : url.host().isEmpty()        ? tr("New connection")
                                          : url.host()
                    + (url.port() > 0 ? QLatin1Char(':') + QString::number(url.port()) : QString())
                    + url.path();
    m_tabs->setTabText(index, name.replace(QLatin1Char('&'), QLatin1String("&&")));
    m_tabs->setTabIcon(index, stateIcon(state));
    QString said;
    switch (state) {
    case State::Closed:
        said = tr("Closed", "the state of a connection");
        break;
    case State::Connecting:
        said = tr("Connecting", "the state of a connection");
        break;
    case State::Open:
        said = tr("Open", "the state of a connection");
        break;
    case State::Failed:
        said = tr("Failed", "the state of a connection");
        break;
    }
    m_tabs->setTabToolTip(index, said + QStringLiteral(": ") + panel->url());
    m_tabs->tabBar()->setAccessibleTabName(index, said + QStringLiteral(", ") + name);
}

void ClientTabs::loadSettings(QSettings &settings)
{
    const QScopedValueRollback loading(m_loading, true);
    if (const auto saved = Sessions::fromJson(settings.value(sessionsKey).toByteArray()))
        m_sessions = saved->sessions;
    fillSessionList();
    m_showSessions->setChecked(settings.value(QStringLiteral("sessions/shown"), false).toBool());
    const int saved = std::max(1, settings.value(tabsGroup + QStringLiteral("/count"), 1).toInt());
    while (count() < saved)
        addTab();
    for (int i = 0; i < saved; ++i) {
        const QString group
                = i == 0 ? QString() : tabsGroup + QLatin1Char('/') + QString::number(i);
        settings.beginGroup(group);
        panel(i)->setUrl(settings.value(QStringLiteral("client/url")).toString());
        panel(i)->loadSettings(settings);
        // A tab opened from a saved connection gets its name and its handshake back (the
        // headers are kept only there).
        const QString sessionName = settings.value(QStringLiteral("client/session")).toString();
        settings.endGroup();
        for (const Session &session : std::as_const(m_sessions)) {
            if (!sessionName.isEmpty() && session.name == sessionName) {
                panel(i)->setHandshake(session.headers, session.subprotocols);
                panel(i)->setProperty(sessionProperty, sessionName);
            }
        }
        updateTab(panel(i));
    }
    setCurrentIndex(std::clamp(settings.value(tabsGroup + QStringLiteral("/current"), 0).toInt(), 0,
                               count() - 1));
}

void ClientTabs::saveSettings(QSettings &settings) const
{
    // Saved connections keep their header values: they are this user's, on this computer.
    settings.setValue(sessionsKey, Sessions::toJson(m_sessions, true));
    settings.setValue(QStringLiteral("sessions/shown"), m_showSessions->isChecked());
    settings.remove(tabsGroup); // no tab that was closed comes back
    settings.setValue(tabsGroup + QStringLiteral("/count"), count());
    settings.setValue(tabsGroup + QStringLiteral("/current"), currentIndex());
    for (int i = 0; i < count(); ++i) {
        const QString group
                = i == 0 ? QString() : tabsGroup + QLatin1Char('/') + QString::number(i);
        settings.beginGroup(group);
        settings.setValue(QStringLiteral("client/url"), panel(i)->url());
        settings.setValue(QStringLiteral("client/session"),
                          panel(i)->property(sessionProperty).toString());
        panel(i)->saveSettings(settings);
        settings.endGroup();
    }
}

void ClientTabs::fillSessionList()
{
    const int row = m_sessionList->currentRow();
    m_sessionList->clear();
    for (const Session &session : std::as_const(m_sessions)) {
        auto *item = new QListWidgetItem(session.name, m_sessionList);
        item->setToolTip(session.url);
    }
    m_sessionList->setCurrentRow(std::min(row, int(m_sessions.size()) - 1));
    m_openSession->setEnabled(!m_sessions.isEmpty());
    m_deleteSession->setEnabled(!m_sessions.isEmpty());
    m_exportSessions->setEnabled(!m_sessions.isEmpty());
}

void ClientTabs::keepSession(const Session &session)
{
    // The same name replaces one; the list stays in the order of the names.
    const auto same = std::find_if(m_sessions.begin(), m_sessions.end(),
                                   [&](const Session &s) { return s.name == session.name; });
    if (same != m_sessions.end()) {
        *same = session;
        return;
    }
    const auto at = std::lower_bound(m_sessions.begin(), m_sessions.end(), session,
                                     [](const Session &a, const Session &b) {
                                         return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                                     });
    m_sessions.insert(at, session);
}

void ClientTabs::saveCurrentAs(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || !current())
        return;
    keepSession(current()->session(trimmed));
    current()->setProperty(sessionProperty, trimmed);
    updateTab(current());
    fillSessionList();
    Q_EMIT settingsChanged();
}

ClientPanel *ClientTabs::openSession(int index)
{
    if (index < 0 || index >= m_sessions.size())
        return nullptr;
    ClientPanel *tab = current();
    const bool unused = tab && tab->client()->state() == QAbstractSocket::UnconnectedState
            && tab->property(sessionProperty).toString().isEmpty()
            && tab->messageEdit()->history().isEmpty() && tab->logModel()->rowCount() == 0;
    if (!unused)
        tab = addTab();
    tab->applySession(m_sessions.at(index));
    tab->setProperty(sessionProperty, m_sessions.at(index).name);
    updateTab(tab);
    tab->setFocus();
    Q_EMIT settingsChanged();
    return tab;
}

void ClientTabs::removeSession(int index)
{
    if (index < 0 || index >= m_sessions.size())
        return;
    m_sessions.removeAt(index);
    fillSessionList();
    Q_EMIT settingsChanged();
}

bool ClientTabs::exportSessions(const QString &path, bool withSecrets, QString *error) const
{
    QSaveFile file(path);
    const QByteArray data = Sessions::toJson(m_sessions, withSecrets);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    if (error)
        *error = tr("Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

bool ClientTabs::importSessions(const QString &path, QString *error, QString *note)
{
    QFile file(path);
    constexpr qint64 maxFileBytes = 16 * 1024 * 1024;
    if (file.size() > maxFileBytes) {
        if (error)
            *error = tr("%1 is too large for a list of connections.")
                             .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QString problem;
    const std::optional<Sessions::Imported> imported = Sessions::fromJson(file.readAll(), &problem);
    if (!imported) {
        if (error)
            *error = problem;
        return false;
    }
    for (const Session &session : imported->sessions)
        keepSession(session);
    fillSessionList();
    Q_EMIT settingsChanged();
    if (note) {
        *note = tr("%n connection(s) imported.", nullptr, int(imported->sessions.size()));
        if (imported->secretsLeftOut > 0)
            *note += QLatin1Char(' ')
                    + tr("%n secret header value(s) were not in the file: give them in "
                         "Handshake… before connecting.",
                         nullptr, imported->secretsLeftOut);
    }
    return true;
}

void ClientTabs::askToSaveCurrent()
{
    if (!current())
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("sessionNameDialog"));
    dialog.setWindowTitle(tr("Save Connection"));
    dialog.setLabelText(tr("Name of the connection (the same name replaces it):"));
    const QString named = current()->property(sessionProperty).toString();
    dialog.setTextValue(named.isEmpty() ? QUrl(current()->url()).host() : named);
    if (dialog.exec() == QDialog::Accepted)
        saveCurrentAs(dialog.textValue());
}

void ClientTabs::askToExport(bool withSecrets)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
            this, withSecrets ? tr("Export the Connections") : tr("Export Without Secrets"),
            folder + QStringLiteral("/duplex-connections.json"), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSessions(path, withSecrets, &error))
        QMessageBox::warning(this, tr("Export the Connections"), error);
}

void ClientTabs::askToImport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Connections"), folder,
                                                      tr("JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    QString note;
    if (!importSessions(path, &error, &note)) {
        QMessageBox::warning(this, tr("Import Connections"),
                             tr("Nothing was imported. %1").arg(error));
        return;
    }
    QMessageBox::information(this, tr("Import Connections"), note);
}
