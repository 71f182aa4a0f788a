#pragma once

#include <QLabel>

// One line under a field for what is wrong with it ("Not hex: ..."), whose space is kept while
// there is nothing to say, so that the fields around it never move while the user types. A
// text too long for the line is cut with "…"; the whole of it is the tool tip.
class ProblemLine final : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemLine(QWidget *parent = nullptr);

    // Shows the problem; an empty one hides the line, its space stays.
    void setProblem(const QString &problem);
    QString problem() const { return m_problem; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fit();

    QString m_problem;
};
