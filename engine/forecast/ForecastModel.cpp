#include "forecast/ForecastModel.h"

#include "forecast/FittedState.h"
#include "forecast/LbfgsSolver.h"
#include "forecast/MapSolver.h"
#include "forecast/ModelJson.h"
#include "forecast/Objective.h"
#include "forecast/TrainingData.h"
#include "forecast/Trend.h"
#include "forecast/Uncertainty.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace bakery::forecast {
namespace {

// The sentences' translation context is "ForecastModel".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ForecastModel)
};

using Eigen::Index;

QString checkInputs(const ModelConfig& c, const SeriesFrame& h)
{
    if (const QString error = c.validate(); !error.isEmpty())
        return error;
    if (h.y.size() != h.ds.size())
        return QStringLiteral("ds and y have different lengths");
    for (double y : h.y)
        if (std::isinf(y))
            return QStringLiteral("y contains an infinite value");
    for (double d : h.ds)
        if (!std::isfinite(d))
            return QStringLiteral("ds contains a missing time stamp");
    for (const RegressorSpec& r : c.regressors)
        if (!h.regressors.contains(r.name) || h.regressors.value(r.name).size() != h.size())
            return QStringLiteral("regressor '%1' is missing from the data").arg(r.name);
    if (c.growth == Growth::Logistic && h.cap.size() != h.size())
        return QStringLiteral("logistic growth needs a cap value on every row");
    if (!h.floor.empty() && h.floor.size() != h.size())
        return QStringLiteral("the floor column must have a value on every row");
    return {};
}

// Prediction inputs: the columns the fitted model needs, complete and finite.
void checkPredictInputs(const ModelConfig& c, const FittedState& st, const SeriesFrame& f)
{
    const std::size_t n = f.size();
    for (double d : f.ds)
        if (!std::isfinite(d))
            throw std::invalid_argument("ds contains a missing time stamp");
    for (const RegressorTerm& r : st.layout.regressors) {
        const auto it = f.regressors.constFind(r.name);
        if (it == f.regressors.cend() || it->size() != n)
            throw std::invalid_argument("missing regressor column: " + r.name.toStdString());
        for (double v : *it)
            if (!std::isfinite(v))
                throw std::invalid_argument("regressor " + r.name.toStdString() +
                                            " has a missing value");
    }
    if (c.growth != Growth::Logistic)
        return;
    if (f.cap.size() != n)
        throw std::invalid_argument("logistic growth needs a cap value on every row");
    if (st.logisticFloor && f.floor.size() != n)
        throw std::invalid_argument("this model needs a floor value on every row");
    for (std::size_t i = 0; i < n; ++i) {
        const double floor =
            st.logisticFloor ? f.floor[i] : (c.scaling == Scaling::MinMax ? st.yMin : 0.0);
        if (!(f.cap[i] > floor))
            throw std::invalid_argument("cap must be greater than floor on every row");
    }
}

} // namespace

ForecastModel::ForecastModel(ModelConfig config)
    : m_config(std::move(config))
{
}
ForecastModel::~ForecastModel() = default;
ForecastModel::ForecastModel(const ForecastModel& o)
    : m_config(o.m_config)
    , m_state(o.m_state ? std::make_unique<FittedState>(*o.m_state) : nullptr)
{
}
ForecastModel& ForecastModel::operator=(const ForecastModel& o)
{
    if (this != &o) {
        m_config = o.m_config;
        m_state = o.m_state ? std::make_unique<FittedState>(*o.m_state) : nullptr;
    }
    return *this;
}
ForecastModel::ForecastModel(ForecastModel&&) noexcept = default;
ForecastModel& ForecastModel::operator=(ForecastModel&&) noexcept = default;

bool ForecastModel::isFitted() const
{
    return m_state && m_state->fit.ok;
}
const ModelParameters& ForecastModel::parameters() const
{
    return m_state->params;
}
const FittedState& ForecastModel::state() const
{
    return *m_state;
}

QStringList ForecastModel::featureNames() const
{
    QStringList names;
    if (m_state)
        for (const FeatureColumn& c : m_state->layout.columns)
            names << c.name;
    return names;
}

