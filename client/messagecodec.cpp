#include "messagecodec.h"

#include "hexformat.h"
#include "jsontext.h"

namespace MessageCodec {

QString name(Mode mode)
{
    switch (mode) {
    case Mode::Text:
        break;
    case Mode::Json:
        return QStringLiteral("json");
    case Mode::Hex:
        return QStringLiteral("hex");
    case Mode::Base64:
        return QStringLiteral("base64");
    }
    return QStringLiteral("text");
}

std::optional<Mode> fromName(QStringView name)
{
    for (const Mode mode : { Mode::Text, Mode::Json, Mode::Hex, Mode::Base64 }) {
        if (name.compare(MessageCodec::name(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

bool isBinary(Mode mode)
{
    return mode == Mode::Hex || mode == Mode::Base64;
}

std::optional<Message> encode(Mode mode, const QString &text, QString *error)
{
    const auto fail = [error](const QString &problem) -> std::optional<Message> {
        if (error)
            *error = problem;
        return std::nullopt;
    };
    switch (mode) {
    case Mode::Text:
        return Message { false, text, {} };
    case Mode::Json: {
        const JsonText::Parsed parsed = JsonText::parse(text);
        if (!parsed.ok())
            return fail(
                    QCoreApplication::translate("MessageCodec", "Not JSON: %1").arg(parsed.error));
        return Message { false, text, {} }; // as typed: the user's spacing is theirs
    }
    case Mode::Hex: {
        QString problem;
        std::optional<QByteArray> bytes = Hex::parse(text, &problem);
        if (!bytes)
            return fail(problem);
        return Message { true, {}, *bytes };
    }
    case Mode::Base64: {
        QByteArray compact = text.toLatin1();
        compact.replace(' ', "").replace('\n', "").replace('\r', "").replace('\t', "");
        const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
                compact, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        // Latin-1 would turn anything else into '?', which base64 does not have either.
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (!decoded || !ascii)
            return fail(QCoreApplication::translate(
                    "MessageCodec",
                    "Not base64: use A-Z, a-z, 0-9, + and /, and = only at the end."));
        return Message { true, {}, *decoded };
    }
    }
    return fail({});
}

} // namespace MessageCodec
