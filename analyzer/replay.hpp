#pragma once
/// Replays a witness on a fresh in-memory chain (chain::Chain): deploys, lets the honest
/// users deposit, runs the attack transactions (one block each) with the adversary bound as a
/// native account that follows the witness's choices, and has the PropertyMonitor (the
/// explorer's judge) decide the violated property on the chain's state. Only witnesses that
/// replay are reported as confirmed.

#include "analyzer/monitor.hpp"
#include "analyzer/program.hpp"
#include "analyzer/witness.hpp"

#include <optional>
#include <string>
#include <vector>

namespace mallory::analyzer {

struct ReplayResult {
    bool ran = false;      ///< every deployment and setup step went through
    bool violated = false; ///< the property fails on the chain after the last step
    std::string error;
    std::vector<std::string> log; ///< numbered steps with re-entries and balances
    std::string verdict;          ///< one line: what the chain shows
    /// Why the chain could not judge the property (empty: it did): neither violated nor not.
    std::string unjudged;
    /// What the attack did on the chain, from its first step to its last (ran only).
    std::optional<Impact> impact;
    /// Violated adversary profit: what the attack holds beyond the closest run without
    /// callbacks (ProfitVerdict::excess) as text ("1 wei"), the re-entry's own gain where the
    /// impact counts the honest share too; and whether that is rounding dust.
    std::string reentry_gain;
    bool dust = false;
};

/// Replays `w` against `program` (compiled from the witness's files). A witness that does
/// not fit the program (see validate_witness) does not run: `error` says where it is wrong.
ReplayResult replay(const Program& program, const Witness& w, bool verbose = false);

/// Restricts `program`'s targets to the system `w` deploys: `analyze --contract X` deploys X
/// and the contracts its constructor needs, not the files' other contracts, whose deployments
/// would move every address. Nothing changes when the files' contracts are what `w` deploys;
/// an error (the JSON path first) when the files make no such system.
std::optional<std::string> select_witness_system(Program& program, const Witness& w);

/// Where a witness does not fit `program`, as "steps[2].call.function: unknown function
/// 'f()' of DAO" (its JSON path first); nullopt when it fits: at least one deployment, only
/// the program's targets, known senders, existing functions with the right number of
/// arguments, and a property (kind, contract, function, index) the program has.
std::optional<std::string> validate_witness(const Program& program, const Witness& w);

/// Ether after a witness's attack steps on a fresh chain, for the Foundry test's assertions.
struct EtherOutcome {
    std::vector<std::pair<std::string, vm::U256>> targets; ///< balance per deployed target
    vm::U256 adversary_before, adversary_after;            ///< the attack contract's balance
    /// A public getter's value: `contract.getter()` or `contract.getter(account)` for each
    /// known account (deployer, adversary, honest users, targets), by account name.
    struct Reading {
        std::string contract, getter, account; ///< account "" for a getter without argument
        vm::U256 value;
    };
    std::vector<Reading> readings;
    /// Units of one valued token (every token the world placed but the adversary's own) held
    /// by each deployed target and by the attack contract.
    struct TokenHoldings {
        std::string token; ///< its name in the witness (Witness::tokens)
        std::vector<std::pair<std::string, vm::U256>> targets;
        vm::U256 adversary;
    };
    std::vector<TokenHoldings> tokens;
};
/// Runs `w`; with `reentry` false every callback just returns and each re-entered call runs
/// as its own transaction right after the step (the same calls without the attack). nullopt
/// when the deployments or the setup fail.
std::optional<EtherOutcome> ether_outcome(const Program& program, const Witness& w, bool reentry);

} // namespace mallory::analyzer
