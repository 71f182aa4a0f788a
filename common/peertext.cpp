#include "peertext.h"

#include <cstdio>

namespace PeerText {

bool mustEscape(char32_t code)
{
    if (code < 0x20 || code == 0x7f)
        return true;
    if (code < 0x7f)
        return false;
    if (code <= 0xffff && QChar::isSurrogate(char16_t(code))) // unpaired
        return true;
    switch (QChar::category(code)) {
    case QChar::Other_Control: // C1 (NEL among them)
    case QChar::Other_Format: // U+202E and the other bidirectional controls, ZWJ, U+E0001...
    case QChar::Separator_Line: // U+2028
    case QChar::Separator_Paragraph: // U+2029
        return true;
    default:
        return false;
    }
}

int escapeSequence(char32_t code, char *out)
{
    switch (code) {
    case U'\n':
        return std::snprintf(out, 10, "\\n");
    case U'\r':
        return std::snprintf(out, 10, "\\r");
    case U'\t':
        return std::snprintf(out, 10, "\\t");
    default:
        break;
    }
    if (code < 0x100)
        return std::snprintf(out, 10, "\\x%02x", unsigned(code));
    if (code < 0x10000)
        return std::snprintf(out, 10, "\\u%04x", unsigned(code));
    return std::snprintf(out, 11, "\\U%08x", unsigned(code));
}

QString escaped(QStringView text, qsizetype maxChars, bool *truncated)
{
    QString line;
    line.reserve(std::min(text.size(), maxChars) + 8);
    const bool cut = walk(
            text, maxChars, [&line](QStringView run) { line += run; },
            [&line](char32_t code) {
                char sequence[11];
                line += QLatin1String(sequence, escapeSequence(code, sequence));
            });
    if (truncated)
        *truncated = cut;
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
