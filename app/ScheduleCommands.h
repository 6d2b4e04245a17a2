#pragma once
// `bakery-trainer-cli schedule` and `run-due`: continuous learning (a weekly retraining
// slot), for cron or systemd timers since the app has no daemon.

#include <QStringList>

namespace bakery::app {

/// Exit codes: 0 ok, 1 the settings file or the store could not be written/read,
/// 2 bad usage (e.g. an unreadable --set).
int runScheduleCommand(const QStringList& arguments);
/// Exit codes: 0 nothing due, or the run was queued (with --wait: and completed); 1 the
/// run failed; 2 bad usage.
int runRunDueCommand(const QStringList& arguments);

} // namespace bakery::app
