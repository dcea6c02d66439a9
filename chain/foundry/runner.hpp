#pragma once
// Foundry-style tests: discovery of test functions in a compiled test contract and their
// execution, each test in a fresh Session: deploy the test contract from the default sender,
// give it Foundry's initial balance, call setUp() if it has one, then the test. A test passes
// when its call succeeds (a `testFail*` test when it reverts) and no expectation set by a
// cheatcode is left unmet. Gas is the test transaction's gas used. A test with parameters is a
// fuzz test (fuzz_runner.hpp): it runs many times with generated inputs. A test that calls
// vm.skip(true), or whose setUp() does, is skipped.

#include "chain/foundry/abi.hpp"
#include "chain/foundry/filter.hpp"
#include "chain/foundry/fuzz.hpp"
#include "chain/foundry/invariant.hpp"
#include "chain/foundry/session.hpp"
#include "vm/code.hpp"
#include "vm/gas.hpp"

#include <chrono>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace mallory::chain::foundry {

class GasReport;

/// Test functions of a contract: public functions named test*, by signature, sorted by name
/// (as Foundry runs them). Those with parameters are fuzz tests.
std::vector<std::string> discover_tests(const vm::ContractCode& code);

struct TestOptions {
    /// Only tests whose name ("testDeposit()") or qualified name ("DAOTest::testDeposit()")
    /// contains a match.
    std::optional<std::regex> match;
    /// Render the call trace of failing tests (-vvv).
    bool traces = false;
    /// With `traces`: also of passing tests (-vvvv; a fuzz test's last run).
    bool passing_traces = false;
    /// With `traces`: also render setUp()'s trace (-vvvv shows it for failing tests, -vvvvv for
    /// every test).
    bool setup_traces = false;
    const ParamNames* params = nullptr;
    /// The contracts vm.getCode (forge-std's deployCode) can name.
    std::shared_ptr<const Artifacts> artifacts;
    /// Per test (deployment, setUp and the test together): a test that hits one fails.
    RunLimits limits;
    /// Invariant tests: runs, depth, seed, --reentrant (invariant.hpp).
    InvariantOptions invariant;
    /// --gas-report: every deployment and call of the tests (setUp included) is added here.
    GasReport* gas_report = nullptr;
    /// forge's selection flags (--match-test, --match-contract, ...), besides `match`.
    TestFilter filter;
    /// Fuzz campaigns of tests with parameters.
    struct Fuzz {
        std::size_t runs = 256;          ///< accepted inputs per test (--fuzz-runs)
        U256 seed{0};                    ///< --fuzz-seed: fixed by default, so runs repeat
        std::size_t max_rejects = 65536; ///< vm.assume rejections before the test fails (forge's)
        FuzzDictionary dictionary;       ///< constants of the program under test
    } fuzz;
};

/// A failing fuzz input, as forge prints it.
struct Counterexample {
    std::string calldata;          ///< 0x-hex, selector included
    std::vector<std::string> args; ///< each argument as text
    nlohmann::json args_json;      ///< the same as JSON values
};

/// What a fuzz campaign measured.
struct FuzzReport {
    std::size_t runs = 0;    ///< accepted inputs that passed
    std::size_t rejects = 0; ///< inputs vm.assume rejected
    vm::Gas mean = 0;        ///< μ: mean gas of the passing runs
    vm::Gas median = 0;      ///< ~: their median
    std::optional<Counterexample> counterexample;
};

struct TestResult {
    std::string name; ///< "testDeposit()"
    bool passed = false;
    vm::Gas gas = 0;
    std::string reason;             ///< why it failed ("" when passed)
    std::vector<std::string> logs;  ///< console.log lines
    std::string trace;              ///< rendered call trace (failing tests with traces on)
    std::string setup_trace;        ///< setUp()'s rendered trace (TestOptions::setup_traces)
    bool skipped = false;           ///< vm.skip(true): neither passed nor failed
    std::optional<FuzzReport> fuzz; ///< fuzz tests only
    std::optional<InvariantReport> invariant; ///< invariant tests only
    std::chrono::nanoseconds duration{0};     ///< wall clock of the test
};

/// Runs the selected tests of one test contract.
std::vector<TestResult> run_tests(const std::shared_ptr<const vm::ContractCode>& code,
                                  const TestOptions& options);

/// Why a transaction of a test failed, as one line (a limit, an invalid transaction, a status
/// or the decoded revert reason).
std::string failure_reason(Session& s, const TxOutcome& o, const ParamNames* params);
/// Adds the calls `s` recorded since its recorder was last cleared to the gas report, if one is
/// kept.
void collect_gas(Session& s, const TestOptions& options);
/// The rendered call traces recorded in `s` ("" when it records none).
std::string render_all(Session& s, const ParamNames* params);

/// Deploys the test contract in `s`, funds it and runs its setUp(): its address, or nullopt with
/// `r` saying why the test cannot run (failed, or skipped by vm.skip in setUp).
std::optional<Address> prepare_test(Session& s, const std::shared_ptr<const vm::ContractCode>& code,
                                    const TestOptions& options, TestResult& r);

/// Whether a test function name is selected by the options.
bool selected(const std::string& contract, const std::string& test, const TestOptions& options);

} // namespace mallory::chain::foundry
