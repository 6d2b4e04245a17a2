#include "product/ProductPage.h"

#include "AppController.h"
#include "AppIdentity.h"
#include "charts/ComponentsChart.h"
#include "charts/ForecastChart.h"
#include "compare/CompareFormat.h"
#include "products/AccuracyBand.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bakery::ui {

namespace {

enum Page { Loading, Content, Empty };

QString number(double v, int decimals = 1)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : ProductPage::tr("n/a");
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

} // namespace

ProductPage::ProductPage(AppController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("productPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 16);
    outer->setSpacing(8);

    auto* header = new QHBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("productName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("productVersion"));
    m_pill = new QLabel(this);
    m_pill->setObjectName(QStringLiteral("productAccuracyPill"));
    header->addWidget(m_name);
    header->addSpacing(16);
    header->addWidget(m_pill);
    header->addSpacing(8);
    header->addWidget(m_version);
    header->addStretch();
    outer->addLayout(header);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("productStatus"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack, 1);
    auto* loading = new QLabel(tr("Loading the forecast..."), m_stack);
    loading->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(loading);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* body = new QVBoxLayout(content);
    body->setSpacing(8);
    auto* chartHeader = new QHBoxLayout;
    chartHeader->addWidget(heading(tr("Sales and forecast"), content));
    chartHeader->addStretch();
    // Recent months by default: three years of daily sales squeeze the coming weeks to a few
    // pixels. The choice is remembered.
    auto* span = new QComboBox(content);
    span->setObjectName(QStringLiteral("productChartSpan"));
    span->addItem(tr("Last 3 months"), 92);
    span->addItem(tr("Last year"), 366);
    span->addItem(tr("All history"), 0);
    span->setToolTip(tr("How much of the sales history the chart shows, with the coming days."));
    chartHeader->addWidget(span);
    body->addLayout(chartHeader);
    m_chart = new ForecastChart(content);
    m_chart->setObjectName(QStringLiteral("productForecastChart"));
    m_chart->setMinimumHeight(340);
    body->addWidget(m_chart);
    const int spanIndex = span->findData(
        QSettings(kOrganisationName, kApplicationName).value(QStringLiteral("product/chartSpan"), 92));
    span->setCurrentIndex(std::max(0, spanIndex));
    m_chart->setSpan(span->currentData().toInt());
    connect(span, &QComboBox::currentIndexChanged, this, [this, span]() {
        m_chart->setSpan(span->currentData().toInt());
        QSettings(kOrganisationName, kApplicationName)
            .setValue(QStringLiteral("product/chartSpan"), span->currentData());
    });
    m_notes = new QLabel(content);
    m_notes->setObjectName(QStringLiteral("productNotes"));
    m_notes->setWordWrap(true);
    body->addWidget(m_notes);

    body->addWidget(heading(tr("How good is the forecast?"), content));
    auto* metrics = new QGridLayout;
    metrics->setHorizontalSpacing(24);
    const QList<QPair<QString, QString>> names = {
        {tr("Mean error (MAE)"),
         tr("On an average day of the accuracy check, the forecast was this many units off.")},
        {tr("Typical large error (RMSE)"),
         tr("Like the mean error, but big misses count more. Much larger than MAE means a few "
            "days were badly off.")},
        {tr("Total error (WAPE)"),
         tr("All the units the forecast missed, as a share of all the units sold.")},
        {tr("Accuracy"), tr("100 % minus the average error in percent: higher is better.")},
        {tr("Interval coverage"),
         tr("How many of the checked days fell inside the 95 % interval. Close to 95 % means "
            "the band can be trusted.")},
        {tr("Explained variation (R2)"),
         tr("How much of the ups and downs the forecast follows: 1 is perfect, 0 is no better "
            "than the average.")}};
    for (int i = 0; i < names.size(); ++i) {
        auto* label = new QLabel(names[i].first, content);
        auto* value = new QLabel(content);
        value->setObjectName(QStringLiteral("productMetric%1").arg(i));
        label->setToolTip(names[i].second);
        value->setToolTip(names[i].second);
        metrics->addWidget(label, i % 3, (i / 3) * 2);
        metrics->addWidget(value, i % 3, (i / 3) * 2 + 1);
        m_metricValues << value;
    }
    metrics->setColumnStretch(4, 1);
    body->addLayout(metrics);

    body->addWidget(heading(tr("What drives the forecast"), content));
    m_components = new ComponentsChart(content);
    m_components->setObjectName(QStringLiteral("productComponents"));
    body->addWidget(m_components);

    body->addWidget(heading(tr("Versions"), content));
    m_versions = new QTableWidget(0, 4, content);
    m_versions->setObjectName(QStringLiteral("productVersionsTable"));
    m_versions->setHorizontalHeaderLabels(
        {tr("Trained on"), tr("Accuracy"), tr("Mean error (MAE)"), tr("Deployed")});
    m_versions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_versions->verticalHeader()->hide();
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setMinimumHeight(140);
    body->addWidget(m_versions);
    m_compare = new QPushButton(tr("Compare versions..."), content);
    m_compare->setObjectName(QStringLiteral("productCompareButton"));
    m_compare->setEnabled(false);
    m_compare->setToolTip(tr("The deployed version against the newest other one."));
    connect(m_compare, &QPushButton::clicked, this, &ProductPage::requestCompare);
    auto* compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compare);
    compareRow->addStretch();
    body->addLayout(compareRow);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    auto* empty = new QWidget(m_stack);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("productEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    emptyLayout->addWidget(m_emptyText);
    auto* train = new QPushButton(tr("Train this product"), empty);
    train->setObjectName(QStringLiteral("productTrainButton"));
    connect(train, &QPushButton::clicked, this, [this]() { emit trainRequested(m_product); });
    auto* trainRow = new QHBoxLayout;
    trainRow->addStretch();
    trainRow->addWidget(train);
    trainRow->addStretch();
    emptyLayout->addLayout(trainRow);
    emptyLayout->addStretch();
    m_stack->addWidget(empty);

    if (m_controller)
        connect(m_controller, &AppController::storeChanged, this, [this]() {
            if (!m_product.isEmpty())
                reload();
        });
}

void ProductPage::showProduct(const QString& name)
{
    m_product = name;
    m_name->setText(name);
    m_version->clear();
    m_pill->clear();
    m_status->clear();
    m_stack->setCurrentIndex(Loading);
    m_compare->setEnabled(false); // until this product's versions are known
    reload();
}

void ProductPage::reload()
{
    if (!m_controller || !m_controller->isOpen())
        return;
    const int request = ++m_request;
    const training::Workspace* ws = &m_controller->workspace();
    const QString name = m_product;
    m_controller->runAsync<training::ProductForecast>(
        this, [ws, name]() { return training::loadProductForecast(*ws, name); },
        [this, request](const training::ProductForecast& f) {
            if (request == m_request)
                present(f);
        });
}

void ProductPage::present(const training::ProductForecast& f)
{
    m_forecast = f;
    if (!f.ok()) {
        m_status->setText(tr("Cannot show this product: %1").arg(f.error));
        m_stack->setCurrentIndex(Empty);
        m_emptyText->setText(tr("The forecast could not be loaded. Training the product again "
                                "makes a new version."));
        emit loaded();
        return;
    }
    const double accuracy = f.holdout.accuracy;
    const AccuracyBand shown = f.hasModel() ? accuracyBand(accuracy) : AccuracyBand::Unknown;
    const QString colour = bandColor(shown).name();
    const QString band = shown == AccuracyBand::Good   ? tr("good")
                         : shown == AccuracyBand::Fair ? tr("fair")
                         : shown == AccuracyBand::Poor ? tr("poor")
                                                       : tr("n/a");
    m_pill->setText(f.hasModel() && std::isfinite(accuracy)
                        ? tr("Accuracy %1 % (%2)").arg(number(accuracy, 0), band)
                        : tr("Accuracy n/a"));
    m_pill->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                         "border-radius: 10px; padding: 2px 10px; }")
                              .arg(colour));
    m_pill->setToolTip(tr("Accuracy on the last days the model did not see while training."));
    m_version->setText(f.deployed.id != 0
                           ? tr("Deployed version: %1").arg(compare::versionTime(f.deployed))
                           : tr("No version deployed"));
    if (!f.hasModel()) {
        m_stack->setCurrentIndex(Empty);
        m_emptyText->setText(
            tr("%1 has no trained version yet. Train it to see what it will sell and why.")
                .arg(f.product));
        m_chart->clear();
        m_components->clear();
        emit loaded();
        return;
    }
    m_chart->setForecast(f);
    m_components->setForecast(f);
    m_notes->setText(f.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!f.notes.isEmpty());
    fillMetrics(f);
    fillVersions(f);
    m_stack->setCurrentIndex(Content);
    emit loaded();
}

