#pragma once
// The demo bakery (issue 5, "First start"): three years of a Spanish bakery's sales, generated
// at build time (resources/demo/DemoBakeryGenerator.cpp) and embedded as a resource, so a new
// user can import it with one click and try every screen before importing their own history.

#include "data/SalesImporter.h"
#include "storage/SalesStore.h"

#include <QByteArray>

namespace bakery::ui {

/// The embedded till export (":/demo/demo-bakery.csv"); empty if the resource is missing.
QByteArray demoBakeryCsv();

/// Imports demoBakeryCsv() into `store` the way the import of a file does: read and
/// aggregate with data::SalesImporter, then, unless the report has an error, store the batch
/// in one transaction. `stored` says whether it was written; a storage failure is reported
/// as an error issue, like SalesImporter::importFile does.
data::ImportResult importDemoBakery(const storage::SalesStore& store);

} // namespace bakery::ui
