#pragma once
// Foundry-style tests: discovery of test functions in a compiled test contract and their
// execution, each test in a fresh Session: deploy the test contract from the default sender,
// give it Foundry's initial balance, call setUp() if it has one, then the test. A test passes
// when its call succeeds (a `testFail*` test when it reverts) and no expectation set by a
// cheatcode is left unmet. Gas is the test transaction's gas used.

#include "chain/foundry/abi.hpp"
#include "chain/foundry/invariant.hpp"
#include "chain/foundry/session.hpp"
#include "vm/code.hpp"
#include "vm/gas.hpp"

#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace mallory::chain::foundry {

class GasReport;

/// Test functions of a contract: public functions named test* without parameters, by
/// signature, sorted by name (as Foundry runs them).
std::vector<std::string> discover_tests(const vm::ContractCode& code);

struct TestOptions {
    /// Only tests whose name ("testDeposit()") or qualified name ("DAOTest::testDeposit()")
    /// contains a match.
    std::optional<std::regex> match;
    /// Render the call trace of failing tests (-vvv).
    bool traces = false;
    const ParamNames* params = nullptr;
    /// Per test (deployment, setUp and the test together): a test that hits one fails.
    RunLimits limits;
    /// Invariant tests: runs, depth, seed, --reentrant (invariant.hpp).
    InvariantOptions invariant;
    /// --gas-report: every deployment and call of the tests (setUp included) is added here.
    GasReport* gas_report = nullptr;
};

struct TestResult {
    std::string name; ///< "testDeposit()"
    bool passed = false;
    vm::Gas gas = 0;
    std::string reason;            ///< why it failed ("" when passed)
    std::vector<std::string> logs; ///< console.log lines
    std::string trace;             ///< rendered call trace (failing tests with traces on)
    std::optional<InvariantReport> invariant; ///< invariant tests only
};

/// Runs the selected tests of one test contract.
std::vector<TestResult> run_tests(const std::shared_ptr<const vm::ContractCode>& code,
                                  const TestOptions& options);

/// Whether a test function name is selected by the options.
bool selected(const std::string& contract, const std::string& test, const TestOptions& options);

} // namespace mallory::chain::foundry
