// The system the explorer attacks: created instances, selection with the helpers a constructor
// needs, wiring of constructor addresses, untrusted stand-ins and literal callees, one clock.
#include "analyzer/world.hpp"
#include "tests/analyzer/load_program.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>

namespace mallory::analyzer {
namespace {

using vm::U256;

std::vector<std::string> names(const Program& p) {
    std::vector<std::string> out;
    for (const Target& t : p.targets())
        out.push_back(t.name());
    return out;
}

const char* factory = R"(pragma solidity ^0.8.20;
contract Vault {
    uint256 public n;
    function poke() external { n += 1; }
}
contract Factory {
    Vault public immutable a;
    Vault public immutable b;
    constructor() {
        a = new Vault();
        b = new Vault();
    }
})";

TEST(System, InstancesCreatedByConstructorsAreTargetsKeyedByInstance) {
    auto p = load_program(factory, "S.sol");
    ASSERT_TRUE(p->select("Factory"));
    // Each instance is named by the creator's variable that holds it.
    EXPECT_EQ(names(*p), (std::vector<std::string>{"Factory", "Factory.a", "Factory.b"}));
    for (const Target& t : p->targets())
        EXPECT_TRUE(t.selected) << t.name() << ": created by a selected contract";
    World w(*p);
    std::string error;
    ASSERT_TRUE(w.deploy(&error)) << error;
    const auto& cs = w.accounts().contracts;
    ASSERT_EQ(cs.size(), 3u);
    EXPECT_NE(cs[1].second, cs[2].second);
    // Two instances of one contract are two states: poking one changes only its storage.
    const std::uint64_t before = w.observer().hash(w.state());
    const vm::Result r = w.run(TxStep{"bob", CallSpec{"Factory.b", "poke()", {}, {}}, {}}, 9);
    EXPECT_TRUE(r.success());
    EXPECT_NE(w.observer().hash(w.state()), before);
    EXPECT_EQ(w.state().peek_storage(cs[2].second, U256{0}), U256{1});
    EXPECT_EQ(w.state().peek_storage(cs[1].second, U256{0}), U256{});
}

TEST(System, AContractAConstructorCreatesIsNotDeployedAgainOnItsOwn) {
    // The whole program deploys the factory, which creates the vaults: not a third vault that
    // nobody uses.
    auto p = load_program(factory, "S.sol");
    EXPECT_EQ(names(*p), (std::vector<std::string>{"Factory", "Factory.a", "Factory.b"}));
    // Named, the vault is its own system all the same.
    ASSERT_EQ(p->system_of("Vault"), std::vector<std::string>{"Vault"});
    ASSERT_TRUE(p->select("Vault"));
    EXPECT_EQ(names(*p), std::vector<std::string>{"Vault"});
    // A copy a constructor parameter takes is deployed: the pool is wired to it.
    auto wired = load_program(R"(pragma solidity ^0.8.20;
contract Token {
    uint256 public n;
}
contract Minter {
    Token public immutable token;
    constructor() { token = new Token(); }
}
contract Pool {
    Token public immutable token;
    constructor(Token t) { token = t; }
})",
                              "W.sol");
    EXPECT_EQ(names(*wired), (std::vector<std::string>{"Token", "Minter", "Pool", "Minter.token"}));
}

TEST(System, ArgumentsForAContractAConstructorCreatesSayWhoCreatesIt) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Vault {
    uint256 public cap;
    constructor(uint256 c) { cap = c; }
}
contract Factory {
    Vault public immutable vault;
    constructor() { vault = new Vault(10); }
}
contract Pool {
    uint256 public fee;
    constructor(uint256 f) { fee = f; }
})",
                          "A.sol");
    std::string error;
    EXPECT_FALSE(p->set_args("Vault:5", &error));
    EXPECT_EQ(error, "--args: 'Vault' is not deployed on its own: Factory's constructor creates "
                     "it, with the arguments that constructor gives (to deploy and analyze it "
                     "alone, add --contract Vault)");
    EXPECT_FALSE(p->set_args("Nope:1", &error));
    EXPECT_EQ(error, "--args: no deployed contract 'Nope'; the constructors that take arguments: "
                     "Pool");
    // A part without a name, after a named one, says what a part looks like (it is no
    // contract called '5'); a trailing ';' is nothing.
    EXPECT_FALSE(p->set_args("Pool:1;5", &error));
    EXPECT_EQ(error, "--args: '5' names no contract: each part of a named list is Name:v1,v2, "
                     "the parts separated by ';'");
    EXPECT_TRUE(p->set_args("Pool:1;", &error)) << error;
    // Selected, the vault is deployed on its own and takes them.
    ASSERT_TRUE(p->select("Vault"));
    EXPECT_TRUE(p->set_args("Vault:5", &error)) << error;
}

