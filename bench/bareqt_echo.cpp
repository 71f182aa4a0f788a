// bareqt_echo: the floor for bench/run.sh, the least a Qt WebSocket echo server can do. A bare
// QWebSocketServer (it answers the upgrade on any path), Welcome!, the upper-cased echo, nothing
// else: no HTTP front door, no limits, no logging, no signals to anyone.
//
// Usage: bareqt_echo [PORT]   (127.0.0.1; 0 or nothing picks a free port)
// Prints "LISTENING <port>" on stdout once it listens.

#include <QCoreApplication>
#include <QHostAddress>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstdio>

namespace {
QByteArray asciiUpper(QByteArray bytes)
{
    for (char &c : bytes) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    }
    return bytes;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = true;
    const quint16 port = argc > 1 ? QByteArray(argv[1]).toUShort(&ok) : 0;
    if (!ok) {
        std::fprintf(stderr, "usage: bareqt_echo [PORT]\n");
        return 2;
    }

    QWebSocketServer server(QStringLiteral("bareqt_echo"), QWebSocketServer::NonSecureMode);
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                             [socket](const QString &message) {
                                 socket->sendTextMessage(message.toUpper());
                             });
            QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket,
                             [socket](const QByteArray &message) {
                                 socket->sendBinaryMessage(asciiUpper(message));
                             });
            QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            socket->sendTextMessage(QStringLiteral("Welcome!"));
        }
    });
    if (!server.listen(QHostAddress::LocalHost, port)) {
        std::fprintf(stderr, "bareqt_echo: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("LISTENING %u\n", unsigned(server.serverPort()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
