// Issue 13: an analysis that did not run is never "clean"; witnesses fit their program or are
// refused with a located error; reports say what was explored.
#include "analyzer/analyzer.hpp"
#include "analyzer/replay.hpp"
#include "analyzer/witness_out.hpp"
#include "analyzer/world.hpp"
#include "chain/chain.hpp"

#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

const char* bank_body = R"(
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
        balances[msg.sender] = 0;
    }
)";

std::unique_ptr<Program> program(const std::string& contract) {
    auto p = Program::from_sources(
        {{"t.sol", "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.20;\n" + contract}});
    EXPECT_TRUE(p->ok()) << p->errors(false);
    return p;
}

AnalyzeOptions quick() {
    AnalyzeOptions o;
    o.explore.txs = 2;
    o.explore.depth = 1;
    o.explore.timeout_seconds = 30;
    o.fixes = false;
    return o;
}

TEST(ConstructorArguments, OtherChoicesWhenTheFirstAreRejected) {
    auto p = program(std::string("contract Pair { address a; address b;\n"
                                 "constructor(address a_, address b_) { require(a_ != b_); a = "
                                 "a_; b = b_; }\n") +
                     bank_body + "}");
    const Report r = analyze(*p, quick());
    EXPECT_TRUE(r.deploy_error.empty()) << r.deploy_error;
    ASSERT_EQ(r.stats.deployments.size(), 1u);
    EXPECT_NE(r.stats.deployments[0].args[0], r.stats.deployments[0].args[1]);
    EXPECT_EQ(r.verdict(), Verdict::findings);
}

TEST(Inconclusive, ASearchInWhichNothingSucceededIsNotClean) {
    // The two honest depositors (externally owned accounts) pay their five ether at set-up and
    // take both places; the adversary is a contract, so no transaction of the search succeeds
    // (the latecomer, an account too, finds no place left): the report explored nothing
    // beyond the deployed state.
    auto p = program(R"(contract EoaFive {
    mapping(address => uint256) public balances;
    uint256 public places = 2;
    function deposit() external payable {
        require(msg.sender == tx.origin && msg.value == 5 ether && places > 0);
        places -= 1;
        balances[msg.sender] += msg.value;
    }
    function withdraw() external {
        require(msg.sender == tx.origin && balances[msg.sender] > 10 ether);
        (bool ok, ) = msg.sender.call{value: balances[msg.sender]}("");
        require(ok);
        balances[msg.sender] = 0;
    }
})");
    const Report r = analyze(*p, quick());
    EXPECT_TRUE(r.findings.empty());
    EXPECT_FALSE(r.stats.searched);
    EXPECT_EQ(r.verdict(), Verdict::inconclusive);
    ASSERT_FALSE(r.inconclusive.empty());
    EXPECT_NE(r.inconclusive.front().find("no transaction of the search succeeded"),
              std::string::npos)
        << r.inconclusive.front();
    // With the search's own deposits it is an ordinary clean analysis.
    auto q = program(std::string("contract Bank {") + bank_body + "}");
    AnalyzeOptions o = quick();
    const Report b = analyze(*q, o);
    EXPECT_TRUE(b.stats.searched);
}

TEST(ConstructorArguments, VariantsDiffer) {
    auto p = program("contract C { constructor(uint256 x, address a, address b) {} }");
    const Accounts accounts = Accounts::make(*p);
    const Target& t = p->targets().front();
    const auto v0 = choose_ctor_args(t, accounts, *p, 0);
    const auto v1 = choose_ctor_args(t, accounts, *p, 2);
    // Variant 1 differs from 0 only in rates, which C has none of.
    EXPECT_EQ(v0, choose_ctor_args(t, accounts, *p, 1));
    // Addresses nobody vouches for are untrusted stand-ins, one each (so `a != b` holds), in
    // every variant; the integers differ between variants.
    EXPECT_NE(v0[1], v0[2]);
    EXPECT_EQ(v0[1], v1[1]);
    EXPECT_TRUE(accounts.adversary_controls(vm::Address::from_word(v0[1])));
    EXPECT_NE(v0[1], accounts.adversary.to_word()); // a stand-in, not the attack contract
    EXPECT_NE(v0[0], v1[0]);
    EXPECT_NE(v0[0], choose_ctor_args(t, accounts, *p, 3)[0]);
}

