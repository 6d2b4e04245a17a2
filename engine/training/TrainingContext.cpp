#include "training/TrainingContext.h"

#include "config/Settings.h"

#include <QThread>

namespace bakery::training {

namespace {

forecast::SeasonalityToggle toggle(const QString& v)
{
    if (v == QLatin1String("true"))
        return forecast::SeasonalityToggle::on();
    if (v == QLatin1String("false"))
        return forecast::SeasonalityToggle::off();
    return forecast::SeasonalityToggle::automatic();
}

} // namespace

TrainingOptions trainingOptions(const config::Settings& s)
{
    TrainingOptions o;
    forecast::ModelConfig& c = o.config;
    c.changepointPriorScale = s.prophetChangepointPriorScale;
    c.seasonalityPriorScale = s.prophetSeasonalityPriorScale;
    c.holidaysPriorScale = s.prophetHolidaysPriorScale;
    c.seasonalityMode = s.prophetSeasonalityMode == QLatin1String("multiplicative")
                            ? forecast::Mode::Multiplicative
                            : forecast::Mode::Additive;
    c.intervalWidth = s.prophetIntervalWidth;
    c.uncertaintySamples = s.prophetUncertaintySamples;
    c.yearly = toggle(s.prophetYearlySeasonality);
    c.weekly = toggle(s.prophetWeeklySeasonality);
    c.daily = toggle(s.prophetDailySeasonality);
    c.countryHolidays = QStringLiteral("ES"); // Spain's national holidays, every year
    o.holdoutDays = s.holdoutDays;
    o.minTrainingDays = s.minTrainingDataDays;
    o.autoDeploy = s.enableAutoDeployment;
    return o;
}

TrainingLimits trainingLimits(const config::Settings& s)
{
    TrainingLimits l;
    l.maxConcurrentJobs = s.maxConcurrentJobs;
    l.timeLimitMs = static_cast<qint64>(s.maxTrainingTimeMinutes) * 60000;
    l.threads = std::max(1, s.resolvedTrainingThreads());
    l.maxVersionsPerProduct = s.maxModelVersionsPerProduct;
    l.retentionDays = s.modelRetentionDays;
    l.maxRetries = s.maxTrainingRetries;
    return l;
}

} // namespace bakery::training
