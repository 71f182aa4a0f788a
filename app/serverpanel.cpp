#include "serverpanel.h"

#include "connectionmodel.h"
#include "hexformat.h"
#include "logfilter.h"
#include "logmodel.h"
#include "logpanel.h"
#include "logview.h"
#include "problemline.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>

namespace {
const QString columnsKey = QStringLiteral("ui/connectionColumns");
// RFC 6455 5.5: a close frame's payload is at most 125 bytes, two of them the code.
constexpr qsizetype maxReasonBytes = 123;
} // namespace

ServerPanel::ServerPanel(QWidget *parent)
    : QWidget(parent), m_logModel(new LogModel(this)), m_connections(new ConnectionModel(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_logPanel(new LogPanel(m_logModel, this)), m_clients(new QLabel(this)),
      m_title(new QLabel(this)), m_problem(new ProblemLine(this)), m_clear(new QPushButton(this)),
      m_reason(new QLineEdit(this)), m_disconnect(new QPushButton(this)),
      m_message(new QLineEdit(this)), m_mode(new QComboBox(this)), m_send(new QPushButton(this)),
      m_broadcast(new QPushButton(this))
{
    m_clients->setObjectName(QStringLiteral("clientCount"));
    m_logPanel->view()->setObjectName(QStringLiteral("serverLog"));
    m_logPanel->setExportBaseName(QStringLiteral("server-log"));
    // The "Only <peer> ✕" button of the log clears the filter: the selection goes with it.
    connect(m_logPanel->filter(), &LogFilterModel::peerChanged, this, [this](const QString &peer) {
        if (peer.isEmpty())
            m_table->clearSelection();
    });
    m_clear->setObjectName(QStringLiteral("clearServerLog"));
    connect(m_clear, &QPushButton::clicked, m_logModel, &LogModel::clear);

    m_sorted->setSourceModel(m_connections);
    m_sorted->setSortRole(ConnectionModel::SortRole);
    m_table->setObjectName(QStringLiteral("connectionTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ConnectionModel::Peer, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the buttons below it; the arrow keys walk its rows.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(72);
    m_table->setColumnWidth(ConnectionModel::Peer, 130);
    m_table->setColumnWidth(ConnectionModel::UserAgent, 140);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServerPanel::onSelectionChanged);
    // Columns to choose (right-click a header) and widths to set; both are remembered.
    QHeaderView *columnHeader = m_table->horizontalHeader();
    columnHeader->setContextMenuPolicy(Qt::CustomContextMenu);
    columnHeader->setSectionsMovable(true);
    connect(columnHeader, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        columnMenu()->exec(m_table->horizontalHeader()->viewport()->mapToGlobal(at));
    });
    const QByteArray columns = QSettings().value(columnsKey).toByteArray();
    if (!columns.isEmpty())
        columnHeader->restoreState(columns);
    // Written once a drag has settled, not at every pixel of it.
    m_saveColumns.setSingleShot(true);
    m_saveColumns.setInterval(500);
    connect(&m_saveColumns, &QTimer::timeout, this,
            [this] { QSettings().setValue(columnsKey, m_table->horizontalHeader()->saveState()); });
    for (auto signal : { &QHeaderView::sectionResized, &QHeaderView::sectionMoved })
        connect(columnHeader, signal, &m_saveColumns, qOverload<>(&QTimer::start));

    m_reason->setObjectName(QStringLiteral("closeReason"));
    m_reason->setMaxLength(int(maxReasonBytes));
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));
    connect(m_disconnect, &QPushButton::clicked, this, &ServerPanel::disconnectSelected);
    m_message->setObjectName(QStringLiteral("serverMessage"));
    m_mode->setObjectName(QStringLiteral("serverSendMode"));
    m_mode->addItems({ QString(), QString() });
    m_send->setObjectName(QStringLiteral("sendToClientButton"));
    m_broadcast->setObjectName(QStringLiteral("broadcastButton"));
    connect(m_send, &QPushButton::clicked, this, &ServerPanel::sendSelected);
    connect(m_broadcast, &QPushButton::clicked, this, &ServerPanel::broadcastMessage);
    connect(m_message, &QLineEdit::returnPressed, this, [this] {
        if (m_send->isEnabled())
            sendSelected();
        else if (m_broadcast->isEnabled())
            broadcastMessage();
    });
    connect(m_message, &QLineEdit::textChanged, this, [this] { m_problem->setProblem({}); });
    m_problem->setObjectName(QStringLiteral("serverMessageProblem"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_clients);
    header->addStretch();

    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(m_disconnect);
    closeRow->addWidget(m_reason, 1);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_message, 1);
    sendRow->addWidget(m_mode);
    sendRow->addWidget(m_send);
    sendRow->addWidget(m_broadcast);

    auto *connectionsBox = new QWidget(this);
    auto *connectionsLayout = new QVBoxLayout(connectionsBox);
    connectionsLayout->setContentsMargins(0, 0, 0, 0);
    connectionsLayout->addLayout(header);
    connectionsLayout->addWidget(m_table, 1);
    connectionsLayout->addLayout(closeRow);
    connectionsLayout->addLayout(sendRow);
    connectionsLayout->addWidget(m_problem);

    auto *logBox = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_logPanel, 1);
    auto *logButtons = new QHBoxLayout;
    logButtons->addStretch();
    logButtons->addWidget(m_clear);
    logLayout->addLayout(logButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("serverSplitter"));
    splitter->addWidget(connectionsBox);
    splitter->addWidget(logBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_table, m_disconnect);
    setTabOrder(m_disconnect, m_reason);
    setTabOrder(m_reason, m_message);
    setTabOrder(m_message, m_mode);
    setTabOrder(m_mode, m_send);
    setTabOrder(m_send, m_broadcast);
    setTabOrder(m_broadcast, m_logPanel);
    setTabOrder(m_logPanel, m_clear);
    retranslateUi();
    updateActions();
}

