// The translations are complete and faithful: every message of every language translated
// (plurals in all the forms the language has), no message lost, no %1 dropped, the files up
// to date with the sources (lupdate finds nothing new), and the binary speaks each language.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
const QStringList languages = { QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                                QStringLiteral("ru"), QStringLiteral("zh_CN") };

struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: unfinished, vanished, obsolete or none
    bool numerus = false;
    QStringList forms; // the translation, or its numerus forms
};

QString tsPath(const QString &language)
{
    return QStringLiteral(DUPLEX_TESTS_DIR "/../translations/duplex_%1.ts").arg(language);
}

// The messages of a .ts file, in order.
QList<Message> readMessages(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                inMessage = true;
                message = Message();
                message.context = context;
                message.numerus
                        = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms = { xml.readElementText() };
            } else if (xml.name() == QLatin1String("numerusform")) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1..%99 in a text, as a sorted set.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text)) {
        if (!found.contains(match.captured()))
            found.append(match.captured());
    }
    found.sort();
    return found;
}

int pluralForms(const QString &language)
{
    if (language == QLatin1String("ru"))
        return 3; // 1, 2-4, 5-20 (and 21, 22-24...)
    if (language == QLatin1String("zh_CN"))
        return 1;
    return 2;
}

QString describe(const Message &message)
{
    return message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void upToDateWithTheSources_data();
    void upToDateWithTheSources();
    void theBinarySpeaksIt_data();
    void theBinarySpeaksIt();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readMessages(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message &message : messages) {
        if (!message.type.isEmpty()) {
            problems << QStringLiteral("%1 (%2)").arg(describe(message), message.type);
            continue;
        }
        const int wanted = message.numerus ? pluralForms(language) : 1;
        if (message.forms.size() != wanted) {
            problems << QStringLiteral("%1: %2 forms, %3 wanted")
                                .arg(describe(message))
                                .arg(message.forms.size())
                                .arg(wanted);
            continue;
        }
        const QStringList sourceArguments = placeholders(message.source);
        for (const QString &form : message.forms) {
            if (form.trimmed().isEmpty() && !message.source.trimmed().isEmpty()) {
                problems << describe(message) + QStringLiteral(": empty");
                continue;
            }
            static const QRegularExpression halfEscaped(
                    QStringLiteral("(^|[^\\p{L}])(lt|gt|amp);"));
            // An option's <value> stays one, and no half-escaped "lt;" is left behind (an
            // earlier edit that took "&" for sed's match wrote "Höchstens Höchstens <Bytes>lt;").
            if (form.count(QLatin1Char('<')) != message.source.count(QLatin1Char('<'))
                || form.count(QLatin1Char('>')) != message.source.count(QLatin1Char('>'))
                || form.contains(halfEscaped)) {
                problems << QStringLiteral("%1: \"%2\" mangles its <value> or an escape")
                                    .arg(describe(message), form);
            }
            if (placeholders(form) != sourceArguments) {
                problems << QStringLiteral("%1: \"%2\" has %3, the source %4")
                                    .arg(describe(message), form,
                                         placeholders(form).join(QLatin1Char(' ')),
                                         sourceArguments.join(QLatin1Char(' ')));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::upToDateWithTheSources_data()
{
    complete_data();
}

void TestTranslations::upToDateWithTheSources()
{
    // lupdate over today's sources, into a copy: a string added to the code and not to the
    // files shows up as unfinished, one taken out as vanished.
    QFETCH(QString, language);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(QFileInfo(tsPath(language)).fileName());
    QVERIFY(QFile::copy(tsPath(language), copy));
    QProcess lupdate;
    const QString root = QStringLiteral(DUPLEX_TESTS_DIR "/..");
    lupdate.start(QStringLiteral(DUPLEX_LUPDATE),
                  { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                    root + QStringLiteral("/app"), root + QStringLiteral("/server"),
                    root + QStringLiteral("/client"), root + QStringLiteral("/common"),
                    QStringLiteral("-ts"), copy });
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);

    QString error;
    const QList<Message> messages = readMessages(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList stale;
    for (const Message &message : messages) {
        if (!message.type.isEmpty())
            stale << QStringLiteral("%1 (%2)").arg(describe(message), message.type);
    }
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("run `cmake --build build --target update_translations` "
                                       "and translate:\n")
                        + stale.join(QLatin1Char('\n'))));
}

void TestTranslations::theBinarySpeaksIt_data()
{
    complete_data();
}

void TestTranslations::theBinarySpeaksIt()
{
    // The .qm compiled into duplex holds the translations: --help shows one of them.
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readMessages(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString source
            = QStringLiteral("Run the server without a window, logging to the terminal.");
    QString expected;
    for (const Message &message : messages) {
        if (message.source == source)
            expected = message.forms.value(0);
    }
    QVERIFY2(!expected.isEmpty(), "the --headless option's help is not in the file");

    QProcess duplex;
    duplex.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    duplex.start(QStringLiteral(DUPLEX_BINARY),
                 { QStringLiteral("--lang"), language, QStringLiteral("--help") });
    QVERIFY(duplex.waitForFinished(20000));
    QCOMPARE(duplex.exitCode(), 0);
    // QCommandLineParser wraps long descriptions: compare without the line breaks.
    QString help = QString::fromUtf8(duplex.readAllStandardOutput()).simplified();
    const QString words = expected.simplified();
    QVERIFY2(help.remove(QLatin1Char(' ')).contains(QString(words).remove(QLatin1Char(' '))),
             qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(words, help)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
