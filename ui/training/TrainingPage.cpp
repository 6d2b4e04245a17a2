#include "TrainingPage.h"

#include "AppController.h"
#include "storage/JobStore.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace bakery::ui {

namespace {

QString duration(double seconds)
{
    if (!std::isfinite(seconds))
        return QString();
    if (seconds < 0.5)
        return TrainingPage::tr("under a second");
    const int s = static_cast<int>(std::lround(seconds));
    if (s < 60)
        return TrainingPage::tr("%n second(s)", nullptr, s);
    if (s < 3600)
        return TrainingPage::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return TrainingPage::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString localTime(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

// A job's or a product's stored status (a code) in the owner's words.
QString statusWords(const QString& code)
{
    if (code == storage::job::kPending)
        return TrainingPage::tr("waiting");
    if (code == storage::job::kRunning)
        return TrainingPage::tr("running");
    if (code == storage::job::kCompleted)
        return TrainingPage::tr("finished");
    if (code == storage::job::kFailed)
        return TrainingPage::tr("failed");
    if (code == storage::job::kCancelled)
        return TrainingPage::tr("cancelled");
    if (code == storage::job::kSkipped)
        return TrainingPage::tr("skipped");
    if (code == QLatin1String("ok"))
        return TrainingPage::tr("ok");
    return code;
}

} // namespace

QString TrainingPage::stepText(const QString& step)
{
    static const QHash<QString, const char*> words = {
        {QStringLiteral("readiness"), QT_TR_NOOP("checking the days of history")},
        {QStringLiteral("outliers"), QT_TR_NOOP("setting unusual days aside")},
        {QStringLiteral("holdout_fit"), QT_TR_NOOP("learning from all but the most recent days")},
        {QStringLiteral("evaluate"), QT_TR_NOOP("checking accuracy on the most recent days")},
        {QStringLiteral("compare"), QT_TR_NOOP("comparing with the version in use")},
        {QStringLiteral("final_fit"), QT_TR_NOOP("learning from all the history")},
        {QStringLiteral("serialise"), QT_TR_NOOP("saving the new version")}};
    const char* text = words.value(step);
    return text ? tr(text) : step;
}

TrainingPage::TrainingPage(AppController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_progress(new QProgressBar)
    , m_step(new QLabel)
    , m_counts(new QLabel)
    , m_eta(new QLabel)
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_trainAll(new QPushButton(tr("Train all")))
    , m_notice(new QLabel)
    , m_log(new QPlainTextEdit)
    , m_jobs(new QTableWidget(0, 6))
    , m_jobLog(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("trainingPage"));
    m_progress->setObjectName(QStringLiteral("trainingProgressBar"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%p %"));
    m_step->setObjectName(QStringLiteral("trainingStepLabel"));
    m_step->setText(tr("No training running."));
    m_counts->setObjectName(QStringLiteral("trainingCountsLabel"));
    m_eta->setObjectName(QStringLiteral("trainingEtaLabel"));
    m_cancel->setObjectName(QStringLiteral("trainingCancelButton"));
    m_cancel->setToolTip(tr("Stop the training. Products already trained keep their new "
                            "versions."));
    m_cancel->setEnabled(false);
    m_trainAll->setObjectName(QStringLiteral("trainingTrainAllButton"));
    m_trainAll->setToolTip(tr("Train every product whose sales changed (Ctrl+T)."));
    m_notice->setObjectName(QStringLiteral("trainingNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(8);
    m_notice->hide();
    m_log->setObjectName(QStringLiteral("trainingLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setPlaceholderText(tr("Each product appears here as it finishes."));
    m_jobs->setObjectName(QStringLiteral("jobsTable"));
    m_jobs->setHorizontalHeaderLabels(
        {tr("Started"), tr("Status"), tr("Duration"), tr("Trained"), tr("Failed"), tr("Job")});
    m_jobs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jobs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_jobs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_jobs->verticalHeader()->hide();
    m_jobs->horizontalHeader()->setStretchLastSection(true);
    m_jobLog->setObjectName(QStringLiteral("jobLogView"));
    m_jobLog->setReadOnly(true);
    m_jobLog->setPlaceholderText(tr("Select a job to read its log."));

    auto* current = new QGroupBox(tr("Current training"));
    auto* currentLayout = new QVBoxLayout(current);
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addWidget(m_trainAll);
    currentLayout->addLayout(row);
    auto* labels = new QHBoxLayout;
    labels->addWidget(m_step, 1);
    labels->addWidget(m_counts);
    labels->addWidget(m_eta);
    currentLayout->addLayout(labels);
    currentLayout->addWidget(m_notice);
    currentLayout->addWidget(m_log, 1);

    auto* history = new QGroupBox(tr("Past training jobs"));
    auto* historyLayout = new QHBoxLayout(history);
    historyLayout->addWidget(m_jobs, 3);
    historyLayout->addWidget(m_jobLog, 2);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(current);
    split->addWidget(history);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(split);

    connect(m_trainAll, &QPushButton::clicked, this, &TrainingPage::trainAllRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        QString error;
        if (!m_jobId.isEmpty() && m_controller->cancel(m_jobId, &error))
            m_step->setText(tr("Stopping..."));
    });
    connect(controller, &AppController::trainingProgress, this, &TrainingPage::showProgress);
    connect(controller, &AppController::jobFinished, this, &TrainingPage::jobFinished);
    connect(m_jobs, &QTableWidget::itemSelectionChanged, this, [this]() {
        const auto items = m_jobs->selectedItems();
        if (!items.isEmpty())
            showJobLog(m_jobs->item(items.first()->row(), 5)->text());
    });
    reloadHistory();
}

void TrainingPage::showProgress(const training::TrainingProgress& p)
{
    if (m_jobId != p.jobId) {
        m_jobId = p.jobId;
        m_log->clear();
        m_notice->hide();
    }
    m_cancel->setEnabled(!p.final);
    m_progress->setValue(static_cast<int>(std::floor(p.percent)));
    const int colon = p.currentStep.lastIndexOf(QStringLiteral(": "));
    m_step->setText(colon < 0 ? p.currentStep
                              : tr("%1: %2").arg(p.currentStep.left(colon),
                                                 stepText(p.currentStep.mid(colon + 2))));
    m_counts->setText(
        tr("%1 of %2 products").arg(p.productsDone).arg(p.productsTotal) +
        (p.productsFailed ? tr(", %n failed", nullptr, p.productsFailed) : QString()));
    m_eta->setText(std::isfinite(p.etaSeconds) ? tr("Time left: %1").arg(duration(p.etaSeconds))
                                               : QString());
    const QLocale locale;
    for (const training::ProductOutcome& o : p.finished) {
        QString line = o.product + QStringLiteral(": ");
        if (o.status == QLatin1String("completed"))
            line += std::isfinite(o.accuracy)
                        ? tr("trained, accuracy %1 %").arg(locale.toString(o.accuracy, 'f', 1))
                        : tr("trained");
        else if (o.status == QLatin1String("skipped"))
            line += tr("unchanged, skipped");
        else
            line += tr("failed: %1").arg(o.message);
        if (o.deployed)
            line += tr(" (deployed)");
        m_log->appendPlainText(line);
    }
}

void TrainingPage::jobFinished(const QString& jobId, const QString& status)
{
    m_cancel->setEnabled(false);
    const storage::Database* db = &m_controller->workspace().database();
    const QString tenant = m_controller->tenant();
    using Result = std::pair<std::optional<storage::JobRecord>, std::vector<storage::JobProduct>>;
    m_controller->runAsync<Result>(
        this,
        [db, tenant, jobId]() {
            const storage::JobStore jobs(*db, tenant);
            return Result{jobs.job(jobId), jobs.products(jobId)};
        },
        [this, status](const Result& r) {
            int trained = 0;
            QStringList failures;
            for (const storage::JobProduct& p : r.second) {
                trained += p.status == QLatin1String("completed");
                if (p.status == QLatin1String("failed"))
                    failures << tr("<li><b>%1</b>: %2 <i>%3</i></li>")
                                    .arg(p.productName.toHtmlEscaped(),
                                         p.errorMessage.toHtmlEscaped(),
                                         p.recommendedAction.toHtmlEscaped());
            }
            QString text = status == QLatin1String("completed")
                               ? tr("Training finished: %n product(s) trained.", nullptr, trained)
                           : status == QLatin1String("cancelled")
                               ? tr("Training cancelled: %n product(s) trained before it "
                                    "stopped keep their new versions.",
                                    nullptr, trained)
                               : tr("Training stopped: %1")
                                     .arg(r.first ? r.first->errorMessage.toHtmlEscaped() : status);
            if (!failures.isEmpty())
                text += tr("<br>These products could not be trained:<ul>%1</ul>")
                            .arg(failures.join(QString()));
            m_notice->setText(text);
            m_notice->show();
            if (status == QLatin1String("completed"))
                m_progress->setValue(100);
            reloadHistory();
        });
}

void TrainingPage::reloadHistory()
{
    const storage::Database* db = &m_controller->workspace().database();
    const QString tenant = m_controller->tenant();
    m_controller->runAsync<std::vector<storage::JobRecord>>(
        this, [db, tenant]() { return storage::JobStore(*db, tenant).jobs(100); },
        [this](const std::vector<storage::JobRecord>& jobs) {
            if (m_jobId.isEmpty() && !jobs.empty() && jobs.front().isFinished())
                showLastJob(jobs.front());
            m_jobs->setRowCount(static_cast<int>(jobs.size()));
            for (int i = 0; i < static_cast<int>(jobs.size()); ++i) {
                const storage::JobRecord& j = jobs[static_cast<std::size_t>(i)];
                const QDateTime start = QDateTime::fromString(j.startedAt, Qt::ISODate);
                const QDateTime end = QDateTime::fromString(j.completedAt, Qt::ISODate);
                const double seconds =
                    start.isValid() && end.isValid() ? start.msecsTo(end) / 1000.0 : std::nan("");
                const QStringList cells = {
                    localTime(j.startedAt.isEmpty() ? j.createdAt : j.startedAt),
                    statusWords(j.status),
                    duration(seconds),
                    QString::number(j.results.value(QStringLiteral("successful")).toInt()),
                    QString::number(j.productsFailed),
                    j.jobId};
                for (int c = 0; c < cells.size(); ++c)
                    m_jobs->setItem(i, c, new QTableWidgetItem(cells[c]));
            }
            m_jobs->resizeColumnsToContents(); // at most 100 rows
            m_jobs->resizeRowsToContents();
        });
}

void TrainingPage::showLastJob(const storage::JobRecord& job)
{
    // Opened after a job: its outcome, rather than an empty bar at 0 %.
    const int trained = job.results.value(QStringLiteral("successful")).toInt();
    m_progress->setValue(job.status == storage::job::kCompleted ? 100
                                                                 : static_cast<int>(job.progress));
    m_step->setText(tr("Last training %1: %2.")
                        .arg(localTime(job.completedAt), statusWords(job.status)));
    m_counts->setText(
        tr("%1 of %2 products trained").arg(trained).arg(job.productsTotal) +
        (job.productsFailed ? tr(", %n failed", nullptr, job.productsFailed) : QString()));
    m_eta->clear();
}

void TrainingPage::showJobLog(const QString& jobId)
{
    const storage::Database* db = &m_controller->workspace().database();
    const QString tenant = m_controller->tenant();
    m_controller->runAsync<std::vector<storage::StepLog>>(
        this, [db, tenant, jobId]() { return storage::JobStore(*db, tenant).logs(jobId); },
        [this](const std::vector<storage::StepLog>& logs) {
            QStringList lines;
            const QLocale locale;
            for (const storage::StepLog& l : logs)
                lines << QStringLiteral("%1  %2  %3  %4 ms  %5")
                             .arg(l.productName, stepText(l.step), statusWords(l.status),
                                  std::isfinite(l.durationMs)
                                      ? locale.toString(l.durationMs, 'f', 1)
                                      : QStringLiteral("-"),
                                  l.message);
            m_jobLog->setPlainText(lines.join(QLatin1Char('\n')));
        });
}

} // namespace bakery::ui
