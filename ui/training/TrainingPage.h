#pragma once
// "What is it doing now? What happened before?": the running job's progress (percent,
// current step in plain words, products done / total, time left, Cancel), a live log, an
// inline notice when it ends (what succeeded; each failure with its reason and what to do),
// and the history of jobs with each job's step log.

#include "storage/JobStore.h"
#include "training/TrainingProgress.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace bakery::ui {

class AppController;

class TrainingPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingPage(AppController* controller, QWidget* parent = nullptr);

    /// Plain words for a pipeline step ("evaluate" -> "checking accuracy on the most recent days").
    static QString stepText(const QString& step);

signals:
    void trainAllRequested();

private:
    void showProgress(const training::TrainingProgress& p);
    void jobFinished(const QString& jobId, const QString& status);
    void reloadHistory();
    void showLastJob(const storage::JobRecord& job);
    void showJobLog(const QString& jobId);

    AppController* m_controller;
    QString m_jobId;
    QProgressBar* m_progress;
    QLabel* m_step;
    QLabel* m_counts;
    QLabel* m_eta;
    QPushButton* m_cancel;
    QPushButton* m_trainAll;
    QLabel* m_notice;
    QPlainTextEdit* m_log;
    QTableWidget* m_jobs;
    QPlainTextEdit* m_jobLog;
};

} // namespace bakery::ui
