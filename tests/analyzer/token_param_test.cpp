// Tokens that come from the caller (analyzer/world.hpp, Accounts::own_token): the adversary's
// own ledger placed when the targets take a token parameter, its place in the argument
// domains and the honest deposits, its units worth nothing, the witness that names it; and
// invariants that read another contract through a view call (analyzer/evaluator.hpp).
#include "analyzer/actions.hpp"
#include "analyzer/analyzer.hpp"
#include "analyzer/evaluator.hpp"
#include "analyzer/monitor.hpp"
#include "analyzer/replay.hpp"
#include "analyzer/token.hpp"
#include "analyzer/world.hpp"
#include "tests/analyzer/load_program.hpp"
#include "tests/analyzer/search_clock.hpp"

#include <algorithm>
#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

constexpr double search_seconds = attack_search_seconds;

using vm::U256;
const U256 ether{1'000'000'000'000'000'000ULL};

const char* multi_vault_src = R"(pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}
contract MultiVault {
    IERC20 public immutable listed;
    mapping(IERC20 => mapping(address => uint256)) public balances;
    constructor(IERC20 first) { listed = first; }
    function deposit(IERC20 token, uint256 amount) external {
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        balances[token][msg.sender] += amount;
    }
    function withdraw(IERC20 token) external {
        uint256 amount = balances[token][msg.sender];
        require(amount > 0, "nothing");
        require(token.transfer(msg.sender, amount), "push");
        balances[token][msg.sender] = 0;
    }
}
)";

/// A vault whose invariant reads its asset's ledger through a view call.
const char* backed_src = R"(pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function balanceOf(address who) external view returns (uint256);
}
/// #invariant asset.balanceOf(address(this)) >= totalShares;
contract Backed {
    IERC20 public immutable asset;
    mapping(address => uint256) public shares;
    uint256 public totalShares;
    constructor(IERC20 a) { asset = a; }
    function deposit(uint256 amount) external {
        require(asset.transferFrom(msg.sender, address(this), amount), "pull");
        shares[msg.sender] += amount;
        totalShares += amount;
    }
}
)";

bool contains(const std::vector<U256>& v, const vm::Address& a) {
    return std::find(v.begin(), v.end(), a.to_word()) != v.end();
}

/// The analyses below: sequences of two transactions, two re-entries, the attack clock.
AnalyzeOptions two_steps() {
    AnalyzeOptions o;
    o.explore.txs = 2;
    o.explore.depth = 2;
    o.explore.timeout_seconds = search_seconds;
    return o;
}

/// The last finding of check `id` in `r`, or nullptr.
const Finding* finding_of(const Report& r, CheckId id) {
    const Finding* out = nullptr;
    for (const Finding& f : r.findings)
        if (f.check == id) out = &f;
    return out;
}

/// A case of the analyzer corpus, loaded.
std::unique_ptr<Program> corpus_case(const std::string& name) {
    auto p = Program::load(
        {std::string(MALLORY_SOURCE_DIR) + "/tests/analyzer/corpus/" + name + ".sol"});
    EXPECT_TRUE(p->ok()) << p->errors(false);
    return p;
}

TEST(OwnToken, ATokenParameterPlacesTheAdversarysOwnToken) {
    auto p = load_program(multi_vault_src, "MultiVault.sol");
    const Accounts a = Accounts::make(*p);
    ASSERT_EQ(a.tokens.size(), 2u); // the constructor's stand-in, then the adversary's own
    EXPECT_EQ(a.tokens[0].first, "untrusted1");
    EXPECT_EQ(a.tokens[1].first, own_token_name);
    EXPECT_EQ(a.tokens[1].second, a.own_token);
    EXPECT_TRUE(a.is_own_token(a.own_token));
    EXPECT_FALSE(a.is_own_token(a.tokens[0].second));
    EXPECT_FALSE(a.adversary_controls(a.own_token)); // its ledger answers there
    EXPECT_EQ(a.name_of(a.own_token), own_token_name);
    EXPECT_EQ(a.address_of_account(own_token_name), a.own_token);
    // Distinct from every other account of the world.
    EXPECT_EQ(std::count(a.known.begin(), a.known.end(), a.own_token), 1);
    EXPECT_NE(a.own_token, a.adversary);
    for (const auto& [n, addr] : a.untrusted)
        EXPECT_NE(addr, a.own_token);
    // A witness names it; the replay's accounts place exactly what the witness names.
    std::string error;
    const auto only_own = a.with_tokens({own_token_name}, &error);
    ASSERT_TRUE(only_own) << error;
    ASSERT_EQ(only_own->tokens.size(), 1u);
    EXPECT_TRUE(only_own->is_own_token(a.own_token));
    EXPECT_TRUE(only_own->adversary_controls(a.tokens[0].second)); // the stand-in answers
    const auto none = a.with_tokens({}, &error);
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->is_own_token(a.own_token));
}

