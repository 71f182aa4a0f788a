#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// A message seen as JSON, for the message inspector: parsing with the error's place in words,
// the pretty form, and the spans a highlighter colours. No GUI.
namespace JsonText {

struct Parsed
{
    QJsonDocument document; // null when the text is no JSON object or array
    QString error; // empty when it parsed: "unterminated string at line 3, column 14"
    qsizetype errorOffset = -1; // where in the text, in characters
    bool ok() const { return error.isEmpty(); }
};

// Whether a text is worth trying as JSON: it starts (after white space) with { or [.
bool looksLikeJson(QStringView text);

// Parses an object or array. The error names the line and column (both from 1).
Parsed parse(const QString &text);

// Indented by four spaces, as QJsonDocument writes it; compact on one line.
QString pretty(const QJsonDocument &document);
QString compact(const QJsonDocument &document);

struct Span
{
    enum class Kind { Key, String, Number, Literal, Punctuation };
    qsizetype start = 0;
    qsizetype length = 0;
    Kind kind = Kind::Punctuation;
    friend bool operator==(const Span &a, const Span &b)
    {
        return a.start == b.start && a.length == b.length && a.kind == b.kind;
    }
};

// The spans of a JSON text, or of one line of it (a string never spans lines in JSON: a line
// break inside one is written \n). A string followed by ':' is a key. Whatever is not JSON
// gets no span.
QList<Span> spans(QStringView text);

// "line 3, column 14" for a character offset.
QString lineAndColumn(QStringView text, qsizetype offset);

} // namespace JsonText
