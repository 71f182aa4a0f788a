#include "messageinspector.h"

#include "hexformat.h"
#include "jsontext.h"
#include "jsontreemodel.h"
#include "logexport.h"
#include "peertext.h"
#include "problemline.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextLayout>
#include <QThread>
#include <QToolButton>
#include <QTreeView>

namespace {
// What the pane shows of a peer's text: its lines as they are, and within them every control
// or invisible format character as an escape (PeerText), so that nothing in a message can
// pass for something else on screen (a U+202E turning text around, an escape sequence).
// Copy and Save take the message as it came.
QString shownText(const QString &text)
{
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) { // most text: a comparison a character
            if ((u < 0x20 && u != u'\n') || u == 0x7f) {
                plain = false;
                break;
            }
        } else if (u < 0xa0 || c.isSurrogate() || u == 0x2028 || u == 0x2029
                   || c.category() == QChar::Other_Format) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text; // the usual case: nothing to do
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = PeerText::escaped(line, line.size());
    return lines.join(QLatin1Char('\n'));
}

// A plain text view that colours JSON a block at a time, when the block is first painted: a
// 10 MiB message is shown without colouring its 400 000 lines first.
class JsonTextView final : public QPlainTextEdit
{
public:
    explicit JsonTextView(QWidget *parent) : QPlainTextEdit(parent) { }

    void showText(const QString &text, bool json)
    {
        m_json = json;
        setPlainText(text); // new blocks: user state -1, not coloured yet
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (m_json)
            colourVisibleBlocks();
        QPlainTextEdit::paintEvent(event);
    }

private:
    void colourVisibleBlocks()
    {
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        QTextCharFormat formats[5];
        formats[int(JsonText::Span::Kind::Key)].setForeground(dark ? QColor(0x79, 0xc0, 0xff)
                                                                   : QColor(0x05, 0x50, 0xae));
        formats[int(JsonText::Span::Kind::String)].setForeground(dark ? QColor(0xa5, 0xd6, 0xa7)
                                                                      : QColor(0x1a, 0x7f, 0x37));
        formats[int(JsonText::Span::Kind::Number)].setForeground(dark ? QColor(0xff, 0xa6, 0x57)
                                                                      : QColor(0xb3, 0x50, 0x00));
        formats[int(JsonText::Span::Kind::Literal)].setForeground(dark ? QColor(0xd2, 0xa8, 0xff)
                                                                       : QColor(0x82, 0x50, 0xdf));
        formats[int(JsonText::Span::Kind::Punctuation)].setForeground(
                palette().color(QPalette::PlaceholderText));
        const int bottom = viewport()->height();
        for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
            if (blockBoundingGeometry(block).translated(contentOffset()).top() > bottom)
                break;
            if (block.userState() == 1)
                continue;
            QList<QTextLayout::FormatRange> ranges;
            for (const JsonText::Span &span : JsonText::spans(block.text()))
                ranges.append({ int(span.start), int(span.length), formats[int(span.kind)] });
            block.setUserState(1);
            block.layout()->setFormats(ranges);
        }
    }

    bool m_json = false;
};

} // namespace

