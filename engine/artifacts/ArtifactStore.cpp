#include "artifacts/ArtifactStore.h"

#include "artifacts/Sha256.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <zlib.h>

#include <algorithm>
#include <utility>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace bakery::artifacts {
namespace {

// The sentences' translation context is "ArtifactStore".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ArtifactStore)
};

struct Entry
{
    const char* name;
    QByteArray ArtifactContents::*data;
};
// Written in this order; the order is part of what makes the zip deterministic.
constexpr Entry kEntries[] = {{"model.json", &ArtifactContents::modelJson},
                              {"metadata.json", &ArtifactContents::metadataJson},
                              {"holdout.csv", &ArtifactContents::holdoutCsv}};

const QFile::Permissions kFilePermissions = QFile::ReadOwner | QFile::WriteOwner;
const QFile::Permissions kFolderPermissions =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr int kDeflateLevel = 6;
constexpr int kProductPrefixLength = 40;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Tenant and version ids: used as path components as they are, so nothing that could
// climb out of the folder, hide the file or differ only by a character the OS rewrites.
bool isPlainName(const QString& s)
{
    if (s.isEmpty() || s.size() > 64 || s.startsWith(u'.'))
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return isAsciiAlnum(c.unicode()) || c == u'.' || c == u'_' || c == u'-';
    });
}

// Readable where possible ("Pan de leña" -> "Pan_de_lena-…"); the hash of the exact name
// keeps names that map to the same characters ("Pan/1", "Pan_1", "Pan 1") apart.
QString productFolder(const QString& name)
{
    QString safe;
    for (QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter: keep the base letter
        safe += isAsciiAlnum(c.unicode()) || c == u'_' || c == u'-' ? c : QChar(u'_');
        if (safe.size() == kProductPrefixLength)
            break;
    }
    return safe + u'-' + sha256Hex(name.toUtf8()).left(8);
}

// Relative paths come from the registry; refuse anything that could leave the root.
bool isSafeRelative(const QString& rel)
{
    if (rel.isEmpty() || rel.contains(u'\\') || rel.contains(u':') || QDir::isAbsolutePath(rel))
        return false;
    const QStringList parts = rel.split(u'/');
    return std::none_of(parts.begin(), parts.end(),
                        [](const QString& p) { return p.isEmpty() || p == u"." || p == u".."; });
}

QString unsafePathMessage(const QString& rel)
{
    return Text::tr("Invalid model file path \"%1\": it must be relative to the model "
                    "folder, without \".\" or \"..\"")
        .arg(rel);
}

QString missingMessage(const QString& path)
{
    return Text::tr("Model file %1 is missing. Retrain the product or restore the file.")
        .arg(native(path));
}

QString checksumMessage(const QString& path, const QString& actual, const QString& expected)
{
    return Text::tr("Model file %1 is damaged or was changed: its SHA-256 is %2, the "
                    "registry expects %3. Retrain the product or restore the file.")
        .arg(native(path), actual, expected);
}

// Creates one folder (0700) unless it exists; another writer may create it at the same time.
bool ensureFolder(const QString& path, QString* error)
{
    // Judge by the result, not by mkdir's answer: Qt 6.4 reports success below a file.
    if (!QFileInfo(path).isDir())
        QDir().mkdir(path, kFolderPermissions);
    if (QFileInfo(path).isDir())
        return true;
    return fail(error, Text::tr("Cannot create the model folder %1").arg(native(path)));
}

// The root's missing parents (MODEL_STORAGE_PATH may point into a new folder) get default
// permissions; only the store's own folders are owner-only.
bool ensureParents(const QString& path, QString* error)
{
    const QString parent = QFileInfo(path).absolutePath();
    QDir().mkpath(parent);
    return QFileInfo(parent).isDir() ||
           fail(error, Text::tr("Cannot create the folder %1").arg(native(parent)));
}

std::optional<QByteArray> buildZip(const ArtifactContents& contents, bool compress, QString* error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    auto zipFailed = [error](int code) {
        fail(error, Text::tr("Cannot build the model zip (zip error %1)").arg(code));
        return std::nullopt;
    };
    if (!zip.open(QuaZip::mdCreate))
        return zipFailed(zip.getZipError());
    // DOS time has no zone; its epoch 1980-01-01 00:00 is the conventional fixed stamp. With
    // fixed permissions too, the zip depends on the contents alone.
    const QDateTime fixedTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC);
    for (const Entry& e : kEntries) {
        QuaZipNewInfo info(QString::fromLatin1(e.name));
        info.dateTime = fixedTime;
        info.setPermissions(kFilePermissions);
        const QByteArray& data = contents.*e.data;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, compress ? Z_DEFLATED : 0,
                       compress ? kDeflateLevel : 0))
            return zipFailed(file.getZipError());
        const bool written = file.write(data) == data.size();
        file.close();
        if (!written || file.getZipError() != ZIP_OK)
            return zipFailed(file.getZipError());
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return zipFailed(zip.getZipError());
    return bytes;
}

