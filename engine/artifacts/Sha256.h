#pragma once
// SHA-256 as the model registry stores it: 64 lowercase hex characters.

#include <QByteArray>
#include <QString>

#include <optional>

namespace bakery::artifacts {

/// Lowercase hex SHA-256 of `bytes` (64 characters).
QString sha256Hex(const QByteArray& bytes);

/// Lowercase hex SHA-256 of the file at `path`, read in small chunks (constant memory).
/// nullopt and *error (naming the path) when the file cannot be opened or read.
std::optional<QString> fileSha256Hex(const QString& path, QString* error = nullptr);

} // namespace bakery::artifacts
