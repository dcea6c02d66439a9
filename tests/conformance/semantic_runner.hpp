#pragma once
/// Runs one solc semantic test (isoltest format) on Mallory: the source goes through the same
/// front end and compiler as `mallory`, the last contract is deployed in a fresh chain session
/// from isoltest's account 0, and every step runs in order on that one state. Success, return
/// data, revert data, events, balances and storage emptiness are compared; solc's gas figures
/// are not (Mallory's gas is its own).

#include "tests/conformance/isoltest_parser.hpp"
#include "vm/gas.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace mallory::conformance {

enum class Verdict : std::uint8_t { Passed, Failed, Skipped };

struct TestOutcome {
    Verdict verdict = Verdict::Passed;
    /// Skipped: the reason's category (the summary groups by it). Failed: the first mismatch.
    std::string reason;
    std::string detail; ///< skipped: the specific cause (e.g. the checker's first error)
};

struct SemanticOptions {
    /// Gas of each transaction: bounds every test (isoltest gives each call 10^8 as well).
    vm::Gas gas_limit = 100'000'000;
    /// The test file's folder, where `==== ExternalSource:` paths are read (empty: the
    /// current directory).
    std::filesystem::path test_directory;
};

/// Runs the test whose file text is `text`; `name` labels its single source unit.
TestOutcome run_semantic_test(std::string_view text, const std::string& name,
                              const SemanticOptions& options = {});

/// Why a test is outside what Mallory models, from its `// ====` options and its source
/// (inline assembly); "" when it can run.
std::string unsupported_reason(const IsoltestFile& file);

} // namespace mallory::conformance