FitResult ForecastModel::fit(const SeriesFrame& history)
{
    m_state.reset();
    FitResult result;
    result.inputError = true; // until the optimiser runs, any failure is the input's
    result.message = checkInputs(m_config, history);
    if (!result.message.isEmpty())
        return result;
    const SeriesFrame train = trainingRows(history);
    if (train.size() < 2) {
        result.message = Text::tr("the series has fewer than 2 rows with a value");
        return result;
    }
    for (auto it = train.regressors.cbegin(); it != train.regressors.cend(); ++it)
        for (double v : it.value())
            if (!std::isfinite(v)) {
                result.message = Text::tr("regressor '%1' has a missing value").arg(it.key());
                return result;
            }

    auto st = std::make_unique<FittedState>();
    result.message = prepareState(m_config, train, *st);
    if (!result.message.isEmpty())
        return result;
    st->historyDays = history.ds;
    std::sort(st->historyDays.begin(), st->historyDays.end());
    st->historyDays.erase(std::unique(st->historyDays.begin(), st->historyDays.end()),
                          st->historyDays.end());
    ObjectiveData data;
    try {
        data = objectiveData(m_config, *st, train);
    } catch (const std::exception& e) {
        result.message = QString::fromStdString(e.what());
        return result;
    }
    result.inputError = false;

    const bool logistic = m_config.growth == Growth::Logistic;
    const std::vector<double> yScaled(data.y.data(), data.y.data() + data.rows());
    const std::vector<double> capScaled(data.cap.data(), data.cap.data() + data.rows());
    const std::vector<double> tScaled(data.t.data(), data.t.data() + data.rows());
    const trend::InitialValues init =
        trend::initialValues(m_config.growth, tScaled, yScaled, capScaled);
    ModelParameters start{init.k, init.m, std::vector<double>(st->changepointsT.size(), 0.0), 1.0,
                          std::vector<double>(static_cast<std::size_t>(data.features()), 0.0)};
    const auto [yLo, yHi] = std::minmax_element(train.y.begin(), train.y.end());

    if (*yLo == *yHi && !logistic) {
        // Prophet's short circuit for a constant series: no optimisation, sigma 1e-9.
        start.sigmaObs = 1e-9;
        st->params = start;
        result.solver = FitResult::Solver::ShortCircuit;
        result.ok = true;
    } else {
        bool solved = false;
        if (!logistic && data.allAdditive()) {
            const MapSolution sol = solveExactMap(data);
            // Near-interpolating fits (a handful of rows, many parameters) have an unbounded
            // posterior and an ill-conditioned Gram matrix; should the exact path end above
            // its own starting point, the general solver takes over.
            solved = sol.converged && sol.objective <= negLogPosterior(data, start);
            if (solved) {
                st->params = unpack(data, sol.x);
                result.solver = FitResult::Solver::ExactLasso;
                result.iterations = sol.iterations;
            }
        }
        if (!solved) {
            const LbfgsResult sol = solveLbfgs(data, pack(data, start));
            st->params = unpack(data, sol.x);
            result.solver = FitResult::Solver::Lbfgs;
            result.iterations = sol.iterations;
            solved = std::isfinite(sol.objective);
            result.message = sol.message; // says when a limit stopped it
        }
        result.ok = solved;
    }
    result.objective = negLogPosterior(data, st->params);
    if (st->changepointDays.empty() && result.solver != FitResult::Solver::ShortCircuit) {
        st->params.k += st->params.delta[0]; // fold the dummy changepoint into k, as Prophet does
        st->params.delta[0] = 0.0;
    }
    if (!result.ok && result.message.isEmpty())
        result.message = Text::tr("the optimiser failed");
    if (result.ok && !st->notes.isEmpty())
        result.message =
            st->notes.join(QStringLiteral("; ")) +
            (result.message.isEmpty() ? QString() : QStringLiteral("; ") + result.message);
    st->fit = result;
    if (result.ok)
        m_state = std::move(st);
    return result;
}

