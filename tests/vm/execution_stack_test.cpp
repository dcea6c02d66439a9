// The execution-stack worker: jobs run on one persistent large-stack thread per caller thread.
#include "vm/execution_stack.hpp"

#include <gtest/gtest.h>
#include <pthread.h>
#include <thread>

namespace mallory::vm {
namespace {

TEST(ExecutionStack, JobsRunOnOnePersistentWorker) {
    ASSERT_FALSE(on_execution_stack());
    pthread_t first{}, second{};
    bool inside = false;
    run_on_execution_stack([&] {
        first = pthread_self();
        inside = on_execution_stack();
    });
    run_on_execution_stack([&] { second = pthread_self(); });
    EXPECT_TRUE(inside);
    EXPECT_FALSE(pthread_equal(first, pthread_self()));
    EXPECT_TRUE(pthread_equal(first, second)); // reused, not a thread per job
    EXPECT_FALSE(on_execution_stack());
}

TEST(ExecutionStack, NestedJobsRunInline) {
    pthread_t outer{}, inner{};
    run_on_execution_stack([&] {
        outer = pthread_self();
        run_on_execution_stack([&] { inner = pthread_self(); });
    });
    EXPECT_TRUE(pthread_equal(outer, inner));
}

TEST(ExecutionStack, EachCallerThreadHasItsOwnWorker) {
    pthread_t a{}, b{};
    std::thread t1([&] { run_on_execution_stack([&] { a = pthread_self(); }); });
    t1.join();
    std::thread t2([&] { run_on_execution_stack([&] { b = pthread_self(); }); });
    t2.join();
    int ran = 0;
    for (int i = 0; i < 100; ++i)
        run_on_execution_stack([&] { ++ran; });
    EXPECT_EQ(ran, 100);
    EXPECT_FALSE(pthread_equal(a, pthread_self()));
    EXPECT_FALSE(pthread_equal(b, pthread_self()));
}

/// Deep recursion that would overflow an 8 MiB stack runs on the worker.
int deep(int n) {
    volatile char pad[4096];
    pad[0] = static_cast<char>(n);
    return n == 0 ? pad[0] : deep(n - 1) + 1 + (pad[0] & 0);
}

TEST(ExecutionStack, HoldsDeepRecursion) {
    int result = -1;
    run_on_execution_stack([&] { result = deep(4000); }); // about 16 MiB of frames
    EXPECT_EQ(result, 4000);
}

} // namespace
} // namespace mallory::vm
