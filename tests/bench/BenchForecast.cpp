// Speed of the forecasting engine on 1, 2, 4 and 8 years of daily history, with
// the reference settings (weekly, yearly auto, Spanish holidays, 1000 samples).
// Run: build/tests/bench/bakery_bench --benchmark_min_time=1
// `--write-series DIR` writes the same series as ds,y CSV files for Prophet's timing.

#include "SyntheticSeries.h"

#include "forecast/ForecastModel.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <benchmark/benchmark.h>

#include <cstring>

using namespace bakery;

namespace {

forecast::ModelConfig referenceConfig()
{
    forecast::ModelConfig c;
    c.weekly = forecast::SeasonalityToggle::on();
    c.daily = forecast::SeasonalityToggle::off();
    c.countryHolidays = QStringLiteral("ES");
    return c;
}

void BM_Fit(benchmark::State& state)
{
    const forecast::SeriesFrame series = bench::syntheticSeries(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        forecast::ForecastModel model(referenceConfig());
        benchmark::DoNotOptimize(model.fit(series));
    }
}

void BM_FitPredict(benchmark::State& state)
{
    const forecast::SeriesFrame series = bench::syntheticSeries(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        forecast::ForecastModel model(referenceConfig());
        model.fit(series);
        benchmark::DoNotOptimize(model.predict(model.makeFutureFrame(28)));
    }
}

void BM_PredictPoint(benchmark::State& state)
{
    const forecast::SeriesFrame series = bench::syntheticSeries(static_cast<int>(state.range(0)));
    forecast::ModelConfig config = referenceConfig();
    config.uncertaintySamples = 0;
    forecast::ForecastModel model(config);
    model.fit(series);
    const forecast::SeriesFrame future = model.makeFutureFrame(28);
    for (auto _ : state)
        benchmark::DoNotOptimize(model.predict(future));
}

// The general (L-BFGS) path: multiplicative seasonality, and logistic growth under a cap.
void BM_FitMultiplicative(benchmark::State& state)
{
    const forecast::SeriesFrame series = bench::syntheticSeries(static_cast<int>(state.range(0)));
    forecast::ModelConfig config = referenceConfig();
    config.seasonalityMode = forecast::Mode::Multiplicative;
    for (auto _ : state) {
        forecast::ForecastModel model(config);
        benchmark::DoNotOptimize(model.fit(series));
    }
}

void BM_FitLogistic(benchmark::State& state)
{
    forecast::SeriesFrame series = bench::syntheticSeries(static_cast<int>(state.range(0)));
    series.cap.assign(series.size(), 120.0);
    forecast::ModelConfig config = referenceConfig();
    config.growth = forecast::Growth::Logistic;
    for (auto _ : state) {
        forecast::ForecastModel model(config);
        benchmark::DoNotOptimize(model.fit(series));
    }
}

BENCHMARK(BM_FitMultiplicative)->Arg(731)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FitLogistic)->Arg(731)->Unit(benchmark::kMillisecond);

#define BAKERY_YEARS Arg(365)->Arg(731)->Arg(1461)->Arg(2922)->Unit(benchmark::kMillisecond)
BENCHMARK(BM_Fit)->BAKERY_YEARS;
BENCHMARK(BM_FitPredict)->BAKERY_YEARS;
BENCHMARK(BM_PredictPoint)->BAKERY_YEARS;

int writeSeries(const QString& dir)
{
    QDir().mkpath(dir);
    for (int days : {365, 731, 1461, 2922}) {
        QFile file(QStringLiteral("%1/synthetic__%2d.csv").arg(dir).arg(days));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            return 1;
        QTextStream out(&file);
        out << "ds,y\n";
        const forecast::SeriesFrame s = bench::syntheticSeries(days);
        for (std::size_t i = 0; i < s.size(); ++i)
            out << QDate(1970, 1, 1).addDays(static_cast<qint64>(s.ds[i])).toString(Qt::ISODate)
                << ',' << s.y[i] << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--write-series") == 0)
        return writeSeries(QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv); // the training queue reports through the event loop
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
