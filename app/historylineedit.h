#pragma once

#include <QLineEdit>
#include <QStringList>

// A line edit that remembers what was entered: Up and Down walk back and forth through it,
// as in a shell, and the line being typed is kept while walking.
class HistoryLineEdit final : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int maxEntries = 100;

    explicit HistoryLineEdit(QWidget *parent = nullptr);

    const QStringList &history() const { return m_history; }
    void setHistory(const QStringList &history);
    // Remembers `text` as the newest entry (not twice in a row) and ends any walk.
    void addToHistory(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QStringList m_history; // oldest first
    qsizetype m_position = 0; // == m_history.size() while not walking
    QString m_draft;
};
