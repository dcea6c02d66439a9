#pragma once
/// A large C++ stack for nested messages. 1024 nested calls need more stack than a default
/// thread has (a few KiB per level, far more under sanitizers), so outermost messages run on a
/// thread with a large stack. Each thread that runs them gets one persistent worker with such
/// a stack (started on first use, joined when the thread ends); the caller waits while its job
/// runs there. Starting a thread per message cost far more than most messages: chain_bench
/// measured 700 token calls/s that way against 29.7k/s inline.

#include <functional>

namespace mallory::vm {

/// Whether the current thread already runs on a large execution stack.
bool on_execution_stack() noexcept;

/// Runs `job` on the current thread's execution-stack worker; inline when already on one (or,
/// best effort, when no worker can be started). `job` must not throw.
void run_on_execution_stack(const std::function<void()>& job) noexcept;

} // namespace mallory::vm
