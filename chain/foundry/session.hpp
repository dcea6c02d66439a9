#pragma once
// A Foundry session: a fresh in-memory world state with the cheatcode and console accounts
// bound, a tracer that applies pranks and expectations (and records call trees when asked),
// and helpers to deploy contracts and send transactions through vm::Executor::transact.
// Scripts (`mallory run`) and tests (`mallory test`) both run in sessions; the analyzer and
// the DAO tour can use one to replay a sequence with traces.
//
// Gas price is 0, as in Foundry, so a gas limit of 2^63 - 1 costs nothing up front; the state
// has no block gas limit (it is not a chain::Chain).

#include "chain/block.hpp"
#include "chain/foundry/abi.hpp"
#include "chain/foundry/cheatcodes.hpp"
#include "chain/foundry/console.hpp"
#include "chain/foundry/trace.hpp"
#include "chain/state.hpp"
#include "vm/executor.hpp"
#include "vm/limits.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace mallory::chain::foundry {

/// Foundry's default sender of scripts and tests: 0x1804c8AB1F12E6bbf3894d4083f33e07309d1f38.
Address default_sender();
/// 2^63 - 1: the default gas limit of scripts and tests ("effectively unlimited").
inline constexpr vm::Gas unlimited_gas = INT64_MAX;
/// Balance of the default sender and of each test contract: 2^96 - 1 wei, as in Foundry.
U256 initial_balance();
/// The block a script (`mallory run`) runs in: number 1 at chain::default_timestamp, chain id
/// 31337 (Foundry's), so that `block.timestamp - 1 days` does not underflow.
vm::BlockContext script_block();
/// The block of a test (`mallory test`): number 1 at timestamp 1, as `forge test` starts.
vm::BlockContext test_block();

/// The tool's bounds on a session (vm/limits.hpp): scripts and tests run with 2^63-1 gas, so
/// only these end a loop that never stops or a run that would take all of the machine's memory.
struct RunLimits {
    std::chrono::milliseconds timeout{60'000}; ///< wall clock, from Session::limit() on
    std::uint64_t memory_bytes = 1ULL << 30;   ///< per transaction (MemoryBudget)
};

/// Feeds the executor's hooks to the cheatcodes (which may rewrite the message and the
/// result: see cheatcodes.hpp) and to an optional trace recorder.
class FoundryTracer final : public vm::Tracer {
public:
    FoundryTracer(vm::Executor& ex, Cheatcodes& cheats, Console& console)
        : m_ex(ex), m_cheats(cheats), m_console(console) {}
    void set_recorder(TraceRecorder* r) noexcept { m_recorder = r; }
    void on_call_enter(const vm::Message& msg) override;
    void on_call_exit(const vm::Message& msg, const vm::Result& result) override;
    void on_log(const vm::Log& log) override { m_console.on_log(log); }
    /// Feeds SLOAD and SSTORE to vm.record()'s recorder (steps are observed only meanwhile).
    void on_step(const vm::StepInfo& step) override;

private:
    /// The account whose storage each running frame uses (a delegatecall's is its caller's).
    std::vector<Address> m_storage_of;
    vm::Executor& m_ex;
    Cheatcodes& m_cheats;
    Console& m_console;
    TraceRecorder* m_recorder = nullptr;
};

/// The outcome of one transaction in a session.
struct TxOutcome {
    vm::TxResult tx;
    Address created; ///< deployments only
    [[nodiscard]] bool success() const noexcept {
        return tx.validity == vm::TxValidity::Valid && tx.result.success();
    }
};

class Session {
public:
    /// `record_traces`: keep a call tree of every transaction (for -vvv); `block`: the block
    /// every transaction runs in (cheatcodes such as warp and roll change it).
    explicit Session(bool record_traces = false, vm::BlockContext block = script_block());
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    WorldState& state() noexcept { return m_state; }
    vm::Executor& executor() noexcept { return m_exec; }
    Cheatcodes& cheats() noexcept { return m_cheats; }
    Console& console() noexcept { return m_console; }
    /// nullptr unless traces are recorded.
    TraceRecorder* recorder() noexcept { return m_recorder.get(); }

    /// Deploys `code` with ABI-encoded constructor `args`.
    TxOutcome deploy(const std::shared_ptr<const vm::ContractCode>& code, BytesView args,
                     const Address& from, const U256& value = {},
                     vm::Gas gas_limit = unlimited_gas);
    /// Deploys a test contract where forge does: the default sender creates it at nonce 1,
    /// so it lands at 0x7FA9385bE102ac3EAc297483Dd6233D62b3e1496 and what it creates at
    /// forge's addresses too.
    TxOutcome deploy_test(const std::shared_ptr<const vm::ContractCode>& code);
    /// Bounds every later transaction of the session: the clock starts now.
    void limit(const RunLimits& limits);
    /// "timeout: ..." or "out of memory: ..." when a limit ended the last transaction (the
    /// transaction's status alone may hide it: a cheatcode can rewrite a frame's result).
    [[nodiscard]] std::optional<std::string> limit_failure() const;

    /// Sends a call transaction.
    TxOutcome call(const Address& from, const Address& to, Bytes data, const U256& value = {},
                   vm::Gas gas_limit = unlimited_gas);

    /// The code deployed at `a` (nullptr for none or a native account).
    const vm::ContractCode* code_of(const Address& a);
    /// Every contract code deployed in this session (for decoding custom errors).
    [[nodiscard]] std::vector<const vm::ContractCode*> codes() const;
    /// Names for the trace printer and decoders; `params` may be null.
    TraceNames names(const ParamNames* params);

private:
    WorldState m_state;
    vm::Executor m_exec;
    Cheatcodes m_cheats;
    Console m_console;
    FoundryTracer m_tracer;
    std::unique_ptr<TraceRecorder> m_recorder;
    std::vector<std::shared_ptr<const vm::ContractCode>> m_codes;
    RunLimits m_limits;
    std::unique_ptr<vm::Watchdog> m_watchdog; ///< last: stopped before what it interrupts dies
};

/// Selects a function of `code` by its signature ("deposit(uint256)") or, if unambiguous, by its
/// bare name ("run"). Returns nullptr with `why` set otherwise.
const vm::AbiEntry* find_function(const vm::ContractCode& code, std::string_view sig,
                                  std::string& why);

/// Calldata for `entry` with text arguments (see encode_arguments).
std::optional<Bytes> calldata(const vm::AbiEntry& entry, const std::vector<std::string>& args,
                              const AddressResolver& resolve, std::string& error);

} // namespace mallory::chain::foundry
