#pragma once
/// `analyze()`: the whole analysis of a program — static candidates, the explorer, replay of
/// every witness on a fresh chain, suppressions, checked fixes — as one Report that the text,
/// JSON and SARIF renderers print (all three from the same struct, sorted: deterministic).

#include "analyzer/checks.hpp"
#include "analyzer/explorer.hpp"
#include "analyzer/proof_engine.hpp"

#include <chrono>
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
    CheckId check = CheckId::reentrancy;
    ReentryKind kind = ReentryKind::none; ///< none: a direct violation
    Severity severity = Severity::high;
    std::string contract, function;
    Location location;               ///< the external call (or the contract for invariants)
    std::optional<Location> related; ///< the late write / stale read
    std::string message;
    bool confirmed = false;
    std::optional<Witness> witness;
    std::vector<std::string> replay_log;
    /// Who gained and who lost what, measured on the replay's chain (nullopt: it did not run).
    std::optional<Impact> impact;
    std::string hint;
    std::optional<FixResult> fix;
};

/// "reentrancy/same-function": the check, and the re-entry kind when there is one.
std::string check_label(const Finding& f);

struct ProofEntry {
    std::string contract, property;
    PropertyStatus status = PropertyStatus::unknown;
    std::string engine, reason;
};

/// A target function the explorer could call, and whether some transaction ran it
/// successfully (coverage: what the silence of the report is worth).
struct FunctionCoverage {
    std::string contract;
    std::string signature; ///< "" for receive
    bool run = false;
    /// Run successfully only inside a re-entry of a finding's attack, never by a transaction
    /// (a liquidation only a callback's window opens): counted in `run`, said apart in reports.
    bool reentry_only = false;
};

/// The three answers an analysis can give. `inconclusive` is never `clean`: the targets did
/// not deploy, no transaction of a target function succeeded, or the timeout cut the search.
enum class Verdict : std::uint8_t { clean, findings, inconclusive };
std::string_view to_string(Verdict v);

struct Report {
    std::vector<Finding> findings;
    std::vector<ProofEntry> proofs;
    std::vector<Candidate> candidates;
    ExploreStats stats;
    std::size_t properties = 0;
    std::size_t suppressed = 0;
    std::string deploy_error; ///< why the targets did not deploy ("" when they did)
    std::vector<FunctionCoverage> functions;
    /// stats.deployments' constructor arguments as text (describe_ctor_args), one each.
    std::vector<std::string> constructor_args;
    bool timed_out = false; ///< the deadline cut the explorer or the Z3 engine
    double seconds = 0;     ///< the whole analysis, wall clock
    /// Why the analysis is inconclusive, one sentence each (empty: it is not).
    std::vector<std::string> inconclusive;
    /// What the analysis assumed about the world beyond what the user gave, one sentence each
    /// (a role given to the deployer because nobody played it: analyze()).
    std::vector<std::string> assumptions;

    std::size_t functions_run() const;
    /// findings if any; else inconclusive if any reason; else clean.
    Verdict verdict() const;
};

struct AnalyzeOptions {
    ExploreOptions explore; ///< explore.timeout_seconds bounds the whole analysis
    bool fixes = true;      ///< try checks-effects-interactions and a guard, and re-analyze
    /// A result without findings vouches for the contract only if every property is proved
    /// for all values: one the bounded search did not violate but no engine proved makes it
    /// inconclusive (`--require-proof`, for a CI that must not take "searched" for "safe").
    bool require_proof = false;
    std::vector<ProofEngine*> engines;
    /// When the whole analysis must stop (fixes' re-analyses share it); unset: now +
    /// explore.timeout_seconds when analyze() starts.
    std::optional<std::chrono::steady_clock::time_point> deadline;
};

/// Analyzes a loaded program (ok() must be true).
Report analyze(Program& program, const AnalyzeOptions& options);

std::string render_text(const Report& r, const Program& p, bool color);
nlohmann::json render_json(const Report& r, const std::string& version);
nlohmann::json render_sarif(const Report& r, const std::string& version);
/// The JSON and SARIF documents of an analysis that could not start (usage or compile
/// errors): `diagnostics` as in `mallory check --json`, so CI always gets a document.
nlohmann::json render_json_error(const nlohmann::json& diagnostics, const std::string& version);
nlohmann::json render_sarif_error(const nlohmann::json& diagnostics, const std::string& version);
/// Percent-encodes a path for a SARIF/URI reference (RFC 3986 unreserved characters and '/'
/// are kept).
std::string uri_encode(std::string_view path);

} // namespace mallory::analyzer