void ProductPage::fillMetrics(const training::ProductForecast& f)
{
    const evaluation::Metrics& m = f.holdout;
    const QString units = tr("%1 units");
    const QStringList values = {
        units.arg(number(m.mae)),
        units.arg(number(m.rmse)),
        std::isfinite(m.wape) ? tr("%1 %").arg(number(m.wape)) : tr("n/a"),
        std::isfinite(m.accuracy) ? tr("%1 %").arg(number(m.accuracy)) : tr("n/a"),
        std::isfinite(m.coverage) ? tr("%1 %").arg(number(100.0 * m.coverage, 0)) : tr("n/a"),
        number(m.r2, 2)};
    for (int i = 0; i < m_metricValues.size() && i < values.size(); ++i)
        m_metricValues[i]->setText(values[i]);
}

void ProductPage::fillVersions(const training::ProductForecast& f)
{
    m_versions->setRowCount(int(f.versions.size()));
    for (int row = 0; row < int(f.versions.size()); ++row) {
        const storage::ModelVersion& v = f.versions[std::size_t(row)];
        const QStringList cells = {
            compare::versionTime(v),
            std::isfinite(v.holdout.accuracy) ? tr("%1 %").arg(number(v.holdout.accuracy))
                                              : tr("n/a"),
            tr("%1 units").arg(number(v.holdout.mae)), v.production ? tr("Deployed") : QString()};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, v.id);
            if (v.production) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_versions->setItem(row, col, item);
        }
    }
    m_compare->setEnabled(f.versions.size() >= 2 && f.deployed.id != 0);
}

void ProductPage::requestCompare()
{
    // versions are newest first: the newest one other than the deployed version.
    for (const storage::ModelVersion& v : m_forecast.versions)
        if (v.id != m_forecast.deployed.id) {
            emit compareRequested(m_forecast.deployed.id, v.id);
            return;
        }
}

} // namespace bakery::ui
