#pragma once

#include "logmodel.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

class JsonTreeModel;
class ProblemLine;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;
class QTreeView;
class QJsonDocument;

// The whole of one log line's message, beside its log: when, which way, which peer, its size
// in bytes and characters and its kind; text wrapped; JSON pretty-printed with its syntax
// coloured (a line is coloured when it is first shown, so a 10 MiB message opens at once)
// and as a tree whose nodes copy their path ($.symbols[1]); binary as a hex dump, and as
// UTF-8 text when it is that. Copy, Copy as JSON (the line's JSON Lines record), Save…, and
// Find (Ctrl+F in the pane; Enter and Shift+Enter go on and back, Esc closes it).
class MessageInspector final : public QWidget
{
    Q_OBJECT

public:
    // What the hex view shows of a binary message; Save… writes all of it.
    static constexpr qsizetype maxDumpBytes = 256 * 1024;
    // A longer text is shown a part at a time (Previous / Next, and Find goes through all of
    // it): a text editor takes seconds for a whole 10 MiB message.
    static constexpr qsizetype partChars = 256 * 1024;
    // A longer text is parsed and pretty-printed on a thread of its own.
    static constexpr qsizetype formatOffThreadChars = 256 * 1024;

    explicit MessageInspector(QWidget *parent = nullptr);
    ~MessageInspector() override;

    void showEntry(const LogEntry &entry);
    // Whether a large message is still being formatted (its JSON parsed and pretty-printed).
    bool isFormatting() const { return m_formatting; }
    // The text shown in full (the pretty JSON, or the message), of which the editor holds
    // the part from partStart() on.
    const QString &fullText() const { return m_fullText; }
    qsizetype partStart() const { return m_partStart; }
    void showPart(qsizetype start);
    const LogEntry &entry() const { return m_entry; }

    // The text Copy puts on the clipboard: the message itself, or its bytes in hex.
    QString messageText() const;
    // The parse error when the text looked like JSON and was none; empty otherwise.
    QString jsonError() const { return m_jsonError; }
    bool isJson() const { return m_isJson; }

    // Finds `text` in the shown text from the cursor on (backwards: before it); false when it
    // is nowhere.
    bool find(const QString &text, bool backwards = false);

public Q_SLOTS:
    void copyMessage();
    void copyAsJson();
    void saveToFile();
    void openFind();

Q_SIGNALS:
    void closeRequested();
    // The message shown last is formatted and on screen.
    void formatted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showHeader();
    void showText(const QString &text, bool json);
    void showJson(const QJsonDocument &document, const QString &pretty, const QString &error);

    LogEntry m_entry;
    QString m_fullText;
    qsizetype m_partStart = 0;
    quint64 m_generation = 0; // which showEntry() a formatting thread's result belongs to
    bool m_formatting = false;
    bool m_textIsJson = false;
    QList<QPointer<QThread>> m_workers;
    bool m_isJson = false;
    QString m_jsonError;
    QLabel *m_header;
    QToolButton *m_copy;
    QToolButton *m_copyJson;
    QToolButton *m_save;
    QToolButton *m_close;
    ProblemLine *m_problem;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text;
    QTreeView *m_tree;
    JsonTreeModel *m_treeModel;
    QPlainTextEdit *m_hex;
    QWidget *m_findBar;
    QLineEdit *m_find;
    QLabel *m_findResult;
    QWidget *m_partBar;
    QLabel *m_partLabel;
    QToolButton *m_previousPart;
    QToolButton *m_nextPart;
};
