#include "clienttabs.h"

#include "clientpanel.h"
#include "websocketclient.h"

#include <QAction>
#include <QBoxLayout>
#include <QEvent>
#include <QPainter>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

namespace {
const QString tabsGroup = QStringLiteral("clientTabs");
const char stateProperty[] = "duplexTabState";
// How long a closed tab's connection may take to say goodbye before it is cut.
constexpr int closeGraceMs = 2000;
} // namespace

ClientTabs::ClientTabs(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_add(new QToolButton(this)),
      m_newTab(new QAction(this)), m_closeTab(new QAction(this)), m_nextTab(new QAction(this)),
      m_previousTab(new QAction(this))
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
    m_tabs->setCornerWidget(m_add, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

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
    QString name = url.host().isEmpty() ? tr("New connection")
                                        : url.host()
                    + (url.port() > 0 ? QLatin1Char(':') + QString::number(url.port()) : QString())
                    + url.path();
    m_tabs->setTabText(index, name.replace(QLatin1Char('&'), QLatin1String("&&")));
    m_tabs->setTabIcon(index, stateIcon(state));
    QString said;
    switch (state) {
    case State::Closed:
        said = tr("Closed");
        break;
    case State::Connecting:
        said = tr("Connecting");
        break;
    case State::Open:
        said = tr("Open");
        break;
    case State::Failed:
        said = tr("Failed");
        break;
    }
    m_tabs->setTabToolTip(index, said + QStringLiteral(": ") + panel->url());
    m_tabs->tabBar()->setAccessibleTabName(index, said + QStringLiteral(", ") + name);
}

void ClientTabs::loadSettings(QSettings &settings)
{
    const QScopedValueRollback loading(m_loading, true);
    const int saved = std::max(1, settings.value(tabsGroup + QStringLiteral("/count"), 1).toInt());
    while (count() < saved)
        addTab();
    for (int i = 0; i < saved; ++i) {
        const QString group
                = i == 0 ? QString() : tabsGroup + QLatin1Char('/') + QString::number(i);
        settings.beginGroup(group);
        panel(i)->setUrl(settings.value(QStringLiteral("client/url")).toString());
        panel(i)->loadSettings(settings);
        settings.endGroup();
        updateTab(panel(i));
    }
    setCurrentIndex(std::clamp(settings.value(tabsGroup + QStringLiteral("/current"), 0).toInt(), 0,
                               count() - 1));
}

void ClientTabs::saveSettings(QSettings &settings) const
{
    settings.remove(tabsGroup); // no tab that was closed comes back
    settings.setValue(tabsGroup + QStringLiteral("/count"), count());
    settings.setValue(tabsGroup + QStringLiteral("/current"), currentIndex());
    for (int i = 0; i < count(); ++i) {
        const QString group
                = i == 0 ? QString() : tabsGroup + QLatin1Char('/') + QString::number(i);
        settings.beginGroup(group);
        settings.setValue(QStringLiteral("client/url"), panel(i)->url());
        panel(i)->saveSettings(settings);
        settings.endGroup();
    }
}