// The data must be on disk before the rename makes the file visible, or a power cut could
// leave a complete-looking name over an empty file.
bool syncToDisk(QFileDevice& file)
{
#if defined(Q_OS_UNIX)
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return true;
#endif
}

// Best effort: makes the rename itself durable (POSIX keeps directory entries in the folder).
void syncFolder(const QString& path)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        static_cast<void>(::fsync(fd));
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

ArtifactStore::ArtifactStore(QString root, bool compress)
    : root_(QDir::cleanPath(QFileInfo(root).absoluteFilePath()))
    , compress_(compress)
{
}

QString ArtifactStore::absolutePath(const QString& relativePath) const
{
    return QDir::cleanPath(root_ + u'/' + relativePath);
}

std::optional<StoredArtifact> ArtifactStore::write(const QString& tenant, const QString& productKey,
                                                   const QString& version,
                                                   const ArtifactContents& contents,
                                                   QString* error) const
{
    auto failed = [error](const QString& message) {
        fail(error, message);
        return std::nullopt;
    };
    const QString rule = Text::tr("use 1 to 64 letters, digits, '.', '_' or '-', not "
                                  "starting with '.'");
    if (tenant.isEmpty())
        return failed(Text::tr("Cannot store a model without a shop (tenant id)"));
    if (!isPlainName(version))
        return failed(Text::tr("Invalid model version \"%1\": %2").arg(version, rule));
    if (productKey.isEmpty())
        return failed(Text::tr("Cannot store a model for a product without a name"));

    StoredArtifact stored;
    // A shop name like "Panadería López" gets a safe folder the way product names do.
    const QString tenantFolder = isPlainName(tenant) ? tenant : productFolder(tenant);
    const QString folder = tenantFolder + u'/' + productFolder(productKey);
    const QString productFolderPath = absolutePath(folder);
    stored.relativePath = folder + u'/' + version + u".zip";
    stored.compressed = compress_;
    const QString target = absolutePath(stored.relativePath);

    const std::optional<QByteArray> zip = buildZip(contents, compress_, error);
    if (!zip)
        return std::nullopt;

    // A concurrent remove() of the product's last version may delete the empty folders
    // between their creation and the temporary's: then they are made again.
    QTemporaryFile temp(productFolderPath + u"/." + version + u".zip.XXXXXX.tmp");
    temp.setAutoRemove(false); // removed below on failure; renamed on success
    QString folderError;
    bool opened = false;
    for (int attempt = 0; attempt < 3 && !opened; ++attempt) {
        folderError.clear();
        opened = ensureParents(root_, &folderError) && ensureFolder(root_, &folderError) &&
                 ensureFolder(absolutePath(tenantFolder), &folderError) &&
                 ensureFolder(productFolderPath, &folderError) && temp.open();
    }
    if (!opened) {
        return failed(!folderError.isEmpty()
                          ? folderError
                          : Text::tr("Cannot create a temporary file in %1: %2")
                                .arg(native(productFolderPath), temp.errorString()));
    }

    const QString tempPath = temp.fileName();
    const bool written = temp.write(*zip) == zip->size() && temp.flush() && syncToDisk(temp);
    const QString writeError = temp.errorString();
    temp.close();
    if (!written || !QFile::setPermissions(tempPath, kFilePermissions)) {
        QFile::remove(tempPath);
        return failed(
            Text::tr("Cannot write the model file %1: %2").arg(native(tempPath), writeError));
    }
    // QFile::rename never replaces an existing file (Linux: renameat2 RENAME_NOREPLACE), so a
    // stored version cannot be overwritten even by a concurrent writer.
    QFile moved(tempPath);
    if (!moved.rename(target)) {
        const QString why = moved.errorString();
        QFile::remove(tempPath);
        if (QFileInfo::exists(target))
            return failed(Text::tr("Model file %1 already exists; a stored model version "
                                   "is never replaced")
                              .arg(native(target)));
        return failed(
            Text::tr("Cannot move the model file into place at %1: %2").arg(native(target), why));
    }
    syncFolder(productFolderPath);

    stored.sizeBytes = zip->size();
    stored.sha256 = sha256Hex(*zip);
    return stored;
}

