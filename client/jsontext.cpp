#include "jsontext.h"

namespace {
bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool startsNumber(QChar c)
{
    return c == u'-' || (c >= u'0' && c <= u'9');
}

bool inNumber(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'.' || c == u'e' || c == u'E' || c == u'+'
            || c == u'-';
}
} // namespace

namespace JsonText {

bool looksLikeJson(QStringView text)
{
    for (const QChar c : text) {
        if (isSpace(c))
            continue;
        return c == u'{' || c == u'[';
    }
    return false;
}

QString lineAndColumn(QStringView text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == u'\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return QCoreApplication::translate("JsonText", "line %1, column %2")
            .arg(line)
            .arg(offset - lineStart + 1);
}

Parsed parse(const QString &text)
{
    Parsed parsed;
    QJsonParseError error;
    const QByteArray utf8 = text.toUtf8();
    parsed.document = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError && !parsed.document.isNull())
        return parsed;
    // QJsonParseError's offset counts UTF-8 bytes: back to characters.
    const qsizetype byteOffset = std::clamp<qsizetype>(error.offset, 0, utf8.size());
    parsed.errorOffset = QString::fromUtf8(utf8.left(byteOffset)).size();
    parsed.document = {};
    parsed.error = QCoreApplication::translate("JsonText", "%1 at %2")
                           .arg(error.error == QJsonParseError::NoError
                                        ? QCoreApplication::translate("JsonText",
                                                                      "not a JSON object or array")
                                        : error.errorString(),
                                lineAndColumn(text, parsed.errorOffset));
    return parsed;
}

QString pretty(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QList<Span> spans(QStringView text)
{
    QList<Span> result;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < size && text[end] != u'"') {
                if (text[end] == u'\\')
                    ++end; // the escaped character
                ++end;
            }
            end = std::min(end + 1, size); // past the closing quote
            qsizetype next = end;
            while (next < size && isSpace(text[next]))
                ++next;
            const bool key = next < size && text[next] == u':';
            result.append({ i, end - i, key ? Span::Kind::Key : Span::Kind::String });
            i = end;
        } else if (startsNumber(c)) {
            qsizetype end = i + 1;
            while (end < size && inNumber(text[end]))
                ++end;
            result.append({ i, end - i, Span::Kind::Number });
            i = end;
        } else if (c == u't' || c == u'f' || c == u'n') {
            qsizetype end = i;
            while (end < size && text[end].isLetter())
                ++end;
            const QStringView word = text.mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                result.append({ i, end - i, Span::Kind::Literal });
            i = end;
        } else if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u':' || c == u',') {
            result.append({ i, 1, Span::Kind::Punctuation });
            ++i;
        } else {
            ++i;
        }
    }
    return result;
}

} // namespace JsonText
