// The local database: creation, migrations that run once, WAL, one connection per
// thread, and a clear error where the file cannot be created.

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <thread>

using namespace bakery::storage;

namespace {

// Every row of schema_version as "version@applied_at", ascending.
QStringList versionRows(const Database& db)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT version, applied_at FROM schema_version ORDER BY version")))
        return {QStringLiteral("error")};
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char('@') + q.value(1).toString();
    return rows;
}

QStringList tables(const Database& db)
{
    QStringList out = db.connection().tables();
    out.sort();
    return out;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void openCreatesFileAndSchema()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        // The parent folder does not exist yet: open() creates it.
        const QString path = tmp.filePath(QStringLiteral("sub/dir/bakery.db"));
        Database db(path);
        QVERIFY2(db.open(), qPrintable(db.error()));
        QVERIFY(db.error().isEmpty());
        QVERIFY(!db.isPostgres());
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(latestSchemaVersion() >= 1);
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
        QCOMPARE(versionRows(db).size(), latestSchemaVersion());
        const QStringList t = tables(db);
        for (const char* name : {"imports", "products", "sales_daily", "schema_version"})
            QVERIFY2(t.contains(QLatin1String(name)), name);
    }

    void reopeningDoesNotRerunMigrations()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("bakery.db"));
        QStringList before;
        {
            Database db(path);
            QVERIFY2(db.open(), qPrintable(db.error()));
            before = versionRows(db);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO products (tenant_id, name) "
                                          "VALUES ('t', 'Baguette')")));
        }
        QTest::qWait(1100); // a re-run would record a later applied_at
        Database again(path);
        QVERIFY2(again.open(), qPrintable(again.error()));
        QCOMPARE(versionRows(again), before);
        QCOMPARE(again.schemaVersion(), latestSchemaVersion());
        QSqlQuery q(again.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM products")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // data survives the re-open
    }

    void migrationsAreIdempotentStatements()
    {
        // Even if a version's statements ran twice they would not fail.
        QTemporaryDir tmp;
        Database db(tmp.filePath(QStringLiteral("bakery.db")));
        QVERIFY2(db.open(), qPrintable(db.error()));
        for (const Migration& m : migrations()) {
            for (const QString& sql : statementsFor(m, SqlDialect::Sqlite)) {
                // A rename cannot be repeated; it runs once, inside its version's
                // transaction (DDL is transactional in SQLite and PostgreSQL).
                if (sql.startsWith(QLatin1String("ALTER TABLE")))
                    continue;
                QSqlQuery q(db.connection());
                QVERIFY2(q.exec(sql), qPrintable(sql));
            }
        }
        for (size_t i = 0; i < migrations().size(); ++i)
            QCOMPARE(migrations()[i].version, static_cast<int>(i) + 1);
    }

    void walModeAndForeignKeys()
    {
        QTemporaryDir tmp;
        Database db(tmp.filePath(QStringLiteral("bakery.db")));
        QVERIFY2(db.open(), qPrintable(db.error()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // The foreign key is enforced: no sales for a product that does not exist.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO sales_daily (tenant_id, product_id, day, value)"
                                       " VALUES ('t', 999, '2024-01-01', 1)")));
    }

    void eachThreadHasItsOwnConnection()
    {
        QTemporaryDir tmp;
        Database db(tmp.filePath(QStringLiteral("bakery.db")));
        QVERIFY2(db.open(), qPrintable(db.error()));
        const QString mainName = db.connection().connectionName();
        QCOMPARE(db.connection().connectionName(), mainName); // stable within a thread

        const auto task = [&db] {
            QString name;
            int version = -1;
            bool removed = false;
            {
                QSqlDatabase c = db.connection();
                name = c.connectionName();
                QSqlQuery q(c);
                if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
                    version = q.value(0).toInt();
            } // every handle gone before the release
            db.releaseThreadConnection();
            removed = !QSqlDatabase::contains(name);
            return std::make_tuple(name, version, removed);
        };
        const auto [poolName, poolVersion, poolRemoved] = QtConcurrent::run(task).result();
        std::tuple<QString, int, bool> fromStd;
        std::thread worker([&] { fromStd = task(); });
        worker.join();

        QVERIFY(!poolName.isEmpty());
        QVERIFY(poolName != mainName);
        QVERIFY(std::get<0>(fromStd) != mainName);
        QCOMPARE(poolVersion, latestSchemaVersion());
        QCOMPARE(std::get<1>(fromStd), latestSchemaVersion());
        QVERIFY(poolRemoved);
        QVERIFY(std::get<2>(fromStd));
        // The main thread's connection still works.
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    }

    void namesAreUniquePerInstance()
    {
        QTemporaryDir tmp;
        QString first;
        {
            Database a(tmp.filePath(QStringLiteral("a.db")));
            Database b(tmp.filePath(QStringLiteral("b.db")));
            QVERIFY(a.open() && b.open());
            first = a.connection().connectionName();
            QVERIFY(first != b.connection().connectionName());
        }
        QVERIFY(!QSqlDatabase::contains(first)); // the destructor removed it
    }

    void unwritableLocationGivesClearError()
    {
        QTemporaryDir tmp;
        // A regular file where a folder should be: fails even for root.
        QFile blocker(tmp.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = tmp.filePath(QStringLiteral("blocker/sub/bakery.db"));
        Database db(path);
        QVERIFY(!db.open());
        QVERIFY2(db.error().contains(QLatin1String("Cannot create the folder")),
                 qPrintable(db.error()));
        QVERIFY2(db.error().contains(path), qPrintable(db.error()));

        Database folder(tmp.path());
        QVERIFY(!folder.open());
        QVERIFY2(folder.error().contains(QLatin1String("it is a folder")),
                 qPrintable(folder.error()));

        Database proc(QStringLiteral("/proc/bakery-test.db"));
        QVERIFY(!proc.open());
        qInfo().noquote() << db.error() << '\n' << folder.error() << '\n' << proc.error();
        QVERIFY2(
            proc.error().startsWith(QLatin1String("Cannot open the database /proc/bakery-test.db")),
            qPrintable(proc.error()));
    }

    void sqliteUrlAndDisplayLocation()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("url.db"));
        Database db(QStringLiteral("sqlite://") + path);
        QVERIFY2(db.open(), qPrintable(db.error()));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(db.displayLocation(), path);

        Database pg(QStringLiteral("postgresql://bob:secret@127.0.0.1:5432/shop"));
        QVERIFY(pg.isPostgres());
        QVERIFY(!pg.displayLocation().contains(QLatin1String("secret")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
