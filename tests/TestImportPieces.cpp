// The importer's small pieces (spec JSON, outlier flag, readiness, aggregator, issue
// log) on hand-made inputs; expected results are worked out in the comments.
#include "data/ImportSpec.h"
#include "data/IssueLog.h"
#include "data/OutlierFilter.h"
#include "data/Readiness.h"
#include "data/SalesAggregator.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace bakery;
using namespace bakery::data;

namespace {

const int kMonday = static_cast<int>(QDate(1970, 1, 1).daysTo(QDate(2024, 1, 1))); // a Monday

// `weeks` weeks from a Monday: weekday base + the week's noise, so every weekday's
// median is its base and the residuals are the noise (see each test).
void weekly(int weeks, const std::vector<double>& noise, std::vector<int>& days,
            std::vector<double>& values)
{
    const double base[7] = {10, 12, 11, 13, 20, 30, 25};
    days.clear();
    values.clear();
    for (int w = 0; w < weeks; ++w)
        for (int d = 0; d < 7; ++d) {
            days.push_back(kMonday + 7 * w + d);
            values.push_back(base[d] + noise[static_cast<std::size_t>(w)]);
        }
}

std::vector<int> flagged(const std::vector<bool>& flags)
{
    std::vector<int> at;
    for (std::size_t i = 0; i < flags.size(); ++i)
        if (flags[i])
            at.push_back(static_cast<int>(i));
    return at;
}

std::vector<int> consecutive(int first, int n)
{
    std::vector<int> days;
    for (int d = 0; d < n; ++d)
        days.push_back(first + d);
    return days;
}

std::vector<storage::DailyValue> series(const std::vector<int>& days, int outliers = 0)
{
    std::vector<storage::DailyValue> s;
    for (int d : days)
        s.push_back({d, 1.0, outliers-- > 0});
    return s;
}

} // namespace

class TestImportPieces : public QObject
{
    Q_OBJECT

private slots:
    void specRoundTrip();
    void specRefusals_data();
    void specRefusals();
    void outlierSpikeAndDip();
    void outlierShortSeries();
    void outlierConstantWeekdays();
    void readiness();
    void aggregator();
    void aggregatorNegativeDaysAndNames();
    void issueLogCaps();
};

void TestImportPieces::specRoundTrip()
{
    ImportSpec s;
    s.encoding = QStringLiteral("windows-1252");
    s.delimiter = QStringLiteral("\t");
    s.decimal = QStringLiteral(",");
    s.thousands = QStringLiteral("'");
    s.dateOrder = QStringLiteral("mdy");
    s.layout = ImportSpec::Layout::LinePerUnit;
    s.measure = ImportSpec::Measure::Revenue;
    s.sheet = QStringLiteral("Ventas 2024");
    s.dateColumn = QStringLiteral("Fecha");
    s.timeColumn = QStringLiteral("Hora");
    s.productColumn = QStringLiteral("Art\u00edculo");
    s.quantityColumn = QStringLiteral("Uds");
    s.revenueColumn = QStringLiteral("Importe");
    s.priceColumn = QStringLiteral("PVP");
    s.categoryColumn = QStringLiteral("Familia");
    s.productColumns = {QStringLiteral("Pan"), QStringLiteral("Bollo")};
    s.ignoreColumns = {QStringLiteral("Caja")};
    s.productName = QStringLiteral("Barra");
    s.placeholders = {QStringLiteral("SIN ART\u00cdCULO")};
    s.maxUnparsableShare = 0.25;

    const QByteArray json = s.toJson();
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QStringList keys = o.keys();
    keys.sort();
    const QString expected = QStringLiteral(
        "category_column date_column date_order decimal delimiter encoding format ignore_columns "
        "layout max_unparsable_share measure placeholders price_column product_column "
        "product_columns product_name quantity_column revenue_column sheet thousands time_column "
        "version");
    QCOMPARE(keys, expected.split(QLatin1Char(' ')));
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("bakery-import-spec"));
    QCOMPARE(o.value(QStringLiteral("layout")).toString(), QStringLiteral("line_per_unit"));
    QCOMPARE(o.value(QStringLiteral("measure")).toString(), QStringLiteral("revenue"));
    QCOMPARE(o.value(QStringLiteral("delimiter")).toString(), QStringLiteral("\t"));

    QString error = QStringLiteral("not cleared");
    const ImportSpec r = ImportSpec::fromJson(json, &error);
    QCOMPARE(error, QString());
    QCOMPARE(r.encoding, s.encoding);
    QCOMPARE(r.delimiter, s.delimiter);
    QCOMPARE(r.decimal, s.decimal);
    QCOMPARE(r.thousands, s.thousands);
    QCOMPARE(r.dateOrder, s.dateOrder);
    QCOMPARE(r.layout, s.layout);
    QCOMPARE(r.measure, s.measure);
    QCOMPARE(r.sheet, s.sheet);
    QCOMPARE(r.dateColumn, s.dateColumn);
    QCOMPARE(r.timeColumn, s.timeColumn);
    QCOMPARE(r.productColumn, s.productColumn);
    QCOMPARE(r.quantityColumn, s.quantityColumn);
    QCOMPARE(r.revenueColumn, s.revenueColumn);
    QCOMPARE(r.priceColumn, s.priceColumn);
    QCOMPARE(r.categoryColumn, s.categoryColumn);
    QCOMPARE(r.productColumns, s.productColumns);
    QCOMPARE(r.ignoreColumns, s.ignoreColumns);
    QCOMPARE(r.productName, s.productName);
    QCOMPARE(r.placeholders, s.placeholders);
    QCOMPARE(r.maxUnparsableShare, s.maxUnparsableShare);

    // Every layout name survives; an empty object gives the defaults.
    for (auto layout : {ImportSpec::Layout::Auto, ImportSpec::Layout::Long,
                        ImportSpec::Layout::Wide, ImportSpec::Layout::PriceList}) {
        ImportSpec l;
        l.layout = layout;
        QCOMPARE(ImportSpec::fromJson(l.toJson(), &error).layout, layout);
    }
    const ImportSpec defaults = ImportSpec::fromJson("{}", &error);
    QCOMPARE(error, QString());
    QCOMPARE(defaults.placeholders, (QStringList{"NONE", "N/A", "-"}));
    QCOMPARE(defaults.maxUnparsableShare, 0.10);
}

