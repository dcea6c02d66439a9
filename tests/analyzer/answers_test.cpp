// The adversary's answers (issue 10 item 3): per-type domains of the return data it gives a
// callback, how a witness records them, and how a run without re-entry keeps them.
#include "analyzer/actions.hpp"
#include "analyzer/analyzer.hpp"
#include "analyzer/answers.hpp"
#include "analyzer/replay.hpp"
#include "analyzer/witness_out.hpp"
#include "analyzer/world.hpp"
#include "tests/analyzer/load_program.hpp"
#include "vm/keccak.hpp"

#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

using vm::U256;

const char* source = R"(pragma solidity ^0.8.20;
interface IPeer {
    function ok() external returns (bool);
    function price() external view returns (uint64);
    function magic() external returns (bytes32);
    function hook(uint256 id) external returns (bytes4);
    function who() external returns (address);
    function name() external returns (string memory);
    function ping() external;
}
contract C {
    bytes32 constant MAGIC = keccak256("Peer.magic");
    function f(IPeer p) external returns (bool) { return p.magic() == MAGIC; }
}
)";

std::unique_ptr<Program> load() {
    return load_program(source, "c.sol");
}

const check::FunctionInfo& peer(const Program& p, const std::string& name) {
    for (const check::FunctionInfo* f : p.model().find_contract("IPeer")->functions)
        if (f->name == name) return *f;
    throw std::runtime_error("no function " + name);
}

U256 word(const vm::Bytes& b, std::size_t i = 0) {
    return vm::load_be(b.data() + 32 * i);
}

Domains small_domains(const Program& p) {
    Domains d;
    d.uints = {U256{0}, U256{1}, U256{1'000'000'000'000'000'000ULL}, ~U256{}};
    d.ints = {U256{1}};
    d.addresses = {U256{0xaa}, U256{0xbb}};
    d.words = word_constants(p);
    return d;
}

TEST(Answers, DefaultIsTrueZeroOrTheCalledSelector) {
    auto p = load();
    const auto& hook = peer(*p, "hook");
    EXPECT_EQ(word(default_answer(hook, hook.selector)), vm::shl(U256{hook.selector}, 224));
    EXPECT_EQ(word(default_answer(peer(*p, "ok"), 1)), U256{1});
    EXPECT_EQ(default_answer(peer(*p, "magic"), 1), vm::Bytes(32, 0));
    EXPECT_TRUE(default_answer(peer(*p, "ping"), 1).empty());
}

TEST(Answers, WordConstantsHoldTheProgramsMagicValues) {
    auto p = load();
    const auto words = word_constants(*p);
    EXPECT_NE(std::find(words.begin(), words.end(),
                        vm::keccak256_word(vm::BytesView{
                            reinterpret_cast<const std::uint8_t*>("Peer.magic"), 10})),
              words.end());
}

TEST(Answers, AlternativesPerTypeWithoutTheDefault) {
    auto p = load();
    const Domains d = small_domains(*p);
    const auto bools = alternative_answers(peer(*p, "ok"), 1, d);
    ASSERT_EQ(bools.size(), 1u);
    EXPECT_EQ(word(bools[0]), U256{});
    // uint64: values that do not fit are not answers (the caller's decoder would revert).
    const auto prices = alternative_answers(peer(*p, "price"), 1, d);
    ASSERT_EQ(prices.size(), 2u);
    EXPECT_EQ(word(prices[0]), U256{1});
    EXPECT_EQ(word(prices[1]), U256{1'000'000'000'000'000'000ULL});
    const auto magic = alternative_answers(peer(*p, "magic"), 1, d);
    ASSERT_EQ(magic.size(), d.words.size());
    EXPECT_EQ(word(magic[0]), d.words[0]);
    const auto& hook = peer(*p, "hook");
    const auto wrong = alternative_answers(hook, hook.selector, d);
    ASSERT_FALSE(wrong.empty());
    EXPECT_EQ(word(wrong[0]), U256{}); // a wrong magic value first
    for (const vm::Bytes& a : wrong)
        EXPECT_NE(a, default_answer(hook, hook.selector));
    EXPECT_EQ(alternative_answers(peer(*p, "who"), 1, d).size(), 2u);
    EXPECT_TRUE(alternative_answers(peer(*p, "name"), 1, d).empty());
    EXPECT_TRUE(alternative_answers(peer(*p, "ping"), 1, d).empty());
}

