#pragma once
// The training service's settings, typed. Each key keeps the service's environment
// variable name (MAX_CONCURRENT_JOBS, PROPHET_*, ...). Three layers, later wins:
//   defaults (below) < settings file (INI) < environment variables.
// settingCatalog() is the single table of keys: loading, saving, validation and the
// generic value()/setValue() used by the GUI settings page and the CLI all walk it, so a
// new setting is one member here plus one catalog line (SettingsCatalog.cpp). Nothing
// else reads these keys.

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <variant>
#include <vector>

namespace bakery::config {

struct Settings
{
    // Storage
    /// DATABASE_URL. Empty: the default SQLite file (AppDataLocation/bakery-trainer.sqlite).
    /// Also a plain file path, sqlite:///absolute/path.db, or
    /// postgresql://user:password@host:port/database (postgres:// too).
    QString databaseUrl;
    /// MODEL_STORAGE_PATH: folder of model artifacts. Empty: see resolvedModelStoragePath().
    QString modelStoragePath;
    QString tenantId = QStringLiteral("default"); ///< TENANT_ID: the shop; not empty

    // Jobs
    int maxConcurrentJobs = 3;       ///< MAX_CONCURRENT_JOBS, 1..16 trainings at once
    int maxTrainingTimeMinutes = 30; ///< MAX_TRAINING_TIME_MINUTES, 1..1440 per job
    int maxTrainingRetries = 3;      ///< MAX_TRAINING_RETRIES, 0..10 after the first attempt
    int trainingThreads = 0;         ///< TRAINING_THREADS, 0..64; 0 = QThread::idealThreadCount()

    // Data
    int minTrainingDataDays = 30; ///< MIN_TRAINING_DATA_DAYS, 7..3650 days with a value
    int holdoutDays = 28;         ///< HOLDOUT_DAYS, 7..365 last days scored, not fitted

    // Models
    bool enableAutoDeployment = true;    ///< ENABLE_AUTO_DEPLOYMENT: deploy a better version
    int modelRetentionDays = 90;         ///< MODEL_RETENTION_DAYS, 1..3650
    int maxModelVersionsPerProduct = 10; ///< MAX_MODEL_VERSIONS_PER_PRODUCT, 1..1000
    bool enableModelCompression = true;  ///< ENABLE_MODEL_COMPRESSION of stored artifacts

    // Prophet (forecast::ModelConfig); prior scales are > 0
    double prophetChangepointPriorScale = 0.05; ///< PROPHET_CHANGEPOINT_PRIOR_SCALE, (0, 10]
    double prophetSeasonalityPriorScale = 10.0; ///< PROPHET_SEASONALITY_PRIOR_SCALE, (0, 100]
    double prophetHolidaysPriorScale = 10.0;    ///< PROPHET_HOLIDAYS_PRIOR_SCALE, (0, 100]
    /// PROPHET_SEASONALITY_MODE: "additive" or "multiplicative" (always lower case)
    QString prophetSeasonalityMode = QStringLiteral("additive");
    double prophetIntervalWidth = 0.95;   ///< PROPHET_INTERVAL_WIDTH, (0, 1)
    int prophetUncertaintySamples = 1000; ///< PROPHET_UNCERTAINTY_SAMPLES, 0..10000; 0: none
    /// PROPHET_{YEARLY,WEEKLY,DAILY}_SEASONALITY: "auto", "true" or "false" (lower case).
    /// Daily is off: the series are daily, a daily seasonality has nothing to fit.
    QString prophetYearlySeasonality = QStringLiteral("auto");
    QString prophetWeeklySeasonality = QStringLiteral("auto");
    QString prophetDailySeasonality = QStringLiteral("false");

    // Schedule (continuous learning)
    int retrainWeekday = 7; ///< RETRAIN_WEEKDAY, 1 = Monday .. 7 = Sunday (Qt::DayOfWeek)
    int retrainHour = 3;    ///< RETRAIN_HOUR, 0..23, local time
    bool enableContinuousLearning = true; ///< ENABLE_CONTINUOUS_LEARNING: weekly retraining

