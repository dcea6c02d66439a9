#pragma once
/// `mallory dao`, the guided tour: for each DAO variant, the analysis before deployment (a
/// finding with its witness, or none and the invariants' proofs) and the attack on a chain;
/// then the seed model of the paper. Everything the tour prints, as JSON or text or SVG, comes
/// from one TourReport, computed here.

#include "analyzer/analyzer.hpp"
#include "cli/dao/attack.hpp"
#include "cli/dao/seed.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace mallory::cli::dao {

struct TourOptions {
    std::vector<Variant> variants{Variant::vulnerable, Variant::fixed, Variant::mutex};
    bool seed = true;
    int investors = 3;
    int reentries = 5;
    bool analyze = true;
    double timeout_seconds = 60;
    int jobs = 2;
    std::vector<analyzer::ProofEngine*> engines; ///< provers asked after the explorer
};

struct Analysis {
    std::string error;
    std::optional<analyzer::Finding> finding; ///< the first confirmed finding, reentrancy first
    std::size_t findings = 0;
    std::vector<analyzer::ProofEntry> proofs;
    analyzer::ExploreStats stats;
    nlohmann::json finding_json; ///< the finding as `mallory analyze --json` prints it, or null
    std::vector<std::string> replay_log;
    std::vector<std::string> others; ///< the other findings, one line each
};

/// A line of source shown in the tour, with what the analyzer's facts say about it.
struct ListingLine {
    enum class Mark : std::uint8_t {
        none,
        call,
        late_write,
        guarded_late_write,
        early_write,
        guard
    };
    std::uint32_t line = 0;
    std::string text;
    Mark mark = Mark::none;
};

/// The withdrawal path of a variant: splitDAO, the function that calls out, the guards.
struct Listing {
    std::string file;
    std::vector<std::vector<ListingLine>> blocks; ///< one per function or modifier
};

struct VariantReport {
    Variant variant = Variant::vulnerable;
    Listing listing;
    Analysis analysis;
    AttackRun run;
};

struct SeedReport {
    std::vector<SeedRun> runs; ///< the paper's attack = 3, then attack = 1
    Analysis faulty;           ///< SeedModel.sol: the witness
    Analysis fixed;            ///< SeedModelFixed.sol: the Invariant's proof
};

struct TourReport {
    TourOptions options;
    std::vector<VariantReport> variants;
    std::optional<SeedReport> seed;
    /// Set when the tour's own contracts failed to compile or a scenario broke (a bug).
    std::string error;
};

TourReport run_tour(const TourOptions& options);

/// The machine-readable tour (`--json`).
nlohmann::json tour_json(const TourReport& report);

/// The tour for people: coloured when `color`.
std::string tour_text(const TourReport& report, bool color);

} // namespace mallory::cli::dao
