#include "logpanel.h"

#include "logfilter.h"
#include "logview.h"
#include "messageinspector.h"
#include "problemline.h"

#include <QAction>
#include <QBoxLayout>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>

#include <algorithm>
#include <iterator>

namespace {
constexpr std::array<LogEntry::Direction, 4> directions
        = { LogEntry::Direction::In, LogEntry::Direction::Out, LogEntry::Direction::Event,
            LogEntry::Direction::Error };
} // namespace

LogPanel::LogPanel(LogModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new LogFilterModel(this)),
      m_view(new LogView(this)), m_filterEdit(new QLineEdit(this)),
      m_peerButton(new QToolButton(this)), m_count(new QLabel(this)),
      m_exportButton(new QToolButton(this)), m_exportMenu(new QMenu(this)),
      m_exportOnlyShown(new QAction(this)), m_error(new ProblemLine(this)),
      m_findAction(new QAction(this)), m_copy(new QAction(this)), m_selectAll(new QAction(this)),
      m_clear(new QAction(this)), m_inspector(new MessageInspector(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("logView"));

    m_filterEdit->setObjectName(QStringLiteral("logFilter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(m_filterEdit->fontMetrics().averageCharWidth() * 10);
    m_filterEdit->installEventFilter(this);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &LogFilterModel::setFilterText);

    static const char *const buttonNames[] = { "showIn", "showOut", "showEvents", "showErrors" };
    for (std::size_t i = 0; i < directions.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(buttonNames[i]));
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        // Whole words in every language: the window grows its minimum rather than cut them.
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        const LogEntry::Direction direction = directions.at(i);
        connect(button, &QToolButton::toggled, m_filter,
                [this, direction](bool shown) { m_filter->setDirectionShown(direction, shown); });
        m_directionButtons.at(i) = button;
    }

    m_peerButton->setObjectName(QStringLiteral("peerFilter"));
    m_peerButton->setAutoRaise(true);
    m_peerButton->hide();
    connect(m_peerButton, &QToolButton::clicked, m_filter, [this] { m_filter->setPeer({}); });

    m_count->setObjectName(QStringLiteral("shownCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_exportOnlyShown->setObjectName(QStringLiteral("exportOnlyShown"));
    m_exportOnlyShown->setCheckable(true);
    m_exportOnlyShown->setChecked(true);
    m_exportMenu->addAction(m_exportOnlyShown);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setMenu(m_exportMenu);
    m_exportButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_exportButton, &QToolButton::clicked, this, &LogPanel::exportWithDialog);

    m_error->setObjectName(QStringLiteral("filterError"));
    connect(m_filter, &LogFilterModel::filterErrorChanged, m_error, &ProblemLine::setProblem);
    connect(m_filter, &LogFilterModel::filterChanged, this, &LogPanel::updateFilterState);
    for (QAbstractItemModel *counted : { static_cast<QAbstractItemModel *>(m_filter),
                                         static_cast<QAbstractItemModel *>(m_model) }) {
        connect(counted, &QAbstractItemModel::rowsInserted, this, &LogPanel::updateCount);
        connect(counted, &QAbstractItemModel::rowsRemoved, this, &LogPanel::updateCount);
        connect(counted, &QAbstractItemModel::modelReset, this, &LogPanel::updateCount);
    }

    // Ctrl+F anywhere in this panel; the other log's panel has its own.
    m_findAction->setObjectName(QStringLiteral("findInLog"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, &LogPanel::focusFilter);
    addAction(m_findAction);

    m_copy->setObjectName(QStringLiteral("copyLogLines"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_copy->setEnabled(false);
    connect(m_copy, &QAction::triggered, this, &LogPanel::copySelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_copy->setEnabled(m_view->selectionModel()->hasSelection()); });
    m_selectAll->setObjectName(QStringLiteral("selectAllLogLines"));
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    m_selectAll->setShortcutContext(Qt::WidgetShortcut);
    connect(m_selectAll, &QAction::triggered, m_view, &QAbstractItemView::selectAll);
    m_clear->setObjectName(QStringLiteral("clearLogLines"));
    connect(m_clear, &QAction::triggered, m_model, &LogModel::clear);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({ m_copy, m_selectAll, separator, m_clear });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    // Whatever comes and goes must not move the toggles or the log under the mouse: the
    // count keeps its room while nothing is filtered, and the client chosen and a filter
    // error share a line of their own below, whose room is kept too.
    bar->addWidget(m_filterEdit, 1);
    for (QToolButton *button : m_directionButtons)
        bar->addWidget(button);
    bar->addWidget(m_exportButton);
    m_bar = bar;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    m_statusRow = new QWidget(this);
    auto *statusLayout = new QHBoxLayout(m_statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_peerButton);
    statusLayout->addWidget(m_error, 1);
    statusLayout->addWidget(m_count);
    layout->addWidget(m_statusRow);
    // The log above, the selected line's whole message below (closed until a line is chosen).
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("logSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_inspector->hide();
    layout->addWidget(m_splitter, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    inspect(current.row());
            });
    // Enter (or a double click) on a line: its message, with the keyboard in it.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        inspect(index.row());
        m_inspector->setFocus(Qt::OtherFocusReason);
    });
    connect(m_inspector, &MessageInspector::closeRequested, this, [this] {
        m_inspector->hide();
        m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        const QList<int> sizes = m_splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (!m_exportBaseName.isEmpty() && total > 0 && sizes.value(1) > 0)
            QSettings().setValue(inspectorKey(), double(sizes.value(1)) / total);
    });
    // A compound widget for setTabOrder(): the filter first, the log last.
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_filterEdit);

    QWidget *const chain[] = { m_filterEdit,
                               m_directionButtons.at(0),
                               m_directionButtons.at(1),
                               m_directionButtons.at(2),
                               m_directionButtons.at(3),
                               m_peerButton,
                               m_exportButton,
                               m_view,
                               m_inspector };
    for (std::size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    retranslateUi();
}

QString LogPanel::inspectorKey() const
{
    return QStringLiteral("ui/inspector/") + m_exportBaseName;
}

void LogPanel::setExportBaseName(const QString &baseName)
{
    m_exportBaseName = baseName;
}

void LogPanel::inspect(int row)
{
    if (row < 0 || row >= m_filter->rowCount())
        return;
    m_inspector->showEntry(m_filter->entry(row));
    if (m_inspector->isHidden()) {
        // Opened at the share of the height the user last gave it (two fifths at first).
        const double share
                = std::clamp(QSettings().value(inspectorKey(), 0.4).toDouble(), 0.1, 0.9);
        const int total = m_splitter->height() - m_splitter->handleWidth();
        m_inspector->show();
        m_splitter->setSizes({ int(total * (1 - share)), int(total * share) });
    }
}

void LogPanel::addBarWidget(QWidget *widget)
{
    m_bar->addWidget(widget);
}

bool LogPanel::exportTo(const QString &path, LogExport::Format format, bool onlyShown,
                        QString *error)
{
    m_model->flush(); // what is still waiting for the view goes too
    return LogExport::write(path,
                            onlyShown ? m_filter->shownEntries() : LogExport::allEntries(*m_model),
                            format, error);
}

QList<LogEntry> LogPanel::selectedEntries() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<LogEntry> entries;
    entries.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        entries.append(m_filter->entry(index.row()));
    return entries;
}

