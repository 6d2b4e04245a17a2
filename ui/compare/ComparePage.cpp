#include "ComparePage.h"

#include "AppController.h"
#include "CompareFormat.h"
#include "charts/CompareChart.h"
#include "storage/CovariateStore.h"
#include "storage/SalesStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bakery::ui {

using namespace compare;

ComparePage::ComparePage(AppController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_comboA(new QComboBox(this))
    , m_comboB(new QComboBox(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_chart(new CompareChart(this))
    , m_settings(new QLabel(this))
    , m_inSample(new QLabel(this))
    , m_deploy(new QPushButton(this))
    , m_gainLabel(new QLabel(this))
    , m_undoBanner(new QFrame(this))
    , m_undoText(new QLabel(m_undoBanner))
    , m_undo(new QPushButton(tr("Undo"), m_undoBanner))
{
    m_title->setObjectName(QStringLiteral("compareTitle"));
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_comboA->setObjectName(QStringLiteral("compareVersionA"));
    m_comboB->setObjectName(QStringLiteral("compareVersionB"));
    m_table->setObjectName(QStringLiteral("compareMetricsTable"));
    m_chart->setObjectName(QStringLiteral("compareChart"));
    m_settings->setObjectName(QStringLiteral("compareSettingDifferences"));
    m_inSample->setObjectName(QStringLiteral("compareInSampleNote"));
    m_deploy->setObjectName(QStringLiteral("compareDeployButton"));
    m_gainLabel->setObjectName(QStringLiteral("compareGain"));
    m_undoBanner->setObjectName(QStringLiteral("compareUndoBanner"));
    m_undo->setObjectName(QStringLiteral("compareUndoButton"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Compare versions"));
    m_status->setWordWrap(true);
    m_settings->setWordWrap(true);
    m_settings->setTextFormat(Qt::PlainText);
    m_inSample->setWordWrap(true);
    m_inSample->hide();
    m_gainLabel->setWordWrap(true);

    m_table->setHorizontalHeaderLabels(
        {tr("Measure"), tr("Left version"), tr("Right version"), tr("Difference"), tr("Better")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_deploy->setDefault(true);
    m_deploy->setEnabled(false);
    m_deploy->setText(tr("Deploy"));

    m_undoBanner->setFrameShape(QFrame::StyledPanel);
    // Its own text colour with its own background: readable on light and dark palettes.
    m_undoBanner->setStyleSheet(QStringLiteral("#compareUndoBanner { background: #e8f4ea; }"
                                               "#compareUndoBanner QLabel { color: #1b4d2a; }"));
    auto* bannerLayout = new QHBoxLayout(m_undoBanner);
    bannerLayout->setContentsMargins(8, 8, 8, 8);
    bannerLayout->addWidget(m_undoText, 1);
    bannerLayout->addWidget(m_undo);
    m_undoBanner->hide();

    auto* pick = new QFormLayout;
    pick->addRow(tr("Left version:"), m_comboA);
    pick->addRow(tr("Right version:"), m_comboB);
    auto* deployRow = new QHBoxLayout;
    deployRow->addWidget(m_gainLabel, 1);
    deployRow->addWidget(m_deploy);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_undoBanner);
    layout->addLayout(pick);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_inSample);
    layout->addWidget(m_chart, 2);
    layout->addWidget(new QLabel(tr("Settings that differ:"), this));
    layout->addWidget(m_settings);
    layout->addLayout(deployRow);

    m_confirm = [this](const QString& text) {
        return QMessageBox::question(this, tr("Deploy this version?"), text,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    connect(m_comboA, &QComboBox::activated, this, &ComparePage::selectionChanged);
    connect(m_comboB, &QComboBox::activated, this, &ComparePage::selectionChanged);
    connect(m_deploy, &QPushButton::clicked, this, &ComparePage::deployTarget);
    connect(m_undo, &QPushButton::clicked, this, &ComparePage::undo);
    setStatus(tr("Choose a product to compare its model versions."));
}

void ComparePage::setConfirmDeploy(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

void ComparePage::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

const storage::ModelVersion* ComparePage::versionById(qint64 id) const
{
    for (const storage::ModelVersion& v : m_versions)
        if (v.id == id)
            return &v;
    return nullptr;
}

void ComparePage::showProduct(const QString& product)
{
    if (product != m_product)
        m_undoBanner->hide();
    m_product = product;
    m_title->setText(tr("Compare versions of %1").arg(product));
    loadVersions(0, 0);
}

void ComparePage::loadVersions(qint64 preferA, qint64 preferB)
{
    if (!m_controller || !m_controller->isOpen())
        return;
    const int generation = ++m_generation;
    setStatus(tr("Loading the versions of %1...").arg(m_product));
    const training::Workspace* ws = &m_controller->workspace();
    const QString tenant = m_controller->tenant();
    const QString product = m_product;
    m_controller->runAsync<std::vector<storage::ModelVersion>>(
        this,
        [ws, tenant, product]() {
            const storage::ModelRegistry registry(ws->database(), ws->artifacts(), tenant);
            std::vector<storage::ModelVersion> mine;
            for (storage::ModelVersion& v : registry.versions(0))
                if (v.productName == product)
                    mine.push_back(std::move(v));
            return mine; // newest first
        },
        [this, generation, preferA, preferB](const std::vector<storage::ModelVersion>& versions) {
            if (generation != m_generation)
                return;
            m_versions = versions;
            qint64 a = preferA, b = preferB;
            if (!versionById(a) || !versionById(b)) {
                qint64 deployed = 0;
                for (const storage::ModelVersion& v : m_versions)
                    if (v.production)
                        deployed = v.id;
                const qint64 newest = m_versions.empty() ? 0 : m_versions.front().id;
                const qint64 second = m_versions.size() > 1 ? m_versions[1].id : newest;
                a = deployed != 0 && deployed != newest ? deployed : second;
                b = deployed == newest ? second : newest;
                if (deployed == newest)
                    a = newest;
            }
            fillCombos(a, b);
            emit versionsLoaded();
            if (m_versions.size() < 2) {
                setStatus(m_versions.empty()
                              ? tr("%1 has no trained version yet. Train it first.").arg(m_product)
                              : tr("%1 has one version only: train it again to have two to "
                                   "compare.")
                                    .arg(m_product));
                m_deploy->setEnabled(false);
                return;
            }
            compare(a, b);
        });
}

void ComparePage::fillCombos(qint64 a, qint64 b)
{
    for (QComboBox* combo : {m_comboA, m_comboB}) {
        const QSignalBlocker block(combo);
        combo->clear();
        for (const storage::ModelVersion& v : m_versions)
            combo->addItem(versionLabel(v), v.id);
    }
    const QSignalBlocker blockA(m_comboA), blockB(m_comboB);
    m_comboA->setCurrentIndex(m_comboA->findData(a));
    m_comboB->setCurrentIndex(m_comboB->findData(b));
}

void ComparePage::selectionChanged()
{
    compare(m_comboA->currentData().toLongLong(), m_comboB->currentData().toLongLong());
}

void ComparePage::compare(qint64 a, qint64 b)
{
    if (!m_controller || !m_controller->isOpen())
        return;
    {
        const QSignalBlocker blockA(m_comboA), blockB(m_comboB);
        if (m_comboA->findData(a) >= 0)
            m_comboA->setCurrentIndex(m_comboA->findData(a));
        if (m_comboB->findData(b) >= 0)
            m_comboB->setCurrentIndex(m_comboB->findData(b));
    }
    const int generation = ++m_generation;
    m_deploy->setEnabled(false);
    if (a == b) {
        setStatus(tr("Choose two different versions."));
        return;
    }
    setStatus(tr("Scoring both versions on the same recent days..."));
    const training::Workspace* ws = &m_controller->workspace();
    const QString tenant = m_controller->tenant();
    m_controller->runAsync<training::VersionComparison>(
        this,
        [ws, tenant, a, b]() {
            const storage::ModelRegistry registry(ws->database(), ws->artifacts(), tenant);
            return training::compareVersions(registry, storage::SalesStore(ws->database(), tenant),
                                             storage::CovariateStore(ws->database(), tenant), a, b);
        },
        [this, generation](const training::VersionComparison& c) {
            if (generation != m_generation)
                return;
            display(c);
            emit compared();
        });
}

void ComparePage::display(const training::VersionComparison& c)
{
    m_comparison = c;
    if (!c.ok()) {
        setStatus(tr("These versions cannot be compared: %1").arg(c.error));
        m_table->setRowCount(0);
        m_chart->clear();
        m_settings->clear();
        m_inSample->hide();
        m_gainLabel->clear();
        return;
    }
    setStatus(tr("Both versions scored on %1 (%n day(s) with sales).", nullptr,
                 static_cast<int>(c.days.size()))
                  .arg(windowWords(c.days)));
    fillTable(c);
    m_chart->setData(c.days, c.actual, c.a.yhat, c.b.yhat,
                     tr("Left: %1").arg(versionTime(c.a.version)),
                     tr("Right: %1").arg(versionTime(c.b.version)));

    QStringList differences;
    for (const QJsonValue& d : c.settingDifferences) {
        const QJsonObject o = d.toObject();
        differences.append(tr("%1: %2 (left), %3 (right)")
                               .arg(o.value(QStringLiteral("key")).toString(),
                                    settingValue(o.value(QStringLiteral("a"))),
                                    settingValue(o.value(QStringLiteral("b")))));
    }
    m_settings->setText(differences.isEmpty() ? tr("None: both were trained with the same "
                                                   "settings (on different sales data).")
                                              : differences.join(QLatin1Char('\n')));

    m_inSample->setVisible(c.a.inSample || c.b.inSample);
    m_inSample->setText(
        c.a.inSample && c.b.inSample
            ? tr("Note: both versions learned from these same days, so their figures look "
                 "better than they will be on new days.")
        : c.a.inSample ? tr("Note: the left version learned from these same days, so its "
                            "figures look better than they will be on new days.")
                       : tr("Note: the right version learned from these same days, so its "
                            "figures look better than they will be on new days."));
    fillDeploy(c);
}

void ComparePage::fillTable(const training::VersionComparison& c)
{
    m_table->setHorizontalHeaderLabels({tr("Measure"), tr("Left: %1").arg(versionTime(c.a.version)),
                                        tr("Right: %1").arg(versionTime(c.b.version)),
                                        tr("Difference (right - left)"), tr("Better")});
    m_table->setRowCount(static_cast<int>(c.metrics.size()));
    for (int row = 0; row < static_cast<int>(c.metrics.size()); ++row) {
        const QJsonObject m = c.metrics.at(row).toObject();
        const QString key = m.value(QStringLiteral("metric")).toString();
        const QString better = m.value(QStringLiteral("better")).toString();
        auto* name = new QTableWidgetItem(metricLabel(key));
        name->setData(Qt::UserRole, key);
        m_table->setItem(row, 0, name);
        for (int side = 0; side < 2; ++side) {
            const bool wins = better == QLatin1String(side == 0 ? "a" : "b");
            QString text = metricValue(key, m.value(QLatin1String(side == 0 ? "a" : "b")));
            if (wins)
                text = tr("%1 (better)").arg(text);
            auto* item = new QTableWidgetItem(text);
            QFont f = item->font();
            f.setBold(wins);
            item->setFont(f);
            m_table->setItem(row, 1 + side, item);
        }
        m_table->setItem(
            row, 3,
            new QTableWidgetItem(metricDifference(key, m.value(QStringLiteral("difference")))));
        m_table->setItem(row, 4,
                         new QTableWidgetItem(better == QLatin1String("a")   ? tr("Left")
                                              : better == QLatin1String("b") ? tr("Right")
                                                                             : tr("Tie")));
    }
}

void ComparePage::fillDeploy(const training::VersionComparison& c)
{
    // The version on trial: the one of the two that is not deployed (the right one if
    // neither is).
    const training::VersionSide* target = nullptr;
    const training::VersionSide* current = nullptr;
    if (!c.b.version.production) {
        target = &c.b;
        current = &c.a;
    } else if (!c.a.version.production) {
        target = &c.a;
        current = &c.b;
    }
    if (!target) {
        m_target = 0;
        m_gain.clear();
        m_deploy->setEnabled(false);
        m_deploy->setText(tr("Deploy"));
        m_gainLabel->clear();
        return;
    }
    m_target = target->version.id;
    m_gain = gainWords(current->onWindow.mae, target->onWindow.mae, c.days);
    m_deploy->setText(tr("Deploy version of %1").arg(versionTime(target->version)));
    m_deploy->setEnabled(true);
    m_gainLabel->setText(m_gain);
}

void ComparePage::deployTarget()
{
    const storage::ModelVersion* v = versionById(m_target);
    if (!v || !m_controller)
        return;
    QString text = tr("Deploy the version of %1 for %2? Its forecasts will be used from now on.")
                       .arg(versionTime(*v), m_product);
    if (!m_gain.isEmpty())
        text += QStringLiteral("\n\n") + m_gain;
    if (m_confirm && !m_confirm(text))
        return;
    QString error;
    const qint64 id = m_target;
    if (!m_controller->deploy(id, tr("Chosen on the Compare page: %1").arg(m_gain), &error)) {
        setStatus(tr("The version could not be deployed: %1").arg(error));
        return;
    }
    m_undoText->setText(
        tr("Deployed. The version of %1 is now used for %2.").arg(versionTime(*v), m_product));
    m_undoBanner->show();
    emit deployed(id);
    loadVersions(m_comboA->currentData().toLongLong(), m_comboB->currentData().toLongLong());
}

void ComparePage::undo()
{
    if (!m_controller)
        return;
    QString error;
    if (!m_controller->rollback(m_product, &error)) {
        setStatus(tr("Could not go back to the previous version: %1").arg(error));
        return;
    }
    m_undoBanner->hide();
    emit rolledBack();
    loadVersions(m_comboA->currentData().toLongLong(), m_comboB->currentData().toLongLong());
}

} // namespace bakery::ui
