// The message inspector's JSON without a window: parsing with the error's place, the pretty
// form, the highlighter's spans and the tree with its paths.
#include "jsontext.h"
#include "jsontreemodel.h"
#include "messagecodec.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using Span = JsonText::Span;
using Kind = JsonText::Span::Kind;

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesJson();
    void parsesAndSaysWhereItFails_data();
    void parsesAndSaysWhereItFails();
    void prettyAndCompact();
    void spansColourEveryKind();
    void spansOfAPrettyDocumentCoverItsTokens();
    void treeShowsMembersAndElements();
    void treeNamesPathsAsJsonPath();
    void treeIsAValidModel();
    void composerModesEncode();
    void sessionsRoundTripWithSecretsMarked();
    void sessionsWithoutSecrets();
    void sessionFilesAreRefusedWhole_data();
    void sessionFilesAreRefusedWhole();
};

void TestJson::recognisesJson()
{
    QVERIFY(JsonText::looksLikeJson(u"  {\"a\":1}"));
    QVERIFY(JsonText::looksLikeJson(u"\n[1]"));
    QVERIFY(!JsonText::looksLikeJson(u"Hello"));
    QVERIFY(!JsonText::looksLikeJson(u"42"));
    QVERIFY(!JsonText::looksLikeJson(u""));
}

void TestJson::parsesAndSaysWhereItFails_data()
{
    QTest::addColumn<QString>("text");
    // Empty: it parses. Else the line, and the column of the character at fault (Qt may name
    // the one after it).
    QTest::addColumn<QString>("where");
    QTest::newRow("object") << QStringLiteral("{\"type\":\"subscribe\"}") << QString();
    QTest::newRow("array") << QStringLiteral("[1, 2, 3]") << QString();
    QTest::newRow("missing comma on line 2")
            << QStringLiteral("{\"a\": 1\n \"b\": 2}") << QStringLiteral("line 2, column 2");
    QTest::newRow("after non-ASCII text, in characters")
            << QStringLiteral("{\"ключ\": tru}") << QStringLiteral("line 1, column 10");
    QTest::newRow("a bare number") << QStringLiteral("42") << QStringLiteral("line 1, column 1");
}

void TestJson::parsesAndSaysWhereItFails()
{
    QFETCH(QString, text);
    QFETCH(QString, where);
    const JsonText::Parsed parsed = JsonText::parse(text);
    if (where.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(!parsed.document.isNull());
        return;
    }
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.document.isNull());
    static const QRegularExpression place(QStringLiteral(" at line (\\d+), column (\\d+)$"));
    const QRegularExpressionMatch said = place.match(parsed.error);
    const QRegularExpressionMatch wanted
            = QRegularExpression(QStringLiteral("line (\\d+), column (\\d+)")).match(where);
    QVERIFY2(said.hasMatch() && wanted.hasMatch(), qPrintable(parsed.error));
    QCOMPARE(said.captured(1), wanted.captured(1));
    const int column = said.captured(2).toInt();
    const int expected = wanted.captured(2).toInt();
    QVERIFY2(column == expected || column == expected + 1, qPrintable(parsed.error));
    QCOMPARE(parsed.errorOffset >= 0, true);
}

void TestJson::prettyAndCompact()
{
    const auto parsed = JsonText::parse(QStringLiteral("{\"b\":[1,true,null],\"a\":\"x\"}"));
    QVERIFY(parsed.ok());
    QCOMPARE(JsonText::compact(parsed.document),
             QStringLiteral("{\"a\":\"x\",\"b\":[1,true,null]}"));
    QCOMPARE(JsonText::pretty(parsed.document),
             QStringLiteral("{\n    \"a\": \"x\",\n    \"b\": [\n        1,\n        true,\n"
                            "        null\n    ]\n}\n"));
}

