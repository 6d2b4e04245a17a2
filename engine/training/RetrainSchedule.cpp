#include "training/RetrainSchedule.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bakery::training {

namespace {

// The sentences' translation context is "RetrainSchedule".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RetrainSchedule)
};

// The slot on local date `day`. Qt 6.4 makes a wall-clock time inside a DST gap invalid;
// the clocks jump over it, so the run is at the first local minute that exists after it.
QDateTime slotOn(QDate day, int hour)
{
    QDateTime slot(day, QTime(hour, 0), Qt::LocalTime);
    for (int m = 1; !slot.isValid() && m <= 24 * 60; ++m) {
        const int total = hour * 60 + m;
        slot = QDateTime(day.addDays(total / (24 * 60)),
                         QTime((total % (24 * 60)) / 60, total % 60), Qt::LocalTime);
    }
    return slot;
}

QJsonValue localTime(const QDateTime& t)
{
    // Qt::ISODate writes no offset for Qt::LocalTime; the offset makes the instant explicit.
    return t.isValid() ? QJsonValue(t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate))
                       : QJsonValue(QJsonValue::Null);
}

// Lower case without accents: "Miércoles" -> "miercoles", "SÁB" -> "sab".
QString folded(const QString& s)
{
    QString out;
    for (QChar c : s.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

int weekdayNumber(const QString& token)
{
    static const char* const names[7][4] = {
        {"monday", "mon", "lunes", "lun"},        {"tuesday", "tue", "martes", "mar"},
        {"wednesday", "wed", "miercoles", "mie"}, {"thursday", "thu", "jueves", "jue"},
        {"friday", "fri", "viernes", "vie"},      {"saturday", "sat", "sabado", "sab"},
        {"sunday", "sun", "domingo", "dom"}};
    const QString t = folded(token);
    bool number = false;
    const int n = t.toInt(&number);
    if (number)
        return n >= 1 && n <= 7 ? n : 0;
    for (int d = 0; d < 7; ++d) {
        for (const char* name : names[d]) {
            if (t == QLatin1String(name))
                return d + 1;
        }
    }
    return 0;
}

} // namespace

ScheduleState scheduleState(const storage::Database& db, const QString& tenant,
                            const config::Settings& s, const QDateTime& now)
{
    ScheduleState st;
    st.enabled = s.enableContinuousLearning;
    // Settings::validate() keeps these in range; bounded anyway so a slot always exists.
    st.weekday = std::clamp(s.retrainWeekday, 1, 7);
    st.hour = std::clamp(s.retrainHour, 0, 23);

    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTime();
    const QDate today = at.toLocalTime().date();
    QDate day = today.addDays(-((today.dayOfWeek() - st.weekday + 7) % 7));
    if (slotOn(day, st.hour) > at)
        day = day.addDays(-7);
    st.lastSlot = slotOn(day, st.hour);
    st.nextSlot = slotOn(day.addDays(7), st.hour);

    QString error;
    QSqlQuery q(db.connection(&error));
    q.setForwardOnly(true);
    if (!storage::sql::run(q,
                           QStringLiteral("SELECT last_run_at, last_job_id FROM training_schedule"
                                          " WHERE tenant_id = ?"),
                           {tenant}, &error, Text::tr("Cannot read the training schedule"))) {
        st.error = error;
        return st;
    }
    if (q.next()) {
        st.lastRun = QDateTime::fromString(q.value(0).toString(), Qt::ISODate).toUTC();
        st.lastJobId = q.value(1).toString();
    }
    q.finish();
    if (!st.enabled)
        return st;
    if (st.lastRun.isValid()) {
        st.due = st.lastSlot > st.lastRun;
        return st;
    }
    // Never run: due only when some model predates the slot. Parsed here rather than
    // compared as text, so "...:00Z" and "...:00.123Z" stamps order correctly.
    if (!storage::sql::run(q,
                           QStringLiteral("SELECT created_at FROM trained_models"
                                          " WHERE tenant_id = ?"),
                           {tenant}, &error, Text::tr("Cannot read the trained models"))) {
        st.error = error;
        return st;
    }
    while (q.next() && !st.due) {
        const QDateTime created = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        st.due = created.isValid() && created < st.lastSlot;
    }
    return st;
}

bool recordScheduledRun(const storage::Database& db, const QString& tenant, const QString& jobId,
                        const QDateTime& when, QString* error)
{
    if (!when.isValid()) {
        if (error)
            *error = Text::tr("Cannot record the scheduled run: no valid time given");
        return false;
    }
    QSqlDatabase c = db.connection(error);
    if (!c.isOpen() || !db.beginWrite(c, error))
        return false;
    QSqlQuery q(c);
    // ON CONFLICT ... DO UPDATE: one statement for both back ends (SQLite 3.24+, PostgreSQL).
    const bool ok = storage::sql::run(
        q,
        QStringLiteral("INSERT INTO training_schedule (tenant_id, last_run_at, last_job_id)"
                       " VALUES (?, ?, ?) ON CONFLICT (tenant_id) DO UPDATE SET"
                       " last_run_at = excluded.last_run_at, last_job_id = excluded.last_job_id"),
        {tenant, when.toUTC().toString(Qt::ISODate), storage::sql::textOrNull(jobId)}, error,
        Text::tr("Cannot record the scheduled run"));
    q.finish();
    if (ok && c.commit())
        return true;
    if (ok && error)
        *error = Text::tr("Cannot commit: %1").arg(c.lastError().text().trimmed());
    c.rollback();
    return false;
}

bool parseScheduleSpec(const QString& text, int* weekday, int* hour, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = Text::tr("\"%1\": %2; expected a day and an hour, e.g. "
                              "\"sunday 03:00\", \"dom 3\" or \"7 03:00\"")
                         .arg(text, why);
        return false;
    };
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    if (parts.size() != 2 || parts.front().isEmpty())
        return fail(Text::tr("not two parts"));
    const int day = weekdayNumber(parts[0]);
    if (day == 0)
        return fail(Text::tr("unknown day \"%1\"").arg(parts[0]));
    static const QRegularExpression time(QStringLiteral("^(\\d{1,2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch m = time.match(parts[1]);
    if (!m.hasMatch())
        return fail(Text::tr("unreadable hour \"%1\"").arg(parts[1]));
    const int h = m.captured(1).toInt();
    if (h > 23)
        return fail(Text::tr("hour %1 is not 0..23").arg(h));
    if (m.capturedLength(2) > 0 && m.captured(2).toInt() != 0)
        return fail(Text::tr("the schedule runs on the hour (minutes must be 00)"));
    if (weekday)
        *weekday = day;
    if (hour)
        *hour = h;
    return true;
}

QJsonObject toJson(const ScheduleState& s)
{
    QJsonObject o{{QStringLiteral("enabled"), s.enabled},
                  {QStringLiteral("weekday"), s.weekday},
                  {QStringLiteral("hour"), s.hour},
                  {QStringLiteral("last_run"),
                   s.lastRun.isValid() ? QJsonValue(s.lastRun.toUTC().toString(Qt::ISODate))
                                       : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("last_job_id"),
                   s.lastJobId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.lastJobId)},
                  {QStringLiteral("last_slot"), localTime(s.lastSlot)},
                  {QStringLiteral("next_slot"), localTime(s.nextSlot)},
                  {QStringLiteral("due"), s.due}};
    if (!s.error.isEmpty())
        o.insert(QStringLiteral("error"), s.error);
    return o;
}

} // namespace bakery::training
