// Settings: the documented defaults, the layers (defaults < INI file < environment),
// invalid values reported and ignored, save/load round trip of every key, access by key,
// resolved locations, and the catalog agreeing with the struct.

#include "config/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <optional>

using namespace bakery::config;

namespace {

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// A valid value different from the default for every key, for the round trip.
const QList<QPair<QString, QVariant>>& nonDefaultValues()
{
    static const QList<QPair<QString, QVariant>> values{
        // ',' ';' '=' and spaces make QSettings quote; the password must survive too.
        {QStringLiteral("DATABASE_URL"),
         QStringLiteral("postgresql://baker:p%40ss;w,r=d@db.example:5432/bakery")},
        {QStringLiteral("MODEL_STORAGE_PATH"), QStringLiteral("/srv/bakery models/año")},
        {QStringLiteral("TENANT_ID"), QStringLiteral("panadería-centro")},
        {QStringLiteral("MAX_CONCURRENT_JOBS"), 5},
        {QStringLiteral("MAX_TRAINING_TIME_MINUTES"), 90},
        {QStringLiteral("MAX_TRAINING_RETRIES"), 10},
        {QStringLiteral("TRAINING_THREADS"), 8},
        {QStringLiteral("MIN_TRAINING_DATA_DAYS"), 60},
        {QStringLiteral("HOLDOUT_DAYS"), 14},
        {QStringLiteral("ENABLE_AUTO_DEPLOYMENT"), false},
        {QStringLiteral("MODEL_RETENTION_DAYS"), 365},
        {QStringLiteral("MAX_MODEL_VERSIONS_PER_PRODUCT"), 20},
        {QStringLiteral("ENABLE_MODEL_COMPRESSION"), false},
        {QStringLiteral("PROPHET_CHANGEPOINT_PRIOR_SCALE"), 0.123456789012345},
        {QStringLiteral("PROPHET_SEASONALITY_PRIOR_SCALE"), 0.5},
        {QStringLiteral("PROPHET_HOLIDAYS_PRIOR_SCALE"), 2.5},
        {QStringLiteral("PROPHET_SEASONALITY_MODE"), QStringLiteral("multiplicative")},
        {QStringLiteral("PROPHET_INTERVAL_WIDTH"), 0.8},
        {QStringLiteral("PROPHET_UNCERTAINTY_SAMPLES"), 0},
        {QStringLiteral("PROPHET_YEARLY_SEASONALITY"), QStringLiteral("true")},
        {QStringLiteral("PROPHET_WEEKLY_SEASONALITY"), QStringLiteral("false")},
        {QStringLiteral("PROPHET_DAILY_SEASONALITY"), QStringLiteral("auto")},
        {QStringLiteral("RETRAIN_WEEKDAY"), 1},
        {QStringLiteral("RETRAIN_HOUR"), 23},
        {QStringLiteral("ENABLE_CONTINUOUS_LEARNING"), false},
    };
    return values;
}

QStringList catalogKeys()
{
    QStringList keys;
    for (const SettingInfo& i : settingCatalog())
        keys << QLatin1String(i.key);
    return keys;
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

    std::vector<std::pair<QByteArray, std::optional<QByteArray>>> m_savedEnvironment;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's real settings file
        for (const SettingInfo& i : settingCatalog()) {
            std::optional<QByteArray> old;
            if (qEnvironmentVariableIsSet(i.key))
                old = qgetenv(i.key);
            m_savedEnvironment.emplace_back(i.key, old);
        }
    }
    void init()
    {
        for (const SettingInfo& i : settingCatalog())
            qunsetenv(i.key);
    }
    void cleanupTestCase()
    {
        for (const auto& [key, value] : m_savedEnvironment) {
            if (value)
                qputenv(key.constData(), *value);
            else
                qunsetenv(key.constData());
        }
    }