TEST(System, AnInstanceCreatedByACreatedInstanceIsATargetOnce) {
    // Two levels of creation: the hub creates a campaign, whose constructor creates an escrow.
    // The grandchild is named by its creator's variable and listed once, after its creator
    // (this selection crashed when the set-up's round scanned created instances as roots).
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Escrow {
    mapping(address => uint256) public held;
    function hold() external payable { held[msg.sender] += msg.value; }
}
contract Campaign {
    Escrow public immutable escrow;
    constructor() { escrow = new Escrow(); }
}
contract Hub {
    Campaign public immutable campaign;
    constructor() { campaign = new Campaign(); }
})",
                          "S.sol");
    ASSERT_TRUE(p->select("Hub"));
    EXPECT_EQ(names(*p), (std::vector<std::string>{"Hub", "Hub.campaign", "Hub.campaign.escrow"}));
    ASSERT_TRUE(p->targets()[2].creator.has_value());
    EXPECT_EQ(*p->targets()[2].creator, 1u);
    World w(*p);
    std::string error;
    ASSERT_TRUE(w.deploy(&error)) << error;
    const auto& cs = w.accounts().contracts;
    ASSERT_EQ(cs.size(), 3u);
    EXPECT_EQ(cs[2].second, vm::create_address(cs[1].second, 1));
    EXPECT_TRUE(w.state().code(cs[2].second));
    const vm::Result r =
        w.run(TxStep{"bob", CallSpec{"Hub.campaign.escrow", "hold()", {}, U256{5}}, {}}, 9);
    EXPECT_TRUE(r.success());
}

TEST(System, InstancesNoSingleVariableHoldsAreNamedByTheirContract) {
    // In a list, in a local only, or in two variables at once: no one name is the instance's.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Vault {
    function poke() external {}
}
contract Factory {
    Vault[] public vaults;
    Vault public first;
    Vault public alias_;
    constructor() {
        vaults.push(new Vault());
        vaults.push(new Vault());
        Vault v = new Vault();
        v.poke();
        first = new Vault();
        alias_ = first;
    }
})",
                          "S.sol");
    ASSERT_TRUE(p->select("Factory"));
    EXPECT_EQ(names(*p), (std::vector<std::string>{"Factory", "Factory.Vault", "Factory.Vault#2",
                                                   "Factory.Vault#3", "Factory.Vault#4"}));
}

