#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Translations {

namespace {
    // Children of the application object, so they go with it (the command line is read under a
    // QCoreApplication before the QApplication exists); QPointer notices.
    QList<QPointer<QTranslator>> &installed()
    {
        static QList<QPointer<QTranslator>> translators;
        return translators;
    }

    void removeInstalled()
    {
        for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
            if (!translator)
                continue;
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        installed().clear();
    }

    bool install(const QLocale &locale, const QString &name, const QString &directory)
    {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
            delete translator;
            return false;
        }
        QCoreApplication::installTranslator(translator);
        installed().append(translator);
        return true;
    }

    QString codeOf(const QTranslator *translator)
    {
        return translator ? translator->language().replace(QLatin1Char('-'), QLatin1Char('_'))
                          : QString();
    }
} // namespace

QList<Language> languages()
{
    return {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("ru"), QStringLiteral("Русский") },
        { QStringLiteral("zh_CN"), QStringLiteral("简体中文") },
    };
}

bool isKnown(const QString &code)
{
    const auto all = languages();
    return std::any_of(all.cbegin(), all.cend(),
                       [&code](const Language &language) { return language.code == code; });
}

QString apply(const QString &code)
{
    removeInstalled();
    // QTranslator::load(QLocale...) tries each of the locale's UI languages in turn, so the
    // system's list (say "fr_CA, en") finds French even with no Canadian file.
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale); // numbers and dates follow the choice, "System" included
    const QString directory = QStringLiteral(":/i18n");
    // English has a file too, for its plurals ("1 byte", "2 bytes"); it is also what a
    // language without a translation falls back to.
    if (!install(locale, QStringLiteral("duplex"), directory)) {
        install(QLocale(QLocale::English), QStringLiteral("duplex"), directory);
        return QStringLiteral("en");
    }
    const QString inUse = codeOf(installed().constLast());
    if (!inUse.startsWith(QLatin1String("en")))
        install(locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return inUse.isEmpty() ? code : inUse;
}

QString requestedLanguage(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

} // namespace Translations
