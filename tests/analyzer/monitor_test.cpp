// The property monitor (analyzer/monitor.hpp): the one judge of "this property is violated"
// that the explorer and the replay share, the adversary-profit property, a finding's impact,
// and the one table of property, check and re-entry names (analyzer/kinds.def).
#include "analyzer/analyzer.hpp"
#include "analyzer/monitor.hpp"
#include "analyzer/replay.hpp"
#include "tests/analyzer/load_program.hpp"

#include <gtest/gtest.h>
#include <optional>

namespace mallory::analyzer {
namespace {

using vm::U256;
const U256 ether{1'000'000'000'000'000'000ULL};

/// Holdings of ether only, and of ether and one token.
Holdings eth(const U256& wei) {
    return Holdings{{wei}};
}
Holdings eth_tok(const U256& wei, const U256& units) {
    return Holdings{{wei, units}};
}
/// A ledger of ether only: adversary, honest, system.
Ledger eth_ledger(const U256& a, const U256& h, const U256& s) {
    return Ledger{eth(a), eth(h), eth(s), {"ether"}};
}

// ---- the names table -----------------------------------------------------------------------

TEST(Kinds, EveryNameParsesBackToItsEnumerator) {
    for (PropertyKind k : all_property_kinds)
        EXPECT_EQ(parse_property_kind(to_string(k)), k) << to_string(k);
    for (CheckId c : all_check_ids)
        EXPECT_EQ(parse_check_id(to_string(c)), c) << to_string(c);
    for (ReentryKind k : all_reentry_kinds)
        EXPECT_EQ(parse_reentry_kind(to_string(k)), k) << to_string(k);
    EXPECT_FALSE(parse_property_kind("ether-conservation")); // replaced by adversary-profit
    EXPECT_FALSE(parse_check_id("nonsense"));
}

TEST(Kinds, StableUserFacingNames) {
    // JSON/SARIF, witness files and README use these: the witness names the property,
    // the report names the check it is found by.
    EXPECT_EQ(to_string(PropertyKind::callback_freedom), "callback-freedom");
    EXPECT_EQ(to_string(check_of(PropertyKind::callback_freedom)), "reentrancy");
    EXPECT_EQ(to_string(PropertyKind::adversary_profit), "adversary-profit");
    EXPECT_EQ(check_of(PropertyKind::adversary_profit), CheckId::adversary_profit);
    EXPECT_EQ(to_string(ReentryKind::same_function), "same-function");
    EXPECT_EQ(to_string(ReentryKind::none), "");
}

TEST(Kinds, EveryDynamicCheckHasMetadata) {
    for (PropertyKind k : all_property_kinds)
        EXPECT_NE(find_check(check_of(k)), nullptr) << to_string(k);
}

// ---- the sequence judges, with runs made up ------------------------------------------------

TxStep call_step(const char* fn) {
    return TxStep{adversary_name, {"Bank", fn, {}, {}}, {}};
}

TEST(CallbackFreedom, HoldsWhenSomeOrderReachesTheState) {
    const std::vector<TxStep> calls{call_step("a()"), call_step("b()")};
    int runs = 0;
    const auto v = judge_callback_freedom(
        calls, SequentialRun{7, eth(ether), 0, {}, 0}, [&](const std::vector<TxStep>& order) {
            ++runs;
            // only b() then a() reaches state 7
            const bool b_first = order[0].call.signature == "b()";
            return SequentialRun{b_first ? 7u : 3u, eth(ether), 0, {}, 0};
        });
    EXPECT_FALSE(v.violated);
    EXPECT_EQ(runs, 2);
}

TEST(CallbackFreedom, ViolatedAndSelfHarmWhenTheAdversaryEndsPoorerThanEveryOrder) {
    const std::vector<TxStep> calls{call_step("a()"), call_step("b()")};
    const auto run = [](const std::vector<TxStep>&) {
        return SequentialRun{3, eth(ether), 0, {}, 0};
    };
    const auto poorer =
        judge_callback_freedom(calls, SequentialRun{7, eth(U256{1}), 0, {}, 0}, run);
    EXPECT_TRUE(poorer.violated);
    EXPECT_TRUE(poorer.self_harm);
    EXPECT_EQ(poorer.orders, 2u);
    const auto richer =
        judge_callback_freedom(calls, SequentialRun{7, eth(ether + ether), 0, {}, 0}, run);
    EXPECT_TRUE(richer.violated);
    EXPECT_FALSE(richer.self_harm);
}

// What the re-entry itself gained is measured against the most any order left the adversary,
// per asset: the orders' 1 and 2 ether against the re-entrant 5 ether leave 3 ether.
TEST(CallbackFreedom, TheGainIsWhatTheReentrantRunHoldsBeyondTheRichestOrder) {
    const std::vector<TxStep> calls{call_step("a()"), call_step("b()")};
    const auto run = [](const std::vector<TxStep>& order) {
        const bool b_first = order[0].call.signature == "b()";
        return SequentialRun{3, eth(b_first ? ether + ether : ether), 0, {}, 0};
    };
    const U256 five = ether + ether + ether + ether + ether;
    const auto richer = judge_callback_freedom(calls, SequentialRun{7, eth(five), 0, {}, 0}, run);
    ASSERT_TRUE(richer.violated);
    ASSERT_EQ(richer.gain.assets.size(), 1u);
    EXPECT_EQ(richer.gain.assets[0], ether + ether + ether);
    const auto poorer =
        judge_callback_freedom(calls, SequentialRun{7, eth(U256{1}), 0, {}, 0}, run);
    ASSERT_TRUE(poorer.violated);
    for (const U256& x : poorer.gain.assets)
        EXPECT_TRUE(x.is_zero());
}

// A re-entry that breaks a bound the contract's own check keeps (guard_bounds.hpp: more seats
// sold than the booth has) harms everyone the check protects, whatever it cost the adversary;
// a bound some order breaks as well says nothing about re-entry.
TEST(CallbackFreedom, BreakingABoundEveryOrderKeepsIsNotSelfHarm) {
    const std::vector<TxStep> calls{call_step("a()"), call_step("b()")};
    const SequentialRun reentrant{7, eth(U256{1}), 0, {}, 0, 0b10};
    const auto kept = judge_callback_freedom(calls, reentrant, [](const std::vector<TxStep>&) {
        return SequentialRun{3, eth(ether), 0, {}, 0, 0b01};
    });
    EXPECT_TRUE(kept.violated);
    EXPECT_FALSE(kept.self_harm);
    const auto also_broken =
        judge_callback_freedom(calls, reentrant, [](const std::vector<TxStep>& order) {
            const bool b_first = order[0].call.signature == "b()";
            return SequentialRun{3, eth(ether), 0, {}, 0, b_first ? 0b10U : 0U};
        });
    EXPECT_TRUE(also_broken.violated);
    EXPECT_TRUE(also_broken.self_harm);
}

// The re-entrant state (7) differs from every order's (3) only in what the system owes the
// adversary (`others` equal), and the adversary holds as much either way: self-harm exactly
// when no attempt to cash in gives it more from the re-entrant state than from the order's.
CallbackFreedomVerdict judge_owed(const Holdings& exit_after_reentry) {
    const std::vector<TxStep> calls{call_step("a()"), call_step("b()")};
    const auto run = [](const std::vector<TxStep>&) {
        return SequentialRun{3, eth(ether), 11, {U256{5}}, 0};
    };
    std::vector<U256> amounts_asked;
    const MakeProbes make = [&](const std::vector<U256>& amounts) {
        amounts_asked = amounts;
        return std::vector<TxStep>{call_step("cashIn(uint256)")};
    };
    const RunProbes probes = [&](const std::vector<TxStep>* order, const std::vector<TxStep>&) {
        return std::vector<ProbeRun>{{order ? eth(ether + ether) : exit_after_reentry, 0}};
    };
    const auto v = judge_callback_freedom(calls, SequentialRun{7, eth(ether), 11, {U256{0}}, 0},
                                          run, make, probes);
    EXPECT_EQ(amounts_asked, std::vector<U256>{U256{5}}); // the owed values that differ
    return v;
}

TEST(CallbackFreedom, SelfHarmWhenOnlyWhatTheAdversaryIsOwedIsLess) {
    const auto owed_less = judge_owed(eth(ether)); // cashing in after the re-entry gives less
    EXPECT_TRUE(owed_less.violated);
    EXPECT_TRUE(owed_less.self_harm);
    const auto owed_more = judge_owed(eth(ether + ether + ether)); // ... or more
    EXPECT_TRUE(owed_more.violated);
    EXPECT_FALSE(owed_more.self_harm);
    // No evidence either way (cashing in gives the same): a claim no probe spends may still
    // be worth something, so not self-harm.
    EXPECT_FALSE(judge_owed(eth(ether + ether)).self_harm);
}

TEST(CallbackFreedom, ProbesAlsoNameTheObjectOfAnOwedEntry) {
    // The entry that differs is `pledgeOf[1][mallory]` (5 after the order, 0 after the
    // re-entry): the probes try its amount and its object's id (`withdrawPledge(1)`).
    const std::vector<TxStep> calls{call_step("a()"), call_step("b()")};
    const std::vector<std::optional<U256>> keys{U256{1}};
    const auto run = [&](const std::vector<TxStep>&) {
        return SequentialRun{3, eth(ether), 11, {U256{5}}, 0, 0, keys};
    };
    std::vector<U256> amounts_asked;
    const MakeProbes make = [&](const std::vector<U256>& amounts) {
        amounts_asked = amounts;
        return std::vector<TxStep>{call_step("withdrawPledge(uint256)")};
    };
    const RunProbes probes = [&](const std::vector<TxStep>* order, const std::vector<TxStep>&) {
        return std::vector<ProbeRun>{{order ? eth(ether + ether) : eth(ether), 0}};
    };
    const auto v = judge_callback_freedom(
        calls, SequentialRun{7, eth(ether), 11, {U256{0}}, 0, 0, keys}, run, make, probes);
    EXPECT_EQ(amounts_asked, (std::vector<U256>{U256{5}, U256{1}}));
    EXPECT_TRUE(v.self_harm);
}

TEST(CallbackFreedom, ALargerDebtIsNoLargerClaim) {
    // The re-entrant state keeps a larger `rewardDebt` (9 against 5) for the adversary, which
    // holds no more: what it owes grew, so it is owed no more, and (no probe cashing in more)
    // the re-entry only cost it. The same larger entry as a credit is not self-harm.
    const std::vector<TxStep> calls{call_step("a()"), call_step("b()")};
    const auto judge = [&](bool debt) {
        const std::vector<bool> debts{debt};
        return judge_callback_freedom(
            calls, SequentialRun{7, eth(ether), 11, {U256{9}}, 0, 0, {}, debts},
            [&](const std::vector<TxStep>&) {
                return SequentialRun{3, eth(ether), 11, {U256{5}}, 0, 0, {}, debts};
            },
            [](const std::vector<U256>&) { return std::vector<TxStep>{call_step("harvest()")}; },
            [](const std::vector<TxStep>* order, const std::vector<TxStep>&) {
                return std::vector<ProbeRun>{{order ? eth(ether + ether) : eth(ether), 0}};
            });
    };
    EXPECT_TRUE(judge(true).violated);
    EXPECT_TRUE(judge(true).self_harm);
    EXPECT_FALSE(judge(false).self_harm);
}

TEST(CallbackFreedom, NotSelfHarmWhenTheSystemOwesTheAdversaryMore) {
    // A larger credit after the re-entry (a stale price read by a second contract) is never
    // self-harm, whatever the probes show: the only probes asked for try to set the credit to
    // its re-entrant value alone (9), none cashes it in (which would also try 5).
    const std::vector<TxStep> calls{call_step("a()")};
    std::vector<std::vector<U256>> probed;
    const auto v = judge_callback_freedom(
        calls, SequentialRun{7, eth(ether), 11, {U256{9}}, 0},
        [](const std::vector<TxStep>&) {
            return SequentialRun{3, eth(ether), 11, {U256{5}}, 0};
        },
        [&](const std::vector<U256>& amounts) {
            probed.push_back(amounts);
            return std::vector<TxStep>{call_step("cashIn(uint256)")};
        },
        [](const std::vector<TxStep>* order, const std::vector<TxStep>&) {
            return std::vector<ProbeRun>{{order ? eth(ether + ether) : eth(ether), 0}};
        });
    EXPECT_TRUE(v.violated);
    EXPECT_FALSE(v.self_harm);
    EXPECT_EQ(probed, (std::vector<std::vector<U256>>{{U256{9}}}));
}

TEST(CallbackFreedom, NotSelfHarmWhenOthersStateDiffers) {
    const std::vector<TxStep> calls{call_step("a()")};
    bool probed = false;
    const auto v = judge_callback_freedom(
        calls, SequentialRun{7, eth(ether), 12, {}, 0},
        [](const std::vector<TxStep>&) {
            return SequentialRun{3, eth(ether), 11, {}, 0};
        },
        [&](const std::vector<U256>&) {
            probed = true;
            return std::vector<TxStep>{};
        },
        [](const std::vector<TxStep>*, const std::vector<TxStep>&) {
            return std::vector<ProbeRun>{};
        });
    EXPECT_TRUE(v.violated);
    EXPECT_FALSE(v.self_harm);
    EXPECT_FALSE(probed); // someone else's part changed: no need to look further
}

// The re-entry spent an allowance the adversary had granted itself (`allowance[mallory]
// [mallory]` 0 after it, 1000 after each order), and nothing else differs: the adversary's own
// `approve(mallory, 0)` after an order reaches the same state, so no re-entry was needed.
TEST(CallbackFreedom, NotViolatedWhenTheAdversaryRedoesItsOwnEntriesAlone) {
    const std::vector<TxStep> calls{call_step("a()"), call_step("b()")};
    const auto judge = [&](std::uint64_t others_after_order, std::uint64_t probe_reaches) {
        std::vector<std::vector<U256>> asked;
        const auto v = judge_callback_freedom(
            calls, SequentialRun{7, eth(ether), 11, {U256{0}}, 0},
            [&](const std::vector<TxStep>&) {
                return SequentialRun{3, eth(ether), others_after_order, {U256{1000}}, 0};
            },
            [&](const std::vector<U256>& amounts) {
                asked.push_back(amounts);
                return std::vector<TxStep>{call_step("approve(address,uint256)")};
            },
            [&](const std::vector<TxStep>* order, const std::vector<TxStep>&) {
                return std::vector<ProbeRun>{{eth(ether), order ? probe_reaches : 7}};
            });
        return std::make_pair(v, asked);
    };
    const auto [redone, asked] = judge(11, 7);
    EXPECT_FALSE(redone.violated);
    EXPECT_EQ(asked, std::vector<std::vector<U256>>{{U256{0}}}); // the re-entrant value, zero
    EXPECT_TRUE(judge(11, 5).first.violated); // no call of its own reaches the state
    // Where others' state differs too, no single call of the adversary's is tried.
    const auto [others_differ, none_asked] = judge(12, 7);
    EXPECT_TRUE(others_differ.violated);
    EXPECT_TRUE(none_asked.empty());
}

const char* bank = R"(pragma solidity ^0.8.20;
contract Bank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
}
)";

