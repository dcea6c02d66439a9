// The standard token the adversary can hold (analyzer/token.hpp): its ledger, its ERC-777
// hooks into the adversary, which untrusted addresses become tokens, the witness that records
// the choice, and value measured in tokens (profit, impact, self-harm) on whole analyses.
#include "analyzer/analyzer.hpp"
#include "analyzer/answers.hpp"
#include "analyzer/replay.hpp"
#include "analyzer/token.hpp"
#include "analyzer/world.hpp"
#include "vm/keccak.hpp"
#include "vm/memory_state.hpp"

#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

using vm::U256;
const U256 ether{1'000'000'000'000'000'000ULL};

// ---- the ledger on a bare state ------------------------------------------------------------

vm::Bytes call(std::string_view signature, const std::vector<U256>& args) {
    const auto sel = vm::selector_of(signature);
    vm::Bytes out(sel.begin(), sel.end());
    for (const U256& a : args) {
        std::uint8_t w[32];
        vm::store_be(w, a);
        out.insert(out.end(), w, w + 32);
    }
    return out;
}

struct TokenLedger : ::testing::Test {
    vm::MemoryState state;
    vm::Executor exec{state};
    const vm::Address token = vm::Address::from_u64(0x70c);
    const vm::Address alice = vm::Address::from_u64(0xa11ce);
    const vm::Address hooked = vm::Address::from_u64(0x4001);
    const vm::Address vault = vm::Address::from_u64(0x7a17);
    std::vector<std::uint32_t> hooks_seen; ///< selectors of the hook calls, in order

    void SetUp() override {
        seed_token(state, token, {alice, hooked}, {vault});
        exec.bind_native(token,
                         token_handler([this](const vm::Address& a) { return a == hooked; }));
        exec.bind_native(hooked, [this](vm::Executor&, const vm::Message& m) {
            hooks_seen.push_back(*selector_of(m.input));
            return vm::Result{vm::Status::Success, m.gas, 0, {}, {}};
        });
    }
    vm::Result send(const vm::Address& from, const vm::Bytes& data, bool is_static = false) {
        vm::Message m;
        m.gas = 1'000'000;
        m.sender = from;
        m.recipient = m.code_address = token;
        m.input = data;
        m.is_static = is_static;
        return exec.execute(m);
    }
    U256 balance(const vm::Address& a) { return token_balance(state, token, a); }
};

TEST_F(TokenLedger, SeededHoldersAndUnlimitedAllowances) {
    EXPECT_EQ(balance(alice), initial_token_balance());
    const vm::Result supply = send(alice, call("totalSupply()", {}));
    ASSERT_TRUE(supply.success());
    EXPECT_EQ(vm::load_be(supply.output.data()), initial_token_balance() * U256{2});
    const vm::Result allowed =
        send(alice, call("allowance(address,address)", {alice.to_word(), vault.to_word()}));
    EXPECT_EQ(vm::load_be(allowed.output.data()), ~U256{});
}

TEST_F(TokenLedger, TransferMovesAndAShortBalanceReverts) {
    ASSERT_TRUE(send(alice, call("transfer(address,uint256)", {vault.to_word(), ether})).success());
    EXPECT_EQ(balance(vault), ether);
    EXPECT_EQ(balance(alice), initial_token_balance() - ether);
    const vm::Result r =
        send(vault, call("transfer(address,uint256)", {alice.to_word(), ether * U256{2}}));
    EXPECT_EQ(r.status, vm::Status::Revert);
    EXPECT_EQ(balance(vault), ether);
}

TEST_F(TokenLedger, TransferFromNeedsAnAllowanceAndSpendsAFiniteOne) {
    const vm::Address stranger = vm::Address::from_u64(0x5);
    const auto pull = [&](const vm::Address& by) {
        return send(by, call("transferFrom(address,address,uint256)",
                             {alice.to_word(), by.to_word(), ether}));
    };
    EXPECT_EQ(pull(stranger).status, vm::Status::Revert); // no allowance
    ASSERT_TRUE(
        send(alice, call("approve(address,uint256)", {stranger.to_word(), ether})).success());
    EXPECT_TRUE(pull(stranger).success());
    EXPECT_EQ(pull(stranger).status, vm::Status::Revert); // spent
    EXPECT_TRUE(pull(vault).success());                   // unlimited
    EXPECT_TRUE(pull(vault).success());
    EXPECT_EQ(balance(vault), ether * U256{2});
}

