#include "vm/limits.hpp"

namespace mallory::vm {

Watchdog::Watchdog(std::chrono::milliseconds timeout, std::function<void()> on_expiry) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    m_thread = std::thread([this, deadline, fn = std::move(on_expiry)] {
        std::unique_lock lock(m_mutex);
        if (m_cv.wait_until(lock, deadline, [this] { return m_cancelled; })) return;
        m_fired = true;
        fn();
    });
}

Watchdog::~Watchdog() {
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_cv.notify_all();
    m_thread.join();
}

} // namespace mallory::vm
