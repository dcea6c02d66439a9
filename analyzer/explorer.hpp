#pragma once
/// The interleaving explorer: an explicit-state model checker over the real VM.
///
/// Algorithm. The targets are deployed and honest users deposit (World). From that state the
/// explorer enumerates transaction sequences by iterative deepening on their length (1..txs),
/// so the first witness of a property is a shortest one. Then it goes deeper, up to `max_txs`,
/// on *directed* levels (dependencies.hpp): every step but the last is an action that writes
/// what a guard or call site of a sink reads (a transaction that enables nothing cannot make
/// a later one behave differently), run with the adversary's default answers, and the last
/// step is a sink (a re-entry point, an if_succeeds, a write to what an invariant reads) with
/// every script. Deepening stops when a level reaches no state not seen before (the space is
/// exhausted: no longer sequence can reach anything new), at `max_txs`, or when the directed
/// levels' budget (counted transactions, never time) runs out; SearchBound says which. A
/// complete level cut by its budget hands over to the directed levels at its own length (when
/// there are any), so a partition crowded with scripts still reaches deep preparations.
/// The actors: the adversary, an honest user calling every function, the deployer calling the
/// privileged ones (an owner opening a phase), and the clock (warps). A transaction is an action
/// (sender, target function, arguments from a small per-type domain, value) plus a *script*: the
/// adversary's choice at each call it receives (return, revert, re-enter any non-view function
/// of any target). Scripts of one action are enumerated breadth-first by the number of
/// non-default choices, up to `depth` re-entries, by re-running the transaction from a journal
/// snapshot (`State::snapshot()`/`revert_to()`: no copies). After each successful transaction
/// the targets' state is hashed (Observer: storage through the layout plus balances); a state
/// already expanded with at least as many remaining transactions is not expanded again.
///
/// Properties, checked after the last transaction of each sequence by the PropertyMonitor
/// (monitor.hpp, the same judge the replay uses): the `#invariant`s (and, at every callback,
/// whether one is broken while a re-entry acts on it), `#if_succeeds`, callback-freedom of
/// the contract the transaction called (some order of the same calls without re-entry
/// reaches the same observed state, all targets included), and adversary profit (the
/// adversary ends richer than the same calls without its callbacks leave it, measured on a
/// second world from the state after the deposits). A violation that the same action also shows
/// with no adversary choices is reported only as a plain one. The re-entry's kind comes from the
/// call stack at the callback (ReentryShape): a recorded transaction is re-run once under a
/// call log, only when its witness could become the reported one.
///
/// Determinism with threads: the work is split into one partition per first action, each with
/// its own world and visited set; workers take partitions in any order, and results are merged
/// in partition order, keeping per property the shortest witness (ties: lowest partition, then
/// discovery order). Budgets are counted per partition, so the output does not depend on the
/// number of threads (only a wall-clock `timeout` can cut it, and then says so).

