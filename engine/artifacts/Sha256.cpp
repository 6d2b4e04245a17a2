#include "artifacts/Sha256.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace bakery::artifacts {

namespace {

// The sentences' translation context is "Sha256".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sha256)
};

} // namespace

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
            *error = Text::tr("Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace bakery::artifacts
