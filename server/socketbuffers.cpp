#include "socketbuffers.h"

#include <QAbstractSocket>
#include <QString>
#include <QtGlobal>

#include <cstring>

// QIODevicePrivate is not Qt API: its layout may change in any release. server/CMakeLists.txt
// defines DUPLEX_SOCKET_BUFFERS_PRIVATE only for the Qt versions this code was checked
// against, with their private headers; every other build gets the public-API path below and
// the reason in DUPLEX_SOCKET_BUFFERS_OFF.
#if defined(DUPLEX_SOCKET_BUFFERS_PRIVATE) && __has_include(<QtCore/private/qiodevice_p.h>)
#    include <QtCore/private/qiodevice_p.h>
#    define DUPLEX_RELEASE_BUFFERS 1
#elif !defined(DUPLEX_SOCKET_BUFFERS_OFF)
#    define DUPLEX_SOCKET_BUFFERS_OFF "Qt's private headers are missing (qt6-base-private-dev)"
#endif

namespace SocketBuffers {

QString checkedQtVersions()
{
    return QStringLiteral(DUPLEX_SOCKET_BUFFERS_QT_VERSIONS);
}

QString unavailableReason()
{
#ifdef DUPLEX_RELEASE_BUFFERS
    // The layout is the headers' this was compiled with: a Qt library of another version
    // (upgraded after the build) may lay QIODevicePrivate out differently.
    if (std::strcmp(qVersion(), QT_VERSION_STR) != 0) {
        return QStringLiteral("built against Qt " QT_VERSION_STR " but running on Qt %1")
                .arg(QLatin1String(qVersion()));
    }
    return {};
#else
    return QStringLiteral(DUPLEX_SOCKET_BUFFERS_OFF);
#endif
}

#ifdef DUPLEX_RELEASE_BUFFERS

namespace {
    QIODevicePrivate *privateOf(QAbstractSocket *socket)
    {
        return static_cast<QIODevicePrivate *>(QObjectPrivate::get(socket));
    }

    // The chunk a QRingBuffer keeps lives in its QList<QRingChunk>; clear() on an empty ring
    // buffer drops it (QRingChunk::clear() releases the QByteArray) and changes nothing else.
    bool releaseRing(QRingBuffer &ring)
    {
        if (!ring.isEmpty())
            return false;
        ring.clear();
        return true;
    }

    void setChunkSizes(QAbstractSocket *socket, int read, int write)
    {
        QIODevicePrivate *d = privateOf(socket);
        // For the ring buffers open() makes from now on, and for those it made already.
        d->readBufferChunkSize = read;
        d->writeBufferChunkSize = write;
        for (QRingBuffer &ring : d->readBuffers)
            ring.setChunkSize(read);
        for (QRingBuffer &ring : d->writeBuffers)
            ring.setChunkSize(write);
    }

    // Qt's sizes (the same in every version checked): QIODevice's, and
    // QABSTRACTSOCKET_BUFFERSIZE, which QAbstractSocket sets for writing (a QtNetwork private
    // header this file does not otherwise need).
    constexpr int defaultReadChunkBytes = QIODEVICE_BUFFERSIZE;
    constexpr int defaultWriteChunkBytes = 32 * 1024;
} // namespace

bool canRelease()
{
    static const bool runningQtMatches = unavailableReason().isEmpty();
    return runningQtMatches;
}

void useSmallChunks(QAbstractSocket *socket)
{
    if (socket && canRelease())
        setChunkSizes(socket, smallChunkBytes, smallChunkBytes);
}

void useDefaultChunks(QAbstractSocket *socket)
{
    if (socket && canRelease())
        setChunkSizes(socket, defaultReadChunkBytes, defaultWriteChunkBytes);
}

bool fill(QAbstractSocket *socket, QByteArrayView bytes)
{
    if (!canRelease())
        return false;
    // What QAbstractSocketPrivate::readFromSocket() does with what it reads.
    if (!bytes.isEmpty())
        privateOf(socket)->buffer.append(bytes.data(), bytes.size());
    return true;
}

int release(QAbstractSocket *socket)
{
    if (!socket || !canRelease())
        return 0;
    QIODevicePrivate *d = privateOf(socket);
    int released = 0;
    for (QRingBuffer &ring : d->readBuffers)
        released += releaseRing(ring) ? 1 : 0;
    for (QRingBuffer &ring : d->writeBuffers)
        released += releaseRing(ring) ? 1 : 0;
    return released;
}

#else

bool canRelease()
{
    return false;
}

void useSmallChunks(QAbstractSocket *) { }

void useDefaultChunks(QAbstractSocket *) { }

bool fill(QAbstractSocket *, QByteArrayView)
{
    return false;
}

int release(QAbstractSocket *)
{
    return 0;
}

#endif

} // namespace SocketBuffers
