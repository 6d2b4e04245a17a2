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

const char* const kStorage = QT_TRANSLATE_NOOP("Settings", "Storage");
const char* const kJobs = QT_TRANSLATE_NOOP("Settings", "Jobs");
const char* const kData = QT_TRANSLATE_NOOP("Settings", "Data");
const char* const kModels = QT_TRANSLATE_NOOP("Settings", "Models");
const char* const kProphet = QT_TRANSLATE_NOOP("Settings", "Prophet");
const char* const kSchedule = QT_TRANSLATE_NOOP("Settings", "Schedule");

const QString kDefaultLayer = QStringLiteral("default");
const QString kFileLayer = QStringLiteral("file");
const QString kEnvironmentLayer = QStringLiteral("environment");

SettingInfo make(const char* key, const char* group, const char* description, SettingType type,
                 const QVariant& defaultValue, SettingInfo::Member m, double min = 0,
                 double max = 0)
{
    SettingInfo i{key, group, description, type, defaultValue, min, max};
    i.member = m;
    return i;
}

// Catalog lines. The member's type picks the overload, so type, member and default agree.
SettingInfo item(const char* key, const char* group, bool Settings::*m, bool defaultValue,
                 const char* description)
{
    return make(key, group, description, SettingType::Bool, defaultValue, m);
}

SettingInfo item(const char* key, const char* group, int Settings::*m, int defaultValue, int min,
                 int max, const char* description)
{
    return make(key, group, description, SettingType::Int, defaultValue, m, min, max);
}

enum class Interval { LeftOpen, Open }; // (min, max] or (min, max): prior scales must be > 0

SettingInfo item(const char* key, const char* group, double Settings::*m, double defaultValue,
                 double min, double max, Interval interval, const char* description)
{
    SettingInfo i = make(key, group, description, SettingType::Double, defaultValue, m, min, max);
    i.minimumExclusive = true;
    i.maximumExclusive = interval == Interval::Open;
    return i;
}

// Text, Path or Choice (with `choices`).
SettingInfo item(const char* key, const char* group, QString Settings::*m, SettingType type,
                 const char* defaultValue, const char* description, const QStringList& choices = {})
{
    SettingInfo i = make(key, group, description, type, QString::fromLatin1(defaultValue), m);
    i.choices = choices;
    return i;
}

SettingInfo allowingUrls(SettingInfo i)
{
    i.urlAllowed = true;
    return i;
}

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

