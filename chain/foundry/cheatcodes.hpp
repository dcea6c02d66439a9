#pragma once
// Foundry's cheatcodes (LANGUAGE.md §7, contracts/forge-std/Vm.sol): a native account at
// 0x7109709ECfa91a80626fF3989D68f67F5b1DD12D that recognises Vm.sol's functions by selector,
// plus the two hooks that make prank, expectRevert and expectEmit act on "the next call":
//
//  - before_call() sees every message before it runs. A pending prank set by contract C at
//    depth D rewrites the sender of C's next call at depth D (all of them until stopPrank for
//    startPrank); the sender then also pays the call's value, as in Foundry.
//  - after_call() sees the result. An expectRevert armed on that call turns a matching
//    revert into success (with zeroed return data) and anything else into a revert whose
//    reason says what was expected; expectEmit checks that the call emitted the event the
//    test emitted after vm.expectEmit(), comparing the topics and data that were asked for.
//
// The VM's tracer hooks pass the message and the result by const reference; both are mutable
// objects owned by the executor (vm/executor.cpp, vm/interpreter.cpp), and these hooks are the
// one place that changes them (see FoundryTracer in session.hpp).

#include "chain/foundry/abi.hpp"
#include "chain/foundry/access_recorder.hpp"
#include "chain/foundry/env_cheats.hpp"
#include "chain/foundry/fs_cheats.hpp"
#include "chain/foundry/log_recorder.hpp"
#include "chain/foundry/random_cheats.hpp"
#include "vm/executor.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mallory::chain::foundry {

/// Foundry's cheatcode address: 0x7109709ECfa91a80626fF3989D68f67F5b1DD12D.
Address cheatcode_address();

/// Whether the test called forge-std's `fail()`: it stores 1 at the cheatcode address's slot
/// `bytes32("failed")` and goes on, and forge judges the test failed when it ends.
bool failure_recorded(vm::State& state);

/// The Vm.sol signature of a cheatcode selector ("prank(address)"), or nullopt.
std::optional<std::string> cheatcode_signature(std::array<std::uint8_t, 4> selector);

/// A compiled contract vm.getCode (and forge-std's deployCode) can name.
struct Artifact {
    std::string file; ///< its source file, as the compiler was given it
    std::string name;
    std::shared_ptr<const vm::ContractCode> code;
};
using Artifacts = std::vector<Artifact>;

/// The artifact forge would pick for `what`: "File.sol:Name" (the file may be a path, or end
/// the artifact's path), "File.sol" (its one contract), "Name", or forge's artifact path
/// "out/File.sol/Name.json"; a trailing ":version" is ignored. nullptr with `why` (forge's
/// words) when none or several match.
const Artifact* find_artifact(const Artifacts& artifacts, std::string_view what, std::string& why);

class Cheatcodes {
public:
    /// The native handler of the cheatcode address.
    vm::Result handle(vm::Executor& ex, const vm::Message& msg);
    /// May rewrite `msg.sender` (prank) and arms expectations on the next call.
    void before_call(vm::Executor& ex, vm::Message& msg);
    /// Settles expectations armed on `msg` by changing `result`.
    void after_call(vm::Executor& ex, const vm::Message& msg, vm::Result& result);

    /// A reason to fail the test when an expectation was never met (an expectRevert or
    /// expectEmit with no call after it), else nullopt.
    [[nodiscard]] std::optional<std::string> unmet_expectation() const;
    /// Whether the call after vm.assumeNoRevert reverted: the fuzz input is rejected even
    /// when the test caught the revert.
    [[nodiscard]] bool input_rejected() const { return m_input_rejected; }
    /// Forgets pranks and expectations (after setUp, between fuzz runs); labels and the log
    /// recording stay, as in Foundry, where setUp's vm.recordLogs() carries into the test.
    void reset();

