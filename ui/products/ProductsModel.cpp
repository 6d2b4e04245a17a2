#include "ProductsModel.h"

#include "calendar/EpochDay.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace bakery::ui {

namespace {

// The pipeline's steps in order, so a step name becomes a share of the product's work.
const QStringList kSteps = {QStringLiteral("readiness"),   QStringLiteral("outliers"),
                            QStringLiteral("holdout_fit"), QStringLiteral("evaluate"),
                            QStringLiteral("compare"),     QStringLiteral("final_fit"),
                            QStringLiteral("serialise")};

QString localDate(int epochDay)
{
    return QLocale().toString(calendar::fromEpochDay(epochDay), QLocale::ShortFormat);
}

bool sameNumber(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

bool sameStatus(const training::ProductStatus& a, const training::ProductStatus& b)
{
    return a.productId == b.productId && a.days == b.days && a.firstDay == b.firstDay &&
           a.lastDay == b.lastDay && a.ready == b.ready &&
           a.deployedModelId == b.deployedModelId && a.deployedVersion == b.deployedVersion &&
           a.deployedAt == b.deployedAt && sameNumber(a.accuracy, b.accuracy) &&
           sameNumber(a.mae, b.mae) && a.versions == b.versions &&
           a.lastTrainedAt == b.lastTrainedAt && a.lastJobStatus == b.lastJobStatus &&
           a.lastError == b.lastError && a.lastRecommendedAction == b.lastRecommendedAction;
}

QString localTime(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ProductsModel::ProductsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

bool ProductsModel::setProducts(std::vector<training::ProductStatus> products)
{
    // The same products (the usual reload after a training or a deploy): only the changed
    // rows are announced. A reset would make the view and its proxy rebuild and re-sort all
    // rows, and drop the selection and the scroll position.
    const bool sameRows = products.size() == m_products.size() &&
                          std::equal(products.begin(), products.end(), m_products.begin(),
                                     [](const auto& a, const auto& b) { return a.name == b.name; });
    if (sameRows) {
        for (std::size_t i = 0; i < products.size(); ++i) {
            if (sameStatus(products[i], m_products[i]))
                continue;
            m_products[i] = std::move(products[i]);
            const int row = static_cast<int>(i);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return false;
    }
    beginResetModel();
    m_products = std::move(products);
    m_rows.clear();
    for (std::size_t i = 0; i < m_products.size(); ++i)
        m_rows.insert(m_products[i].name, static_cast<int>(i));
    endResetModel();
    return true;
}

void ProductsModel::setProgress(const training::TrainingProgress& progress)
{
    // Only the rows whose state changed: a repaint (and a proxy re-sort) of 500 rows 25 times
    // a second would keep the GUI thread busy.
    QSet<QString> changed;
    for (auto it = progress.productSteps.cbegin(); it != progress.productSteps.cend(); ++it) {
        const int percent = 100 * (kSteps.indexOf(it.value()) + 1) / (kSteps.size() + 1);
        if (m_training.value(it.key(), -1) != percent) {
            m_training.insert(it.key(), percent);
            changed.insert(it.key());
        }
    }
    for (const training::ProductOutcome& o : progress.finished) {
        if (m_training.remove(o.product))
            changed.insert(o.product);
    }
    if (progress.final) {
        for (auto it = m_training.cbegin(); it != m_training.cend(); ++it)
            changed.insert(it.key());
        m_training.clear();
    }
    for (const QString& name : std::as_const(changed)) {
        const int row = rowOf(name);
        if (row >= 0)
            emit dataChanged(index(row, Status), index(row, Status));
    }
}

void ProductsModel::clearProgress()
{
    m_training.clear();
    if (!m_products.empty())
        emit dataChanged(index(0, Status), index(rowCount() - 1, Status));
}

const training::ProductStatus* ProductsModel::product(int row) const
{
    return row >= 0 && row < rowCount() ? &m_products[static_cast<std::size_t>(row)] : nullptr;
}

int ProductsModel::rowOf(const QString& name) const
{
    return m_rows.value(name, -1);
}

int ProductsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_products.size());
}

int ProductsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProductsModel::statusText(const training::ProductStatus& p) const
{
    if (m_training.contains(p.name))
        return tr("training");
    if (!p.ready)
        return tr("not enough data");
    if (p.lastJobStatus == QLatin1String("failed"))
        return tr("failed");
    return p.deployedModelId ? tr("ready") : tr("not trained yet");
}

QVariant ProductsModel::data(const QModelIndex& index, int role) const
{
    const training::ProductStatus* p = product(index.row());
    if (!p)
        return {};
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return p->name;
        case Days:
            return locale.toString(p->days);
        case LastSale:
            return p->days ? localDate(p->lastDay) : QString();
        case Status:
            return statusText(*p);
        case Accuracy:
            return std::isfinite(p->accuracy) ? tr("%1 %").arg(locale.toString(p->accuracy, 'f', 1))
                                              : tr("n/a");
        case Mae:
            return std::isfinite(p->mae) ? tr("%1 units").arg(locale.toString(p->mae, 'f', 1))
                                         : QString();
        case Deployed:
            return localTime(p->deployedAt);
        case LastTrained:
            return localTime(p->lastTrainedAt);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
            return p->name.toLower();
        case Days:
            return p->days;
        case LastSale:
            return p->lastDay;
        case Status:
            return statusText(*p);
        case Accuracy:
            return std::isfinite(p->accuracy) ? p->accuracy : -1.0;
        case Mae:
            return std::isfinite(p->mae) ? p->mae : -1.0;
        case Deployed:
            return p->deployedAt;
        case LastTrained:
            return p->lastTrainedAt;
        }
        break;
    case ProgressRole:
        return index.column() == Status ? m_training.value(p->name, -1) : -1;
    case AccuracyRole:
        return p->accuracy;
    case Qt::ToolTipRole:
        if (index.column() == Status && p->lastJobStatus == QLatin1String("failed"))
            return tr("%1\nWhat to do: %2").arg(p->lastError, p->lastRecommendedAction);
        if (index.column() == Status && !p->ready)
            return tr("%1 days of sales; at least %2 are needed to train.")
                .arg(p->days)
                .arg(m_minDays);
        if (index.column() == Accuracy)
            return tr("How close the deployed version's forecast came to the actual sales of "
                      "the most recent days, which it did not learn from (100 % - mean "
                      "percentage error).");
        if (index.column() == Mae)
            return tr("Mean error: how many units a day the forecast was off, on average.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Days || index.column() == Accuracy || index.column() == Mae)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ProductsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Product");
    case Days:
        return tr("Days of history");
    case LastSale:
        return tr("Last sale");
    case Status:
        return tr("Status");
    case Accuracy:
        return tr("Accuracy");
    case Mae:
        return tr("Mean error (MAE)");
    case Deployed:
        return tr("Deployed version");
    case LastTrained:
        return tr("Last trained");
    }
    return {};
}

} // namespace bakery::ui
