#pragma once

#include <QList>
#include <QString>

// The languages Duplex speaks, and switching between them while it runs: Duplex's own
// messages from the .qm files compiled in (":/i18n/duplex_<code>.qm") and Qt's from the
// system (qtbase_<code>.qm), so standard dialogs and buttons match.
namespace Translations {

struct Language
{
    QString code; // "de", "zh_CN"...; "en" is the source text
    QString nativeName; // as its speakers write it, so anyone can find their own
};

// English first, then the translations, in the order of the Language menu.
QList<Language> languages();

// Whether `code` names one of languages().
bool isKnown(const QString &code);

// Replaces the installed translators with those for `code`, or for the system's languages when
// `code` is empty. Installing them sends QEvent::LanguageChange to every widget. Returns the
// code now in use ("en" when nothing fits). Needs a QCoreApplication.
QString apply(const QString &code);

// --lang CODE (or --lang=CODE) from the raw arguments, before they are parsed: --help must
// already speak it. Empty when not given.
QString requestedLanguage(const QStringList &arguments);

} // namespace Translations
