// The events file's pass: date, name, optional window and prior scale, into Prophet's
// holiday rows (calendar::HolidayTable).
#include "data/CovariateTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>

namespace bakery::data::covariates {
namespace {

// The sentences' translation context is "EventsPass".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EventsPass)
};

constexpr int kMaxWindowDays = 366; // a longer effect is a season, not an event

struct Columns
{
    int name = -1, lower = -1, upper = -1, priorScale = -1;
};

Columns mapColumns(const PreparedTable& t, QStringList& decisions)
{
    static const QStringList nameNames =
        words("evento|eventos|event|events|nombre|name|holiday|holidays|festivo|festividad|"
              "fiesta|nombre evento|event name|descripcion|description|evenement|nom|ferie|"
              "jour ferie|ereignis|veranstaltung|feiertag|bezeichnung|motivo|celebracion");
    static const QStringList lowerNames =
        words("lower window|dias antes|days before|jours avant|tage vorher|tage davor|"
              "ventana inferior|antes|before");
    static const QStringList upperNames =
        words("upper window|dias despues|days after|jours apres|tage nachher|tage danach|"
              "ventana superior|despues|after");
    static const QStringList priorNames =
        words("prior scale|escala|escala previa|prior|echelle|skala");
    Columns c;
    const std::pair<int*, const QStringList*> roles[] = {{&c.name, &nameNames},
                                                         {&c.lower, &lowerNames},
                                                         {&c.upper, &upperNames},
                                                         {&c.priorScale, &priorNames}};
    for (const auto& [slot, names] : roles)
        for (const QString& n : *names)
            if (*slot < 0 && t.names.indexOf(n) != t.dateColumn)
                *slot = static_cast<int>(t.names.indexOf(n));
    if (c.name < 0) {
        // No known header: the first text column is the name.
        for (int i = 0; i < t.header.size() && c.name < 0; ++i)
            if (i != t.dateColumn && numericShare(t, i) < 0.5 && numericShare(t, i) >= 0)
                c.name = i;
        if (c.name >= 0)
            decisions << Text::tr("Event name column: '%1' (inferred from its content)")
                             .arg(t.header[c.name]);
    } else {
        decisions << Text::tr("Event name column: '%1'").arg(t.header[c.name]);
    }
    for (int i : {c.lower, c.upper, c.priorScale})
        if (i >= 0)
            decisions << Text::tr("Column '%1' -> %2")
                             .arg(t.header[i], i == c.lower   ? QStringLiteral("lower_window")
                                               : i == c.upper ? QStringLiteral("upper_window")
                                                              : QStringLiteral("prior_scale"));
    return c;
}

} // namespace

