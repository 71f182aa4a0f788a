#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <algorithm>

// The one rule for text a peer controls (a close reason, a message, an Origin, a request's
// method and target) on its way to a log line, a terminal or a widget: nothing in it may start
// a line, move the cursor or reach the terminal as a control sequence. Line breaks, tabs and
// every other control character (C0, DEL, C1 with NEL), Unicode's invisible format characters
// (bidirectional overrides such as U+202E, zero-width ones), its line and paragraph separators
// and unpaired surrogates are written as escapes: \n, \r, \t, \x1b, \u202e. Everything else,
// printable text in any script, is kept. Exports keep the raw text instead, escaped by their
// own format (JSON).
namespace PeerText {

// At most `maxChars` characters of `text`, escaped; `truncated` (if given) says whether some
// were left out.
QString escaped(QStringView text, qsizetype maxChars = 200, bool *truncated = nullptr);
// Bytes of an HTTP head (Latin-1), escaped the same way, at most `maxBytes` of them.
QString escapedLatin1(QByteArrayView text, qsizetype maxBytes = 200);

// Whether the rule escapes `code` (a whole code point; an unpaired surrogate is escaped too).
bool mustEscape(char32_t code);
// The escape the rule writes for `code` (\n, \x1b, \u202e, \U000e0001) into `out`, which
// holds 11 bytes; returns its length.
int escapeSequence(char32_t code, char *out);

// The rule's walk over at most `maxChars` characters of `text`, for writers that do not build
// a QString: `keep(QStringView)` gets each run of characters that stay as they are (a surrogate
// pair is never split), `escape(char32_t)` each character to escape, in order. Returns whether
// characters were left out.
template<typename Keep, typename Escape>
bool walk(QStringView text, qsizetype maxChars, Keep &&keep, Escape &&escape)
{
    const qsizetype shown = std::min(text.size(), maxChars);
    const char16_t *chars = text.utf16();
    qsizetype run = 0; // where the run of kept characters began
    for (qsizetype i = 0; i < shown; ++i) {
        const char16_t c = chars[i];
        if (c >= 0x20 && c < 0x7f) // printable ASCII: most text, one comparison pair
            continue;
        char32_t code = c;
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()
            && QChar::isLowSurrogate(chars[i + 1])) {
            if (i + 1 == shown) { // the bound falls inside the pair: not cut in half
                keep(text.sliced(run, i - run));
                return true;
            }
            code = QChar::surrogateToUcs4(c, chars[i + 1]);
            width = 2;
        }
        if (mustEscape(code)) {
            keep(text.sliced(run, i - run));
            escape(code);
            run = i + width;
        }
        i += width - 1;
    }
    keep(text.sliced(run, shown - run));
    return shown < text.size();
}

} // namespace PeerText
