#pragma once

#include <QList>
#include <QtGlobal>

// What all clients together may make the server hold: every limit per client (a message's
// size, a slow reader's unsent replies) times the connection cap is far more than a computer
// has, so the whole has a limit of its own. Past it, the clients that hold the most are
// closed, until the rest fit; those that hold little, and the server, go on.
class BufferBudget
{
public:
    struct Holder
    {
        qint64 unfinished = 0; // an incoming message or frame that has not all arrived
        qint64 unsent = 0; // replies the peer has not read yet
        qint64 total() const { return unfinished + unsent; }
    };

    explicit BufferBudget(qint64 limit = defaultLimit()) : m_limit(limit) { }

    qint64 limit() const { return m_limit; }

    // The indexes of the holders to close, biggest first, so that what the others hold is
    // within the limit; none when all of them fit already.
    QList<qsizetype> overflow(const QList<Holder> &holders) const;

    // A quarter of this computer's memory (1 GiB where it cannot be told), at least 64 MiB.
    static qint64 defaultLimit();

private:
    qint64 m_limit;
};