TEST(Holdings, ACashInRaisesAnAssetBeyondBothTheStepBeforeAndTheStart) {
    const Holdings start = eth_tok(U256{10}, U256{0});
    // The witness already minted shares: an approval after it holds the same, raising nothing.
    const Holdings after_witness = eth_tok(U256{4}, U256{7});
    EXPECT_TRUE(after_witness.exceeds_somewhere(start));
    EXPECT_FALSE(after_witness.exceeds_both_somewhere(after_witness, start));
    // Redeeming the shares raises ether beyond the start: a cash-in.
    EXPECT_TRUE(eth_tok(U256{11}, U256{0}).exceeds_both_somewhere(after_witness, start));
    // Redeeming them for less than the start raises ether, but not beyond the start.
    EXPECT_FALSE(eth_tok(U256{10}, U256{0}).exceeds_both_somewhere(after_witness, start));
    // An asset neither holds counts as zero in both.
    EXPECT_TRUE(eth_tok(U256{0}, U256{1}).exceeds_both_somewhere(eth(U256{0}), eth(U256{5})));
}

TEST(AdversaryProfit, NoChoicesIsHonestUseAndNeedsNoRun) {
    int runs = 0;
    const TxStep step = call_step("withdraw()");
    const auto v = judge_profit(
        step, {step}, eth(ether), eth(ether + ether),
        [&](const std::vector<TxStep>&) {
            ++runs;
            return SequentialRun{0, eth(ether), 0, {}, 0};
        },
        false);
    EXPECT_FALSE(v.violated); // a faucet, a prize, a refund: what honest calls also give
    EXPECT_EQ(v.gain.assets, std::vector<U256>{ether});
    EXPECT_EQ(runs, 0);
}