TEST(ConstructorArguments, ARateGetsAnAmountPerSecondThenTheSmallValues) {
    auto p = program(R"(contract Pool {
    uint256 public perSecond;
    uint256 public last;
    uint256 public acc;
    constructor(uint256 rate, uint256 cap) { perSecond = rate; last = block.timestamp; acc = cap; }
    function update() public {
        acc += (block.timestamp - last) * perSecond;
        last = block.timestamp;
    }
})");
    const Accounts accounts = Accounts::make(*p);
    const Target& t = p->targets().front();
    const auto v0 = choose_ctor_args(t, accounts, *p, 0);
    const auto v1 = choose_ctor_args(t, accounts, *p, 1);
    // The stored rate gets a ten-thousandth of an ether a second; the cap, added to (not
    // multiplied by) a time, keeps its small value.
    EXPECT_EQ(v0[0], vm::U256{100'000'000'000'000ULL});
    EXPECT_EQ(v0[1], v1[1]);
    EXPECT_NE(v0[0], v1[0]); // a constructor that refuses the rate gets the small value
    EXPECT_EQ(v1[0], vm::U256{10});
}

TEST(ConstructorArguments, AKeptScheduleHasStartedADeadlineLiesAhead) {
    auto p = program(R"(contract Vesting {
    uint64 public immutable start;
    uint64 public immutable duration;
    uint64 public immutable deadline;
    constructor(uint64 s, uint64 d, uint64 e) { start = s; duration = d; deadline = e; }
    function vested(uint256 total, uint64 t) public view returns (uint256) {
        if (t < start) return 0;
        if (t >= start + duration) return total;
        return total * (t - start) / duration;
    }
    function now_(uint256 total) external view returns (uint256) {
        return vested(total, uint64(block.timestamp));
    }
    function join() external view { require(block.timestamp < deadline); }
})");
    const Accounts accounts = Accounts::make(*p);
    const Target& t = p->targets().front();
    const auto v0 = choose_ctor_args(t, accounts, *p, 0);
    ASSERT_EQ(v0.size(), 3u);
    const std::uint64_t genesis = chain::GenesisConfig{}.timestamp;
    // The schedule runs from the deployment for a day: partly vested at the first
    // transaction, so an attack needs no jump of the clock; the deadline lies a day ahead.
    EXPECT_EQ(v0[0], vm::U256{genesis});
    EXPECT_EQ(v0[1], vm::U256{86'400});
    EXPECT_EQ(v0[2], vm::U256{genesis + 86'400});
}

TEST(Inconclusive, ARoleNobodyPlaysIsGivenToTheDeployerAndSaidSo) {
    auto p = program(R"(contract Keeper {
    address public keeper;
    uint256 public reserve;
    constructor(address k) { require(k != address(0)); keeper = k; }
    modifier onlyKeeper() { require(msg.sender == keeper); _; }
    function fund() external payable onlyKeeper { reserve += msg.value; }
})");
    const Report r = analyze(*p, quick());
    // The stand-in never sends a transaction; the deployer, given the role, funds.
    EXPECT_EQ(r.functions_run(), 1u);
    EXPECT_NE(r.verdict(), Verdict::inconclusive);
    ASSERT_EQ(r.assumptions.size(), 1u);
    EXPECT_NE(r.assumptions[0].find("`k` is the deployer's"), std::string::npos)
        << r.assumptions[0];
    EXPECT_EQ(render_json(r, "test")["assumptions"][0], r.assumptions[0]);
    EXPECT_TRUE(p->trusts_parameter("k"));
    // Given by the user, the argument stands: nothing is assumed.
    auto q = program(R"(contract Keeper {
    address public keeper;
    constructor(address k) { keeper = k; }
    modifier onlyKeeper() { require(msg.sender == keeper); _; }
    function fund() external payable onlyKeeper {}
})");
    ASSERT_TRUE(q->set_args("0x00000000000000000000000000000000000000aa", nullptr));
    const Report s = analyze(*q, quick());
    EXPECT_TRUE(s.assumptions.empty());
    EXPECT_EQ(s.verdict(), Verdict::inconclusive);
}

TEST(Inconclusive, AThresholdTheDepositsMetIsChosenAboveThemAndSaidSo) {
    // A goal of 10 wei is met by the first pledge, so `refund` never runs; chosen above the
    // deposits, it runs, and the report says so and counts what either deployment ran.
    auto p = program(R"(contract Campaign {
    uint256 public immutable goal;
    uint256 public total;
    mapping(address => uint256) public pledged;
    constructor(uint256 g) { require(g > 0); goal = g; }
    function pledge() external payable { pledged[msg.sender] += msg.value; total += msg.value; }
    function settle() external view returns (bool) { return total >= goal; }
    function refund() external {
        require(total < goal, "goal met");
        uint256 a = pledged[msg.sender];
        pledged[msg.sender] = 0;
        total -= a;
        payable(msg.sender).transfer(a);
    }
})");
    const Report r = analyze(*p, quick());
    EXPECT_EQ(r.functions.size(), 2u); // pledge and refund: the view is no mutator
    EXPECT_EQ(r.functions_run(), 2u);
    EXPECT_NE(r.verdict(), Verdict::inconclusive);
    ASSERT_EQ(r.assumptions.size(), 1u);
    EXPECT_NE(r.assumptions[0].find("`g` above what the honest users deposit (100 ether)"),
              std::string::npos)
        << r.assumptions[0];
    ASSERT_EQ(r.constructor_args.size(), 1u);
    EXPECT_NE(r.constructor_args[0].find("100000000000000000000"), std::string::npos)
        << r.constructor_args[0];
    // Given by the user, the argument stands.
    auto q = program(R"(contract Campaign {
    uint256 public immutable goal;
    uint256 public total;
    constructor(uint256 g) { goal = g; }
    function pledge() external payable { total += msg.value; }
    function refund() external { require(total < goal); total = 0; }
})");
    ASSERT_TRUE(q->set_args("10", nullptr));
    EXPECT_TRUE(analyze(*q, quick()).assumptions.empty());
}

