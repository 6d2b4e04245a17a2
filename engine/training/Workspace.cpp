#include "training/Workspace.h"

#include "training/RetrainSchedule.h"
#include "training/TrainingQueue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace bakery::training {

namespace {

// The sentences' translation context is "Workspace".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

} // namespace

Workspace::Workspace(config::Settings settings)
    : m_settings(std::move(settings))
{
}

Workspace::~Workspace()
{
    m_queue.reset(); // stops running jobs while the store is still open
}

bool Workspace::open()
{
    m_db = std::make_unique<storage::Database>(m_settings.resolvedDatabaseLocation());
    if (!m_db->open()) {
        m_error = m_db->error();
        return false;
    }
    const QString root = m_settings.resolvedModelStoragePath();
    if (!QDir().mkpath(root)) {
        m_error = Text::tr("Cannot create the model folder %1 (MODEL_STORAGE_PATH)").arg(root);
        return false;
    }
    m_artifacts =
        std::make_unique<artifacts::ArtifactStore>(root, m_settings.enableModelCompression);
    m_context.reset(new TrainingContext{*m_db, *m_artifacts, m_settings.tenantId,
                                        trainingOptions(m_settings), trainingLimits(m_settings)});
    m_recovery = recoverAfterCrash(*m_context);
    return true;
}

TrainingQueue& Workspace::queue()
{
    if (!m_queue)
        m_queue = std::make_unique<TrainingQueue>(*m_context);
    return *m_queue;
}

std::optional<storage::JobRecord> Workspace::submitScheduledRetraining(bool* existing,
                                                                       QString* error)
{
    storage::JobRequest request;
    request.trigger = QStringLiteral("schedule");
    request.force = false; // continuous learning retrains only what has new sales
    request.config = optionsJson(m_context->options);
    auto job = queue().submit(request, existing, error);
    if (job) // queued; if recording fails, *error says so and the job still runs
        recordScheduledRun(*m_db, tenant(), job->jobId, QDateTime::currentDateTimeUtc(), error);
    return job;
}

} // namespace bakery::training
