#include "data/ImportSpec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bakery::data {
namespace {

// The sentences' translation context is "ImportSpec".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportSpec)
};

const char* const kLayouts[] = {"auto", "long", "line_per_unit", "wide", "price_list"};

struct StringField
{
    const char* key;
    QString ImportSpec::*member;
    QStringList allowed; ///< empty: any text
};

const StringField kStrings[] = {
    {"encoding",
     &ImportSpec::encoding,
     {QString(), QStringLiteral("utf-8"), QStringLiteral("windows-1252")}},
    {"delimiter",
     &ImportSpec::delimiter,
     {QString(), QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\t"),
      QStringLiteral("|")}},
    {"decimal", &ImportSpec::decimal, {QString(), QStringLiteral(","), QStringLiteral(".")}},
    {"thousands",
     &ImportSpec::thousands,
     {QString(), QStringLiteral("none"), QStringLiteral("."), QStringLiteral(","),
      QStringLiteral(" "), QStringLiteral("'")}},
    {"date_order",
     &ImportSpec::dateOrder,
     {QString(), QStringLiteral("ymd"), QStringLiteral("dmy"), QStringLiteral("mdy")}},
    {"sheet", &ImportSpec::sheet, {}},
    {"date_column", &ImportSpec::dateColumn, {}},
    {"time_column", &ImportSpec::timeColumn, {}},
    {"product_column", &ImportSpec::productColumn, {}},
    {"quantity_column", &ImportSpec::quantityColumn, {}},
    {"revenue_column", &ImportSpec::revenueColumn, {}},
    {"price_column", &ImportSpec::priceColumn, {}},
    {"category_column", &ImportSpec::categoryColumn, {}},
    {"product_name", &ImportSpec::productName, {}},
};

const struct
{
    const char* key;
    QStringList ImportSpec::*member;
} kLists[] = {{"product_columns", &ImportSpec::productColumns},
              {"ignore_columns", &ImportSpec::ignoreColumns},
              {"placeholders", &ImportSpec::placeholders}};

} // namespace

QString layoutName(ImportSpec::Layout layout)
{
    return QLatin1String(kLayouts[static_cast<int>(layout)]);
}

NumberFormat ImportSpec::numberFormat(const NumberFormat& detected) const
{
    NumberFormat f = detected;
    if (!decimal.isEmpty()) {
        f.decimal = decimal.at(0).toLatin1();
        f.thousands = f.decimal == ',' ? '.' : 0; // the usual partner, unless set below
    }
    if (thousands == QLatin1String("none"))
        f.thousands = 0;
    else if (!thousands.isEmpty())
        f.thousands = thousands.at(0).toLatin1();
    return f;
}

QByteArray ImportSpec::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("bakery-import-spec"));
    o.insert(QStringLiteral("version"), 1);
    for (const StringField& f : kStrings)
        o.insert(QLatin1String(f.key), this->*f.member);
    for (const auto& f : kLists)
        o.insert(QLatin1String(f.key), QJsonArray::fromStringList(this->*f.member));
    o.insert(QStringLiteral("layout"), layoutName(layout));
    o.insert(QStringLiteral("measure"),
             measure == Measure::Units ? QStringLiteral("units") : QStringLiteral("revenue"));
    o.insert(QStringLiteral("max_unparsable_share"), maxUnparsableShare);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

ImportSpec ImportSpec::fromJson(const QByteArray& json, QString* error)
{
    ImportSpec spec;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return ImportSpec{};
    };
    if (!doc.isObject())
        return fail(Text::tr("not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        bool known = key == QLatin1String("format") || key == QLatin1String("version");
        for (const StringField& f : kStrings) {
            if (key != QLatin1String(f.key))
                continue;
            known = true;
            if (!v.isString() && !v.isNull())
                return fail(Text::tr("\"%1\": expected a text value").arg(key));
            spec.*f.member = v.toString();
            if (!f.allowed.isEmpty() && !f.allowed.contains(spec.*f.member))
                return fail(Text::tr("\"%1\": expected one of %2, found \"%3\"")
                                .arg(key, f.allowed.join(QStringLiteral(", ")), v.toString()));
        }
        for (const auto& f : kLists) {
            if (key != QLatin1String(f.key))
                continue;
            known = true;
            if (!v.isArray())
                return fail(Text::tr("\"%1\": expected a list of texts").arg(key));
            (spec.*f.member).clear();
            for (const QJsonValue& item : v.toArray()) {
                if (!item.isString()) // a number must not silently become ""
                    return fail(Text::tr("\"%1\": expected a list of texts").arg(key));
                (spec.*f.member) << item.toString();
            }
        }
        if (key == QLatin1String("layout")) {
            known = true;
            bool found = false;
            for (int i = 0; i < 5; ++i)
                if (v.toString() == QLatin1String(kLayouts[i])) {
                    spec.layout = static_cast<Layout>(i);
                    found = true;
                }
            if (!found)
                return fail(Text::tr("\"layout\": expected auto, long, line_per_unit, wide or "
                                     "price_list, found \"%1\"")
                                .arg(v.toString()));
        } else if (key == QLatin1String("measure")) {
            known = true;
            if (v.toString() != QLatin1String("units") && v.toString() != QLatin1String("revenue"))
                return fail(Text::tr("\"measure\": expected units or revenue, found \"%1\"")
                                .arg(v.toString()));
            spec.measure =
                v.toString() == QLatin1String("units") ? Measure::Units : Measure::Revenue;
        } else if (key == QLatin1String("max_unparsable_share")) {
            known = true;
            spec.maxUnparsableShare = v.toDouble(-1);
            if (spec.maxUnparsableShare < 0 || spec.maxUnparsableShare > 1)
                return fail(Text::tr("\"max_unparsable_share\": expected a number from 0 to 1"));
        }
        if (!known)
            return fail(Text::tr("unknown setting \"%1\"").arg(key));
    }
    if (error)
        error->clear();
    return spec;
}

} // namespace bakery::data
