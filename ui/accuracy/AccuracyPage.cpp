#include "AccuracyPage.h"

#include "AppController.h"
#include "charts/AccuracyChart.h"
#include "training/Analytics.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <QCoreApplication>

#include <cmath>
#include <utility>

namespace bakery::ui {

namespace {

QString seconds(double s)
{
    if (!std::isfinite(s))
        return QCoreApplication::translate("AccuracyPage", "n/a");
    return QCoreApplication::translate("AccuracyPage", "%1 s")
        .arg(QLocale().toString(s, 'f', s < 10.0 ? 2 : 1));
}

} // namespace

AccuracyPage::AccuracyPage(AppController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_chart(new AccuracyChart(this))
    , m_distribution(new AccuracyDistributionChart(this))
    , m_summary(new QLabel(this))
    , m_durations(new QLabel(this))
    , m_empty(new QLabel(this))
{
    m_chart->setObjectName(QStringLiteral("accuracyChart"));
    m_distribution->setObjectName(QStringLiteral("accuracyDistributionChart"));
    m_summary->setObjectName(QStringLiteral("accuracySummary"));
    m_durations->setObjectName(QStringLiteral("accuracyDurations"));
    m_empty->setObjectName(QStringLiteral("accuracyEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No product has a trained model yet. Import your sales and click "
                        "Train all: each product's accuracy will appear here."));
    m_empty->hide();

    auto* title = new QLabel(tr("How accurate is each product's forecast?"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    auto* hint = new QLabel(tr("Click a bar to open the product. Green: 85 % or more, amber: "
                               "70 to 85 %, red: under 70 %, grey: cannot be measured."),
                            this);
    hint->setWordWrap(true);
    auto* distributionTitle = new QLabel(tr("How many products reach each accuracy"), this);
    distributionTitle->setFont(QFont(distributionTitle->font().family(), -1, QFont::Bold));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_summary);
    layout->addWidget(m_empty);
    layout->addWidget(m_chart, 3);
    layout->addWidget(distributionTitle);
    layout->addWidget(m_distribution, 1);
    layout->addWidget(m_durations);

    connect(m_chart, &AccuracyChart::barClicked, this, &AccuracyPage::productActivated);
    if (m_controller)
        connect(m_controller, &AppController::storeChanged, this, &AccuracyPage::reload);
}

int AccuracyPage::barCount() const
{
    return m_chart->barCount();
}

void AccuracyPage::reload()
{
    if (!m_controller || !m_controller->isOpen())
        return;
    if (m_loading) { // one load at a time; the last request wins
        m_again = true;
        return;
    }
    m_loading = true;
    const storage::Database* db = &m_controller->workspace().database();
    const QString tenant = m_controller->tenant();
    m_controller->runAsync<training::TrainingAnalytics>(
        this, [db, tenant]() { return training::computeAnalytics(*db, tenant); },
        [this](const training::TrainingAnalytics& a) {
            m_loading = false;
            display(a);
            if (std::exchange(m_again, false))
                reload();
            else
                emit loaded();
        });
}

void AccuracyPage::display(const training::TrainingAnalytics& a)
{
    std::vector<AccuracyChart::Bar> bars;
    for (const training::ProductAccuracy& p : a.products)
        bars.push_back({p.product, p.accuracy});
    m_chart->setBars(bars); // already sorted: accuracy descending, n/a last
    std::vector<AccuracyDistributionChart::Bucket> buckets;
    for (const training::AccuracyBucket& b : a.distribution)
        buckets.push_back({b.lower, b.upper, b.count});
    m_distribution->setBuckets(buckets);

    m_empty->setVisible(bars.empty());
    m_chart->setVisible(!bars.empty());
    const QLocale locale;
    QString summary =
        std::isfinite(a.averageAccuracy)
            ? tr("%n product(s) with a model; average accuracy %1 %.", nullptr,
                 static_cast<int>(bars.size()))
                  .arg(locale.toString(a.averageAccuracy, 'f', 1))
            : tr("%n product(s) with a model; the average accuracy cannot be measured yet.",
                 nullptr, static_cast<int>(bars.size()));
    if (!a.error.isEmpty())
        summary += QLatin1Char(' ') + tr("Some figures could not be read: %1").arg(a.error);
    m_summary->setText(summary);

    const training::DurationStats& d = a.overall;
    m_durations->setText(
        d.count == 0 ? tr("Training time: no finished training yet.")
                     : tr("Training time per product over %n training(s): mean %1, median %2, "
                          "95 % of trainings within %3.",
                          nullptr, d.count)
                           .arg(seconds(d.mean), seconds(d.median), seconds(d.p95)));
}

} // namespace bakery::ui
