// Settings: loading, saving, validating and parsing values, all by walking settingCatalog()
// (SettingsCatalog.cpp).
#include "config/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <type_traits>

namespace bakery::config {

namespace {

// The sentences' translation context is "Settings".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

const QString kDefaultLayer = QStringLiteral("default");
const QString kFileLayer = QStringLiteral("file");
const QString kEnvironmentLayer = QStringLiteral("environment");

const SettingInfo* find(const QString& key)
{
    for (const SettingInfo& i : settingCatalog())
        if (key == QLatin1String(i.key))
            return &i;
    return nullptr;
}

QVariant get(const Settings& s, const SettingInfo& i)
{
    return std::visit([&s](auto m) { return QVariant::fromValue(s.*m); }, i.member);
}

void put(Settings& s, const SettingInfo& i, const QVariant& v)
{
    std::visit(
        [&](auto m) {
            using T = std::decay_t<decltype(s.*m)>;
            s.*m = v.value<T>();
        },
        i.member);
}

QString numberText(double x)
{
    return QString::number(x, 'g', QLocale::FloatingPointShortest);
}

// The INI file's spelling of a value; parse() reads it back exactly (shortest doubles).
QString toText(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
    case QMetaType::Float:
        return numberText(v.toDouble());
    case QMetaType::QStringList: // QSettings splits an unquoted "a,b" into a list
        return v.toStringList().join(QLatin1Char(','));
    default:
        return v.toString();
    }
}

bool looksLikeUrl(const QString& text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(text).hasMatch();
}

bool hasScheme(const QString& location, const char* scheme)
{
    return location.startsWith(QLatin1String(scheme), Qt::CaseInsensitive);
}

bool isPostgres(const QString& location)
{
    return hasScheme(location, "postgresql://") || hasScheme(location, "postgres://");
}

// storage::Database's reading of a location: the SQLite file, or empty (PostgreSQL, memory).
QString sqliteFile(const QString& location)
{
    if (isPostgres(location) || location == QLatin1String(":memory:"))
        return {};
    return hasScheme(location, "sqlite:") ? QUrl(location).path() : location;
}

bool pathAccepted(const SettingInfo& i, const QString& text)
{
    const QUrl url(text);
    if (i.urlAllowed && hasScheme(text, "sqlite:")) // sqlite://tmp/x.db: "tmp" would be a host
        return url.isValid() && url.host().isEmpty() && QDir::isAbsolutePath(url.path());
    if (i.urlAllowed && isPostgres(text))
        return url.isValid() && !url.host().isEmpty();
    return !looksLikeUrl(text);
}

// NaN fails every comparison, infinities the finite bounds.
bool inRange(const SettingInfo& i, double x)
{
    return (i.minimumExclusive ? x > i.minimum : x >= i.minimum) &&
           (i.maximumExclusive ? x < i.maximum : x <= i.maximum);
}

// The typed value `text` stands for, or an invalid QVariant when it is not acceptable.
QVariant parse(const SettingInfo& i, const QString& text)
{
    const QString t = text.trimmed();
    bool ok = false;
    switch (i.type) {
    case SettingType::Bool: {
        const QString l = t.toLower();
        for (const char* yes : {"true", "1", "yes", "on"})
            if (l == QLatin1String(yes))
                return true;
        for (const char* no : {"false", "0", "no", "off"})
            if (l == QLatin1String(no))
                return false;
        return {};
    }
    case SettingType::Int: {
        const int n = t.toInt(&ok);
        return ok && inRange(i, n) ? QVariant(n) : QVariant();
    }
    case SettingType::Double: {
        const double x = t.toDouble(&ok); // C locale: a decimal point
        return ok && inRange(i, x) ? QVariant(x) : QVariant();
    }
    case SettingType::Choice:
        return i.choices.contains(t.toLower()) ? QVariant(t.toLower()) : QVariant();
    case SettingType::Text:
        return t.isEmpty() ? QVariant() : QVariant(t);
    case SettingType::Path:
        return pathAccepted(i, t) ? QVariant(t) : QVariant();
    }
    return {};
}

QString expectation(const SettingInfo& i)
{
    switch (i.type) {
    case SettingType::Bool:
        return Text::tr("true or false (also yes/no, on/off, 1/0)");
    case SettingType::Int:
        return Text::tr("a whole number from %1 to %2")
            .arg(numberText(i.minimum), numberText(i.maximum));
    case SettingType::Double:
        return Text::tr("a number %1 %2 and %3 %4")
            .arg(i.minimumExclusive ? Text::tr("greater than") : Text::tr("at least"),
                 numberText(i.minimum),
                 i.maximumExclusive ? Text::tr("less than") : Text::tr("at most"),
                 numberText(i.maximum));
    case SettingType::Choice:
        return Text::tr("one of %1").arg(i.choices.join(QStringLiteral(", ")));
    case SettingType::Text:
        return Text::tr("a non-empty text");
    case SettingType::Path:
        return i.urlAllowed ? Text::tr("a file path, sqlite:///absolute/path.db or "
                                       "postgresql://user:password@host:port/database")
                            : Text::tr("a folder path (empty for the default)");
    }
    return {};
}

// A value as messages show it: never a database password (problems end up in logs).
QString shown(const SettingInfo& i, const QString& text)
{
    if (i.type == SettingType::Path && text.isEmpty())
        return Text::tr("the default");
    if (looksLikeUrl(text)) {
        const QUrl url(text);
        if (url.isValid() && !url.password().isEmpty())
            return url.toString(QUrl::RemovePassword);
    }
    return text;
}

QString problem(const SettingInfo& i, const QString& text)
{
    return Text::tr("%1=%2: expected %3").arg(QLatin1String(i.key), shown(i, text), expectation(i));
}

QString appDataPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

Settings Settings::load(const QString& iniPath, QStringList* problems)
{
    Settings s;
    const QString file = iniPath.isEmpty() ? defaultIniPath() : iniPath;
    const auto report = [problems](const QString& p) {
        if (problems)
            problems->append(p);
    };
    // One layer's text for one key: applied when valid, else reported and the value kept.
    const auto apply = [&](const SettingInfo& i, const QString& text, const QString& layer,
                           const QString& where) {
        if (text.trimmed().isEmpty())
            return; // not given
        const QVariant v = parse(i, text);
        if (v.isValid()) {
            put(s, i, v);
            s.m_sources.insert(QLatin1String(i.key), layer);
            return;
        }
        report(Text::tr("%1=%2 (%3): expected %4; using %5")
                   .arg(QLatin1String(i.key), shown(i, text.trimmed()), where, expectation(i),
                        shown(i, toText(get(s, i)))));
    };

    if (QFileInfo::exists(file)) {
        const QSettings ini(file, QSettings::IniFormat);
        const QStringList keys = ini.allKeys();
        if (ini.status() != QSettings::NoError) {
            report(Text::tr("%1: not a readable settings file; ignored").arg(file));
        } else {
            const QString where = Text::tr("file %1").arg(file);
            for (const QString& key : keys)
                if (!find(key))
                    report(Text::tr("%1 (%2): unknown setting; ignored").arg(key, where));
            for (const SettingInfo& i : settingCatalog()) {
                const QVariant v = ini.value(QLatin1String(i.key));
                if (v.isValid())
                    apply(i, toText(v), kFileLayer, where);
            }
        }
    }
    for (const SettingInfo& i : settingCatalog())
        if (qEnvironmentVariableIsSet(i.key))
            apply(i, qEnvironmentVariable(i.key), kEnvironmentLayer, kEnvironmentLayer);
    return s;
}

bool Settings::save(const QString& iniPath, QString* error) const
{
    const QString file = iniPath.isEmpty() ? defaultIniPath() : iniPath;
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QStringList invalid = validate();
    if (!invalid.isEmpty())
        return fail(invalid.join(QStringLiteral("; ")));
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(Text::tr("%1: the folder cannot be created").arg(folder));
    QSettings ini(file, QSettings::IniFormat);
    // A value the environment gave (DATABASE_URL of a script, say) is not made permanent
    // unless the user edited it.
    for (const SettingInfo& i : settingCatalog()) {
        const QString key = QLatin1String(i.key);
        if (m_sources.value(key) != kEnvironmentLayer || m_edited.contains(key))
            ini.setValue(key, toText(get(*this, i)));
    }
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return fail(Text::tr("%1: the settings file cannot be written").arg(file));
    return true;
}

QString Settings::defaultIniPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/bakery-trainer.ini");
}

