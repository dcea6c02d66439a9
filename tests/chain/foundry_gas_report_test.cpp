// forge's gas table from recorded call trees: statistics, what is counted, what is left out.
#include "chain/foundry/gas_report.hpp"
#include "vm/keccak.hpp"
#include "vm/serialize.hpp"

#include <gtest/gtest.h>

namespace mallory::chain::foundry {
namespace {

TEST(FoundryGasReport, StatisticsAsForgeRoundsThem) {
    const GasStats one = gas_stats({5});
    EXPECT_EQ(one.min, 5);
    EXPECT_EQ(one.median, 5);
    const GasStats odd = gas_stats({30, 10, 20});
    EXPECT_EQ(odd.min, 10);
    EXPECT_EQ(odd.avg, 20);
    EXPECT_EQ(odd.median, 20);
    EXPECT_EQ(odd.max, 30);
    const GasStats even = gas_stats({10, 11, 40, 1});
    EXPECT_EQ(even.avg, 15);    // 62 / 4, rounded down
    EXPECT_EQ(even.median, 10); // (10 + 11) / 2, rounded down
    const GasStats none = gas_stats({});
    EXPECT_EQ(none.max, 0);
}

std::shared_ptr<vm::ContractCode> contract(const std::string& name,
                                           const std::vector<std::string>& functions) {
    auto c = std::make_shared<vm::ContractCode>();
    c->name = name;
    for (const std::string& f : functions) {
        vm::AbiEntry e;
        e.name = f;
        e.signature = f + "()";
        c->abi.push_back(e);
    }
    return c;
}

std::unique_ptr<CallNode> call(std::shared_ptr<const vm::ContractCode> code, const std::string& fn,
                               vm::Gas gas, vm::CallKind kind = vm::CallKind::Call) {
    auto n = std::make_unique<CallNode>();
    n->kind = kind;
    n->code = std::move(code);
    n->gas_used = gas;
    const auto sel = vm::selector_of(fn + "()");
    if (kind != vm::CallKind::Create) n->input.assign(sel.begin(), sel.end());
    return n;
}

/// The table with runs of spaces squeezed, so that rows compare without their padding.
std::string squeezed(const std::string& text) {
    std::string out;
    for (char c : text)
        if (c != ' ' || out.empty() || out.back() != ' ') out += c;
    return out;
}

TEST(FoundryGasReport, CountsDeploymentsAndCallsOfNonTestContracts) {
    auto counter = contract("Counter", {"increment", "number"});
    auto test = contract("CounterTest", {"test_x"});
    auto root = call(test, "test_x", 90000);
    root->items.push_back({call(counter, "", 50000, vm::CallKind::Create), std::nullopt});
    root->items.push_back({call(counter, "increment", 100), std::nullopt});
    root->items.push_back({call(counter, "increment", 300), std::nullopt});
    root->items.push_back({call(counter, "number", 7), std::nullopt});
    GasReport report;
    report.exclude("CounterTest");
    report.add_paths({{"Counter", "src/Counter.sol"}});
    report.add(*root);
    const std::string text = squeezed(report.render());
    EXPECT_NE(text.find("src/Counter.sol:Counter contract"), std::string::npos) << text;
    EXPECT_NE(text.find("| 50000 | "), std::string::npos) << text;
    EXPECT_NE(text.find(std::to_string(vm::serialize(*counter).size())), std::string::npos);
    EXPECT_NE(text.find("| increment | 100 | 200 | 200 | 300 | 2 |"), std::string::npos) << text;
    EXPECT_NE(text.find("| number | 7 | 7 | 7 | 7 | 1 |"), std::string::npos) << text;
    EXPECT_EQ(text.find("CounterTest"), std::string::npos); // test contracts are left out
}

TEST(FoundryGasReport, EmptyUntilSomethingIsAdded) {
    GasReport report;
    EXPECT_TRUE(report.empty());
    report.exclude("T");
    report.add(*call(contract("T", {"f"}), "f", 1));
    EXPECT_TRUE(report.empty());
}

} // namespace
} // namespace mallory::chain::foundry