void LogPanel::copySelection()
{
    const QList<LogEntry> entries = selectedEntries();
    if (!entries.isEmpty())
        QGuiApplication::clipboard()->setText(LogExport::clipboardText(entries));
}

void LogPanel::exportWithDialog()
{
    const bool onlyShown = m_filter->isFiltering() && m_exportOnlyShown->isChecked();
    const QString textFilter = tr("Text (*.txt)");
    const QString jsonFilter = tr("JSON Lines (*.jsonl)");
    QString selectedFilter = m_lastExportJson ? jsonFilter : textFilter;
    // The last folder a file was written to, else Documents: never one where writing just
    // failed (under /proc the dialog itself can hang reading what it lists).
    if (m_exportDir.isEmpty() || !QFileInfo(m_exportDir).isDir()) {
        m_exportDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!QFileInfo(m_exportDir).isDir())
            m_exportDir = QDir::homePath();
    }
    const QString suggested = m_exportDir + QLatin1Char('/') + m_exportBaseName
            + (m_lastExportJson ? QStringLiteral(".jsonl") : QStringLiteral(".txt"));
    QString path = QFileDialog::getSaveFileName(
            this, onlyShown ? tr("Export the Shown Lines") : tr("Export the Log"), suggested,
            textFilter + QStringLiteral(";;") + jsonFilter, &selectedFilter);
    if (path.isEmpty())
        return;

    // A known suffix decides; else the chosen filter, whose suffix a bare name gets.
    LogExport::Format format = selectedFilter == jsonFilter ? LogExport::Format::JsonLines
                                                            : LogExport::Format::PlainText;
    path = LogExport::withSuffix(path, format);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("json"))
        format = LogExport::Format::JsonLines;
    else if (suffix == QLatin1String("txt") || suffix == QLatin1String("log"))
        format = LogExport::Format::PlainText;
    QString error;
    if (!exportTo(path, format, onlyShown, &error)) {
        QMessageBox::warning(this, tr("Export the Log"), error);
        return;
    }
    m_lastExportJson = format == LogExport::Format::JsonLines;
    m_exportDir = QFileInfo(path).absolutePath();
}

void LogPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

QString LogPanel::directionText(std::size_t index) const
{
    const QString names[] = { tr("In"), tr("Out"), tr("Events"), tr("Errors") };
    const QString mark = LogModel::directionMark(directions.at(index));
    return m_compact ? mark : mark + QLatin1Char(' ') + names[index];
}

void LogPanel::fitBar()
{
    const bool compact = width() < m_fullBarWidth;
    if (compact == m_compact)
        return;
    m_compact = compact;
    for (std::size_t i = 0; i < directions.size(); ++i)
        m_directionButtons.at(i)->setText(directionText(i));
}

void LogPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitBar();
}

void LogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool LogPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in a filter that has text empties it; in an empty one it goes on (a dialog closes).
    if (watched == m_filterEdit
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier
            && !m_filterEdit->text().isEmpty()) {
            if (event->type() == QEvent::KeyPress)
                m_filterEdit->clear();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LogPanel::updateFilterState()
{
    const QString peer = m_filter->peer();
    m_peerButton->setVisible(!peer.isEmpty());
    if (!peer.isEmpty()) {
        m_peerButton->setText(tr("Only %1 ✕").arg(peer));
        m_peerButton->setToolTip(
                tr("Only the lines about the client %1 are shown; click to show all").arg(peer));
        m_peerButton->setAccessibleName(tr("Show all clients' lines"));
    }
    m_exportOnlyShown->setEnabled(m_filter->isFiltering());
    updateCount();
}

void LogPanel::updateCount()
{
    const bool filtering = m_filter->isFiltering();
    const QLocale locale;
    m_count->setText(filtering ? tr("%1 of %2")
                                         .arg(locale.toString(m_filter->rowCount()),
                                              locale.toString(m_model->rowCount()))
                               : QString());
}

void LogPanel::retranslateUi()
{
    m_filterEdit->setPlaceholderText(tr("Filter (text, or /regular expression/)"));
    m_filterEdit->setAccessibleName(tr("Log filter"));
    m_filterEdit->setToolTip(
            tr("Shows only the lines that contain this text, in any case. A text that starts "
               "with / is a regular expression: /^Sent/, or /hello/i to ignore case. "
               "Ctrl+F comes here, Esc empties it."));

    const QString tips[] = { tr("Show the messages received"), tr("Show the messages sent"),
                             tr("Show the events: connections, closes, page requests"),
                             tr("Show the errors and warnings") };
    for (std::size_t i = 0; i < directions.size(); ++i) {
        QToolButton *button = m_directionButtons.at(i);
        button->setToolTip(tips[i]);
        button->setAccessibleName(tips[i]);
    }

    m_count->setToolTip(tr("Lines shown of all the lines in the log"));
    // The width the bar needs to name the directions in words; narrower, they show their
    // marks alone (the names stay in their tool tips).
    m_compact = false;
    for (std::size_t i = 0; i < directions.size(); ++i)
        m_directionButtons.at(i)->setText(directionText(i));
    m_fullBarWidth = m_filterEdit->fontMetrics().averageCharWidth() * 24
            + m_exportButton->sizeHint().width() + 6 * m_bar->spacing();
    for (QToolButton *button : m_directionButtons)
        m_fullBarWidth += button->sizeHint().width();
    fitBar();
    // The peer's button and the error line: as high as the higher of them, shown or not.
    m_statusRow->setFixedHeight(
            std::max(m_peerButton->sizeHint().height(), m_error->minimumHeight()));
    m_count->setAccessibleName(m_count->toolTip());
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(
            tr("Saves the log to a file, as plain text or JSON Lines; the arrow chooses "
               "whether only the shown lines go when a filter hides some"));
    m_exportButton->setAccessibleName(tr("Export the log"));
    m_exportOnlyShown->setText(tr("Export Only the Shown Lines"));
    m_exportOnlyShown->setToolTip(
            tr("While a filter hides lines, Export… writes only the lines shown"));
    m_exportMenu->setAccessibleName(tr("Export options"));
    m_error->setAccessibleName(tr("Filter error"));

    m_findAction->setText(tr("Find in the Log"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copies the selected lines as text"));
    m_selectAll->setText(tr("Select &All"));
    m_clear->setText(tr("C&lear Log"));
    updateFilterState();
}
