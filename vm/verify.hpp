#pragma once
// Load-time verification of untrusted code (in the spirit of EOF validation). After verify()
// accepts a ContractCode the interpreter may assume: every opcode is defined, immediates are
// complete and in range, jumps land on instruction starts inside their function, the stack
// height at every reachable instruction is fixed and never below the instruction's inputs or
// above the function's declared max_stack, RETF sees exactly the function's outputs, and
// control never falls off the end of a function. What remains for run time: CALLF checks the
// total stack (kStackLimit) and the return stack depth (kMaxCallFrames), once per call.

#include "vm/code.hpp"

#include <cstdint>
#include <string_view>

namespace mallory::vm {

/// Items in one message call's stack (all internal frames together).
inline constexpr std::uint32_t kStackLimit = 1024;
/// Internal call frames (CALLF depth) in one message call.
inline constexpr std::uint32_t kMaxCallFrames = 1024;

#define MALLORY_VERIFY_ERRORS(X)                                                                   \
    X(Ok, "ok")                                                                                    \
    X(NoFunctions, "the code has no functions")                                                    \
    X(BadFunctionLayout, "functions must tile the code section in order, each non-empty")          \
    X(BadEntryFunction, "function 0 (the entry) must take and return nothing")                     \
    X(BadConstructor, "the constructor must be a valid function taking and returning nothing")     \
    X(StackLimitExceeded, "a function's max_stack exceeds the stack limit")                        \
    X(UnknownOpcode, "unknown opcode")                                                             \
    X(TruncatedImmediate, "immediate operand runs past the end of the function")                   \
    X(BadLocalIndex, "local slot index out of the function's frame")                               \
    X(BadFunctionIndex, "CALLF to a function index that does not exist")                           \
    X(BadConstantIndex, "constant pool index out of range")                                        \
    X(BadChildIndex, "CREATE of a child contract index out of range")                              \
    X(BadTypeImmediate, "invalid integer type or byte width immediate")                            \
    X(BadStackIndex, "DUP/SWAP index must be at least 1")                                          \
    X(JumpOutOfFunction, "jump target outside the current function")                               \
    X(JumpIntoImmediate, "jump target is not the start of an instruction")                         \
    X(StackUnderflow, "instruction needs more stack items than the frame holds")                   \
    X(StackOverflow, "stack height exceeds the stack limit")                                       \
    X(StackHeightMismatch, "different stack heights where control flow joins")                     \
    X(MaxStackMismatch, "declared max_stack differs from the computed one")                        \
    X(BadRetfHeight, "RETF with a stack height other than the function's outputs")                 \
    X(FallsOffEnd, "control falls off the end of the function")                                    \
    X(BadChild, "a child contract failed verification")

/// Why verification rejected code; the text of each is in one place, to_string().
enum class VerifyError : std::uint8_t {
#define X(name, text) name,
    MALLORY_VERIFY_ERRORS(X)
#undef X
};

std::string_view to_string(VerifyError e) noexcept;

struct VerifyResult {
    VerifyError error = VerifyError::Ok;
    std::uint32_t offset = 0; ///< code offset of the offending instruction (when relevant)
    std::int32_t function = -1;

    [[nodiscard]] bool ok() const noexcept { return error == VerifyError::Ok; }
};

/// Checks the container and all its children. Never throws, never reads out of bounds.
VerifyResult verify(const ContractCode& code) noexcept;

/// Computes max_stack of one function from its code (what verify() compares against), for
/// builders; returns -1 when the function does not verify.
int compute_max_stack(const ContractCode& code, std::size_t function_index) noexcept;

} // namespace mallory::vm
