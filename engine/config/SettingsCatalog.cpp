// The catalog of settings: every key with its type, default, range, group and tooltip, in
// display order. Settings.cpp loads, saves and validates by walking it.
#include "config/Settings.h"

#include <QCoreApplication>

namespace bakery::config {

namespace {

const char* const kStorage = QT_TRANSLATE_NOOP("Settings", "Storage");
const char* const kJobs = QT_TRANSLATE_NOOP("Settings", "Jobs");
const char* const kData = QT_TRANSLATE_NOOP("Settings", "Data");
const char* const kModels = QT_TRANSLATE_NOOP("Settings", "Models");
const char* const kProphet = QT_TRANSLATE_NOOP("Settings", "Prophet");
const char* const kSchedule = QT_TRANSLATE_NOOP("Settings", "Schedule");

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

} // namespace bakery::config
