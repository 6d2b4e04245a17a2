#pragma once

class QCoreApplication;
class QLocale;

namespace bakery::i18n {

// Installs the app's catalogue for `locale` from the embedded :/i18n/bakery_<lang>.qm, and Qt's
// own qtbase catalogue when the system has one (Debian: qt6-translations-l10n). The translators
// are children of `app`. Returns true when the app's catalogue for `locale` was found; for a
// language without one the English catalogue is installed instead (for its plural forms).
bool installTranslators(QCoreApplication& app, const QLocale& locale);

} // namespace bakery::i18n
