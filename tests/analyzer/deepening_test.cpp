// The explorer's adaptive bound (explorer.hpp): complete levels up to --txs, directed levels up
// to --max-txs while they reach new states and their counted budget lasts, and the bound it
// reached stated in SearchBound.
#include "analyzer/explorer.hpp"
#include "tests/analyzer/search_clock.hpp"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

std::unique_ptr<Program> corpus_case(const char* file, const char* contract) {
    const auto path = std::filesystem::path(MALLORY_SOURCE_DIR) / "tests/analyzer/corpus" / file;
    auto p = Program::load({path.string()});
    EXPECT_TRUE(p->ok()) << p->errors(false);
    EXPECT_TRUE(p->select(contract));
    return p;
}

/// The explorer's defaults, without the wall-clock timeout: these searches are bounded by
/// their counted budgets, so what they find does not depend on the machine's speed (an
/// instrumented build on a loaded machine is many times slower).
ExploreOptions untimed() {
    ExploreOptions o;
    o.timeout_seconds = 1e6;
    return o;
}

/// The re-entrant violation of callback-freedom, if found.
const Violation* reentrancy(const ExploreResult& r) {
    for (std::size_t i = 0; i < r.properties.size(); ++i)
        if (r.properties[i].kind == PropertyKind::callback_freedom && r.violations[i][1])
            return &*r.violations[i][1];
    return nullptr;
}

TEST(Deepening, FindsAFiveTransactionAttackWithTheDefaults) {
    auto p = corpus_case("deep_phased_market.sol", "PhasedMarket");
    ASSERT_TRUE(p->ok());
    const ExploreResult r = explore(*p, untimed());
    const Violation* v = reentrancy(r);
    ASSERT_TRUE(v);
    // The owner opens the market; the adversary deposits, joins, approves itself, withdraws.
    ASSERT_EQ(v->witness.steps.size(), 5u);
    EXPECT_TRUE(std::any_of(v->witness.steps.begin(), v->witness.steps.end(), [](const auto& s) {
        return s.sender == deployer_name && s.call.signature == "openMarket()";
    }));
    EXPECT_EQ(v->witness.steps.back().call.signature, "withdrawAllFrom(address)");
    EXPECT_EQ(r.stats.bound.complete, 3);
    EXPECT_GE(r.stats.bound.deepest, 5);
    EXPECT_FALSE(r.stats.bound.exhausted);
}

TEST(Deepening, WithoutDirectedLevelsTheAttackIsOutOfReachAndTheBoundSaysSo) {
    auto p = corpus_case("deep_phased_market.sol", "PhasedMarket");
    ASSERT_TRUE(p->ok());
    ExploreOptions o = untimed();
    o.max_txs = o.txs;
    const ExploreResult r = explore(*p, o);
    EXPECT_FALSE(reentrancy(r));
    EXPECT_EQ(r.stats.bound.complete, 3);
    EXPECT_EQ(r.stats.bound.deepest, 3);
    EXPECT_EQ(r.stats.bound.cut, SearchBound::Cut::max_txs);
    EXPECT_NE(describe(r.stats.bound).find("cut by the length bound"), std::string::npos);
}

TEST(Deepening, FourTransactionsThroughAWarp) {
    auto p = corpus_case("deep_stake_lock_payout.sol", "LockedStaking");
    ASSERT_TRUE(p->ok());
    const ExploreResult r = explore(*p, untimed());
    const Violation* v = reentrancy(r);
    ASSERT_TRUE(v);
    ASSERT_EQ(v->witness.steps.size(), 4u); // stake, wait out the lock, name the payee, unstake
    EXPECT_TRUE(std::any_of(v->witness.steps.begin(), v->witness.steps.end(),
                            [](const auto& s) { return s.is_warp(); }));
}

