#pragma once
// A message (one call or creation frame) and its result, as in the EVM.

#include "vm/code.hpp"
#include "vm/gas.hpp"
#include "vm/types.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

namespace mallory::vm {

/// EVM call depth limit: a message at depth > kMaxDepth fails without running.
inline constexpr int kMaxDepth = 1024;

enum class CallKind : std::uint8_t { Call, DelegateCall, Create };

struct Message {
    CallKind kind = CallKind::Call;
    bool is_static = false; ///< STATICCALL or inside one: state writes fail the frame
    int depth = 0;          ///< 0 for the transaction's own message
    Gas gas = 0;
    Address sender;       ///< CALLER
    Address recipient;    ///< ADDRESS: whose storage and balance the code uses
    Address code_address; ///< whose code runs (differs from recipient for DELEGATECALL)
    U256 value;           ///< CALLVALUE; transferred for Call and Create, not DelegateCall
    BytesView input;      ///< calldata; for Create, the ABI-encoded constructor arguments
    std::shared_ptr<const ContractCode> init; ///< Create only: the contract to deploy
    std::optional<U256> salt; ///< Create only: CREATE2's salt (the address does not use the nonce)
};

#define MALLORY_STATUSES(X)                                                                        \
    X(Success, "success")                                                                          \
    X(Revert, "reverted")                                                                          \
    X(OutOfGas, "out of gas")                                                                      \
    X(InvalidInstruction, "invalid instruction")                                                   \
    X(StackOverflow, "stack overflow in internal calls")                                           \
    X(CallFrameLimit, "internal call depth limit")                                                 \
    X(StaticViolation, "state modification in a static context")                                   \
    X(ReturnDataOutOfBounds, "return data read out of bounds")                                     \
    X(CallDepthExceeded, "call depth limit (1024) exceeded")                                       \
    X(InsufficientBalance, "insufficient balance for value transfer")                              \
    X(CreateCollision, "contract address already in use")                                          \
    X(NonceOverflow, "sender nonce overflow")                                                      \
    X(InvalidCode, "code failed to load or verify")                                                \
    X(NativeFailure, "native handler failed")                                                      \
    X(Timeout, "timeout: the wall-clock limit was reached")                                        \
    X(OutOfMemory, "out of memory: the memory limit was reached")                                  \
    X(PrecompileFailure, "precompiled contract rejected its input")

/// How a frame ended. Only Success keeps state changes; only Success and Revert keep the
/// unused gas; every other failure consumes all of the frame's gas.
enum class Status : std::uint8_t {
#define X(name, text) name,
    MALLORY_STATUSES(X)
#undef X
};
std::string_view to_string(Status s) noexcept;

/// Failures that happen before a frame runs (depth, balance): the caller gets its gas back.
constexpr bool returns_gas(Status s) noexcept {
    return s == Status::Success || s == Status::Revert || s == Status::CallDepthExceeded ||
           s == Status::InsufficientBalance || s == Status::NonceOverflow;
}

/// The tool's limits (vm/limits.hpp), not EVM failures: they end the whole transaction, so a
/// caller frame propagates them instead of treating them as a failed call.
constexpr bool aborts_transaction(Status s) noexcept {
    return s == Status::Timeout || s == Status::OutOfMemory;
}

struct Result {
    Status status = Status::Success;
    Gas gas_left = 0;
    Gas gas_refund = 0; ///< SSTORE refund counter of the frame (kept by the parent on success)
    Bytes output;       ///< RETURN data, or revert data
    Address created;    ///< Create: the new contract's address on success
    [[nodiscard]] bool success() const noexcept { return status == Status::Success; }
};

/// Solidity's Panic(uint256) error: selector 0x4e487b71 followed by the code as a word.
namespace panic {
inline constexpr std::uint8_t generic = 0x00;
inline constexpr std::uint8_t assert_failed = 0x01;
inline constexpr std::uint8_t overflow = 0x11;
inline constexpr std::uint8_t division_by_zero = 0x12;
inline constexpr std::uint8_t enum_conversion = 0x21;
inline constexpr std::uint8_t storage_encoding = 0x22;
inline constexpr std::uint8_t pop_empty = 0x31;
inline constexpr std::uint8_t index_out_of_bounds = 0x32;
inline constexpr std::uint8_t out_of_memory = 0x41;
inline constexpr std::uint8_t zero_function = 0x51;
} // namespace panic
Bytes panic_data(std::uint8_t code);

} // namespace mallory::vm
