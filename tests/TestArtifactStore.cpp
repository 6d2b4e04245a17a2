// The model artifact store on real files in a temporary folder: round trips in both
// compression modes, checksums against an independent hash, owner-only permissions, damage
// detection, determinism, no overwrite, failed writes leaving nothing behind, the listing for
// crash recovery, removal, and safe folder names for any product name.

#include "artifacts/ArtifactStore.h"
#include "artifacts/Sha256.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <memory>

using namespace bakery::artifacts;

namespace {

const QFile::Permissions kGroupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                         QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

ArtifactContents sampleContents(const QByteArray& tag = "a")
{
    ArtifactContents c;
    c.modelJson = "{\"format\":1,\"tag\":\"" + tag + "\",\"k\":0.125}";
    c.metadataJson = QStringLiteral("{\"product\":\"Pan de leña\",\"mape\":12.5}").toUtf8();
    // CRLF, a NUL byte and no final newline: the entries must come back byte for byte.
    static const char csv[] = "ds,y,yhat,yhat_lower,yhat_upper\r\n2024-01-01,3,2.5,1,4\r\n\0x";
    c.holdoutCsv = QByteArray(csv, sizeof(csv) - 1);
    return c;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool touch(const QString& path, const QByteArray& bytes = {})
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString qs(const char* text)
{
    return QString::fromUtf8(text);
}

// Writes a version of `product` for tenant "t".
std::optional<StoredArtifact> put(const ArtifactStore& store, const char* product,
                                  const char* version, QString* error,
                                  const ArtifactContents& contents = sampleContents())
{
    return store.write(qs("t"), qs(product), qs(version), contents, error);
}

QString nativePath(const ArtifactStore& store, const QString& relativePath)
{
    return QDir::toNativeSeparators(store.absolutePath(relativePath));
}

// Every file and folder under `dir`, relative, sorted (hidden ones too).
QStringList everything(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace

class TestArtifactStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> dir_; // fresh for every test
    QString error;

private slots:
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        error.clear();
    }

    void sha256Helpers()
    {
        // FIPS 180-2 test vector.
        QCOMPARE(sha256Hex("abc"),
                 qs("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const QString path = dir_->filePath(qs("f"));
        QVERIFY(touch(path, QByteArray(100000, 'z')));
        QCOMPARE(fileSha256Hex(path).value_or(QString()), sha256Hex(QByteArray(100000, 'z')));
        QVERIFY(!fileSha256Hex(dir_->filePath(qs("none")), &error));
        QVERIFY(error.contains(dir_->filePath(qs("none"))));
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("compress");
        QTest::newRow("deflated") << true;
        QTest::newRow("stored") << false;
    }

    void roundTrip()
    {
        QFETCH(bool, compress);
        const ArtifactStore store(dir_->filePath(qs("models")), compress);
        const ArtifactContents in = sampleContents();
        const auto stored = store.write(qs("t1"), qs("Baguette"), qs("v1"), in, &error);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(QRegularExpression(QStringLiteral("^t1/Baguette-[0-9a-f]{8}/v1\\.zip$"))
                    .match(stored->relativePath)
                    .hasMatch());
        QCOMPARE(stored->compressed, compress);
        // The SHA-256 is the file's, by an independent hash.
        const QByteArray bytes = fileBytes(store.absolutePath(stored->relativePath));
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        QCOMPARE(stored->sizeBytes, bytes.size());
        QCOMPARE(stored->sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QVERIFY2(store.verify(stored->relativePath, stored->sha256.toUpper(), &error),
                 qPrintable(error));

        const auto out = store.read(stored->relativePath, stored->sha256, &error);
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(out->modelJson, in.modelJson);
        QCOMPARE(out->metadataJson, in.metadataJson);
        QCOMPARE(out->holdoutCsv, in.holdoutCsv);
        QCOMPARE(out->holdoutCsv.size(), 57);

        // The entries really use the configured method (8 = deflate, 0 = stored) and the fixed
        // time and permissions that make the zip deterministic.
        QuaZip zip(store.absolutePath(stored->relativePath));
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QCOMPARE(zip.getEntriesCount(), 3);
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFileInfo64 info;
            QVERIFY(zip.getCurrentFileInfo(&info));
            QCOMPARE(int(info.method), compress ? 8 : 0);
            QCOMPARE(info.dateTime, QDateTime(QDate(1980, 1, 1), QTime(0, 0)));
            QCOMPARE(info.getPermissions(), QFile::ReadOwner | QFile::WriteOwner);
        }
    }

    void compressionShrinksRepetitiveModel()
    {
        QByteArray model = "{\"params\":[";
        while (model.size() < 200 * 1024)
            model += "{\"name\":\"yearly_delta\",\"value\":0.0123456789},";
        model += "0]}";
        ArtifactContents c = sampleContents();
        c.modelJson = model;

        const auto deflated =
            put(ArtifactStore(dir_->filePath(qs("a")), true), "p", "1", &error, c);
        QVERIFY2(deflated, qPrintable(error));
        const auto stored = put(ArtifactStore(dir_->filePath(qs("b")), false), "p", "1", &error, c);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(stored->sizeBytes > model.size());
        QVERIFY2(deflated->sizeBytes * 10 < stored->sizeBytes,
                 qPrintable(qs("%1 vs %2").arg(deflated->sizeBytes).arg(stored->sizeBytes)));
    }

    void ownerOnlyPermissions()
    {
        const QString root = dir_->filePath(qs("fresh/models")); // the store creates it
        const ArtifactStore store(root, false);
        const auto stored = put(store, "Pan", "1", &error);
        QVERIFY2(stored, qPrintable(error));

        const QFileInfo file(store.absolutePath(stored->relativePath));
        QCOMPARE(file.permissions() & kGroupOrOther, QFile::Permissions());
        QVERIFY(file.permissions().testFlags(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(!file.permissions().testFlag(QFile::ExeOwner));

        const QFile::Permissions rwx = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        for (const QString& folder : QStringList{root, root + qs("/t"), file.absolutePath()}) {
            const QFile::Permissions p = QFileInfo(folder).permissions();
            QVERIFY2((p & kGroupOrOther) == QFile::Permissions(), qPrintable(folder));
            QVERIFY2(p.testFlags(rwx), qPrintable(folder));
        }
    }

    void flippedByteIsDetected()
    {
        const ArtifactStore store(dir_->path(), true);
        const auto stored = put(store, "Pan", "1", &error);
        QVERIFY2(stored, qPrintable(error));
        const QString path = store.absolutePath(stored->relativePath);
        QVERIFY2(store.verify(stored->relativePath, stored->sha256, &error), qPrintable(error));

        QByteArray bytes = fileBytes(path);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        QVERIFY(touch(path, bytes));

        error.clear();
        QVERIFY(!store.read(stored->relativePath, stored->sha256, &error));
        QVERIFY2(error.contains(qs("SHA-256")), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(stored->sha256), qPrintable(error));
        QVERIFY2(error.contains(sha256Hex(fileBytes(path))), qPrintable(error));

        QString verifyError;
        QVERIFY(!store.verify(stored->relativePath, stored->sha256, &verifyError));
        QCOMPARE(verifyError, error);
    }

    void identicalContentsGiveIdenticalFiles()
    {
        const ArtifactStore store(dir_->path(), true);
        const auto a = put(store, "Pan", "1", &error);
        QVERIFY2(a, qPrintable(error));
        const auto b = put(store, "Pan", "2", &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(a->sha256, b->sha256);
        QCOMPARE(fileBytes(store.absolutePath(a->relativePath)),
                 fileBytes(store.absolutePath(b->relativePath)));
        // Different contents must not collide (guards against a test that compares nothing).
        const auto c = put(store, "Pan", "3", &error, sampleContents("b"));
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->sha256 != a->sha256);
    }

    void existingVersionIsNeverReplaced()
    {
        const ArtifactStore store(dir_->path(), true);
        const auto first = put(store, "Pan", "1", &error, sampleContents("first"));
        QVERIFY2(first, qPrintable(error));
        const QString path = store.absolutePath(first->relativePath);
        const QByteArray before = fileBytes(path);

        error.clear();
        QVERIFY(!put(store, "Pan", "1", &error, sampleContents("second")));
        QVERIFY2(error.contains(qs("already exists")), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(fileBytes(path), before);
        const auto back = store.read(first->relativePath, first->sha256, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->modelJson, sampleContents("first").modelJson);
        // The failed write's temporary is gone too.
        QCOMPARE(
            everything(dir_->path()),
            QStringList({qs("t"), QFileInfo(first->relativePath).path(), first->relativePath}));
    }

    void unwritableRootFailsCleanly()
    {
        // A root below a regular file cannot be created, even by root (ENOTDIR).
        QVERIFY(touch(dir_->filePath(qs("blocker"))));
        const ArtifactStore store(dir_->filePath(qs("blocker/models")), true);
        QVERIFY(!put(store, "Pan", "1", &error));
        QVERIFY2(error.contains(qs("Cannot create the folder ") + dir_->filePath(qs("blocker"))),
                 qPrintable(error));
        QCOMPARE(everything(dir_->path()), QStringList{qs("blocker")});
        QVERIFY(store.listArtifacts().isEmpty());
    }

    void readOnlyFolderFailsCleanly()
    {
        const ArtifactStore store(dir_->path(), true);
        const auto first = put(store, "Pan", "1", &error);
        QVERIFY2(first, qPrintable(error));
        const QString folder = QFileInfo(store.absolutePath(first->relativePath)).absolutePath();
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        QFile probe(folder + qs("/probe"));
        if (probe.open(QIODevice::WriteOnly)) { // privileged user: permissions are not enforced
            probe.close();
            probe.remove();
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("running with privileges that ignore folder permissions");
        }
        error.clear();
        const auto second = put(store, "Pan", "2", &error);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!second);
        QVERIFY2(error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
        QCOMPARE(everything(folder), QStringList{qs("1.zip")});
    }

    void listsArtifactsAndTemporaries()
    {
        const ArtifactStore store(dir_->path(), false);
        QStringList written;
        for (const char* ids : {"t2|Pan|1", "t1|Pan|2", "t1|Pan|1", "t1|Croissant|1"}) {
            const QStringList id = qs(ids).split(u'|'); // tenant, product, version
            const auto stored = store.write(id[0], id[1], id[2], sampleContents(), &error);
            QVERIFY2(stored, qPrintable(error));
            written << stored->relativePath;
        }
        written.sort();

        QStringList temporaries{qs("stale")};
        QCOMPARE(store.listArtifacts(&temporaries), written);
        QVERIFY(temporaries.isEmpty());

        // A write interrupted before its rename, and files that are not artifacts.
        const QString leftover = QFileInfo(written.first()).path() + qs("/.9.zip.Ab12Cd.tmp");
        for (const QString& rel : {leftover, qs("notes.txt"), qs("t1/x.zip")})
            QVERIFY(touch(store.absolutePath(rel)));
        QCOMPARE(store.listArtifacts(&temporaries), written);
        QCOMPARE(temporaries, QStringList{leftover});
    }

    void removeDeletesFileAndEmptyFolders()
    {
        const QString root = dir_->filePath(qs("models"));
        const ArtifactStore store(root, true);
        auto path = [&](const char* product, const char* version) {
            const auto s = put(store, product, version, &error);
            return s ? s->relativePath : QString();
        };
        const QString pan1 = path("Pan", "1");
        const QString pan2 = path("Pan", "2");
        const QString croissant = path("Croissant", "1");
        QVERIFY2(!pan1.isEmpty() && !pan2.isEmpty() && !croissant.isEmpty(), qPrintable(error));
        const QString panFolder = QFileInfo(store.absolutePath(pan1)).absolutePath();

        QVERIFY(store.remove(pan1, &error));
        QVERIFY(!QFileInfo::exists(store.absolutePath(pan1)));
        QVERIFY(QFileInfo(panFolder).isDir()); // still holds version 2
        QVERIFY(store.remove(pan2, &error));
        QVERIFY(!QFileInfo::exists(panFolder));
        QVERIFY(QFileInfo(root + qs("/t")).isDir()); // still holds Croissant
        QVERIFY(store.remove(croissant, &error));
        QVERIFY(!QFileInfo::exists(root + qs("/t")));
        QVERIFY(QFileInfo(root).isDir()); // the root stays
        QVERIFY(store.listArtifacts().isEmpty());

        QVERIFY(store.remove(pan1, &error)); // already gone: still "gone afterwards"
        QVERIFY(touch(dir_->filePath(qs("keep.zip"))));
        error.clear();
        QVERIFY(!store.remove(qs("../keep.zip"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo::exists(dir_->filePath(qs("keep.zip"))));
    }

    void productNamesGiveSafeDistinctFolders()
    {
        const ArtifactStore store(dir_->path(), true);
        const QStringList names{qs("Pan/1"),        qs("Pan_1"),
                                qs("Pan 1"),        qs("pan_1"),
                                qs("Pan de leña"),  qs("Pan de lena"),
                                qs("Crème brûlée"), qs("../../etc/passwd"),
                                qs(".."),           QStringLiteral("C:\\temp\\x"),
                                qs("面包"),         QString(300, u'x')};
        const QRegularExpression safe(qs("^[A-Za-z0-9_-]{1,49}$"));
        QSet<QString> folders;
        for (const QString& name : names) {
            const auto s = store.write(qs("t"), name, qs("1"), sampleContents(), &error);
            QVERIFY2(s, qPrintable(QString(name + u": " + error)));
            const QStringList parts = s->relativePath.split(u'/');
            QCOMPARE(parts.size(), 3);
            QVERIFY2(safe.match(parts[1]).hasMatch(), qPrintable(parts[1]));
            folders.insert(parts[1]);
            QVERIFY(store.absolutePath(s->relativePath).startsWith(store.root() + u'/'));
            QVERIFY2(store.read(s->relativePath, s->sha256, &error), qPrintable(error));
        }
        QCOMPARE(folders.size(), names.size());
        QCOMPARE(store.listArtifacts().size(), names.size());
        // Accents are dropped rather than replaced, so the folder stays readable.
        QVERIFY(std::any_of(folders.begin(), folders.end(),
                            [](const QString& f) { return f.startsWith(qs("Pan_de_lena-")); }));
        QVERIFY(std::any_of(folders.begin(), folders.end(),
                            [](const QString& f) { return f.startsWith(qs("Creme_brulee-")); }));
    }

    void invalidIdsAndPathsAreRejected()
    {
        const ArtifactStore store(dir_->filePath(qs("models")), true);
        // tenant|product|version
        for (const char* ids :
             {"t|Pan|../1", "t|Pan|a/b", "t|Pan|", "|Pan|1", "t||1", "t|Pan|v 1"}) {
            const QStringList id = qs(ids).split(u'|');
            QVERIFY2(!store.write(id[0], id[1], id[2], sampleContents(), &error), ids);
            QVERIFY(!error.isEmpty());
            error.clear();
        }
        QCOMPARE(everything(dir_->path()), QStringList());

        // A shop name is not a plain id: it gets a safe folder inside the root, like products.
        for (const char* shop : {"../t", ".hidden", "Panadería López"}) {
            const auto stored = store.write(qs(shop), qs("Pan"), qs("1"), sampleContents(), &error);
            QVERIFY2(stored, qPrintable(error));
            const QString tenantFolder = stored->relativePath.section(u'/', 0, 0);
            QVERIFY2(!tenantFolder.startsWith(u'.') && !tenantFolder.contains(u' ') &&
                         tenantFolder.contains(u'-'),
                     qPrintable(stored->relativePath));
            QVERIFY(QFileInfo(store.absolutePath(stored->relativePath))
                        .absoluteFilePath()
                        .startsWith(dir_->filePath(qs("models")) + u'/'));
            QVERIFY(store.remove(stored->relativePath, &error));
        }

        for (const QString& bad : {qs("../x.zip"), qs("/etc/passwd"), qs("t//x.zip"),
                                   qs("t/./x.zip"), QStringLiteral("t\\x.zip"), QString()}) {
            QVERIFY(!store.read(bad, QString(), &error));
            QVERIFY2(error.contains(qs("Invalid model file path")), qPrintable(error));
            error.clear();
            QVERIFY(!store.verify(bad, QString(), &error));
            QVERIFY(!error.isEmpty());
        }
    }

    void readReportsMissingFileAndEntries()
    {
        const ArtifactStore store(dir_->path(), true);
        const QString missing = qs("t/p/1.zip");
        QVERIFY(!store.read(missing, QString(64, u'0'), &error));
        QVERIFY2(error.contains(qs("missing")), qPrintable(error));
        QVERIFY2(error.contains(nativePath(store, missing)), qPrintable(error));
        QString verifyError;
        QVERIFY(!store.verify(missing, QString(64, u'0'), &verifyError));
        QCOMPARE(verifyError, error);

        // Right checksum, but not a zip.
        QVERIFY(QDir().mkpath(dir_->filePath(qs("t/p"))));
        const QString notZip = qs("t/p/2.zip");
        QVERIFY(touch(store.absolutePath(notZip), "this is not a zip archive"));
        error.clear();
        QVERIFY(!store.read(notZip, sha256Hex("this is not a zip archive"), &error));
        QVERIFY2(error.contains(qs("not a readable zip")), qPrintable(error));
        QVERIFY(error.contains(nativePath(store, notZip)));

        // Right checksum, a zip without holdout.csv.
        const QString partial = qs("t/p/3.zip");
        {
            QuaZip zip(store.absolutePath(partial));
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (const char* name : {"model.json", "metadata.json"}) {
                QuaZipFile f(&zip);
                QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(qs(name))));
                f.write("{}");
            }
        }
        error.clear();
        QVERIFY(!store.read(partial, sha256Hex(fileBytes(store.absolutePath(partial))), &error));
        QVERIFY2(error.contains(qs("holdout.csv")), qPrintable(error));
        QVERIFY(error.contains(nativePath(store, partial)));
    }
};

QTEST_GUILESS_MAIN(TestArtifactStore)
#include "TestArtifactStore.moc"
