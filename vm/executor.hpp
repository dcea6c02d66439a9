#pragma once
// Message-call semantics in one place: depth limit, value transfer, snapshots and rollback,
// contract creation (address, nonces, code deposit), native accounts, tracing. The chain
// executes transactions through it and the analyzer's explorer drives it; neither has a
// second copy of these rules.
//
// Creation model: CREATE i (or a creation transaction) deploys a whole ContractCode. The new
// account gets nonce 1 and the value; the container's constructor function runs with the
// ABI-encoded constructor arguments as calldata and CALLVALUE = value, while the account
// still has no code (EXTCODESIZE(this) == 0, as on the EVM); on success the container's bytes
// are installed as the account's code, paying 200 gas per byte. A creation transaction's data
// is the container's serialization followed by the constructor arguments (vm::load_prefix).

#include "vm/keccak_cache.hpp"
#include "vm/limits.hpp"
#include "vm/message.hpp"
#include "vm/state.hpp"
#include "vm/tracer.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace mallory::vm {

class Executor;

/// A C++ implementation of an account (cheatcodes, console.log, the analyzer's adversary).
/// It receives the message after value transfer and may call back into the executor
/// (re-entering contracts). It returns its result and unused gas like any frame; a non-Success
/// result rolls back what it did, exactly as for bytecode.
using NativeHandler = std::function<Result(Executor&, const Message&)>;

struct BlockContext {
    Address coinbase;
    std::uint64_t number = 1;
    std::uint64_t timestamp = 1;
    U256 chain_id{31337};
    std::uint64_t gas_limit = 30'000'000; ///< GASLIMIT
    U256 base_fee{};                      ///< BASEFEE: wei per gas, 0 without a fee market
    U256 prevrandao{};                    ///< PREVRANDAO: the previous block's beacon output
    /// BLOCKHASH: the hash of an earlier block, asked only for the 256 before `number` (the
    /// instruction gives 0 for any other); none: a VM without history, every hash 0.
    std::function<U256(std::uint64_t)> hash_of;
    /// What BLOCKHASH of `n` gives in this block.
    U256 block_hash(const U256& n) const;
};

struct TxContext {
    Address origin;
    U256 gas_price;
};

/// A transaction as the executor's transact() helper sees it (already authenticated).
struct Transaction {
    Address from;
    std::optional<Address> to; ///< none: creation, data = container ++ constructor args
    U256 value;
    Bytes data;
    Gas gas_limit = 30'000'000;
    U256 gas_price;
};

enum class TxValidity : std::uint8_t {
    Valid,
    IntrinsicGasTooLow,
    InsufficientFunds,
    NonceOverflow
};
std::string_view to_string(TxValidity v) noexcept;

struct TxResult {
    TxValidity validity = TxValidity::Valid; ///< not Valid: nothing was executed or charged
    Result result;
    Gas gas_used = 0;      ///< after the refund
    Gas gas_refunded = 0;  ///< refund granted (capped at gas used / 5)
    std::vector<Log> logs; ///< empty unless the transaction succeeded
};

class Executor {
public:
    explicit Executor(State& state, BlockContext block = {}, TxContext tx = {});
    ~Executor();
    Executor(const Executor&) = delete;
    Executor& operator=(const Executor&) = delete;

    /// Runs one message (a call or a creation) with the EVM's rules; never throws.
    Result execute(const Message& msg) noexcept;

    /// Runs a whole transaction: intrinsic gas, nonce, gas purchase, execute(), refund cap
    /// (EIP-3529), payment of gas used to the coinbase. Starts a new transaction in the state.
    TxResult transact(const Transaction& tx);

    void bind_native(const Address& a, NativeHandler h) { m_natives[a] = std::move(h); }
    void unbind_native(const Address& a) { m_natives.erase(a); }
    [[nodiscard]] bool is_native(const Address& a) const { return m_natives.contains(a); }

