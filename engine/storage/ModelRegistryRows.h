#pragma once
// Internal to ModelRegistry: the SELECT that reads versions and its row reader.

#include "storage/ModelRegistry.h"

#include <QSqlQuery>

namespace bakery::storage::registry {

extern const QString kVersionSelect;
ModelVersion readVersion(const QSqlQuery& q);

} // namespace bakery::storage::registry
