#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

#include <cmath>

namespace bakery::storage::sql {

namespace {

// The sentences' translation context is "Sql".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
};

} // namespace

bool run(QSqlQuery& q, const QString& statement, std::initializer_list<QVariant> values,
         QString* error, const QString& what)
{
    bool ok = q.prepare(statement);
    if (ok) {
        for (const QVariant& v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok && error)
        *error = what + QStringLiteral(": ") + q.lastError().text().trimmed();
    return ok;
}

bool commitOrRollback(QSqlDatabase& db, bool ok, QString* error)
{
    if (ok && db.commit())
        return true;
    if (ok && error)
        *error = Text::tr("Cannot commit: %1").arg(db.lastError().text().trimmed());
    db.rollback();
    return false;
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant realOrNull(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant(QMetaType::fromType<double>());
}

QVariant idOrNull(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

double realOrNan(const QVariant& v)
{
    return v.isNull() ? std::nan("") : v.toDouble();
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant& v)
{
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace bakery::storage::sql
