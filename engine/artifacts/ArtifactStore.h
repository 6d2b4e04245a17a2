#pragma once
// The model artifact store: one zip per trained model version, under MODEL_STORAGE_PATH as
// <root>/<tenant>/<product-key>/<version>.zip. The registry (database) keeps each artifact's
// relative path and SHA-256; this class only writes, verifies, reads and deletes the files.
//
// Invariants:
// - A version's file is written once and never replaced: write() fails when it exists.
// - A file at its final path is complete: it is written to a hidden temporary in the same
//   folder (".<version>.zip.<random>.tmp"), flushed to disk, then renamed into place. A crash
//   can leave such a temporary behind (listArtifacts() reports them), never a partial zip.
// - Folders the store creates are 0700, artifact files 0600 (models are the owner's data).
// - Zips are deterministic (fixed entry times and permissions, fixed entry order), so equal
//   contents give byte-identical files and equal SHA-256.
// - Nothing is unzipped before the whole file's SHA-256 matched the registry's.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace bakery::artifacts {

/// The files inside one artifact zip.
struct ArtifactContents
{
    QByteArray modelJson;    ///< "model.json": ForecastModel::toJson()
    QByteArray metadataJson; ///< "metadata.json": product, version, metrics, hyperparameters...
    QByteArray holdoutCsv;   ///< "holdout.csv": ds,y,yhat,yhat_lower,yhat_upper over the holdout
};

struct StoredArtifact
{
    QString
        relativePath; ///< to the store root, '/'-separated: "<tenant>/<product-key>/<version>.zip"
    qint64 sizeBytes = 0;    ///< size of the zip file, bytes
    QString sha256;          ///< lowercase hex SHA-256 of the zip file's bytes
    bool compressed = false; ///< entries deflated (level 6) rather than stored
};

class ArtifactStore
{
public:
    /// Largest artifact read() loads into memory, bytes (a model zip is a few hundred KB).
    static constexpr qint64 kMaxArtifactBytes = qint64(512) * 1024 * 1024;

    /// root: MODEL_STORAGE_PATH (made absolute and cleaned). compress: ENABLE_MODEL_COMPRESSION
    /// (entries deflated at level 6, else stored).
    ArtifactStore(QString root, bool compress);

    QString root() const { return root_; }

    /// Writes "<tenant>/<product-key>/<version>.zip" atomically (see the invariants above).
    /// version must be a plain name: 1 to 64 of [A-Za-z0-9._-], not starting with '.'; anything
    /// else is an error. tenant (the shop) is used as it is when plain, otherwise it gets a
    /// folder made like a product's (below), so "Panadería López" works and cannot escape.
    /// productKey is any non-empty product name; its folder is the name with accents dropped,
    /// characters other than [A-Za-z0-9_-] replaced by '_', cut to 40 characters, plus '-' and
    /// the first 8 hex digits of the name's SHA-256 ("Pan/1" and "Pan_1" differ).
    /// Returns nullopt and *error on failure; then no file (not even the temporary) remains.
    std::optional<StoredArtifact> write(const QString& tenant, const QString& productKey,
                                        const QString& version, const ArtifactContents& contents,
                                        QString* error) const;

    /// Reads the artifact after checking the file's SHA-256 against expectedSha256 (hex, case
    /// ignored); the verified bytes are the ones unzipped. On failure nullopt and *error, one
    /// sentence naming the file: checksum mismatch, missing file, unreadable zip, missing entry.
    std::optional<ArtifactContents> read(const QString& relativePath, const QString& expectedSha256,
                                         QString* error) const;

    /// Only the checksum check (for deploy): true when the file exists and its SHA-256 matches.
    bool verify(const QString& relativePath, const QString& expectedSha256, QString* error) const;

    /// Deletes one artifact file and the folders it leaves empty, up to (not including) the root.
    /// True when the file is gone afterwards (also when it was already missing).
    bool remove(const QString& relativePath, QString* error = nullptr) const;

    /// Every artifact "<tenant>/<product-key>/<file>.zip" under the root (relative, sorted), for
    /// crash recovery's orphan check. *temporaries (when given) gets the leftover "*.tmp" files
    /// of interrupted writes anywhere under the root (relative, sorted).
    QStringList listArtifacts(QStringList* temporaries = nullptr) const;

    /// root + '/' + relativePath, cleaned. No validation: read/verify/remove reject paths that
    /// are absolute or contain "." / ".." / empty components or '\'.
    QString absolutePath(const QString& relativePath) const;

private:
    QString root_;
    bool compress_ = false;
};

} // namespace bakery::artifacts
