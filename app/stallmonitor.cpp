#include "stallmonitor.h"

#include <QFile>

namespace {
constexpr int intervalMs = 10;
constexpr int startupMs = 2000; // the window's first layout and paint are not a stall
} // namespace

StallMonitor::StallMonitor(const QString &reportFile, QObject *parent)
    : QObject(parent), m_reportFile(reportFile), m_timer(this)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        if (now > startupMs)
            m_maxLatenessMs = std::max(m_maxLatenessMs, now - m_expectedMs);
        m_expectedMs = now + intervalMs;
    });
    m_clock.start();
    m_expectedMs = intervalMs;
    m_timer.start();
}

StallMonitor::~StallMonitor()
{
    QFile report(m_reportFile);
    if (report.open(QIODevice::WriteOnly | QIODevice::Truncate))
        report.write(QByteArray::number(m_maxLatenessMs) + '\n');
}
