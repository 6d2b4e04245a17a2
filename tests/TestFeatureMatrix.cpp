// Feature columns against the specification's worked values and Prophet's rules.
#include "forecast/FeatureMatrix.h"

#include <QDate>
#include <QtTest>

#include <cmath>

using namespace bakery;
using namespace bakery::forecast;

namespace {

double day(int y, int m, int d)
{
    return static_cast<double>(QDate(1970, 1, 1).daysTo(QDate(y, m, d)));
}

SeriesFrame daily(double first, int days, int step = 1)
{
    SeriesFrame f;
    for (int i = 0; i < days; i += step) {
        f.ds.push_back(first + i);
        f.y.push_back(1.0 + i % 7);
    }
    return f;
}

QStringList names(const FeatureLayout& l)
{
    QStringList out;
    for (const FeatureColumn& c : l.columns)
        out << c.name;
    return out;
}

} // namespace

class TestFeatureMatrix : public QObject
{
    Q_OBJECT

private slots:
    void fourierMatchesSpecVectors();
    void autoSeasonalityRules();
    void holidayWindowColumnsSortedLikeProphet();
    void holidayValuesAndZeroColumns();
    void countryHolidaysForTrainingYears();
    void regressorStandardisation();
    void zerosColumnWhenNoFeatures();
};

void TestFeatureMatrix::fourierMatchesSpecVectors()
{
    const std::vector<double> ds = {day(2012, 5, 18)};
    const Eigen::MatrixXd weekly = fourierSeries(ds, 7.0, 3);
    const double w[] = {0.7818315, 0.6234898, 0.9749279, -0.2225209, 0.4338837, -0.9009689};
    for (int j = 0; j < 6; ++j)
        QVERIFY2(std::abs(weekly(0, j) - w[j]) < 5e-8, qPrintable(QString::number(j)));
    const Eigen::MatrixXd yearly = fourierSeries(ds, 365.25, 3);
    const double y[] = {0.7006152, -0.7135393, -0.9998330, 0.01827656, 0.7262249, 0.6874572};
    for (int j = 0; j < 6; ++j)
        QVERIFY2(std::abs(yearly(0, j) - y[j]) < 5e-8, qPrintable(QString::number(j)));
}

void TestFeatureMatrix::autoSeasonalityRules()
{
    ModelConfig config;
    // 730 rows span 729 days: no yearly; weekly on; daily needs sub-daily data.
    QStringList cols = names(buildLayout(config, daily(day(2020, 1, 1), 730)));
    QCOMPARE(cols.size(), 6);
    QCOMPARE(cols.first(), QStringLiteral("weekly_delim_1"));
    // 731 rows span 730 days: yearly (order 10) comes first, then weekly.
    cols = names(buildLayout(config, daily(day(2020, 1, 1), 731)));
    QCOMPARE(cols.size(), 26);
    QCOMPARE(cols.first(), QStringLiteral("yearly_delim_1"));
    QCOMPARE(cols.at(20), QStringLiteral("weekly_delim_1"));
    // Weekly data (one row every 7 days) has no weekly seasonality; 13 days is too short.
    QCOMPARE(names(buildLayout(config, daily(day(2020, 1, 1), 200, 7))),
             QStringList{QStringLiteral("zeros")});
    QCOMPARE(names(buildLayout(config, daily(day(2020, 1, 1), 14))),
             QStringList{QStringLiteral("zeros")});
    // Explicit orders and a custom seasonality placed before the built-ins.
    config.weekly = SeasonalityToggle::on(2);
    config.seasonalities.push_back({QStringLiteral("monthly"), 30.5, 1, NAN, Mode::Multiplicative});
    const FeatureLayout l = buildLayout(config, daily(day(2020, 1, 1), 100));
    QCOMPARE(names(l),
             (QStringList{QStringLiteral("monthly_delim_1"), QStringLiteral("monthly_delim_2"),
                          QStringLiteral("weekly_delim_1"), QStringLiteral("weekly_delim_2"),
                          QStringLiteral("weekly_delim_3"), QStringLiteral("weekly_delim_4")}));
    QCOMPARE(l.columns.front().mode, Mode::Multiplicative);
    QCOMPARE(l.columns.front().priorScale, 10.0);
}

void TestFeatureMatrix::holidayWindowColumnsSortedLikeProphet()
{
    ModelConfig config;
    config.weekly = SeasonalityToggle::off();
    config.holidays.push_back(
        {QStringLiteral("xmas"), static_cast<int>(day(2016, 12, 25)), -1, 10});
    const FeatureLayout l = buildLayout(config, daily(day(2016, 12, 1), 60));
    // Byte order: '+' before '-', "+10" between "+1" and "+2".
    QCOMPARE(names(l),
             (QStringList{QStringLiteral("xmas_delim_+0"), QStringLiteral("xmas_delim_+1"),
                          QStringLiteral("xmas_delim_+10"), QStringLiteral("xmas_delim_+2"),
                          QStringLiteral("xmas_delim_+3"), QStringLiteral("xmas_delim_+4"),
                          QStringLiteral("xmas_delim_+5"), QStringLiteral("xmas_delim_+6"),
                          QStringLiteral("xmas_delim_+7"), QStringLiteral("xmas_delim_+8"),
                          QStringLiteral("xmas_delim_+9"), QStringLiteral("xmas_delim_-1")}));
}

