#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bakery::i18n {

namespace {

// QTranslator::load(QLocale, ...) walks locale.uiLanguages(), so es_ES falls back to es.
bool installOne(QCoreApplication& app, const QLocale& locale, const QString& name,
                const QString& directory)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

bool installTranslators(QCoreApplication& app, const QLocale& locale)
{
    installOne(app, locale, QStringLiteral("qtbase"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (installOne(app, locale, QStringLiteral("bakery"), QStringLiteral(":/i18n")))
        return true;
    // Other languages (and the C locale) read English, with its plural forms ("1 second",
    // not "1 second(s)"): the source strings alone do not have them.
    installOne(app, QLocale(QLocale::English), QStringLiteral("bakery"), QStringLiteral(":/i18n"));
    return false;
}

} // namespace bakery::i18n
