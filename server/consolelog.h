#pragma once

#include "consolewriter.h"

#include <QObject>
#include <QString>

class DuplexServer;

// Writes what the server does as the seed's console lines ("New connection",
// "New message <text>", "Connection closed"), each with the peer and a time stamp, or as JSON
// Lines: what headless mode prints. Duplex's logging categories still choose what is written
// (QT_LOGGING_RULES, --quiet). Lines go through a ConsoleWriter: buffered, without an
// allocation per message, and with Qt's own messages (qWarning...) in the same stream, in order.
class ConsoleLog final : public QObject
{
    Q_OBJECT

public:
    enum class Format { Text, Json };

    ConsoleLog(DuplexServer *server, ConsoleWriter *writer, Format format = Format::Text,
               QObject *parent = nullptr);
    // Gives Qt's messages back to the handler that had them.
    ~ConsoleLog() override;
    Q_DISABLE_COPY_MOVE(ConsoleLog)

    // From now on every qDebug/qInfo/qWarning/qCritical/qFatal of the process, Duplex's own
    // categories included, is a line of this log (a fatal one flushes the log first).
    void captureQtMessages();

    // What the server says that is no event of a peer (the signal that stops it...).
    void serverLine(const QString &message);

private:
    enum class Level { Info, Warning, Error };
    // A record, field by field; in text each field is written as its bare value, in the
    // line's words.
    // Opens it: "<stamp> [warning: ][<peer> ]" or `{"time":…,"level":…,"category":…`, with
    // `"event"` and `"peer"` when given.
    void begin(Level level, const char *category, const char *event = nullptr,
               const QString *peer = nullptr);
    void key(const char *name); // `,"name":` (JSON only)
    // Text a peer controls, escaped (PeerText in text, a JSON string in JSON); whether cut.
    bool string(const char *name, QStringView text, qsizetype maxChars = -1);
    // Duplex's own words: as they are in text, a JSON string in JSON.
    void words(const char *name, QStringView text);
    void number(const char *name, qint64 value);
    void literal(const char *name, const char *json); // true, false (JSON only)
    void end();
    void writeText(const QString &peer, const QString &message);
    void writeBinary(const QString &peer, const QByteArray &message);
    void writeQtMessage(QtMsgType type, const char *category, const QString &message);

    ConsoleWriter *m_out;
    Format m_format;
    bool m_capturing = false;
    // The translated words around a message, split at %1 once.
    ConsoleWriter::Sentence m_newMessage;
    ConsoleWriter::Sentence m_newBinary;
};