void TestImportPieces::specRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("inError");
    QTest::newRow("typo") << QByteArray(R"({"delimitr": ";"})") << QStringLiteral("\"delimitr\"");
    QTest::newRow("delimiter") << QByteArray(R"({"delimiter": ":"})")
                               << QStringLiteral("found \":\"");
    QTest::newRow("encoding") << QByteArray(R"({"encoding": "latin-1"})")
                              << QStringLiteral("found \"latin-1\"");
    QTest::newRow("thousands") << QByteArray(R"({"thousands": "_"})")
                               << QStringLiteral("found \"_\"");
    QTest::newRow("date order") << QByteArray(R"({"date_order": "ydm"})")
                                << QStringLiteral("found \"ydm\"");
    QTest::newRow("decimal number")
        << QByteArray(R"({"decimal": 1})") << QStringLiteral("expected a text");
    QTest::newRow("column number")
        << QByteArray(R"({"date_column": 3})") << QStringLiteral("\"date_column\"");
    QTest::newRow("layout") << QByteArray(R"({"layout": "tall"})")
                            << QStringLiteral("found \"tall\"");
    QTest::newRow("measure") << QByteArray(R"({"measure": "kg"})")
                             << QStringLiteral("found \"kg\"");
    QTest::newRow("share above 1") << QByteArray(R"({"max_unparsable_share": 1.5})")
                                   << QStringLiteral("expected a number from 0 to 1");
    QTest::newRow("share as text") << QByteArray(R"({"max_unparsable_share": "0.1"})")
                                   << QStringLiteral("expected a number from 0 to 1");
    QTest::newRow("list as text") << QByteArray(R"({"product_columns": "Pan"})")
                                  << QStringLiteral("\"product_columns\": expected a list");
    QTest::newRow("list of numbers") << QByteArray(R"({"placeholders": ["NONE", 0]})")
                                     << QStringLiteral("\"placeholders\": expected a list");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("JSON object");
    QTest::newRow("not JSON") << QByteArray("delimiter=;") << QStringLiteral("JSON object");
}

void TestImportPieces::specRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, inError);
    QString error;
    const ImportSpec s = ImportSpec::fromJson(json, &error);
    QVERIFY2(error.contains(inError), qPrintable(error));
    QCOMPARE(s.delimiter, QString()); // a refused spec is the default one
    QCOMPARE(s.placeholders.size(), 3);
}