TEST(Inconclusive, UndeployableIsNotClean) {
    auto p = program(std::string("contract U { constructor(uint256 s) { require(s == 77777, "
                                 "\"wrong\"); }\n") +
                     bank_body + "}");
    const Report r = analyze(*p, quick());
    EXPECT_EQ(r.verdict(), Verdict::inconclusive);
    EXPECT_NE(r.deploy_error.find("wrong"), std::string::npos) << r.deploy_error;
    EXPECT_NE(r.deploy_error.find("--args"), std::string::npos) << r.deploy_error;
    EXPECT_EQ(render_json(r, "test")["status"], "inconclusive");
    EXPECT_FALSE(render_sarif(r, "test")["runs"][0]["invocations"][0]["executionSuccessful"]);
}

TEST(CtorArgs, ArraysBytesAndStringsAreEncodedByTheConstructorsTypes) {
    auto p = program("contract W { constructor(address[] memory owners, uint256 q, bytes4 tag, "
                     "string memory name, uint8[2] memory pair) {} }\n");
    std::string error;
    ASSERT_TRUE(p->set_args("[bob, carol], 2, 0x12345678, \"a, b\", [7,9]", &error)) << error;
    const Target* w = p->target("W");
    ASSERT_TRUE(w && w->ctor_args);
    const vm::U256 bob = account_address("bob").to_word();
    const vm::U256 carol = account_address("carol").to_word();
    // Heads: owners' offset, q, tag (left-aligned), name's offset, the pair inline; then the
    // tails: the owners, the name's length and bytes.
    const std::vector<vm::U256> expected{vm::U256{6 * 32},
                                         vm::U256{2},
                                         vm::shl(vm::U256{0x12345678}, 224),
                                         vm::U256{9 * 32},
                                         vm::U256{7},
                                         vm::U256{9},
                                         vm::U256{2},
                                         bob,
                                         carol,
                                         vm::U256{4},
                                         vm::shl(vm::U256{0x612c2062}, 224)};
    EXPECT_EQ(*w->ctor_args, expected);
    // Each mistake names the argument and what was expected.
    EXPECT_FALSE(p->set_args("[bob, carol], 2", &error));
    EXPECT_EQ(error, "W's constructor takes 5 arguments, --args gives 2");
    EXPECT_FALSE(p->set_args("[bob, 0xzz], 2, 0x12345678, x, [7,9]", &error));
    EXPECT_NE(
        error.find("argument 1 '[bob, 0xzz]' of W: array element '0xzz' is not of type address"),
        std::string::npos)
        << error;
    EXPECT_FALSE(p->set_args("[bob], 2, 0x12345678, x, [7]", &error));
    EXPECT_NE(error.find("expected 2 elements, got 1"), std::string::npos) << error;
    EXPECT_FALSE(p->set_args("bob, 2, 0x12345678, x, [7,9]", &error));
    EXPECT_NE(error.find("expected an array written as [v1,v2,...]"), std::string::npos) << error;
}

