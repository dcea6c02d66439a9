// The world's observer: how witnesses show the targets' state.
#include "analyzer/actions.hpp"
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

TEST(SetUp, ATokenWithoutApprovalsIsHandedOutAndFundsTheContractsThatCountIt) {
    // The deployer holds the whole supply of a token that moves only by `transfer` (an
    // ERC-223 style one, no approve or transferFrom): each user and the adversary get a
    // tenth, and the vesting contract that grants only what it holds gets a tenth too.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Guild {
    mapping(address => uint256) public balanceOf;
    constructor() { balanceOf[msg.sender] = 1000 ether; }
    function transfer(address to, uint256 value) external returns (bool) {
        balanceOf[msg.sender] -= value;
        balanceOf[to] += value;
        return true;
    }
}
contract Vesting {
    Guild public immutable token;
    uint256 public allocated;
    constructor(Guild t) { token = t; }
    function grant(uint256 total) external {
        require(token.balanceOf(address(this)) >= allocated + total, "not funded");
        allocated += total;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const Accounts& a = w.accounts();
    std::vector<vm::U256> funded;
    for (const TxStep& s : w.setup())
        if (s.sender == deployer_name && s.call.contract == "Guild" &&
            s.call.signature == "transfer(address,uint256)") {
            ASSERT_EQ(s.call.args.size(), 2u);
            EXPECT_EQ(s.call.args[1], vm::U256{100} * vm::U256{1'000'000'000'000'000'000ULL});
            funded.push_back(s.call.args[0]);
        }
    for (const auto& [name, addr] : a.users)
        EXPECT_NE(std::find(funded.begin(), funded.end(), addr.to_word()), funded.end()) << name;
    EXPECT_NE(std::find(funded.begin(), funded.end(), a.adversary.to_word()), funded.end());
    EXPECT_NE(std::find(funded.begin(), funded.end(), a.address_of_contract("Vesting").to_word()),
              funded.end());
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

/// The set-up steps of `w` that call `signature` (a function of any target).
std::vector<TxStep> steps_calling(const World& w, const std::string& signature) {
    std::vector<TxStep> out;
    for (const TxStep& s : w.setup())
        if (s.call.signature == signature) out.push_back(s);
    return out;
}

TEST(SetUp, EachHonestUserRegistersAHandleOfItsOwnBeforeItsBond) {
    // A registration that refuses zero and a handle already taken, then a bond only a
    // registered account posts: each user claims its own handle, then pays.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Club {
    mapping(bytes32 => address) public owner;
    mapping(address => bytes32) public handle;
    mapping(address => uint256) public bond;
    function register(bytes32 h) external {
        require(h != bytes32(0) && owner[h] == address(0) && handle[msg.sender] == bytes32(0));
        owner[h] = msg.sender;
        handle[msg.sender] = h;
    }
    function postBond() external payable {
        require(handle[msg.sender] != bytes32(0) && bond[msg.sender] == 0);
        bond[msg.sender] = msg.value;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const std::vector<TxStep> registrations = steps_calling(w, "register(bytes32)");
    ASSERT_EQ(registrations.size(), 2u);
    EXPECT_NE(registrations[0].sender, registrations[1].sender);
    EXPECT_EQ(registrations[0].call.args,
              std::vector<vm::U256>{handle_of(registrations[0].sender)});
    EXPECT_EQ(steps_calling(w, "postBond()").size(), 2u);
}

/// An ERC-721 collection minted by anyone, as the items of an auction house or a shop.
constexpr std::string_view collection_source = R"(
contract Items {
    mapping(uint256 => address) public ownerOf;
    mapping(address => uint256) public balanceOf;
    mapping(uint256 => address) public getApproved;
    uint256 public minted;
    function mint() external returns (uint256 id) {
        id = ++minted;
        ownerOf[id] = msg.sender;
        balanceOf[msg.sender] += 1;
    }
    function approve(address to, uint256 id) external {
        require(ownerOf[id] == msg.sender);
        getApproved[id] = to;
    }
    function transferFrom(address from, address to, uint256 id) public {
        require(ownerOf[id] == from && (msg.sender == from || getApproved[id] == msg.sender));
        getApproved[id] = address(0);
        ownerOf[id] = to;
        balanceOf[from] -= 1;
        balanceOf[to] += 1;
    }
    function safeTransferFrom(address from, address to, uint256 id) external {
        transferFrom(from, to, id);
    }
})";

TEST(SetUp, HonestSellersAuctionTheirItemsForADayAndBidOnEachOthersLots) {
    // Each depositor lists its item for a day (not for as many seconds as its id), and another
    // depositor bids on the lot: the house escrows honest bids for honest sellers.
    auto p = load_program(std::string("pragma solidity ^0.8.20;\n") +
                          std::string(collection_source) + R"(
contract House {
    struct Lot { address seller; uint256 ends; address leader; uint256 top; }
    Items public immutable items = new Items();
    Lot[] public lots;
    function list(uint256 itemId, uint64 biddingTime) external returns (uint256 id) {
        items.transferFrom(msg.sender, address(this), itemId);
        id = lots.length;
        lots.push(Lot(msg.sender, block.timestamp + biddingTime, address(0), 0));
    }
    function bid(uint256 id) external payable {
        Lot storage l = lots[id];
        require(block.timestamp < l.ends && msg.value > l.top && msg.sender != l.seller);
        l.leader = msg.sender;
        l.top = msg.value;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const std::vector<TxStep> lists = steps_calling(w, "list(uint256,uint64)");
    ASSERT_GE(lists.size(), 2u);
    EXPECT_EQ(lists.front().call.args.at(1), first_duration);
    const std::vector<TxStep> bids = steps_calling(w, "bid(uint256)");
    ASSERT_FALSE(bids.empty());
    EXPECT_NE(bids.front().sender, lists.front().sender);
    EXPECT_FALSE(w.created_ids().empty());
    EXPECT_FALSE(w.state().balance(w.accounts().address_of_contract("House")).is_zero());
    // The adversary sells too: its lot, with an honest bid on it, is the first id it names.
    ASSERT_EQ(w.adversary_objects().size(), 1u);
    EXPECT_EQ(lists.back().sender, adversary_name);
    EXPECT_EQ(bids.back().call.args, w.adversary_objects());
}

TEST(SetUp, APurchaseThatTakesTheListedItemIsNotAnHonestPayment) {
    // A fixed-price listing: the counterparty's purchase would hand it the item, leaving the
    // shop nothing of the honest sellers' to hold; it is undone.
    auto p = load_program(std::string("pragma solidity ^0.8.20;\n") +
                          std::string(collection_source) + R"(
contract Shop {
    struct Listing { address seller; uint256 itemId; uint256 price; }
    Items public immutable items = new Items();
    Listing[] public listings;
    function list(uint256 itemId, uint256 price) external returns (uint256 id) {
        items.transferFrom(msg.sender, address(this), itemId);
        id = listings.length;
        listings.push(Listing(msg.sender, itemId, price));
    }
    function buy(uint256 id) external payable {
        Listing memory l = listings[id];
        require(l.seller != address(0) && msg.value >= l.price);
        delete listings[id];
        items.transferFrom(address(this), msg.sender, l.itemId);
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    EXPECT_GE(steps_calling(w, "list(uint256,uint256)").size(), 2u);
    EXPECT_TRUE(steps_calling(w, "buy(uint256)").empty());
    EXPECT_TRUE(w.created_ids().empty());
    // Nobody paid into the adversary's listing either: its item is still its own.
    EXPECT_TRUE(w.adversary_objects().empty());
    for (const TxStep& step : w.setup())
        EXPECT_FALSE(step.sender == adversary_name && step.call.contract == "Shop");
}

TEST(SetUp, ERC1155HoldersConsignTheirItemsAndTheAdversaryApprovesForAll) {
    // A collection whose balances are a public mapping by id then holder: each recipient
    // crafts a few, each depositor approves the shop for all and consigns them, and the
    // adversary approves the shop too and keeps its id as an item.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Kit {
    mapping(uint256 => mapping(address => uint256)) public balanceOf;
    mapping(address => mapping(address => bool)) public isApprovedForAll;
    function craft(uint256 id, uint256 amount) external {
        require(id < 8);
        balanceOf[id][msg.sender] += amount;
    }
    function setApprovalForAll(address op, bool ok) external { isApprovedForAll[msg.sender][op] = ok; }
    function safeTransferFrom(address from, address to, uint256 id, uint256 amount, bytes calldata) external {
        require(from == msg.sender || isApprovedForAll[from][msg.sender]);
        balanceOf[id][from] -= amount;
        balanceOf[id][to] += amount;
    }
}
contract Shop {
    Kit public immutable kit = new Kit();
    mapping(uint256 => address) public sellers;
    uint256 public next;
    function consign(uint256 id, uint256 amount) external returns (uint256 n) {
        kit.safeTransferFrom(msg.sender, address(this), id, amount, "");
        n = next++;
        sellers[n] = msg.sender;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    EXPECT_GE(steps_calling(w, "craft(uint256,uint256)").size(), 2u);
    const std::vector<TxStep> consigned = steps_calling(w, "consign(uint256,uint256)");
    ASSERT_GE(consigned.size(), 2u);
    // Two of id 2: the largest id the profit ledger values, so the items are value.
    EXPECT_EQ(consigned.front().call.args, (std::vector<vm::U256>{vm::U256{2}, vm::U256{2}}));
    const std::vector<TxStep> approvals = steps_calling(w, "setApprovalForAll(address,bool)");
    EXPECT_TRUE(std::any_of(approvals.begin(), approvals.end(),
                            [](const TxStep& s) { return s.sender == adversary_name; }));
    // One item per instance of the collection (the named target and the shop's own).
    ASSERT_FALSE(w.adversary_items().empty());
    for (const HeldItem& item : w.adversary_items())
        EXPECT_TRUE(item.multi);
    EXPECT_TRUE(w.item_deposits().empty()); // approved for all already: nothing per item
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

TEST(Payments, ATokenWhoseCallsOutComeLastIsPlain) {
    // WETH sends the ether of `withdraw` after its books are written: no frame of it is ever
    // half-done, so its transfer pays. A token that calls out and then writes is not plain.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Weth {
    mapping(address => uint256) public balanceOf;
    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }
    function withdraw(uint256 amount) external {
        balanceOf[msg.sender] -= amount;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
    }
}
contract PayFirst {
    mapping(address => uint256) public balanceOf;
    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }
    function withdraw(uint256 amount) external {
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balanceOf[msg.sender] -= amount;
    }
})");
    const Facts facts(*p);
    EXPECT_EQ(plain_token_targets(*p, facts), (std::vector<std::string>{"Weth"}));
}

} // namespace
} // namespace mallory::analyzer
