#include "session.h"

#include "jsontext.h"
#include "websocketclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString formatName = QStringLiteral("duplex-sessions");

// Its words under the context "Sessions".
class SessionsText
{
    Q_DECLARE_TR_FUNCTIONS(Sessions)
};

QJsonObject toObject(const Session &session, bool withSecrets)
{
    QJsonArray headers;
    for (const Session::Header &header : session.headers) {
        QJsonObject object { { QStringLiteral("name"), QString::fromUtf8(header.first) } };
        const bool secret = Sessions::isSecretHeader(header.first);
        if (!secret || withSecrets)
            object.insert(QStringLiteral("value"), QString::fromUtf8(header.second));
        if (secret)
            object.insert(QStringLiteral("secret"), true);
        headers.append(object);
    }
    QJsonArray snippets;
    for (const MessageHistory::Snippet &snippet : session.snippets) {
        snippets.append(
                QJsonObject { { QStringLiteral("name"), snippet.name },
                              { QStringLiteral("text"), snippet.text },
                              { QStringLiteral("mode"), MessageCodec::name(snippet.mode) } });
    }
    return { { QStringLiteral("name"), session.name },
             { QStringLiteral("url"), session.url },
             { QStringLiteral("headers"), headers },
             { QStringLiteral("subprotocols"), QJsonArray::fromStringList(session.subprotocols) },
             { QStringLiteral("mode"), MessageCodec::name(session.mode) },
             { QStringLiteral("autoPing"), session.autoPingSeconds },
             { QStringLiteral("autoReconnect"), session.autoReconnect },
             { QStringLiteral("snippets"), snippets } };
}

// One session of a file, or the reason it is none.
std::optional<Session> fromObject(const QJsonValue &value, int *secretsLeftOut, QString *error)
{
    if (!value.isObject()) {
        *error = SessionsText::tr("it is not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    Session session;
    session.name = object.value(QStringLiteral("name")).toString().trimmed();
    if (session.name.isEmpty()) {
        *error = SessionsText::tr("it has no name");
        return std::nullopt;
    }
    session.url = object.value(QStringLiteral("url")).toString();
    const QString urlProblem = WebSocketClient::checkUrl(session.url);
    if (!urlProblem.isEmpty()) {
        *error = urlProblem;
        return std::nullopt;
    }
    for (const QJsonValue &entry : object.value(QStringLiteral("headers")).toArray()) {
        const QJsonObject header = entry.toObject();
        const QByteArray name = header.value(QStringLiteral("name")).toString().toUtf8();
        if (!header.contains(QStringLiteral("value"))) {
            ++*secretsLeftOut; // written without secrets
            continue;
        }
        const QByteArray headerValue = header.value(QStringLiteral("value")).toString().toUtf8();
        const QString problem = WebSocketClient::checkHeader(name, headerValue);
        if (!problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        session.headers.append({ name, headerValue });
    }
    for (const QJsonValue &entry : object.value(QStringLiteral("subprotocols")).toArray())
        session.subprotocols.append(entry.toString());
    QString problem;
    if (!WebSocketClient::parseSubprotocols(session.subprotocols.join(QLatin1Char(',')),
                                            &problem)) {
        *error = problem;
        return std::nullopt;
    }
    const auto mode = MessageCodec::fromName(
            object.value(QStringLiteral("mode")).toString(QStringLiteral("text")));
    if (!mode) {
        *error = SessionsText::tr("its mode is none of text, json, hex and base64");
        return std::nullopt;
    }
    session.mode = *mode;
    session.autoPingSeconds = std::clamp(object.value(QStringLiteral("autoPing")).toInt(), 0, 3600);
    session.autoReconnect = object.value(QStringLiteral("autoReconnect")).toBool();
    for (const QJsonValue &entry : object.value(QStringLiteral("snippets")).toArray()) {
        const QJsonObject snippet = entry.toObject();
        const auto snippetMode = MessageCodec::fromName(
                snippet.value(QStringLiteral("mode")).toString(QStringLiteral("text")));
        const QString name = snippet.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty() || !snippetMode) {
            *error = SessionsText::tr("a snippet has no name or an unknown mode");
            return std::nullopt;
        }
        session.snippets.append(
                { name, snippet.value(QStringLiteral("text")).toString(), *snippetMode });
    }
    return session;
}
} // namespace

namespace Sessions {

bool isSecretHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    for (const char *exact : { "authorization", "proxy-authorization", "cookie" }) {
        if (lower == exact)
            return true;
    }
    for (const char *part : { "token", "secret", "password", "api-key", "apikey", "api_key" }) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

QByteArray toJson(const QList<Session> &sessions, bool withSecrets)
{
    QJsonArray list;
    for (const Session &session : sessions)
        list.append(toObject(session, withSecrets));
    const QJsonObject file { { QStringLiteral("format"), formatName },
                             { QStringLiteral("version"), formatVersion },
                             { QStringLiteral("sessions"), list } };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

std::optional<Imported> fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &problem) -> std::optional<Imported> {
        if (error)
            *error = problem;
        return std::nullopt;
    };
    const JsonText::Parsed parsed = JsonText::parse(QString::fromUtf8(json));
    if (!parsed.ok())
        return fail(SessionsText::tr("The file is not JSON: %1.").arg(parsed.error));
    const QJsonObject file = parsed.document.object();
    if (!parsed.document.isObject()
        || file.value(QStringLiteral("format")).toString() != formatName)
        return fail(SessionsText::tr("The file is not a list of Duplex connections (no \"format\": "
                                     "\"duplex-sessions\")."));
    const int version = file.value(QStringLiteral("version")).toInt(0);
    if (version < 1)
        return fail(SessionsText::tr("The file names no version of its format."));
    if (version > formatVersion)
        return fail(SessionsText::tr(
                            "The file is of version %1 of the format; this Duplex reads up to %2.")
                            .arg(version)
                            .arg(formatVersion));
    if (!file.value(QStringLiteral("sessions")).isArray())
        return fail(SessionsText::tr("The file holds no \"sessions\" list."));
    Imported imported;
    const QJsonArray list = file.value(QStringLiteral("sessions")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString problem;
        const std::optional<Session> session
                = fromObject(list.at(i), &imported.secretsLeftOut, &problem);
        if (!session)
            return fail(SessionsText::tr("Connection %1 of the file is refused: %2")
                                .arg(i + 1)
                                .arg(problem));
        imported.sessions.append(*session);
    }
    return imported;
}

} // namespace Sessions
