#include "data/CovariateImporter.h"

#include "data/CovariateTable.h"
#include "data/TableSource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace bakery::data {
namespace {

// The sentences' translation context is "CovariateImporter".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CovariateImporter)
};

QString fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

template <typename Result>
Result start(const QString& fileName, const QString& source, const QString& digest,
             const QString& measure)
{
    Result r;
    r.report.file = fileName;
    r.report.measure = measure;
    r.batch.sourceFile = source;
    r.batch.sourceSha256 = digest;
    return r;
}

// Stores a read result unless it was rejected; a database failure becomes an error issue.
template <typename Result> void store(Result& r, bool dryRun, const storage::CovariateStore& db)
{
    if (r.report.rejected())
        return;
    if (dryRun) {
        r.report.daysReplaced = db.countReplacements(r.batch);
        return;
    }
    storage::StoreResult stored;
    if constexpr (std::is_same_v<Result, WeatherResult>)
        stored = db.storeWeather(r.batch);
    else
        stored = db.storeEvents(r.batch);
    if (!stored.ok()) {
        IssueLog(r.report, r.report.file)
            .error(QStringLiteral("database_error"), 0,
                   Text::tr("the import could not be stored, nothing was written: %1")
                       .arg(stored.error));
        return;
    }
    r.stored = true;
    r.report.daysReplaced = stored.daysReplaced;
}

} // namespace

WeatherResult CovariateImporter::readWeather(const QString& path, const ImportSpec& spec)
{
    auto r = start<WeatherResult>(QFileInfo(path).fileName(), path, fileDigest(path),
                                  QStringLiteral("weather"));
    covariates::readWeather(openTable(path, spec), spec, r);
    return r;
}

WeatherResult CovariateImporter::readWeatherBytes(const QByteArray& bytes, const QString& fileName,
                                                  const ImportSpec& spec)
{
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    auto r = start<WeatherResult>(fileName, fileName, digest, QStringLiteral("weather"));
    covariates::readWeather(openCsvBytes(bytes, fileName, spec), spec, r);
    return r;
}

EventsResult CovariateImporter::readEvents(const QString& path, const ImportSpec& spec)
{
    auto r = start<EventsResult>(QFileInfo(path).fileName(), path, fileDigest(path),
                                 QStringLiteral("events"));
    covariates::readEvents(openTable(path, spec), spec, r);
    return r;
}

EventsResult CovariateImporter::readEventsBytes(const QByteArray& bytes, const QString& fileName,
                                                const ImportSpec& spec)
{
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    auto r = start<EventsResult>(fileName, fileName, digest, QStringLiteral("events"));
    covariates::readEvents(openCsvBytes(bytes, fileName, spec), spec, r);
    return r;
}

WeatherResult CovariateImporter::importWeather(const QString& path, const ImportSpec& spec,
                                               const storage::CovariateStore& db, bool dryRun)
{
    WeatherResult r = readWeather(path, spec);
    store(r, dryRun, db);
    return r;
}

EventsResult CovariateImporter::importEvents(const QString& path, const ImportSpec& spec,
                                             const storage::CovariateStore& db, bool dryRun)
{
    EventsResult r = readEvents(path, spec);
    store(r, dryRun, db);
    return r;
}

} // namespace bakery::data