    /// vm.recordLogs()'s recording; the fuzz runner saves it after setUp and restores it for
    /// every run, as it does the state.
    [[nodiscard]] const LogRecorder& log_recorder() const noexcept { return m_log_recorder; }
    void restore_log_recorder(LogRecorder r) { m_log_recorder = std::move(r); }

    /// vm.record()'s storage accesses, which the tracer feeds.
    AccessRecorder& access_recorder() noexcept { return m_access_recorder; }

    /// The contracts vm.getCode can name: those compiled with the test or script.
    void set_artifacts(std::shared_ptr<const Artifacts> artifacts) {
        m_artifacts = std::move(artifacts);
    }

    /// Seeds the stream vm.randomUint and the other random cheatcodes draw from (random_seed of
    /// --fuzz-seed and the test). It is not reset between fuzz runs: each run draws new values.
    void seed_random(std::uint64_t seed) noexcept { m_random = RandomStream(seed); }

    [[nodiscard]] const std::map<Address, std::string>& labels() const noexcept { return m_labels; }
    void label(const Address& a, std::string name) { m_labels[a] = std::move(name); }

private:
    struct Prank {
        Address caller; ///< the contract whose calls are pranked
        int depth = 0;  ///< depth of those calls
        Address sender; ///< msg.sender they get
        std::optional<Address> origin;
        bool persistent = false; ///< startPrank
        bool used = false;       ///< applied to a call at least once
    };
    /// vm.expectRevert and vm.expectPartialRevert, with forge's optional reverter and count.
    struct ExpectRevert {
        Address caller;
        int depth = 0;
        /// Data: exactly `data` (or an Error(string) with that text); Selector: data that starts
        /// with the 4 bytes (expectPartialRevert).
        enum class Match { Any, Data, Selector } match = Match::Any;
        Bytes data;
        std::optional<Address> reverter;    ///< the contract the revert must come from
        std::optional<Address> reverted_by; ///< the innermost frame that reverted in the call
        std::uint64_t count = 1;            ///< calls that must revert so; 0: must not
        std::uint64_t seen = 0;             ///< of them, those that did
        bool armed = false;                 ///< the call it applies to is running
    };
    struct ExpectEmit {
        Address caller;
        int depth = 0;
        bool check_topics[4] = {true, true, true, true}; ///< topic 0 (anonymous events), 1-3
        bool check_data = true;
        std::optional<Address> emitter;  ///< the contract that must emit it, when given
        std::size_t log_start = 0;       ///< logs() size when vm.expectEmit was called
        std::optional<vm::Log> expected; ///< captured when the next call starts
        std::size_t call_log_start = 0;
        bool armed = false;
    };
    /// vm.assumeNoRevert: the next call of the test at its depth must not revert, else the
    /// fuzz input is rejected.
    struct AssumeNoRevert {
        Address caller;
        int depth = 0;
        bool armed = false; ///< the call it applies to is running
    };
    static bool applies(const Address& caller, int depth, const vm::Message& msg);
    /// vm.etch(at, code): places Mallory code (vm.getDeployedCode) at `at`.
    static vm::Result etch(vm::Executor& ex, const vm::Message& msg, BytesView args);
    vm::Result cheat(vm::Executor& ex, const vm::Message& msg, const std::string& sig,
                     BytesView args);
    /// vm.sign's (v, r, s), or vm.signCompact's EIP-2098 (r, vs) when `compact`.
    static vm::Result sign(const vm::Message& msg, const U256& key, const U256& digest,
                           bool compact);
    static vm::Result to_string_cheat(const vm::Message& msg, const std::string& sig,
                                      BytesView args);
    vm::Result broadcast(vm::Executor& ex, const vm::Message& msg, const std::string& sig,
                         const U256& arg);
    /// Parses any expectRevert/expectPartialRevert overload into m_expect_revert.
    vm::Result expect_revert(const vm::Message& msg, const std::string& sig, BytesView args);
    /// vm.getCode(artifact): the creation code of a contract compiled with the test.
    vm::Result get_code(const vm::Message& msg, BytesView args);
    /// Parses any expectCall overload (without gas) into m_expect_calls.
    vm::Result expect_call(const vm::Message& msg, const std::string& sig, BytesView args);
    /// Why a reverted call does not meet the expectation; nullopt when it does.
    std::optional<std::string> revert_mismatch(vm::Executor& ex, const vm::Message& msg,
                                               const vm::Result& result) const;
    /// Turns the result of the call an expectRevert is armed on into what forge makes of it;
    /// whether the expectation was met.
    bool settle_revert(vm::Executor& ex, const vm::Message& msg, vm::Result& result);
    void settle_emits(vm::Executor& ex, const vm::Message& msg, vm::Result& result);

