#include "data/ColumnMapper.h"

#include "data/ValueParsers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <set>

namespace bakery::data {
namespace {

// The sentences' translation context is "ColumnMapper".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapper)
};

enum class Role { Date, Time, Product, Quantity, Revenue, Price, Category, Ignore, Unknown };

// Normalised header names per role (Spanish, English, French, German, a few Italian).
Role roleOf(const QString& normalized)
{
    static const QHash<QString, Role> names = [] {
        QHash<QString, Role> h;
        auto add = [&h](Role r, std::initializer_list<const char*> words) {
            for (const char* w : words)
                h.insert(QString::fromUtf8(w), r);
        };
        add(Role::Date, {"fecha",
                         "date",
                         "datum",
                         "dia",
                         "ds",
                         "day",
                         "jour",
                         "data",
                         "fecha venta",
                         "fecha de venta",
                         "date time",
                         "datetime",
                         "date heure",
                         "timestamp",
                         "fecha hora",
                         "fecha y hora",
                         "sale date",
                         "order date",
                         "transaction date",
                         "tag",
                         "verkaufsdatum",
                         "date de vente",
                         "fecha ticket",
                         "fecha factura"});
        add(Role::Time, {"hora", "time", "heure", "zeit", "uhrzeit", "ora"});
        add(Role::Product, {"producto",        "articulo",        "item",     "article",
                            "artikel",         "product",         "produkt",  "descripcion",
                            "description",     "designation",     "name",     "bezeichnung",
                            "product name",    "item name",       "nom",      "libelle",
                            "nombre producto", "nombre articulo", "articolo", "prodotto"});
        add(Role::Quantity, {"cantidad",
                             "quantity",
                             "qty",
                             "menge",
                             "quantite",
                             "qte",
                             "unidades",
                             "units",
                             "uds",
                             "anzahl",
                             "stuck",
                             "stueck",
                             "unidades vendidas",
                             "cant",
                             "y",
                             "sold",
                             "count",
                             "quantita",
                             "unites",
                             "nb",
                             "nombre vendu"});
        add(Role::Revenue, {"importe", "total",     "revenue",       "amount",
                            "umsatz",  "montant",   "betrag",        "summe",
                            "gesamt",  "totale",    "importe total", "total price",
                            "ventas",  "sales",     "facturacion",   "chiffre d affaires",
                            "ca",      "total eur", "total ttc",     "importo"});
        add(Role::Price, {"precio", "price", "prix", "preis", "unit price", "precio unitario",
                          "pvp", "prix unitaire", "einzelpreis", "prezzo"});
        add(Role::Category, {"categoria", "category", "familia", "family", "categorie", "kategorie",
                             "warengruppe", "seccion", "section", "grupo", "group", "rubro"});
        add(Role::Ignore,
            {"transaction", "transaccion", "ticket", "ticket number", "order", "order id", "pedido",
             "factura", "invoice", "year", "ano", "month", "mes", "hour", "weekday name", "weekday",
             "day of week", "dia semana", "dia de la semana", "period day", "weekday weekend",
             "place", "tienda", "store", "shop", "caja", "cajero", "employee", "id", "index", "",
             "unnamed 0", "numero", "n", "jahr", "monat", "annee", "mois", "semaine", "week",
             // Weather is a covariate, never a product (import it with --kind weather).
             "temperatura", "temperature", "temp", "tmed", "lluvia", "precipitacion",
             "precipitation", "rain", "humedad", "humidity", "niederschlag", "pluie", "wetter",
             "meteo"});
        return h;
    }();
    return names.value(normalized, Role::Unknown);
}

// Identifier columns hold numbers that are not quantities: ticket numbers, PLU and
// article codes. Judged by a word of the name (id, no, nr, num, code, plu, sku, ean, ref).
bool idLikeName(const QString& normalized)
{
    static const QSet<QString> words = {
        QStringLiteral("id"),     QStringLiteral("no"),   QStringLiteral("nr"),
        QStringLiteral("num"),    QStringLiteral("code"), QStringLiteral("codigo"),
        QStringLiteral("cod"),    QStringLiteral("plu"),  QStringLiteral("sku"),
        QStringLiteral("ean"),    QStringLiteral("ref"),  QStringLiteral("nummer"),
        QStringLiteral("tienda"), QStringLiteral("store")};
    for (const QString& w : normalized.split(QLatin1Char(' ')))
        if (words.contains(w))
            return true;
    return false;
}

struct ColumnProfile
{
    int nonEmpty = 0, numbers = 0, dates = 0;
    std::set<std::string> distinct;
};

ColumnProfile profile(const std::vector<std::vector<std::string>>& sample, int column)
{
    ColumnProfile p;
    const NumberFormat point{'.', 0}, comma{',', '.'};
    for (const auto& row : sample) {
        if (column >= static_cast<int>(row.size()) || row[static_cast<std::size_t>(column)].empty())
            continue;
        const std::string& v = row[static_cast<std::size_t>(column)];
        ++p.nonEmpty;
        double x = 0;
        int day = 0;
        if (parseDate(v, DateOrder::DayMonthYear, day) != DateParse::NotADate)
            ++p.dates;
        else if (parseNumber(v, point, x) || parseNumber(v, comma, x))
            ++p.numbers;
        if (p.distinct.size() < 10000)
            p.distinct.insert(v);
    }
    return p;
}

int indexOf(const QStringList& header, const QString& name)
{
    if (name.isEmpty())
        return -1;
    const auto exact = header.indexOf(name);
    if (exact >= 0)
        return static_cast<int>(exact);
    for (qsizetype i = 0; i < header.size(); ++i)
        if (normalizeHeader(header[i]) == normalizeHeader(name))
            return static_cast<int>(i);
    return -2; // named but absent
}

} // namespace

