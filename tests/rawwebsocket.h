// A WebSocket peer at the byte level, for the tests that must send what QWebSocket never would.
#pragma once

#include <QByteArray>
#include <QSslSocket>
#include <QTest>
#include <QtEndian>

#include <utility>

namespace RawWebSocket {

inline QByteArray handshake(const QByteArray &extraHeaders = {})
{
    return "GET /ws/ HTTP/1.1\r\n"
           "Host: 127.0.0.1\r\n"
           "Upgrade: websocket\r\n"
           "Connection: Upgrade\r\n"
           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
           "Sec-WebSocket-Version: 13\r\n"
            + extraHeaders + "\r\n";
}

// One frame as a client sends it: masked (unless told not to), FIN and RSV bits as given.
inline QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true, quint8 rsv = 0,
                        bool masked = true)
{
    QByteArray out;
    out.append(char((fin ? 0x80 : 0) | ((rsv & 7) << 4) | (opcode & 0x0f)));
    const char maskBit = masked ? char(0x80) : char(0);
    if (payload.size() < 126) {
        out.append(char(maskBit | char(payload.size())));
    } else if (payload.size() <= 0xffff) {
        out.append(char(maskBit | 126));
        quint16 length = qToBigEndian(quint16(payload.size()));
        out.append(reinterpret_cast<const char *>(&length), 2);
    } else {
        out.append(char(maskBit | 127));
        quint64 length = qToBigEndian(quint64(payload.size()));
        out.append(reinterpret_cast<const char *>(&length), 8);
    }
    if (!masked)
        return out + payload;
    const char key[4] = { 0x12, 0x34, 0x56, 0x78 };
    out.append(key, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        out.append(char(payload.at(i) ^ key[i % 4]));
    return out;
}

inline QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    const quint16 big = qToBigEndian(code);
    return QByteArray(reinterpret_cast<const char *>(&big), 2) + reason;
}

// The frames a server sent, read from the bytes after the handshake answer. (A server must not
// mask its frames, but Qt's does for what it answers while the QWebSocket is being made:
// masked payloads are unmasked.)
struct Frame
{
    quint8 opcode = 0;
    QByteArray payload;
    int closeCode() const
    {
        return payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : -1;
    }
};

inline QList<Frame> readFrames(QByteArray data)
{
    QList<Frame> frames;
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return frames;
    data.remove(0, headEnd + 4);
    while (data.size() >= 2) {
        const bool masked = quint8(data.at(1)) & 0x80;
        qsizetype length = quint8(data.at(1)) & 0x7f;
        qsizetype offset = 2;
        if (length == 126) {
            if (data.size() < 4)
                break;
            length = qFromBigEndian<quint16>(data.constData() + 2);
            offset = 4;
        } else if (length == 127) {
            if (data.size() < 10)
                break;
            length = qsizetype(qFromBigEndian<quint64>(data.constData() + 2));
            offset = 10;
        }
        const QByteArray mask = masked ? data.mid(offset, 4) : QByteArray();
        offset += mask.size();
        if (mask.size() != (masked ? 4 : 0) || data.size() < offset + length)
            break;
        QByteArray payload = data.mid(offset, length);
        for (qsizetype i = 0; masked && i < payload.size(); ++i)
            payload[i] = char(payload.at(i) ^ mask.at(i % 4));
        frames.append({ quint8(data.at(0) & 0x0f), payload });
        data.remove(0, offset + length);
    }
    return frames;
}

// A raw TCP peer (or TLS, trusting any certificate) that keeps everything it is sent.
class Peer : public QObject
{
public:
    enum class Transport { Plain, Tls };
    // `wait`: return once connected. Without it, what is sent goes out when the connection is
    // made, in the event loop: for many peers at once, and for a duplex whose log must be read
    // meanwhile (a blocked wait leaves its output pipe full, which stops it).
    explicit Peer(quint16 port, Transport transport = Transport::Plain, bool wait = true)
    {
        connect(&socket, &QTcpSocket::readyRead, this, [this] { received += socket.readAll(); });
        connect(&socket, &QTcpSocket::disconnected, this, [this] { closed = true; });
        if (transport == Transport::Tls) {
            socket.setPeerVerifyMode(QSslSocket::VerifyNone);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            if (wait)
                socket.waitForEncrypted(5000);
        } else {
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (wait)
                socket.waitForConnected(5000);
        }
    }
    void send(const QByteArray &bytes)
    {
        if (socket.state() != QAbstractSocket::ConnectedState) { // sent once connected
            if (unsent.isEmpty()) {
                connect(&socket, &QAbstractSocket::connected, this,
                        [this] { send(std::exchange(unsent, {})); });
            }
            unsent += bytes;
            return;
        }
        socket.write(bytes);
        socket.flush();
    }
    QList<Frame> frames() const { return readFrames(received); }
    // The close code the server sent, or -1 while it sent no close frame.
    int closeCode() const
    {
        for (const Frame &frame : frames()) {
            if (frame.opcode == 0x8)
                return frame.closeCode();
        }
        return -1;
    }
    QSslSocket socket; // plain TCP unless told otherwise
    QByteArray received;
    QByteArray unsent;
    bool closed = false;
};

} // namespace RawWebSocket
