#pragma once
/// The DAO attack on a fresh in-memory chain (chain::Chain, signed transactions, one block per
/// step): a deployer deploys a DAO variant, honest investors deposit, Mallory deploys her
/// attacker (contracts/dao/Mallory.sol) and attacks with her own deposit. A tracer on the chain
/// records a step table — every call between Mallory and the DAO with the balances and the
/// DAO's books as the callee sees them — and the Foundry-style call tree with gas. Afterwards
/// every investor tries to leave (a bank run), which measures what the attack cost them.

#include "analyzer/program.hpp"
#include "vm/types.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace mallory::cli::dao {

enum class Variant : std::uint8_t { vulnerable, fixed, mutex };

/// "vulnerable", "fixed", "mutex".
std::string_view variant_name(Variant v);
/// The contract of a variant: DAO, DAOFixed, DAOMutex.
std::string_view variant_contract(Variant v);
/// Its file in contracts/dao/: DAO.sol, DAOFixed.sol, DAOMutex.sol.
std::string variant_file(Variant v);

struct AttackConfig {
    Variant variant = Variant::vulnerable;
    int investors = 3; ///< honest investors, each depositing `investor_deposit`
    int reentries = 5; ///< Mallory's bound on re-entries
    vm::U256 investor_deposit;
    vm::U256 mallory_deposit;
    AttackConfig();
};

/// One line of the step table: a call between Mallory and the DAO (`exit` false) or its end.
struct StepRow {
    int step = 0;
    int depth = 0; ///< message depth: 0 is Mallory's transaction
    bool exit = false;
    std::string from, to, what; ///< "Mallory", "DAO", "splitDAO()"
    vm::U256 value;
    std::string outcome;                   ///< exits: "ok", "reverted: payout failed"
    vm::U256 dao_balance, mallory_balance; ///< ether of the DAO and of Mallory's contract
    vm::U256 tokens;                       ///< the DAO's books: balances[Mallory]
    vm::U256 total_supply;                 ///< the DAO's books: totalSupply
};

struct InvestorOutcome {
    std::string name;
    vm::U256 deposited, refunded;
    std::string failure; ///< why the split failed ("" when it went through)
};

/// A point of the balance plot: the two balances after a step.
struct BalancePoint {
    vm::U256 dao, mallory;
};

struct AttackRun {
    std::string error; ///< set when the scenario itself could not be set up (a bug)
    bool attack_succeeded = false;
    std::string attack_failure; ///< the attack transaction's revert reason
    std::uint64_t attack_gas = 0;
    vm::U256 reentries, landed; ///< as counted by Mallory's contract
    std::vector<StepRow> rows;
    std::string trace; ///< Foundry-style call tree of the attack transaction
    vm::U256 dao_before, dao_after;
    vm::U256 total_supply_after;
    vm::U256 mallory_deposit, mallory_after; ///< Mallory's contract balance after the attack
    vm::U256 stolen;                         ///< what Mallory got beyond her own deposit
    vm::U256 investor_loss; ///< the investors' deposits minus what the DAO still holds (0 if more)
    vm::U256 shortfall;     ///< after the attack: tokens owed minus ether held (0 if covered)
    std::vector<InvestorOutcome> investors;
    std::vector<BalancePoint> series;
    std::vector<std::string> labels; ///< names of the accounts, for the sequence diagram
};

/// Runs the attack. `program` must have been loaded from the variant's file and Mallory.sol.
AttackRun run_attack(const analyzer::Program& program, const AttackConfig& config);

/// "30 ether", "0.5 ether", "0 ether", "123 wei".
std::string ether_text(const vm::U256& wei);

} // namespace mallory::cli::dao