TEST(AdversaryProfit, GainBeyondEveryHonestRunOfTheSameCalls) {
    TxStep attack = call_step("withdraw()");
    attack.choices = {{ChoiceKind::reenter, {"Bank", "withdraw()", {}, {}}}};
    const std::vector<TxStep> calls{call_step("withdraw()"), call_step("withdraw()")};
    std::vector<std::vector<TxStep>> seen;
    const auto v = judge_profit(
        attack, calls, eth(ether), eth(ether * U256{2}),
        [&](const std::vector<TxStep>& order) {
            seen.push_back(order);
            return SequentialRun{0, eth(ether + U256{5}), 0, {}, 0};
        },
        false);
    EXPECT_TRUE(v.violated);
    EXPECT_EQ(v.gain.assets, std::vector<U256>{ether});
    EXPECT_EQ(v.baseline.assets, std::vector<U256>{U256{5}});
    // the step alone, then with the re-entry as its own transaction in both orders
    ASSERT_EQ(seen.size(), 3u);
    EXPECT_EQ(seen[0].size(), 1u);
    EXPECT_EQ(seen[1].size(), 2u);
    EXPECT_EQ(v.runs, 3u);
    for (const auto& order : seen)
        for (const TxStep& s : order)
            EXPECT_TRUE(s.choices.empty());
}

