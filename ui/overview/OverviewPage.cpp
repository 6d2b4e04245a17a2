#include "OverviewPage.h"

#include "AppController.h"
#include "products/AccuracyBand.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace bakery::ui {

OverviewPage::OverviewPage(AppController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* cards = new QGridLayout;
    cards->setSpacing(16);
    cards->addWidget(
        card(QStringLiteral("overviewReadyCard"), tr("Products ready to forecast"), &m_ready), 0,
        0);
    cards->addWidget(
        card(QStringLiteral("overviewAccuracyCard"), tr("Average accuracy"), &m_accuracy), 0, 1);
    cards->addWidget(
        card(QStringLiteral("overviewTrainingCard"), tr("Last training"), &m_lastTraining), 0, 2);
    m_attentionTitle = new QLabel(tr("Needs attention"));
    m_attentionTitle->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 14pt;"));
    m_attention = new QListWidget;
    m_attention->setObjectName(QStringLiteral("overviewAttention"));
    m_attention->setToolTip(tr("Double-click a product to open it."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addLayout(cards);
    layout->addWidget(m_attentionTitle);
    layout->addWidget(m_attention, 1);
    connect(m_attention, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        emit productActivated(item->data(Qt::UserRole).toString());
    });
    connect(controller, &AppController::productsChanged, this, &OverviewPage::refresh);
    refresh();
}

QLabel* OverviewPage::card(const QString& objectName, const QString& title, QLabel** value)
{
    auto* frame = new QLabel;
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setMinimumHeight(96);
    auto* layout = new QVBoxLayout(frame);
    auto* caption = new QLabel(title);
    *value = new QLabel;
    (*value)->setObjectName(objectName + QStringLiteral("Value"));
    (*value)->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold;"));
    (*value)->setWordWrap(true);
    layout->addWidget(caption);
    layout->addWidget(*value);
    return frame;
}

void OverviewPage::refresh()
{
    const auto& products = m_controller->products();
    int ready = 0;
    double sum = 0.0;
    int measured = 0;
    QString last;
    m_attention->clear();
    const QLocale locale;
    for (const training::ProductStatus& p : products) {
        ready += p.ready;
        if (std::isfinite(p.accuracy)) {
            sum += p.accuracy;
            ++measured;
        }
        last = std::max(last, p.lastTrainedAt);
        QString line;
        if (!p.ready)
            line = tr("%1: not enough data (%2 days). Import more sales history.")
                       .arg(p.name)
                       .arg(p.days);
        else if (p.lastJobStatus == QLatin1String("failed"))
            line = tr("%1: training failed. %2").arg(p.name, p.lastRecommendedAction);
        else if (accuracyBand(p.accuracy) == AccuracyBand::Poor)
            line = tr("%1: accuracy %2 %. Open it to see why; irregular products forecast "
                      "poorly.")
                       .arg(p.name, locale.toString(p.accuracy, 'f', 0));
        else if (p.deployedModelId == 0)
            line = tr("%1: not trained yet. Use Train all.").arg(p.name);
        if (!line.isEmpty()) {
            auto* item = new QListWidgetItem(line, m_attention);
            item->setData(Qt::UserRole, p.name);
        }
    }
    m_ready->setText(tr("%1 of %2").arg(ready).arg(products.size()));
    m_accuracy->setText(measured ? tr("%1 %").arg(locale.toString(sum / measured, 'f', 1))
                                 : tr("n/a"));
    const QDateTime t = QDateTime::fromString(last, Qt::ISODate);
    m_lastTraining->setText(t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat)
                                        : tr("never"));
    m_attentionTitle->setText(m_attention->count() ? tr("Needs attention")
                                                   : tr("Nothing needs attention"));
}

} // namespace bakery::ui
