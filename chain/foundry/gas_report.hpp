#pragma once
// `mallory test --gas-report`: forge's per-contract gas table, built from the call trees the
// tests' sessions record (trace.hpp). For each contract a test deployed or called (test
// contracts excepted): its deployment cost (gas used by the creation) and size (the bytes
// installed as its code), then per function min / avg / median / max gas and the number of
// calls, where the gas of a call is what its frame used, as forge counts it.

#include "chain/foundry/trace.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace mallory::chain::foundry {

class GasReport {
public:
    /// Leaves a contract out of the report (the test contracts), by name.
    void exclude(std::string name) { m_excluded.insert(std::move(name)); }
    /// Adds every deployment and call of a recorded transaction.
    void add(const CallNode& root);
    /// Source file of a contract by name, for the table's title ("file:Contract").
    void add_paths(const std::map<std::string, std::string>& paths) {
        m_paths.insert(paths.begin(), paths.end());
    }
    /// The tables, contracts sorted by name, functions by name.
    [[nodiscard]] std::string render() const;
    [[nodiscard]] bool empty() const noexcept { return m_contracts.empty(); }

private:
    struct Contract {
        std::vector<vm::Gas> deployments;                  ///< gas of each creation
        std::size_t size = 0;                              ///< bytes of code
        std::map<std::string, std::vector<vm::Gas>> calls; ///< by function name
    };
    void add_node(const CallNode& node);
    std::set<std::string> m_excluded;
    std::map<std::string, std::string> m_paths;
    std::map<std::string, Contract> m_contracts;
};

/// min, avg (rounded down, as forge), median (the mean of the two middle values, rounded
/// down, for an even count) and max of `values`; all 0 for none.
struct GasStats {
    vm::Gas min = 0, avg = 0, median = 0, max = 0;
};
GasStats gas_stats(std::vector<vm::Gas> values);

} // namespace mallory::chain::foundry
