#include "forecast/Objective.h"

#include "forecast/Trend.h"

#include <cmath>

namespace bakery::forecast {
namespace {

double sign0(double v)
{
    return v > 0 ? 1.0 : (v < 0 ? -1.0 : 0.0);
}

// Logistic trend and the adjoints of k, m and delta given dNLP/dg per row.
Eigen::VectorXd logisticTrend(const ObjectiveData& d, double k, double m,
                              const Eigen::VectorXd& delta, const Eigen::VectorXd* dg, double* dk,
                              double* dm, Eigen::VectorXd* ddelta)
{
    const Eigen::Index S = d.changepoints();
    // Rates k_j and offsets m_j of each segment j = 0..S (segment j starts at s_j).
    Eigen::VectorXd rate(S + 1), offset(S + 1);
    rate(0) = k;
    offset(0) = m;
    for (Eigen::Index j = 0; j < S; ++j) {
        rate(j + 1) = rate(j) + delta(j);
        offset(j + 1) = offset(j) + (d.s(j) - offset(j)) * (1.0 - rate(j) / rate(j + 1));
    }
    Eigen::VectorXd g(d.rows());
    Eigen::VectorXd adjRate = Eigen::VectorXd::Zero(S + 1),
                    adjOffset = Eigen::VectorXd::Zero(S + 1);
    for (Eigen::Index i = 0; i < d.rows(); ++i) {
        Eigen::Index seg = 0;
        while (seg < S && d.t(i) >= d.s(seg))
            ++seg;
        const double z = rate(seg) * (d.t(i) - offset(seg));
        g(i) = trend::logisticValue(d.cap(i), z);
        if (dg) {
            const double p = trend::logisticValue(1.0, z);
            const double dz = (*dg)(i)*d.cap(i) * p * (1.0 - p);
            adjRate(seg) += dz * (d.t(i) - offset(seg));
            adjOffset(seg) -= dz * rate(seg);
        }
    }
    if (!dg)
        return g;
    // Reverse pass through offset_{j+1} = a offset_j + s_j (1 - a), a = rate_j / rate_{j+1}.
    for (Eigen::Index j = S - 1; j >= 0; --j) {
        const double a = rate(j) / rate(j + 1);
        const double adjA = adjOffset(j + 1) * (offset(j) - d.s(j));
        adjOffset(j) += adjOffset(j + 1) * a;
        adjRate(j) += adjA / rate(j + 1);
        adjRate(j + 1) -= adjA * rate(j) / (rate(j + 1) * rate(j + 1));
    }
    // rate_j = k + sum_{l < j} delta_l.
    double suffix = 0.0;
    for (Eigen::Index j = S; j >= 1; --j) {
        suffix += adjRate(j);
        (*ddelta)(j - 1) = suffix;
    }
    *dk = suffix + adjRate(0);
    *dm = adjOffset(0);
    return g;
}

} // namespace

Eigen::VectorXd pack(const ObjectiveData& data, const ModelParameters& p)
{
    Eigen::VectorXd x(data.packedSize());
    const Eigen::Index S = data.changepoints();
    x(0) = p.k;
    x(1) = p.m;
    for (Eigen::Index j = 0; j < S; ++j)
        x(2 + j) = p.delta.at(static_cast<std::size_t>(j));
    for (Eigen::Index j = 0; j < data.features(); ++j)
        x(2 + S + j) = p.beta.at(static_cast<std::size_t>(j));
    x(x.size() - 1) = std::log(p.sigmaObs);
    return x;
}

ModelParameters unpack(const ObjectiveData& data, const Eigen::VectorXd& x)
{
    ModelParameters p;
    const Eigen::Index S = data.changepoints();
    p.k = x(0);
    p.m = x(1);
    p.delta.assign(x.data() + 2, x.data() + 2 + S);
    p.beta.assign(x.data() + 2 + S, x.data() + 2 + S + data.features());
    p.sigmaObs = std::exp(x(x.size() - 1));
    return p;
}

Eigen::VectorXd trendOf(const ObjectiveData& data, const Eigen::VectorXd& x)
{
    const Eigen::Index S = data.changepoints();
    const Eigen::VectorXd delta = x.segment(2, S);
    if (data.growth == Growth::Flat)
        return Eigen::VectorXd::Constant(data.rows(), x(1));
    if (data.growth == Growth::Logistic)
        return logisticTrend(data, x(0), x(1), delta, nullptr, nullptr, nullptr, nullptr);
    Eigen::VectorXd g = x(0) * data.t + Eigen::VectorXd::Constant(data.rows(), x(1));
    for (Eigen::Index j = 0; j < S; ++j)
        g += delta(j) * (data.t.array() - data.s(j)).max(0.0).matrix();
    return g;
}

double negLogPosterior(const ObjectiveData& d, const Eigen::VectorXd& x, Eigen::VectorXd* gradient)
{
    const Eigen::Index S = d.changepoints();
    const Eigen::Index K = d.features();
    const double k = x(0), m = x(1);
    const Eigen::VectorXd delta = x.segment(2, S);
    const Eigen::VectorXd beta = x.segment(2 + S, K);
    const double u = x(x.size() - 1);
    const double sigma = std::exp(u);
    const double T = static_cast<double>(d.rows());

    const Eigen::VectorXd g = trendOf(d, x);
    const Eigen::VectorXd mult = d.X * (beta.array() * d.sM.array()).matrix();
    const Eigen::VectorXd add = d.X * (beta.array() * d.sA.array()).matrix();
    const Eigen::VectorXd resid = d.y - (g.array() * (1.0 + mult.array())).matrix() - add;
    const double rss = resid.squaredNorm();

    const double eps = d.l1Smoothing;
    const double l1 =
        eps > 0.0 ? ((delta.array().square() + eps * eps).sqrt() - eps).sum() : delta.lpNorm<1>();
    double f = k * k / 50.0 + m * m / 50.0 + l1 / d.tau + 2.0 * sigma * sigma +
               0.5 * (beta.array() / d.sigmas.array()).square().sum() + T * u +
               rss / (2.0 * sigma * sigma);
    if (!gradient)
        return f;

    Eigen::VectorXd& grad = *gradient;
    grad.setZero(x.size());
    const Eigen::VectorXd dmu = -resid / (sigma * sigma); // dNLP/dmu
    const Eigen::VectorXd dg = (dmu.array() * (1.0 + mult.array())).matrix();
    double dk = 0.0, dm = 0.0;
    Eigen::VectorXd ddelta = Eigen::VectorXd::Zero(S);
    if (d.growth == Growth::Linear) {
        dk = dg.dot(d.t);
        dm = dg.sum();
        for (Eigen::Index j = 0; j < S; ++j)
            ddelta(j) = dg.dot((d.t.array() - d.s(j)).max(0.0).matrix());
    } else if (d.growth == Growth::Flat) {
        dm = dg.sum();
    } else {
        logisticTrend(d, k, m, delta, &dg, &dk, &dm, &ddelta);
    }
    grad(0) = dk + k / 25.0;
    grad(1) = dm + m / 25.0;
    for (Eigen::Index j = 0; j < S; ++j)
        grad(2 + j) = ddelta(j) + (eps > 0.0 ? delta(j) / std::sqrt(delta(j) * delta(j) + eps * eps)
                                             : sign0(delta(j))) /
                                      d.tau;
    const Eigen::VectorXd dbeta = d.X.transpose() * dmu;
    const Eigen::VectorXd dbetaMult = d.X.transpose() * (dmu.array() * g.array()).matrix();
    grad.segment(2 + S, K) = (dbeta.array() * d.sA.array() + dbetaMult.array() * d.sM.array() +
                              beta.array() / d.sigmas.array().square())
                                 .matrix();
    grad(x.size() - 1) = 4.0 * sigma * sigma + T - rss / (sigma * sigma);
    return f;
}

double negLogPosterior(const ObjectiveData& data, const ModelParameters& p)
{
    return negLogPosterior(data, pack(data, p));
}

} // namespace bakery::forecast