void readEvents(OpenedTable&& opened, const ImportSpec& spec, EventsResult& result)
{
    static const QStringList dateNames =
        words("fecha|date|datum|dia|ds|day|jour|tag|data|fecha evento|event date|"
              "date evenement");
    ImportReport& report = result.report;
    IssueLog log(report, report.file);
    PreparedTable t;
    if (!prepare(std::move(opened), spec, dateNames, QStringLiteral("events"), report, log, t))
        return;
    const Columns col = mapColumns(t, report.decisions);
    if (col.name < 0) {
        log.error(QStringLiteral("no_name_column"), 0,
                  Text::tr("no column with the events' names; expected a column such as "
                           "evento/event/name/holiday/festivo"));
        return;
    }
    std::vector<int> numeric;
    for (int i : {col.lower, col.upper, col.priorScale})
        if (i >= 0)
            numeric.push_back(i);
    detectNumbers(t, numeric, spec, report);

    rewindToData(t);
    TableRecord record;
    int day = 0;
    QSet<QString> seen;                           // day|name
    QHash<QString, std::pair<double, int>> scale; // name -> (prior scale, first line)
    bool positiveBefore = false;
    while (readRow(t, record, day, report, log)) {
        auto cell = [&](int i) { return record.fields[static_cast<std::size_t>(i)]; };
        auto skip = [&](const QString& code, int i, const QString& message) {
            log.warning(code, record.line, message, i + 1, t.header[i]);
            ++report.rowsSkipped;
            ++t.badRows;
        };
        calendar::HolidayEvent e;
        e.day = day;
        e.name = text(cell(col.name)).trimmed();
        if (e.name.isEmpty() || e.name.contains(QLatin1String("_delim_"))) {
            // The model names its columns "<name>_delim_<offset>".
            skip(QStringLiteral("invalid_name"), col.name,
                 e.name.isEmpty()
                     ? Text::tr("expected an event name, found an empty cell; line skipped")
                     : Text::tr("expected a name without \"_delim_\"; line skipped"));
            continue;
        }
        // Windows: whole days; a positive "days before" means that many days earlier.
        int* const windows[] = {&e.lowerWindow, &e.upperWindow};
        const int windowColumns[] = {col.lower, col.upper};
        bool ok = true;
        for (int k = 0; k < 2 && ok; ++k) {
            double v = 0.0;
            const int i = windowColumns[k];
            if (i < 0 || isMissing(cell(i)))
                continue;
            ok = parseNumber(cell(i), t.numbers, v) && v == std::floor(v) &&
                 std::fabs(v) <= kMaxWindowDays && (k == 0 || v >= 0);
            if (!ok) {
                skip(QStringLiteral("invalid_window"), i,
                     Text::tr(
                         "expected a whole number of days%1 up to %2, found \"%3\"; line skipped")
                         .arg(k == 0 ? QString() : QStringLiteral(" >= 0"))
                         .arg(kMaxWindowDays)
                         .arg(text(cell(i))));
                break;
            }
            positiveBefore |= k == 0 && v > 0;
            *windows[k] = k == 0 ? -static_cast<int>(std::fabs(v)) : static_cast<int>(v);
        }
        if (!ok)
            continue;
        if (col.priorScale >= 0 && !isMissing(cell(col.priorScale)) &&
            !(parseNumber(cell(col.priorScale), t.numbers, e.priorScale) && e.priorScale > 0)) {
            skip(QStringLiteral("invalid_prior_scale"), col.priorScale,
                 Text::tr("expected a number > 0, found \"%1\"; line skipped")
                     .arg(text(cell(col.priorScale))));
            continue;
        }
        const auto first = scale.constFind(e.name);
        if (first == scale.cend()) {
            scale.insert(e.name, {e.priorScale, record.line});
        } else if (!(first->first == e.priorScale ||
                     (std::isnan(first->first) && std::isnan(e.priorScale)))) {
            // The model fits one prior scale per name: which one would be meant?
            log.error(QStringLiteral("conflicting_prior_scale"), record.line,
                      Text::tr("event \"%1\": expected the prior scale of line %2 (one per "
                               "event name), found \"%3\"")
                          .arg(e.name)
                          .arg(first->second)
                          .arg(text(cell(col.priorScale))),
                      col.priorScale + 1, t.header[col.priorScale]);
            return;
        }
        const QString key = QString::number(day) + QLatin1Char('|') + e.name;
        if (seen.contains(key)) {
            log.warning(QStringLiteral("duplicate_event"), record.line,
                        Text::tr("event \"%1\" on this day appears earlier; the first is "
                                 "kept")
                            .arg(e.name));
            ++report.rowsSkipped;
            continue;
        }
        seen.insert(key);
        result.batch.events.push_back(e);
        ++report.rowsImported;
    }
    if (!checkBadShare(t, spec, report, log) || report.rejected())
        return;
    if (positiveBefore)
        report.decisions << Text::tr("Column '%1': positive values read as days before the "
                                     "event (2 -> lower_window -2)")
                                .arg(t.header[col.lower]);
    if (result.batch.events.empty()) {
        log.error(QStringLiteral("no_events"), 0,
                  Text::tr("no line holds an event; expected at least one"));
        return;
    }
    for (const calendar::HolidayEvent& e : result.batch.events) {
        auto p = std::find_if(report.products.begin(), report.products.end(),
                              [&](const ProductTotal& x) { return x.name == e.name; });
        if (p == report.products.end())
            p = report.products.insert(p, {e.name, 0, 0.0, e.day, e.day});
        ++p->days;
        p->total += 1.0;
        p->firstDay = std::min(p->firstDay, e.day);
        p->lastDay = std::max(p->lastDay, e.day);
    }
    const auto [lo, hi] =
        std::minmax_element(result.batch.events.begin(), result.batch.events.end(),
                            [](const auto& a, const auto& b) { return a.day < b.day; });
    report.firstDay = lo->day;
    report.lastDay = hi->day;
}

} // namespace bakery::data::covariates