    void defaultsAreTheDocumentedValues()
    {
        const Settings s;
        QCOMPARE(s.databaseUrl, QString());
        QCOMPARE(s.modelStoragePath, QString());
        QCOMPARE(s.tenantId, QStringLiteral("default"));
        QCOMPARE(s.maxConcurrentJobs, 3);
        QCOMPARE(s.maxTrainingTimeMinutes, 30);
        QCOMPARE(s.maxTrainingRetries, 3);
        QCOMPARE(s.trainingThreads, 0);
        QCOMPARE(s.minTrainingDataDays, 30);
        QCOMPARE(s.holdoutDays, 28);
        QCOMPARE(s.enableAutoDeployment, true);
        QCOMPARE(s.modelRetentionDays, 90);
        QCOMPARE(s.maxModelVersionsPerProduct, 10);
        QCOMPARE(s.enableModelCompression, true);
        QCOMPARE(s.prophetChangepointPriorScale, 0.05);
        QCOMPARE(s.prophetSeasonalityPriorScale, 10.0);
        QCOMPARE(s.prophetHolidaysPriorScale, 10.0);
        QCOMPARE(s.prophetSeasonalityMode, QStringLiteral("additive"));
        QCOMPARE(s.prophetIntervalWidth, 0.95);
        QCOMPARE(s.prophetUncertaintySamples, 1000);
        QCOMPARE(s.prophetYearlySeasonality, QStringLiteral("auto"));
        QCOMPARE(s.prophetWeeklySeasonality, QStringLiteral("auto"));
        QCOMPARE(s.prophetDailySeasonality, QStringLiteral("false"));
        QCOMPARE(s.retrainWeekday, 7);
        QCOMPARE(s.retrainHour, 3);
        QCOMPARE(s.enableContinuousLearning, true);
        QCOMPARE(s.validate(), QStringList());

        // No file, no environment: load() gives the same, from the default layer.
        QTemporaryDir tmp;
        QStringList problems;
        const Settings loaded = Settings::load(tmp.filePath(QStringLiteral("none.ini")), &problems);
        QCOMPARE(problems, QStringList());
        for (const QString& key : catalogKeys()) {
            QCOMPARE(loaded.value(key), s.value(key));
            QCOMPARE(loaded.sourceOf(key), QStringLiteral("default"));
        }
        QVERIFY(Settings::defaultIniPath().endsWith(QLatin1String("/bakery-trainer.ini")));
    }

    void fileOverridesDefaults()
    {
        QTemporaryDir tmp;
        const QString ini = tmp.filePath(QStringLiteral("settings.ini"));
        // Written by hand: no [General] header, mixed spellings.
        QVERIFY(writeFile(ini, "MAX_CONCURRENT_JOBS=5\n"
                               "ENABLE_AUTO_DEPLOYMENT=no\n"
                               "PROPHET_SEASONALITY_MODE=Multiplicative\n"
                               "PROPHET_INTERVAL_WIDTH=0.8\n"
                               "DATABASE_URL=sqlite:///tmp/x/db.sqlite\n"));
        QStringList problems;
        const Settings s = Settings::load(ini, &problems);
        QCOMPARE(problems, QStringList());
        QCOMPARE(s.maxConcurrentJobs, 5);
        QCOMPARE(s.enableAutoDeployment, false);
        QCOMPARE(s.prophetSeasonalityMode, QStringLiteral("multiplicative"));
        QCOMPARE(s.prophetIntervalWidth, 0.8);
        QCOMPARE(s.databaseUrl, QStringLiteral("sqlite:///tmp/x/db.sqlite"));
        QCOMPARE(s.holdoutDays, 28); // not in the file
    }

    void defaultFileIsUsedWhenNoPathIsGiven()
    {
        const QString ini = Settings::defaultIniPath(); // test mode: under ~/.qttest
        QVERIFY(QDir().mkpath(QFileInfo(ini).absolutePath()));
        QVERIFY(writeFile(ini, "HOLDOUT_DAYS=21\n"));
        const Settings s = Settings::load();
        QFile::remove(ini);
        QCOMPARE(s.holdoutDays, 21);
    }

