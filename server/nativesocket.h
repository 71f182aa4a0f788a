#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QtGlobal>

// The one place where Duplex calls the operating system's socket API instead of Qt's: to read
// a connection's first bytes before Qt owns it (or as Qt would), to half-close, and to answer
// and close a bare descriptor. POSIX only; where it is missing (a Windows build) available is
// false, every call reports failure or does nothing, and the callers take Qt's own path.
namespace NativeSocket {

#ifdef Q_OS_UNIX
constexpr bool available = true;
#else
constexpr bool available = false;
#endif

// What a read found: bytes (count > 0), nothing yet, or the end of the stream (closed, or an
// error: either way nothing more will come).
struct Received
{
    enum class State { Data, NothingYet, Ended } state = State::Ended;
    qint64 count = 0;
};

// Reads up to `size` bytes without blocking; with `peek`, leaves them in the kernel for the
// next read. Not available: Ended.
Received receive(qintptr descriptor, char *data, qint64 size, bool peek = false);

// Reads and drops whatever the peer has sent so far, without blocking.
void drain(qintptr descriptor);

// Writes what the kernel takes at once, without blocking or SIGPIPE; the rest is dropped.
void sendNow(qintptr descriptor, QByteArrayView bytes);

// Half-close: ends our direction, the peer's may go on. False where it failed or is not
// available (then close the socket instead).
bool shutdownWrite(qintptr descriptor);

void close(qintptr descriptor);

// The peer's address (an IPv4-mapped IPv6 address as IPv4) and port; false if unknown.
bool peer(qintptr descriptor, QHostAddress *address, quint16 *port);

} // namespace NativeSocket
