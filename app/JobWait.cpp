#include "JobWait.h"

#include "CliJson.h"
#include "CliOutput.h"
#include "StopSignal.h"

#include "training/Recovery.h"
#include "training/TrainingQueue.h"
#include "training/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QTimer>

#include <cmath>
#include <cstdio>

#include <sys/ioctl.h>
#include <unistd.h>

namespace bakery::app::cli {
namespace {

constexpr qint64 kRecoveryMs = 2 * 60 * 1000; ///< crash recovery while waiting on another process

int terminalWidth()
{
    winsize w{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col > 20)
        return w.ws_col;
    return 80;
}

QString outcomeLine(const training::ProductOutcome& o)
{
    QString line = QStringLiteral("  %1: %2").arg(o.product, o.status);
    if (std::isfinite(o.accuracy))
        line += QCoreApplication::translate("cli", ", accuracy %1 %").arg(number(o.accuracy, 1));
    if (o.deployed)
        line += QCoreApplication::translate("cli", ", deployed");
    if (!o.message.isEmpty())
        line += QStringLiteral(" (%1)").arg(o.message);
    if (!o.recommendedAction.isEmpty() && o.status == storage::job::kFailed)
        line += QStringLiteral(" - %1").arg(o.recommendedAction);
    return line;
}

// What the user sees while a job runs: JSON lines with --json; else a redrawn bar on a
// terminal, or plain text lines (at most one progress line a second) in a pipe or log.
class ProgressView
{
public:
    explicit ProgressView(bool json)
        : m_json(json)
        , m_tty(!json && isatty(STDOUT_FILENO))
        , m_out(stdout)
    {
    }

    void show(const training::TrainingProgress& p)
    {
        const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6")
                                .arg(p.status)
                                .arg(p.percent, 0, 'f', 1)
                                .arg(p.productsDone)
                                .arg(p.productsFailed)
                                .arg(p.currentStep)
                                .arg(p.finished.size());
        if (key == m_lastKey)
            return;
        m_lastKey = key;
        if (m_json) {
            printJson(progressJson(p));
            return;
        }
        for (const training::ProductOutcome& o : p.finished)
            line(outcomeLine(o));
        if (m_tty) {
            drawBar(p);
        } else if (p.final || !m_sinceLine.isValid() || m_sinceLine.elapsed() >= 1000) {
            m_sinceLine.start();
            line(progressText(p));
        }
    }

    // A line above the bar (stderr, so stdout stays the job's output).
    void note(const QString& text)
    {
        clearBar();
        QTextStream(stderr) << "bakery-trainer-cli: " << text << '\n';
        redraw();
    }

    void clearBar()
    {
        if (m_tty && m_barShown) {
            m_out << "\r\033[K";
            m_out.flush();
            m_barShown = false;
        }
    }

private:
    void line(const QString& text)
    {
        clearBar();
        m_out << text << '\n';
        m_out.flush();
    }

    void redraw()
    {
        if (m_tty && !m_bar.isEmpty()) {
            m_out << '\r' << m_bar << "\033[K";
            m_out.flush();
            m_barShown = true;
        }
    }

    // "45.0%  3/8 done, 1 failed  ETA 1m 2s  Croissant: final_fit"
    static QString progressText(const training::TrainingProgress& p)
    {
        const double percent = std::clamp(p.percent, 0.0, 100.0);
        QString text = QStringLiteral("%1%").arg(percent, 5, 'f', 1);
        text += QCoreApplication::translate("cli", "  %1/%2 done")
                    .arg(p.productsDone)
                    .arg(p.productsTotal);
        if (p.productsFailed > 0)
            text += QCoreApplication::translate("cli", ", %1 failed").arg(p.productsFailed);
        if (std::isfinite(p.etaSeconds))
            text += QCoreApplication::translate("cli", "  ETA %1").arg(duration(p.etaSeconds));
        if (!p.currentStep.isEmpty() && !p.final)
            text += QStringLiteral("  ") + p.currentStep;
        return text;
    }