TEST(AdversaryProfit, AnHonestRunThatGivesAsMuchClearsIt) {
    TxStep attack = call_step("splitDAO()");
    attack.choices = {{ChoiceKind::reenter, {"Bank", "payReward()", {}, ether}}};
    const std::vector<TxStep> calls{call_step("splitDAO()"), call_step("payReward()")};
    // The re-entry failed in the attack; run alone it would cost the adversary 1 ether, but the
    // step alone gives it what the attack gave: no profit unlocked by the callback.
    const auto v = judge_profit(
        attack, calls, eth(ether), eth(ether + U256{1}),
        [&](const std::vector<TxStep>& order) {
            return SequentialRun{0, eth(order.size() == 1 ? ether + U256{1} : U256{1}), 0, {}, 0};
        },
        false);
    EXPECT_FALSE(v.violated);
    EXPECT_EQ(v.runs, 1u);
}

TEST(AdversaryProfit, NoGainNoViolation) {
    TxStep attack = call_step("withdraw()");
    attack.choices = {{ChoiceKind::reenter, {"Bank", "deposit()", {}, ether}}};
    const auto v = judge_profit(
        attack, {call_step("withdraw()")}, eth(ether), eth(ether),
        [](const std::vector<TxStep>&) { return SequentialRun{}; }, false);
    EXPECT_FALSE(v.violated);
    EXPECT_FALSE(v.gain.exceeds_somewhere(eth(U256{})));
}

Holdings two(U256 ether_units, U256 credit) {
    Holdings h;
    h.assets = {ether_units, credit};
    return h;
}

TEST(AdversaryProfit, BeatingEachRunInEveryAssetAtOnceIsAViolation) {
    // withdrawAll pays 1 ether back while its callback moves the 1-unit credit to the
    // accomplice. Alone, withdrawAll returns the ether and burns the credit; the transfer
    // first keeps the credit but leaves nothing to withdraw. No run is behind the attack in
    // one asset's best gain, but each run is behind it in every asset at once.
    TxStep attack = call_step("withdrawAll()");
    attack.choices = {{ChoiceKind::reenter, {"Bank", "transfer(address,uint256)", {}, {}}}};
    const std::vector<TxStep> calls{call_step("withdrawAll()"),
                                    call_step("transfer(address,uint256)")};
    const Holdings start = two(U256{10}, U256{0});
    const auto v = judge_profit(
        attack, calls, start, two(U256{10}, U256{1}),
        [&](const std::vector<TxStep>& order) {
            const bool transfer_first = order.size() == 2 && order[0].call.signature[0] == 't';
            const Holdings end = order.size() == 1 ? two(U256{10}, U256{0})
                                 : transfer_first  ? two(U256{9}, U256{1})
                                                   : two(U256{10}, U256{0});
            return SequentialRun{0, end, 0, {}, 0};
        },
        false);
    EXPECT_TRUE(v.violated);
    EXPECT_TRUE(v.beats_each_run);
    EXPECT_EQ(v.runs, 3u);
}

TEST(AdversaryProfit, ARunAsGoodInEveryAssetClearsIt) {
    // One run keeps both the ether and the credit: the callback unlocked nothing.
    TxStep attack = call_step("withdrawAll()");
    attack.choices = {{ChoiceKind::reenter, {"Bank", "transfer(address,uint256)", {}, {}}}};
    const std::vector<TxStep> calls{call_step("withdrawAll()"),
                                    call_step("transfer(address,uint256)")};
    const auto v = judge_profit(
        attack, calls, two(U256{10}, U256{0}), two(U256{10}, U256{1}),
        [&](const std::vector<TxStep>& order) {
            return SequentialRun{
                0, order.size() == 1 ? two(U256{9}, U256{0}) : two(U256{10}, U256{1}), 0, {}, 0};
        },
        false);
    EXPECT_FALSE(v.violated);
    // And one that trades the credit for more ether: neither run is beaten in every asset.
    const auto w = judge_profit(
        attack, calls, two(U256{10}, U256{0}), two(U256{10}, U256{1}),
        [&](const std::vector<TxStep>& order) {
            return SequentialRun{
                0, order.size() == 1 ? two(U256{11}, U256{0}) : two(U256{9}, U256{1}), 0, {}, 0};
        },
        false);
    EXPECT_FALSE(w.violated);
}

TEST(AdversaryProfit, AReentryThatOnlyRoundsAPayoutItsWayIsDust) {
    // A splitter pays the adversary its 10/14 share; re-entered, the split runs again and a
    // division rounds one wei its way. A violation, but its own gain is dust.
    TxStep attack = call_step("distribute()");
    attack.choices = {{ChoiceKind::reenter, {"Bank", "distribute()", {}, {}}}};
    const std::vector<TxStep> calls{call_step("distribute()"), call_step("distribute()")};
    const U256 share{5714285714285714284ULL};
    const auto v = judge_profit(
        attack, calls, eth(U256{}), eth(share + U256{1}),
        [&](const std::vector<TxStep>&) {
            return SequentialRun{0, eth(share), 0, {}, 0};
        },
        false);
    EXPECT_TRUE(v.violated);
    EXPECT_EQ(v.excess.assets, std::vector<U256>{U256{1}});
    EXPECT_TRUE(v.dust());
    // The same wei when it is the whole gain is no dust: a small theft is still a theft.
    const auto w = judge_profit(
        attack, calls, eth(share), eth(share + U256{1}),
        [&](const std::vector<TxStep>&) {
            return SequentialRun{0, eth(share), 0, {}, 0};
        },
        false);
    EXPECT_TRUE(w.violated);
    EXPECT_FALSE(w.dust());
    // Nor is a real theft beside the honest share.
    const auto x = judge_profit(
        attack, calls, eth(U256{}), eth(share + share),
        [&](const std::vector<TxStep>&) {
            return SequentialRun{0, eth(share), 0, {}, 0};
        },
        false);
    EXPECT_TRUE(x.violated);
    EXPECT_EQ(x.excess.assets, std::vector<U256>{share});
    EXPECT_FALSE(x.dust());
}

