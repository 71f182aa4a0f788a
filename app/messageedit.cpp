#include "messageedit.h"

#include <QKeyEvent>
#include <QTextBlock>
#include <QTextLayout>

MessageEdit::MessageEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true); // Tab goes on to the next control, as in a form
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

void MessageEdit::setText(const QString &text)
{
    setPlainText(text);
    moveCursor(QTextCursor::End);
}

void MessageEdit::addToHistory(const QString &text, Mode mode)
{
    m_history.add(text, mode);
    endWalk();
}

void MessageEdit::endWalk()
{
    m_position = history().size();
    m_draft.clear();
}

QSize MessageEdit::sizeHint() const
{
    // Three lines, as much as the composer's row gives in width.
    const int lines = 3;
    const int height = fontMetrics().lineSpacing() * lines + 2 * frameWidth()
            + int(2 * document()->documentMargin());
    return { QPlainTextEdit::sizeHint().width(), height };
}

QSize MessageEdit::minimumSizeHint() const
{
    const int height = fontMetrics().lineSpacing() * 2 + 2 * frameWidth()
            + int(2 * document()->documentMargin());
    return { fontMetrics().averageCharWidth() * 16, height };
}

void MessageEdit::recall(const QString &text, Mode mode)
{
    setText(text);
    if (mode != m_mode) {
        m_mode = mode;
        Q_EMIT modeRecalled(mode);
    }
}

void MessageEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        Q_EMIT submitted();
        return;
    }
    const QStringList &entries = history();
    m_position = std::min(m_position, entries.size()); // the entries may have shrunk meanwhile
    const QTextCursor cursor = textCursor();
    const bool onFirstLine = cursor.blockNumber() == 0 && cursor.block().layout()
            && cursor.block().layout()->lineForTextPosition(cursor.positionInBlock()).lineNumber()
                    == 0;
    const bool onLastLine = cursor.block() == document()->lastBlock() && cursor.block().layout()
            && cursor.block().layout()->lineForTextPosition(cursor.positionInBlock()).lineNumber()
                    == cursor.block().layout()->lineCount() - 1;
    if (event->key() == Qt::Key_Up && event->modifiers() == Qt::NoModifier && onFirstLine
        && m_position > 0) {
        if (m_position == entries.size()) {
            m_draft = text();
            m_draftMode = m_mode;
        }
        --m_position;
        recall(entries.at(m_position), m_history.mode(m_position));
        return;
    }
    if (event->key() == Qt::Key_Down && event->modifiers() == Qt::NoModifier && onLastLine
        && m_position < entries.size()) {
        ++m_position;
        if (m_position == entries.size())
            recall(m_draft, m_draftMode);
        else
            recall(entries.at(m_position), m_history.mode(m_position));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}