TEST(CtorArgs, ATargetsNameIsItsDeployedAddress) {
    // The vault needs the token, so the token is deployed first whatever the source order.
    auto p = program("contract Vault { constructor(Token t, address[] memory keepers) {} }\n"
                     "contract Token { uint256 public supply; }\n");
    std::string error;
    ASSERT_TRUE(p->set_args("Vault:Token,[Token,bob]", &error)) << error;
    const Target* vault = p->target("Vault");
    ASSERT_TRUE(vault && vault->ctor_args);
    const vm::U256 token =
        vm::create_address(account_address(deployer_name), 0).to_word(); // the first deployed
    const std::vector<vm::U256> expected{token, vm::U256{2 * 32}, vm::U256{2}, token,
                                         account_address("bob").to_word()};
    EXPECT_EQ(*vault->ctor_args, expected);
    EXPECT_EQ(p->deployed_address(1), vm::create_address(account_address(deployer_name), 0));
    EXPECT_EQ(p->deployed_address(0), vm::create_address(account_address(deployer_name), 1));
}

TEST(Inconclusive, TheTextSaysWhyBesideFindingsBelowTheThreshold) {
    // An info finding (a re-entry that only costs the adversary) and a sweep that never ran:
    // the exit code is inconclusive's, so the text must say why, findings or not.
    auto p = program(R"(contract PartlyGuarded {
    mapping(address => uint256) public balances;
    bool private locked;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw() external {
        require(!locked);
        locked = true;
        uint256 amount = balances[msg.sender];
        require(amount > 0);
        (bool sent, ) = msg.sender.call{value: amount}("");
        require(sent);
        balances[msg.sender] = 0;
        locked = false;
    }
    function sweep() external {
        require(block.number > 10**12);
        (bool sent, ) = msg.sender.call{value: address(this).balance}("");
        require(sent);
    }
})");
    AnalyzeOptions o = quick();
    o.explore.guided_budget = 20'000;
    o.explore.guided_escalation = 1;
    const Report r = analyze(*p, o);
    ASSERT_FALSE(r.findings.empty());
    ASSERT_FALSE(r.inconclusive.empty());
    const std::string text = render_text(r, *p, false);
    EXPECT_NE(text.find("inconclusive: the findings above may not be all:"), std::string::npos)
        << text;
    EXPECT_NE(text.find("  - " + r.inconclusive[0]), std::string::npos) << text;
}

