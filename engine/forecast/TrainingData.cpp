#include "forecast/TrainingData.h"

#include "forecast/Trend.h"

#include <algorithm>
#include <cmath>

namespace bakery::forecast {
namespace {

std::vector<double> floorOf(const ModelConfig& config, const FittedState& st, const SeriesFrame& f)
{
    if (st.logisticFloor)
        return f.floor;
    return std::vector<double>(f.size(), config.scaling == Scaling::MinMax ? st.yMin : 0.0);
}

} // namespace

SeriesFrame trainingRows(const SeriesFrame& history)
{
    std::vector<std::size_t> rows;
    for (std::size_t i : timeOrder(history.ds))
        if (std::isfinite(history.y[i]))
            rows.push_back(i);
    return selectRows(history, rows);
}

QString prepareState(const ModelConfig& config, const SeriesFrame& train, FittedState& st)
{
    const std::size_t T = train.size();
    st.trainRows = T;
    st.start = train.ds.front();
    st.tScale = train.ds.back() - st.start;
    if (st.tScale <= 0.0)
        return QStringLiteral("all rows have the same date");

    // y scaling (spec 1.3).
    const bool logistic = config.growth == Growth::Logistic;
    st.logisticFloor = logistic && !train.floor.empty();
    const std::vector<double> zero(T, 0.0);
    const std::vector<double>& floor = st.logisticFloor ? train.floor : zero;
    st.yMin = 0.0;
    st.yScale = 0.0;
    if (config.scaling == Scaling::AbsMax) {
        for (std::size_t i = 0; i < T; ++i)
            st.yScale = std::max(st.yScale, std::abs(train.y[i] - floor[i]));
    } else if (st.logisticFloor) {
        st.yMin = *std::min_element(floor.begin(), floor.end());
        st.yScale = *std::max_element(train.cap.begin(), train.cap.end()) - st.yMin;
    } else {
        const auto [lo, hi] = std::minmax_element(train.y.begin(), train.y.end());
        st.yMin = *lo;
        st.yScale = *hi - *lo;
    }
    if (st.yScale == 0.0)
        st.yScale = 1.0;

    // Changepoints (spec 2.1): user-given or the automatic grid over the first rows.
    st.changepointDays.clear();
    st.changepointsT.clear();
    if (!config.changepoints.empty()) {
        st.changepointDays = config.changepoints;
        std::sort(st.changepointDays.begin(), st.changepointDays.end());
        if (st.changepointDays.front() < train.ds.front() ||
            st.changepointDays.back() > train.ds.back())
            return QStringLiteral("changepoints must fall within the training data");
        st.nChangepoints = static_cast<int>(st.changepointDays.size());
    } else {
        st.nChangepoints = config.nChangepoints;
        for (std::size_t idx :
             trend::changepointIndices(T, config.changepointRange, st.nChangepoints))
            st.changepointDays.push_back(train.ds[idx]);
    }
    for (double day : st.changepointDays)
        st.changepointsT.push_back((day - st.start) / st.tScale);
    if (st.changepointsT.empty())
        st.changepointsT.push_back(0.0); // Prophet's dummy changepoint, folded into k after the fit
    try {
        st.layout = buildLayout(config, train);
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

ObjectiveData objectiveData(const ModelConfig& config, const FittedState& st,
                            const SeriesFrame& train)
{
    using Eigen::Index;
    const auto T = static_cast<Index>(train.size());
    const std::vector<double> floor = floorOf(config, st, train);
    ObjectiveData d;
    d.growth = config.growth;
    d.tau = config.changepointPriorScale;
    d.t.resize(T);
    d.y.resize(T);
    d.cap = Eigen::VectorXd::Zero(T);
    for (Index i = 0; i < T; ++i) {
        const auto r = static_cast<std::size_t>(i);
        d.t(i) = (train.ds[r] - st.start) / st.tScale;
        d.y(i) = (train.y[r] - floor[r]) / st.yScale;
        if (config.growth == Growth::Logistic)
            d.cap(i) = (train.cap[r] - floor[r]) / st.yScale;
    }
    d.s = Eigen::Map<const Eigen::VectorXd>(st.changepointsT.data(),
                                            static_cast<Index>(st.changepointsT.size()));
    d.X = featureMatrix(config, st.layout, train);
    const auto K = static_cast<Index>(st.layout.columns.size());
    d.sigmas.resize(K);
    d.sA.resize(K);
    d.sM.resize(K);
    for (Index j = 0; j < K; ++j) {
        const FeatureColumn& col = st.layout.columns[static_cast<std::size_t>(j)];
        const bool zeros = col.kind == FeatureColumn::Kind::Zeros;
        d.sigmas(j) = col.priorScale;
        d.sA(j) = !zeros && col.mode == Mode::Additive ? 1.0 : 0.0;
        d.sM(j) = !zeros && col.mode == Mode::Multiplicative ? 1.0 : 0.0;
    }
    return d;
}

} // namespace bakery::forecast
