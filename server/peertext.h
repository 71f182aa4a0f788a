#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

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

} // namespace PeerText