TEST(System, InstancesTheSetUpCreatesAreTargetsToo) {
    // Nothing is created at deployment: the adversary opens its own deal (naming another as
    // the payee, since it may not name itself), the honest users open theirs with their
    // deposits, and the owner lists the one pool only it may.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Deal {
    address public immutable payer;
    constructor(address payer_) payable { payer = payer_; }
}
contract Pool {
    uint256 public n;
    function poke() external { n += 1; }
}
contract Hub {
    address public immutable owner;
    constructor() { owner = msg.sender; }
    function open(address payee) external payable returns (Deal) {
        require(msg.value > 0 && payee != msg.sender);
        return new Deal{value: msg.value}(msg.sender);
    }
    function list() external returns (Pool) {
        require(msg.sender == owner);
        return new Pool();
    }
})",
                          "S.sol");
    ASSERT_TRUE(p->select("Hub"));
    const std::vector<std::string> all = names(*p);
    ASSERT_GE(all.size(), 3u);
    EXPECT_EQ(std::count(all.begin(), all.end(), "Hub.Pool"), 1);
    EXPECT_EQ(std::count_if(all.begin(), all.end(),
                            [](const std::string& n) { return n.starts_with("Hub.Deal"); }),
              static_cast<long>(all.size()) - 2);
    for (const Target& t : p->targets())
        EXPECT_EQ(t.created_at_setup, t.creator.has_value()) << t.name();
    World w(*p);
    std::string error;
    ASSERT_TRUE(w.deploy(&error)) << error;
    w.setup_honest();
    const auto made_by = [&](const std::string& sender, const std::string& sig) {
        return std::count_if(w.setup().begin(), w.setup().end(), [&](const TxStep& s) {
            return s.sender == sender && s.call.signature == sig;
        });
    };
    EXPECT_EQ(made_by(adversary_name, "open(address)"), 1);
    EXPECT_EQ(made_by(deployer_name, "list()"), 1);
    // Every created target exists once the set-up ran, at the address its nonce gives.
    for (std::size_t i = 0; i < p->targets().size(); ++i)
        EXPECT_GT(w.state().code_size(w.accounts().contracts[i].second), 0u)
            << p->targets()[i].name();
    const auto pool = std::find(all.begin(), all.end(), "Hub.Pool") - all.begin();
    EXPECT_TRUE(w.run(TxStep{"bob", CallSpec{"Hub.Pool", "poke()", {}, {}}, {}}, 20).success());
    EXPECT_EQ(w.state().peek_storage(w.accounts().contracts[static_cast<std::size_t>(pool)].second,
                                     U256{0}),
              U256{1});
}

TEST(System, CallsAreShownWithAccountsByNameAndIntegersInDecimal) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Bank {
    function send(address to, uint256 amount, int8 delta, bytes4 tag) external payable {}
})",
                          "S.sol");
    const Accounts a = Accounts::make(*p);
    const U256 amount = U256{50'000} * U256{1'000'000'000'000'000'000ULL};
    const CallSpec c{"Bank",
                     "send(address,uint256,int8,bytes4)",
                     {a.adversary.to_word(), amount, ~U256{}, vm::shl(U256{0x12345678}, 224)},
                     U256{1'000'000'000'000'000'000ULL}};
    EXPECT_EQ(describe_call(*p, a, c),
              "Bank.send(mallory, 50000000000000000000000, -1, "
              "0x1234567800000000000000000000000000000000000000000000000000000000) with 1 ether");
    // A function the program does not have: the raw words.
    EXPECT_EQ(describe_call(*p, a, CallSpec{"Bank", "other(uint256)", {U256{7}}, {}}),
              "Bank.other(7)");
}

TEST(System, ObservedValuesAreShownByTheirTypeForPeople) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Registry {
    address public owner;
    Registry public self;
    bool public open;
    int64 public delta;
    bytes4 public tag;
    uint256 public count;
    mapping(address => address) public delegateOf;
    constructor() {
        owner = msg.sender;
        self = this;
        open = true;
        delta = -5;
        tag = 0x12345678;
        count = 7;
        delegateOf[msg.sender] = address(this);
    }
})",
                          "S.sol");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    std::map<std::string, std::string> shown;
    for (const auto& [label, text] : w.observer().described_values(w.state(), "Registry"))
        shown[label] = text;
    const std::string deployer = w.accounts().name_of(w.accounts().deployer);
    EXPECT_EQ(shown["owner"], deployer);
    EXPECT_EQ(shown["self"], "Registry");
    EXPECT_EQ(shown["open"], "true");
    EXPECT_EQ(shown["delta"], "-5");
    EXPECT_EQ(shown["tag"], "0x12345678");
    EXPECT_EQ(shown["count"], "7");
    EXPECT_EQ(shown["delegateOf[" + deployer + "]"], "Registry");
}

