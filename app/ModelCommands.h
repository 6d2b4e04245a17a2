#pragma once
// `bakery-trainer-cli models`, `model`, `deploy` and `rollback`: the model registry.

#include <QStringList>

namespace bakery::app {

/// Exit codes: 0 ok; 1 no such model or product, a damaged artifact (SHA-256 mismatch) or
/// nothing to roll back to; 2 bad usage (e.g. an id that is not a number).
int runModelsCommand(const QStringList& arguments);
int runModelCommand(const QStringList& arguments);
int runDeployCommand(const QStringList& arguments);
int runRollbackCommand(const QStringList& arguments);

} // namespace bakery::app
