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
} // namespace

bool canRelease()
{
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

int release(QAbstractSocket *)
{
    return 0;
}

#endif

} // namespace SocketBuffers
