#pragma once

#include "clientinfo.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class ConnectionModel;
class LogModel;
class LogPanel;
class QComboBox;
class ProblemLine;
class QMenu;

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The server's side of the window: who is connected (a sortable table fed in batches), what
// to do to them (disconnect, send, broadcast), and the server's log, which shows only the
// selected client's lines while one is selected. It asks through signals; the window passes
// them to the server's thread.
class ServerPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerPanel(QWidget *parent = nullptr);

    LogModel *logModel() const { return m_logModel; }
    ConnectionModel *connectionModel() const { return m_connections; }
    LogPanel *logPanel() const { return m_logPanel; }
    void setClientCount(int count);
    // The selected client, 0 when none.
    quint64 selectedClient() const;

public Q_SLOTS:
    void applyClientUpdates(const QList<ClientInfo> &changed, const QList<quint64> &removed);
    // The server stopped: nobody is connected any more.
    void clearClients();

Q_SIGNALS:
    void disconnectRequested(quint64 id, int closeCode, const QString &reason);
    void sendRequested(quint64 id, const QByteArray &message, bool binary);
    void broadcastRequested(const QByteArray &message, bool binary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitColumns();

public:
    // The header's menu: a check a column, the peer's always on.
    QMenu *columnMenu();
    void setColumnShown(int column, bool shown);

private:
    void updateActions();
    void onSelectionChanged();
    void showChosenClient();
    void disconnectSelected();
    // The message box's bytes, or nothing (and the reason shown) when its hex is bad.
    std::optional<QByteArray> message(bool *binary);
    void sendSelected();
    void broadcastMessage();

    LogModel *m_logModel;
    ConnectionModel *m_connections;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    LogPanel *m_logPanel;
    QLabel *m_clients;
    QLabel *m_title;
    ProblemLine *m_problem;
    QPushButton *m_clear;
    QLineEdit *m_reason;
    QPushButton *m_disconnect;
    QLineEdit *m_message;
    QComboBox *m_mode;
    QPushButton *m_send;
    QPushButton *m_broadcast;
    int m_clientCount = 0;
    quint64 m_chosen = 0; // the client the user selected, kept through updates
    bool m_applying = false; // updating the table: selection changes are not the user's
    QTimer m_saveColumns;
};