void TestFeatureMatrix::holidayValuesAndZeroColumns()
{
    ModelConfig config;
    config.weekly = SeasonalityToggle::off();
    config.daily = SeasonalityToggle::off(); // the evening stamp below would switch it on
    config.holidays.push_back(
        {QStringLiteral("fiesta"), static_cast<int>(day(2024, 3, 10)), 0, 1, 3.0});
    config.holidays.push_back(
        {QStringLiteral("fiesta"), static_cast<int>(day(2025, 3, 10)), 0, 1, 3.0});
    config.holidays.push_back({QStringLiteral("never"), static_cast<int>(day(2000, 1, 1))});
    SeriesFrame f = daily(day(2024, 3, 1), 20);
    f.ds.push_back(day(2024, 3, 11) + 0.75); // an evening stamp counts for its calendar day
    f.y.push_back(1.0);
    const FeatureLayout l = buildLayout(config, f);
    QCOMPARE(names(l),
             (QStringList{QStringLiteral("fiesta_delim_+0"), QStringLiteral("fiesta_delim_+1"),
                          QStringLiteral("never_delim_+0")}));
    QCOMPARE(l.columns[0].priorScale, 3.0);
    QCOMPARE(l.columns[2].priorScale, 10.0);
    const Eigen::MatrixXd x = featureMatrix(config, l, f);
    QCOMPARE(x.col(0).sum(), 1.0);
    QCOMPARE(x(9, 0), 1.0); // 10 March
    QCOMPARE(x.col(1).sum(), 2.0);
    QCOMPARE(x(10, 1), 1.0); // 11 March
    QCOMPARE(x(20, 1), 1.0); // 11 March, 18:00
    QCOMPARE(x.col(2).sum(), 0.0);
}

void TestFeatureMatrix::countryHolidaysForTrainingYears()
{
    ModelConfig config;
    config.weekly = SeasonalityToggle::off();
    config.countryHolidays = QStringLiteral("ES");
    const FeatureLayout l = buildLayout(config, daily(day(2024, 11, 1), 90));
    // 2024 and 2025 are touched: all ten Spanish national holiday names.
    QCOMPARE(l.holidayNames.size(), 10);
    QVERIFY(l.holidayNames.contains(QStringLiteral("Good Friday")));
    const Eigen::MatrixXd x = featureMatrix(config, l, daily(day(2024, 11, 1), 90));
    const auto col = names(l).indexOf(QStringLiteral("Christmas Day_delim_+0"));
    QCOMPARE(x.col(col).sum(), 1.0);
    QCOMPARE(x(54, col), 1.0); // 25 December 2024
}

void TestFeatureMatrix::regressorStandardisation()
{
    ModelConfig config;
    config.weekly = SeasonalityToggle::off();
    for (const char* name : {"binary", "constant", "temperature", "forced_off"})
        config.regressors.push_back(
            {QString::fromLatin1(name), NAN, Standardize::Auto, std::nullopt});
    config.regressors.back().standardize = Standardize::No;
    SeriesFrame f = daily(day(2024, 1, 1), 5);
    f.regressors[QStringLiteral("binary")] = {0, 1, 1, 0, 1};
    f.regressors[QStringLiteral("constant")] = {4, 4, 4, 4, 4};
    f.regressors[QStringLiteral("temperature")] = {1, 2, 3, 4, 5};
    f.regressors[QStringLiteral("forced_off")] = {1, 2, 3, 4, 5};
    const FeatureLayout l = buildLayout(config, f);
    QCOMPARE(l.regressors[0].mu, 0.0);
    QCOMPARE(l.regressors[0].sd, 1.0);
    QCOMPARE(l.regressors[1].mu, 0.0); // fewer than two distinct values
    QCOMPARE(l.regressors[1].sd, 1.0);
    QCOMPARE(l.regressors[2].mu, 3.0); // pandas: mean 3, sample std sqrt(2.5)
    QVERIFY(std::abs(l.regressors[2].sd - std::sqrt(2.5)) < 1e-15);
    QCOMPARE(l.regressors[3].sd, 1.0);
    QCOMPARE(l.columns[2].priorScale, 10.0); // holidays_prior_scale by default
    const Eigen::MatrixXd x = featureMatrix(config, l, f);
    QVERIFY(std::abs(x(4, 2) - 2.0 / std::sqrt(2.5)) < 1e-15);
    f.regressors.remove(QStringLiteral("temperature"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, featureMatrix(config, l, f));
}

void TestFeatureMatrix::zerosColumnWhenNoFeatures()
{
    ModelConfig config;
    config.weekly = SeasonalityToggle::off();
    const FeatureLayout l = buildLayout(config, daily(day(2024, 1, 1), 30));
    QCOMPARE(l.columns.size(), std::size_t(1));
    QCOMPARE(l.columns[0].kind, FeatureColumn::Kind::Zeros);
    QCOMPARE(l.columns[0].priorScale, 1.0);
    QVERIFY(featureMatrix(config, l, daily(day(2024, 1, 1), 30)).isZero());
}

QTEST_GUILESS_MAIN(TestFeatureMatrix)
#include "TestFeatureMatrix.moc"