TEST_F(TokenLedger, HooksCallTheHookedSenderBeforeAndRecipientAfter) {
    const auto to_send =
        *selector_of(call("tokensToSend(address,address,address,uint256,bytes,bytes)", {}));
    const auto received =
        *selector_of(call("tokensReceived(address,address,address,uint256,bytes,bytes)", {}));
    ASSERT_TRUE(
        send(hooked, call("transfer(address,uint256)", {alice.to_word(), ether})).success());
    ASSERT_TRUE(
        send(alice, call("transfer(address,uint256)", {hooked.to_word(), ether})).success());
    EXPECT_EQ(hooks_seen, (std::vector<std::uint32_t>{to_send, received}));
}

TEST_F(TokenLedger, AStaticCallCannotMoveTokensAndUnknownSelectorsRevert) {
    EXPECT_EQ(send(alice, call("transfer(address,uint256)", {vault.to_word(), ether}), true).status,
              vm::Status::StaticViolation);
    EXPECT_EQ(send(alice, call("mint(uint256)", {ether})).status, vm::Status::Revert);
    EXPECT_EQ(send(alice, {}).status, vm::Status::Revert);
    EXPECT_EQ(balance(alice), initial_token_balance());
}

// ---- which untrusted addresses are tokens --------------------------------------------------

const char* vault_src = R"(pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}
interface IOracle { function price() external view returns (uint256); }
contract Vault {
    IERC20 public immutable token;
    IOracle public immutable oracle;
    mapping(address => uint256) public deposits;
    constructor(IERC20 t, IOracle o) { token = t; oracle = o; }
    function deposit(uint256 amount) external {
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        deposits[msg.sender] = deposits[msg.sender] + amount;
    }
    function withdraw() external {
        uint256 amount = deposits[msg.sender];
        require(amount > 0, "nothing");
        require(token.transfer(msg.sender, amount), "push");
        deposits[msg.sender] = 0;
    }
}
)";

