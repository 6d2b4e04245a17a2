#include "CompareFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace bakery::ui::compare {

namespace {

bool isPercent(const QString& key)
{
    return key == QLatin1String("wape") || key == QLatin1String("mape") ||
           key == QLatin1String("accuracy");
}

QDateTime created(const storage::ModelVersion& v)
{
    QDateTime t = QDateTime::fromString(v.createdAt, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.createdAt, Qt::ISODate);
    return t.toLocalTime();
}

} // namespace

QString metricLabel(const QString& key)
{
    if (key == QLatin1String("mae"))
        return QCoreApplication::translate("ComparePage", "Mean error (MAE)");
    if (key == QLatin1String("rmse"))
        return QCoreApplication::translate("ComparePage",
                                           "Typical error, large misses weigh more (RMSE)");
    if (key == QLatin1String("wape"))
        return QCoreApplication::translate("ComparePage", "Error as share of sales (WAPE)");
    if (key == QLatin1String("mape"))
        return QCoreApplication::translate("ComparePage", "Average error per day (MAPE)");
    if (key == QLatin1String("r2"))
        return QCoreApplication::translate("ComparePage", "Fit to the ups and downs (R²)");
    if (key == QLatin1String("accuracy"))
        return QCoreApplication::translate("ComparePage", "Accuracy");
    if (key == QLatin1String("coverage"))
        return QCoreApplication::translate("ComparePage", "Days inside the forecast range");
    return key;
}

QString metricValue(const QString& key, const QJsonValue& value)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return QCoreApplication::translate("ComparePage", "n/a");
    const double x = value.toDouble();
    const QLocale locale;
    if (key == QLatin1String("mae") || key == QLatin1String("rmse"))
        return QCoreApplication::translate("ComparePage", "%1 units")
            .arg(locale.toString(x, 'f', 2));
    if (isPercent(key))
        return QCoreApplication::translate("ComparePage", "%1 %").arg(locale.toString(x, 'f', 1));
    if (key == QLatin1String("coverage"))
        return QCoreApplication::translate("ComparePage", "%1 %")
            .arg(locale.toString(100.0 * x, 'f', 0));
    return locale.toString(x, 'f', 3);
}

QString metricDifference(const QString& key, const QJsonValue& difference)
{
    if (!difference.isDouble() || !std::isfinite(difference.toDouble()))
        return QCoreApplication::translate("ComparePage", "n/a");
    const double d = difference.toDouble();
    const QString text = metricValue(key, QJsonValue(std::fabs(d)));
    return (d > 0 ? QStringLiteral("+") : d < 0 ? QStringLiteral("\u2212") : QString()) + text;
}

QString versionTime(const storage::ModelVersion& v)
{
    const QDateTime t = created(v);
    if (!t.isValid())
        return v.version;
    // To the second: two versions trained within a minute must not look alike.
    return QLocale().toString(t, QStringLiteral("d MMM yyyy HH:mm:ss"));
}

QString versionLabel(const storage::ModelVersion& v)
{
    return v.production
               ? QCoreApplication::translate("ComparePage", "%1 (deployed)").arg(versionTime(v))
               : versionTime(v);
}

QString windowWords(const std::vector<int>& days)
{
    if (days.empty())
        return QCoreApplication::translate("ComparePage", "the recent days");
    const int span = days.back() - days.front() + 1;
    const int weeks = span / 7;
    if (span >= 14 && weeks * 7 == span)
        return QCoreApplication::translate("ComparePage", "the last %n week(s)", nullptr, weeks);
    return QCoreApplication::translate("ComparePage", "the last %n day(s)", nullptr, span);
}

QString gainWords(double maeFrom, double maeTo, const std::vector<int>& days)
{
    if (!std::isfinite(maeFrom) || !std::isfinite(maeTo))
        return {};
    const QLocale locale;
    const QString from = locale.toString(maeFrom, 'f', 1);
    const QString to = locale.toString(maeTo, 'f', 1);
    const QString window = windowWords(days);
    if (maeFrom <= 0.0 || maeFrom == maeTo)
        return QCoreApplication::translate("ComparePage", "MAE %1 -> %2 units, no change on %3")
            .arg(from, to, window);
    const double change = 100.0 * (maeFrom - maeTo) / maeFrom;
    const QString percent = locale.toString(std::fabs(change), 'f', 0);
    return change > 0
               ? QCoreApplication::translate("ComparePage", "MAE %1 -> %2 units, %3 % better on %4")
                     .arg(from, to, percent, window)
               : QCoreApplication::translate("ComparePage", "MAE %1 -> %2 units, %3 % worse on %4")
                     .arg(from, to, percent, window);
}

QString settingValue(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QCoreApplication::translate("ComparePage", "not set");
    case QJsonValue::Bool:
        return v.toBool() ? QCoreApplication::translate("ComparePage", "on")
                          : QCoreApplication::translate("ComparePage", "off");
    case QJsonValue::Double:
        return QLocale().toString(v.toDouble(), 'g', 6);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace bakery::ui::compare
