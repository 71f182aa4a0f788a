#include "socketbuffers.h"

#include <QAbstractSocket>
#include <QtGlobal>

// QIODevicePrivate is not Qt API: its layout may change in any release. This code was written
// and checked against Qt 6.4.2 (Debian 12); other versions build the no-op.
#if QT_VERSION == QT_VERSION_CHECK(6, 4, 2) && __has_include(<QtCore/private/qiodevice_p.h>)
#    include <QtCore/private/qiodevice_p.h>
#    define DUPLEX_RELEASE_BUFFERS 1
#endif

namespace SocketBuffers {

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

    // Qt 6.4's sizes: QIODevice's, and QABSTRACTSOCKET_BUFFERSIZE, which QAbstractSocket
    // sets for writing (a QtNetwork private header this file does not otherwise need).
    constexpr int defaultReadChunkBytes = QIODEVICE_BUFFERSIZE;
    constexpr int defaultWriteChunkBytes = 32 * 1024;
} // namespace

bool canRelease()
{
    return true;
}

void useSmallChunks(QAbstractSocket *socket)
{
    if (socket)
        setChunkSizes(socket, smallChunkBytes, smallChunkBytes);
}

void useDefaultChunks(QAbstractSocket *socket)
{
    if (socket)
        setChunkSizes(socket, defaultReadChunkBytes, defaultWriteChunkBytes);
}

bool fill(QAbstractSocket *socket, QByteArrayView bytes)
{
    // What QAbstractSocketPrivate::readFromSocket() does with what it reads.
    if (!bytes.isEmpty())
        privateOf(socket)->buffer.append(bytes.data(), bytes.size());
    return true;
}

int release(QAbstractSocket *socket)
{
    if (!socket)
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