TEST(OwnToken, AnAddressParameterNextToATokenInterfaceAlsoTakesOne) {
    auto swap = load_program(R"(pragma solidity ^0.8.20;
interface IERC20 { function transfer(address to, uint256 amount) external returns (bool); }
contract Router {
    function sweep(address token, uint256 amount) external {
        require(IERC20(token).transfer(msg.sender, amount), "push");
    }
}
)",
                             "MultiVault.sol");
    EXPECT_TRUE(Accounts::make(*swap).is_own_token(Accounts::make(*swap).own_token));
    auto plain = load_program(R"(pragma solidity ^0.8.20;
contract Payout {
    function pay(address to) external { payable(to).transfer(0); }
}
)",
                              "MultiVault.sol");
    const Accounts a = Accounts::make(*plain);
    EXPECT_TRUE(a.tokens.empty()); // no token interface anywhere: no token to take
}

TEST(OwnToken, HeldByTheAdversaryAloneAndWorthNothing) {
    auto p = load_program(multi_vault_src, "MultiVault.sol");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Accounts& a = w.accounts();
    EXPECT_EQ(token_balance(w.state(), a.own_token, a.adversary), initial_token_balance());
    EXPECT_TRUE(token_balance(w.state(), a.own_token, a.deployer).is_zero());
    for (const auto& [n, user] : a.users)
        EXPECT_TRUE(token_balance(w.state(), a.own_token, user).is_zero());
    // Value is ether and the stand-in's units; the adversary's own units are no asset.
    const Ledger l = ledger_of(w.state(), a);
    EXPECT_EQ(l.assets, (std::vector<std::string>{"ether", "untrusted1"}));
    ASSERT_EQ(l.adversary.assets.size(), 2u);
    EXPECT_EQ(l.adversary.assets[1], initial_token_balance()); // of untrusted1
    // Its ledger is observed state.
    const std::uint64_t before = w.observer().hash(w.state());
    w.state().sstore(a.own_token, token_balance_slot(a.deployer), U256{1});
    EXPECT_NE(w.observer().hash(w.state()), before);
}

TEST(OwnToken, HonestUsersPayInThroughTheTokenParameter) {
    auto p = load_program(multi_vault_src, "MultiVault.sol");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const Accounts& a = w.accounts();
    const vm::Address listed = a.tokens[0].second;
    ASSERT_EQ(w.setup().size(), 2u) << "bob and carol deposit the listed token";
    EXPECT_EQ(w.setup()[0].call.signature, "deposit(address,uint256)");
    EXPECT_EQ(w.setup()[0].call.args[0], listed.to_word());
    EXPECT_EQ(token_balance(w.state(), listed, a.contracts[0].second), ether * U256{8});
}

TEST(OwnToken, EveryTokenIsInTheAddressDomain) {
    auto p = load_program(multi_vault_src, "MultiVault.sol");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Domains d = make_domains(*p, w, {});
    EXPECT_EQ(d.addresses.front(), w.accounts().adversary.to_word()); // still first
    for (const auto& [n, token] : w.accounts().tokens)
        EXPECT_TRUE(contains(d.addresses, token)) << n;
}

TEST(OwnToken, AVaultOfCallerNamedTokensPaysTwiceInTheListedToken) {
    auto p = load_program(multi_vault_src, "MultiVault.sol");
    const Report r = analyze(*p, two_steps());
    const Finding* profit = finding_of(r, CheckId::adversary_profit);
    ASSERT_NE(profit, nullptr);
    ASSERT_TRUE(profit->witness);
    EXPECT_TRUE(profit->confirmed) << profit->message;
    ASSERT_TRUE(profit->impact);
    ASSERT_EQ(profit->impact->tokens.size(), 1u); // the listed token; the own one is no asset
    EXPECT_EQ(profit->impact->tokens[0].token, "untrusted1");
    EXPECT_FALSE(profit->impact->tokens[0].honest_loss.is_zero());
    EXPECT_TRUE(replay(*p, *profit->witness).violated);
}