QString Settings::resolvedDatabaseLocation() const
{
    return databaseUrl.isEmpty() ? appDataPath() + QStringLiteral("/bakery-trainer.sqlite")
                                 : databaseUrl;
}

QString Settings::resolvedModelStoragePath() const
{
    if (!modelStoragePath.isEmpty())
        return modelStoragePath;
    // The default database file lives in AppDataLocation, so this gives AppDataLocation/models.
    const QString database = sqliteFile(resolvedDatabaseLocation());
    if (database.isEmpty())
        return appDataPath() + QStringLiteral("/models");
    return QFileInfo(database).absolutePath() + QStringLiteral("/models");
}

int Settings::resolvedTrainingThreads() const
{
    return trainingThreads > 0 ? trainingThreads : std::max(1, QThread::idealThreadCount());
}

QStringList Settings::validate() const
{
    QStringList out;
    for (const SettingInfo& i : settingCatalog()) {
        const QVariant current = get(*this, i);
        // Valid means: reads back from its own text as exactly itself (so "Additive" or " x"
        // are problems too: the training code compares the canonical spelling).
        if (parse(i, toText(current)) != current)
            out << problem(i, toText(current));
    }
    return out;
}

QVariant Settings::value(const QString& key) const
{
    const SettingInfo* i = find(key);
    return i ? get(*this, *i) : QVariant();
}

bool Settings::setValue(const QString& key, const QVariant& v, QString* error)
{
    const SettingInfo* i = find(key);
    if (!i) {
        if (error)
            *error = Text::tr("unknown setting %1").arg(key);
        return false;
    }
    const QVariant parsed = parse(*i, toText(v));
    if (!parsed.isValid()) {
        if (error)
            *error = problem(*i, toText(v));
        return false;
    }
    put(*this, *i, parsed);
    m_edited.insert(key);
    return true;
}

QString Settings::sourceOf(const QString& key) const
{
    return find(key) ? m_sources.value(key, kDefaultLayer) : QString();
}

} // namespace bakery::config
