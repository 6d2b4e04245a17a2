#include "AppController.h"

#include "storage/EventLog.h"
#include "storage/JobStore.h"
#include "storage/ModelRegistry.h"
#include "training/RetrainSchedule.h"
#include "training/TrainingQueue.h"

namespace bakery::ui {

AppController::AppController(config::Settings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_pool.setMaxThreadCount(2); // loads are short; two keep a slow one from blocking others
}

AppController::~AppController()
{
    m_pool.waitForDone();
    m_workspace.reset(); // stops running jobs (their finished products stay)
}

bool AppController::open(QString* error)
{
    auto workspace = std::make_unique<training::Workspace>(m_settings);
    if (!workspace->open()) {
        *error = workspace->error();
        return false;
    }
    m_workspace = std::move(workspace);
    training::TrainingQueue& queue = m_workspace->queue();
    connect(&queue, &training::TrainingQueue::progress, this, &AppController::trainingProgress);
    connect(&queue, &training::TrainingQueue::jobStarted, this, [this](const QString& id) {
        m_runningJob = id;
        emit jobStarted(id);
    });
    connect(&queue, &training::TrainingQueue::jobFinished, this,
            [this](const QString& id, const QString& status) {
                if (m_runningJob == id)
                    m_runningJob.clear();
                emit jobFinished(id, status);
                emit storeChanged();
            });
    connect(this, &AppController::storeChanged, this, &AppController::reloadProducts);
    queue.pump();
    // Continuous learning: a weekly slot missed while the PC was off runs now.
    if (training::scheduleState(m_workspace->database(), tenant(), m_settings).due) {
        bool existing = false;
        QString scheduleError;
        m_workspace->submitScheduledRetraining(&existing, &scheduleError);
    }
    return true;
}

void AppController::reloadProducts()
{
    if (!m_workspace)
        return;
    if (m_reloading) { // one load at a time; the last request wins
        m_reloadPending = true;
        return;
    }
    m_reloading = true;
    const storage::Database* db = &m_workspace->database();
    const QString tenant = m_settings.tenantId;
    const int minDays = m_settings.minTrainingDataDays;
    runAsync<std::vector<training::ProductStatus>>(
        this, [db, tenant, minDays]() { return training::productStatuses(*db, tenant, minDays); },
        [this](const std::vector<training::ProductStatus>& rows) {
            m_products = rows;
            m_reloading = false;
            emit productsChanged();
            if (std::exchange(m_reloadPending, false))
                reloadProducts();
        });
}

std::optional<storage::JobRecord> AppController::train(const QStringList& products, bool force,
                                                       QString* error)
{
    storage::JobRequest request;
    request.products = products;
    request.force = force;
    request.config = training::optionsJson(m_workspace->context().options);
    bool existing = false;
    return m_workspace->queue().submit(request, &existing, error);
}

void AppController::trainInBackground(QObject* context, const QStringList& products,
                                      std::function<void(const QString& error)> done)
{
    runAsync<QString>(
        context,
        [this, products]() {
            QString error;
            return train(products, false, &error) ? QString() : error;
        },
        std::move(done));
}

bool AppController::cancel(const QString& jobId, QString* error)
{
    return m_workspace->queue().cancel(jobId, error);
}

bool AppController::deploy(qint64 modelId, const QString& reason, QString* error)
{
    const storage::ModelRegistry registry(m_workspace->database(), m_workspace->artifacts(),
                                          tenant());
    if (!registry.deploy(modelId, reason, error))
        return false;
    emit storeChanged();
    return true;
}

bool AppController::rollback(const QString& product, QString* error)
{
    const storage::ModelRegistry registry(m_workspace->database(), m_workspace->artifacts(),
                                          tenant());
    if (!registry.rollback(product, error))
        return false;
    emit storeChanged();
    return true;
}

QString AppController::runningJob() const
{
    return m_runningJob;
}

} // namespace bakery::ui
