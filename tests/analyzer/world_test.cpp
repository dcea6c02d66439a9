// The world's observer: how witnesses show the targets' state.
#include "analyzer/facts.hpp"
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

TEST(Observer, ARecordKeptUnderAnIdIsTheAdversarysWhileItsOwnersAreItsAccounts) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Pages {
    struct Page { address creator; uint256 tips; }
    struct Deal { address buyer; address seller; uint256 price; }
    mapping(uint256 => Page) public pages;
    mapping(uint256 => Deal) public deals;
    function open(uint256 id) external { pages[id].creator = msg.sender; }
    function set(uint256 id, uint256 tips) external { pages[id].tips = tips; }
    function deal(uint256 id, address seller, uint256 price) external {
        deals[id] = Deal(msg.sender, seller, price);
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Accounts& a = w.accounts();
    const std::string user = a.users.front().first;
    const auto run = [&](const std::string& from, const std::string& sig,
                         std::vector<vm::U256> args) {
        ASSERT_TRUE(
            w.run(TxStep{from, CallSpec{"Pages", sig, std::move(args), {}}, {}}, 10).success());
    };
    run(adversary_name, "open(uint256)", {vm::U256{1}});
    run(user, "open(uint256)", {vm::U256{2}});
    run(adversary_name, "set(uint256,uint256)", {vm::U256{1}, vm::U256{7}});
    run(user, "set(uint256,uint256)", {vm::U256{2}, vm::U256{9}});
    // A deal the adversary shares with an honest seller is not its alone.
    run(adversary_name, "deal(uint256,address,uint256)",
        {vm::U256{1}, a.users.front().second.to_word(), vm::U256{11}});
    const Observer& o = w.observer();
    const std::vector<vm::U256> own = o.own_values(w.state());
    EXPECT_NE(std::find(own.begin(), own.end(), vm::U256{7}), own.end());
    EXPECT_EQ(std::find(own.begin(), own.end(), vm::U256{9}), own.end());
    EXPECT_EQ(std::find(own.begin(), own.end(), vm::U256{11}), own.end());
    // The adversary's page's tips are taken out of the others' hash, the user's are not.
    const std::uint64_t others = o.others_hash(w.state());
    run(adversary_name, "set(uint256,uint256)", {vm::U256{1}, vm::U256{8}});
    EXPECT_EQ(o.others_hash(w.state()), others);
    run(user, "set(uint256,uint256)", {vm::U256{2}, vm::U256{10}});
    EXPECT_NE(o.others_hash(w.state()), others);
    // The record's key is the id a call that cashes it in names.
    const auto& keys = o.own_keys();
    EXPECT_NE(std::find(keys.begin(), keys.end(), std::optional<vm::U256>(vm::U256{1})),
              keys.end());
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

TEST(SetUp, TheAdversaryPaysFirstWhereTheFirstPayerTakesARole) {
    // The first fee makes its payer the keeper: the adversary, first at a fresh deployment,
    // holds the role, and the honest members join after it.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Club {
    address public keeper;
    mapping(address => bool) public joined;
    function enrol() external payable {
        require(msg.value > 0 && !joined[msg.sender], "once");
        joined[msg.sender] = true;
        if (keeper == address(0)) keeper = msg.sender;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    ASSERT_GE(w.setup().size(), 3u);
    EXPECT_EQ(w.setup()[0].sender, adversary_name);
    EXPECT_EQ(w.setup()[0].call.signature, "enrol()");
    EXPECT_NE(w.setup()[1].sender, adversary_name);
    const auto values = w.observer().values(w.state(), "Club");
    EXPECT_NE(
        std::find(values.begin(), values.end(),
                  std::pair<std::string, vm::U256>{"keeper", w.accounts().adversary.to_word()}),
        values.end());
}

TEST(SetUp, NoRoleTakenLeavesTheHonestUsersFirst) {
    // The keeper is the deployer's: paying in takes no role, and the adversary pays nothing.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Club {
    address public keeper = msg.sender;
    mapping(address => uint256) public paid;
    function enrol() external payable { paid[msg.sender] += msg.value; }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    ASSERT_FALSE(w.setup().empty());
    for (const TxStep& s : w.setup())
        EXPECT_NE(s.sender, adversary_name);
}

TEST(Payments, APlainTokenTransferToAnotherPaysAndToTheAccompliceMoves) {
    // A ledger that calls nothing: its transfer to the maker pays; to the adversary's own
    // accomplice it only moves the units; a token whose functions call out is never a payment.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Credit {
    mapping(address => uint256) public balanceOf;
    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}
contract HookedCredit {
    mapping(address => uint256) public balanceOf;
    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        (bool ok, ) = to.call("");
        return ok;
    }
}
contract Desk {
    receive() external payable {}
    function deposit() external payable {}
})");
    const Facts facts(*p);
    const Accounts accounts = Accounts::make(*p);
    const IsPayment pays = payments_of(*p, facts, accounts);
    const vm::U256 maker = accounts.users.front().second.to_word();
    const std::string transfer(standard_transfer);
    EXPECT_TRUE(pays(CallSpec{"Credit", transfer, {maker, vm::U256{5}}, {}}));
    EXPECT_FALSE(
        pays(CallSpec{"Credit", transfer, {accounts.accomplice.to_word(), vm::U256{5}}, {}}));
    EXPECT_FALSE(pays(CallSpec{"HookedCredit", transfer, {maker, vm::U256{5}}, {}}));
    EXPECT_TRUE(pays(CallSpec{"Desk", "", {}, vm::U256{1}}));
    EXPECT_TRUE(pays(CallSpec{"Desk", "deposit()", {}, vm::U256{1}}));
    EXPECT_EQ(plain_token_targets(*p, facts), (std::vector<std::string>{"Credit"}));
}

} // namespace
} // namespace mallory::analyzer
