#pragma once

class QAbstractSocket;

// Qt keeps a socket's read and write buffer chunks (16 KiB and 32 KiB, a page or more of them
// resident) for as long as the socket lives, even when nothing is in them. For a server that
// holds thousands of quiet WebSocket connections that is most of what each one costs; this
// gives the memory back while a socket is idle. Qt allocates the chunks again on the next
// read or write, so calling it on a busy socket is harmless, only pointless.
namespace SocketBuffers {

// Whether this build can release buffers (it needs Qt's private QIODevice header, checked
// against the Qt version it was written for). Without it, release() does nothing.
bool canRelease();

// Frees the socket's empty read and write buffer chunks; a buffer holding data is left
// alone; a null socket is allowed. Returns how many of the two were empty, and so now hold no
// chunk (whether or not they held one before). Call it in the socket's thread.
int release(QAbstractSocket *socket);

} // namespace SocketBuffers
