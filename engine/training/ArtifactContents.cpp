// The files of a version's artifact zip (docs/file-formats.md, "Model artifacts").
#include "training/ResultWriter.h"

#include "calendar/EpochDay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>

namespace bakery::training {

namespace {

QString iso(int day)
{
    return calendar::fromEpochDay(day).toString(Qt::ISODate);
}

QString num(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 17) : QString(); // round-trips
}

} // namespace

artifacts::ArtifactContents artifactContents(const ProductResult& r, const QString& version,
                                             const QString& jobId, const QString& fingerprint)
{
    artifacts::ArtifactContents c;
    c.modelJson = r.modelJson;
    QJsonObject meta{
        {QStringLiteral("product"), r.name},
        {QStringLiteral("model_version"), version},
        {QStringLiteral("job_id"), jobId},
        {QStringLiteral("hyperparameters"), r.hyperparameters},
        {QStringLiteral("holdout_metrics"), evaluation::toJson(r.holdout)},
        {QStringLiteral("holdout_window"), QJsonArray{iso(r.windowStart), iso(r.windowEnd)}},
        {QStringLiteral("training_window"), QJsonArray{iso(r.trainingStart), iso(r.trainingEnd)}},
        {QStringLiteral("training_samples"), r.trainingSamples},
        {QStringLiteral("outliers_removed"), r.outliersRemoved},
        {QStringLiteral("features"), QJsonArray::fromStringList(r.features)},
        {QStringLiteral("data_fingerprint"), fingerprint},
        {QStringLiteral("deploy_decision"), r.deployReason}};
    c.metadataJson = QJsonDocument(meta).toJson(QJsonDocument::Indented);
    QString csv;
    QTextStream out(&csv);
    out << "ds,y,yhat,yhat_lower,yhat_upper\n";
    const HoldoutForecast& h = r.holdoutRows;
    for (std::size_t i = 0; i < h.days.size(); ++i)
        out << iso(h.days[i]) << ',' << num(h.actual[i]) << ',' << num(h.yhat[i]) << ','
            << num(h.lower[i]) << ',' << num(h.upper[i]) << '\n';
    out.flush();
    c.holdoutCsv = csv.toUtf8();
    return c;
}

} // namespace bakery::training
