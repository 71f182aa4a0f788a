#pragma once

#include "messagehistory.h"

#include <QPlainTextEdit>

// The composer's editor: several lines (Enter adds one, Ctrl+Enter sends), and a history as in
// a shell: Up on the first line and Down on the last walk back and forth through what was sent,
// each entry in the mode it was sent in, and the text being typed is kept while walking. The
// entries (and the snippets that go with them) live in a MessageHistory.
class MessageEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    using Mode = MessageHistory::Mode;
    static constexpr int maxEntries = MessageHistory::maxEntries;

    explicit MessageEdit(QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }
    void setText(const QString &text);

    const QStringList &history() const { return m_history.entries(); }
    // Remembers `text`, sent in `mode`, as the newest entry and ends any walk.
    void addToHistory(const QString &text, Mode mode = Mode::Text);
    MessageHistory &messageHistory() { return m_history; }
    const MessageHistory &messageHistory() const { return m_history; }
    // The next Up starts again from the newest entry.
    void endWalk();
    // The mode of what is being typed; walking brings each entry back in its own
    // (modeRecalled), and the draft in its.
    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Ctrl+Enter.
    void submitted();
    void modeRecalled(MessageEdit::Mode mode);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void recall(const QString &text, Mode mode);

    MessageHistory m_history;
    qsizetype m_position = 0; // == history().size() while not walking
    QString m_draft;
    Mode m_draftMode = Mode::Text;
    Mode m_mode = Mode::Text;
};
