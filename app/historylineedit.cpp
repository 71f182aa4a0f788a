#include "historylineedit.h"

#include <QKeyEvent>

HistoryLineEdit::HistoryLineEdit(QWidget *parent) : QLineEdit(parent) { }

void HistoryLineEdit::setHistory(const QStringList &history)
{
    m_history = history.mid(std::max<qsizetype>(0, history.size() - maxEntries));
    m_position = m_history.size();
}

void HistoryLineEdit::addToHistory(const QString &text)
{
    if (m_history.isEmpty() || m_history.constLast() != text)
        m_history.append(text);
    if (m_history.size() > maxEntries)
        m_history.removeFirst();
    m_position = m_history.size();
    m_draft.clear();
}

void HistoryLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Up && m_position > 0) {
        if (m_position == m_history.size())
            m_draft = text();
        setText(m_history.at(--m_position));
        return;
    }
    if (event->key() == Qt::Key_Down && m_position < m_history.size()) {
        ++m_position;
        setText(m_position == m_history.size() ? m_draft : m_history.at(m_position));
        return;
    }
    QLineEdit::keyPressEvent(event);
}