// ---- the public hooked token --------------------------------------------------------------------

const char* any_token_bank_src = R"(pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}
contract AnyTokenBank {
    mapping(address => mapping(address => uint256)) public balanceOf;
    function deposit(address token, uint256 amount) external {
        require(IERC20(token).transferFrom(msg.sender, address(this), amount), "pull");
        balanceOf[token][msg.sender] += amount;
    }
    function withdraw(address token) external {
        uint256 amount = balanceOf[token][msg.sender];
        require(IERC20(token).transfer(msg.sender, amount), "push");
        balanceOf[token][msg.sender] = 0;
    }
}
)";

TEST(HookedToken, ATokenParameterWithoutATokenOfTheSystemPlacesThePublicHookedToken) {
    auto p = load_program(any_token_bank_src, "MultiVault.sol");
    const Accounts a = Accounts::make(*p);
    ASSERT_EQ(a.tokens.size(), 2u); // the public hooked token, then the adversary's own
    EXPECT_EQ(a.tokens[0].first, hooked_token_name);
    EXPECT_TRUE(a.is_hooked_token(a.hooked_token));
    EXPECT_FALSE(a.is_own_token(a.hooked_token));
    EXPECT_FALSE(a.adversary_controls(a.hooked_token)); // its ledger answers there
    EXPECT_EQ(a.name_of(a.hooked_token), hooked_token_name);
    EXPECT_EQ(a.address_of_account(hooked_token_name), a.hooked_token);
    EXPECT_EQ(std::count(a.known.begin(), a.known.end(), a.hooked_token), 1);
    std::string error;
    const auto named = a.with_tokens({hooked_token_name}, &error);
    ASSERT_TRUE(named) << error;
    EXPECT_TRUE(named->is_hooked_token(a.hooked_token));
    // A system with a token of its own (the constructor's stand-in) needs no public one.
    EXPECT_FALSE(Accounts::make(*load_program(multi_vault_src, "MultiVault.sol"))
                     .is_hooked_token(a.hooked_token));
}

TEST(HookedToken, HonestUsersHoldAndDepositItAndItsUnitsAreValue) {
    auto p = load_program(any_token_bank_src, "MultiVault.sol");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const Accounts& a = w.accounts();
    ASSERT_EQ(w.setup().size(), 2u) << "bob and carol deposit the public token";
    EXPECT_EQ(w.setup()[0].call.args[0], a.hooked_token.to_word());
    EXPECT_EQ(token_balance(w.state(), a.hooked_token, a.contracts[0].second), ether * U256{8});
    const Ledger l = ledger_of(w.state(), a);
    EXPECT_EQ(l.assets, (std::vector<std::string>{"ether", hooked_token_name}));
}

TEST(HookedToken, TheBankPaysTwiceAndTheFindingStatesTheAssumption) {
    auto p = load_program(any_token_bank_src, "MultiVault.sol");
    const Report r = analyze(*p, two_steps());
    const Finding* profit = finding_of(r, CheckId::adversary_profit);
    ASSERT_NE(profit, nullptr);
    ASSERT_TRUE(profit->witness);
    EXPECT_TRUE(profit->confirmed) << profit->message;
    EXPECT_NE(profit->message.find("ERC-777 transfer hooks"), std::string::npos) << profit->message;
    ASSERT_TRUE(profit->impact);
    ASSERT_EQ(profit->impact->tokens.size(), 1u);
    EXPECT_EQ(profit->impact->tokens[0].token, hooked_token_name);
    EXPECT_FALSE(profit->impact->tokens[0].honest_loss.is_zero());
    EXPECT_TRUE(replay(*p, *profit->witness).violated);
    // The generated Foundry test asserts the token loss, not only that a re-entry happened.
    const auto attack = ether_outcome(*p, *profit->witness, true);
    const auto safe = ether_outcome(*p, *profit->witness, false);
    ASSERT_TRUE(attack && safe);
    ASSERT_EQ(attack->tokens.size(), 1u);
    EXPECT_LT(attack->tokens[0].targets[0].second, safe->tokens[0].targets[0].second);
}

