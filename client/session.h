#pragma once

#include "messagecodec.h"
#include "messagehistory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// A client connection saved by name: what a user set up for it, to come back to and to share.
struct Session
{
    using Header = QPair<QByteArray, QByteArray>;

    QString name;
    QString url;
    QList<Header> headers;
    QStringList subprotocols;
    QList<MessageHistory::Snippet> snippets;
    MessageCodec::Mode mode = MessageCodec::Mode::Text;
    int autoPingSeconds = 0;
    bool autoReconnect = false;

    friend bool operator==(const Session &a, const Session &b)
    {
        return a.name == b.name && a.url == b.url && a.headers == b.headers
                && a.subprotocols == b.subprotocols && a.snippets == b.snippets && a.mode == b.mode
                && a.autoPingSeconds == b.autoPingSeconds && a.autoReconnect == b.autoReconnect;
    }
};

// The saved sessions as a JSON file (see the README's "Saved connections"):
//   {"format": "duplex-sessions", "version": 1, "sessions": [
//     {"name": "...", "url": "wss://...", "headers": [{"name": "Authorization", "value": "...",
//      "secret": true}], "subprotocols": ["chat"], "mode": "json", "autoPing": 30,
//      "autoReconnect": true, "snippets": [{"name": "...", "text": "...", "mode": "text"}]}]}
// A header that may hold a secret is marked "secret": true; written without secrets, it keeps
// its name and the mark and loses its value.
namespace Sessions {

inline constexpr int formatVersion = 1;

// Authorization, Proxy-Authorization, Cookie, and names that say token, secret, password or
// api key.
bool isSecretHeader(QByteArrayView name);

QByteArray toJson(const QList<Session> &sessions, bool withSecrets = true);

struct Imported
{
    QList<Session> sessions;
    int secretsLeftOut = 0; // headers whose values the file did not carry: not imported
};

// The sessions of a file; nothing, with `error` set to one sentence naming the first problem
// (and the session it is in), for anything that is not a session file of a version this
// Duplex reads: a file is taken whole or not at all.
std::optional<Imported> fromJson(const QByteArray &json, QString *error = nullptr);

} // namespace Sessions