TEST(Inconclusive, NoSuccessfulTransactionIsNotClean) {
    auto p = program("contract C { uint256 n; function f() external { require(n > 5); n += 1; } "
                     "function g() external view returns (uint256) { return n; } }");
    const Report r = analyze(*p, quick());
    ASSERT_EQ(r.functions.size(), 1u); // views are not transactions
    EXPECT_FALSE(r.functions[0].run);
    EXPECT_EQ(r.verdict(), Verdict::inconclusive);
}

TEST(Inconclusive, ACallOutThatNeverRanIsNotClean) {
    // deposit and open run; withdraw (a late write after its call) needs six opens first,
    // more than the search makes: its re-entries were never tried, so silence is not clean.
    auto p = program(R"(contract Gated {
    mapping(address => uint256) public balances;
    uint256 public opened;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function open() external { opened += 1; }
    function withdraw() external {
        require(opened > 5, "closed");
        uint256 amount = balances[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
        balances[msg.sender] = 0;
    }
})");
    // The guided search (three passes for withdraw with the defaults: 200k, 200k and 2M
    // transactions) gets a budget the size of the test: under the sanitizers the defaults'
    // passes outlast the timeout, which would add a reason of its own.
    AnalyzeOptions o = quick();
    o.explore.guided_budget = 20'000;
    o.explore.guided_escalation = 1;
    const Report r = analyze(*p, o);
    EXPECT_TRUE(r.findings.empty());
    EXPECT_EQ(r.verdict(), Verdict::inconclusive);
    ASSERT_EQ(r.inconclusive.size(), 1u);
    EXPECT_NE(r.inconclusive[0].find("no transaction of Gated.withdraw succeeded"),
              std::string::npos)
        << r.inconclusive[0];
    EXPECT_NE(r.inconclusive[0].find("t.sol:11"), std::string::npos) << r.inconclusive[0];
}

TEST(Inconclusive, AnUntrustedCallThatNeverRanIsNotClean) {
    // A flash loan writes nothing after its call, but its borrower re-enters whatever it
    // likes (a side entrance): a call out to untrusted code that never ran is not clean either.
    auto p = program(R"(contract Lender {
    uint256 public opened;
    function open() external { opened += 1; }
    function flash(uint256 amount) external {
        require(opened > 5, "closed");
        uint256 before = address(this).balance;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok && address(this).balance >= before, "not repaid");
    }
    receive() external payable {}
})");
    const Report r = analyze(*p, quick());
    EXPECT_TRUE(r.findings.empty());
    EXPECT_EQ(r.verdict(), Verdict::inconclusive);
    ASSERT_EQ(r.inconclusive.size(), 1u);
    EXPECT_NE(r.inconclusive[0].find("no transaction of Lender.flash succeeded"), std::string::npos)
        << r.inconclusive[0];
    EXPECT_EQ(r.inconclusive[0].find("writes after"), std::string::npos) << r.inconclusive[0];
}

TEST(Inconclusive, ACallThatRanInNoTransactionOfItsFunctionIsNotClean) {
    // withdraw runs (it pays nothing until `open` reaches six) but its call never does: its
    // re-entries were never tried, so silence is not clean.
    auto p = program(R"(contract Skips {
    mapping(address => uint256) public balances;
    uint256 public opened;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function open() external { opened += 1; }
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        if (opened > 5) {
            (bool ok, ) = msg.sender.call{value: amount}("");
            require(ok, "send failed");
        }
        balances[msg.sender] = 0;
    }
})");
    AnalyzeOptions o = quick();
    o.explore.guided_budget = 20'000;
    const Report r = analyze(*p, o);
    EXPECT_TRUE(r.findings.empty());
    EXPECT_EQ(r.verdict(), Verdict::inconclusive);
    ASSERT_EQ(r.inconclusive.size(), 1u);
    EXPECT_NE(r.inconclusive[0].find("transactions of Skips.withdraw ran, but none reached its "
                                     "call at t.sol:11"),
              std::string::npos)
        << r.inconclusive[0];
}