void ServerPanel::setClientCount(int count)
{
    m_clientCount = count;
    m_clients->setText(tr("Clients: %1").arg(QLocale().toString(count)));
    updateActions();
}

quint64 ServerPanel::selectedClient() const
{
    return m_chosen;
}

void ServerPanel::applyClientUpdates(const QList<ClientInfo> &changed,
                                     const QList<quint64> &removed)
{
    // A sorted view re-inserts rows whose sort key changed, and moves the selection to a
    // neighbour when the selected client leaves: neither is the user's choice, which is kept
    // by id instead.
    m_applying = true;
    m_connections->apply(changed, removed);
    m_applying = false;
    showChosenClient();
}

void ServerPanel::clearClients()
{
    m_connections->clear();
    showChosenClient();
}

void ServerPanel::showChosenClient()
{
    const int row = m_connections->rowOf(m_chosen);
    const QModelIndex chosen
            = row < 0 ? QModelIndex() : m_sorted->mapFromSource(m_connections->index(row, 0));
    m_applying = true;
    if (!chosen.isValid()) {
        m_chosen = 0;
        m_table->selectionModel()->clear();
    } else if (!m_table->selectionModel()->isRowSelected(chosen.row(), {})) {
        m_table->selectionModel()->select(
                chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_applying = false;
    onSelectionChanged();
}

void ServerPanel::onSelectionChanged()
{
    if (m_applying)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_chosen = rows.isEmpty() ? 0 : rows.constFirst().data(ConnectionModel::IdRole).toULongLong();
    const int row = m_connections->rowOf(m_chosen);
    m_logPanel->filter()->setPeer(row < 0 ? QString() : m_connections->client(row).peer);
    updateActions();
}

void ServerPanel::updateActions()
{
    const bool selected = selectedClient() != 0;
    m_disconnect->setEnabled(selected);
    m_reason->setEnabled(selected);
    m_send->setEnabled(selected);
    m_broadcast->setEnabled(m_connections->rowCount() > 0 || m_clientCount > 0);
}

void ServerPanel::disconnectSelected()
{
    const quint64 id = selectedClient();
    if (!id)
        return;
    // A reason makes it a refusal: 1008 (Policy Violation) says the server meant it.
    const QString reason = m_reason->text().trimmed();
    QByteArray reasonBytes = reason.toUtf8();
    if (reasonBytes.size() > maxReasonBytes) // whole characters only
        reasonBytes = QStringView(reason).left(maxReasonBytes / 4).toUtf8();
    Q_EMIT disconnectRequested(id, reason.isEmpty() ? 1000 : 1008, QString::fromUtf8(reasonBytes));
}

std::optional<QByteArray> ServerPanel::message(bool *binary)
{
    *binary = m_mode->currentIndex() == 1;
    if (!*binary)
        return m_message->text().toUtf8();
    QString error;
    const std::optional<QByteArray> bytes = Hex::parse(m_message->text(), &error);
    if (!bytes) {
        m_problem->setProblem(error);
        m_message->setFocus();
    }
    return bytes;
}

void ServerPanel::sendSelected()
{
    const quint64 id = selectedClient();
    bool binary = false;
    const std::optional<QByteArray> bytes = message(&binary);
    if (!id || !bytes)
        return;
    Q_EMIT sendRequested(id, *bytes, binary);
}

void ServerPanel::broadcastMessage()
{
    bool binary = false;
    const std::optional<QByteArray> bytes = message(&binary);
    if (!bytes)
        return;
    Q_EMIT broadcastRequested(*bytes, binary);
}

void ServerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ServerPanel::retranslateUi()
{
    m_title->setText(tr("<b>Server</b>"));
    m_clear->setText(tr("Clea&r Log"));
    m_clear->setAccessibleDescription(tr("Empties the server's log"));
    m_logPanel->setAccessibleName(tr("Server log and its filter"));
    m_logPanel->view()->setAccessibleName(tr("Server log"));
    m_logPanel->view()->setAccessibleDescription(
            tr("What the server did: connections, messages in and out, page requests, warnings"));
    m_table->setAccessibleName(tr("Connected clients"));
    m_table->setAccessibleDescription(
            tr("One row per WebSocket client; select one to see only its lines in the log"));
    m_disconnect->setText(tr("Disco&nnect"));
    m_disconnect->setToolTip(tr("Closes the selected client's connection: 1000 (Normal "
                                "Closure), or 1008 (Policy Violation) with the reason typed"));
    m_reason->setPlaceholderText(tr("Reason (optional: sends 1008)"));
    m_reason->setAccessibleName(tr("Close reason"));
    m_message->setPlaceholderText(tr("Message to the selected client or to all"));
    m_message->setAccessibleName(tr("Message from the server"));
    m_mode->setItemText(0, tr("Text"));
    m_mode->setItemText(1, tr("Binary (hex)"));
    m_mode->setAccessibleName(tr("Message kind"));
    m_mode->setToolTip(tr("Binary: type the bytes in hex, with or without spaces (48 69)"));
    m_send->setText(tr("Send to Clien&t"));
    m_send->setToolTip(tr("Sends the message to the selected client"));
    m_broadcast->setText(tr("&Broadcast"));
    m_broadcast->setToolTip(tr("Sends the message to every connected client"));
    setClientCount(m_clientCount);
    Q_EMIT m_connections->headerDataChanged(Qt::Horizontal, 0, ConnectionModel::ColumnCount - 1);
    fitColumns();
}

QMenu *ServerPanel::columnMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < ConnectionModel::ColumnCount; ++column) {
        QAction *action
                = menu->addAction(m_connections->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The peer names the row: it stays.
        action->setEnabled(column != ConnectionModel::Peer);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnShown(column, shown); });
    }
    return menu;
}