    void environmentOverridesFile()
    {
        QTemporaryDir tmp;
        const QString ini = tmp.filePath(QStringLiteral("settings.ini"));
        QVERIFY(writeFile(ini, "[General]\nMAX_CONCURRENT_JOBS=5\nHOLDOUT_DAYS=14\n"));
        qputenv("MAX_CONCURRENT_JOBS", "7");
        qputenv("ENABLE_MODEL_COMPRESSION", "off");
        QStringList problems;
        const Settings s = Settings::load(ini, &problems);
        QCOMPARE(problems, QStringList());
        QCOMPARE(s.maxConcurrentJobs, 7);
        QCOMPARE(s.holdoutDays, 14);
        QCOMPARE(s.enableModelCompression, false);
        // An empty variable counts as not set (docker-compose's KEY=${UNSET}).
        qputenv("HOLDOUT_DAYS", "");
        QCOMPARE(Settings::load(ini, &problems).holdoutDays, 14);
        QCOMPARE(problems, QStringList());
    }

    void sourceOfReportsTheLayer()
    {
        QTemporaryDir tmp;
        const QString ini = tmp.filePath(QStringLiteral("settings.ini"));
        QVERIFY(writeFile(ini, "MAX_CONCURRENT_JOBS=5\nHOLDOUT_DAYS=14\n"));
        qputenv("MAX_CONCURRENT_JOBS", "7");
        Settings s = Settings::load(ini);
        QCOMPARE(s.sourceOf(QStringLiteral("MAX_CONCURRENT_JOBS")), QStringLiteral("environment"));
        QCOMPARE(s.sourceOf(QStringLiteral("HOLDOUT_DAYS")), QStringLiteral("file"));
        QCOMPARE(s.sourceOf(QStringLiteral("RETRAIN_HOUR")), QStringLiteral("default"));
        QCOMPARE(s.sourceOf(QStringLiteral("NO_SUCH_KEY")), QString());
        QVERIFY(s.setValue(QStringLiteral("HOLDOUT_DAYS"), 21)); // documented: load()'s layer
        QCOMPARE(s.sourceOf(QStringLiteral("HOLDOUT_DAYS")), QStringLiteral("file"));
    }

    void invalidValuesAreReportedAndIgnored()
    {
        QTemporaryDir tmp;
        const QString ini = tmp.filePath(QStringLiteral("settings.ini"));
        QVERIFY(writeFile(ini, "MAX_CONCURRENT_JOBS=5\nHOLDOUT_DAYS=many\nMAX_CONCURENT_JOBS=2\n"));
        qputenv("MAX_CONCURRENT_JOBS", "abc");
        QStringList problems;
        const Settings s = Settings::load(ini, &problems);
        QCOMPARE(s.maxConcurrentJobs, 5); // the file's value stays
        QCOMPARE(s.sourceOf(QStringLiteral("MAX_CONCURRENT_JOBS")), QStringLiteral("file"));
        QCOMPARE(s.holdoutDays, 28);
        QCOMPARE(s.sourceOf(QStringLiteral("HOLDOUT_DAYS")), QStringLiteral("default"));
        const QString file = QStringLiteral("file ") + ini;
        QCOMPARE(problems,
                 QStringList(
                     {QStringLiteral("MAX_CONCURENT_JOBS (%1): unknown setting; ignored").arg(file),
                      QStringLiteral("HOLDOUT_DAYS=many (%1): expected a whole number "
                                     "from 7 to 365; using 28")
                          .arg(file),
                      QStringLiteral("MAX_CONCURRENT_JOBS=abc (environment): expected a "
                                     "whole number from 1 to 16; using 5")}));

        // Without the file the default is kept, and the message says so.
        problems.clear();
        QCOMPARE(
            Settings::load(tmp.filePath(QStringLiteral("none.ini")), &problems).maxConcurrentJobs,
            3);
        QCOMPARE(problems, QStringList(QStringLiteral("MAX_CONCURRENT_JOBS=abc (environment): "
                                                      "expected a whole number from 1 to 16; "
                                                      "using 3")));
    }

