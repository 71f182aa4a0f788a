#pragma once

#include "hostpolicy.h"
#include "originpolicy.h"

#include <QByteArray>
#include <QByteArrayView>

struct HttpRequest;
struct ServerSettings;

// Decides what the one port answers to the bytes a peer has sent so far: the page, the icon,
// a short error, or a hand-off of the connection to the WebSocket server. It only reads
// bytes and returns bytes, so it is tested and fuzzed without any socket.
class FrontDoor
{
public:
    struct Decision
    {
        enum Action {
            NeedMore, // the request head is not complete yet
            Respond, // write `response`, drop `consumed` bytes, close if `close`
            UpgradeToWebSocket // a valid handshake: hand the untouched bytes to QWebSocketServer
        };
        Action action = NeedMore;
        QByteArray response;
        qsizetype consumed = 0; // the request head's size (an upgrade's is left unread)
        bool close = false;
        int status = 0; // the answer's status, for the log
        QByteArray method; // of the request, for the log (empty when it could not be parsed)
        QByteArray target;
        QByteArray realIp; // what a proxy says of the client: X-Real-IP...
        QByteArray forwardedFor; // ...and X-Forwarded-For (see peerName())
        QString note; // why it was refused, when the status alone does not say
    };

    FrontDoor(); // the default settings
    explicit FrontDoor(const ServerSettings &settings);

    Decision decide(QByteArrayView buffered) const;
    qsizetype maxHeadSize() const { return m_maxHeadSize; }

    // The answer for a peer whose request head did not arrive in time.
    static QByteArray timeoutResponse();
    // The answer for a connection over the connection cap.
    static QByteArray overloadResponse();

private:
    Decision decideRequest(const HttpRequest &request) const;
    Decision checkUpgrade(const HttpRequest &request) const;
    Decision refuseHost(const HttpRequest &request) const;

    qsizetype m_maxHeadSize;
    HostPolicy m_hosts;
    OriginPolicy m_origins;
    QByteArray m_page;
    QByteArray m_favicon;
};
