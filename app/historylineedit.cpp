#include "historylineedit.h"

#include <QKeyEvent>

HistoryLineEdit::HistoryLineEdit(QWidget *parent) : QLineEdit(parent) { }

void HistoryLineEdit::setHistory(const QStringList &history)
{
    m_history.setEntries(history);
    endWalk();
}

void HistoryLineEdit::addToHistory(const QString &text, bool binary)
{
    m_history.add(text, binary);
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
    const auto recall = [this](const QString &text, bool binary) {
        setText(text);
        if (binary != m_binary) {
            m_binary = binary;
            Q_EMIT modeRecalled(binary);
        }
    };
    if (event->key() == Qt::Key_Up && m_position > 0) {
        if (m_position == entries.size()) {
            m_draft = text();
            m_draftBinary = m_binary;
        }
        --m_position;
        recall(entries.at(m_position), m_history.isBinary(m_position));
        return;
    }
    if (event->key() == Qt::Key_Down && m_position < entries.size()) {
        ++m_position;
        if (m_position == entries.size())
            recall(m_draft, m_draftBinary);
        else
            recall(entries.at(m_position), m_history.isBinary(m_position));
        return;
    }
    QLineEdit::keyPressEvent(event);
}
