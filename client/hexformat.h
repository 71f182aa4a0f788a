#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// Bytes as people type and read them. No GUI: the client's and the server's logs both use it.
namespace Hex {

// Reads hex such as "48 65 6c 6c 6f", "48656c6c6f" or "0x48 0x65": groups of digits split by
// any whitespace, each group optionally prefixed with 0x, and every group an even number of
// digits (so "4 865" is refused rather than guessed at). Empty text is zero bytes.
// On failure returns nothing and, if `error` is given, one sentence naming the bad character
// and its position (1-based).
std::optional<QByteArray> parse(QStringView text, QString *error = nullptr);

// A classic dump: 16 bytes a line, offset, the hex in two groups of 8, then the bytes as
// ASCII with '.' for the rest. Past `maxBytes` a last line says how many were left out.
// Lines are joined with '\n', without a final one.
QString dump(const QByteArray &data, qsizetype maxBytes = 4096);

// "1 byte", "5 bytes", translated.
QString byteCount(qsizetype n);

} // namespace Hex