    /// Defaults < INI file (QSettings::IniFormat, keys are the variable names, e.g.
    /// MAX_CONCURRENT_JOBS=5) < environment variables of the same names. `iniPath` empty:
    /// defaultIniPath(); a missing file means defaults. An empty value (file or environment)
    /// counts as not given, as with docker-compose's `KEY=${UNSET}`. Invalid values are not
    /// applied: the lower layer's value stays and *problems gets e.g.
    /// "MAX_CONCURRENT_JOBS=abc (environment): expected a whole number from 1 to 16; using 3".
    /// Unknown keys in the file are reported too (a typo would otherwise pass unnoticed).
    static Settings load(const QString& iniPath = {}, QStringList* problems = nullptr);
    /// Writes every key to the INI file, creating its folders; other keys are kept. A key
    /// whose value came from the environment is written only if setValue() changed it.
    /// Refuses invalid values (validate()). False and *error on failure.
    bool save(const QString& iniPath = {}, QString* error = nullptr) const;
    /// QStandardPaths::AppConfigLocation + "/bakery-trainer.ini".
    static QString defaultIniPath();

    /// What to hand storage::Database: databaseUrl, or the default SQLite file.
    QString resolvedDatabaseLocation() const;
    /// modelStoragePath; if empty and the database is a SQLite file, "<its folder>/models"
    /// (a throwaway DATABASE_URL gets throwaway artifacts); else AppDataLocation/models.
    QString resolvedModelStoragePath() const;
    /// trainingThreads, or QThread::idealThreadCount() (at least 1) when 0.
    int resolvedTrainingThreads() const;

    /// Every problem with the current values ("KEY=value: expected ..."); empty when valid.
    QStringList validate() const;

    /// Generic access by key: a QVariant of the key's type (bool, int, double, QString);
    /// invalid for an unknown key.
    QVariant value(const QString& key) const;
    /// Accepts the typed value or its text (as in the INI file). False and *error, value
    /// unchanged, when the key is unknown or the value invalid. Does not change sourceOf().
    bool setValue(const QString& key, const QVariant& v, QString* error = nullptr);
    /// The layer that gave the key's value in load(): "default", "file" or "environment"
    /// (empty for an unknown key). The GUI uses it to warn that an environment variable
    /// overrides what the user edits.
    QString sourceOf(const QString& key) const;

private:
    QHash<QString, QString> m_sources; ///< key -> layer; absent means "default"
    QSet<QString> m_edited;            ///< keys changed with setValue() since load()
};

enum class SettingType { Bool, Int, Double, Text, Choice, Path };

/// One key of the catalog. Bool keys are bool members, Int int, Double double, the rest
/// QString. Text must not be empty; Path may be (the default location).
struct SettingInfo
{
    using Member =
        std::variant<bool Settings::*, int Settings::*, double Settings::*, QString Settings::*>;

    const char* key;         ///< "MAX_CONCURRENT_JOBS"
    const char* group;       ///< QT_TRANSLATE_NOOP("Settings", "Jobs")
    const char* description; ///< one tooltip sentence, QT_TRANSLATE_NOOP("Settings", ...)
    SettingType type;
    QVariant defaultValue;         ///< of the member's type
    double minimum = 0;            ///< Int, Double
    double maximum = 0;            ///< Int, Double
    QStringList choices{};         ///< Choice: the accepted values, lower case
    bool minimumExclusive = false; ///< Double: minimum itself is invalid (prior scales: > 0)
    bool maximumExclusive = false; ///< Double: maximum itself is invalid (interval width < 1)
    bool urlAllowed = false;       ///< Path: sqlite:// and postgresql:// URLs (DATABASE_URL)
    Member member{};               ///< where Settings keeps the value
};

/// Every key, in display order, grouped.
const std::vector<SettingInfo>& settingCatalog();

} // namespace bakery::config
