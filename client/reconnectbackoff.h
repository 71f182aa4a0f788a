#pragma once

#include <chrono>
#include <functional>

// How long to wait before the next reconnect: `initial` doubling up to `maximum`, each delay
// moved by up to ±jitter of itself so that many clients dropped together do not come back
// together. The random source is injectable so tests know the delays.
class ReconnectBackoff
{
public:
    using Milliseconds = std::chrono::milliseconds;
    // Uniform in [0, 1).
    using RandomSource = std::function<double()>;

    ReconnectBackoff();
    ReconnectBackoff(Milliseconds initial, Milliseconds maximum, double jitter = 0.2,
                     RandomSource random = {});

    // The delay for the next attempt; the one after it is twice as long (up to the cap).
    Milliseconds nextDelay();
    // After a connection opened: the next delay is `initial` again.
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }

    Milliseconds initial() const { return m_initial; }
    Milliseconds maximum() const { return m_maximum; }
    void setDelays(Milliseconds initial, Milliseconds maximum);
    double jitter() const { return m_jitter; }
    void setJitter(double jitter);
    void setRandomSource(RandomSource random);

private:
    Milliseconds m_initial;
    Milliseconds m_maximum;
    double m_jitter;
    RandomSource m_random;
    int m_attempts = 0;
};