TEST(System, SelectionKeepsTheInstancesItsConstructorNeedsAsHelpers) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Pool { function join() external payable {} }
contract Unrelated { function f() external {} }
contract Lender {
    Pool public immutable pool;
    constructor(Pool p) { pool = p; }
})",
                          "S.sol");
    EXPECT_EQ(p->system_of("Lender"), (std::vector<std::string>{"Lender", "Pool"}));
    EXPECT_EQ(p->system_of("Unrelated"), (std::vector<std::string>{"Unrelated"}));
    EXPECT_TRUE(p->system_of("Nowhere").empty());
    ASSERT_TRUE(p->select("Lender"));
    EXPECT_EQ(names(*p), (std::vector<std::string>{"Lender", "Pool"}));
    EXPECT_TRUE(p->targets()[0].selected);
    EXPECT_FALSE(p->targets()[1].selected);
    // The pool is deployed first although it comes second: the lender's constructor gets it.
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    ASSERT_EQ(w.deployments().size(), 2u);
    EXPECT_EQ(w.deployments()[0].contract, "Pool");
    EXPECT_TRUE(w.deployments()[0].helper); // a witness's replay selects the lender again
    EXPECT_FALSE(w.deployments()[1].helper);
    EXPECT_EQ(w.deployments()[1].args.at(0), w.accounts().contracts[1].second.to_word());
}

TEST(System, AnAddressTheConstructorConvertsToAContractStandsForThatContract) {
    // `Bank(address ledgerAddress)` with `ledger = Ledger(ledgerAddress)`: the bank needs a
    // ledger as much as `Bank(Ledger l)` would, and each address gets its own kind of
    // instance, whatever the order of the parameters and of the contracts.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Ledger { function credit(address, uint256) external {} }
contract Unrelated { function f() external {} }
contract Token { function transfer(address, uint256) external returns (bool) { return true; } }
contract Bank {
    Token public immutable token;
    Ledger public immutable ledger;
    address public immutable fee;
    constructor(address tokenAddress, address ledgerAddress, address feeTo) {
        ledger = Ledger(ledgerAddress);
        token = Token(tokenAddress);
        fee = feeTo;
    }
})",
                          "S.sol");
    const Target* bank = p->target("Bank");
    ASSERT_TRUE(bank);
    const check::FunctionInfo& ctor = *bank->info->constructor;
    ASSERT_TRUE(p->parameter_contract(ctor, 0));
    EXPECT_EQ(p->parameter_contract(ctor, 0)->name, "Token");
    ASSERT_TRUE(p->parameter_contract(ctor, 1));
    EXPECT_EQ(p->parameter_contract(ctor, 1)->name, "Ledger");
    EXPECT_EQ(p->parameter_contract(ctor, 2), nullptr);
    ASSERT_TRUE(p->select("Bank"));
    EXPECT_EQ(names(*p), (std::vector<std::string>{"Bank", "Token", "Ledger"}));
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Deployment& deployed = w.deployments().back();
    ASSERT_EQ(deployed.contract, "Bank");
    EXPECT_EQ(deployed.args.at(0), w.accounts().address_of_contract("Token").to_word());
    EXPECT_EQ(deployed.args.at(1), w.accounts().address_of_contract("Ledger").to_word());
}

TEST(System, UnvouchedConstructorAddressesAreAdversaryStandInsUnlessTrusted) {
    const char* source = R"(pragma solidity ^0.8.20;
interface IToken { function transfer(address to, uint256 a) external returns (bool); }
contract Staking {
    IToken public immutable token;
    address public immutable treasury;
    constructor(IToken t, address payable treasury_) { token = t; treasury = treasury_; }
})";
    auto p = load_program(source, "S.sol");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const auto& args = w.deployments().at(0).args;
    ASSERT_EQ(args.size(), 2u);
    const Accounts& a = w.accounts();
    // The token parameter's stand-in holds the standard token the adversary can hold (its
    // ledger answers there, token.hpp); the plain address is the adversary's.
    EXPECT_TRUE(a.is_token(vm::Address::from_word(args[0])));
    EXPECT_EQ(a.untrusted.at(0).second, vm::Address::from_word(args[0]));
    EXPECT_TRUE(a.adversary_controls(vm::Address::from_word(args[1])));
    EXPECT_NE(args[0], args[1]) << "each unvouched parameter gets its own stand-in";
    EXPECT_GT(w.state().code_size(vm::Address::from_word(args[0])), 0u);

    auto trusted = load_program(source, "S.sol");
    std::string error;
    ASSERT_TRUE(trusted->set_trusted("treasury_", &error)) << error;
    World t(*trusted);
    ASSERT_TRUE(t.deploy(nullptr));
    EXPECT_EQ(t.deployments().at(0).args.at(1), t.accounts().deployer.to_word());
    EXPECT_FALSE(trusted->set_trusted("nosuch", &error));
    EXPECT_NE(error.find("nosuch"), std::string::npos);
}