TEST(TokenChoice, AParameterOfATokenInterfaceTypeIsAToken) {
    auto p = Program::from_sources({{"Vault.sol", vault_src}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Accounts a = Accounts::make(*p);
    ASSERT_EQ(a.untrusted.size(), 2u);
    ASSERT_EQ(a.tokens.size(), 1u);
    EXPECT_EQ(a.tokens[0], a.untrusted[0]); // the IERC20, not the oracle
    EXPECT_FALSE(a.adversary_controls(a.tokens[0].second));
    EXPECT_TRUE(a.adversary_controls(a.untrusted[1].second));
    EXPECT_EQ(a.token_names(), std::vector<std::string>{"untrusted1"});
    std::string error;
    EXPECT_FALSE(a.with_tokens({"nobody"}, &error));
    EXPECT_NE(error.find("tokens[0]: 'nobody'"), std::string::npos) << error;
    const auto none = a.with_tokens({}, &error);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->tokens.empty());
    EXPECT_TRUE(none->adversary_controls(a.untrusted[0].second));
}

TEST(TokenChoice, HonestUsersDepositTokensAndTheLedgerIsObserved) {
    auto p = Program::from_sources({{"Vault.sol", vault_src}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const std::uint64_t before = w.observer().hash(w.state());
    w.setup_honest();
    ASSERT_EQ(w.setup().size(), 2u); // bob and carol, each deposit(amount)
    EXPECT_EQ(w.setup()[0].call.signature, "deposit(uint256)");
    const vm::Address token = w.accounts().tokens[0].second;
    const vm::Address vault = w.accounts().contracts[0].second;
    EXPECT_EQ(token_balance(w.state(), token, vault), ether * U256{8}); // 5 + 3
    EXPECT_NE(w.observer().hash(w.state()), before);
    // A move in the ledger alone (no storage of the targets changes) changes the hash.
    const std::uint64_t after = w.observer().hash(w.state());
    w.state().sstore(token, token_balance_slot(w.accounts().deployer), U256{1});
    EXPECT_NE(w.observer().hash(w.state()), after);
}

// ---- witnesses -----------------------------------------------------------------------------

TEST(TokenWitness, TokensRoundTripAndOldWitnessesStillLoad) {
    Witness w;
    w.files = {"Vault.sol"};
    w.deployments = {{"Vault", {}, {}}};
    w.tokens = {"untrusted1"};
    std::string error;
    const auto back = witness_from_json(to_json(w), &error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(back->tokens, w.tokens);
    nlohmann::json old = to_json(w);
    old.erase("tokens");
    const auto loaded = witness_from_json(old, &error);
    ASSERT_TRUE(loaded) << error;
    EXPECT_TRUE(loaded->tokens.empty());
    EXPECT_FALSE(to_json(*loaded).contains("tokens")); // unchanged for token-free witnesses
    old["tokens"] = "untrusted1";
    EXPECT_FALSE(witness_from_json(old, &error));
    EXPECT_NE(error.find("tokens"), std::string::npos) << error;
}

TEST(TokenWitness, ReplayRejectsATokenThatIsNoUntrustedAddress) {
    auto p = Program::from_sources({{"Vault.sol", vault_src}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    Witness w;
    w.deployments = {{"Vault", {}, {}}};
    w.contract = "Vault";
    w.tokens = {"bob"};
    const ReplayResult r = replay(*p, w);
    EXPECT_FALSE(r.ran);
    EXPECT_NE(r.error.find("tokens[0]: 'bob'"), std::string::npos) << r.error;
}

// ---- whole analyses: value in tokens -------------------------------------------------------

AnalyzeOptions quick() {
    AnalyzeOptions o;
    o.explore.txs = 2;
    o.explore.depth = 2;
    o.explore.timeout_seconds = 20;
    return o;
}

TEST(TokenAnalysis, APayoutTwiceInTokensIsProfitWithTokenImpact) {
    auto p = Program::from_sources({{"Vault.sol", vault_src}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Report r = analyze(*p, quick());
    const Finding* profit = nullptr;
    for (const Finding& f : r.findings)
        if (f.check == CheckId::adversary_profit) profit = &f;
    ASSERT_NE(profit, nullptr);
    EXPECT_TRUE(profit->confirmed) << profit->message;
    ASSERT_TRUE(profit->witness);
    EXPECT_EQ(profit->witness->tokens, std::vector<std::string>{"untrusted1"});
    ASSERT_TRUE(profit->impact);
    EXPECT_TRUE(profit->impact->adversary_gain.is_zero()); // no ether moved
    ASSERT_EQ(profit->impact->tokens.size(), 1u);
    EXPECT_FALSE(profit->impact->tokens[0].adversary_gain.is_zero());
    EXPECT_EQ(profit->impact->tokens[0].honest_loss, profit->impact->tokens[0].adversary_gain);
    EXPECT_TRUE(replay(*p, *profit->witness).violated);
    // Without the token (an old witness), the same steps do not pay the adversary twice.
    Witness old = *profit->witness;
    old.tokens.clear();
    EXPECT_FALSE(replay(*p, old).violated);
}

// A re-entry that only costs the adversary its own tokens: close() pays out through the
// hooked token before it zeroes the account, and a top-up from the tokensReceived hook is
// wiped by that late write. No order of the same calls without re-entry costs it as much
// (after close, topUp has no account to top up), and no one else loses.
const char* self_harm_src = R"(pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}
contract TopUpBank {
    IERC20 public immutable token;
    mapping(address => uint256) public deposits;
    mapping(address => bool) public closed;
    constructor(IERC20 t) { token = t; }
    function deposit(uint256 amount) external {
        require(!closed[msg.sender], "closed");
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        deposits[msg.sender] += amount;
    }
    function topUp(uint256 amount) external {
        require(deposits[msg.sender] > 0, "no account");
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        deposits[msg.sender] += amount;
    }
    function close() external {
        require(!closed[msg.sender], "closed");
        closed[msg.sender] = true;
        uint256 amount = deposits[msg.sender];
        require(token.transfer(msg.sender, amount), "push");
        deposits[msg.sender] = 0;
    }
}
)";

TEST(TokenAnalysis, LosingOnlyItsOwnTokensIsSelfHarmAtInfo) {
    auto p = Program::from_sources({{"TopUpBank.sol", self_harm_src}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Report r = analyze(*p, quick());
    bool self_harm = false;
    for (const Finding& f : r.findings) {
        EXPECT_EQ(f.severity, Severity::info) << f.message;
        if (f.check == CheckId::reentrancy && f.message.find("self-harm") != std::string::npos) {
            self_harm = true;
            EXPECT_TRUE(f.confirmed) << f.message;
            ASSERT_TRUE(f.impact);
            ASSERT_EQ(f.impact->tokens.size(), 1u);
            EXPECT_FALSE(f.impact->tokens[0].adversary_loss.is_zero()) << f.message;
            EXPECT_TRUE(f.impact->tokens[0].honest_loss.is_zero());
        }
    }
    EXPECT_TRUE(self_harm);
}

} // namespace
} // namespace mallory::analyzer
