#pragma once
// `bakery-trainer-cli import`, `products` and `sales`: the sales-history commands.

#include <QStringList>

namespace bakery::app {

/// Each parses `arguments` (program name, command, options). Exit codes: import 0 imported,
/// 1 rejected; products/sales 0 ok, 1 unknown product; 2 bad usage for all.
int runImportCommand(const QStringList& arguments);
int runProductsCommand(const QStringList& arguments);
int runSalesCommand(const QStringList& arguments);

} // namespace bakery::app
