#include "hexformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace {
int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// A character as the user can see it in a message: invisible ones by their code point.
QString shown(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QStringLiteral("\"%1\"").arg(c);
    return QStringLiteral("U+%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
}

int clampedCount(qsizetype n)
{
    return int(std::min<qsizetype>(n, std::numeric_limits<int>::max()));
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// One whitespace-free group, starting at `start` (0-based) in the whole text.
bool parseGroup(QStringView group, qsizetype start, QByteArray &out, QString *error)
{
    qsizetype i = 0;
    if (group.size() >= 2 && group[0] == u'0' && (group[1] == u'x' || group[1] == u'X')) {
        i = 2;
        if (group.size() == 2) {
            return fail(error,
                        QCoreApplication::translate("Hex",
                                                    "Not hex: \"0x\" at position %1 has no "
                                                    "digits after it.")
                                .arg(start + 1));
        }
    }
    const qsizetype digitsStart = i;
    for (; i < group.size(); ++i) {
        if (digitValue(group[i]) < 0) {
            return fail(error,
                        QCoreApplication::translate("Hex",
                                                    "Not hex: %1 at position %2 is not a hex "
                                                    "digit.")
                                .arg(shown(group[i]))
                                .arg(start + i + 1));
        }
    }
    if ((group.size() - digitsStart) % 2 != 0) {
        return fail(error,
                    QCoreApplication::translate("Hex",
                                                "Not hex: \"%1\" at position %2 has an odd "
                                                "number of hex digits.")
                            .arg(group.toString())
                            .arg(start + 1));
    }
    for (i = digitsStart; i < group.size(); i += 2)
        out.append(char(digitValue(group[i]) * 16 + digitValue(group[i + 1])));
    return true;
}
} // namespace

std::optional<QByteArray> Hex::parse(QStringView text, QString *error)
{
    QByteArray out;
    out.reserve(text.size() / 2);
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !text[end].isSpace())
            ++end;
        if (!parseGroup(text.mid(i, end - i), i, out, error))
            return std::nullopt;
        i = end;
    }
    if (error)
        error->clear();
    return out;
}

QString Hex::dump(const QByteArray &data, qsizetype maxBytes)
{
    constexpr qsizetype perLine = 16;
    const qsizetype shownBytes = std::min(data.size(), std::max<qsizetype>(0, maxBytes));
    // Four offset digits cover 64 KiB; longer dumps get eight so the columns stay aligned.
    const int offsetWidth = shownBytes > 0x10000 ? 8 : 4;
    static const char digits[] = "0123456789abcdef";
    QString out;
    out.reserve((shownBytes / perLine + 2) * 80);
    for (qsizetype line = 0; line < shownBytes; line += perLine) {
        if (line > 0)
            out += QLatin1Char('\n');
        out += QStringLiteral("%1").arg(line, offsetWidth, 16, QLatin1Char('0'));
        out += QLatin1String("  ");
        QString ascii;
        for (qsizetype i = 0; i < perLine; ++i) {
            if (i == 8 && (line + i < shownBytes || shownBytes > perLine))
                out += QLatin1Char(' ');
            if (line + i < shownBytes) {
                const auto byte = uchar(data.at(line + i));
                out += QLatin1Char(digits[byte >> 4]);
                out += QLatin1Char(digits[byte & 0xf]);
                out += QLatin1Char(' ');
                ascii += byte >= 0x20 && byte < 0x7f ? QLatin1Char(char(byte)) : QLatin1Char('.');
            } else if (shownBytes > perLine) {
                out += QLatin1String("   "); // keeps the ASCII column under the lines above
            }
        }
        out += QLatin1Char(' ');
        out += ascii;
    }
    if (data.size() > shownBytes) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        // Counted first: lupdate's parser hangs on template arguments inside translate().
        const int more = clampedCount(data.size() - shownBytes);
        out += QCoreApplication::translate("Hex", "... %Ln more byte(s)", nullptr, more);
    }
    return out;
}

QString Hex::byteCount(qsizetype n)
{
    const int count = clampedCount(n);
    return QCoreApplication::translate("Hex", "%Ln byte(s)", nullptr, count);
}