TEST(Inconclusive, ACallToAFixedInstanceThatNeverCallsBackIsNotUnexplored) {
    // The payment goes to the vault this contract created (a state variable, not an account a
    // caller chooses): it can never reach the adversary, so no reason is given for it.
    auto p = program(R"(contract Vault { receive() external payable {} }
contract Front {
    Vault public vault;
    mapping(address => uint256) public paid;
    constructor() { vault = new Vault(); }
    function pay() external payable {
        (bool ok, ) = payable(address(vault)).call{value: msg.value}("");
        require(ok, "vault refused");
        paid[msg.sender] += msg.value;
    }
})");
    p->select("Front");
    const Report r = analyze(*p, quick());
    EXPECT_TRUE(r.findings.empty());
    EXPECT_TRUE(r.inconclusive.empty()) << r.inconclusive[0];
}

TEST(Inconclusive, APaymentToTheDeployerThroughAHelperIsNotUnexplored) {
    // The fees go to the arbiter, the deployer fixed in an immutable, through the same private
    // helper that pays the caller: the helper's parameter stands for its argument, so that call
    // can never reach the adversary, and no reason is given for it.
    auto p = program(R"(contract Escrow {
    address public immutable arbiter = msg.sender;
    mapping(address => uint256) public balances;
    uint256 public fees;
    function deposit() external payable {
        fees += msg.value / 100;
        balances[msg.sender] += msg.value - msg.value / 100;
    }
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        balances[msg.sender] = 0;
        _send(msg.sender, amount);
    }
    function withdrawFees() external {
        require(msg.sender == arbiter, "arbiter");
        require(fees > 100, "too little");
        uint256 amount = fees;
        fees = 0;
        _send(arbiter, amount);
    }
    function _send(address to, uint256 amount) private {
        (bool ok, ) = payable(to).call{value: amount}("");
        require(ok, "send failed");
    }
})");
    const Report r = analyze(*p, quick());
    EXPECT_TRUE(r.findings.empty());
    EXPECT_TRUE(r.inconclusive.empty()) << r.inconclusive[0];
}

TEST(Inconclusive, TimeoutBoundsTheWholeAnalysis) {
    auto p = program(std::string("contract B {\n") + bank_body + "}");
    AnalyzeOptions o = quick();
    o.explore.txs = 8;
    o.explore.depth = 4;
    o.explore.timeout_seconds = 1e-6; // nothing fits in it: every phase must stop
    o.fixes = true;
    const Report r = analyze(*p, o);
    EXPECT_TRUE(r.timed_out);
    EXPECT_LT(r.seconds, 5.0);
    EXPECT_GE(r.seconds, r.stats.seconds);
}

TEST(Coverage, CleanWhenEverythingRan) {
    auto p = program("contract C { uint256 n; function f() external { n += 1; } }");
    const Report r = analyze(*p, quick());
    ASSERT_EQ(r.functions.size(), 1u);
    EXPECT_TRUE(r.functions[0].run);
    EXPECT_EQ(r.verdict(), Verdict::clean);
    EXPECT_EQ(render_json(r, "test")["coverage"]["functions_run"], 1);
}

TEST(Coverage, AFunctionOnlyAReentryRunsIsRunButSaidApart) {
    // bonus() passes only while withdraw() pays: no transaction runs it, the attack's re-entry
    // does. The report counts it as run (its code was explored) and says where it ran.
    auto p = program(R"(contract Window {
    mapping(address => uint256) public balances;
    bool paying;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw() external {
        require(!paying);
        uint256 amount = balances[msg.sender];
        balances[msg.sender] = 0;
        paying = true;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok);
        paying = false;
    }
    function bonus() external { require(paying); balances[msg.sender] += 1; }
})");
    const Report r = analyze(*p, quick());
    ASSERT_EQ(r.verdict(), Verdict::findings);
    const auto bonus =
        std::find_if(r.functions.begin(), r.functions.end(),
                     [](const FunctionCoverage& f) { return f.signature == "bonus()"; });
    ASSERT_NE(bonus, r.functions.end());
    EXPECT_TRUE(bonus->run);
    EXPECT_TRUE(bonus->reentry_only);
    for (const FunctionCoverage& f : r.functions) {
        if (f.signature != "bonus()") {
            EXPECT_FALSE(f.reentry_only) << f.signature;
        }
    }
    const std::string text = render_text(r, *p, false);
    EXPECT_NE(text.find("only inside a re-entry: Window.bonus()"), std::string::npos) << text;
}

