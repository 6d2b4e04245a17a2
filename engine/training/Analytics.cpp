#include "training/Analytics.h"

#include "storage/JobStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <map>
#include <numeric>

namespace bakery::training {

namespace {

// The sentences' translation context is "Analytics".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};

// The training service's accuracy buckets (percent).
constexpr std::array<double, 10> kEdges = {0, 50, 60, 70, 75, 80, 85, 90, 95, 100};

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject statsJson(const DurationStats& s)
{
    return {{QStringLiteral("count"), s.count},
            {QStringLiteral("mean_seconds"), number(s.mean)},
            {QStringLiteral("median_seconds"), number(s.median)},
            {QStringLiteral("p95_seconds"), number(s.p95)}};
}

// Ordered so that the first row of each product is its current version: the deployed one,
// else the newest (as ModelRegistry::versions orders them: version name, then id).
bool readProducts(const storage::Database& db, const QString& tenant, TrainingAnalytics* out,
                  QString* error)
{
    QSqlQuery q(db.connection(error));
    q.setForwardOnly(true);
    if (!storage::sql::run(
            q,
            QStringLiteral(
                "SELECT p.name, m.id, m.model_version, m.is_production, x.accuracy_percentage,"
                " COALESCE(x.mae, m.mae), COALESCE(x.rmse, m.rmse), x.wape,"
                " COALESCE(x.mape, m.mape), x.evaluation_samples"
                " FROM trained_models m"
                " JOIN products p ON p.id = m.inventory_product_id AND p.tenant_id = m.tenant_id"
                " LEFT JOIN model_performance_metrics x ON x.model_id = m.id"
                "  AND x.tenant_id = m.tenant_id AND x.window_kind = 'holdout'"
                " WHERE m.tenant_id = ?"
                " ORDER BY p.name, m.is_production DESC, m.model_version DESC, m.id DESC"),
            {tenant}, error, Text::tr("Cannot read the model versions")))
        return false;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!out->products.empty() && out->products.back().product == name)
            continue; // an older or undeployed version of the same product
        ProductAccuracy p;
        p.product = name;
        p.modelId = q.value(1).toLongLong();
        p.version = q.value(2).toString();
        p.deployed = q.value(3).toInt() != 0;
        p.accuracy = storage::sql::realOrNan(q.value(4));
        p.mae = storage::sql::realOrNan(q.value(5));
        p.rmse = storage::sql::realOrNan(q.value(6));
        p.wape = storage::sql::realOrNan(q.value(7));
        p.mape = storage::sql::realOrNan(q.value(8));
        p.evaluationSamples = q.value(9).toInt();
        out->products.push_back(p);
    }
    return true;
}

bool readDurations(const storage::Database& db, const QString& tenant, TrainingAnalytics* out,
                   QString* error)
{
    QSqlQuery q(db.connection(error));
    q.setForwardOnly(true);
    if (!storage::sql::run(q,
                           QStringLiteral("SELECT jp.job_id, jp.product_name, jp.duration_ms, j.id"
                                          " FROM job_products jp LEFT JOIN training_job_queue j"
                                          "  ON j.job_id = jp.job_id AND j.tenant_id = jp.tenant_id"
                                          " WHERE jp.tenant_id = ? AND jp.status = ?"
                                          " AND jp.duration_ms IS NOT NULL"),
                           {tenant, storage::job::kCompleted}, error,
                           Text::tr("Cannot read the training durations")))
        return false;
    std::map<QString, std::vector<double>> byProduct;
    std::map<QString, std::pair<qint64, std::vector<double>>> byJob; // job id -> (queue id, s)
    std::vector<double> all;
    while (q.next()) {
        const double seconds = q.value(2).toDouble() / 1000.0;
        if (!std::isfinite(seconds))
            continue;
        byProduct[q.value(1).toString()].push_back(seconds);
        auto& job = byJob[q.value(0).toString()];
        job.first = q.value(3).toLongLong(); // 0 when the job row is gone
        job.second.push_back(seconds);
        all.push_back(seconds);
    }
    for (auto& [name, seconds] : byProduct)
        out->durationByProduct.emplace_back(name, durationStats(std::move(seconds)));
    // Newest first: queue ids grow with submission; job ids ("job-<UTC time>-...") break ties.
    std::vector<std::pair<qint64, QString>> order;
    for (const auto& [jobId, job] : byJob)
        order.emplace_back(job.first, jobId);
    std::sort(order.begin(), order.end(), [](const auto& x, const auto& y) { return x > y; });
    for (const auto& [queueId, jobId] : order)
        out->durationByJob.emplace_back(jobId, durationStats(std::move(byJob[jobId].second)));
    out->overall = durationStats(std::move(all));
    return true;
}

} // namespace

