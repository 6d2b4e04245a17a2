#pragma once
// SIGINT and SIGTERM for the long-running commands (train --wait, worker): the handler
// only counts the signal in an atomic; a timer on the event loop polls the count and
// calls back there, so the reaction (cancel a job, stop a worker) runs on the main thread.

#include <QTimer>

#include <functional>

namespace bakery::app::cli {

class StopSignal
{
public:
    /// `onSignal(n)`: the n-th SIGINT/SIGTERM since construction (1 first), on this thread.
    explicit StopSignal(std::function<void(int)> onSignal);
    /// Restores the default handlers.
    ~StopSignal();
    StopSignal(const StopSignal&) = delete;
    StopSignal& operator=(const StopSignal&) = delete;

private:
    std::function<void(int)> m_onSignal;
    QTimer m_timer;
    int m_seen = 0;
};

} // namespace bakery::app::cli