void ServerPanel::setColumnShown(int column, bool shown)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionHidden(column, !shown);
    if (shown && m_table->columnWidth(column) == 0)
        fitColumns();
    QSettings().setValue(columnsKey, header->saveState());
}

void ServerPanel::fitColumns()
{
    // Every header whole, in every language ("Last activity", "Echter Client"), and room for
    // the sizes a busy client reaches ("976.56 KiB"); a column the user widened stays so.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    const QLocale locale;
    for (int column = 0; column < ConnectionModel::ColumnCount; ++column) {
        // The header's text, its margins and a sort indicator's room.
        const QString title = m_connections->headerData(column, Qt::Horizontal).toString();
        int width = std::max(header->sectionSizeHint(column),
                             header->fontMetrics().horizontalAdvance(title) + padding + 16);
        switch (column) {
        case ConnectionModel::BytesIn:
        case ConnectionModel::BytesOut:
            width = std::max(width,
                             metrics.horizontalAdvance(locale.formattedDataSize(1023 * 1000))
                                     + padding);
            break;
        case ConnectionModel::MessagesIn:
        case ConnectionModel::MessagesOut:
            width = std::max(width, metrics.horizontalAdvance(locale.toString(9999999)) + padding);
            break;
        default:
            break;
        }
        if (m_table->columnWidth(column) < width)
            m_table->setColumnWidth(column, width);
    }
}
