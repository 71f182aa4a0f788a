#include "problemline.h"

#include <QEvent>

ProblemLine::ProblemLine(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // As wide as the layout makes it, whatever the text; one line high, shown or not.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    fit();
    hide();
}

void ProblemLine::setProblem(const QString &problem)
{
    m_problem = problem;
    setToolTip(problem);
    setAccessibleDescription(problem);
    fit();
    setVisible(!problem.isEmpty());
}

void ProblemLine::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void ProblemLine::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fit();
}

void ProblemLine::fit()
{
    const QMargins margins = contentsMargins();
    setFixedHeight(fontMetrics().height() + margins.top() + margins.bottom());
    const int room = width() - margins.left() - margins.right();
    const QString shown
            = room > 0 ? fontMetrics().elidedText(m_problem, Qt::ElideRight, room) : m_problem;
    if (shown != text())
        QLabel::setText(shown);
}
