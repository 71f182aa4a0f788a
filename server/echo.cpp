#include "echo.h"

QString Echo::reply(const QString &message)
{
    return message.toUpper();
}

QByteArray Echo::reply(const QByteArray &message)
{
    QByteArray upper = message;
    for (char &c : upper) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    }
    return upper;
}