QString normalizeHeader(const QString& header)
{
    QString n = header.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (QChar c : std::as_const(n)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.') ||
                c == QLatin1Char('/'))
                   ? QChar(QLatin1Char(' '))
                   : c;
    }
    return out.simplified();
}

ColumnMapping ColumnMapper::map(const QStringList& header,
                                const std::vector<std::vector<std::string>>& sample,
                                const ImportSpec& spec, const QString& fileBaseName)
{
    ColumnMapping m;
    const int columns = static_cast<int>(header.size());
    std::vector<Role> roles(static_cast<std::size_t>(columns), Role::Unknown);
    for (int c = 0; c < columns; ++c)
        roles[static_cast<std::size_t>(c)] = roleOf(normalizeHeader(header[c]));
    for (const QString& ignored : spec.ignoreColumns) {
        const int c = indexOf(header, ignored);
        if (c >= 0)
            roles[static_cast<std::size_t>(c)] = Role::Ignore;
    }

    // Explicit choices first, then header names, first match wins.
    const struct
    {
        const QString& name;
        Role role;
        int ColumnMapping::*slot;
        const char* label; // translated in the decision
    } explicitColumns[] = {{spec.dateColumn, Role::Date, &ColumnMapping::date,
                            QT_TRANSLATE_NOOP("ColumnMapper", "Date column")},
                           {spec.timeColumn, Role::Time, &ColumnMapping::time,
                            QT_TRANSLATE_NOOP("ColumnMapper", "Time column")},
                           {spec.productColumn, Role::Product, &ColumnMapping::product,
                            QT_TRANSLATE_NOOP("ColumnMapper", "Product column")},
                           {spec.quantityColumn, Role::Quantity, &ColumnMapping::quantity,
                            QT_TRANSLATE_NOOP("ColumnMapper", "Quantity column")},
                           {spec.revenueColumn, Role::Revenue, &ColumnMapping::revenue,
                            QT_TRANSLATE_NOOP("ColumnMapper", "Revenue column")},
                           {spec.priceColumn, Role::Price, &ColumnMapping::price,
                            QT_TRANSLATE_NOOP("ColumnMapper", "Price column")},
                           {spec.categoryColumn, Role::Category, &ColumnMapping::category,
                            QT_TRANSLATE_NOOP("ColumnMapper", "Category column")}};
    for (const auto& s : explicitColumns) {
        const int chosen = indexOf(header, s.name);
        if (chosen == -2) {
            m.errorCode = QStringLiteral("unknown_column");
            m.errorMessage = Text::tr("the import settings name a column \"%1\"; the header has %2")
                                 .arg(s.name, header.join(QStringLiteral(", ")));
            return m;
        }
        if (chosen >= 0) {
            m.*s.slot = chosen;
            m.decisions
                << Text::tr("%1: '%2' (set by hand)").arg(Text::tr(s.label), header[chosen]);
            continue;
        }
        for (int c = 0; c < columns; ++c)
            if (roles[static_cast<std::size_t>(c)] == s.role) {
                m.*s.slot = c;
                m.decisions << Text::tr("%1: '%2' (by its name)").arg(Text::tr(s.label), header[c]);
                break;
            }
    }

    std::vector<ColumnProfile> profiles;
    for (int c = 0; c < columns; ++c)
        profiles.push_back(profile(sample, c));
    auto free = [&](int c) {
        return c != m.date && c != m.time && c != m.product && c != m.quantity && c != m.revenue &&
               c != m.price && c != m.category &&
               roles[static_cast<std::size_t>(c)] != Role::Ignore;
    };
    if (m.date < 0) { // a column of dates
        for (int c = 0; c < columns && m.date < 0; ++c) {
            const ColumnProfile& p = profiles[static_cast<std::size_t>(c)];
            if (free(c) && p.nonEmpty > 0 && p.dates >= 0.8 * p.nonEmpty) {
                m.date = c;
                m.decisions << Text::tr("Date column: '%1' (inferred: its values are dates)")
                                   .arg(header[c]);
            }
        }
    }
    const ImportSpec::Layout wanted = spec.layout;
    if (m.product < 0 && spec.productColumns.isEmpty() && wanted != ImportSpec::Layout::Wide) {
        // A text column with few distinct values, as products are.
        for (int c = 0; c < columns && m.product < 0; ++c) {
            const ColumnProfile& p = profiles[static_cast<std::size_t>(c)];
            const auto distinct = static_cast<double>(p.distinct.size());
            if (free(c) && roles[static_cast<std::size_t>(c)] == Role::Unknown && p.nonEmpty > 0 &&
                p.numbers + p.dates < 0.2 * p.nonEmpty &&
                distinct <= std::max(50.0, 0.2 * p.nonEmpty)) {
                m.product = c;
                m.decisions << Text::tr("Product column: '%1' (inferred: text with %n distinct "
                                        "value(s))",
                                        nullptr, static_cast<int>(p.distinct.size()))
                                   .arg(header[c]);
            }
        }
    }
    if (m.date < 0 && !(m.product >= 0 && m.price >= 0 && m.quantity < 0)) {
        m.errorCode = QStringLiteral("no_date_column");
        m.errorMessage = Text::tr("no column holds dates; expected a column such as fecha, date or "
                                  "datum (header: %1)")
                             .arg(header.join(QStringLiteral(", ")));
        return m;
    }
    if (m.date < 0) {
        m.layout = ImportSpec::Layout::PriceList;
        m.decisions << Text::tr("Layout: price list (products and prices, no dates)");
        return m;
    }

    if (m.product >= 0 && wanted != ImportSpec::Layout::Wide) {
        const bool revenue = spec.measure == ImportSpec::Measure::Revenue;
        if (m.quantity < 0 && !revenue && wanted != ImportSpec::Layout::LinePerUnit) {
            for (int c = 0; c < columns && m.quantity < 0; ++c) {
                const ColumnProfile& p = profiles[static_cast<std::size_t>(c)];
                const bool identifiers =
                    idLikeName(normalizeHeader(header[c])) ||
                    (p.nonEmpty >= 10 && p.distinct.size() == static_cast<std::size_t>(p.nonEmpty));
                if (free(c) && roles[static_cast<std::size_t>(c)] == Role::Unknown &&
                    p.nonEmpty > 0 && p.numbers >= 0.9 * p.nonEmpty && !identifiers) {
                    m.quantity = c;
                    m.decisions << Text::tr(
                                       "Quantity column: '%1' (inferred: its values are numbers)")
                                       .arg(header[c]);
                    m.warnings << Text::tr(
                                      "the quantity column '%1' was inferred from its numbers; "
                                      "check the totals, or name it in the import settings")
                                      .arg(header[c]);
                }
            }
        }
        if (revenue && m.revenue < 0) {
            m.errorCode = QStringLiteral("no_measure_column");
            m.errorMessage =
                Text::tr("revenue was asked for but no column holds it; expected a column "
                         "such as importe, total or revenue");
            return m;
        }
        if (!revenue && m.quantity < 0 && m.revenue >= 0 &&
            wanted != ImportSpec::Layout::LinePerUnit) {
            // Counting lines while a column holds amounts would silently miscount.
            m.errorCode = QStringLiteral("no_quantity_column");
            m.errorMessage =
                Text::tr("no quantity column, but '%1' holds amounts; set the measure to "
                         "revenue, name the quantity column, or choose the layout "
                         "line_per_unit in the import settings")
                    .arg(header[m.revenue]);
            return m;
        }
        if (revenue || (m.quantity >= 0 && wanted != ImportSpec::Layout::LinePerUnit)) {
            m.layout = ImportSpec::Layout::Long;
            m.decisions << Text::tr("Layout: long (one row per sale or per day and product)");
        } else {
            m.layout = ImportSpec::Layout::LinePerUnit;
            m.decisions << Text::tr(
                "Layout: one line per unit sold (no quantity column: lines are counted)");
        }
        return m;
    }

    // Wide: one numeric column per product.
    m.layout = ImportSpec::Layout::Wide;
    if (!spec.productColumns.isEmpty()) {
        for (const QString& name : spec.productColumns) {
            const int c = indexOf(header, name);
            if (c < 0) {
                m.errorCode = QStringLiteral("unknown_column");
                m.errorMessage =
                    Text::tr(
                        "the import settings name a product column \"%1\" that the header lacks")
                        .arg(name);
                return m;
            }
            m.productColumns.push_back(c);
        }
    } else {
        for (int c = 0; c < columns; ++c) {
            const ColumnProfile& p = profiles[static_cast<std::size_t>(c)];
            const Role r = roles[static_cast<std::size_t>(c)];
            if (c == m.date || c == m.time || r == Role::Ignore || r == Role::Revenue ||
                r == Role::Price || r == Role::Category || r == Role::Date || r == Role::Time ||
                idLikeName(normalizeHeader(header[c])))
                continue;
            if (p.numbers >= 0.9 * p.nonEmpty) // empty columns count: a product never sold
                m.productColumns.push_back(c);
        }
    }
    if (m.productColumns.empty()) {
        m.errorCode = QStringLiteral("no_product_column");
        m.errorMessage = Text::tr(
            "no column names products and no column holds quantities; expected a "
            "product column (producto, item, artikel...) or one numeric column per product");
        return m;
    }
    if (m.productColumns.size() == 1 &&
        roleOf(normalizeHeader(header[m.productColumns.front()])) == Role::Quantity) {
        m.singleProductName = spec.productName.isEmpty() ? fileBaseName : spec.productName;
        m.decisions << Text::tr("Layout: a single series ('%1' is the quantity) named '%2'")
                           .arg(header[m.productColumns.front()], m.singleProductName);
    } else {
        QStringList names;
        for (int c : m.productColumns)
            names << header[c];
        m.decisions << Text::tr("Layout: wide, one column per product (%n product(s): %1)", nullptr,
                                static_cast<int>(names.size()))
                           .arg(names.join(QStringLiteral(", ")));
    }
    return m;
}

} // namespace bakery::data
