#include "training/ProductStatus.h"

#include "storage/SalesStore.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

namespace bakery::training {

std::vector<ProductStatus> productStatuses(const storage::Database& db, const QString& tenant,
                                           int minTrainingDays)
{
    std::vector<ProductStatus> out;
    QHash<qint64, std::size_t> index;
    for (const storage::ProductSummary& s : storage::SalesStore(db, tenant).products()) {
        ProductStatus p;
        p.productId = s.id;
        p.name = s.name;
        p.days = s.days;
        p.firstDay = s.firstDay;
        p.lastDay = s.lastDay;
        p.ready = s.days >= minTrainingDays;
        index.insert(s.id, out.size());
        out.push_back(p);
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Versions: count, newest, and the deployed one with its holdout metrics.
    if (storage::sql::run(
            q,
            QStringLiteral("SELECT m.inventory_product_id, m.id, m.model_version, m.created_at,"
                           " m.is_production, x.accuracy_percentage, x.mae FROM trained_models m"
                           " LEFT JOIN model_performance_metrics x ON x.model_id = m.id AND"
                           " x.window_kind = 'holdout' WHERE m.tenant_id = ?"),
            {tenant}, nullptr, {})) {
        while (q.next()) {
            const auto it = index.find(q.value(0).toLongLong());
            if (it == index.end())
                continue;
            ProductStatus& p = out[*it];
            ++p.versions;
            const QString created = q.value(3).toString();
            if (created > p.lastTrainedAt)
                p.lastTrainedAt = created;
            if (q.value(4).toInt() != 0) {
                p.deployedModelId = q.value(1).toLongLong();
                p.deployedVersion = q.value(2).toString();
                p.deployedAt = created;
                p.accuracy = storage::sql::realOrNan(q.value(5));
                p.mae = storage::sql::realOrNan(q.value(6));
            }
        }
    }
    // The latest job row of each product (job_products in job order).
    if (storage::sql::run(q,
                          QStringLiteral("SELECT p.product_id, p.status, p.error_message,"
                                         " p.recommended_action FROM job_products p JOIN"
                                         " training_job_queue j ON j.job_id = p.job_id WHERE"
                                         " p.tenant_id = ? ORDER BY j.id"),
                          {tenant}, nullptr, {})) {
        while (q.next()) {
            const auto it = index.find(q.value(0).toLongLong());
            if (it == index.end())
                continue;
            ProductStatus& p = out[*it];
            p.lastJobStatus = q.value(1).toString();
            p.lastError = q.value(2).toString();
            p.lastRecommendedAction = q.value(3).toString();
        }
    }
    return out;
}

} // namespace bakery::training