    /// Outermost messages run on a helper thread with a large stack (1024 nested frames need
    /// ~2 MiB of C++ stack, far more under sanitizers). Turn off only when the calling thread's
    /// stack is known to suffice, e.g. to measure per-thread CPU time in benchmarks.
    void set_large_stack(bool on) noexcept { m_large_stack = on; }

    /// A tracer (or nullptr). The traced interpreter runs only when the tracer observes steps;
    /// a call-level tracer leaves every instruction on the untraced fast path.
    void set_tracer(Tracer* t) noexcept { m_tracer = t; }
    [[nodiscard]] Tracer* tracer() const noexcept { return m_tracer; }
    [[nodiscard]] bool traces_steps() const noexcept {
        return m_tracer != nullptr && m_tracer->observes_steps();
    }

    /// Stops the running execution at its next backward jump, internal or external call, with
    /// Status::Timeout (the whole transaction aborts). Thread-safe: a Watchdog calls it. Sticky
    /// until clear_interrupt().
    void interrupt() noexcept { m_interrupted.store(true, std::memory_order_relaxed); }
    void clear_interrupt() noexcept { m_interrupted.store(false, std::memory_order_relaxed); }
    [[nodiscard]] bool interrupted() const noexcept {
        return m_interrupted.load(std::memory_order_relaxed);
    }
    /// Caps the bytes one transaction may hold (vm/limits.hpp); beyond it, Status::OutOfMemory.
    void set_memory_limit(std::uint64_t bytes) noexcept { m_budget.set_limit(bytes); }
    MemoryBudget& memory_budget() noexcept { return m_budget; }
    /// Which limit ended the last transaction, if any: Timeout, OutOfMemory, else Success.
    /// Checked after a transaction because a native handler (a cheatcode) may have rewritten the
    /// frame's status.
    [[nodiscard]] Status limit_hit() const noexcept {
        return interrupted()          ? Status::Timeout
               : m_budget.exhausted() ? Status::OutOfMemory
                                      : Status::Success;
    }

    State& state() noexcept { return m_state; }
    /// SELFDESTRUCT of the executing account `a` (EIP-6780): its whole balance goes to
    /// `beneficiary`. An account created in the running transaction is left with nothing (what
    /// it sent itself is burned) and is deleted when the transaction's outermost message ends;
    /// any other account keeps its code and storage. Undone with the frame that asked.
    void self_destruct(const Address& a, const Address& beneficiary);
    /// Memoised Keccak-256 for KECCAK256 over short inputs.
    KeccakCache& keccak_cache() noexcept { return *m_keccak; }
    BlockContext& block() noexcept { return m_block; }
    TxContext& tx() noexcept { return m_tx; }

    /// Scratch stack for the interpreter at a message depth (reused across calls).
    struct StackSpace;
    StackSpace& stack_space(int depth);

private:
    Result execute_call(const Message& msg) noexcept;
    Result execute_create(const Message& msg) noexcept;
    Result run_code(const Message& msg) noexcept;
    /// Ends the transaction's outermost message: deletes the accounts that self-destructed in
    /// the transaction that created them, when it succeeded.
    void finish_transaction(const Result& r) noexcept;
    void transfer(const Address& from, const Address& to, const U256& value);

    State& m_state;
    BlockContext m_block;
    TxContext m_tx;
    Tracer* m_tracer = nullptr;
    bool m_large_stack = true;
    std::atomic<bool> m_interrupted{false};
    MemoryBudget m_budget;
    std::unordered_map<Address, NativeHandler> m_natives;
    std::vector<std::unique_ptr<StackSpace>> m_stacks;
    /// The running transaction's creations, and those of them that self-destructed (EIP-6780):
    /// a failed frame drops what it added; the outermost message's end deletes the second.
    std::vector<Address> m_created;
    std::vector<Address> m_destructed;
    std::unique_ptr<KeccakCache> m_keccak = std::make_unique<KeccakCache>();
};

} // namespace mallory::vm