void TestJson::spansColourEveryKind()
{
    const QString line = QStringLiteral("    \"k\\\"ey\": [\"v\", -1.5e3, true, null],");
    const QList<Span> spans = JsonText::spans(line);
    const QList<Span> expected = {
        { 4, 7, Kind::Key },          { 11, 1, Kind::Punctuation }, { 13, 1, Kind::Punctuation },
        { 14, 3, Kind::String },      { 17, 1, Kind::Punctuation }, { 19, 6, Kind::Number },
        { 25, 1, Kind::Punctuation }, { 27, 4, Kind::Literal },     { 31, 1, Kind::Punctuation },
        { 33, 4, Kind::Literal },     { 37, 1, Kind::Punctuation }, { 38, 1, Kind::Punctuation },
    };
    QCOMPARE(spans, expected);
    // An unterminated string ends with the text; words that are no literal get nothing.
    QCOMPARE(JsonText::spans(u"\"open"), QList<Span>({ { 0, 5, Kind::String } }));
    QVERIFY(JsonText::spans(u"nothing here").isEmpty());
}

void TestJson::spansOfAPrettyDocumentCoverItsTokens()
{
    const auto parsed = JsonText::parse(QStringLiteral(
            "{\"type\":\"subscribe\",\"channel\":\"prices\",\"symbols\":[\"BTC\",\"ETH\"],"
            "\"depth\":10,\"live\":false}"));
    const QString pretty = JsonText::pretty(parsed.document);
    QStringList keys;
    int strings = 0;
    for (const Span &span : JsonText::spans(pretty)) {
        if (span.kind == Kind::Key)
            keys.append(pretty.mid(span.start, span.length));
        if (span.kind == Kind::String)
            ++strings;
    }
    QCOMPARE(keys,
             QStringList({ QStringLiteral("\"channel\""), QStringLiteral("\"depth\""),
                           QStringLiteral("\"live\""), QStringLiteral("\"symbols\""),
                           QStringLiteral("\"type\"") }));
    QCOMPARE(strings, 4);
}

void TestJson::treeShowsMembersAndElements()
{
    JsonTreeModel model;
    model.setDocument(
            JsonText::parse(QStringLiteral("{\"type\":\"subscribe\",\"symbols\":[\"BTC\",\"ETH\"],"
                                           "\"n\":1.5,\"big\":12345678901,\"ok\":true,\"x\":null}"))
                    .document);
    QCOMPARE(model.rowCount(), 6);
    auto row = [&](const QString &key) {
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.index(i, JsonTreeModel::Key).data().toString() == key)
                return model.index(i, JsonTreeModel::Key);
        }
        return QModelIndex();
    };
    const QModelIndex symbols = row(QStringLiteral("symbols"));
    QVERIFY(symbols.isValid());
    QCOMPARE(symbols.siblingAtColumn(JsonTreeModel::Value).data().toString(),
             QStringLiteral("[…] 2 item(s)"));
    QCOMPARE(model.rowCount(symbols), 2);
    QCOMPARE(model.index(1, JsonTreeModel::Key, symbols).data().toString(), QStringLiteral("[1]"));
    QCOMPARE(model.index(1, JsonTreeModel::Value, symbols).data().toString(),
             QStringLiteral("\"ETH\""));
    QCOMPARE(row(QStringLiteral("n")).siblingAtColumn(1).data().toString(), QStringLiteral("1.5"));
    QCOMPARE(row(QStringLiteral("big")).siblingAtColumn(1).data().toString(),
             QStringLiteral("12345678901"));
    QCOMPARE(row(QStringLiteral("ok")).siblingAtColumn(1).data().toString(),
             QStringLiteral("true"));
    QCOMPARE(row(QStringLiteral("x")).siblingAtColumn(1).data().toString(), QStringLiteral("null"));
    QVERIFY(!model.hasChildren(row(QStringLiteral("type"))));

    model.setDocument({});
    QCOMPARE(model.rowCount(), 0);
}