    void drawBar(const training::TrainingProgress& p)
    {
        constexpr int kCells = 24;
        const double percent = std::clamp(p.percent, 0.0, 100.0);
        const int filled = static_cast<int>(std::lround(percent / 100.0 * kCells));
        QString bar =
            QStringLiteral("[%1%2] %3%")
                .arg(QString(filled, QLatin1Char('#')), QString(kCells - filled, QLatin1Char('-')))
                .arg(percent, 5, 'f', 1);
        bar += QCoreApplication::translate("cli", "  %1/%2 done")
                   .arg(p.productsDone)
                   .arg(p.productsTotal);
        if (p.productsFailed > 0)
            bar += QCoreApplication::translate("cli", ", %1 failed").arg(p.productsFailed);
        if (std::isfinite(p.etaSeconds))
            bar += QCoreApplication::translate("cli", "  ETA %1").arg(duration(p.etaSeconds));
        if (!p.currentStep.isEmpty() && !p.final)
            bar += QStringLiteral("  ") + p.currentStep;
        m_bar = bar.left(terminalWidth() - 1);
        redraw();
    }

    bool m_json;
    bool m_tty;
    QElapsedTimer m_sinceLine; ///< plain text: the last progress line
    QTextStream m_out;
    QString m_lastKey;
    QString m_bar;
    bool m_barShown = false;
};

// A report built from the job's row, for jobs another process runs.
training::TrainingProgress fromRecord(const storage::JobRecord& job)
{
    training::TrainingProgress p;
    p.jobId = job.jobId;
    p.status = job.status;
    p.percent = job.progress;
    p.currentStep = job.currentStep;
    p.productsTotal = job.productsTotal;
    p.productsDone = job.productsCompleted;
    p.productsFailed = job.productsFailed;
    p.productsSkipped = job.productsSkipped;
    p.etaSeconds = job.estimatedDurationMinutes * 60.0;
    p.startedAt = job.startedAt;
    p.elapsedSeconds = secondsBetween(job.startedAt, {});
    p.final = job.isFinished();
    return p;
}

void printSummary(const storage::JobStore& jobs, const storage::JobRecord& job, bool json)
{
    const std::vector<storage::JobProduct> products = jobs.products(job.jobId);
    const double seconds = secondsBetween(job.startedAt, job.completedAt);
    QHash<QString, int> count; // status -> products
    for (const storage::JobProduct& p : products)
        ++count[p.status];
    if (json) {
        QJsonArray list;
        for (const storage::JobProduct& p : products)
            list.append(jobProductJson(p));
        printJson({{QStringLiteral("type"), QStringLiteral("summary")},
                   {QStringLiteral("job_id"), job.jobId},
                   {QStringLiteral("status"), job.status},
                   {QStringLiteral("products_total"), job.productsTotal},
                   {QStringLiteral("products_done"), job.productsCompleted},
                   {QStringLiteral("trained"), count.value(storage::job::kCompleted)},
                   {QStringLiteral("failed"), count.value(storage::job::kFailed)},
                   {QStringLiteral("skipped"), count.value(storage::job::kSkipped)},
                   {QStringLiteral("cancelled"), count.value(storage::job::kCancelled)},
                   {QStringLiteral("duration_seconds"), jsonNumber(seconds)},
                   {QStringLiteral("error_type"), jsonText(job.errorType)},
                   {QStringLiteral("error_message"), jsonText(job.errorMessage)},
                   {QStringLiteral("products"), list}});
        return;
    }
    QTextStream out(stdout);
    QList<QStringList> rows;
    for (const storage::JobProduct& p : products) {
        const QString note = !p.errorMessage.isEmpty() ? p.errorMessage : p.recommendedAction;
        rows << QStringList{p.productName, p.status, number(p.accuracy, 1),
                            p.deployed ? QStringLiteral("*") : QString(), note};
    }
    if (!rows.isEmpty())
        printTable(out,
                   {QCoreApplication::translate("cli", "product"),
                    QCoreApplication::translate("cli", "status"),
                    QCoreApplication::translate("cli", "accuracy %"),
                    QCoreApplication::translate("cli", "deployed"),
                    QCoreApplication::translate("cli", "note")},
                   rows, {2});
    out << QCoreApplication::translate(
               "cli",
               "Job %1 %2 after %3: %4 products, %5 trained, %6 skipped, %7 failed, %8 cancelled.")
               .arg(job.jobId, job.status, duration(seconds))
               .arg(job.productsTotal)
               .arg(count.value(storage::job::kCompleted))
               .arg(count.value(storage::job::kSkipped))
               .arg(count.value(storage::job::kFailed))
               .arg(count.value(storage::job::kCancelled))
        << '\n';
    if (!job.errorMessage.isEmpty())
        out << job.errorMessage << '\n';
}

} // namespace

int waitForJob(training::Workspace& workspace, const QString& jobId, bool json)
{
    training::TrainingQueue& queue = workspace.queue();
    const storage::JobStore jobs(workspace.database(), workspace.tenant());
    ProgressView view(json);
    QEventLoop loop;
    bool done = false, interrupted = false;
    QElapsedTimer sinceReport; // of this process's runner, for our job
    QElapsedTimer sinceRecovery;
    sinceRecovery.start();
    std::optional<storage::JobRecord> record;

    const auto check = [&]() {
        record = jobs.job(jobId);
        if (!record) {
            done = true;
            loop.quit();
            return;
        }
        if (record->status != storage::job::kPending) {
            // Our job has been claimed (here or elsewhere): claim nothing more.
            queue.setAcceptingJobs(false);
            queue.setPollInterval(0);
        }
        const bool runsHere = queue.activeJobIds().contains(jobId);
        if (!runsHere && !record->isFinished() && sinceRecovery.elapsed() >= kRecoveryMs) {
            // Run (or waited for) by another process: if that one died, recovery fails its
            // job (or frees the slot a dead job held), so the wait does not last forever.
            sinceRecovery.restart();
            training::recoverAfterCrash(workspace.context());
            record = jobs.job(jobId);
            if (!record) {
                done = true;
                loop.quit();
                return;
            }
        }
        if (record->isFinished() && !runsHere) {
            done = true;
            loop.quit();
        } else if (!runsHere && (!sinceReport.isValid() || sinceReport.elapsed() > 1500) &&
                   record->status == storage::job::kRunning) {
            view.show(fromRecord(*record));
        }
    };
    QObject::connect(&queue, &training::TrainingQueue::progress, &loop,
                     [&](const training::TrainingProgress& p) {
                         if (p.jobId != jobId)
                             return;
                         sinceReport.start();
                         view.show(p);
                     });
    QObject::connect(&queue, &training::TrainingQueue::jobFinished, &loop,
                     [&](const QString& id, const QString&) {
                         if (id == jobId)
                             check();
                     });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, check);
    poll.start(500);
    QEventLoop rest; // after our job: other jobs this process still runs
    const StopSignal stop([&](int n) {
        if (done) { // waiting for the other jobs: stop them (they are cancelled)
            rest.quit();
            return;
        }
        if (n > 1) {
            interrupted = true;
            loop.quit();
            return;
        }
        view.note(QCoreApplication::translate(
                      "cli", "cancelling job %1 (press Ctrl+C again to stop at once)")
                      .arg(jobId));
        QString error;
        if (!queue.cancel(jobId, &error))
            view.note(error);
    });
    queue.setPollInterval(1000);
    queue.pump();
    check();
    if (!done)
        loop.exec();
    poll.stop();
    if (!interrupted && queue.activeJobs() > 0) {
        // Jobs this process claimed before ours still run here: let them finish rather than
        // stopping them (which would cancel them for every worker).
        done = true;
        queue.setAcceptingJobs(false);
        view.note(QCoreApplication::translate("cli", "waiting for %n other job(s) running here",
                                              nullptr, queue.activeJobs()));
        QObject::connect(&queue, &training::TrainingQueue::idle, &rest, &QEventLoop::quit);
        if (queue.activeJobs() > 0)
            rest.exec();
    }
    view.clearBar();
    if (interrupted)
        return fail(
            QCoreApplication::translate("cli", "interrupted; job %1 is being stopped").arg(jobId));
    record = jobs.job(jobId);
    if (!record)
        return fail(QCoreApplication::translate("cli", "job %1 has disappeared").arg(jobId));
    printSummary(jobs, *record, json);
    return record->status == storage::job::kCompleted ? kOk : kFailed;
}

} // namespace bakery::app::cli
