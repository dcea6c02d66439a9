#include "chain/foundry/runner.hpp"

#include "chain/foundry/cheatcodes.hpp"
#include "chain/foundry/fuzz_runner.hpp"
#include "chain/foundry/gas_report.hpp"
#include "chain/foundry/session.hpp"
#include "chain/foundry/test_cheats.hpp"
#include "vm/execution_stack.hpp"

#include <algorithm>
#include <exception>
#include <fmt/format.h>

namespace mallory::chain::foundry {

namespace {

Bytes selector_data(const std::string& signature) {
    const auto sel = vm::selector_of(signature);
    return Bytes(sel.begin(), sel.end());
}

/// Whether a failed call asked to skip the test (vm.skip(true) reverts with forge's marker).
bool is_skip(const TxOutcome& o) {
    return !o.success() && o.tx.result.output == skip_request();
}

TestResult run_one(const std::shared_ptr<const vm::ContractCode>& code, const std::string& test,
                   const TestOptions& options) {
    TestResult r;
    r.name = test;
    Session s(options.traces || options.gas_report, test_block());
    s.limit(options.limits);
    s.cheats().set_artifacts(options.artifacts);
    s.cheats().seed_random(random_seed(options.fuzz.seed, test));
    const auto self = prepare_test(s, code, options, r);
    if (!self) return r;
    if (s.recorder()) s.recorder()->clear();
    const TxOutcome run = s.call(default_sender(), *self, selector_data(test));
    collect_gas(s, options);
    const auto unmet = s.cheats().unmet_expectation();
    r.gas = run.tx.gas_used;
    r.logs = s.console().lines();
    const bool expect_fail = test.starts_with("testFail");
    if (auto limit = s.limit_failure()) {
        r.reason = *limit; // a testFail* test that never ends has not reverted either
    } else if (is_skip(run)) {
        r.skipped = true;
        r.gas = 0;
    } else if (expect_fail) {
        r.passed = !run.success() || failure_recorded(s.state());
        if (!r.passed) r.reason = "the test did not revert (testFail* tests must revert)";
    } else {
        // A test that called fail() and went on has failed with no reason, as in forge.
        r.passed = run.success() && !unmet && !failure_recorded(s.state());
        if (!run.success())
            r.reason = failure_reason(s, run, options.params);
        else if (unmet)
            r.reason = *unmet;
    }
    if (!r.skipped && (!r.passed || options.passing_traces))
        r.trace = render_all(s, options.params);
    return r;
}

} // namespace

void collect_gas(Session& s, const TestOptions& options) {
    if (!options.gas_report || !s.recorder()) return;
    for (const auto& root : s.recorder()->roots())
        options.gas_report->add(*root);
}

std::string failure_reason(Session& s, const TxOutcome& o, const ParamNames* params) {
    if (auto limit = s.limit_failure()) return *limit;
    if (o.tx.validity != vm::TxValidity::Valid) return std::string(vm::to_string(o.tx.validity));
    if (o.tx.result.status != vm::Status::Revert)
        return std::string(vm::to_string(o.tx.result.status));
    return revert_reason(o.tx.result.output, s.codes(), params);
}

std::string render_all(Session& s, const ParamNames* params) {
    std::string out;
    if (!s.recorder()) return out;
    const TraceNames names = s.names(params);
    for (const auto& root : s.recorder()->roots())
        out += render_trace(*root, names);
    return out;
}

std::optional<Address> prepare_test(Session& s, const std::shared_ptr<const vm::ContractCode>& code,
                                    const TestOptions& options, TestResult& r) {
    const TxOutcome deployed = s.deploy_test(code);
    if (!deployed.success()) {
        r.reason = "deployment of " + code->name +
                   " failed: " + failure_reason(s, deployed, options.params);
        r.trace = render_all(s, options.params);
        r.logs = s.console().lines();
        return std::nullopt;
    }
    const Address self = deployed.created;
    s.state().set_balance(self, initial_balance());
    std::string why;
    collect_gas(s, options); // the deployment
    if (!find_function(*code, "setUp()", why)) return self;
    if (s.recorder()) s.recorder()->clear();
    const TxOutcome setup = s.call(default_sender(), self, selector_data("setUp()"));
    const auto unmet = s.cheats().unmet_expectation();
    if (is_skip(setup)) { // vm.skip(true) in setUp() skips every test of the contract
        r.skipped = true;
        return std::nullopt;
    }
    if (!setup.success() || unmet || failure_recorded(s.state())) {
        r.reason =
            "setUp() failed: " + (unmet             ? *unmet
                                  : setup.success() ? std::string("fail() was called")
                                                    : failure_reason(s, setup, options.params));
        r.gas = setup.tx.gas_used;
        r.trace = render_all(s, options.params);
        r.logs = s.console().lines();
        return std::nullopt;
    }
    collect_gas(s, options); // setUp()
    if (options.setup_traces) r.setup_trace = render_all(s, options.params);
    s.cheats().reset();
    return self;
}

std::vector<std::string> discover_tests(const vm::ContractCode& code) {
    std::vector<std::string> out;
    for (const vm::AbiEntry& e : code.abi)
        if (e.kind == vm::AbiKind::Function && e.name.starts_with("test"))
            out.push_back(e.signature);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool selected(const std::string& contract, const std::string& test, const TestOptions& options) {
    if (!options.filter.selects_test(contract, test)) return false;
    if (!options.match) return true;
    return std::regex_search(test, *options.match) ||
           std::regex_search(contract + "::" + test, *options.match);
}

namespace {

/// As forge does, a suite whose setUp() (or deployment) fails reports that one failure, named
/// setUp(), instead of each of its tests failing the same way; nullopt when it succeeds (or
/// skips every test, which each test then reports).
std::optional<TestResult> failed_set_up(const std::shared_ptr<const vm::ContractCode>& code,
                                        const TestOptions& options) {
    TestOptions probe = options;
    probe.gas_report = nullptr; // the tests' own setUp() runs are what the report counts
    TestResult r;
    r.name = "setUp()";
    Session s(options.traces, test_block());
    s.limit(options.limits);
    s.cheats().set_artifacts(options.artifacts);
    s.cheats().seed_random(random_seed(options.fuzz.seed, "setUp()"));
    if (prepare_test(s, code, probe, r) || r.skipped) return std::nullopt;
    constexpr std::string_view prefix = "setUp() failed: ";
    if (r.reason.starts_with(prefix)) r.reason.erase(0, prefix.size());
    r.gas = 0;
    return r;
}

bool any_selected(const vm::ContractCode& code, const TestOptions& options) {
    for (const auto& list : {discover_tests(code), discover_invariants(code)})
        for (const std::string& t : list)
            if (selected(code.name, t, options)) return true;
    return false;
}

std::vector<TestResult> run_suite(const std::shared_ptr<const vm::ContractCode>& code,
                                  const TestOptions& options) {
    std::vector<TestResult> out;
    if (!any_selected(*code, options)) return out;
    if (auto failed = failed_set_up(code, options)) {
        out.push_back(std::move(*failed));
        return out;
    }
    for (const std::string& test : discover_tests(*code)) {
        if (!selected(code->name, test, options)) continue;
        const auto started = std::chrono::steady_clock::now();
        // The discovered name is the ABI's own signature: no parsing, which tuple
        // parameters (a struct) would need.
        const auto entry_it = std::find_if(code->abi.begin(), code->abi.end(), [&](const auto& e) {
            return e.kind == vm::AbiKind::Function && e.signature == test;
        });
        const vm::AbiEntry* entry = entry_it == code->abi.end() ? nullptr : &*entry_it;
        TestResult r = entry && !entry->inputs.empty() ? run_fuzz_test(code, *entry, options)
                                                       : run_one(code, test, options);
        r.duration = std::chrono::steady_clock::now() - started;
        out.push_back(std::move(r));
    }
    for (const std::string& invariant : discover_invariants(*code)) {
        if (!selected(code->name, invariant, options)) continue;
        const auto started = std::chrono::steady_clock::now();
        TestResult r = run_invariant(code, invariant, options);
        r.duration = std::chrono::steady_clock::now() - started;
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

std::vector<TestResult> run_tests(const std::shared_ptr<const vm::ContractCode>& code,
                                  const TestOptions& options) {
    // Every message runs on the VM's large execution stack (vm/execution_stack.hpp). Entering
    // it once per suite instead of once per transaction saves two thread hand-offs per call,
    // which were half the CPU time of a fuzz or invariant campaign.
    std::vector<TestResult> out;
    std::exception_ptr error;
    vm::run_on_execution_stack([&] {
        try {
            out = run_suite(code, options);
        } catch (...) {
            error = std::current_exception(); // the stack's thread must not unwind past the job
        }
    });
    if (error) std::rethrow_exception(error);
    return out;
}

} // namespace mallory::chain::foundry