// Every overpaying `buy` calls the buyer back, so the partitions that start with a buy spend
// the complete level 3's budget on the refund's scripts before the owner's `cancel` comes up
// (with the CLI's Z3 hints the default budget is cut so; here a smaller one stands for them).
// The cut level hands over to the directed levels at its own length, which try the owner's
// actions first: buy, cancel, the re-entered reclaim.
TEST(Deepening, ACompleteLevelCutByItsBudgetHandsOverToTheDirectedLevels) {
    auto p = corpus_case("deep_cancelled_event_reclaim.sol", "Tickets");
    ASSERT_TRUE(p->ok());
    ExploreOptions o = untimed();
    o.budget_per_partition = 1000;
    const ExploreResult r = explore(*p, o);
    const Violation* v = reentrancy(r);
    ASSERT_TRUE(v);
    ASSERT_EQ(v->witness.steps.size(), 3u);
    EXPECT_EQ(v->witness.steps[1].sender, deployer_name);
    EXPECT_EQ(v->witness.steps[1].call.signature, "cancel()");
    EXPECT_EQ(v->witness.steps[2].call.signature, "reclaim()");
    // The complete search was cut, and the report says so.
    EXPECT_LT(r.stats.bound.complete, 3);
    EXPECT_EQ(r.stats.bound.cut, SearchBound::Cut::budget);
    EXPECT_TRUE(r.stats.budget_hit);

    ExploreOptions no_directed = o;
    no_directed.max_txs = no_directed.txs;
    EXPECT_FALSE(reentrancy(explore(*p, no_directed)));
}

// Withdrawal is guarded, transfer is not: from the payment's callback the adversary moves the
// credit about to be zeroed to its accomplice, as an attack with two contracts does (before
// the accomplice existed, the only place to move it was an honest user's account).
TEST(Deepening, AReentryParksTheCreditWithTheAccomplice) {
    auto p = corpus_case("cf_guarded_withdraw_open_transfer.sol", "HalfGuardedBank");
    ASSERT_TRUE(p->ok());
    ExploreOptions o = untimed();
    o.txs = o.max_txs = 2;
    o.depth = 2;
    const ExploreResult r = explore(*p, o);
    const Violation* v = reentrancy(r);
    ASSERT_TRUE(v);
    World w(*p);
    const vm::U256 accomplice = w.accounts().accomplice.to_word();
    bool parked = false;
    for (const Choice& c : v->witness.steps.back().choices)
        parked |= c.kind == ChoiceKind::reenter &&
                  c.call.signature == "transfer(address,uint256)" &&
                  c.call.args.front() == accomplice;
    EXPECT_TRUE(parked);
    // Nothing to assume: the accomplice is the adversary's own.
    EXPECT_TRUE(v->assumptions.empty());
}

TEST(Deepening, SameResultForAnyNumberOfThreads) {
    auto p = corpus_case("deep_phased_market.sol", "PhasedMarket");
    ASSERT_TRUE(p->ok());
    ExploreOptions o = untimed();
    const ExploreResult one = explore(*p, o);
    o.jobs = 3;
    const ExploreResult three = explore(*p, o);
    EXPECT_EQ(one.stats.states, three.stats.states);
    EXPECT_EQ(one.stats.transactions, three.stats.transactions);
    EXPECT_EQ(one.stats.bound.deepest, three.stats.bound.deepest);
    EXPECT_EQ(one.stats.bound.cut, three.stats.bound.cut);
    ASSERT_TRUE(reentrancy(one) && reentrancy(three));
    EXPECT_EQ(reentrancy(one)->witness, reentrancy(three)->witness);
}

