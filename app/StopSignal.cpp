#include "StopSignal.h"

#include <atomic>
#include <csignal>

namespace bakery::app::cli {
namespace {

std::atomic<int> g_signals{0};
static_assert(std::atomic<int>::is_always_lock_free, "used in a signal handler");

extern "C" void countSignal(int)
{
    g_signals.fetch_add(1);
}

} // namespace

StopSignal::StopSignal(std::function<void(int)> onSignal)
    : m_onSignal(std::move(onSignal))
{
    g_signals.store(0);
    std::signal(SIGINT, countSignal);
    std::signal(SIGTERM, countSignal);
    m_timer.setInterval(100);
    QObject::connect(&m_timer, &QTimer::timeout, [this]() {
        const int n = g_signals.load();
        while (m_seen < n)
            m_onSignal(++m_seen);
    });
    m_timer.start();
}

StopSignal::~StopSignal()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace bakery::app::cli
