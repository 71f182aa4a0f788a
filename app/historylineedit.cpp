#include "historylineedit.h"

#include <QKeyEvent>

HistoryLineEdit::HistoryLineEdit(QWidget *parent) : QLineEdit(parent) { }

void HistoryLineEdit::setHistory(const QStringList &history)
{
    m_history.setEntries(history);
    endWalk();
}

void HistoryLineEdit::addToHistory(const QString &text)
{
    m_history.add(text);
    endWalk();
}

void HistoryLineEdit::endWalk()
{
    m_position = history().size();
    m_draft.clear();
}

void HistoryLineEdit::keyPressEvent(QKeyEvent *event)
{
    const QStringList &entries = history();
    m_position = std::min(m_position, entries.size()); // the entries may have shrunk meanwhile
    if (event->key() == Qt::Key_Up && m_position > 0) {
        if (m_position == entries.size())
            m_draft = text();
        setText(entries.at(--m_position));
        return;
    }
    if (event->key() == Qt::Key_Down && m_position < entries.size()) {
        ++m_position;
        setText(m_position == entries.size() ? m_draft : entries.at(m_position));
        return;
    }
    QLineEdit::keyPressEvent(event);
}
