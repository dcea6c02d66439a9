#pragma once
/// `analyze()`: the whole analysis of a program — static candidates, the explorer, replay of
/// every witness on a fresh chain, suppressions, checked fixes — as one Report that the text,
/// JSON and SARIF renderers print (all three from the same struct, sorted: deterministic).

#include "analyzer/checks.hpp"
#include "analyzer/explorer.hpp"
#include "analyzer/proof_engine.hpp"

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace mallory::analyzer {

struct Location {
    std::string file;
    std::uint32_t line = 0, column = 0;
    lang::Span span;
};

struct FixResult {
    std::string kind; ///< "reorder" | "guard"
    bool verified = false;
    std::string diff; ///< unified diff against the original file
};

struct Finding {
    std::string check; ///< reentrancy | invariant | invariant-at-call | if-succeeds
    std::string kind; ///< same-function | cross-function | cross-contract | read-only | "" (direct)
    Severity severity = Severity::high;
    std::string contract, function;
    Location location;               ///< the external call (or the contract for invariants)
    std::optional<Location> related; ///< the late write / stale read
    std::string message;
    bool confirmed = false;
    std::optional<Witness> witness;
    std::vector<std::string> replay_log;
    std::string hint;
    std::optional<FixResult> fix;
};

struct ProofEntry {
    std::string contract, property;
    PropertyStatus status = PropertyStatus::unknown;
    std::string engine, reason;
};

struct Report {
    std::vector<Finding> findings;
    std::vector<ProofEntry> proofs;
    std::vector<Candidate> candidates;
    ExploreStats stats;
    std::size_t properties = 0;
    std::size_t suppressed = 0;
};

struct AnalyzeOptions {
    ExploreOptions explore;
    bool fixes = true; ///< try checks-effects-interactions and a guard, and re-analyze
    std::vector<ProofEngine*> engines;
};

/// Analyzes a loaded program (ok() must be true).
Report analyze(Program& program, const AnalyzeOptions& options);

std::string render_text(const Report& r, const Program& p, bool color);
nlohmann::json render_json(const Report& r, const std::string& version);
nlohmann::json render_sarif(const Report& r, const std::string& version);
/// A Foundry-style test (forge-std Test, vm.deal/prank) reproducing a witness.
std::string foundry_test(const Witness& w, const Program& p);

} // namespace mallory::analyzer