class WitnessCheck : public ::testing::Test {
protected:
    void SetUp() override {
        p = program(std::string("/// #invariant address(this).balance >= sum(balances);\n"
                                "contract B {\n") +
                    bank_body + "}");
        const Report r = analyze(*p, quick());
        for (const Finding& f : r.findings)
            if (f.witness) w = *f.witness;
        ASSERT_FALSE(w.steps.empty());
        ASSERT_FALSE(validate_witness(*p, w));
    }
    std::string error_of(const Witness& bad) { return validate_witness(*p, bad).value_or(""); }
    std::unique_ptr<Program> p;
    Witness w;
};

TEST_F(WitnessCheck, MalformedWitnessesAreLocated) {
    Witness bad = w;
    bad.deployments.clear();
    EXPECT_EQ(error_of(bad), "deployments: the witness deploys nothing");
    bad = w;
    bad.steps[0].call.signature = "steal()";
    EXPECT_EQ(error_of(bad), "steps[0].call.function: unknown function 'steal()' of B");
    bad = w;
    bad.steps[0].sender = "eve";
    EXPECT_EQ(error_of(bad).rfind("steps[0].from: unknown sender 'eve'", 0), 0u);
    bad = w;
    bad.property = PropertyKind::invariant;
    bad.index = 9;
    EXPECT_EQ(error_of(bad).rfind("property.index:", 0), 0u);
    EXPECT_FALSE(replay(*p, bad).ran);
}

TEST_F(WitnessCheck, JsonErrorsNameThePath) {
    nlohmann::json j = to_json(w);
    j["steps"][0]["call"] = 5;
    std::string error;
    EXPECT_FALSE(witness_from_json(j, &error));
    EXPECT_EQ(error.rfind("steps[0]: malformed step", 0), 0u) << error;
}

TEST_F(WitnessCheck, FoundryTestAimsTheAttackerAndAssertsTheHarm) {
    Witness rel = w;
    rel.files = {"src/t.sol"};
    const std::string test = foundry_test(rel, *p);
    EXPECT_NE(test.find("import \"./src/t.sol\";"), std::string::npos);
    EXPECT_NE(test.find("attacker.aim(t_B);"), std::string::npos);
    EXPECT_NE(test.find("assert"), std::string::npos);
    EXPECT_EQ(test.find("should now be violated"), std::string::npos);
}

TEST(WitnessNames, SayWhatTheWitnessShows) {
    Witness w;
    w.property = PropertyKind::invariant;
    w.expression = "address(this).balance >= sum(balances)";
    EXPECT_EQ(witness_slug(w, ReentryKind::none), "invariant-address-this-balance-sum-balances");
    w.property = PropertyKind::callback_freedom;
    EXPECT_EQ(witness_slug(w, ReentryKind::same_function), "callback-freedom-same-function");
}

TEST(Sarif, UrisAreEncodedAndTheLateWriteIsRelated) {
    EXPECT_EQ(uri_encode("my dir/a#b.sol"), "my%20dir/a%23b.sol");
    Report r;
    Finding f;
    f.check = CheckId::reentrancy;
    f.location.file = "a b.sol";
    f.location.line = 3;
    f.related = Location{"a b.sol", 5, 9, {}};
    r.findings.push_back(f);
    const auto sarif = render_sarif(r, "test")["runs"][0]["results"][0];
    EXPECT_EQ(sarif["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "a%20b.sol");
    EXPECT_EQ(sarif["relatedLocations"][0]["physicalLocation"]["region"]["startLine"], 5);
    EXPECT_EQ(sarif["locations"].size(), 1u);
}

} // namespace
} // namespace mallory::analyzer
