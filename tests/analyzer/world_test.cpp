// The world's observer: how witnesses show the targets' state.
#include "analyzer/world.hpp"
#include "chain/chain.hpp"
#include "tests/analyzer/load_program.hpp"

#include <algorithm>
#include <array>
#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

vm::U256 short_value(std::string_view bytes) {
    std::array<std::uint8_t, 32> word{};
    std::copy(bytes.begin(), bytes.end(), word.begin());
    word[31] = static_cast<std::uint8_t>(2 * bytes.size());
    return vm::load_be(word.data());
}

TEST(Observer, AStoredStringShowsAsTextAndALongOneByItsLength) {
    EXPECT_EQ(describe_byte_array(short_value("Limited"), true), "\"Limited\"");
    EXPECT_EQ(describe_byte_array(short_value(""), true), "\"\"");
    // bytes, and text that would not read back from a quoted string, show as hex.
    EXPECT_EQ(describe_byte_array(short_value("ab"), false), "0x6162");
    EXPECT_EQ(describe_byte_array(short_value("a\"b"), true), "0x612262");
    // 40 bytes: 2 * 40 + 1 in the slot, the bytes at keccak256(slot).
    EXPECT_EQ(describe_byte_array(vm::U256{81}, true), "(40 bytes)");
}

TEST(Observer, AStructShowsByItsFieldsUnpackedAsSolcPacksThemAndANestedEntryByItsType) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Grants {
    struct Grant { address funder; uint128 amount; uint128 claimed; uint64 start; uint64 end; bool open; uint256[] parts; }
    mapping(uint256 => Grant) public grants;
    Grant public last;
    mapping(uint256 => mapping(address => bool)) public voted;
    function grant(uint64 start, uint64 end) external payable {
        voted[1][msg.sender] = true;
        grants[1] = Grant(msg.sender, uint128(msg.value), 7, start, end, true, new uint256[](0));
        grants[1].parts.push(3);
        last = grants[1];
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Accounts& a = w.accounts();
    TxStep step{
        a.users.front().first,
        CallSpec{"Grants", "grant(uint64,uint64)", {vm::U256{100}, vm::U256{200}}, vm::U256{5}},
        {}};
    ASSERT_TRUE(w.run(step, 10).success());
    std::map<std::string, std::string> shown;
    for (const auto& [label, text] : w.observer().described_values(w.state(), "Grants"))
        shown[label] = text;
    const std::string user = a.users.front().first;
    for (const std::string at : {"grants[1]", "last"}) {
        EXPECT_EQ(shown[at + ".funder"], user) << at;
        EXPECT_EQ(shown[at + ".amount"], "5") << at;
        EXPECT_EQ(shown[at + ".claimed"], "7") << at;
        EXPECT_EQ(shown[at + ".start"], "100") << at;
        EXPECT_EQ(shown[at + ".end"], "200") << at;
        EXPECT_EQ(shown[at + ".open"], "true") << at;
        EXPECT_EQ(shown[at + ".parts.length"], "1") << at;
    }
    // A nested mapping's entry by its value type.
    EXPECT_EQ(shown["voted[1][" + user + "]"], "true");
}

TEST(Observer, AmountsAreEtherSizedWordsThatAreNotPointsOfTheClock) {
    const std::uint64_t genesis = chain::GenesisConfig{}.timestamp;
    EXPECT_TRUE(may_be_amount(vm::U256{5}));
    EXPECT_TRUE(may_be_amount(vm::U256{1'000'000'000'000'000'000ULL}));
    EXPECT_FALSE(may_be_amount(vm::U256{}));
    EXPECT_FALSE(may_be_amount(vm::shl(vm::U256{1}, 96)));
    EXPECT_FALSE(may_be_amount(vm::U256{genesis}));
    EXPECT_FALSE(may_be_amount(vm::U256{genesis + 90 * 86'400}));
    EXPECT_TRUE(may_be_amount(vm::U256{genesis - 1}));
}

} // namespace
} // namespace mallory::analyzer
