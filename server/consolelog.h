#pragma once

#include <QObject>

class DuplexServer;

// Writes what the server does as the seed's console lines ("New connection",
// "New message <text>", "Connection closed"), each with the peer, through Duplex's logging
// categories: what headless mode prints.
class ConsoleLog final : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleLog(DuplexServer *server, QObject *parent = nullptr);

    // A message as one readable log line: control characters escaped, and cut after
    // `maxChars` characters with the full length said.
    static QString preview(const QString &message, qsizetype maxChars = 200);
    static QString preview(const QByteArray &message, qsizetype maxBytes = 32);
};
