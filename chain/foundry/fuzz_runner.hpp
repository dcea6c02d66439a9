#pragma once
// A fuzz campaign: one test function with parameters run against generated inputs (fuzz.hpp),
// as `forge test` runs it. The test contract is deployed and set up once; each input runs on
// that state and is then rewound (the state's block diff, backwards), so a run costs one call.
// vm.assume(false) rejects an input (too many rejections fail the test, as in forge); the first
// failing input is shrunk and reported as a counterexample, with the reason of the shrunk run.

#include "chain/foundry/runner.hpp"

namespace mallory::chain::foundry {

/// Runs the fuzz test `entry` of `code` for options.fuzz.runs accepted inputs.
TestResult run_fuzz_test(const std::shared_ptr<const vm::ContractCode>& code,
                         const vm::AbiEntry& entry, const TestOptions& options);

} // namespace mallory::chain::foundry