// ---- a transaction paid from its callbacks ---------------------------------------------------

// An OTC desk's fill pays the taker the maker's escrow, calls it back, and reverts unless the
// maker's token balance grew meanwhile. Without callbacks the fill reverts in every order, so
// the orders say nothing about honest use: the adversary filling its own order and paying
// itself from the callback (buying the desk's tokens there) ends with its escrow back, which
// no order gives it. It is a violation only when someone else paid for the gain.
SequentialRun fill_run(const std::vector<TxStep>& order) {
    SequentialRun r{3, eth(ether), 0, {U256{1}}, 0}; // its order still open
    for (const TxStep& s : order)
        r.reverted.push_back(s.call.signature == "fillOrder(uint256)");
    return r;
}

TxStep self_fill() {
    TxStep attack = call_step("fillOrder(uint256)");
    attack.choices = {{ChoiceKind::reenter, {"Bank", "buyUSD()", {}, ether}}};
    return attack;
}

TEST(PaidFromCallbacks, CallbackFreedomIsViolatedOnlyWhenOthersPaid) {
    const std::vector<TxStep> calls{call_step("fillOrder(uint256)"), call_step("buyUSD()")};
    SequentialRun reentrant{7, eth(ether + ether), 0, {U256{0}}, 0}; // its order closed
    const auto own = judge_callback_freedom(calls, reentrant, fill_run);
    EXPECT_TRUE(own.needs_callbacks);
    EXPECT_FALSE(own.violated);
    reentrant.others_paid = true; // a second fill paid by the same payment
    const auto theirs = judge_callback_freedom(calls, reentrant, fill_run);
    EXPECT_TRUE(theirs.needs_callbacks);
    EXPECT_TRUE(theirs.violated);
    // A bound every order keeps, broken by the re-entry, harms whom the check protects.
    reentrant.others_paid = false;
    reentrant.broken_bounds = 0b1;
    EXPECT_TRUE(judge_callback_freedom(calls, reentrant, fill_run).violated);
    // Holding more where it gave up no claim (a loan repaid by a deposit of the loan): the
    // ether is the others' even before anyone withdraws.
    reentrant.broken_bounds = 0;
    reentrant.own = {U256{1}};
    EXPECT_TRUE(judge_callback_freedom(calls, reentrant, fill_run).violated);
}

TEST(PaidFromCallbacks, AClaimLargerThanEveryOrderLeavesIsAViolation) {
    // A pool's flash loan, repaid from its callback after a deposit there: the deposit bought
    // 9 shares where, alone, it buys 5 (the loan left the pool's balance low).
    const std::vector<TxStep> calls{call_step("flashLoan(uint256)"), call_step("deposit()")};
    const auto run = [](const std::vector<TxStep>& order) {
        SequentialRun r{3, eth(ether), 11, {U256{5}}, 0};
        for (const TxStep& s : order)
            r.reverted.push_back(s.call.signature == "flashLoan(uint256)");
        return r;
    };
    const auto cheap =
        judge_callback_freedom(calls, SequentialRun{7, eth(ether), 12, {U256{9}}, 0}, run);
    EXPECT_TRUE(cheap.needs_callbacks);
    EXPECT_TRUE(cheap.violated);
    // The same shares as alone: the deposit paid the loan back at the fair price.
    const auto fair =
        judge_callback_freedom(calls, SequentialRun{7, eth(ether), 12, {U256{5}}, 0}, run);
    EXPECT_FALSE(fair.violated);
}

TEST(PaidFromCallbacks, ATransactionThatRunsAloneIsJudgedAsBefore) {
    // The same re-entrant state, but the fill succeeds after a buy in its own transaction:
    // the orders are honest use.
    const std::vector<TxStep> calls{call_step("fillOrder(uint256)"), call_step("buyUSD()")};
    const auto v = judge_callback_freedom(calls, SequentialRun{7, eth(ether + ether), 0, {}, 0},
                                          [](const std::vector<TxStep>& order) {
                                              SequentialRun r = fill_run(order);
                                              if (order[0].call.signature == "buyUSD()")
                                                  r.reverted = {false, false};
                                              return r;
                                          });
    EXPECT_FALSE(v.needs_callbacks);
    EXPECT_TRUE(v.violated);
}

TEST(PaidFromCallbacks, ProfitIsViolatedOnlyWhenOthersPaid) {
    const std::vector<TxStep> calls{call_step("fillOrder(uint256)"), call_step("buyUSD()")};
    const auto own =
        judge_profit(self_fill(), calls, eth(ether), eth(ether + ether), fill_run, false);
    EXPECT_TRUE(own.needs_callbacks);
    EXPECT_FALSE(own.violated);
    EXPECT_EQ(own.runs, 3u); // every run was compared
    const auto theirs =
        judge_profit(self_fill(), calls, eth(ether), eth(ether + ether), fill_run, true);
    EXPECT_TRUE(theirs.violated);
}

TEST(PaidFromCallbacks, ASequenceWithATransactionPaidFromItsCallbacks) {
    // The self-fill, then a plain buy: the sequence's gain is judged by whether others paid.
    const std::vector<std::vector<TxStep>> calls{
        {call_step("fillOrder(uint256)"), call_step("buyUSD()")}, {call_step("buyUSD()")}};
    const auto run = [](const std::vector<std::vector<TxStep>>& groups) {
        std::vector<TxStep> flat;
        for (const auto& g : groups)
            flat.insert(flat.end(), g.begin(), g.end());
        return fill_run(flat);
    };
    const auto own = judge_sequence_profit(calls, eth(ether), eth(ether + ether), run, false);
    EXPECT_TRUE(own.needs_callbacks);
    EXPECT_FALSE(own.violated);
    EXPECT_TRUE(judge_sequence_profit(calls, eth(ether), eth(ether + ether), run, true).violated);
    // A plain transaction that reverts in every run (it needs the re-entered state, not a
    // callback) does not make the sequence one paid from its callbacks.
    const std::vector<std::vector<TxStep>> plain_fill{
        {call_step("buyUSD()"), call_step("deposit()")}, {call_step("fillOrder(uint256)")}};
    const auto v = judge_sequence_profit(plain_fill, eth(ether), eth(ether + ether), run, false);
    EXPECT_FALSE(v.needs_callbacks);
    EXPECT_TRUE(v.violated);
}

