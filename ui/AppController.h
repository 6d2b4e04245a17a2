#pragma once
// The GUI's one door to the engine: opens the workspace (settings, store, crash recovery),
// owns the training queue, and runs every load and write off the GUI thread, handing the
// result back on it. Pages hold a pointer to it; none of them runs SQL or fits a model.

#include "config/Settings.h"
#include "training/ProductStatus.h"
#include "training/TrainingProgress.h"
#include "training/Workspace.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>

#include <functional>
#include <memory>
#include <optional>

namespace bakery::storage {
struct JobRecord;
}

namespace bakery::ui {

class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(config::Settings settings, QObject* parent = nullptr);
    ~AppController() override;

    /// Opens the store; false and *error when it cannot be used.
    bool open(QString* error);
    bool isOpen() const { return m_workspace != nullptr; }
    training::Workspace& workspace() { return *m_workspace; }
    const config::Settings& settings() const { return m_settings; }
    QString tenant() const { return m_settings.tenantId; }

    /// The products as last loaded (reloadProducts()).
    const std::vector<training::ProductStatus>& products() const { return m_products; }
    /// Reloads the products table data in the background; productsChanged() when done.
    void reloadProducts();

    /// Queues a Train all (or the named products); the running job reports through
    /// trainingProgress() and jobFinished(). The same request while one runs returns it.
    std::optional<storage::JobRecord> train(const QStringList& products, bool force,
                                            QString* error);
    /// train() off the GUI thread (queuing writes to the store); `done` gets the error, empty
    /// when the job was queued.
    void trainInBackground(QObject* context, const QStringList& products,
                           std::function<void(const QString& error)> done);
    bool cancel(const QString& jobId, QString* error);
    bool deploy(qint64 modelId, const QString& reason, QString* error);
    bool rollback(const QString& product, QString* error);
    /// The job that runs in this process now, empty if none.
    QString runningJob() const;

    /// Runs `work` on the controller's pool (its database connection is released after),
    /// then `done` with the result on `context`'s thread, unless `context` is gone.
    template <typename T>
    void runAsync(QObject* context, std::function<T()> work, std::function<void(const T&)> done)
    {
        auto* watcher = new QFutureWatcher<T>(context);
        connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done]() {
            done(watcher->result());
            watcher->deleteLater();
        });
        const storage::Database* db = &m_workspace->database();
        watcher->setFuture(QtConcurrent::run(&m_pool, [work, db]() {
            T result = work();
            db->releaseThreadConnection();
            return result;
        }));
    }

public slots:
    /// For pages that wrote to the store (the import wizard): emits storeChanged().
    void notifyStoreChanged() { emit storeChanged(); }

signals:
    void productsChanged();
    /// Sales, models or deployments changed (import, training, deploy): reload what you show.
    void storeChanged();
    void trainingProgress(const bakery::training::TrainingProgress& progress);
    void jobStarted(const QString& jobId);
    void jobFinished(const QString& jobId, const QString& status);

private:
    config::Settings m_settings;
    std::unique_ptr<training::Workspace> m_workspace;
    std::vector<training::ProductStatus> m_products;
    QThreadPool m_pool; ///< loads and writes off the GUI thread
    QString m_runningJob;
    bool m_reloadPending = false;
    bool m_reloading = false;
};

} // namespace bakery::ui