DurationStats durationStats(std::vector<double> seconds)
{
    seconds.erase(
        std::remove_if(seconds.begin(), seconds.end(), [](double v) { return !std::isfinite(v); }),
        seconds.end());
    DurationStats s;
    s.count = static_cast<int>(seconds.size());
    if (seconds.empty())
        return s;
    std::sort(seconds.begin(), seconds.end());
    const std::size_t n = seconds.size();
    s.mean = std::accumulate(seconds.begin(), seconds.end(), 0.0) / static_cast<double>(n);
    s.median = n % 2 == 1 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2.0;
    const double h = 0.95 * static_cast<double>(n - 1);
    const std::size_t lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, n - 1);
    s.p95 = seconds[lo] + (h - static_cast<double>(lo)) * (seconds[hi] - seconds[lo]);
    return s;
}

TrainingAnalytics computeAnalytics(const storage::Database& db, const QString& tenant)
{
    TrainingAnalytics a;
    QString error;
    if (!readProducts(db, tenant, &a, &error))
        a.error = error;
    std::stable_sort(a.products.begin(), a.products.end(),
                     [](const ProductAccuracy& x, const ProductAccuracy& y) {
                         const bool fx = std::isfinite(x.accuracy), fy = std::isfinite(y.accuracy);
                         if (fx != fy)
                             return fx; // NaN last
                         if (fx && x.accuracy != y.accuracy)
                             return x.accuracy > y.accuracy;
                         return x.product < y.product;
                     });

    for (std::size_t i = 0; i + 1 < kEdges.size(); ++i)
        a.distribution.push_back({kEdges[i], kEdges[i + 1], 0});
    double sum = 0.0;
    int finite = 0;
    for (const ProductAccuracy& p : a.products) {
        if (!std::isfinite(p.accuracy))
            continue;
        sum += p.accuracy;
        ++finite;
        for (std::size_t i = 0; i < a.distribution.size(); ++i) {
            AccuracyBucket& b = a.distribution[i];
            const bool last = i + 1 == a.distribution.size();
            if (p.accuracy >= b.lower &&
                (p.accuracy < b.upper || (last && p.accuracy == b.upper))) {
                ++b.count;
                break;
            }
        }
    }
    if (finite > 0)
        a.averageAccuracy = sum / finite;

    if (!readDurations(db, tenant, &a, &error) && a.error.isEmpty())
        a.error = error;
    return a;
}

QJsonObject toJson(const TrainingAnalytics& a)
{
    QJsonArray products;
    for (const ProductAccuracy& p : a.products)
        products.append(QJsonObject{{QStringLiteral("product"), p.product},
                                    {QStringLiteral("model_id"), p.modelId},
                                    {QStringLiteral("version"), p.version},
                                    {QStringLiteral("deployed"), p.deployed},
                                    {QStringLiteral("accuracy"), number(p.accuracy)},
                                    {QStringLiteral("mae"), number(p.mae)},
                                    {QStringLiteral("rmse"), number(p.rmse)},
                                    {QStringLiteral("wape"), number(p.wape)},
                                    {QStringLiteral("mape"), number(p.mape)},
                                    {QStringLiteral("evaluation_samples"), p.evaluationSamples}});
    QJsonArray buckets;
    for (const AccuracyBucket& b : a.distribution)
        buckets.append(QJsonObject{
            {QStringLiteral("range"), QStringLiteral("%1-%2").arg(b.lower).arg(b.upper)},
            {QStringLiteral("lower"), b.lower},
            {QStringLiteral("upper"), b.upper},
            {QStringLiteral("count"), b.count}});
    QJsonArray byProduct, byJob;
    for (const auto& [name, s] : a.durationByProduct) {
        QJsonObject o = statsJson(s);
        o.insert(QStringLiteral("product"), name);
        byProduct.append(o);
    }
    for (const auto& [jobId, s] : a.durationByJob) {
        QJsonObject o = statsJson(s);
        o.insert(QStringLiteral("job_id"), jobId);
        byJob.append(o);
    }
    QJsonObject out{
        {QStringLiteral("products"), products},
        {QStringLiteral("distribution"), buckets},
        {QStringLiteral("average_accuracy"), number(a.averageAccuracy)},
        {QStringLiteral("durations"), QJsonObject{{QStringLiteral("overall"), statsJson(a.overall)},
                                                  {QStringLiteral("by_product"), byProduct},
                                                  {QStringLiteral("by_job"), byJob}}}};
    if (!a.error.isEmpty())
        out.insert(QStringLiteral("error"), a.error);
    return out;
}

} // namespace bakery::training
