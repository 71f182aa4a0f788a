#include "bufferbudget.h"

#include <algorithm>
#include <numeric>

#ifdef Q_OS_UNIX
#    include <unistd.h>
#endif

QList<qsizetype> BufferBudget::overflow(const QList<Holder> &holders) const
{
    qint64 total = 0;
    for (const Holder &holder : holders)
        total += holder.total();
    if (total <= m_limit)
        return {};
    QList<qsizetype> order(holders.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&holders](qsizetype a, qsizetype b) {
        return holders.at(a).total() > holders.at(b).total();
    });
    QList<qsizetype> closed;
    for (const qsizetype index : order) {
        if (total <= m_limit)
            break;
        total -= holders.at(index).total();
        closed.append(index);
    }
    return closed;
}

qint64 BufferBudget::defaultLimit()
{
    constexpr qint64 floor = qint64(64) << 20;
    qint64 memory = qint64(4) << 30; // a quarter of it: 1 GiB
#if defined(_SC_PHYS_PAGES) && defined(_SC_PAGESIZE)
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        memory = qint64(pages) * pageSize;
#endif
    return std::max(floor, memory / 4);
}
