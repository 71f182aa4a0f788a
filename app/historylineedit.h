#pragma once

#include "messagehistory.h"

#include <QLineEdit>
#include <QStringList>

// A line edit that remembers what was entered: Up and Down walk back and forth through it,
// as in a shell, and the line being typed is kept while walking. The entries (and the
// snippets that go with them) live in a MessageHistory.
class HistoryLineEdit final : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int maxEntries = MessageHistory::maxEntries;

    explicit HistoryLineEdit(QWidget *parent = nullptr);

    const QStringList &history() const { return m_history.entries(); }
    void setHistory(const QStringList &history);
    // Remembers `text` (hex when `binary`) as the newest entry (not twice in a row) and ends
    // any walk.
    void addToHistory(const QString &text, bool binary = false);
    // The mode of what is being typed: hex for a binary message, or text. Walking the
    // history brings each entry back in its own mode (modeRecalled), and the draft in its.
    bool isBinary() const { return m_binary; }
    void setBinary(bool binary) { m_binary = binary; }
    // The entries and the snippets; after changing the entries here, call endWalk().
    MessageHistory &messageHistory() { return m_history; }
    const MessageHistory &messageHistory() const { return m_history; }
    // The next Up starts again from the newest entry.
    void endWalk();

Q_SIGNALS:
    // Up or Down brought back a text in this mode; the owner switches to it.
    void modeRecalled(bool binary);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    MessageHistory m_history;
    qsizetype m_position = 0; // == history().size() while not walking
    QString m_draft;
    bool m_draftBinary = false;
    bool m_binary = false;
};