void TestJson::treeNamesPathsAsJsonPath()
{
    JsonTreeModel model;
    model.setDocument(
            JsonText::parse(QStringLiteral("{\"symbols\":[\"BTC\",{\"a b\":[0,{\"q\\\"\":1}]}]}"))
                    .document);
    const QModelIndex symbols = model.index(0, 0);
    QCOMPARE(model.path(symbols), QStringLiteral("$.symbols"));
    const QModelIndex second = model.index(1, 0, symbols);
    QCOMPARE(model.path(second), QStringLiteral("$.symbols[1]"));
    const QModelIndex spaced = model.index(0, 0, second);
    QCOMPARE(model.path(spaced), QStringLiteral("$.symbols[1][\"a b\"]"));
    const QModelIndex quoted = model.index(0, 0, model.index(1, 0, spaced));
    QCOMPARE(quoted.data(JsonTreeModel::PathRole).toString(),
             QStringLiteral("$.symbols[1][\"a b\"][1][\"q\\\"\"]"));
    QCOMPARE(model.parent(quoted).parent().parent(), second);
}

void TestJson::treeIsAValidModel()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonArray rows;
    for (int i = 0; i < 50; ++i)
        rows.append(
                QJsonObject { { QStringLiteral("id"), i },
                              { QStringLiteral("tags"), QJsonArray { i, QStringLiteral("t") } } });
    model.setDocument(QJsonDocument(QJsonObject { { QStringLiteral("rows"), rows } }));
    QCOMPARE(model.rowCount(model.index(0, 0)), 50);
    model.setDocument(QJsonDocument(rows));
    QCOMPARE(model.rowCount(), 50);
}

void TestJson::composerModesEncode()
{
    using MessageCodec::Mode;
    QString error;
    auto text = MessageCodec::encode(Mode::Text, QStringLiteral("any {thing"), &error);
    QVERIFY(text && !text->binary && text->text == QStringLiteral("any {thing"));
    auto json = MessageCodec::encode(Mode::Json, QStringLiteral(" {\"a\": [1, 2]} "), &error);
    QVERIFY(json && !json->binary);
    QCOMPARE(json->text, QStringLiteral(" {\"a\": [1, 2]} ")); // as typed
    QVERIFY(!MessageCodec::encode(Mode::Json, QStringLiteral("{\"a\": }"), &error));
    QVERIFY2(error.startsWith(QLatin1String("Not JSON: "))
                     && error.contains(QLatin1String("line 1")),
             qPrintable(error));
    auto hex = MessageCodec::encode(Mode::Hex, QStringLiteral("48 69"), &error);
    QVERIFY(hex && hex->binary && hex->data == QByteArray("Hi"));
    QVERIFY(!MessageCodec::encode(Mode::Hex, QStringLiteral("4"), &error));
    auto base64 = MessageCodec::encode(Mode::Base64, QStringLiteral("SGk=\n"), &error);
    QVERIFY(base64 && base64->binary && base64->data == QByteArray("Hi"));
    for (const char *bad : { "S*k=", "SGk=é", "SG=k" }) {
        error.clear();
        QVERIFY2(!MessageCodec::encode(Mode::Base64, QString::fromUtf8(bad), &error), bad);
        QVERIFY(error.startsWith(QLatin1String("Not base64")));
    }
    for (const Mode mode : { Mode::Text, Mode::Json, Mode::Hex, Mode::Base64 })
        QCOMPARE(MessageCodec::fromName(MessageCodec::name(mode)), mode);
    QVERIFY(!MessageCodec::fromName(u"binary"));
}

namespace {
Session sampleSession()
{
    Session session;
    session.name = QStringLiteral("Prices feed");
    session.url = QStringLiteral("wss://feed.example.test/ws");
    session.headers = { { "Authorization", "Bearer s3cr3t" },
                        { "X-Client", "duplex" },
                        { "X-Api-Key", "k-123" } };
    session.subprotocols = { QStringLiteral("json.v1") };
    session.snippets = { { QStringLiteral("subscribe"), QStringLiteral("{\"type\":\"subscribe\"}"),
                           MessageCodec::Mode::Json },
                         { QStringLiteral("ping bytes"), QStringLiteral("de ad"),
                           MessageCodec::Mode::Hex } };
    session.mode = MessageCodec::Mode::Json;
    session.autoPingSeconds = 30;
    session.autoReconnect = true;
    return session;
}
} // namespace

