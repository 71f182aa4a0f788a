#include "reconnectbackoff.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace std::chrono_literals;

ReconnectBackoff::ReconnectBackoff() : ReconnectBackoff(1s, 30s) { }

ReconnectBackoff::ReconnectBackoff(Milliseconds initial, Milliseconds maximum, double jitter,
                                   RandomSource random)
{
    setDelays(initial, maximum);
    setJitter(jitter);
    setRandomSource(std::move(random));
}

void ReconnectBackoff::setDelays(Milliseconds initial, Milliseconds maximum)
{
    m_initial = std::max(initial, Milliseconds(0));
    m_maximum = std::max(maximum, m_initial);
}

void ReconnectBackoff::setJitter(double jitter)
{
    m_jitter = std::clamp(jitter, 0.0, 1.0);
}

void ReconnectBackoff::setRandomSource(RandomSource random)
{
    if (!random)
        random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
    m_random = std::move(random);
}

ReconnectBackoff::Milliseconds ReconnectBackoff::nextDelay()
{
    // Doubling stops at the cap; counting on past it would overflow the shift.
    double base = double(m_initial.count());
    for (int i = 0; i < m_attempts && base < double(m_maximum.count()); ++i)
        base *= 2;
    base = std::min(base, double(m_maximum.count()));
    ++m_attempts;
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const double delay = base * (1.0 + m_jitter * (2.0 * r - 1.0));
    // The cap holds for the jittered delay too.
    return Milliseconds(qint64(std::clamp(delay, 0.0, double(m_maximum.count()))));
}
