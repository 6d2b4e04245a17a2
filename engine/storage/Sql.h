#pragma once
// Small helpers shared by the training-side repositories (jobs, models, events):
// prepare + bind + exec with one error message, and NULL <-> NaN/empty mapping.

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace bakery::storage::sql {

/// Prepares `statement`, binds `values` in order and executes. On failure returns false
/// and sets *error to "<what>: <driver message>".
bool run(QSqlQuery& q, const QString& statement, std::initializer_list<QVariant> values,
         QString* error, const QString& what);

/// Commits when `ok`, else (or when the commit fails) rolls back; the first error wins.
bool commitOrRollback(QSqlDatabase& db, bool ok, QString* error);

QVariant textOrNull(const QString& s);     ///< empty -> NULL
QVariant realOrNull(double v);             ///< NaN or inf -> NULL
QVariant idOrNull(qint64 id);              ///< 0 -> NULL
double realOrNan(const QVariant& v);       ///< NULL -> NaN
QString json(const QJsonObject& o);        ///< compact JSON text
QJsonObject jsonObject(const QVariant& v); ///< {} for NULL or bad text

} // namespace bakery::storage::sql