void TestImportPieces::outlierSpikeAndDip()
{
    // 9 weeks; noise by week {-1,1,-2,2,-1,1,0,0,0}: each weekday's median is its base
    // (sorted noise -2,-1,-1,0,[0],0,1,1,2). |residuals|: 21 zeros, 28 ones, 14 twos,
    // so the median (the 32nd of 63) is 1 and the bar is 5 * 1.4826 = 7.41.
    const std::vector<double> noise{-1, 1, -2, 2, -1, 1, 0, 0, 0};
    std::vector<int> days;
    std::vector<double> values;
    weekly(9, noise, days, values);
    QCOMPARE(flagged(flagOutliers(days, values)), std::vector<int>{});

    // A spike on Friday of week 3 (noise 2 -> 42) and a dip on Saturday of week 7
    // (noise 0 -> -30: 0 sold). Neither weekday's median moves (still 0: the 5th of
    // 9), the MAD is still 1, and only these two residuals pass 7.41.
    const int spike = 3 * 7 + 4, dip = 7 * 7 + 5;
    values[spike] += 40;
    values[dip] = 0;
    QCOMPARE(flagged(flagOutliers(days, values)), (std::vector<int>{spike, dip}));

    // A lower threshold flags the ordinary +-2 days too (2 > 1 * 1.4826), not the +-1.
    OutlierOptions tight;
    tight.threshold = 1.0;
    QCOMPARE(flagged(flagOutliers(days, values, tight)).size(), std::size_t(2 + 14 - 1));
}

void TestImportPieces::outlierShortSeries()
{
    // 4 weeks (28 days, the minimum): noise {-1,1,-2,2}; weekday medians are the base
    // ((-1+1)/2 = 0), |residuals| are 14 ones and 14 twos: MAD 1.5, bar 11.1.
    std::vector<int> days;
    std::vector<double> values;
    weekly(4, {-1, 1, -2, 2}, days, values);
    const int spike = 3 * 7 + 4; // Friday, week 3: noise 2 -> 50
    values[spike] += 48;
    QCOMPARE(flagged(flagOutliers(days, values)), std::vector<int>{spike});
    // One day fewer: not judged at all.
    days.pop_back();
    values.pop_back();
    QCOMPARE(flagged(flagOutliers(days, values)), std::vector<int>{});
    OutlierOptions shorter;
    shorter.minDays = 27;
    QCOMPARE(flagged(flagOutliers(days, values, shorter)), std::vector<int>{spike});
}

void TestImportPieces::outlierConstantWeekdays()
{
    // Every Monday the same, every Tuesday the same...: all residuals 0, MAD 0.
    // Nothing is flagged (no 0/0, no division by a zero spread).
    std::vector<int> days;
    std::vector<double> values;
    weekly(8, std::vector<double>(8, 0.0), days, values);
    const std::vector<bool> flags = flagOutliers(days, values);
    QCOMPARE(flags.size(), values.size());
    QCOMPARE(flagged(flags), std::vector<int>{});
}

void TestImportPieces::readiness()
{
    const Readiness r15 = assessReadiness(series(consecutive(19800, 15)));
    QVERIFY(!r15.ready);
    QCOMPARE(r15.days, 15);
    QCOMPARE(r15.message,
             QStringLiteral("Product requires minimum 30 days of sales data. Currently: 15 days."));
    QCOMPARE(r15.longestGap, 0);

    const Readiness r30 = assessReadiness(series(consecutive(19800, 30)));
    QVERIFY(r30.ready);
    QCOMPARE(r30.message, QString());

    // Days 0 1 2 5 6 10: 3 and 4 missing, then 7 8 9: 5 missing, longest gap 3.
    const Readiness gaps = assessReadiness(series({100, 101, 102, 105, 106, 110}, 2), 7);
    QCOMPARE(gaps.days, 6);
    QCOMPARE(gaps.missingDays, 5);
    QCOMPARE(gaps.longestGap, 3);
    QCOMPARE(gaps.outlierDays, 2);
    QCOMPARE(gaps.message,
             QStringLiteral("Product requires minimum 7 days of sales data. Currently: 6 days."));

    const Readiness none = assessReadiness({});
    QVERIFY(!none.ready);
    QCOMPARE(none.message,
             QStringLiteral("Product requires minimum 30 days of sales data. Currently: 0 days."));
}

