#pragma once
// One shop's training workspace, as the CLI and the GUI open it: settings (file +
// environment), the database (migrated), the artifact folder, crash recovery,
// and the training queue. Everything else is reached through it.

#include "artifacts/ArtifactStore.h"
#include "config/Settings.h"
#include "storage/Database.h"
#include "storage/JobStore.h"
#include "training/Recovery.h"
#include "training/TrainingContext.h"

#include <memory>
#include <optional>

namespace bakery::training {

class TrainingQueue;

class Workspace
{
public:
    explicit Workspace(config::Settings settings);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    /// Opens the database and the artifact folder, then runs crash recovery.
    /// False and error() when the store cannot be used.
    bool open();
    QString error() const { return m_error; }
    const RecoveryReport& recovery() const { return m_recovery; }

    const config::Settings& settings() const { return m_settings; }
    const storage::Database& database() const { return *m_db; }
    const artifacts::ArtifactStore& artifacts() const { return *m_artifacts; }
    const TrainingContext& context() const { return *m_context; }
    const QString& tenant() const { return m_settings.tenantId; }

    /// The queue, created on first use (after open()).
    TrainingQueue& queue();

    /// The weekly retraining, started now: an incremental Train all (trigger "schedule")
    /// queued and recorded as the schedule's last run. The caller checks that it is due
    /// (scheduleState); the GUI does at start, so a slot missed while the PC was off runs
    /// then. nullopt and *error when it cannot be queued; *error alone when only recording
    /// the run failed.
    std::optional<storage::JobRecord> submitScheduledRetraining(bool* existing, QString* error);

private:
    config::Settings m_settings;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<artifacts::ArtifactStore> m_artifacts;
    std::unique_ptr<TrainingContext> m_context;
    std::unique_ptr<TrainingQueue> m_queue;
    RecoveryReport m_recovery;
    QString m_error;
};

} // namespace bakery::training