std::optional<ArtifactContents> ArtifactStore::read(const QString& relativePath,
                                                    const QString& expectedSha256,
                                                    QString* error) const
{
    auto failed = [error](const QString& message) {
        fail(error, message);
        return std::nullopt;
    };
    if (!isSafeRelative(relativePath))
        return failed(unsafePathMessage(relativePath));
    const QString path = absolutePath(relativePath);
    QFile file(path);
    if (!file.exists())
        return failed(missingMessage(path));
    if (!file.open(QIODevice::ReadOnly))
        return failed(
            Text::tr("Model file %1 cannot be opened: %2").arg(native(path), file.errorString()));
    if (file.size() > kMaxArtifactBytes)
        return failed(Text::tr("Model file %1 is too large to be a model (%2 bytes)")
                          .arg(native(path))
                          .arg(file.size()));
    // Hash and unzip the same bytes in memory: checking the file and then opening it again
    // would unzip whatever is there by then.
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failed(
            Text::tr("Model file %1 cannot be read: %2").arg(native(path), file.errorString()));
    file.close();
    const QString actual = sha256Hex(bytes);
    if (actual != expectedSha256.toLower())
        return failed(checksumMessage(path, actual, expectedSha256));

    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return failed(Text::tr("Model file %1 is not a readable zip archive (zip error %2)")
                          .arg(native(path))
                          .arg(zip.getZipError()));
    ArtifactContents contents;
    for (const Entry& e : kEntries) {
        const QString name = QString::fromLatin1(e.name);
        if (!zip.setCurrentFile(name, QuaZip::csSensitive))
            return failed(Text::tr("Model file %1 has no %2 entry").arg(native(path), name));
        QuaZipFile entry(&zip);
        if (entry.open(QIODevice::ReadOnly))
            contents.*e.data = entry.readAll();
        entry.close(); // checks the entry's CRC
        if (entry.getZipError() != UNZ_OK)
            return failed(Text::tr("The %1 entry of model file %2 cannot be read (zip "
                                   "error %3)")
                              .arg(name, native(path))
                              .arg(entry.getZipError()));
    }
    return contents;
}

bool ArtifactStore::verify(const QString& relativePath, const QString& expectedSha256,
                           QString* error) const
{
    if (!isSafeRelative(relativePath))
        return fail(error, unsafePathMessage(relativePath));
    const QString path = absolutePath(relativePath);
    if (!QFileInfo::exists(path))
        return fail(error, missingMessage(path));
    QString readError;
    const std::optional<QString> actual = fileSha256Hex(path, &readError);
    if (!actual)
        return fail(error, readError);
    if (*actual != expectedSha256.toLower())
        return fail(error, checksumMessage(path, *actual, expectedSha256));
    return true;
}

bool ArtifactStore::remove(const QString& relativePath, QString* error) const
{
    if (!isSafeRelative(relativePath))
        return fail(error, unsafePathMessage(relativePath));
    QFile file(absolutePath(relativePath));
    if (file.exists() && !file.remove())
        return fail(error, Text::tr("Cannot delete the model file %1: %2")
                               .arg(native(file.fileName()), file.errorString()));
    // Drop the folders this left empty, deepest first; rmdir() refuses a folder that is not
    // empty, which ends the walk. The root itself stays.
    QStringList parts = relativePath.split(u'/');
    for (parts.removeLast(); !parts.isEmpty(); parts.removeLast()) {
        if (!QDir().rmdir(absolutePath(parts.join(u'/'))))
            break;
    }
    return true;
}

QStringList ArtifactStore::listArtifacts(QStringList* temporaries) const
{
    QStringList artifacts;
    QStringList temps;
    const QDir rootDir(root_);
    // Hidden: the temporaries are dot files.
    QDirIterator it(root_, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = rootDir.relativeFilePath(it.next());
        const QString name = rel.section(u'/', -1);
        if (name.endsWith(u".tmp"))
            temps << rel;
        else if (name.endsWith(u".zip") && !name.startsWith(u'.') && rel.count(u'/') == 2)
            artifacts << rel;
    }
    artifacts.sort();
    temps.sort();
    if (temporaries)
        *temporaries = std::move(temps);
    return artifacts;
}

} // namespace bakery::artifacts
