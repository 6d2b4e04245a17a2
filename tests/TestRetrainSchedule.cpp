// The weekly retraining schedule: slots by hand-picked calendar dates (Europe/Madrid,
// DST weeks included), due or not against the recorded last run and the models'
// ages, the upsert, tenant scoping, and the spec parser.

#include "SalesFixtures.h"
#include "training/RetrainSchedule.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>

using namespace bakery;
using namespace bakery::training;
using namespace fixtures;

namespace {

QDateTime local(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::LocalTime);
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

config::Settings sundayAtThree()
{
    config::Settings s;
    s.retrainWeekday = 7;
    s.retrainHour = 3;
    s.enableContinuousLearning = true;
    return s;
}

} // namespace

class TestRetrainSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<storage::Database> m_db;

    // A trained model of `tenant` created at `createdAt` (ISO UTC text, as the registry writes).
    void addModel(const QString& tenant, const QString& createdAt)
    {
        storage::SalesStore sales(*m_db, tenant);
        QVERIFY(sales
                    .store(batch(QStringLiteral("s.csv"),
                                 {product(QStringLiteral("Pan"), day(2024, 1, 1), {1, 2, 3})}))
                    .ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO trained_models (tenant_id, inventory_product_id, model_version,"
            " model_path, model_hash, data_fingerprint, created_at) VALUES (?, ?, ?, ?, 'h',"
            " 'f', ?)")));
        q.addBindValue(tenant);
        q.addBindValue(sales.product(QStringLiteral("Pan"))->id);
        q.addBindValue(createdAt);
        q.addBindValue(QString(tenant + QStringLiteral("/pan/") + createdAt));
        q.addBindValue(createdAt);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