const std::vector<SettingInfo>& settingCatalog()
{
    static const QStringList autoTrueFalse{QStringLiteral("auto"), QStringLiteral("true"),
                                           QStringLiteral("false")};
    static const std::vector<SettingInfo> catalog{
        allowingUrls(item("DATABASE_URL", kStorage, &Settings::databaseUrl, SettingType::Path, "",
                          QT_TRANSLATE_NOOP("Settings", "Where sales and models are stored: a "
                                                        "SQLite file or a postgresql:// address; "
                                                        "empty for the default file."))),
        item("MODEL_STORAGE_PATH", kStorage, &Settings::modelStoragePath, SettingType::Path, "",
             QT_TRANSLATE_NOOP("Settings", "Folder for trained model files; empty for a models "
                                           "folder next to the database file.")),
        item("TENANT_ID", kStorage, &Settings::tenantId, SettingType::Text, "default",
             QT_TRANSLATE_NOOP("Settings", "Name of the shop whose data this installation holds.")),
        item("MAX_CONCURRENT_JOBS", kJobs, &Settings::maxConcurrentJobs, 3, 1, 16,
             QT_TRANSLATE_NOOP("Settings", "How many training jobs run at the same time.")),
        item("MAX_TRAINING_TIME_MINUTES", kJobs, &Settings::maxTrainingTimeMinutes, 30, 1, 1440,
             QT_TRANSLATE_NOOP("Settings", "Minutes after which a training job is stopped.")),
        item("MAX_TRAINING_RETRIES", kJobs, &Settings::maxTrainingRetries, 3, 0, 10,
             QT_TRANSLATE_NOOP("Settings", "How often a failed training is tried again.")),
        item("TRAINING_THREADS", kJobs, &Settings::trainingThreads, 0, 0, 64,
             QT_TRANSLATE_NOOP("Settings", "Processor threads used for training; 0 uses all.")),
        item("MIN_TRAINING_DATA_DAYS", kData, &Settings::minTrainingDataDays, 30, 7, 3650,
             QT_TRANSLATE_NOOP("Settings", "Days of sales a product needs before it is trained.")),
        item("HOLDOUT_DAYS", kData, &Settings::holdoutDays, 28, 7, 365,
             QT_TRANSLATE_NOOP("Settings", "Most recent days kept aside to measure accuracy.")),
        item("ENABLE_AUTO_DEPLOYMENT", kModels, &Settings::enableAutoDeployment, true,
             QT_TRANSLATE_NOOP("Settings",
                               "Use a new model automatically when it is more accurate.")),
        item("MODEL_RETENTION_DAYS", kModels, &Settings::modelRetentionDays, 90, 1, 3650,
             QT_TRANSLATE_NOOP("Settings", "Days an unused model version is kept.")),
        item("MAX_MODEL_VERSIONS_PER_PRODUCT", kModels, &Settings::maxModelVersionsPerProduct, 10,
             1, 1000, QT_TRANSLATE_NOOP("Settings", "Most model versions kept for each product.")),
        item("ENABLE_MODEL_COMPRESSION", kModels, &Settings::enableModelCompression, true,
             QT_TRANSLATE_NOOP("Settings", "Compress stored model files.")),
        item("PROPHET_CHANGEPOINT_PRIOR_SCALE", kProphet, &Settings::prophetChangepointPriorScale,
             0.05, 0, 10, Interval::LeftOpen,
             QT_TRANSLATE_NOOP("Settings", "How freely the trend may change direction.")),
        item("PROPHET_SEASONALITY_PRIOR_SCALE", kProphet, &Settings::prophetSeasonalityPriorScale,
             10.0, 0, 100, Interval::LeftOpen,
             QT_TRANSLATE_NOOP("Settings", "How strong weekly and yearly patterns may be.")),
        item("PROPHET_HOLIDAYS_PRIOR_SCALE", kProphet, &Settings::prophetHolidaysPriorScale, 10.0,
             0, 100, Interval::LeftOpen,
             QT_TRANSLATE_NOOP("Settings", "How strong the effect of holidays may be.")),
        item("PROPHET_SEASONALITY_MODE", kProphet, &Settings::prophetSeasonalityMode,
             SettingType::Choice, "additive",
             QT_TRANSLATE_NOOP("Settings", "Whether patterns add to sales or scale with them."),
             {QStringLiteral("additive"), QStringLiteral("multiplicative")}),
        item("PROPHET_INTERVAL_WIDTH", kProphet, &Settings::prophetIntervalWidth, 0.95, 0, 1,
             Interval::Open,
             QT_TRANSLATE_NOOP("Settings", "Share of future sales the forecast range covers.")),
        item("PROPHET_UNCERTAINTY_SAMPLES", kProphet, &Settings::prophetUncertaintySamples, 1000, 0,
             10000,
             QT_TRANSLATE_NOOP("Settings", "Simulations behind the forecast range; 0 for none.")),
        item("PROPHET_YEARLY_SEASONALITY", kProphet, &Settings::prophetYearlySeasonality,
             SettingType::Choice, "auto",
             QT_TRANSLATE_NOOP("Settings", "Model a yearly pattern (auto: with enough history)."),
             autoTrueFalse),
        item("PROPHET_WEEKLY_SEASONALITY", kProphet, &Settings::prophetWeeklySeasonality,
             SettingType::Choice, "auto",
             QT_TRANSLATE_NOOP("Settings", "Model a pattern over the days of the week."),
             autoTrueFalse),
        item("PROPHET_DAILY_SEASONALITY", kProphet, &Settings::prophetDailySeasonality,
             SettingType::Choice, "false",
             QT_TRANSLATE_NOOP("Settings", "Model a pattern within the day (needs hourly data)."),
             autoTrueFalse),
        item("RETRAIN_WEEKDAY", kSchedule, &Settings::retrainWeekday, 7, 1, 7,
             QT_TRANSLATE_NOOP("Settings", "Day of retraining, 1 Monday to 7 Sunday.")),
        item("RETRAIN_HOUR", kSchedule, &Settings::retrainHour, 3, 0, 23,
             QT_TRANSLATE_NOOP("Settings", "Hour of the day for retraining, 0 to 23.")),
        item("ENABLE_CONTINUOUS_LEARNING", kSchedule, &Settings::enableContinuousLearning, true,
             QT_TRANSLATE_NOOP("Settings", "Retrain every product once a week with new sales.")),
    };
    return catalog;
}

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
