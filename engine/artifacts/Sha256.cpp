#include "artifacts/Sha256.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace bakery::artifacts {

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

std::optional<QString> fileSha256Hex(const QString& path, QString* error)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // addData(QIODevice*) streams the device in small blocks and reports read errors.
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        if (error)
            *error = QStringLiteral("Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace bakery::artifacts