TEST(Answers, RunWithoutReentryKeepsTheAnswersAndDropsNestedCallbacks) {
    const vm::Bytes magic(32, 7);
    std::vector<CallbackEvent> events(4);
    events[0].depth = 1;
    events[0].choice = Choice{ChoiceKind::reenter, CallSpec{"C", "f()", {}, {}}, magic};
    events[1].depth = 2; // inside the re-entry: a run without it never receives this one
    events[1].choice = Choice{ChoiceKind::ret, {}, vm::Bytes(32, 1)};
    events[2].depth = 1;
    events[2].choice = Choice{ChoiceKind::revert, {}, std::nullopt};
    events[3].depth = 1;
    events[3].choice = Choice{ChoiceKind::ret, {}, magic};
    const auto out = answers_without_reentry(events);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[0], (Choice{ChoiceKind::ret, {}, magic}));
    EXPECT_TRUE(out[1].is_default());
    EXPECT_EQ(out[2], (Choice{ChoiceKind::ret, {}, magic}));
}

TEST(Answers, RunWithoutReentryKeepsThePaymentsWhereTheyWereMade) {
    // Only `receive()` pays: a fill paid from its callback is made again with its payment.
    const IsPayment pays = [](const CallSpec& c) { return c.signature.empty(); };
    const CallSpec payment{"Book", "", {}, U256{5}};
    const CallSpec nested_fill{"Book", "fill(uint256)", {U256{2}}, {}};
    std::vector<CallbackEvent> events(4);
    events[0].depth = 1; // the fill's callback pays
    events[0].choice = Choice{ChoiceKind::reenter, payment, std::nullopt};
    events[1].depth = 1; // a second fill, then the payment in the same callback
    events[1].choice = Choice{ChoiceKind::reenter, nested_fill, std::nullopt, payment};
    events[2].depth = 2; // inside that second fill: dropped with it
    events[2].choice = Choice{ChoiceKind::reenter, payment, std::nullopt};
    events[3].depth = 1; // a payment the gas could not pay for is a plain return
    events[3].choice = Choice{ChoiceKind::reenter, payment, std::nullopt};
    events[3].low_gas = true;
    const auto out = answers_without_reentry(events, pays);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0], (Choice{ChoiceKind::reenter, payment, std::nullopt}));
    EXPECT_EQ(out[1], (Choice{ChoiceKind::reenter, payment, std::nullopt}));
    // Without a payment predicate nothing is kept.
    EXPECT_TRUE(answers_without_reentry(events).empty());
}

Witness witness_with_answer() {
    Witness w;
    w.files = {"c.sol"};
    w.deployments = {Deployment{"C", {}, {}}};
    TxStep s{adversary_name, CallSpec{"C", "f(address)", {U256{1}}, {}}, {}};
    s.choices = {Choice{}, Choice{ChoiceKind::ret, {}, vm::Bytes{0xde, 0xad}}};
    w.steps = {s};
    return w;
}

