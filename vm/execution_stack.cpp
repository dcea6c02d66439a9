#include "vm/execution_stack.hpp"

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <pthread.h>

namespace mallory::vm {

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kExecutionStack = std::size_t{1}
                                        << 30; // ASan frames are several times larger
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr std::size_t kExecutionStack = std::size_t{1} << 30;
#else
constexpr std::size_t kExecutionStack = std::size_t{64} << 20;
#endif
#else
constexpr std::size_t kExecutionStack = std::size_t{64} << 20;
#endif

/// Set on threads whose stack is big enough for 1024 nested message frames.
thread_local bool t_on_execution_stack = false;

/// A thread with a large stack that runs one job at a time for the thread that owns it.
class StackWorker {
public:
    StackWorker() {
        pthread_attr_t attr;
        if (pthread_attr_init(&attr) != 0) return;
        m_started = pthread_attr_setstacksize(&attr, kExecutionStack) == 0 &&
                    pthread_create(&m_thread, &attr, &StackWorker::start, this) == 0;
        pthread_attr_destroy(&attr);
    }
    ~StackWorker() {
        if (!m_started) return;
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        pthread_join(m_thread, nullptr);
    }
    StackWorker(const StackWorker&) = delete;
    StackWorker& operator=(const StackWorker&) = delete;

    [[nodiscard]] bool started() const noexcept { return m_started; }

    void run(const std::function<void()>& job) {
        std::unique_lock lock(m_mutex);
        m_job = &job;
        m_done = false;
        m_wake.notify_all();
        m_wake.wait(lock, [this] { return m_done; });
    }

private:
    static void* start(void* self) {
        static_cast<StackWorker*>(self)->loop();
        return nullptr;
    }
    void loop() {
        t_on_execution_stack = true;
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || m_job != nullptr; });
            if (m_job == nullptr) return; // stopping, nothing left to run
            const std::function<void()>* job = m_job;
            lock.unlock();
            (*job)();
            lock.lock();
            m_job = nullptr;
            m_done = true;
            m_wake.notify_all();
        }
    }

    pthread_t m_thread{};
    bool m_started = false;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    const std::function<void()>* m_job = nullptr;
    bool m_done = false;
    bool m_stop = false;
};

thread_local std::unique_ptr<StackWorker> t_worker;

} // namespace

bool on_execution_stack() noexcept {
    return t_on_execution_stack;
}

void run_on_execution_stack(const std::function<void()>& job) noexcept {
    if (t_on_execution_stack) {
        job();
        return;
    }
    if (!t_worker) t_worker = std::make_unique<StackWorker>();
    if (t_worker->started()) {
        t_worker->run(job);
        return;
    }
    t_on_execution_stack = true; // no worker: run here, best effort
    job();
    t_on_execution_stack = false;
}

} // namespace mallory::vm