    /// A mocked response (vm.mockCall, vm.mockCallRevert): calls to `callee` whose calldata
    /// starts with `data` return (or revert with) `output` without running the callee.
    struct Mock {
        Address callee;
        Bytes data;
        Bytes output;
        bool reverts = false;
    };
    /// A mocked call in flight: before_call points its code address at the cheatcode account,
    /// whose handler answers it from here (see answer_mock).
    struct MockFrame {
        int depth = 0;
        Bytes output;
        bool reverts = false;
    };
    /// vm.expectCall: calls to `callee` starting with `data` (with `value`, when given) must
    /// happen before the test ends: at least `count` (one per expectCall of them), or exactly
    /// `count` when the test gave the count.
    struct ExpectCall {
        Address callee;
        Bytes data;
        std::optional<U256> value;
        std::uint64_t count = 1;
        bool exact = false;
        std::uint64_t seen = 0;
    };
    /// Cheatcodes on state and calls: store, load, mockCall, mockCallRevert, clearMockedCalls,
    /// expectCall. nullopt when `sig` is not one of them.
    std::optional<vm::Result> cheat_calls(vm::Executor& ex, const vm::Message& msg,
                                          const std::string& sig, BytesView args);
    std::optional<vm::Result> cheat_environment(vm::Executor& ex, const vm::Message& msg,
                                                const std::string& sig, BytesView args);
    /// snapshotState/revertToState and their older names: nullopt when `sig` is not one.
    std::optional<vm::Result> cheat_snapshots(vm::Executor& ex, const vm::Message& msg,
                                              const std::string& sig, const U256& id);
    /// Redirects `msg` to the cheatcode account when a mock matches it.
    void apply_mocks(vm::Executor& ex, vm::Message& msg);
    static bool is_mocked_frame(const vm::Message& msg);

    std::vector<Mock> m_mocks;
    std::vector<MockFrame> m_mock_frames;
    std::vector<ExpectCall> m_expect_calls;
    std::optional<Prank> m_prank;
    std::optional<ExpectRevert> m_expect_revert;
    std::optional<AssumeNoRevert> m_assume_no_revert;
    bool m_input_rejected = false; ///< a call after vm.assumeNoRevert reverted
    std::vector<ExpectEmit> m_expect_emits;
    std::optional<Address> m_saved_origin;
    int m_origin_depth = -1;
    std::map<Address, std::string> m_labels;
    /// What the env cheatcodes read and vm.setEnv writes: the process environment under the
    /// variables set in this session (which, like labels, outlast reset()).
    Environment m_env;
    /// The file cheatcodes' project root: the directory the session was made in.
    FileAccess m_files = FileAccess::current_directory();
    RandomStream m_random{random_seed(U256{0}, "")};
    std::shared_ptr<const Artifacts> m_artifacts;
    LogRecorder m_log_recorder;
    AccessRecorder m_access_recorder;
    /// A state snapshot: a position in the state's journal and the block it was taken in.
    /// The journal lives for one transaction, so snapshots are forgotten when the next
    /// transaction starts (a test is one transaction).
    struct StateSnapshot {
        vm::Snapshot journal = 0;
        vm::BlockContext block;
    };
    std::vector<std::optional<StateSnapshot>> m_snapshots; ///< by id; deleted ones empty
};

} // namespace mallory::chain::foundry
