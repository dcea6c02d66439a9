#pragma once
// The bytecode interpreter: one noexcept dispatch loop (computed goto), instantiated with and
// without tracing. Code must have been verified (vm/verify.hpp).

#include "vm/executor.hpp"
#include "vm/verify.hpp"

namespace mallory::vm {

struct ReturnFrame {
    const std::uint8_t* pc; ///< where RETF resumes in the caller
    U256* bp;               ///< the caller's frame base
    const FunctionInfo* fn; ///< the callee (RETF needs its output count)
};

struct Executor::StackSpace {
    /// One extra slot below the first item, so an empty stack's top pointer stays in bounds.
    U256 items[kStackLimit + 1];
    ReturnFrame frames[kMaxCallFrames];
};

/// Runs function `entry` (0 for calls, the constructor for creations) of verified `code` for
/// the message. Uses the executor's tracer if one is set.
Result interpret(Executor& ex, const Message& msg, const ContractCode& code,
                 std::uint16_t entry) noexcept;

} // namespace mallory::vm
