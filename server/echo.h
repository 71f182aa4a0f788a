#pragma once

#include <QByteArray>
#include <QString>

// The seed's answer to a message: the same message upper-cased.
namespace Echo {
// Full Unicode case mapping, as Python's str.upper(): "straße" becomes "STRASSE".
QString reply(const QString &message);
// ASCII letters upper-cased and every other byte kept, as Python's bytes.upper().
QByteArray reply(const QByteArray &message);
} // namespace Echo
