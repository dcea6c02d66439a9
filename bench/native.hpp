#pragma once
// The native C++ versions of the four shared workloads (copied from shared/bench/native.cpp),
// the reference every Mallory figure is divided by.
#include <cstdint>
#include <stdexcept>
#include <unordered_map>

namespace mallory::bench::native {

using u64 = std::uint64_t;

/// Sum of i*i for i < n, wrapping (Loop.sol).
__attribute__((noinline)) inline u64 loop(u64 n) {
    u64 s = 0;
    for (u64 i = 0; i < n; ++i)
        s += i * i;
    return s;
}

/// Naive recursive Fibonacci (Fib.sol).
__attribute__((noinline)) inline u64 fib(u64 n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

/// n writes of fresh slots, then n reads (Store.sol).
__attribute__((noinline)) inline u64 store(u64 n) {
    std::unordered_map<u64, u64> storage;
    for (u64 i = 0; i < n; ++i)
        storage[i] = i + 1;
    u64 s = 0;
    for (u64 i = 0; i < n; ++i)
        s += storage.find(i)->second;
    return s;
}

inline void xfer(std::unordered_map<u64, u64>& bal, u64 from, u64 to, u64 amount) {
    u64& fb = bal[from];
    if (fb < amount) throw std::runtime_error("insufficient balance");
    fb -= amount;
    u64& tb = bal[to];
    if (__builtin_add_overflow(tb, amount, &tb)) throw std::overflow_error("overflow");
}

/// n alternating checked token transfers between two accounts (Transfer.sol).
__attribute__((noinline)) inline u64 transfer(u64 n) {
    constexpr u64 A = 0xA11CE, B = 0xB0B;
    std::unordered_map<u64, u64> bal;
    u64& a = bal[A];
    if (__builtin_add_overflow(a, u64{1000000} * 1000000000000000000ull, &a))
        throw std::overflow_error("overflow");
    for (u64 i = 0; i < n; ++i) {
        if (i % 2 == 0)
            xfer(bal, A, B, 3);
        else
            xfer(bal, B, A, 1 + (i % 3));
    }
    return bal[B];
}

} // namespace mallory::bench::native