void TestJson::sessionsRoundTripWithSecretsMarked()
{
    Session other;
    other.name = QStringLiteral("Local");
    other.url = QStringLiteral("ws://127.0.0.1:8888/ws/");
    const QList<Session> sessions = { sampleSession(), other };
    const QByteArray json = Sessions::toJson(sessions);
    const QJsonObject file = QJsonDocument::fromJson(json).object();
    QCOMPARE(file.value(QStringLiteral("format")).toString(), QStringLiteral("duplex-sessions"));
    QCOMPARE(file.value(QStringLiteral("version")).toInt(), Sessions::formatVersion);
    const QJsonArray headers = file.value(QStringLiteral("sessions"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("headers"))
                                       .toArray();
    QCOMPARE(headers.at(0).toObject().value(QStringLiteral("secret")).toBool(), true);
    QVERIFY(!headers.at(1).toObject().contains(QStringLiteral("secret")));
    QCOMPARE(headers.at(2).toObject().value(QStringLiteral("secret")).toBool(), true);
    QString error;
    const auto back = Sessions::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->sessions, sessions);
    QCOMPARE(back->secretsLeftOut, 0);
}

void TestJson::sessionsWithoutSecrets()
{
    const QByteArray json = Sessions::toJson({ sampleSession() }, false);
    QVERIFY(!json.contains("s3cr3t"));
    QVERIFY(!json.contains("k-123"));
    QVERIFY(json.contains("\"Authorization\""));
    const auto back = Sessions::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->secretsLeftOut, 2);
    QCOMPARE(back->sessions.at(0).headers, QList<Session::Header>({ { "X-Client", "duplex" } }));
    for (const char *secret : { "Cookie", "authorization", "X-Auth-Token", "Client-Secret" })
        QVERIFY2(Sessions::isSecretHeader(secret), secret);
    QVERIFY(!Sessions::isSecretHeader("X-Client"));
}

void TestJson::sessionFilesAreRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("reason"); // a part of the one sentence
    const QByteArray good = "{\"name\":\"ok\",\"url\":\"ws://127.0.0.1/\"}";
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("is not JSON");
    QTest::newRow("foreign") << QByteArray("{\"info\": {\"name\": \"Postman\"}, \"item\": []}")
                             << QStringLiteral("not a list of Duplex connections");
    QTest::newRow("an array") << QByteArray("[1, 2]") << QStringLiteral("not a list of Duplex");
    QTest::newRow("newer") << QByteArray(
            "{\"format\":\"duplex-sessions\",\"version\":9,\"sessions\":[]}")
                           << QStringLiteral("version 9 of the format; this Duplex reads up to 1");
    QTest::newRow("no version") << QByteArray("{\"format\":\"duplex-sessions\",\"sessions\":[]}")
                                << QStringLiteral("names no version");
    QTest::newRow("bad second")
            << QByteArray("{\"format\":\"duplex-sessions\",\"version\":1,\"sessions\":[") + good
                    + ",{\"name\":\"bad\",\"url\":\"http://x/\"}]}"
            << QStringLiteral("Connection 2 of the file is refused: The URL must start with ws://");
    QTest::newRow("header breaking the line") << QByteArray(
            "{\"format\":\"duplex-sessions\",\"version\":1,\"sessions\":[{\"name\":\"h\","
            "\"url\":\"ws://a/\",\"headers\":[{\"name\":\"X\",\"value\":\"a\\r\\nB: c\"}]}]}")
                                              << QStringLiteral("must not break the line");
    QTest::newRow("unnamed") << QByteArray(
            "{\"format\":\"duplex-sessions\",\"version\":1,\"sessions\":[{\"url\":\"ws://a/\"}]}")
                             << QStringLiteral("it has no name");
}

void TestJson::sessionFilesAreRefusedWhole()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!Sessions::fromJson(file, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
