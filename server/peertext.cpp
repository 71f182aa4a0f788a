#include "peertext.h"

#include <algorithm>

namespace PeerText {

namespace {
    void appendEscape(QString &line, char16_t c)
    {
        switch (c) {
        case u'\n':
            line += QLatin1String("\\n");
            return;
        case u'\r':
            line += QLatin1String("\\r");
            return;
        case u'\t':
            line += QLatin1String("\\t");
            return;
        default:
            break;
        }
        if (c < 0x100)
            line += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            line += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }

    bool mustEscape(QChar c)
    {
        switch (c.category()) {
        case QChar::Other_Control: // C0, DEL, C1 (NEL among them)
        case QChar::Other_Format: // U+202E and the other bidirectional controls, ZWJ...
        case QChar::Separator_Line: // U+2028
        case QChar::Separator_Paragraph: // U+2029
            return true;
        default:
            return false;
        }
    }
} // namespace

QString escaped(QStringView text, qsizetype maxChars, bool *truncated)
{
    const qsizetype shown = std::min(text.size(), maxChars);
    QString line;
    line.reserve(shown + 8);
    for (qsizetype i = 0; i < shown; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (i + 1 == shown) { // the bound falls inside the pair: not cut in half
                if (truncated)
                    *truncated = true;
                return line;
            }
            const char32_t code = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (QChar::category(code) == QChar::Other_Format) { // U+E0001 language tags...
                line += QStringLiteral("\\U%1").arg(uint(code), 8, 16, QLatin1Char('0'));
            } else {
                line += c;
                line += text.at(i + 1);
            }
            ++i;
        } else if (c.isSurrogate() || mustEscape(c)) {
            appendEscape(line, c.unicode());
        } else {
            line += c;
        }
    }
    if (truncated)
        *truncated = shown < text.size();
    return line;
}

QString escapedLatin1(QByteArrayView text, qsizetype maxBytes)
{
    const QString latin1 = QString::fromLatin1(text.first(std::min(text.size(), maxBytes)));
    QString line = escaped(latin1, latin1.size());
    if (text.size() > maxBytes)
        line += QStringLiteral("…");
    return line;
}

} // namespace PeerText