// ---- tokens at unvouched literals -------------------------------------------------------------

const char* literal_src = R"(pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
}
interface IHook { function ping() external; }
contract Pool {
    IERC20 constant TOKEN = IERC20(0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48);
    function pay(uint256 amount) external {
        require(TOKEN.transfer(msg.sender, amount), "push");
        IHook(0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984).ping();
        IERC20(0x6B175474E89094C44Da98b954EedeAC495271d0F).transfer(msg.sender, 1);
    }
}
)";

TEST(LiteralToken, ALiteralCalledThroughATokenInterfaceIsAToken) {
    auto p = load_program(literal_src, "MultiVault.sol");
    const Accounts a = Accounts::make(*p);
    ASSERT_EQ(a.literals.size(), 3u);
    // Through a constant of token type and through an inline conversion; the hook is no token.
    std::vector<std::string> names = a.token_names();
    EXPECT_EQ(names, (std::vector<std::string>{a.literals[0].first, a.literals[2].first}));
    EXPECT_FALSE(a.adversary_controls(a.literals[0].second)); // a ledger answers there
    EXPECT_TRUE(a.adversary_controls(a.literals[1].second));  // the adversary still does
    std::string error;
    const auto replayed = a.with_tokens({a.literals[2].first}, &error);
    ASSERT_TRUE(replayed) << error;
    EXPECT_TRUE(replayed->is_token(a.literals[2].second));
    EXPECT_TRUE(replayed->adversary_controls(a.literals[0].second));
    // Vouched for with --trust, it is neither the adversary nor a token.
    ASSERT_TRUE(p->set_trusted("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", &error)) << error;
    const Accounts trusted = Accounts::make(*p);
    EXPECT_EQ(trusted.literals.size(), 2u);
    EXPECT_EQ(trusted.token_names(), std::vector<std::string>{trusted.literals[1].first});
}

TEST(LiteralToken, ThePoolOfALiteralTokenIsRobbedInThatToken) {
    auto p = corpus_case("dep_literal_token");
    ASSERT_TRUE(p->ok());
    const Report r = analyze(*p, two_steps());
    const Finding* profit = finding_of(r, CheckId::adversary_profit);
    ASSERT_NE(profit, nullptr);
    ASSERT_TRUE(profit->witness);
    const std::string literal = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";
    EXPECT_EQ(profit->witness->tokens, std::vector<std::string>{literal});
    ASSERT_TRUE(profit->impact);
    ASSERT_EQ(profit->impact->tokens.size(), 1u);
    EXPECT_EQ(profit->impact->tokens[0].token, literal);
    EXPECT_FALSE(profit->impact->tokens[0].honest_loss.is_zero());
    EXPECT_TRUE(replay(*p, *profit->witness).violated);
}

// ---- invariants that read another contract ---------------------------------------------------

struct ViewInvariant : ::testing::Test {
    std::unique_ptr<Program> p = load_program(backed_src, "MultiVault.sol");
    World w{*p};
    const lang::ast::Expression* invariant = nullptr;
    void SetUp() override {
        ASSERT_TRUE(w.deploy(nullptr));
        w.setup_honest();
        for (const Property& pr : collect_properties(*p))
            if (pr.kind == PropertyKind::invariant) invariant = &pr.annotation->condition;
        ASSERT_NE(invariant, nullptr);
    }
    EvalContext context(const StaticCall* call) {
        EvalContext c;
        c.state = &w.state();
        c.target = &p->targets()[0];
        c.model = &p->model();
        c.self = w.accounts().contracts[0].second;
        c.keys = &w.accounts().known;
        c.static_call = call;
        return c;
    }
};

TEST_F(ViewInvariant, AViewCallOfATokenLedgerIsEvaluatedOnTheVm) {
    const StaticCall call =
        static_call_on(w.state(), w.accounts(), [&] { return w.executor().block(); });
    std::string why;
    auto v = evaluate(*invariant, context(&call), &why);
    ASSERT_TRUE(v) << why;
    EXPECT_EQ(*v, U256{1}); // 8 tokens held, 8 shares
    const vm::Address listed = w.accounts().tokens[0].second;
    const vm::Address vault = w.accounts().contracts[0].second;
    w.state().sstore(listed, token_balance_slot(vault), ether); // the ledger alone changes
    v = evaluate(*invariant, context(&call), &why);
    ASSERT_TRUE(v) << why;
    EXPECT_EQ(*v, U256{0});
    EXPECT_NE(explain(*invariant, context(&call), p->sources())
                  .find("asset.balanceOf(address(this)) = 1000000000000000000"),
              std::string::npos)
        << explain(*invariant, context(&call), p->sources());
}

