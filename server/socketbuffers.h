#pragma once

#include <QByteArrayView>
#include <QString>

class QAbstractSocket;

// Qt keeps a socket's read and write buffer chunks (16 KiB and 32 KiB, a page or more of them
// resident) for as long as the socket lives, even when nothing is in them. For a server that
// holds thousands of quiet WebSocket connections that is most of what each one costs; this
// gives the memory back while a socket is idle. Qt allocates the chunks again on the next
// read or write, so calling it on a busy socket is harmless, only pointless. The same access
// sizes the chunks of a new connection, and lets the server read a handshake straight from
// the kernel at accept and hand it to Qt as if Qt had read it.
namespace SocketBuffers {

// Whether this build reaches a socket's buffers: it needs Qt's private QIODevice header, of a
// Qt version this code was checked against, and that same version at run time. Without it,
// release() and the chunk sizes do nothing and fill() refuses.
bool canRelease();

// Why canRelease() is false ("Qt 6.7.3 is not a version ..."), or empty.
QString unavailableReason();

// The Qt versions the private path was checked against, for messages: "6.4.2, 6.8.2".
QString checkedQtVersions();

// The size of the chunks useSmallChunks() gives a socket: a WebSocket handshake head, the
// answer to it and a greeting fit, and glibc serves it from its small bins (under 1 KiB with
// Qt's header).
constexpr int smallChunkBytes = 960;

// Makes the socket's read and write buffers grow in chunks of smallChunkBytes instead of Qt's
// 16 KiB and 32 KiB. Each new connection would otherwise allocate 48 KiB for a handshake of a
// few hundred bytes, from glibc's large bins, which empties its small-object bins each time.
// Bigger reads and writes still get a chunk of their own size. Call it right after the
// socket is opened, in its thread. A null socket is allowed; a no-op where canRelease() is
// false.
void useSmallChunks(QAbstractSocket *socket);

// Gives the socket Qt's own chunk sizes back, for traffic: a chunk kept between messages, and
// a frame's header and payload in one write up to 32 KiB. What the buffers hold stays; a null
// socket is allowed.
void useDefaultChunks(QAbstractSocket *socket);

// Puts bytes read from the socket's descriptor by hand (recv()) into its read buffer, behind
// anything already there, as if Qt had read them: bytesAvailable(), peek() and read() see
// them in order. No readyRead() is emitted. Returns false, and puts nothing, where
// canRelease() is false: check that before taking bytes from the descriptor.
bool fill(QAbstractSocket *socket, QByteArrayView bytes);

// Frees the socket's empty read and write buffer chunks; a buffer holding data is left
// alone; a null socket is allowed. Returns how many of the two were empty, and so now hold no
// chunk (whether or not they held one before). Call it in the socket's thread.
int release(QAbstractSocket *socket);

} // namespace SocketBuffers
