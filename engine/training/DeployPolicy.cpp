#include "training/DeployPolicy.h"

#include "calendar/EpochDay.h"
#include "data/Covariates.h"
#include "forecast/ForecastModel.h"

#include <QCoreApplication>

#include <stdexcept>

namespace bakery::training {

namespace {

// The sentences' translation context is "DeployPolicy".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeployPolicy)
};

QString num(double v)
{
    return QString::number(v, 'f', 3);
}

QString window(const forecast::SeriesFrame& test)
{
    const auto iso = [](double d) {
        return calendar::fromEpochDay(static_cast<int>(d)).toString(Qt::ISODate);
    };
    return QStringLiteral("%1..%2").arg(iso(test.ds.front()), iso(test.ds.back()));
}

} // namespace

DeployDecision decideDeploy(const ProductInput& input, const evaluation::Metrics& candidate,
                            const forecast::SeriesFrame& train, const forecast::SeriesFrame& test)
{
    DeployDecision d;
    if (!input.deployed) {
        d.deploy = true;
        d.reason = Text::tr("deployed: no version of %1 was deployed yet").arg(input.name);
        return d;
    }
    const DeployedModel& old = *input.deployed;
    QString error;
    std::unique_ptr<forecast::ForecastModel> model =
        forecast::ForecastModel::fromJson(old.modelJson, &error);
    const storage::WeatherSeries noWeather;
    const storage::WeatherSeries& weather = input.weather ? *input.weather : noWeather;
    const bool outOfSample = model && old.trainingEndDay < static_cast<int>(test.ds.front());
    try {
        if (model && !outOfSample) {
            // Same settings, same training rows as the candidate.
            forecast::ModelConfig config = model->config();
            forecast::SeriesFrame refitRows = train;
            data::fillRegressors(refitRows, config, weather);
            forecast::ForecastModel refit(config);
            const forecast::FitResult fit = refit.fit(refitRows);
            if (!fit.ok)
                throw std::runtime_error(fit.message.toStdString());
            *model = std::move(refit);
        }
        if (model) {
            forecast::SeriesFrame frame = test;
            frame.y.clear();
            data::fillRegressors(frame, model->config(), weather);
            const forecast::Forecast f = model->predict(frame);
            d.deployedOnWindow = evaluation::computeMetrics(test.y, f.yhat);
        }
    } catch (const std::exception& e) {
        error = QString::fromStdString(e.what());
        d.deployedOnWindow = {};
    }
    if (d.deployedOnWindow.n == 0 || !std::isfinite(d.deployedOnWindow.mae)) {
        d.deploy = true;
        d.reason =
            Text::tr("deployed: version %1 could not be scored on %2 (%3)")
                .arg(old.version, window(test), error.isEmpty() ? Text::tr("no rows") : error);
        return d;
    }
    const QString how =
        outOfSample ? Text::tr("as deployed") : Text::tr("refitted on the same rows");
    // A tie goes to the newer version: it has seen more data. (Refitted with unchanged
    // settings on the candidate's rows, the deployed version *is* the candidate.)
    d.deploy = candidate.mae <= d.deployedOnWindow.mae;
    d.reason = d.deploy ? Text::tr("deployed: MAE %1 matches or beats version %2's %3 (%4) "
                                   "on %5; ties go to the newer version")
                              .arg(num(candidate.mae), old.version, num(d.deployedOnWindow.mae),
                                   how, window(test))
                        : Text::tr("kept version %2: its MAE %3 (%4) is better than the "
                                   "new %1 on %5; ties go to the newer version")
                              .arg(num(candidate.mae), old.version, num(d.deployedOnWindow.mae),
                                   how, window(test));
    return d;
}

} // namespace bakery::training
