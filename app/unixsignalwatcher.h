#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM (and SIGHUP, when asked) into Qt signals delivered by the event
// loop (the self-pipe pattern), so shutdown runs as ordinary code instead of inside a signal
// handler.
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    // SIGHUP becomes hangup() instead of ending the program: logrotate's "open your log again".
    void watchHangup();

Q_SIGNALS:
    void terminationRequested(int signalNumber);
    void hangup();

private:
    QSocketNotifier *m_notifier = nullptr;
    bool m_hangup = false;
};