TEST(System, AddressLiteralsTheProgramCallsAreAdversaryControlledUnlessTrusted) {
    const char* source = R"(pragma solidity ^0.8.20;
interface IHook { function ping() external; }
contract C {
    IHook constant HOOK = IHook(0x00000000000000000000000000000000DeaDBeef);
    function f() external { HOOK.ping(); }
})";
    auto p = load_program(source, "S.sol");
    World w(*p);
    const vm::Address hook = vm::Address::from_u64(0xDEADBEEF);
    EXPECT_TRUE(w.accounts().adversary_controls(hook));
    auto q = load_program(source, "S.sol");
    std::string error;
    ASSERT_TRUE(q->set_trusted("0x00000000000000000000000000000000DeaDBeef", &error)) << error;
    World v(*q);
    EXPECT_FALSE(v.accounts().adversary_controls(hook));
}

TEST(System, DeploymentAndTransactionsShareOneClockAndWarpsMoveIt) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Clock {
    uint256 public born;
    uint256 public seen;
    constructor() { born = block.timestamp; }
    function look() external { seen = block.timestamp; }
})",
                          "S.sol");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const vm::Address c = w.accounts().contracts[0].second;
    const U256 born = w.state().peek_storage(c, U256{0});
    EXPECT_GT(born, U256{1'000'000'000}) << "the constructor runs at the chain's time";
    ASSERT_TRUE(w.run(TxStep{"bob", CallSpec{"Clock", "look()", {}, {}}, {}}, 2).success());
    EXPECT_EQ(w.state().peek_storage(c, U256{1}), born + U256{block_time});
    ASSERT_TRUE(w.run(TxStep{"", {}, {}, 1000}, 3).success()); // a warp: no transaction
    ASSERT_TRUE(w.run(TxStep{"bob", CallSpec{"Clock", "look()", {}, {}}, {}}, 4).success());
    EXPECT_EQ(w.state().peek_storage(c, U256{1}), born + U256{3 * block_time + 1000});
}

} // namespace
} // namespace mallory::analyzer

namespace mallory::analyzer {
namespace {

// A price written once loses the frequency ranking to a library's constants written often;
// the targets' own `constant`s still reach the domains (a sale never entered otherwise).
TEST(System, TheTargetsOwnConstantsAreAmountsWhateverTheLibrariesUse) {
    const auto p = load_program(R"(pragma solidity ^0.8.20;
library Digits {
    function f(uint256 x) internal pure returns (uint256) {
        return x * 10 + x * 10 + x * 16 + x * 16 + x * 32 + x * 32 + x * 64 + x * 64 + x * 128
            + x * 128 + x * 255 + x * 255 + x * 1000 + x * 1000;
    }
}
contract Drop {
    uint256 public constant PRICE = 0.01 ether;
    uint256 public sold;
    function buy(uint256 n) external payable {
        require(msg.value == n * PRICE);
        sold += Digits.f(n);
    }
})",
                                "S.sol");
    const std::vector<vm::U256>& c = p->amount_constants();
    EXPECT_EQ(c.size(), 7u);
    EXPECT_EQ(c.back(), vm::U256{10'000'000'000'000'000ULL});
}

} // namespace
} // namespace mallory::analyzer