TEST(PaidFromCallbacks, OthersPaidWhenTheyLostWhatTheAdversaryGained) {
    // adversary, honest, system
    EXPECT_FALSE(others_paid(eth_ledger(ether, ether, ether), eth_ledger(ether, ether, ether)));
    // the adversary's escrow back from the system: the system had received it, so it lost
    // nothing since the start
    EXPECT_FALSE(others_paid(eth_ledger(ether, ether, U256{}), eth_ledger(ether, ether, U256{})));
    EXPECT_TRUE(
        others_paid(eth_ledger(ether, ether, ether), eth_ledger(ether + ether, ether, U256{})));
    // value moving from the system to an honest user is nobody's loss
    EXPECT_FALSE(others_paid(eth_ledger(ether, U256{}, ether), eth_ledger(ether, ether, U256{})));
    // tokens minted to the adversary (it paid ether for them): nobody else lost any
    const Ledger before{
        eth_tok(ether, U256{}), eth_tok(U256{}, U256{}), eth_tok(U256{}, U256{}), {"ether", "usd"}};
    const Ledger after{eth_tok(U256{}, U256{2000}),
                       eth_tok(U256{}, U256{}),
                       eth_tok(ether, U256{}),
                       {"ether", "usd"}};
    EXPECT_FALSE(others_paid(before, after));
}

TEST(SequentialOrders, TheStepAlwaysRunsAndEachReentryMayRunInAnyOrder) {
    const TxStep a = call_step("flashLoan(uint256)"), b = call_step("deposit()"),
                 c = call_step("withdraw()");
    EXPECT_TRUE(sequential_orders({}).empty());
    const auto calls_of = [](const std::vector<SequentialOrder>& orders) {
        std::vector<std::vector<TxStep>> out;
        for (const SequentialOrder& o : orders)
            out.push_back(o.calls);
        return out;
    };
    EXPECT_EQ(calls_of(sequential_orders({a})), (std::vector<std::vector<TxStep>>{{a}}));
    const std::vector<SequentialOrder> two_calls = sequential_orders({a, b});
    EXPECT_EQ(calls_of(two_calls), (std::vector<std::vector<TxStep>>{{a}, {a, b}, {b, a}}));
    // where the transaction itself runs in each: first, first, second
    EXPECT_EQ(two_calls[0].outer, 0u);
    EXPECT_EQ(two_calls[1].outer, 0u);
    EXPECT_EQ(two_calls[2].outer, 1u);
    // {a}, then {a,b} in 2 orders, {a,c} in 2, {a,b,c} in 6
    EXPECT_EQ(sequential_orders({a, b, c}).size(), 11u);
}

TEST(SequenceProfit, AGainCashedInAfterTheReentryIsJudgedOverTheWholeSequence) {
    // The side entrance: the loan is booked as a deposit from its callback, a later plain
    // withdraw takes it. Without callbacks the loan is never repaid (it reverts) and the
    // deposit pays in the adversary's own ether: no run gains anything.
    const std::vector<std::vector<TxStep>> calls{
        {call_step("flashLoan(uint256)"), call_step("deposit()")}, {call_step("withdraw()")}};
    std::vector<std::vector<std::vector<TxStep>>> seen;
    const auto v = judge_sequence_profit(
        calls, eth(ether), eth(ether * U256{6}),
        [&](const std::vector<std::vector<TxStep>>& groups) {
            seen.push_back(groups);
            return SequentialRun{0, eth(ether), 0, {}, 0};
        },
        false);
    EXPECT_TRUE(v.violated);
    EXPECT_EQ(v.gain.assets, std::vector<U256>{ether * U256{5}});
    EXPECT_EQ(v.baseline.assets, std::vector<U256>{U256{}});
    ASSERT_EQ(seen.size(), 3u); // the loan's 3 orders, each followed by the withdraw
    for (const auto& groups : seen) {
        ASSERT_EQ(groups.size(), 2u);
        EXPECT_EQ(groups[1], std::vector<TxStep>{call_step("withdraw()")});
    }
    EXPECT_EQ(seen[2][0],
              (std::vector<TxStep>{call_step("deposit()"), call_step("flashLoan(uint256)")}));
}

TEST(SequenceProfit, AWaitRunsAsItIsInTheRunsWithoutCallbacks) {
    // The runs a gain is compared with wait as the attack did: a payout allowed only after a
    // deadline pays the same without callbacks, so its gain is honest use, not profit.
    const auto p = load_program("contract C { function f() external {} }");
    ASSERT_TRUE(p->ok());
    TxStep wait;
    wait.warp = 86'400;
    EXPECT_EQ(sequential_calls(*p, wait, {}, {call_step("f()")}), std::vector<TxStep>{wait});
}

TEST(SequenceProfit, AnHonestSequenceThatGivesAsMuchClearsIt) {
    const std::vector<std::vector<TxStep>> calls{{call_step("stake()"), call_step("claim()")},
                                                 {call_step("unstake()")}};
    std::size_t runs = 0;
    const auto v = judge_sequence_profit(
        calls, eth(ether), eth(ether * U256{2}),
        [&](const std::vector<std::vector<TxStep>>& groups) {
            ++runs;
            const bool claimed = groups[0].size() > 1;
            return SequentialRun{0, eth(claimed ? ether * U256{2} : ether), 0, {}, 0};
        },
        false);
    EXPECT_FALSE(v.violated);
    EXPECT_EQ(runs, 2u); // the second order already gives the adversary as much
}