Forecast ForecastModel::predict(const SeriesFrame& frame) const
{
    if (!isFitted())
        throw std::logic_error("predict() before a successful fit()");
    const FittedState& st = *m_state;
    const std::size_t n = frame.size();
    const bool logistic = m_config.growth == Growth::Logistic;
    checkPredictInputs(m_config, st, frame);

    Forecast f;
    f.ds = frame.ds;
    std::vector<double> t(n), floor(n), capScaled(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        t[i] = (frame.ds[i] - st.start) / st.tScale;
        floor[i] = st.logisticFloor ? frame.floor[i]
                                    : (m_config.scaling == Scaling::MinMax ? st.yMin : 0.0);
        if (logistic)
            capScaled[i] = (frame.cap[i] - floor[i]) / st.yScale;
    }
    const ModelParameters& p = st.params;
    std::vector<double> g;
    if (m_config.growth == Growth::Linear)
        g = trend::linear(t, p.k, p.m, p.delta, st.changepointsT);
    else if (logistic)
        g = trend::logistic(t, capScaled, p.k, p.m, p.delta, st.changepointsT);
    else
        g.assign(n, p.m);

    const Eigen::MatrixXd X = featureMatrix(m_config, st.layout, frame);
    const FeatureLayout& layout = st.layout;
    auto componentOf = [&](auto keep) {
        Eigen::VectorXd beta = Eigen::VectorXd::Zero(X.cols());
        bool additive = true;
        for (std::size_t j = 0; j < layout.columns.size(); ++j)
            if (keep(layout.columns[j])) {
                beta(static_cast<Index>(j)) = p.beta[j];
                additive = layout.columns[j].mode == Mode::Additive;
            }
        Eigen::VectorXd v = X * beta;
        if (additive)
            v *= st.yScale;
        return std::vector<double>(v.data(), v.data() + v.size());
    };
    using Kind = FeatureColumn::Kind;
    for (const SeasonalityTerm& s : layout.seasonalities)
        f.components.emplace_back(s.name, componentOf([&](const FeatureColumn& c) {
                                      return c.kind == Kind::Seasonality && c.component == s.name;
                                  }));
    if (!layout.holidayNames.isEmpty()) {
        f.components.emplace_back(
            QStringLiteral("holidays"),
            componentOf([](const FeatureColumn& c) { return c.kind == Kind::Holiday; }));
        for (const QString& name : layout.holidayNames)
            f.components.emplace_back(name, componentOf([&](const FeatureColumn& c) {
                                          return c.kind == Kind::Holiday && c.component == name;
                                      }));
    }
    for (const RegressorTerm& r : layout.regressors)
        f.components.emplace_back(r.name, componentOf([&](const FeatureColumn& c) {
                                      return c.kind == Kind::Regressor && c.component == r.name;
                                  }));
    for (Mode mode : {Mode::Additive, Mode::Multiplicative}) {
        const bool any = std::any_of(layout.regressors.begin(), layout.regressors.end(),
                                     [&](const RegressorTerm& r) { return r.mode == mode; });
        if (any)
            f.components.emplace_back(mode == Mode::Additive
                                          ? QStringLiteral("extra_regressors_additive")
                                          : QStringLiteral("extra_regressors_multiplicative"),
                                      componentOf([&](const FeatureColumn& c) {
                                          return c.kind == Kind::Regressor && c.mode == mode;
                                      }));
    }
    f.additiveTerms = componentOf(
        [](const FeatureColumn& c) { return c.kind != Kind::Zeros && c.mode == Mode::Additive; });
    {
        Eigen::VectorXd beta = Eigen::VectorXd::Zero(X.cols());
        for (std::size_t j = 0; j < layout.columns.size(); ++j)
            if (layout.columns[j].kind != Kind::Zeros &&
                layout.columns[j].mode == Mode::Multiplicative)
                beta(static_cast<Index>(j)) = p.beta[j];
        const Eigen::VectorXd v = X * beta;
        f.multiplicativeTerms.assign(v.data(), v.data() + v.size());
    }
    f.trend.resize(n);
    f.yhat.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        f.trend[i] = g[i] * st.yScale + floor[i];
        f.yhat[i] = f.trend[i] * (1.0 + f.multiplicativeTerms[i]) + f.additiveTerms[i];
    }
    if (m_config.uncertaintySamples <= 0 || n == 0)
        return f;

    // Sampling walks the rows in time order (future paths accumulate step by step).
    const std::vector<std::size_t> order = timeOrder(t);
    PointPieces pieces{selectValues(frame.ds, order),
                       selectValues(t, order),
                       selectValues(g, order),
                       selectValues(capScaled, order),
                       selectValues(floor, order),
                       selectValues(f.multiplicativeTerms, order),
                       selectValues(f.additiveTerms, order)};
    const SamplingSetup setup{m_config.growth,
                              st.changepointsT,
                              p,
                              st.yScale,
                              st.trainRows,
                              m_config.uncertaintySamples,
                              m_config.intervalWidth,
                              m_config.seed};
    const Bands bands = sampleBands(pieces, setup);
    f.trendLower.resize(n);
    f.trendUpper.resize(n);
    f.yhatLower.resize(n);
    f.yhatUpper.resize(n);
    for (std::size_t r = 0; r < n; ++r) {
        f.trendLower[order[r]] = bands.trendLower[r];
        f.trendUpper[order[r]] = bands.trendUpper[r];
        f.yhatLower[order[r]] = bands.yhatLower[r];
        f.yhatUpper[order[r]] = bands.yhatUpper[r];
    }
    return f;
}

SeriesFrame ForecastModel::makeFutureFrame(int days, bool includeHistory) const
{
    SeriesFrame frame;
    if (!m_state)
        return frame;
    if (includeHistory)
        frame.ds = m_state->historyDays;
    const double last = m_state->historyDays.back();
    for (int d = 1; d <= days; ++d)
        frame.ds.push_back(last + d);
    return frame;
}

QByteArray ForecastModel::toJson() const
{
    return modelToJson(m_config, m_state.get());
}

std::unique_ptr<ForecastModel> ForecastModel::fromJson(const QByteArray& json, QString* error)
{
    auto model = std::make_unique<ForecastModel>();
    auto state = std::make_unique<FittedState>();
    if (!modelFromJson(json, model->m_config, *state, error))
        return nullptr;
    if (state->fit.ok)
        model->m_state = std::move(state);
    return model;
}

} // namespace bakery::forecast
