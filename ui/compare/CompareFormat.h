#pragma once
// Words and numbers of the Compare page: metric names, values in the user's locale, the
// gain of a deploy in one sentence, version names by creation time.

#include "storage/ModelRegistry.h"

#include <QJsonValue>
#include <QString>

#include <vector>

namespace bakery::ui::compare {

/// "Mean error (MAE)" for "mae", ...; the key itself when unknown.
QString metricLabel(const QString& key);
/// A metric's value as shown (units, %, or a plain number); "n/a" for null/NaN.
QString metricValue(const QString& key, const QJsonValue& value);
/// The difference b - a with its sign and unit.
QString metricDifference(const QString& key, const QJsonValue& difference);
/// The version's creation time, local, to the second, e.g. "12 Nov 2026 14:32:05".
QString versionTime(const storage::ModelVersion& v);
/// A combo box entry: date, time and "(deployed)".
QString versionLabel(const storage::ModelVersion& v);
/// "the last 4 weeks" / "the last 10 days" for a window of stored days.
QString windowWords(const std::vector<int>& days);
/// "MAE 3.1 -> 2.6 units, 16 % better on the last 4 weeks": from the version in use to the
/// one to deploy. Empty when either MAE is unknown.
QString gainWords(double maeFrom, double maeTo, const std::vector<int>& days);
/// A hyperparameter value of setting_differences as text ("not set" for null).
QString settingValue(const QJsonValue& v);

} // namespace bakery::ui::compare