TEST_F(ViewInvariant, WithoutAVmOrOnAFailingCallItIsUndefined) {
    std::string why;
    EXPECT_FALSE(evaluate(*invariant, context(nullptr), &why));
    EXPECT_NE(why.find("external calls are not evaluated"), std::string::npos) << why;
    // A callee that fails (no code: the static call returns no word) leaves it undefined too.
    const StaticCall failing = [](const vm::Address&, const vm::Bytes&) {
        return std::optional<vm::Bytes>{};
    };
    EXPECT_FALSE(evaluate(*invariant, context(&failing), &why));
    EXPECT_NE(why.find("the call to 'balanceOf' failed"), std::string::npos) << why;
}

TEST_F(ViewInvariant, TheStaticCallWritesNothing) {
    const StaticCall call =
        static_call_on(w.state(), w.accounts(), [&] { return w.executor().block(); });
    const std::uint64_t before = w.observer().hash(w.state());
    const vm::Address listed = w.accounts().tokens[0].second;
    // transfer(...) under a static call fails and moves nothing.
    vm::Bytes transfer(4 + 64);
    const auto sel = vm::selector_of("transfer(address,uint256)");
    std::copy(sel.begin(), sel.end(), transfer.begin());
    vm::store_be(transfer.data() + 4, w.accounts().adversary.to_word());
    vm::store_be(transfer.data() + 36, U256{1});
    EXPECT_FALSE(call(listed, transfer));
    EXPECT_EQ(w.observer().hash(w.state()), before);
}

const char* backed_any_token_src = R"(pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function balanceOf(address who) external view returns (uint256);
}
/// The vault of inv_any_token_credit.sol with the fix: only the asset is accepted, so every
/// share is backed by the asset the vault holds (the invariant reads the asset's ledger).
/// #invariant asset.balanceOf(address(this)) >= totalShares;
contract AnyTokenVault {
    IERC20 public immutable asset;
    mapping(address => uint256) public shares;
    uint256 public totalShares;
    constructor(IERC20 a) { asset = a; }
    function deposit(IERC20 token, uint256 amount) external {
        require(token == asset, "asset only");
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        shares[msg.sender] += amount;
        totalShares += amount;
    }
    function withdraw(uint256 amount) external {
        require(shares[msg.sender] >= amount, "shares");
        shares[msg.sender] -= amount;
        totalShares -= amount;
        require(asset.transfer(msg.sender, amount), "push");
    }
}
)";

TEST(ViewInvariantAnalysis, TheSafeVaultKeepsItsBackingAndTheProofSaysUnknown) {
    auto p = load_program(backed_any_token_src, "MultiVault.sol");
    const Report r = analyze(*p, two_steps());
    for (const Finding& f : r.findings)
        ADD_FAILURE() << "unexpected " << f.message;
    // The explorer evaluated the invariant (it is not reported unevaluable) but no engine
    // proves a property that reads another contract: never "proved".
    for (const ProofEntry& pe : r.proofs) {
        if (pe.property.find(": invariant ") == std::string::npos) continue;
        EXPECT_NE(pe.status, PropertyStatus::proved) << pe.property;
    }
}

TEST(ViewInvariantAnalysis, CreditForAnyTokenBreaksTheBacking) {
    auto p = corpus_case("inv_any_token_credit");
    ASSERT_TRUE(p->ok());
    const Report r = analyze(*p, two_steps());
    const Finding* inv = finding_of(r, CheckId::invariant);
    ASSERT_NE(inv, nullptr);
    ASSERT_TRUE(inv->witness);
    EXPECT_TRUE(inv->confirmed);
    const ReplayResult rr = replay(*p, *inv->witness);
    EXPECT_TRUE(rr.violated);
    EXPECT_NE(rr.verdict.find("asset.balanceOf(address(this)) = "), std::string::npos)
        << rr.verdict;
}

} // namespace
} // namespace mallory::analyzer
