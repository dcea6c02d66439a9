#pragma once
/// The seed model of the tour: the DAO withdrawal of "Bridging Paxos and Blockchain Consensus"
/// (section V, Fig. 5a), contracts/dao/SeedModel.sol, run on a fresh chain with the paper's
/// numbers (BALANCE = 10, AMOUNT = 4) for a given number of re-entries (the paper's `attack`).

#include "analyzer/program.hpp"
#include "vm/types.hpp"

#include <string>
#include <vector>

namespace mallory::cli::dao {

/// The paper's constants.
inline constexpr std::uint64_t seed_balance = 10;
inline constexpr std::uint64_t seed_amount = 4;

/// One `Dispensed` event: the bank's books when it hands over the money.
struct Dispense {
    vm::U256 amount, bank_balance, mallory_balance;
};

struct SeedRun {
    std::string error; ///< the scenario could not be set up (a bug)
    int attack = 0;
    bool success = false;                   ///< the transaction went through
    std::string failure;                    ///< its revert reason otherwise
    vm::U256 bank_balance, mallory_balance; ///< after the transaction
    bool safe_withdrawal = true;            ///< the paper's relaxed SafeWithdrawal afterwards
    std::vector<Dispense> dispensed;
};

/// Runs SeedMallory(attack) against SeedModel(10, 4). `program` is loaded from SeedModel.sol.
SeedRun run_seed(const analyzer::Program& program, int attack);

/// The paper's counterexample for Fig. 5a as TLC reports it (8 states), reconstructed from the
/// model: (label, what happens).
std::vector<std::pair<std::string, std::string>> paper_counterexample();

} // namespace mallory::cli::dao
