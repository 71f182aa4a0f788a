#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how late the GUI thread runs a 10 ms timer: the longest lateness is how long the
// window stalled. For the benchmark; off unless DUPLEX_STALL_LOG names a file, which gets the
// maximum in milliseconds when the monitor ends.
class StallMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit StallMonitor(const QString &reportFile, QObject *parent = nullptr);
    ~StallMonitor() override;

    qint64 maxLatenessMs() const { return m_maxLatenessMs; }

private:
    QString m_reportFile;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_expectedMs = 0;
    qint64 m_maxLatenessMs = 0;
};