private slots:
    void initTestCase()
    {
        // Slots are local wall-clock times: pin the zone so DST dates are known.
        qputenv("TZ", "Europe/Madrid");
        tzset();
        QVERIFY2(local(2024, 7, 1, 12).offsetFromUtc() == 7200 &&
                     local(2024, 1, 1, 12).offsetFromUtc() == 3600,
                 "Europe/Madrid is not available (package tzdata)");
    }

    void init()
    {
        QVERIFY(m_tmp.isValid());
        const QString file = QStringLiteral("%1.db").arg(QTest::currentTestFunction());
        m_db = std::make_unique<storage::Database>(m_tmp.filePath(file));
        QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    }

    void cleanup() { m_db.reset(); }

    void slotsAroundAMonday()
    {
        // Monday 10 June 2024 10:00: the last Sunday 03:00 is the 9th, the next the 16th.
        const ScheduleState s = scheduleState(*m_db, QStringLiteral("default"), sundayAtThree(),
                                              local(2024, 6, 10, 10));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.lastSlot, local(2024, 6, 9, 3));
        QCOMPARE(s.nextSlot, local(2024, 6, 16, 3));
        QCOMPARE(s.lastSlot.date().dayOfWeek(), 7);
        QVERIFY(!s.lastRun.isValid());
        QVERIFY(!s.due); // never run and no model: nothing to retrain
        QVERIFY(s.enabled);
        QCOMPARE(s.weekday, 7);
        QCOMPARE(s.hour, 3);
    }

    void slotBoundaries()
    {
        const config::Settings s = sundayAtThree();
        const QString t = QStringLiteral("default");
        // Exactly at the slot: it is the last slot (<= now); the next is a week later.
        ScheduleState at = scheduleState(*m_db, t, s, local(2024, 6, 9, 3));
        QCOMPARE(at.lastSlot, local(2024, 6, 9, 3));
        QCOMPARE(at.nextSlot, local(2024, 6, 16, 3));
        // A minute before: still the previous week's.
        ScheduleState before = scheduleState(*m_db, t, s, local(2024, 6, 9, 2, 59));
        QCOMPARE(before.lastSlot, local(2024, 6, 2, 3));
        QCOMPARE(before.nextSlot, local(2024, 6, 9, 3));
        // `now` in UTC is the same instant: 9 June 01:30Z is 03:30 in Madrid (CEST).
        ScheduleState inUtc = scheduleState(*m_db, t, s, utc("2024-06-09T01:30:00Z"));
        QCOMPARE(inUtc.lastSlot, local(2024, 6, 9, 3));
        // Wednesday 14:00, any weekday: Wednesday 12 June 2024.
        config::Settings wed = s;
        wed.retrainWeekday = 3;
        wed.retrainHour = 14;
        ScheduleState w = scheduleState(*m_db, t, wed, local(2024, 6, 12, 13));
        QCOMPARE(w.lastSlot, local(2024, 6, 5, 14));
        QCOMPARE(w.nextSlot, local(2024, 6, 12, 14));
    }

    void dueAgainstLastRun()
    {
        const QString t = QStringLiteral("default");
        const QDateTime now = local(2024, 6, 10, 10);
        QString error;
        // Ran after the slot (Sunday 9 June 05:00 local = 03:00Z): not due.
        QVERIFY2(recordScheduledRun(*m_db, t, QStringLiteral("job-1"), utc("2024-06-09T03:00:00Z"),
                                    &error),
                 qPrintable(error));
        ScheduleState s = scheduleState(*m_db, t, sundayAtThree(), now);
        QCOMPARE(s.lastRun, utc("2024-06-09T03:00:00Z"));
        QCOMPARE(s.lastRun.timeSpec(), Qt::UTC);
        QCOMPARE(s.lastJobId, QStringLiteral("job-1"));
        QVERIFY(!s.due);
        // Ran before the slot (the slot is 01:00Z; 00:59Z is a minute earlier): due. The
        // upsert replaces the row.
        QVERIFY(recordScheduledRun(*m_db, t, QStringLiteral("job-2"), utc("2024-06-09T00:59:00Z"),
                                   &error));
        s = scheduleState(*m_db, t, sundayAtThree(), now);
        QCOMPARE(s.lastJobId, QStringLiteral("job-2"));
        QVERIFY(s.due);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(last_run_at) FROM training_schedule")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("2024-06-09T00:59:00Z"));
        // Disabled: never due.
        config::Settings off = sundayAtThree();
        off.enableContinuousLearning = false;
        s = scheduleState(*m_db, t, off, now);
        QVERIFY(!s.enabled);
        QVERIFY(!s.due);
        QVERIFY(!recordScheduledRun(*m_db, t, QStringLiteral("job-3"), QDateTime(), &error));
    }

    void neverRunDependsOnModelAge()
    {
        const QString t = QStringLiteral("default");
        const QDateTime now = local(2024, 6, 10, 10); // last slot: 9 June 01:00Z
        // A model made after the slot is fresh: not due.
        addModel(t, QStringLiteral("2024-06-09T01:00:01Z"));
        QVERIFY(!scheduleState(*m_db, t, sundayAtThree(), now).due);
        // Another shop's old model does not make this shop due.
        addModel(QStringLiteral("other"), QStringLiteral("2024-01-01T00:00:00Z"));
        QVERIFY(!scheduleState(*m_db, t, sundayAtThree(), now).due);
        QVERIFY(scheduleState(*m_db, QStringLiteral("other"), sundayAtThree(), now).due);
        // One older than the slot (with milliseconds, as ISODateWithMs writes): due.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE trained_models SET created_at ="
                                      " '2024-06-09T00:59:59.500Z' WHERE tenant_id = 'default'")));
        QVERIFY(scheduleState(*m_db, t, sundayAtThree(), now).due);
        // A run recorded for the other shop only does not touch this one.
        QString error;
        QVERIFY(recordScheduledRun(*m_db, QStringLiteral("other"), QStringLiteral("job-9"),
                                   utc("2024-06-10T08:00:00Z"), &error));
        QVERIFY(!scheduleState(*m_db, QStringLiteral("other"), sundayAtThree(), now).due);
        const ScheduleState mine = scheduleState(*m_db, t, sundayAtThree(), now);
        QVERIFY(mine.due);
        QVERIFY(!mine.lastRun.isValid());
    }

    void daylightSavingWeeks()
    {
        const QString t = QStringLiteral("default");
        // Spring: clocks go 02:00 -> 03:00 on Sunday 31 March 2024. The week before, the next
        // slot is still 03:00 local (01:00Z), not 7 x 24 h after 24 March 03:00 (02:00Z).
        ScheduleState s = scheduleState(*m_db, t, sundayAtThree(), local(2024, 3, 25, 10));
        QCOMPARE(s.lastSlot.toUTC(), utc("2024-03-24T02:00:00Z"));
        QCOMPARE(s.nextSlot.toUTC(), utc("2024-03-31T01:00:00Z"));
        QCOMPARE(s.nextSlot.time(), QTime(3, 0));
        s = scheduleState(*m_db, t, sundayAtThree(), local(2024, 4, 1, 10));
        QCOMPARE(s.lastSlot.toUTC(), utc("2024-03-31T01:00:00Z"));
        QCOMPARE(s.lastSlot.time(), QTime(3, 0));
        QCOMPARE(s.nextSlot.toUTC(), utc("2024-04-07T01:00:00Z"));
        // Autumn: 03:00 -> 02:00 on Sunday 27 October 2024; 03:00 CET is 02:00Z.
        s = scheduleState(*m_db, t, sundayAtThree(), local(2024, 10, 28, 10));
        QCOMPARE(s.lastSlot.toUTC(), utc("2024-10-27T02:00:00Z"));
        QCOMPARE(s.lastSlot.time(), QTime(3, 0));
        QCOMPARE(s.nextSlot.toUTC(), utc("2024-11-03T02:00:00Z"));
        // 02:00 does not exist on 31 March: the run is when the clocks jump (03:00 CEST, 01:00Z).
        config::Settings two = sundayAtThree();
        two.retrainHour = 2;
        s = scheduleState(*m_db, t, two, local(2024, 4, 1, 10));
        QVERIFY(s.lastSlot.isValid());
        QCOMPARE(s.lastSlot.toUTC(), utc("2024-03-31T01:00:00Z"));
        QCOMPARE(s.nextSlot.toUTC(), utc("2024-04-07T00:00:00Z")); // 02:00 CEST
        const QJsonObject j = toJson(s);
        QCOMPARE(j.value(QStringLiteral("last_slot")).toString(),
                 QStringLiteral("2024-03-31T03:00:00+02:00"));
        QCOMPARE(j.value(QStringLiteral("next_slot")).toString(),
                 QStringLiteral("2024-04-07T02:00:00+02:00"));
    }

    void json()
    {
        QString error;
        QVERIFY(recordScheduledRun(*m_db, QStringLiteral("default"), QStringLiteral("job-7"),
                                   local(2024, 6, 9, 5), &error));
        const QJsonObject j = toJson(scheduleState(*m_db, QStringLiteral("default"),
                                                   sundayAtThree(), local(2024, 6, 10, 10)));
        QCOMPARE(j.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("weekday")).toInt(), 7);
        QCOMPARE(j.value(QStringLiteral("hour")).toInt(), 3);
        QCOMPARE(j.value(QStringLiteral("last_run")).toString(),
                 QStringLiteral("2024-06-09T03:00:00Z"));
        QCOMPARE(j.value(QStringLiteral("last_job_id")).toString(), QStringLiteral("job-7"));
        QCOMPARE(j.value(QStringLiteral("last_slot")).toString(),
                 QStringLiteral("2024-06-09T03:00:00+02:00"));
        QCOMPARE(j.value(QStringLiteral("next_slot")).toString(),
                 QStringLiteral("2024-06-16T03:00:00+02:00"));
        QCOMPARE(j.value(QStringLiteral("due")).toBool(), false);
        const QJsonObject never = toJson(
            scheduleState(*m_db, QStringLiteral("x"), sundayAtThree(), local(2024, 6, 10, 10)));
        QVERIFY(never.value(QStringLiteral("last_run")).isNull());
        QVERIFY(never.value(QStringLiteral("last_job_id")).isNull());
    }

    void parseSpec_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("weekday"); // 0: refused
        QTest::addColumn<int>("hour");
        QTest::newRow("english full") << QStringLiteral("sunday 03:00") << 7 << 3;
        QTest::newRow("english short") << QStringLiteral("sun 3") << 7 << 3;
        QTest::newRow("number") << QStringLiteral("7 03:00") << 7 << 3;
        QTest::newRow("spanish") << QStringLiteral("domingo 03:00") << 7 << 3;
        QTest::newRow("case, spaces") << QStringLiteral("  Monday   23 ") << 1 << 23;
        QTest::newRow("accent") << QStringLiteral("Miércoles 0:00") << 3 << 0;
        QTest::newRow("no accent") << QStringLiteral("miercoles 12") << 3 << 12;
        QTest::newRow("sab") << QStringLiteral("SÁB 05:00") << 6 << 5;
        QTest::newRow("mar = martes") << QStringLiteral("mar 4") << 2 << 4;
        QTest::newRow("jue") << QStringLiteral("jue 1") << 4 << 1;
        QTest::newRow("vie") << QStringLiteral("viernes 6") << 5 << 6;
        QTest::newRow("lun") << QStringLiteral("lun 8") << 1 << 8;
        QTest::newRow("thu") << QStringLiteral("thu 9") << 4 << 9;
        QTest::newRow("hour 24") << QStringLiteral("sunday 24") << 0 << 0;
        QTest::newRow("minutes") << QStringLiteral("sunday 03:30") << 0 << 0;
        QTest::newRow("day 8") << QStringLiteral("8 03:00") << 0 << 0;
        QTest::newRow("day 0") << QStringLiteral("0 03:00") << 0 << 0;
        QTest::newRow("unknown day") << QStringLiteral("someday 3") << 0 << 0;
        QTest::newRow("no hour") << QStringLiteral("sunday") << 0 << 0;
        QTest::newRow("three parts") << QStringLiteral("sunday at 3") << 0 << 0;
        QTest::newRow("empty") << QString() << 0 << 0;
        QTest::newRow("bad hour") << QStringLiteral("sunday 3pm") << 0 << 0;
    }

    void parseSpec()
    {
        QFETCH(QString, text);
        QFETCH(int, weekday);
        QFETCH(int, hour);
        int d = -1, h = -1;
        QString error;
        const bool ok = parseScheduleSpec(text, &d, &h, &error);
        QCOMPARE(ok, weekday != 0);
        if (ok) {
            QCOMPARE(d, weekday);
            QCOMPARE(h, hour);
            QVERIFY(error.isEmpty());
        } else {
            QCOMPARE(d, -1); // untouched
            QVERIFY(error.contains(QStringLiteral("sunday 03:00")));
        }
    }
};

QTEST_GUILESS_MAIN(TestRetrainSchedule)
#include "TestRetrainSchedule.moc"
