#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// How the composer's text becomes a message: as it is (Text), checked JSON sent as text
// (Json), hex bytes or base64 sent as a binary message (Hex, Base64). No GUI.
namespace MessageCodec {

enum class Mode { Text, Json, Hex, Base64 };

// "text", "json", "hex", "base64": how settings and saved sessions name a mode.
QString name(Mode mode);
// The mode of a name; nothing for a name that is none of them.
std::optional<Mode> fromName(QStringView name);
bool isBinary(Mode mode);

struct Message
{
    bool binary = false;
    QString text; // a text message
    QByteArray data; // a binary message
};

// The message `text` stands for in `mode`; nothing, with `error` set to one sentence that says
// where, when it is not what the mode needs (invalid JSON, not hex, not base64).
std::optional<Message> encode(Mode mode, const QString &text, QString *error = nullptr);

} // namespace MessageCodec
