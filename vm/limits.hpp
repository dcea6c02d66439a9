#pragma once
// The tool's own resource limits on an execution, apart from the EVM's gas: a wall-clock
// interrupt and a cap on the memory a transaction may make the process hold. Scripts and tests
// run with 2^63-1 gas, which pays for loops that never end and for gigabytes of memory and
// storage; these limits end such a run with a clean status (Status::Timeout,
// Status::OutOfMemory) instead of a hang or std::bad_alloc. Both abort the whole transaction:
// an enclosing frame cannot catch them as it catches a failed call.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

namespace mallory::vm {

/// Bytes a transaction may hold at once: frame memories (given back when a frame ends) plus an
/// estimate of what storage writes, cold accesses and logs add to the state and its journal
/// (kept until the transaction ends). Not thread-safe: one per executor.
class MemoryBudget {
public:
    /// Estimated bytes one journaled state change (a slot write, a cold access) costs: a
    /// journal entry holds a key and a value (64 bytes and a tag), in a vector that doubles.
    static constexpr std::uint64_t journal_entry = 160;

    void set_limit(std::uint64_t bytes) noexcept { m_limit = bytes; }
    [[nodiscard]] std::uint64_t limit() const noexcept { return m_limit; }
    [[nodiscard]] std::uint64_t used() const noexcept { return m_used; }
    /// Sticky until reset(): some request was refused in this transaction.
    [[nodiscard]] bool exhausted() const noexcept { return m_exhausted; }

    /// Takes `n` bytes; false (and exhausted from then on) when that would pass the limit.
    bool take(std::uint64_t n) noexcept {
        if (n > m_limit - m_used) {
            m_exhausted = true;
            return false;
        }
        m_used += n;
        return true;
    }
    /// Gives back bytes taken earlier (a frame's memory when the frame ends).
    void give(std::uint64_t n) noexcept { m_used = n > m_used ? 0 : m_used - n; }
    /// A new transaction: nothing held, nothing refused.
    void reset() noexcept {
        m_used = 0;
        m_exhausted = false;
    }

private:
    std::uint64_t m_limit = UINT64_MAX;
    std::uint64_t m_used = 0;
    bool m_exhausted = false;
};

/// Calls `on_expiry` once from its own thread when `timeout` passes, unless destroyed first.
/// The callback must be thread-safe (Executor::interrupt() is).
class Watchdog {
public:
    Watchdog(std::chrono::milliseconds timeout, std::function<void()> on_expiry);
    ~Watchdog();
    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;

    /// Whether the timeout passed and the callback ran.
    [[nodiscard]] bool fired() const noexcept { return m_fired.load(); }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_cancelled = false;
    std::atomic<bool> m_fired{false};
    std::thread m_thread;
};

} // namespace mallory::vm