TEST(SequenceProfit, WithoutAReentryOrBeyondItsBoundNothingIsJudged) {
    int runs = 0;
    const auto count = [&](const std::vector<std::vector<TxStep>>&) {
        ++runs;
        return SequentialRun{};
    };
    const std::vector<std::vector<TxStep>> plain{{call_step("deposit()")},
                                                 {call_step("withdraw()")}};
    // Without a re-entry the sequence is its own baseline: judged, not violated.
    const ProfitVerdict honest =
        judge_sequence_profit(plain, eth(ether), eth(ether * U256{2}), count, false);
    EXPECT_FALSE(honest.violated);
    EXPECT_EQ(honest.unjudged, "");
    // Three re-entrant transactions of three calls each: 11^3 runs, beyond max_sequence_runs:
    // neither violated nor not, and the verdict says why.
    const std::vector<TxStep> three{call_step("a()"), call_step("b()"), call_step("c()")};
    const ProfitVerdict beyond = judge_sequence_profit({three, three, three}, eth(ether),
                                                       eth(ether * U256{2}), count, false);
    EXPECT_FALSE(beyond.violated);
    EXPECT_NE(beyond.unjudged.find("more than 64 runs"), std::string::npos) << beyond.unjudged;
    EXPECT_EQ(runs, 0);
}

// ---- impact --------------------------------------------------------------------------------

TEST(Impact, ARefundOfTheAdversarysOwnDepositHarmsNoOne) {
    const Ledger before = eth_ledger(ether * U256{10}, ether * U256{5}, ether * U256{3});
    const Impact i = measure_impact(before, before, {});
    EXPECT_TRUE(i.adversary_gain.is_zero());
    EXPECT_TRUE(i.honest_loss.is_zero());
    EXPECT_NE(i.describe().find("did not change"), std::string::npos);
}

TEST(Impact, WhatTheAdversaryTakesFromTheSystemIsTheHonestUsersLoss) {
    const Ledger before = eth_ledger(ether * U256{10}, ether * U256{5}, ether * U256{3});
    const Ledger after = eth_ledger(ether * U256{12}, ether * U256{5}, ether * U256{1});
    const Impact i = measure_impact(before, after, {"Bank: invariant x"});
    EXPECT_EQ(i.adversary_gain, ether * U256{2});
    EXPECT_EQ(i.honest_loss, ether * U256{2});
    EXPECT_EQ(i.describe(), "the adversary gained 2 ether; honest users and the funds held for "
                            "them lost 2 ether; invariants broken: Bank: invariant x");
}

TEST(Impact, HonestDepositsDuringTheAttackAreNotLosses) {
    // bob pays 4 ether into the system; the adversary takes 1 ether of it
    const Ledger before = eth_ledger(ether, ether * U256{9}, ether);
    const Ledger after = eth_ledger(ether * U256{2}, ether * U256{5}, ether * U256{4});
    const Impact i = measure_impact(before, after, {});
    EXPECT_EQ(i.honest_loss, ether);
}

TEST(Impact, SelfHarmIsTheAdversarysLossOnly) {
    const Ledger before = eth_ledger(ether * U256{3}, ether, ether);
    const Ledger after = eth_ledger(ether * U256{2}, ether, ether * U256{2});
    const Impact i = measure_impact(before, after, {});
    EXPECT_EQ(i.adversary_loss, ether);
    EXPECT_TRUE(i.honest_loss.is_zero());
}

TEST(Impact, TokenGainsAreReportedPerToken) {
    // No ether moves; the adversary takes 2 tokens of the system's 5.
    const Ledger before{eth_tok(ether, ether * U256{100}),
                        eth_tok(ether, ether * U256{190}),
                        eth_tok(U256{}, ether * U256{5}),
                        {"ether", "untrusted1"}};
    const Ledger after{eth_tok(ether, ether * U256{102}),
                       eth_tok(ether, ether * U256{190}),
                       eth_tok(U256{}, ether * U256{3}),
                       {"ether", "untrusted1"}};
    const Impact i = measure_impact(before, after, {});
    EXPECT_TRUE(i.adversary_gain.is_zero());
    ASSERT_EQ(i.tokens.size(), 1u);
    EXPECT_EQ(i.tokens[0].token, "untrusted1");
    EXPECT_EQ(i.tokens[0].adversary_gain, ether * U256{2});
    EXPECT_EQ(i.tokens[0].honest_loss, ether * U256{2});
    EXPECT_NE(i.describe().find("the adversary gained 2000000000000000000 units of token "
                                "untrusted1"),
              std::string::npos)
        << i.describe();
}

TEST(AdversaryProfit, TokenGainBeyondEveryHonestRunIsAViolation) {
    TxStep attack = call_step("withdraw()");
    attack.choices = {{ChoiceKind::reenter, {"Bank", "withdraw()", {}, {}}}};
    const std::vector<TxStep> calls{call_step("withdraw()"), call_step("withdraw()")};
    // Honest runs give the adversary 1 token back (its deposit); the attack gives 2. Ether is
    // the same everywhere.
    const auto v = judge_profit(
        attack, calls, eth_tok(ether, U256{}), eth_tok(ether, U256{2}),
        [](const std::vector<TxStep>&) {
            return SequentialRun{0, eth_tok(ether, U256{1}), 0, {}, 0};
        },
        false);
    EXPECT_TRUE(v.violated);
    EXPECT_EQ(v.gain.assets, (std::vector<U256>{U256{}, U256{2}}));
    EXPECT_EQ(v.baseline.assets, (std::vector<U256>{U256{}, U256{1}}));
}