MessageInspector::MessageInspector(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_copy(new QToolButton(this)),
      m_copyJson(new QToolButton(this)), m_save(new QToolButton(this)),
      m_close(new QToolButton(this)), m_problem(new ProblemLine(this)),
      m_tabs(new QTabWidget(this)), m_text(new JsonTextView(this)), m_tree(new QTreeView(this)),
      m_treeModel(new JsonTreeModel(this)), m_hex(new QPlainTextEdit(this)),
      m_findBar(new QWidget(this)), m_find(new QLineEdit(m_findBar)),
      m_findResult(new QLabel(m_findBar)), m_partBar(new QWidget(this)),
      m_partLabel(new QLabel(m_partBar)), m_previousPart(new QToolButton(m_partBar)),
      m_nextPart(new QToolButton(m_partBar))
{
    m_header->setObjectName(QStringLiteral("inspectorHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_copy->setObjectName(QStringLiteral("inspectorCopy"));
    m_copyJson->setObjectName(QStringLiteral("inspectorCopyJson"));
    m_save->setObjectName(QStringLiteral("inspectorSave"));
    m_close->setObjectName(QStringLiteral("inspectorClose"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_problem->setObjectName(QStringLiteral("inspectorProblem"));
    // Here the line takes no room while empty: it changes only with the message shown.
    QSizePolicy problemPolicy = m_problem->sizePolicy();
    problemPolicy.setRetainSizeWhenHidden(false);
    m_problem->setSizePolicy(problemPolicy);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setObjectName(QStringLiteral("inspectorText"));
    m_text->setReadOnly(true);
    m_text->setFont(fixed);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_tree->setObjectName(QStringLiteral("inspectorTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true); // the tree of a large document scrolls without measuring
    m_tree->header()->setStretchLastSection(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_hex->setObjectName(QStringLiteral("inspectorHex"));
    m_hex->setReadOnly(true);
    m_hex->setFont(fixed);
    m_hex->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->addTab(m_text, QString());
    m_tabs->addTab(m_tree, QString());
    m_tabs->addTab(m_hex, QString());

    m_find->setObjectName(QStringLiteral("inspectorFind"));
    m_find->setClearButtonEnabled(true);
    m_findResult->setObjectName(QStringLiteral("inspectorFindResult"));
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_find, 1);
    findLayout->addWidget(m_findResult);
    m_findBar->hide();
    m_partLabel->setObjectName(QStringLiteral("inspectorPart"));
    m_previousPart->setObjectName(QStringLiteral("inspectorPreviousPart"));
    m_nextPart->setObjectName(QStringLiteral("inspectorNextPart"));
    auto *partLayout = new QHBoxLayout(m_partBar);
    partLayout->setContentsMargins(0, 0, 0, 0);
    partLayout->addWidget(m_partLabel, 1);
    partLayout->addWidget(m_previousPart);
    partLayout->addWidget(m_nextPart);
    m_partBar->hide();
    connect(m_previousPart, &QToolButton::clicked, this,
            [this] { showPart(std::max<qsizetype>(0, m_partStart - partChars)); });
    connect(m_nextPart, &QToolButton::clicked, this,
            [this] { showPart(m_partStart + m_text->document()->characterCount() - 1); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_copy);
    top->addWidget(m_copyJson);
    top->addWidget(m_save);
    top->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_partBar);
    layout->addWidget(m_findBar);

    connect(m_copy, &QToolButton::clicked, this, &MessageInspector::copyMessage);
    connect(m_copyJson, &QToolButton::clicked, this, &MessageInspector::copyAsJson);
    connect(m_save, &QToolButton::clicked, this, &MessageInspector::saveToFile);
    connect(m_close, &QToolButton::clicked, this, &MessageInspector::closeRequested);
    connect(m_find, &QLineEdit::textEdited, this, [this](const QString &text) {
        // From the start of the text as the user types.
        QTextCursor cursor = m_text->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_text->setTextCursor(cursor);
        find(text);
    });
    // Ctrl+C on a node copies its path, as the menu's first entry does.
    auto *copyPath = new QAction(m_tree);
    copyPath->setShortcut(QKeySequence::Copy);
    copyPath->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(copyPath);
    connect(copyPath, &QAction::triggered, this, [this] {
        if (m_tree->currentIndex().isValid())
            QGuiApplication::clipboard()->setText(m_treeModel->path(m_tree->currentIndex()));
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_tree->indexAt(at);
        if (!index.isValid())
            return;
        QMenu menu(this);
        const QString path = m_treeModel->path(index);
        menu.addAction(tr("Copy Path %1").arg(path), this,
                       [path] { QGuiApplication::clipboard()->setText(path); });
        menu.addAction(tr("Copy Value"), this, [index] {
            QGuiApplication::clipboard()->setText(
                    index.siblingAtColumn(JsonTreeModel::Value).data().toString());
        });
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });
    for (QWidget *watched : { static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_tree),
                              static_cast<QWidget *>(m_hex), static_cast<QWidget *>(m_find),
                              static_cast<QWidget *>(m_tabs) })
        watched->installEventFilter(this);
    setTabOrder(m_copy, m_copyJson);
    setTabOrder(m_copyJson, m_save);
    setTabOrder(m_save, m_close);
    setTabOrder(m_close, m_tabs);
    retranslateUi();
}

MessageInspector::~MessageInspector()
{
    // A formatting thread still at work reports to nobody; it ends within a moment.
    for (const QPointer<QThread> &worker : std::as_const(m_workers)) {
        if (worker)
            worker->wait();
    }
}

void MessageInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showHeader();
    }
    QWidget::changeEvent(event);
}

void MessageInspector::retranslateUi()
{
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copies the message: its text, or its bytes in hex"));
    m_copyJson->setText(tr("Copy as JSON"));
    m_copyJson->setToolTip(
            tr("Copies the message as a JSON object: time, direction, peer, kind, the text or "
               "the bytes in base64, and the size"));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Writes the whole message to a file"));
    m_close->setToolTip(tr("Closes the message pane (Esc)"));
    m_close->setAccessibleName(tr("Close the message pane"));
    m_previousPart->setText(tr("◀ Previous"));
    m_nextPart->setText(tr("Next ▶"));
    m_tabs->setTabText(0, tr("Text"));
    m_tabs->setTabText(1, tr("Tree"));
    m_tabs->setTabText(2, tr("Hex"));
    m_text->setAccessibleName(tr("The whole message"));
    m_tree->setAccessibleName(tr("The message as a JSON tree"));
    m_tree->setToolTip(tr("Right-click a node to copy its path or value"));
    m_hex->setAccessibleName(tr("The message's bytes in hex"));
    m_find->setPlaceholderText(tr("Find in the message (Enter: next, Shift+Enter: back, Esc)"));
    m_find->setAccessibleName(tr("Find in the message"));
    m_header->setAccessibleName(tr("About the message"));
}

void MessageInspector::showHeader()
{
    const QLocale locale;
    QStringList parts;
    if (m_entry.time.isValid())
        parts.append(m_entry.time.toString(QStringLiteral("hh:mm:ss.zzz")));
    switch (m_entry.direction) {
    case LogEntry::Direction::In:
        parts.append(tr("received"));
        break;
    case LogEntry::Direction::Out:
        parts.append(tr("sent"));
        break;
    case LogEntry::Direction::Event:
        parts.append(tr("event"));
        break;
    case LogEntry::Direction::Error:
        parts.append(tr("error"));
        break;
    }
    if (!m_entry.peer.isEmpty())
        parts.append(m_entry.peer);
    switch (m_entry.payload) {
    case LogEntry::Payload::Text: {
        QString size = tr("text, %1 bytes, %2 characters")
                               .arg(locale.toString(m_entry.bytes),
                                    locale.toString(m_entry.message.size()));
        if (m_isJson)
            size += tr(", JSON");
        parts.append(size);
        break;
    }
    case LogEntry::Payload::Binary:
        parts.append(tr("binary, %1 bytes").arg(locale.toString(m_entry.bytes)));
        break;
    case LogEntry::Payload::None:
        break;
    }
    if (m_entry.isCut())
        parts.append(tr("only its start is kept"));
    m_header->setText(parts.join(QStringLiteral(" · ")));
    m_header->setToolTip(m_header->text());
}

void MessageInspector::showEntry(const LogEntry &entry)
{
    const quint64 generation = ++m_generation;
    m_entry = entry;
    m_isJson = false;
    m_jsonError.clear();
    m_formatting = false;
    m_treeModel->setDocument({});
    QString hex;
    QString text;
    bool tryJson = false;
    switch (entry.payload) {
    case LogEntry::Payload::Text:
        text = entry.message;
        tryJson = JsonText::looksLikeJson(text);
        break;
    case LogEntry::Payload::Binary: {
        hex = Hex::dump(entry.data, maxDumpBytes);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(entry.data);
        text = decoder.hasError() ? tr("(not UTF-8 text)") : decoded;
        break;
    }
    case LogEntry::Payload::None:
        text = entry.text;
        break;
    }
    m_hex->setPlainText(hex);
    m_tabs->setTabEnabled(1, false);
    m_tabs->setTabEnabled(2, entry.payload == LogEntry::Payload::Binary);
    if (!m_tabs->isTabEnabled(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(0);
    m_problem->setProblem({});
    if (!tryJson) {
        showText(shownText(text), false);
        showHeader();
        Q_EMIT formatted();
        return;
    }
    if (text.size() <= formatOffThreadChars) {
        const JsonText::Parsed parsed = JsonText::parse(text);
        showJson(parsed.document,
                 parsed.ok() ? shownText(JsonText::pretty(parsed.document)) : QString(),
                 parsed.error);
        return;
    }
    // A large one: as it came at once, pretty once a thread has parsed it.
    m_formatting = true;
    showText(shownText(text), false);
    showHeader();
    QPointer<MessageInspector> self(this);
    QThread *worker = QThread::create([self, text, generation] {
        const JsonText::Parsed parsed = JsonText::parse(text);
        const QString pretty
                = parsed.ok() ? shownText(JsonText::pretty(parsed.document)) : QString();
        QMetaObject::invokeMethod(
                qApp,
                [self, generation, document = parsed.document, pretty, error = parsed.error] {
                    if (self && self->m_generation == generation)
                        self->showJson(document, pretty, error);
                },
                Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_workers.removeAll(nullptr);
    m_workers.append(worker);
    worker->start(QThread::LowPriority);
}

void MessageInspector::showJson(const QJsonDocument &document, const QString &pretty,
                                const QString &error)
{
    m_formatting = false;
    if (error.isEmpty()) {
        m_isJson = true;
        m_treeModel->setDocument(document);
        showText(pretty, true);
        m_tabs->setTabEnabled(1, true);
        m_tree->expandToDepth(0);
    } else {
        m_jsonError = error;
        m_problem->setProblem(tr("Not JSON: %1").arg(error));
        if (m_fullText.isEmpty())
            showText(shownText(m_entry.message), false); // as it came
    }
    showHeader();
    Q_EMIT formatted();
}

void MessageInspector::showText(const QString &text, bool json)
{
    m_fullText = text;
    m_textIsJson = json;
    showPart(0);
}

void MessageInspector::showPart(qsizetype start)
{
    const qsizetype size = m_fullText.size();
    start = std::clamp<qsizetype>(start, 0, size);
    // Whole lines: from the start of the line `start` is in, to the end of a line.
    if (start > 0) {
        const qsizetype lineStart = m_fullText.lastIndexOf(QLatin1Char('\n'), start - 1) + 1;
        if (start - lineStart < 4096)
            start = lineStart;
    }
    qsizetype end = std::min(size, start + partChars);
    if (end < size) {
        const qsizetype lineEnd = m_fullText.indexOf(QLatin1Char('\n'), end);
        if (lineEnd >= 0 && lineEnd - end < 4096)
            end = lineEnd + 1;
    }
    m_partStart = start;
    static_cast<JsonTextView *>(m_text)->showText(
            start == 0 && end == size ? m_fullText : m_fullText.mid(start, end - start),
            m_textIsJson);
    const bool parted = size > partChars;
    m_partBar->setVisible(parted);
    if (parted) {
        const QLocale locale;
        m_partLabel->setText(tr("Characters %1 to %2 of %3")
                                     .arg(locale.toString(start + 1), locale.toString(end),
                                          locale.toString(size)));
        m_previousPart->setEnabled(start > 0);
        m_nextPart->setEnabled(end < size);
    }
}

QString MessageInspector::messageText() const
{
    switch (m_entry.payload) {
    case LogEntry::Payload::Text:
        return m_entry.message;
    case LogEntry::Payload::Binary:
        return QString::fromLatin1(m_entry.data.toHex(' '));
    case LogEntry::Payload::None:
        break;
    }
    return m_entry.text;
}

void MessageInspector::copyMessage()
{
    QGuiApplication::clipboard()->setText(messageText());
}

void MessageInspector::copyAsJson()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(LogExport::jsonLine(m_entry)));
}

void MessageInspector::saveToFile()
{
    const bool binary = m_entry.payload == LogEntry::Payload::Binary;
    const QString suffix = binary ? QStringLiteral(".bin")
            : m_isJson            ? QStringLiteral(".json")
                                  : QStringLiteral(".txt");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Message"),
                                                      folder + QStringLiteral("/message") + suffix);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray data = binary ? m_entry.data : m_entry.message.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Save the Message"),
                             tr("Could not write %1: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

void MessageInspector::openFind()
{
    m_findBar->show();
    m_tabs->setCurrentIndex(0);
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

bool MessageInspector::find(const QString &text, bool backwards)
{
    if (text.isEmpty()) {
        m_findResult->clear();
        return false;
    }
    // Through the whole text, not only the part shown; around the end to the start.
    const QTextCursor cursor = m_text->textCursor();
    const qsizetype from
            = m_partStart + (backwards ? cursor.selectionStart() - 1 : cursor.selectionEnd());
    qsizetype at = -1;
    if (!backwards)
        at = m_fullText.indexOf(text, from, Qt::CaseInsensitive);
    else if (from >= 0)
        at = m_fullText.lastIndexOf(text, from, Qt::CaseInsensitive);
    if (at < 0)
        at = backwards ? m_fullText.lastIndexOf(text, -1, Qt::CaseInsensitive)
                       : m_fullText.indexOf(text, 0, Qt::CaseInsensitive);
    m_findResult->setText(at < 0 ? tr("Not found") : QString());
    if (at < 0)
        return false;
    const qsizetype partEnd = m_partStart + m_text->document()->characterCount() - 1;
    if (at < m_partStart || at + text.size() > partEnd)
        showPart(at - partChars / 4); // the match with some of what comes before it
    QTextCursor found(m_text->document());
    found.setPosition(int(at - m_partStart));
    found.setPosition(int(at - m_partStart + text.size()), QTextCursor::KeepAnchor);
    m_text->setTextCursor(found);
    m_text->ensureCursorVisible();
    return true;
}

bool MessageInspector::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+F in the pane is the pane's, not the log's around it.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find)
            || (watched == m_find && key->key() == Qt::Key_Escape)) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find)) {
            openFind();
            return true;
        }
        if (watched == m_find) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                find(m_find->text(), key->modifiers() & Qt::ShiftModifier);
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                m_findBar->hide();
                m_text->setFocus();
                return true;
            }
        } else if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            Q_EMIT closeRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
