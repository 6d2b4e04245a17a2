#include "CliJson.h"

#include "CliOutput.h"

#include "artifacts/ArtifactStore.h"

#include <QJsonArray>

#include <cmath>

namespace bakery::app::cli {

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QJsonValue jsonText(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject jobJson(const storage::JobRecord& job)
{
    return {
        {QStringLiteral("job_id"), job.jobId},
        {QStringLiteral("job_type"), job.jobType},
        {QStringLiteral("products"), QJsonArray::fromStringList(job.products)},
        {QStringLiteral("force"), job.force},
        {QStringLiteral("priority"), job.priority},
        {QStringLiteral("status"), job.status},
        {QStringLiteral("trigger"), job.trigger},
        {QStringLiteral("requested_by"), jsonText(job.requestedBy)},
        {QStringLiteral("created_at"), jsonText(job.createdAt)},
        {QStringLiteral("started_at"), jsonText(job.startedAt)},
        {QStringLiteral("completed_at"), jsonText(job.completedAt)},
        {QStringLiteral("heartbeat_at"), jsonText(job.heartbeatAt)},
        {QStringLiteral("duration_seconds"),
         jsonNumber(secondsBetween(job.startedAt, job.isFinished() ? job.completedAt : QString()))},
        {QStringLiteral("worker"), jsonText(job.worker)},
        {QStringLiteral("products_total"), job.productsTotal},
        {QStringLiteral("products_done"), job.productsCompleted},
        {QStringLiteral("products_failed"), job.productsFailed},
        {QStringLiteral("products_skipped"), job.productsSkipped},
        {QStringLiteral("progress"), jsonNumber(job.progress)},
        {QStringLiteral("current_step"), jsonText(job.currentStep)},
        {QStringLiteral("estimated_duration_minutes"), jsonNumber(job.estimatedDurationMinutes)},
        {QStringLiteral("retry_count"), job.retryCount},
        {QStringLiteral("max_retries"), job.maxRetries},
        {QStringLiteral("retry_of"), jsonText(job.retryOf)},
        {QStringLiteral("cancel_requested"), job.cancelRequested},
        {QStringLiteral("cancelled_by"), jsonText(job.cancelledBy)},
        {QStringLiteral("error_type"), jsonText(job.errorType)},
        {QStringLiteral("error_message"), jsonText(job.errorMessage)},
        {QStringLiteral("config"), job.config},
        {QStringLiteral("results"), job.results}};
}

QJsonObject jobProductJson(const storage::JobProduct& p)
{
    return {{QStringLiteral("product"), p.productName},
            {QStringLiteral("product_id"), p.productId},
            {QStringLiteral("status"), p.status},
            {QStringLiteral("worker"), jsonText(p.worker)},
            {QStringLiteral("started_at"), jsonText(p.startedAt)},
            {QStringLiteral("finished_at"), jsonText(p.finishedAt)},
            {QStringLiteral("duration_ms"), jsonNumber(p.durationMs)},
            {QStringLiteral("model_id"), p.modelId ? QJsonValue(p.modelId) : QJsonValue()},
            {QStringLiteral("accuracy"), jsonNumber(p.accuracy)},
            {QStringLiteral("deployed"), p.deployed},
            {QStringLiteral("error_type"), jsonText(p.errorType)},
            {QStringLiteral("error_message"), jsonText(p.errorMessage)},
            {QStringLiteral("recommended_action"), jsonText(p.recommendedAction)}};
}

QJsonObject stepLogJson(const storage::StepLog& log)
{
    return {
        {QStringLiteral("product"), jsonText(log.productName)},
        {QStringLiteral("product_id"), log.productId ? QJsonValue(log.productId) : QJsonValue()},
        {QStringLiteral("step"), log.step},
        {QStringLiteral("status"), log.status},
        {QStringLiteral("duration_ms"), jsonNumber(log.durationMs)},
        {QStringLiteral("message"), jsonText(log.message)},
        {QStringLiteral("start_time"), jsonText(log.startTime)},
        {QStringLiteral("end_time"), jsonText(log.endTime)},
        {QStringLiteral("results"), log.results}};
}

QJsonObject outcomeJson(const training::ProductOutcome& o)
{
    return {{QStringLiteral("product"), o.product},
            {QStringLiteral("status"), o.status},
            {QStringLiteral("model_id"), o.modelId ? QJsonValue(o.modelId) : QJsonValue()},
            {QStringLiteral("model_version"), jsonText(o.modelVersion)},
            {QStringLiteral("accuracy"), jsonNumber(o.accuracy)},
            {QStringLiteral("mae"), jsonNumber(o.mae)},
            {QStringLiteral("deployed"), o.deployed},
            {QStringLiteral("message"), jsonText(o.message)},
            {QStringLiteral("recommended_action"), jsonText(o.recommendedAction)},
            {QStringLiteral("duration_ms"), jsonNumber(o.durationMs)}};
}

QJsonObject progressJson(const training::TrainingProgress& p)
{
    QJsonArray finished;
    for (const training::ProductOutcome& o : p.finished)
        finished.append(outcomeJson(o));
    QJsonObject steps;
    for (auto it = p.productSteps.cbegin(); it != p.productSteps.cend(); ++it)
        steps.insert(it.key(), it.value());
    return {{QStringLiteral("type"), QStringLiteral("progress")},
            {QStringLiteral("job_id"), p.jobId},
            {QStringLiteral("status"), p.status},
            {QStringLiteral("percent"), jsonNumber(p.percent)},
            {QStringLiteral("products_done"), p.productsDone},
            {QStringLiteral("products_total"), p.productsTotal},
            {QStringLiteral("failed"), p.productsFailed},
            {QStringLiteral("skipped"), p.productsSkipped},
            {QStringLiteral("eta_seconds"), jsonNumber(p.etaSeconds)},
            {QStringLiteral("started_at"), jsonText(p.startedAt)},
            {QStringLiteral("elapsed_seconds"), jsonNumber(p.elapsedSeconds)},
            {QStringLiteral("current_step"), jsonText(p.currentStep)},
            {QStringLiteral("running"), steps},
            {QStringLiteral("finished"), finished},
            {QStringLiteral("final"), p.final}};
}

QJsonObject versionJson(const storage::ModelVersion& v, bool full,
                        const artifacts::ArtifactStore* store)
{
    const evaluation::Metrics& m = v.holdout;
    QJsonObject o{{QStringLiteral("id"), v.id},
                  {QStringLiteral("product"), v.productName},
                  {QStringLiteral("product_id"), v.productId},
                  {QStringLiteral("version"), v.version},
                  {QStringLiteral("deployed"), v.production},
                  {QStringLiteral("accuracy"), jsonNumber(m.accuracy)},
                  {QStringLiteral("mae"), jsonNumber(m.mae)},
                  {QStringLiteral("wape"), jsonNumber(m.wape)},
                  {QStringLiteral("samples"), v.trainingSamples},
                  {QStringLiteral("job_id"), jsonText(v.jobId)},
                  {QStringLiteral("created_at"), jsonText(v.createdAt)}};
    if (!full)
        return o;
    o.insert(QStringLiteral("metrics"), evaluation::toJson(m));
    o.insert(QStringLiteral("evaluation_start"), jsonText(v.evaluationStart));
    o.insert(QStringLiteral("evaluation_end"), jsonText(v.evaluationEnd));
    o.insert(QStringLiteral("training_start"), jsonText(v.trainingStart));
    o.insert(QStringLiteral("training_end"), jsonText(v.trainingEnd));
    o.insert(QStringLiteral("training_duration_seconds"), jsonNumber(v.trainingDurationSeconds));
    o.insert(QStringLiteral("hyperparameters"), v.hyperparameters);
    o.insert(QStringLiteral("features"), QJsonArray::fromStringList(v.features));
    o.insert(QStringLiteral("model_hash"), jsonText(v.modelHash));
    o.insert(QStringLiteral("data_fingerprint"), jsonText(v.dataFingerprint));
    o.insert(QStringLiteral("created_by"), jsonText(v.createdBy));
    o.insert(QStringLiteral("last_used_at"), jsonText(v.lastUsedAt));
    QJsonObject artifact{{QStringLiteral("path"), v.modelPath},
                         {QStringLiteral("size_bytes"), v.artifactBytes},
                         {QStringLiteral("checksum"), jsonText(v.checksum)},
                         {QStringLiteral("compression"), jsonText(v.compression)}};
    if (store)
        artifact.insert(QStringLiteral("file"), store->absolutePath(v.modelPath));
    o.insert(QStringLiteral("artifact"), artifact);
    return o;
}

QJsonObject deploymentJson(const storage::Deployment& d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("model_id"), d.modelId},
            {QStringLiteral("version"), d.version},
            {QStringLiteral("previous_model_id"),
             d.previousModelId ? QJsonValue(d.previousModelId) : QJsonValue()},
            {QStringLiteral("action"), d.action},
            {QStringLiteral("reason"), jsonText(d.reason)},
            {QStringLiteral("deployed_by"), jsonText(d.deployedBy)},
            {QStringLiteral("deployed_at"), jsonText(d.deployedAt)}};
}

} // namespace bakery::app::cli