TEST(CallbackFreedom, SelfHarmCountsTokens) {
    const std::vector<TxStep> calls{call_step("a()"), call_step("b()")};
    const auto run = [](const std::vector<TxStep>&) {
        return SequentialRun{3, eth_tok(ether, U256{10}), 0, {}, 0};
    };
    // Same ether, fewer tokens: the adversary only lost its own tokens.
    const auto lost_tokens =
        judge_callback_freedom(calls, SequentialRun{7, eth_tok(ether, U256{4}), 0, {}, 0}, run);
    EXPECT_TRUE(lost_tokens.violated);
    EXPECT_TRUE(lost_tokens.self_harm);
    // Fewer tokens but more ether: not self-harm (it may be a trade the callbacks unlocked).
    const auto traded = judge_callback_freedom(
        calls, SequentialRun{7, eth_tok(ether + U256{1}, U256{4}), 0, {}, 0}, run);
    EXPECT_TRUE(traded.violated);
    EXPECT_FALSE(traded.self_harm);
}

// ---- the monitor on a state: explorer and replay agree ---------------------------------------

const char* counted = R"(pragma solidity ^0.8.20;
/// #invariant total == sum(balances);
contract Counted {
    uint256 public total;
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; total += msg.value; }
    function skew() external { total += 1; }
}
)";

TEST(Monitor, InvariantJudgedOnTheBoundState) {
    auto p = Program::from_sources({{"Counted.sol", counted}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    World w(*p);
    std::string error;
    ASSERT_TRUE(w.deploy(&error)) << error;
    const std::vector<Property> props = collect_properties(*p);
    PropertyMonitor m(*p, w.accounts(), w.state(), props, [&] { return w.executor().block(); });
    std::size_t inv = props.size();
    for (std::size_t i = 0; i < props.size(); ++i)
        if (props[i].kind == PropertyKind::invariant) inv = i;
    ASSERT_LT(inv, props.size());
    m.begin_transaction();
    ASSERT_TRUE(
        w.run(TxStep{adversary_name, {"Counted", "deposit()", {}, ether}, {}}, 2).success());
    EXPECT_FALSE(m.violated_after(inv));
    EXPECT_TRUE(m.broken_invariants().empty());
    m.begin_transaction();
    ASSERT_TRUE(w.run(TxStep{adversary_name, {"Counted", "skew()", {}, {}}, {}}, 3).success());
    EXPECT_TRUE(m.violated_after(inv));
    ASSERT_EQ(m.broken_invariants().size(), 1u);
    EXPECT_EQ(m.broken_invariants()[0], props[inv].name(*p));
}

TEST(Monitor, OneAdversaryProfitPropertyForTheSystemAndNoEtherConservation) {
    auto p = Program::from_sources({{"Bank.sol", bank}});
    ASSERT_TRUE(p->ok());
    std::size_t n = 0;
    for (const Property& pr : collect_properties(*p))
        n += pr.kind == PropertyKind::adversary_profit;
    EXPECT_EQ(n, 1u);
}

std::string profit_name(const Program& p) {
    for (const Property& pr : collect_properties(p))
        if (pr.kind == PropertyKind::adversary_profit) return pr.name(p);
    return "";
}

TEST(Monitor, AdversaryProfitIsNamedAfterTheSystemWhenSeveralContractsAreSelected) {
    auto one = Program::from_sources({{"Bank.sol", bank}});
    ASSERT_TRUE(one->ok());
    EXPECT_EQ(profit_name(*one), "Bank: adversary-profit");
    // Two contracts deployed side by side: the property is not the first one's.
    auto two = Program::from_sources({{"Two.sol", R"(pragma solidity ^0.8.20;
contract Log { uint256 public n; function note() external { n += 1; } }
contract Bank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
}
)"}});
    ASSERT_TRUE(two->ok()) << two->errors(false);
    EXPECT_EQ(profit_name(*two), "system: adversary-profit");
}

TEST(Monitor, TheDaoPatternIsFoundAndConfirmedAsProfitWithItsImpact) {
    auto p = Program::from_sources({{"Bank.sol", bank}});
    ASSERT_TRUE(p->ok());
    AnalyzeOptions o;
    o.explore.txs = 2;
    o.explore.depth = 2;
    o.fixes = false;
    const Report r = analyze(*p, o);
    bool profit = false;
    for (const Finding& f : r.findings) {
        ASSERT_TRUE(f.impact) << f.message;
        if (f.check != CheckId::adversary_profit) continue;
        profit = true;
        EXPECT_TRUE(f.confirmed) << f.message;
        EXPECT_EQ(f.severity, Severity::high);
        EXPECT_FALSE(f.impact->adversary_gain.is_zero()) << f.message;
        EXPECT_EQ(f.impact->honest_loss, f.impact->adversary_gain) << f.message;
        EXPECT_NE(f.message.find("impact: the adversary gained"), std::string::npos) << f.message;
    }
    EXPECT_TRUE(profit);
}

TEST(Monitor, ReplayJudgesAHandWrittenProfitWitness) {
    auto p = Program::from_sources({{"Bank.sol", bank}});
    ASSERT_TRUE(p->ok());
    const CallSpec deposit{"Bank", "deposit()", {}, ether};
    const CallSpec withdraw{"Bank", "withdraw()", {}, {}};
    Witness w;
    w.deployments = {{"Bank", {}, {}}};
    w.setup = {{"bob", {"Bank", "deposit()", {}, ether * U256{5}}, {}}};
    w.steps = {{adversary_name, deposit, {}},
               {adversary_name, withdraw, {{ChoiceKind::reenter, withdraw}}}};
    w.property = PropertyKind::adversary_profit;
    w.contract = "Bank";
    const ReplayResult rr = replay(*p, w);
    ASSERT_TRUE(rr.ran) << rr.error;
    EXPECT_TRUE(rr.violated) << rr.verdict;
    ASSERT_TRUE(rr.impact);
    EXPECT_EQ(rr.impact->adversary_gain, ether); // its own deposit back, and bob's ether
    EXPECT_EQ(rr.impact->honest_loss, ether);
    // Without the re-entry the same witness is honest use: a refund.
    w.steps[1].choices.clear();
    const ReplayResult honest = replay(*p, w);
    ASSERT_TRUE(honest.ran);
    EXPECT_FALSE(honest.violated) << honest.verdict;
    ASSERT_TRUE(honest.impact);
    EXPECT_TRUE(honest.impact->adversary_gain.is_zero());
}

} // namespace
} // namespace mallory::analyzer