#include "analyzer/monitor.hpp"
#include "analyzer/program.hpp"
#include "analyzer/witness.hpp"
#include "analyzer/world.hpp"

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace mallory::analyzer {

class ProofEngine;

struct Violation {
    std::size_t property = 0;
    bool via_reentry = false;
    Witness witness;
    std::optional<ReentryShape> shape;
    /// Callback-freedom only: the adversary ends with less ether than after every order of the
    /// same calls without re-entry, so what the re-entry changed is its own loss (info;
    /// CallbackFreedomVerdict::self_harm).
    bool self_harm = false;
    /// Adversary-profit only: what the re-entry itself gained is rounding dust
    /// (ProfitVerdict::dust); any other profit witness is better.
    bool dust = false;
    /// What the finding rests on beyond the adversary's own contract: "0x…DeaDBeef
    /// (untrusted1) is attacker code" for each untrusted account the adversary answered for.
    std::vector<std::string> assumptions;
    std::size_t partition = 0;
    std::uint64_t order = 0; ///< discovery order within the partition
};

struct ExploreOptions {
    int txs = 3;     ///< every sequence up to this length is explored
    int max_txs = 6; ///< directed levels go up to this length (adaptive; <= txs: none)
    /// Transactions the directed levels may run, shared equally by the partitions that run
    /// them (counted, not timed, so the result does not depend on the machine).
    std::uint64_t deepening_budget = 100000;
    /// Each partition's directed levels run at least this many transactions, however many
    /// partitions share deepening_budget: a first action with many siblings (a launch among
    /// dozens of argument lists) still reaches a five-step preparation.
    std::uint64_t deepening_per_partition = 6000;
    /// Transactions the guided search may run toward each sink function that no transaction
    /// of the search ran successfully (Search::guide in explorer.cpp; 0: no guided search).
    std::uint64_t guided_budget = 200000;
    /// A sink the guided passes never ran gets a last pass with this many times
    /// guided_budget (explorer.cpp, guide_uncovered_sinks); 1: no such pass.
    std::uint64_t guided_escalation = 10;
    int depth = 3;
    int jobs = 1;
    double timeout_seconds = 60;
    std::uint64_t budget_per_partition = 20000; ///< transactions run per partition
    int scripts_per_action = 40;
    /// Stop the search at the first violation this accepts (benchmarks: any; the sanitizer
    /// corpus: the one a case expects). The search is then cut on purpose, not timed out.
    std::function<bool(const Violation&)> stop_when;
    /// Explore one order of consecutive independent local transactions (explorer.cpp,
    /// Search::commuted); false explores every order (comparisons, tests).
    bool partial_order = true;
    /// Engines asked for argument values per function (ProofEngine::suggest_arguments): each
    /// hint is tried for each unsigned integer parameter, beside the built-in domain.
    std::vector<ProofEngine*> hint_engines;
    std::function<void(std::uint64_t states, std::uint64_t txs)> progress;
};

/// How far the search went, stated in every report (never silent about its bound).
struct SearchBound {
    int complete = 0; ///< every sequence up to this many transactions was explored
    int deepest = 0;  ///< the longest sequences run (directed levels beyond `complete`)
    /// A complete level reached no new state: longer sequences cannot reach anything new, so
    /// the state space (under the explorer's argument domains and scripts) is exhausted.
    bool exhausted = false;
    /// Why deeper levels were not explored (when not exhausted).
    enum class Cut : std::uint8_t {
        none,    ///< exhausted, or the directed levels reached no new state
        max_txs, ///< the length bound
        budget,  ///< a transaction budget (per partition, or the directed levels')
        timeout, ///< the wall-clock timeout
    } cut = Cut::none;
};
std::string_view to_string(SearchBound::Cut c);
/// "explored all sequences up to 3 transactions, directed ones up to 6; ..." for reports.
std::string describe(const SearchBound& b);

struct ExploreStats {
    std::uint64_t states = 0;       ///< distinct states expanded
    std::uint64_t transactions = 0; ///< VM transactions executed (incl. callback-free checks)
    double seconds = 0;
    std::size_t partitions = 0;
    bool timed_out = false;
    bool budget_hit = false;
    bool deployed = false; ///< every target deployed (else ExploreResult::error says why)
    std::vector<Deployment> deployments; ///< as deployed: the constructor arguments chosen
    /// "Contract.signature" of every target function (signature "" for receive) that some
    /// transaction ran successfully at the top level; sorted.
    std::vector<std::string> covered;
    /// "Contract.signature" of every target function a top-level transaction of which (of the
    /// search, successful or not) called the adversary or one of its stand-ins: a function
    /// covered but not here never reached its call out, so its re-entries were never explored.
    /// Sorted.
    std::vector<std::string> called_back;
    /// The functions of called_back one of whose transactions sent the adversary ether: a
    /// function that calls out with ether but is not here only ever paid it nothing, so no
    /// re-entry after a payout was explored. Sorted.
    std::vector<std::string> paid_back;
    /// Some transaction of the search itself succeeded: covered holds more than the
    /// set-up's calls (the deployer's wiring, the honest deposits).
    bool searched = false;
    SearchBound bound;
};

struct ExploreResult {
    std::vector<Property> properties;
    /// Per property: shortest violation without re-entry [0] and with re-entry [1].
    std::vector<std::array<std::optional<Violation>, 2>> violations;
    ExploreStats stats;
    std::string error; ///< deployment failed
};

/// Explores the program's targets. Never throws on contract behaviour.
ExploreResult explore(const Program& program, const ExploreOptions& options);

} // namespace mallory::analyzer
