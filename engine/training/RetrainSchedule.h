#pragma once
// Continuous learning: every product is retrained once a week, at RETRAIN_WEEKDAY
// RETRAIN_HOUR local time. The app has no daemon, so a missed slot (PC off) is caught
// up on the next start: a run is due when the most recent slot is after the last
// scheduled run. Slots are built from the local calendar date and wall-clock hour,
// never by adding 7 x 24 h, so they stay at the same local hour across DST changes.

#include "config/Settings.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bakery::training {

struct ScheduleState
{
    bool enabled = true; ///< ENABLE_CONTINUOUS_LEARNING
    int weekday = 7;     ///< RETRAIN_WEEKDAY, 1 = Monday .. 7 = Sunday
    int hour = 3;        ///< RETRAIN_HOUR, 0..23 local time
    QDateTime lastRun;   ///< UTC; invalid if the schedule never ran for this shop
    QString lastJobId;
    /// The most recent slot <= now, local time. On a day whose hour falls in a DST gap
    /// (clocks skip it), the slot is the first local time after the gap.
    QDateTime lastSlot;
    QDateTime nextSlot; ///< the next slot > now, local time
    /// enabled && lastSlot is after lastRun. Never run: due only if some trained model
    /// (trained_models.created_at) is older than lastSlot; with no model there is nothing
    /// to retrain, and a model newer than the slot is fresh already.
    bool due = false;
    QString error; ///< empty unless reading the database failed (then due is false)
};

/// The schedule of `tenant` at `now` (any time spec; compared as instants).
ScheduleState scheduleState(const storage::Database& db, const QString& tenant,
                            const config::Settings& s,
                            const QDateTime& now = QDateTime::currentDateTime());

/// Records that the scheduled run happened at `when` (stored as ISO-8601 UTC) and started
/// `jobId`: upserts the tenant's training_schedule row. False and *error on failure.
bool recordScheduledRun(const storage::Database& db, const QString& tenant, const QString& jobId,
                        const QDateTime& when, QString* error);

/// Parses "<day> <hour>": the day in English or Spanish, full or three letters, accents and
/// case ignored ("sunday", "sun", "domingo", "dom", "miércoles", "mie"), or 1..7
/// (1 = Monday); the hour as "3", "03" or "03:00" (0..23, whole hours only).
/// E.g. "sunday 03:00", "sun 3", "7 03:00", "domingo 03:00". False and *error otherwise.
bool parseScheduleSpec(const QString& text, int* weekday, int* hour, QString* error);

/// {enabled, weekday, hour, last_run, last_job_id, last_slot, next_slot, due}; times as
/// ISO-8601 (slots with their UTC offset, e.g. "2024-03-31T03:00:00+02:00"), null if unset.
QJsonObject toJson(const ScheduleState& s);

} // namespace bakery::training
