#include "nativesocket.h"

#ifdef Q_OS_UNIX
#    include <cerrno>
#    include <netinet/in.h>
#    include <sys/socket.h>
#    include <unistd.h>
#endif

namespace NativeSocket {

#ifdef Q_OS_UNIX

Received receive(qintptr descriptor, char *data, qint64 size, bool peek)
{
    const ssize_t got
            = ::recv(int(descriptor), data, size_t(size), (peek ? MSG_PEEK : 0) | MSG_DONTWAIT);
    if (got > 0)
        return { Received::State::Data, qint64(got) };
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return { Received::State::NothingYet, 0 };
    return {};
}

void drain(qintptr descriptor)
{
    char sink[4096];
    while (::recv(int(descriptor), sink, sizeof sink, MSG_DONTWAIT) > 0) { }
}

void sendNow(qintptr descriptor, QByteArrayView bytes)
{
    [[maybe_unused]] const ssize_t sent = ::send(int(descriptor), bytes.data(),
                                                 size_t(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
}

bool shutdownWrite(qintptr descriptor)
{
    return ::shutdown(int(descriptor), SHUT_WR) == 0;
}

void close(qintptr descriptor)
{
    ::close(int(descriptor));
}

bool peer(qintptr descriptor, QHostAddress *address, quint16 *port)
{
    sockaddr_storage storage {};
    socklen_t size = sizeof storage;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&storage), &size) != 0)
        return false;
    QHostAddress host(reinterpret_cast<const sockaddr *>(&storage));
    *port = storage.ss_family == AF_INET6
            ? ntohs(reinterpret_cast<const sockaddr_in6 *>(&storage)->sin6_port)
            : ntohs(reinterpret_cast<const sockaddr_in *>(&storage)->sin_port);
    if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const QHostAddress v4(host.toIPv4Address(&mapped));
        if (mapped)
            host = v4;
    }
    *address = host;
    return true;
}

#else

Received receive(qintptr, char *, qint64, bool)
{
    return {};
}

void drain(qintptr) { }

void sendNow(qintptr, QByteArrayView) { }

bool shutdownWrite(qintptr)
{
    return false;
}

void close(qintptr) { }

bool peer(qintptr, QHostAddress *, quint16 *)
{
    return false;
}

#endif

} // namespace NativeSocket