void TestImportPieces::aggregator()
{
    // Days 100..103. Pan: 3+2 on 100, 4 on 102. Croissant: 1 on 100, +2 and -2 (a
    // return) on 103. Tarta: only a zero, on 101. Open days: 100, 102, 103 (101 saw
    // nothing but a zero: closed). Range 100..103 has one closed day.
    SalesAggregator agg;
    const int pan = agg.product("Pan");
    const int croissant = agg.product("Croissant");
    const int tarta = agg.product("Tarta");
    QCOMPARE(agg.product("Pan"), pan);
    QCOMPARE(agg.productCount(), 3);
    agg.add(pan, 100, 3);
    agg.add(pan, 100, 2);
    agg.add(pan, 102, 4);
    agg.add(croissant, 100, 1);
    agg.add(croissant, 103, 2);
    agg.add(croissant, 103, -2);
    agg.add(tarta, 101, 0);
    agg.setCategory(pan, "Panes");
    agg.setPrice(pan, 1.2);
    QCOMPARE(agg.openDays(), (std::unordered_set<int>{100, 102, 103}));

    const SalesAggregator::Result r = agg.finish();
    QCOMPARE(r.neverSold, QStringList{QStringLiteral("Tarta")});
    QCOMPARE(r.firstDay, 100);
    QCOMPARE(r.lastDay, 103);
    QCOMPARE(r.closedDaysInRange, 1);
    QCOMPARE(r.products.size(), std::size_t(2)); // by name: Croissant, Pan
    auto values = [](const storage::ProductSales& p) {
        QList<QPair<int, double>> v;
        for (const storage::DailyValue& d : p.days)
            v << qMakePair(d.day, d.value);
        return v;
    };
    const storage::ProductSales& c = r.products[0];
    QCOMPARE(c.name, QStringLiteral("Croissant"));
    QCOMPARE(values(c), (QList<QPair<int, double>>{{100, 1.0}, {102, 0.0}, {103, 0.0}}));
    QVERIFY(std::isnan(c.price));
    const storage::ProductSales& p = r.products[1];
    QCOMPARE(p.name, QStringLiteral("Pan"));
    QCOMPARE(values(p), (QList<QPair<int, double>>{{100, 5.0}, {102, 4.0}, {103, 0.0}}));
    QCOMPARE(p.category, QStringLiteral("Panes"));
    QCOMPARE(p.price, 1.2);

    const SalesAggregator::Result empty = SalesAggregator().finish();
    QVERIFY(empty.products.empty());
    QCOMPARE(empty.closedDaysInRange, 0);
}

void TestImportPieces::aggregatorNegativeDaysAndNames()
{
    SalesAggregator agg;
    {
        std::string name = "Rosc\xC3\xB3n"; // the view's storage dies; the name must not
        const int p = agg.product(name);
        name = "overwritten";
        agg.add(p, -1, 1); // 1969-12-31
        agg.add(p, 0, 2);
        agg.add(p, 1, 3);
    }
    // Spaces around a name (a quoted field keeps them) do not make another product.
    QCOMPARE(agg.product("  Rosc\xC3\xB3n\t"), 0);
    const SalesAggregator::Result r = agg.finish();
    QCOMPARE(r.products.size(), std::size_t(1));
    QCOMPARE(r.products[0].name, QStringLiteral("Rosc\u00f3n"));
    QCOMPARE(r.products[0].days.size(), std::size_t(3));
    QCOMPARE(r.products[0].days[0].day, -1);
    QCOMPARE(r.products[0].days[0].value, 1.0);
    QCOMPARE(r.firstDay, -1);
}

void TestImportPieces::issueLogCaps()
{
    ImportReport report;
    // Six more codes over the cap, first seen in this order; summaries keep it.
    const QStringList order{"w5", "w1", "w4", "w2", "w6", "w3"};
    {
        IssueLog log(report, QStringLiteral("ventas.csv"));
        for (int line = 2; line <= 26; ++line) // 25 warnings
            log.warning(QStringLiteral("negative_quantity"), line, QStringLiteral("m"), 3);
        for (int line = 30; line < 33; ++line) // 3 warnings
            log.warning(QStringLiteral("duplicate_line"), line, QStringLiteral("d"));
        for (int line = 40; line < 62; ++line) // 22 errors: all listed
            log.error(QStringLiteral("impossible_date"), line, QStringLiteral("e"), 1);
        for (int k = 0; k < 21; ++k)
            for (const QString& code : order)
                log.warning(code, 100 + k, QStringLiteral("w"));
        QCOMPARE(log.count(QStringLiteral("negative_quantity")), 25);
        QCOMPARE(report.issues.size(), std::size_t(20 + 3 + 22 + 6 * 20)); // no summary yet
    }
    QCOMPARE(report.issues.size(), std::size_t(20 + 3 + 22 + 6 * 20 + 7));
    int negative = 0;
    QStringList summaries;
    for (const ImportIssue& i : report.issues) {
        QCOMPARE(i.file, QStringLiteral("ventas.csv"));
        if (i.line == 0) {
            summaries << i.code;
            QCOMPARE(i.severity, ImportIssue::Severity::Warning);
        } else if (i.code == QLatin1String("negative_quantity")) {
            QCOMPARE(i.line, 2 + negative++); // the first 20, in order
            QCOMPARE(i.column, 3);
        }
    }
    QCOMPARE(negative, 20);
    QCOMPARE(summaries, QStringList{"negative_quantity"} + order);
    QCOMPARE(report.issues[20 + 3 + 22 + 6 * 20].message,
             QStringLiteral("... and 5 more issues like the ones above (negative_quantity)"));
    QCOMPARE(report.issues.back().message,
             QStringLiteral("... and 1 more issues like the ones above (w3)"));
    QVERIFY(report.rejected());
}

QTEST_GUILESS_MAIN(TestImportPieces)
#include "TestImportPieces.moc"
