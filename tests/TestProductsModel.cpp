// The products table's model: a reload with the same products updates only the rows that
// changed (no reset, so the view keeps its selection and scroll position and 500 rows are not
// re-sorted after every training); a different set of products resets it.
#include "products/ProductsModel.h"

#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace bakery;

namespace {

std::vector<training::ProductStatus> products(const QStringList& names)
{
    std::vector<training::ProductStatus> rows;
    for (int i = 0; i < names.size(); ++i) {
        training::ProductStatus p;
        p.productId = i + 1;
        p.name = names[i];
        p.days = 400 + i;
        p.ready = true; // accuracy and MAE stay NaN: not trained
        rows.push_back(p);
    }
    return rows;
}

} // namespace

class TestProductsModel : public QObject
{
    Q_OBJECT

private slots:
    void sameProductsUpdateOnlyChangedRows();
    void otherProductsReset();
};

void TestProductsModel::sameProductsUpdateOnlyChangedRows()
{
    ui::ProductsModel model;
    const QStringList names{QStringLiteral("Barra"), QStringLiteral("Croissant"),
                            QStringLiteral("Napolitana")};
    QVERIFY(model.setProducts(products(names)));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    // Unchanged rows, NaN accuracies included, announce nothing.
    QVERIFY(!model.setProducts(products(names)));
    QCOMPARE(changes.size(), 0);

    auto trained = products(names);
    trained[1].accuracy = 87.5;
    trained[1].deployedAt = QStringLiteral("2026-11-26T10:15:00.000Z");
    QVERIFY(!model.setProducts(trained));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(changes.at(0).at(1).value<QModelIndex>().row(), 1);
    QCOMPARE(changes.at(0).at(1).value<QModelIndex>().column(), ui::ProductsModel::ColumnCount - 1);
    QCOMPARE(model.index(1, ui::ProductsModel::Accuracy).data(ui::ProductsModel::AccuracyRole)
                 .toDouble(),
             87.5);
    QVERIFY(model.index(1, ui::ProductsModel::Deployed).data().toString().contains(
        QStringLiteral(":15"))); // local time; the minutes do not depend on the zone
}

void TestProductsModel::otherProductsReset()
{
    ui::ProductsModel model;
    model.setProducts(products({QStringLiteral("Barra"), QStringLiteral("Croissant")}));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.setProducts(products({QStringLiteral("Barra"), QStringLiteral("Magdalenas")})));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("Magdalenas")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("Croissant")), -1);
    QVERIFY(model.setProducts(products({QStringLiteral("Barra")})));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestProductsModel)
#include "TestProductsModel.moc"