TEST(Deepening, ASmallSpaceIsExhausted) {
    auto p = Program::from_sources({{"Toggle.sol", R"(pragma solidity ^0.8.20;
contract Toggle {
    bool public on;
    function flip() external { on = !on; }
}
)"}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    ExploreOptions o = untimed();
    o.txs = 5;
    const ExploreResult r = explore(*p, o);
    // Two states: after two flips every sequence is back among known ones.
    EXPECT_TRUE(r.stats.bound.exhausted);
    EXPECT_LT(r.stats.bound.complete, 5);
    EXPECT_EQ(r.stats.bound.cut, SearchBound::Cut::none);
    EXPECT_NE(describe(r.stats.bound).find("exhausted"), std::string::npos);
}

TEST(Deepening, TheDirectedBudgetIsCountedNotTimed) {
    auto p = corpus_case("safe_deep_stake_lock_payout.sol", "LockedStaking");
    ASSERT_TRUE(p->ok());
    ExploreOptions o = untimed();
    o.deepening_budget = 2000;
    o.deepening_per_partition = 0;
    const ExploreResult small = explore(*p, o);
    o.deepening_budget = 0;
    const ExploreResult none = explore(*p, o);
    EXPECT_EQ(small.stats.bound.cut, SearchBound::Cut::budget);
    EXPECT_GT(small.stats.transactions, none.stats.transactions);
    // Every partition runs at most its share of the budget (plus the transaction that
    // crossed it, and its callback-freedom checks) beyond the complete levels.
    EXPECT_LE(small.stats.transactions - none.stats.transactions,
              2000 + 64 * small.stats.partitions);
    EXPECT_FALSE(small.stats.budget_hit); // the complete levels were not cut
}

// A market of a separate item contract: buying needs four steps (mint, approve the market,
// sell, buy). Most first actions revert from the initial state (approving, transferring or
// listing an item before one exists) and end their partitions at once; the directed budget
// goes to the partitions that run, so the one starting with a mint reaches the purchase
// (before, it had the same 1/38 share as every dead partition and `buy` never ran).
const char* item_market = R"(pragma solidity ^0.8.20;

interface IReceiver {
    function onERC721Received(address, address, uint256, bytes calldata) external returns (bytes4);
}

contract Items {
    mapping(uint256 => address) public ownerOf;
    mapping(uint256 => address) public getApproved;
    uint256 public next;

    function mint() external returns (uint256 id) {
        id = next++;
        ownerOf[id] = msg.sender;
    }

    function approve(address to, uint256 id) external {
        require(ownerOf[id] == msg.sender, "owner");
        getApproved[id] = to;
    }

    function safeTransferFrom(address from, address to, uint256 id) external {
        require(ownerOf[id] == from, "from");
        require(msg.sender == from || getApproved[id] == msg.sender, "auth");
        ownerOf[id] = to;
        getApproved[id] = address(0);
        if (to.code.length > 0)
            require(IReceiver(to).onERC721Received(msg.sender, from, id, "") ==
                    IReceiver.onERC721Received.selector, "receiver");
    }
}

contract ItemMarket {
    Items public immutable items;
    struct Offer { address seller; uint256 price; }
    mapping(uint256 => Offer) public offers;
    mapping(address => uint256) public earnings;

    constructor(Items i) { items = i; }

    function sell(uint256 id, uint256 price) external {
        require(items.ownerOf(id) == msg.sender, "owner");
        require(price > 0, "price");
        offers[id] = Offer(msg.sender, price);
    }

    function buy(uint256 id) external payable {
        Offer memory o = offers[id];
        require(o.price > 0 && msg.value == o.price, "price");
        items.safeTransferFrom(o.seller, msg.sender, id);
        earnings[o.seller] += msg.value;
        delete offers[id];
    }

    function withdrawEarnings() external {
        uint256 e = earnings[msg.sender];
        earnings[msg.sender] = 0;
        payable(msg.sender).transfer(e);
    }
}
)";

TEST(Deepening, TheDirectedBudgetGoesToThePartitionsThatRun) {
    auto p = Program::from_sources({{"ItemMarket.sol", item_market}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const ExploreResult r = explore(*p, untimed());
    const auto& covered = r.stats.covered;
    EXPECT_NE(std::find(covered.begin(), covered.end(), "ItemMarket.buy(uint256)"), covered.end());
}

TEST(GuidedSearch, PreparesASinkNoSequenceReachedWithTheDefaults) {
    // release pays only after stake, request, endorse and the delay: among the chest's ~80
    // actions the directed levels' budget ends before that preparation, and the guided search
    // reaches it by how far release gets in each state.
    if (under_sanitizers) GTEST_SKIP() << "a search of the defaults' size (release only)";
    auto p = corpus_case("chest_endorse_timelock_release.sol", "CommunityChest");
    ASSERT_TRUE(p->ok());
    const ExploreResult r = explore(*p, untimed());
    const Violation* v = reentrancy(r);
    ASSERT_TRUE(v);
    ASSERT_EQ(v->witness.steps.size(), 5u);
    EXPECT_EQ(v->witness.steps.back().call.signature, "release(uint256)");
    EXPECT_TRUE(v->witness.steps[3].is_warp());
    EXPECT_TRUE(std::binary_search(r.stats.covered.begin(), r.stats.covered.end(),
                                   std::string("CommunityChest.release(uint256)")));
    // The sinks are judged where release first runs (5 steps) and after one more wait (6).
    EXPECT_EQ(r.stats.bound.deepest, 6);
}

TEST(GuidedSearch, CallsWithTheIdsAndPricesItsPreparationProduced) {
    // collectRent pays only the owner of an offer with rent due: the adversary's own offer,
    // whose id offer() returns, rented. The world's set-up offers the adversary's item beside
    // the honest users' and an honest user rents it (World::setup_system_nft); without that,
    // the guided search names the returned id and pays what rent compares its payment with.
    // Either way withdrawGear re-enters collectRent on the offer that was rented.
    if (under_sanitizers) GTEST_SKIP() << "a search of the defaults' size (release only)";
    auto p = corpus_case("gear_rental_delist_hook.sol", "GearRental");
    ASSERT_TRUE(p->ok());
    const ExploreResult r = explore(*p, untimed());
    const Violation* v = reentrancy(r);
    ASSERT_TRUE(v);
    const TxStep& last = v->witness.steps.back();
    EXPECT_EQ(last.call.signature, "withdrawGear(uint256)");
    std::vector<TxStep> all = v->witness.setup;
    all.insert(all.end(), v->witness.steps.begin(), v->witness.steps.end());
    const auto rent = std::find_if(all.begin(), all.end(), [&](const TxStep& s) {
        return s.call.signature == "rent(uint256,uint256)" && s.call.args[0] == last.call.args[0];
    });
    ASSERT_NE(rent, all.end()); // the offer rented is the one withdrawn
    EXPECT_FALSE(rent->call.value.is_zero());
    const auto reenters_collect =
        std::any_of(last.choices.begin(), last.choices.end(), [](const Choice& c) {
            return c.kind == ChoiceKind::reenter && c.call.signature == "collectRent(uint256)";
        });
    EXPECT_TRUE(reenters_collect);
}

TEST(GuidedSearch, ASecondWorldOfSmallerDepositsLeavesACapOpen) {
    // The honest users' usual deposits reach the presale's soft cap, so refunds never pay;
    // in the second world they deposit a hundredth as much and the refund is re-entered.
    if (under_sanitizers) GTEST_SKIP() << "a search of the defaults' size (release only)";
    auto p = corpus_case("presale_softcap_refund.sol", "Presale");
    ASSERT_TRUE(p->ok());
    const ExploreResult r = explore(*p, untimed());
    const Violation* v = reentrancy(r);
    ASSERT_TRUE(v);
    ASSERT_FALSE(v->witness.setup.empty());
    for (const TxStep& s : v->witness.setup)
        if (s.sender != adversary_name) {
            EXPECT_LT(s.call.value, vm::U256{1'000'000'000'000'000'000ULL});
        }
    EXPECT_EQ(v->witness.steps.back().call.signature, "claimRefund()");
}

TEST(GuidedSearch, WithoutItTheSinkNeverRuns) {
    if (under_sanitizers) GTEST_SKIP() << "a search of the defaults' size (release only)";
    auto p = corpus_case("chest_endorse_timelock_release.sol", "CommunityChest");
    ASSERT_TRUE(p->ok());
    ExploreOptions o = untimed();
    o.guided_budget = 0;
    const ExploreResult r = explore(*p, o);
    EXPECT_FALSE(reentrancy(r));
    EXPECT_FALSE(std::binary_search(r.stats.covered.begin(), r.stats.covered.end(),
                                    std::string("CommunityChest.release(uint256)")));
}

TEST(CallbackWindow, TheBorrowerBorrowsItsLimitAndTheReentryLiquidatesItPayingTheDebt) {
    // liquidate passes its health check only while the pool's exit leaves its price stale: no
    // transaction runs it at top level. The honest borrower asks what its collateral allows
    // (the domain's first amount, 5 ether, is refused by `debt + amount <= value / 2`); the
    // re-entry names the borrower, not one of the adversary's accounts, and pays the debt the
    // liquidation compares its payment with, which no domain holds.
    if (under_sanitizers) GTEST_SKIP() << "a search of the defaults' size (release only)";
    auto p = corpus_case("ro_pool_exit_liquidation.sol", "LoanMarket");
    ASSERT_TRUE(p->ok());
    const ExploreResult r = explore(*p, untimed());
    const Violation* v = reentrancy(r);
    ASSERT_TRUE(v);
    const auto borrow =
        std::find_if(v->witness.steps.begin(), v->witness.steps.end(),
                     [](const TxStep& s) { return s.call.signature == "borrow(uint256)"; });
    ASSERT_NE(borrow, v->witness.steps.end());
    EXPECT_NE(borrow->sender, adversary_name);
    const vm::U256 debt = borrow->call.args[0];
    EXPECT_EQ(debt, vm::U256{2'500'000'000'000'000'000ULL}); // half of its 5 ether collateral
    const TxStep& last = v->witness.steps.back();
    EXPECT_EQ(last.call.signature, "exit()");
    const auto liquidation =
        std::find_if(last.choices.begin(), last.choices.end(), [](const Choice& c) {
            return c.kind == ChoiceKind::reenter && c.call.signature == "liquidate(address)";
        });
    ASSERT_NE(liquidation, last.choices.end());
    EXPECT_EQ(liquidation->call.value, debt);
    EXPECT_FALSE(std::binary_search(r.stats.covered.begin(), r.stats.covered.end(),
                                    std::string("LoanMarket.liquidate(address)")));
}

TEST(CallbackWindow, AReentryThatLetsARefusedCallPassIsNotCrowdedOutByWrongAnswers) {
    // stakeVia(source) is refused unless the pool's balance grew during the pull: only a
    // re-entry into stake from the source's transferFrom lets it pass. The answer `false`
    // makes it fail sooner, not later, so its combinations with every re-entry are not
    // queued ahead of the default answer's own re-entries (which they used to crowd out).
    auto p = corpus_case("tok_source_balance_delta.sol", "RewardPool");
    ASSERT_TRUE(p->ok());
    ExploreOptions o = untimed();
    o.txs = 1;
    o.max_txs = 1;
    const ExploreResult r = explore(*p, o);
    const Violation* v = reentrancy(r);
    ASSERT_TRUE(v);
    const TxStep& last = v->witness.steps.back();
    EXPECT_EQ(last.call.signature, "stakeVia(address,uint256)");
    ASSERT_FALSE(last.choices.empty());
    EXPECT_EQ(last.choices.front().kind, ChoiceKind::reenter);
    EXPECT_EQ(last.choices.front().call.signature, "stake(uint256)");
    EXPECT_FALSE(last.choices.front().returns); // the default answer: true
}

TEST(CallbackWindow, ATakeThatReenteredItselfInVainIsExtendedInsideTheReentry) {
    // take(id) is refused unless the maker was paid during its callbacks; re-entered from them,
    // the inner take is refused the same way. What lets the inner take pass (paying the maker
    // from the inner take's callback: buying credits when the adversary is the maker, handing
    // it credits when an honest user is) lets both pass: those re-entries are queued ahead of
    // the other callbacks' many alternatives.
    auto p = corpus_case("swap_board_taker_pays_in_callback.sol", "SwapBoard");
    ASSERT_TRUE(p->ok());
    ExploreOptions o = untimed();
    o.txs = 2;
    const ExploreResult r = explore(*p, o);
    const Violation* v = reentrancy(r);
    ASSERT_TRUE(v);
    const TxStep& last = v->witness.steps.back();
    EXPECT_EQ(last.call.signature, "take(uint256)");
    std::vector<std::string> reentered;
    for (const Choice& c : last.choices)
        if (c.kind == ChoiceKind::reenter) reentered.push_back(c.call.signature);
    ASSERT_GE(reentered.size(), 2u);
    EXPECT_EQ(reentered.front(), "take(uint256)");
    EXPECT_TRUE(reentered.back() == "buyCredits()" ||
                reentered.back() == "transfer(address,uint256)")
        << reentered.back();
}

} // namespace
} // namespace mallory::analyzer
