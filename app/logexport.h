#pragma once

#include "logmodel.h"

#include <QCoreApplication>
#include <QList>

// A log's entries as a file or as clipboard text.
//
// Plain text, one line per entry as the view shows it, the whole text: the time, the mark of
// the direction (→ ← • !), the peer in brackets when the entry has one that its text does not
// already name, and the text; the lines of a multi-line text after the first are indented to
// where the text starts.
//
// JSON Lines, one object per entry and line, the data rather than the line shown:
//   {"time":"2026-11-27T11:40:54.123+01:00","direction":"in","peer":"127.0.0.1:40000",
//    "kind":"text","text":"hi","bytes":2}
//   {"time":...,"direction":"out","peer":"","kind":"binary","base64":"3q2+7w==","bytes":4}
//   {"time":...,"direction":"event","peer":"","kind":"event","text":"Connection is opened ..."}
// direction is "in", "out", "event" or "error"; peer is "" when the entry has none; kind is
// "text" or "binary" for a message (its text, or its bytes in base64, and its size in bytes,
// with "truncated":true when the log kept only its start), else "event" or "error" with the
// line as text.
class LogExport
{
    Q_DECLARE_TR_FUNCTIONS(LogExport)

public:
    enum class Format { PlainText, JsonLines };

    // "in", "out", "event", "error".
    static QString directionName(LogEntry::Direction direction);
    // One entry: a line, or several for a multi-line text, without a final newline.
    static QString plainText(const LogEntry &entry);
    // One entry as a compact JSON object, without a newline.
    static QByteArray jsonLine(const LogEntry &entry);
    // The whole file: every entry followed by a newline, in UTF-8.
    static QByteArray encode(const QList<LogEntry> &entries, Format format);
    // The format a file name asks for: JSON Lines for .jsonl and .json, plain text otherwise.
    static Format formatForFileName(const QString &path);
    // The file a user means: a name typed without an extension gets the format's
    // (.jsonl or .txt).
    static QString withSuffix(const QString &path, Format format);

    // Writes the file atomically (the old file stays whole if anything fails). On failure
    // returns false and, when error is given, a sentence such as
    // "Could not write /x/y.txt: No such file or directory".
    static bool write(const QString &path, const QList<LogEntry> &entries, Format format,
                      QString *error = nullptr);

    // Entries as plain text for the clipboard: the lines of plainText(), no final newline.
    static QString clipboardText(const QList<LogEntry> &entries);
    // Every entry of a log, in order.
    static QList<LogEntry> allEntries(const LogModel &model);
};