    void passwordsStayOutOfMessages()
    {
        qputenv("DATABASE_URL", "postgresql://baker:secret@/bakery"); // no host: invalid
        QStringList problems;
        const Settings s = Settings::load(QStringLiteral("/nonexistent/x.ini"), &problems);
        QCOMPARE(s.databaseUrl, QString());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(!problems.front().contains(QLatin1String("secret")), qPrintable(problems.front()));
        QVERIFY2(problems.front().startsWith(QLatin1String("DATABASE_URL=postgresql://baker@")),
                 qPrintable(problems.front()));
    }

    void valuesAreChecked_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QVariant>("expected"); // the value when accepted
        const auto row = [](const char* key, const char* text, bool accepted,
                            const QVariant& expected = {}) {
            QTest::addRow("%s=%s", key, text)
                << QString::fromLatin1(key) << QString::fromUtf8(text) << accepted << expected;
        };
        row("MAX_CONCURRENT_JOBS", "0", false);
        row("MAX_CONCURRENT_JOBS", "1", true, 1);
        row("MAX_CONCURRENT_JOBS", "16", true, 16);
        row("MAX_CONCURRENT_JOBS", "17", false);
        row("MAX_CONCURRENT_JOBS", " 4 ", true, 4);
        row("MAX_CONCURRENT_JOBS", "2.5", false);
        row("MAX_CONCURRENT_JOBS", "99999999999", false);
        row("MAX_TRAINING_RETRIES", "0", true, 0);
        row("MAX_TRAINING_RETRIES", "11", false);
        row("MAX_TRAINING_TIME_MINUTES", "1441", false);
        row("TRAINING_THREADS", "65", false);
        row("MIN_TRAINING_DATA_DAYS", "6", false);
        row("HOLDOUT_DAYS", "366", false);
        row("MODEL_RETENTION_DAYS", "0", false);
        row("MAX_MODEL_VERSIONS_PER_PRODUCT", "1001", false);
        row("PROPHET_UNCERTAINTY_SAMPLES", "10001", false);
        row("RETRAIN_WEEKDAY", "0", false);
        row("RETRAIN_WEEKDAY", "8", false);
        row("RETRAIN_HOUR", "0", true, 0);
        row("RETRAIN_HOUR", "24", false);
        row("PROPHET_CHANGEPOINT_PRIOR_SCALE", "0", false);
        row("PROPHET_CHANGEPOINT_PRIOR_SCALE", "1e-3", true, 0.001);
        row("PROPHET_CHANGEPOINT_PRIOR_SCALE", "10", true, 10.0);
        row("PROPHET_CHANGEPOINT_PRIOR_SCALE", "10.5", false);
        row("PROPHET_CHANGEPOINT_PRIOR_SCALE", "nan", false);
        row("PROPHET_CHANGEPOINT_PRIOR_SCALE", "inf", false);
        row("PROPHET_CHANGEPOINT_PRIOR_SCALE", "0,5", false);
        row("PROPHET_SEASONALITY_PRIOR_SCALE", "100", true, 100.0);
        row("PROPHET_HOLIDAYS_PRIOR_SCALE", "-1", false);
        row("PROPHET_INTERVAL_WIDTH", "0", false);
        row("PROPHET_INTERVAL_WIDTH", "1", false);
        row("PROPHET_INTERVAL_WIDTH", "0.999", true, 0.999);
        row("PROPHET_SEASONALITY_MODE", "MULTIPLICATIVE", true, QStringLiteral("multiplicative"));
        row("PROPHET_SEASONALITY_MODE", "both", false);
        row("PROPHET_DAILY_SEASONALITY", "Auto", true, QStringLiteral("auto"));
        row("PROPHET_YEARLY_SEASONALITY", "yes", false);
        for (const char* yes : {"true", "TRUE", "1", "yes", "On"})
            row("ENABLE_MODEL_COMPRESSION", yes, true, true);
        for (const char* no : {"false", "False", "0", "NO", "off"})
            row("ENABLE_CONTINUOUS_LEARNING", no, true, false);
        row("ENABLE_AUTO_DEPLOYMENT", "maybe", false);
        row("ENABLE_AUTO_DEPLOYMENT", "2", false);
        row("DATABASE_URL", "/var/lib/bakery/x.db", true, QStringLiteral("/var/lib/bakery/x.db"));
        row("DATABASE_URL", "sqlite:///tmp/x.db", true, QStringLiteral("sqlite:///tmp/x.db"));
        row("DATABASE_URL", "sqlite://tmp/x.db", false); // "tmp" would be a host
        row("DATABASE_URL", "postgresql://u:p@h:5432/db", true,
            QStringLiteral("postgresql://u:p@h:5432/db"));
        row("DATABASE_URL", "mysql://u@h/db", false);
        row("MODEL_STORAGE_PATH", "/srv/models", true, QStringLiteral("/srv/models"));
        row("MODEL_STORAGE_PATH", "s3://bucket/models", false);
    }

    // Through the environment (what load() applies) and setValue (what the GUI applies).
    void valuesAreChecked()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(QVariant, expected);
        const QVariant before = Settings().value(key);
        QVERIFY(before.isValid());

        qputenv(key.toLatin1().constData(), text.toUtf8());
        QStringList problems;
        const Settings loaded = Settings::load(QStringLiteral("/nonexistent/x.ini"), &problems);
        QCOMPARE(problems.isEmpty(), accepted);
        QCOMPARE(loaded.value(key), accepted ? expected : before);
        QCOMPARE(loaded.validate(), QStringList());

        Settings s;
        QString error;
        QCOMPARE(s.setValue(key, text, &error), accepted);
        QCOMPARE(error.isEmpty(), accepted);
        QCOMPARE(s.value(key), accepted ? expected : before);
    }

    void validateReportsEveryProblem()
    {
        Settings s;
        s.maxConcurrentJobs = 0;
        s.prophetIntervalWidth = 1.0;
        s.prophetSeasonalityMode = QStringLiteral("Additive"); // the training code compares
        s.tenantId.clear();
        QCOMPARE(s.validate(),
                 QStringList({
                     QStringLiteral("TENANT_ID=: expected a non-empty text"),
                     QStringLiteral("MAX_CONCURRENT_JOBS=0: expected a whole number from 1 to 16"),
                     QStringLiteral("PROPHET_SEASONALITY_MODE=Additive: expected one of additive, "
                                    "multiplicative"),
                     QStringLiteral("PROPHET_INTERVAL_WIDTH=1: expected a number greater than 0 "
                                    "and less than 1"),
                 }));
    }

    void setValueRejectsUnknownKeysAndBadValues()
    {
        Settings s;
        QString error;
        QVERIFY(!s.setValue(QStringLiteral("MAX_JOBS"), 5, &error));
        QCOMPARE(error, QStringLiteral("unknown setting MAX_JOBS"));
        QVERIFY(!s.value(QStringLiteral("MAX_JOBS")).isValid());

        QVERIFY(!s.setValue(QStringLiteral("MAX_CONCURRENT_JOBS"), QStringLiteral("abc"), &error));
        QCOMPARE(error,
                 QStringLiteral("MAX_CONCURRENT_JOBS=abc: expected a whole number from 1 to 16"));
        QVERIFY(!s.setValue(QStringLiteral("MAX_CONCURRENT_JOBS"), true, &error)); // not a number
        QVERIFY(!s.setValue(QStringLiteral("MAX_CONCURRENT_JOBS"), 2.5, &error));
        QVERIFY(!s.setValue(QStringLiteral("MAX_CONCURRENT_JOBS"), QVariant(), &error));
        QVERIFY(!s.setValue(QStringLiteral("PROPHET_INTERVAL_WIDTH"), 1.5, &error));
        QVERIFY(!s.setValue(QStringLiteral("TENANT_ID"), QString(), &error));
        QCOMPARE(s.maxConcurrentJobs, 3);
        QCOMPARE(s.prophetIntervalWidth, 0.95);
        QCOMPARE(s.tenantId, QStringLiteral("default"));

        // Typed values land as the key's type.
        QVERIFY(s.setValue(QStringLiteral("MAX_CONCURRENT_JOBS"), QStringLiteral("6")));
        QCOMPARE(s.value(QStringLiteral("MAX_CONCURRENT_JOBS")).typeId(), QMetaType::Int);
        QCOMPARE(s.maxConcurrentJobs, 6);
        QVERIFY(s.setValue(QStringLiteral("PROPHET_HOLIDAYS_PRIOR_SCALE"), 3));
        QCOMPARE(s.prophetHolidaysPriorScale, 3.0);
        QVERIFY(s.setValue(QStringLiteral("ENABLE_AUTO_DEPLOYMENT"), false));
        QCOMPARE(s.enableAutoDeployment, false);
        QVERIFY(s.setValue(QStringLiteral("DATABASE_URL"), QString())); // back to the default
    }

    void saveThenLoadRoundTripsEveryKey()
    {
        QStringList covered;
        Settings s;
        for (const auto& [key, value] : nonDefaultValues()) {
            QString error;
            QVERIFY2(s.setValue(key, value, &error), qPrintable(error));
            QVERIFY2(s.value(key) != Settings().value(key), qPrintable(key));
            covered << key;
        }
        QCOMPARE(covered, catalogKeys()); // every key, or the round trip proves less

        QTemporaryDir tmp;
        const QString ini = tmp.filePath(QStringLiteral("new/folder/bakery-trainer.ini"));
        QString error;
        QVERIFY2(s.save(ini, &error), qPrintable(error));
        QStringList problems;
        const Settings loaded = Settings::load(ini, &problems);
        QCOMPARE(problems, QStringList());
        for (const QString& key : catalogKeys()) {
            QCOMPARE(loaded.value(key), s.value(key));
            QCOMPARE(loaded.sourceOf(key), QStringLiteral("file"));
        }
        // Exactly, not fuzzily: the file holds the shortest text that reads back the same.
        QVERIFY(loaded.prophetChangepointPriorScale == 0.123456789012345);
    }

    void saveKeepsEnvironmentValuesOutOfTheFile()
    {
        QTemporaryDir tmp;
        const QString ini = tmp.filePath(QStringLiteral("bakery-trainer.ini"));
        qputenv("MODEL_STORAGE_PATH", "/tmp/throwaway-models");
        qputenv("MAX_CONCURRENT_JOBS", "5");
        Settings s = Settings::load(ini);
        qunsetenv("MODEL_STORAGE_PATH");
        qunsetenv("MAX_CONCURRENT_JOBS");
        QCOMPARE(s.modelStoragePath, QStringLiteral("/tmp/throwaway-models"));
        QVERIFY(s.setValue(QStringLiteral("MAX_CONCURRENT_JOBS"), 4)); // edited: saved
        QVERIFY(s.setValue(QStringLiteral("HOLDOUT_DAYS"), 21));
        QString error;
        QVERIFY2(s.save(ini, &error), qPrintable(error));
        const Settings loaded = Settings::load(ini);
        QCOMPARE(loaded.modelStoragePath, QString()); // the environment's value stayed out
        QCOMPARE(loaded.maxConcurrentJobs, 4);
        QCOMPARE(loaded.holdoutDays, 21);
    }

    void saveFailsClearly()
    {
        QTemporaryDir tmp;
        const QString blocker = tmp.filePath(QStringLiteral("file"));
        QVERIFY(writeFile(blocker, "x"));
        QString error;
        QVERIFY(!Settings().save(blocker + QStringLiteral("/sub/x.ini"), &error));
        QVERIFY(error.contains(blocker));

        Settings invalid;
        invalid.holdoutDays = 3;
        const QString ini = tmp.filePath(QStringLiteral("x.ini"));
        QVERIFY(!invalid.save(ini, &error));
        QCOMPARE(error, QStringLiteral("HOLDOUT_DAYS=3: expected a whole number from 7 to 365"));
        QVERIFY(!QFileInfo::exists(ini));
    }

    void resolvedLocations()
    {
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        Settings s;
        QCOMPARE(s.resolvedDatabaseLocation(), appData + QStringLiteral("/bakery-trainer.sqlite"));
        QCOMPARE(s.resolvedModelStoragePath(), appData + QStringLiteral("/models"));

        s.databaseUrl = QStringLiteral("sqlite:///tmp/x/db.sqlite");
        QCOMPARE(s.resolvedDatabaseLocation(), s.databaseUrl);
        QCOMPARE(s.resolvedModelStoragePath(), QStringLiteral("/tmp/x/models"));
        s.databaseUrl = QStringLiteral("/tmp/y/bakery.db");
        QCOMPARE(s.resolvedModelStoragePath(), QStringLiteral("/tmp/y/models"));
        s.databaseUrl = QStringLiteral("postgresql://u:p@h:5432/db");
        QCOMPARE(s.resolvedModelStoragePath(), appData + QStringLiteral("/models"));
        s.modelStoragePath = QStringLiteral("/srv/models");
        QCOMPARE(s.resolvedModelStoragePath(), QStringLiteral("/srv/models"));

        QCOMPARE(s.resolvedTrainingThreads(), std::max(1, QThread::idealThreadCount()));
        s.trainingThreads = 5;
        QCOMPARE(s.resolvedTrainingThreads(), 5);
    }

    void catalogAgreesWithTheStruct()
    {
        // The service's names, in display order; each member has exactly one.
        const QString expected =
            QStringLiteral("DATABASE_URL MODEL_STORAGE_PATH TENANT_ID "
                           "MAX_CONCURRENT_JOBS MAX_TRAINING_TIME_MINUTES MAX_TRAINING_RETRIES "
                           "TRAINING_THREADS MIN_TRAINING_DATA_DAYS HOLDOUT_DAYS "
                           "ENABLE_AUTO_DEPLOYMENT MODEL_RETENTION_DAYS "
                           "MAX_MODEL_VERSIONS_PER_PRODUCT ENABLE_MODEL_COMPRESSION "
                           "PROPHET_CHANGEPOINT_PRIOR_SCALE PROPHET_SEASONALITY_PRIOR_SCALE "
                           "PROPHET_HOLIDAYS_PRIOR_SCALE PROPHET_SEASONALITY_MODE "
                           "PROPHET_INTERVAL_WIDTH PROPHET_UNCERTAINTY_SAMPLES "
                           "PROPHET_YEARLY_SEASONALITY PROPHET_WEEKLY_SEASONALITY "
                           "PROPHET_DAILY_SEASONALITY RETRAIN_WEEKDAY RETRAIN_HOUR "
                           "ENABLE_CONTINUOUS_LEARNING");
        QCOMPARE(catalogKeys(), expected.split(QLatin1Char(' ')));
        QStringList keys = catalogKeys();
        QCOMPARE(keys.removeDuplicates(), qsizetype(0));
        std::vector<SettingInfo::Member> members; // no member behind two keys

        const Settings defaults;
        const QStringList groups{QStringLiteral("Storage"), QStringLiteral("Jobs"),
                                 QStringLiteral("Data"),    QStringLiteral("Models"),
                                 QStringLiteral("Prophet"), QStringLiteral("Schedule")};
        for (const SettingInfo& i : settingCatalog()) {
            const QString key = QLatin1String(i.key);
            QVERIFY2(std::find(members.begin(), members.end(), i.member) == members.end(), i.key);
            members.push_back(i.member);
            QVERIFY2(groups.contains(QLatin1String(i.group)), i.key);
            QVERIFY2(qstrlen(i.description) > 10, i.key);
            QCOMPARE(defaults.value(key), i.defaultValue); // same value, same type
            const int expectedType = i.type == SettingType::Bool     ? QMetaType::Bool
                                     : i.type == SettingType::Int    ? QMetaType::Int
                                     : i.type == SettingType::Double ? QMetaType::Double
                                                                     : QMetaType::QString;
            QCOMPARE(i.defaultValue.typeId(), expectedType);
            if (i.type == SettingType::Int || i.type == SettingType::Double) {
                QVERIFY2(i.minimum <= i.defaultValue.toDouble(), i.key);
                QVERIFY2(i.defaultValue.toDouble() <= i.maximum, i.key);
            }
            QCOMPARE(i.type == SettingType::Choice, !i.choices.isEmpty());
            QCOMPARE(i.urlAllowed, key == QLatin1String("DATABASE_URL"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
