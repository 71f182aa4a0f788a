#pragma once

#include "logexport.h"
#include "logmodel.h"

#include <QWidget>

#include <array>

class LogFilterModel;
class MessageInspector;
class QSplitter;
class LogView;
class QAction;
class ProblemLine;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

// A log with its tools, for either side of the window: a filter bar (a text or /regular
// expression/, the four directions, the client chosen), the view, Export… (plain text or JSON
// Lines, all lines or only the shown ones) and Copy. Ctrl+F goes to the filter, Esc there
// empties it.
class LogPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit LogPanel(LogModel *model, QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }
    LogView *view() const { return m_view; }
    LogFilterModel *filter() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QAction *copyAction() const { return m_copy; }
    // Checked: Export… writes only the lines shown while a filter hides some.
    QAction *exportOnlyShownAction() const { return m_exportOnlyShown; }

    // Puts a widget at the end of the filter bar, e.g. the panel's Clear button.
    void addBarWidget(QWidget *widget);
    // The file name Export… suggests, without a suffix: "log" unless set, e.g. "server-log".
    // Also names where the message pane's size is kept ("ui/inspector/<baseName>").
    void setExportBaseName(const QString &baseName);
    // The pane that shows the selected line's whole message.
    MessageInspector *inspector() const { return m_inspector; }
    // Shows the message of the shown row `row` in the pane, opening it.
    void inspect(int row);

    // Writes the log (onlyShown: the lines the filter shows) to path. What Export… does after
    // its dialog; on failure false and the sentence in error (see LogExport::write).
    bool exportTo(const QString &path, LogExport::Format format, bool onlyShown,
                  QString *error = nullptr);
    // The selected entries, in the log's order.
    QList<LogEntry> selectedEntries() const;

public Q_SLOTS:
    // The selected lines to the clipboard, as plain text.
    void copySelection();
    // Asks for a file and writes it; a failure is shown in a message box.
    void exportWithDialog();
    void focusFilter();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    QString inspectorKey() const;
    // A direction toggle's text: its mark and name, or the mark alone while the panel is too
    // narrow for the names (m_compact).
    QString directionText(std::size_t index) const;
    void fitBar();
    void updateFilterState();
    void updateCount();

    LogModel *m_model;
    LogFilterModel *m_filter;
    LogView *m_view;
    QLineEdit *m_filterEdit;
    std::array<QToolButton *, 4> m_directionButtons {};
    QToolButton *m_peerButton;
    QLabel *m_count;
    QToolButton *m_exportButton;
    QMenu *m_exportMenu;
    QAction *m_exportOnlyShown;
    ProblemLine *m_error;
    QAction *m_findAction;
    QAction *m_copy;
    QAction *m_selectAll;
    QAction *m_clear;
    MessageInspector *m_inspector;
    QSplitter *m_splitter = nullptr;
    QLayout *m_bar;
    int m_fullBarWidth = 0; // what the bar needs with the directions' names
    bool m_compact = false;
    QWidget *m_statusRow = nullptr; // the client chosen, a filter error
    QString m_exportBaseName = QStringLiteral("log");
    QString m_exportDir;
    bool m_lastExportJson = false;
};