TEST(Answers, WitnessJsonRecordsOnlyNonDefaultAnswers) {
    const Witness w = witness_with_answer();
    const nlohmann::json j = to_json(w);
    EXPECT_FALSE(j["steps"][0]["callbacks"][0].contains("returns"));
    EXPECT_EQ(j["steps"][0]["callbacks"][1]["returns"], "0xdead");
    std::string error;
    const auto back = witness_from_json(j, &error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(*back, w);
    for (const char* bad : {"dead", "0xdea", "0xzz", "5"}) {
        nlohmann::json k = j;
        k["steps"][0]["callbacks"][1]["returns"] = bad;
        if (std::string(bad) == "5") k["steps"][0]["callbacks"][1]["returns"] = 5;
        EXPECT_FALSE(witness_from_json(k, &error)) << bad;
        EXPECT_EQ(error.rfind("steps[0]: malformed step", 0), 0u) << error;
    }
}

TEST(Answers, WitnessJsonRecordsEmptyBlocksOfAWarp) {
    Witness w = witness_with_answer();
    TxStep roll;
    roll.roll = 50'401;
    TxStep both;
    both.warp = 3600;
    both.roll = 7;
    w.steps.insert(w.steps.begin(), {roll, both});
    const nlohmann::json j = to_json(w);
    EXPECT_EQ(j["steps"][0], (nlohmann::json{{"warp", 0}, {"roll", 50'401}}));
    std::string error;
    const auto back = witness_from_json(j, &error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(*back, w);
    // A plain warp keeps its old form; a roll beyond what a replay mines is refused.
    EXPECT_EQ(to_json(witness_with_answer())["steps"].size(), 1u);
    nlohmann::json k = j;
    k["steps"][0]["roll"] = max_roll + 1;
    EXPECT_FALSE(witness_from_json(k, &error));
    k["steps"][0] = nlohmann::json{{"warp", 0}};
    EXPECT_FALSE(witness_from_json(k, &error)); // a wait of nothing
}

TEST(Answers, RepaymentsAddEachAmountArgumentToTheEtherReceived) {
    // onFlashLoan(initiator, amount, fee, data): the loan back with its fee, with the amount
    // again, with the data's offset (harmless), then the loan alone.
    vm::Bytes input{0x23, 0xe3, 0x0c, 0x8b};
    for (const U256& w : {~U256{}, U256{5000}, U256{45}, U256{128}, U256{0}}) {
        input.resize(input.size() + 32);
        vm::store_be(input.data() + input.size() - 32, w);
    }
    EXPECT_EQ(repayment_amounts(U256{5000}, input),
              (std::vector<U256>{U256{10000}, U256{5045}, U256{5128}, U256{5000}}));
    // A plain transfer: the loan alone. Nothing received: each amount argument alone (a fill
    // paid from its callback, `onFill(id, price)`), and each two side by side together (a
    // loan of tokens and its fee: 5045; not the fee and the data's offset, 128, which points
    // into the call data); without arguments, nothing to pay.
    EXPECT_EQ(repayment_amounts(U256{7}, {}), (std::vector<U256>{U256{7}}));
    EXPECT_EQ(repayment_amounts(U256{}, input),
              (std::vector<U256>{U256{5000}, U256{45}, U256{5045}, U256{128}}));
    EXPECT_TRUE(repayment_amounts(U256{}, {}).empty());
}

TEST(Answers, WitnessJsonRecordsTheRepaymentAfterAReentry) {
    Witness w = witness_with_answer();
    Choice c{ChoiceKind::reenter, CallSpec{"C", "f(address)", {U256{1}}, {}}, std::nullopt,
             CallSpec{"C", "repay()", {}, U256{1045}}};
    w.steps[0].choices.push_back(c);
    const nlohmann::json j = to_json(w);
    EXPECT_EQ(j["steps"][0]["callbacks"].back()["then"]["function"], "repay()");
    std::string error;
    const auto back = witness_from_json(j, &error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(*back, w);
    EXPECT_EQ(back->reentries(), w.reentries());
    nlohmann::json k = j;
    k["steps"][0]["callbacks"].back()["then"] = 5;
    EXPECT_FALSE(witness_from_json(k, &error));
}

TEST(Answers, AdversaryAnswersAsScripted) {
    auto p = load();
    World w(*p);
    std::string error;
    ASSERT_TRUE(w.deploy(&error)) << error;
    const U256 self = w.accounts().adversary.to_word();
    const TxStep plain{adversary_name, CallSpec{"C", "f(address)", {self}, {}}, {}};
    const vm::Result r0 = w.run(plain, 5);
    ASSERT_TRUE(r0.success());
    EXPECT_EQ(word(r0.output), U256{}); // the default answer is not the magic value
    ASSERT_EQ(w.adversary().selectors().size(), 1u);
    EXPECT_EQ(*w.adversary().selectors()[0], peer(*p, "magic").selector);
    vm::Bytes magic(32);
    vm::store_be(magic.data(), word_constants(*p).front());
    TxStep answered = plain;
    answered.choices = {Choice{ChoiceKind::ret, {}, magic}};
    const vm::Result r1 = w.run(answered, 6);
    ASSERT_TRUE(r1.success());
    EXPECT_EQ(word(r1.output), U256{1});
}

TEST(Answers, AClockJumpForgetsTheLastTransactionsCallbacks) {
    auto p = load();
    World w(*p);
    std::string error;
    ASSERT_TRUE(w.deploy(&error)) << error;
    const U256 self = w.accounts().adversary.to_word();
    ASSERT_TRUE(
        w.run(TxStep{adversary_name, CallSpec{"C", "f(address)", {self}, {}}, {}}, 5).success());
    ASSERT_EQ(w.adversary().callbacks(), 1);
    ASSERT_EQ(w.adversary().selectors().size(), 1u);
    // Nothing called the adversary in a warp: judging its callbacks as the warp's would make
    // a witness of a clock jump alone.
    TxStep warp;
    warp.warp = 3600;
    ASSERT_TRUE(w.run(warp, 6).success());
    EXPECT_EQ(w.adversary().callbacks(), 0);
    EXPECT_TRUE(w.adversary().selectors().empty());
    EXPECT_TRUE(w.adversary().events.empty());
    EXPECT_TRUE(w.adversary().landed().empty());
}

TEST(Answers, FoundryTestAnswersTheRecordedData) {
    auto p = load();
    const std::string test = foundry_test(witness_with_answer(), *p);
    EXPECT_NE(test.find("if (step == 0 && current == 1) {\n            out = hex\"dead\";"),
              std::string::npos)
        << test;
    EXPECT_NE(test.find("function magic() external payable returns (bytes32)"), std::string::npos)
        << test;
    EXPECT_NE(test.find("function price() external view returns (uint64)"), std::string::npos);
    EXPECT_EQ(test.find("function ping()"), std::string::npos); // returns nothing: fallback
}

TEST(Answers, FoundryTestReentersFromTheAttackContractWhicheverAccountWasCalledBack) {
    // The explorer sends every re-entry from the attack contract, also at a stand-in's or the
    // accomplice's callback: the test's Attacker relays it to the attack contract, which
    // makes the call and counts it, so the assertions that need a re-entry are judged.
    auto p = load();
    Witness w = witness_with_answer();
    w.steps[0].choices[0] =
        Choice{ChoiceKind::reenter, CallSpec{"C", "f(address)", {U256{1}}, U256{7}}, {}};
    const std::string test = foundry_test(w, *p);
    EXPECT_NE(test.find("if (step == 0 && current == 0) {\n            relay(t_C, 7, "
                        "abi.encodeWithSignature(\"f(address)\""),
              std::string::npos)
        << test;
    EXPECT_NE(test.find("if (address(main_) != address(0)) return main_.relay(target, value, "
                        "data, reentry);"),
              std::string::npos)
        << test;
    EXPECT_NE(test.find("if (ok && reentry) reentries += 1;"), std::string::npos) << test;
}

TEST(Answers, FoundryTestFundsTheAttackContractForEveryEtherItsReentriesSend) {
    // The explorer's adversary holds the development balance: a re-entry of 500 ether is
    // relayed by the attack contract, which the test funds for it (100 ether otherwise).
    auto p = load();
    Witness w = witness_with_answer();
    EXPECT_NE(foundry_test(w, *p).find("vm.deal(address(attacker), 100000000000000000000);"),
              std::string::npos);
    const U256 ether{1'000'000'000'000'000'000ULL};
    w.steps[0].choices[0] =
        Choice{ChoiceKind::reenter, CallSpec{"C", "f(address)", {U256{1}}, U256{500} * ether}, {}};
    const std::string test = foundry_test(w, *p);
    EXPECT_NE(test.find("vm.deal(address(attacker), 500000000000000000000);"), std::string::npos)
        << test;
}

} // namespace
} // namespace mallory::analyzer
