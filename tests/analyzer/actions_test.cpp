// The explorer's actions: argument domains with a correct ABI encoding for every parameter
// type, each value of each parameter covered, payable value variants.
#include "analyzer/actions.hpp"
#include "analyzer/explorer.hpp"
#include "analyzer/monitor.hpp"
#include "analyzer/world.hpp"
#include "chain/chain.hpp"
#include "lang/compile/layout.hpp"
#include "tests/analyzer/load_program.hpp"
#include "vm/keccak.hpp"

#include <algorithm>
#include <cstddef>
#include <gtest/gtest.h>
#include <set>

namespace mallory::analyzer {
namespace {

using vm::U256;

const check::FunctionInfo* function(const Program& p, const std::string& name) {
    for (const Target& t : p.targets())
        for (const check::FunctionInfo* f : t.info->external_functions)
            if (f->name == name) return f;
    return nullptr;
}

/// The first set-up transaction `sender` sent to `signature`; nullptr when it sent none.
const TxStep* set_up_call(const World& w, const std::string& sender, const std::string& signature) {
    const auto it = std::find_if(w.setup().begin(), w.setup().end(), [&](const TxStep& s) {
        return s.sender == sender && s.call.signature == signature;
    });
    return it == w.setup().end() ? nullptr : &*it;
}

/// How many set-up transactions `sender` sent to `signature`.
std::ptrdiff_t set_up_calls(const World& w, const std::string& sender,
                            const std::string& signature) {
    return std::count_if(w.setup().begin(), w.setup().end(), [&](const TxStep& s) {
        return s.sender == sender && s.call.signature == signature;
    });
}

TEST(EncodeArguments, StaticHeadsThenDynamicTailsWithOffsets) {
    // f(uint256, bytes, uint256[]) with 7, "mal!" (4 bytes) and [1]
    const std::vector<EncodedArg> args{
        EncodedArg{false, {U256{7}}},
        EncodedArg{true, {U256{4}, vm::shl(U256{0x6d616c21}, 224)}},
        EncodedArg{true, {U256{1}, U256{1}}},
    };
    const std::vector<U256> w = encode_arguments(args);
    ASSERT_EQ(w.size(), 7u);
    EXPECT_EQ(w[0], U256{7});
    EXPECT_EQ(w[1], U256{3 * 32}); // bytes after the three head words
    EXPECT_EQ(w[2], U256{5 * 32}); // the array after the bytes' two words
    EXPECT_EQ(w[3], U256{4});
    EXPECT_EQ(w[5], U256{1});
    EXPECT_EQ(w[6], U256{1});
}

TEST(ArgumentCandidates, DynamicTypesGetSmallValuesAndEmpty) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract A {
    struct S { uint256 a; uint256[] b; }
    function f(bytes memory b, string memory s, uint8[] memory xs, S memory st, uint256[2] memory fixedPair) external {}
})");
    const check::FunctionInfo* f = function(*p, "f");
    ASSERT_TRUE(f);
    Domains d;
    d.uints = {U256{5}, U256{300}, U256{0}};
    d.addresses = {U256{1}};
    const auto bytes = argument_candidates(*f->parameter_types[0], d, nullptr);
    // Empty, then three distinct names of one length (one per account: a registry takes
    // each name once).
    ASSERT_EQ(bytes.size(), 4u);
    EXPECT_TRUE(bytes[0].dynamic);
    EXPECT_EQ(bytes[0].words, std::vector<U256>{U256{}});
    for (std::size_t i = 1; i < 4; ++i)
        EXPECT_EQ(bytes[i].words[0], U256{4});
    EXPECT_NE(bytes[1].words[1], bytes[2].words[1]);
    EXPECT_NE(bytes[2].words[1], bytes[3].words[1]);
    EXPECT_NE(bytes[1].words[1], bytes[3].words[1]);
    // One element first (a batch refuses an empty list), none (a list of exceptions left
    // empty), two, then one element of each further value: [5], [], [5, 0], [0] (300 does not
    // fit a uint8).
    const auto xs = argument_candidates(*f->parameter_types[2], d, nullptr);
    ASSERT_EQ(xs.size(), 4u);
    EXPECT_EQ(xs[0].words, (std::vector<U256>{U256{1}, U256{5}}));
    EXPECT_EQ(xs[1].words, (std::vector<U256>{U256{}}));
    EXPECT_EQ(xs[2].words, (std::vector<U256>{U256{2}, U256{5}, U256{0}}));
    EXPECT_EQ(xs[3].words, (std::vector<U256>{U256{1}, U256{0}}));
    const auto st = argument_candidates(*f->parameter_types[3], d, nullptr);
    ASSERT_EQ(st.size(), 1u);
    EXPECT_TRUE(st[0].dynamic); // (uint256, uint256[]): a head word, an offset, then [5]
    EXPECT_EQ(st[0].words, (std::vector<U256>{U256{5}, U256{64}, U256{1}, U256{5}}));
    const auto pair = argument_candidates(*f->parameter_types[4], d, nullptr);
    ASSERT_EQ(pair.size(), 1u);
    EXPECT_FALSE(pair[0].dynamic);
    EXPECT_EQ(pair[0].words.size(), 2u);
}

TEST(ArgumentLists, ALengthTheBodyComparesComesFirst) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract A {
    function f(bytes calldata key, string calldata name) external {
        require(key.length == 48 && bytes(name).length > 20);
    }
})");
    const check::FunctionInfo* f = function(*p, "f");
    ASSERT_TRUE(f);
    Domains d;
    d.uints = {U256{1}};
    d.lengths[f] = {{48}, {21}};
    const auto lists = argument_lists(f, d, CallBudget{1, 1, false});
    ASSERT_EQ(lists.size(), 1u);
    // Heads (two offsets), then 48 bytes of "mal!" in two words, then 21 bytes in one.
    const std::vector<U256>& w = lists[0];
    ASSERT_EQ(w.size(), 2u + 3u + 2u);
    EXPECT_EQ(w[2], U256{48});
    EXPECT_EQ(w[5], U256{21});
    EXPECT_EQ(w[3].w[3], 0x6d616c216d616c21ULL); // "mal!mal!" in the top bytes
}

TEST(ArgumentCandidates, Bytes32TakesTheProgramsWordsAndNarrowerBytesDoNot) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract A {
    function f(bytes32 h, bytes4 tag) external {}
})");
    const check::FunctionInfo* f = function(*p, "f");
    ASSERT_TRUE(f);
    Domains d;
    d.words = {vm::keccak256_word(vm::BytesView{})};
    const auto h = argument_candidates(*f->parameter_types[0], d, nullptr);
    ASSERT_EQ(h.size(), 3u); // zero, a one byte, then the word
    EXPECT_EQ(h[2].words, d.words);
    EXPECT_EQ(argument_candidates(*f->parameter_types[1], d, nullptr).size(), 2u);
}

TEST(ArgumentCandidates, AHandleComesFirstCutToTheWidthOfTheBytes) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract A {
    function f(bytes32 h, bytes2 tag) external {}
})");
    const check::FunctionInfo* f = function(*p, "f");
    ASSERT_TRUE(f);
    Domains d;
    d.handles = {handle_of("carol")};
    const auto h = argument_candidates(*f->parameter_types[0], d, nullptr);
    ASSERT_EQ(h.size(), 3u); // the handle, then zero and a one byte
    EXPECT_EQ(h[0].words.front().w[3], 0x6361726f6c000000ULL); // "carol", left-aligned
    EXPECT_EQ(h[1].words.front(), vm::U256{});
    const auto tag = argument_candidates(*f->parameter_types[1], d, nullptr);
    EXPECT_EQ(tag[0].words.front().w[3], 0x6361000000000000ULL); // "ca": two bytes of it
    EXPECT_EQ(tag[0].words.front().w[0], 0u);
}

TEST(MakeDomains, ABytes32ParameterGetsTheHashAnotherFunctionComparesItWith) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Game {
    mapping(address => bytes32) public hashes;
    function commit(bytes32 h) external { hashes[msg.sender] = h; }
    function reveal(uint256 guess) external {
        require(hashes[msg.sender] != bytes32(0));
        require(keccak256(abi.encodePacked(guess, msg.sender)) == hashes[msg.sender]);
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const auto before = w.observer().hash(w.state());
    const Domains d = make_domains(*p, w, {});
    EXPECT_EQ(w.observer().hash(w.state()), before); // the probes are undone
    // The reveal after a commit of the first candidate compares the adversary's hash of the
    // first guess with it: that hash is a candidate of the commitment.
    const U256 guess = d.uints.front();
    vm::Bytes packed(64); // abi.encodePacked: the word, then the address's 20 bytes
    vm::store_be(packed.data(), guess);
    vm::store_be(packed.data() + 32, w.accounts().adversary.to_word());
    packed.erase(packed.begin() + 32, packed.begin() + 44);
    const U256 expected = vm::keccak256_word(packed);
    EXPECT_NE(std::find(d.words.begin(), d.words.end(), expected), d.words.end());
    const auto candidates =
        argument_candidates(*function(*p, "commit")->parameter_types[0], d, nullptr);
    EXPECT_NE(std::find(candidates.begin(), candidates.end(), EncodedArg{false, {expected}}),
              candidates.end());
}

TEST(MakeCalls, EveryValueOfEveryParameterIsCoveredAndFunctionsWithDynamicParamsAreCalled) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract A {
    function f(uint256 a, uint256 b) external {}
    function g(bytes memory data) external payable {}
    function v() external view returns (uint256) { return 1; }
})");
    Domains d;
    for (std::uint64_t i = 1; i <= 8; ++i)
        d.uints.push_back(U256{i});
    d.addresses = {U256{1}};
    d.values = {U256{}, U256{42}};
    const auto calls = make_calls(*p, d, CallBudget{2, 3, true}, U256{1000});
    std::set<U256> a_seen, b_seen;
    std::size_t g_calls = 0;
    bool g_with_42 = false;
    for (const CallSpec& c : calls) {
        EXPECT_NE(c.signature, "v()") << "view functions are not actions";
        if (c.signature == "f(uint256,uint256)") {
            a_seen.insert(c.args[0]);
            b_seen.insert(c.args[1]);
        }
        if (c.signature == "g(bytes)") {
            ++g_calls;
            g_with_42 |= c.value == U256{42};
        }
    }
    EXPECT_EQ(a_seen.size(), 8u);
    EXPECT_EQ(b_seen.size(), 8u);
    EXPECT_GE(g_calls, 3u); // two byte strings, then a value variant
    EXPECT_TRUE(g_with_42);
}

TEST(MakeCalls, APayableFunctionsFurtherArgumentListsAreAlsoCalledWithoutEther) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract A {
    function adjust(int256 delta) external payable {}
})");
    Domains d;
    d.ints = {U256{1}, U256{0}, ~U256{}, U256{7}, U256{9}};
    d.values = {U256{}};
    const auto calls = make_calls(*p, d, CallBudget{2, 3, true}, U256{1000});
    // The lists past the first three (which every value gets) are called with 1000 and 0.
    for (const U256& delta : {U256{7}, U256{9}}) {
        EXPECT_NE(
            std::find(calls.begin(), calls.end(), CallSpec{"A", "adjust(int256)", {delta}, U256{}}),
            calls.end());
        EXPECT_NE(std::find(calls.begin(), calls.end(),
                            CallSpec{"A", "adjust(int256)", {delta}, U256{1000}}),
                  calls.end());
    }
}

TEST(ArgumentLists, EveryCombinationOfKeysIsTriedWhateverTheBudget) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract A {
    mapping(uint256 => uint256[]) stages;
    function collect(uint256 job, uint8 stage, uint256 amount) external {
        stages[job][stage] = amount;
    }
})");
    const check::FunctionInfo* f = function(*p, "collect");
    ASSERT_TRUE(f);
    Domains d;
    d.uints = {U256{7}};
    d.keys = {U256{1}, U256{0}, U256{3}, U256{300}};
    d.roles[f] = {ParamRole::key, ParamRole::key, ParamRole::plain};
    const auto lists = argument_lists(f, d, CallBudget{1, 1, false});
    // The adversary's own job (3) at its first stage (0): both keys changed from the first
    // list (1, 1). A stage of 300 does not fit the uint8.
    const auto has = [&](std::uint64_t job, std::uint64_t stage) {
        return std::find(lists.begin(), lists.end(),
                         std::vector<U256>{U256{job}, U256{stage}, U256{7}}) != lists.end();
    };
    for (std::uint64_t job : {1, 0, 3, 300})
        for (std::uint64_t stage : {1, 0, 3})
            EXPECT_TRUE(has(job, stage)) << job << ", " << stage;
    EXPECT_FALSE(has(1, 300));
    EXPECT_FALSE(has(3, 300));
}

TEST(ArgumentLists, AmountsBoundedTogetherAlsoTakeOneValueTogether) {
    // `swap(out0, out1, to)` requires each output below its reserve: changing one at a time
    // from a first value above both never passes; one small amount in both does. The address
    // keeps its first value, and a list is not repeated.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Pair {
    uint256 public reserve0 = 10;
    uint256 public reserve1 = 10;
    function swap(uint256 out0, uint256 out1, address to) external {
        require(out0 < reserve0 && out1 < reserve1, "liquidity");
        reserve0 -= out0;
        reserve1 -= out1;
        require(to != address(0), "to");
    }
})");
    const check::FunctionInfo* f = function(*p, "swap");
    ASSERT_TRUE(f);
    Domains d;
    d.uints = {U256{100}, U256{5}, U256{0}};
    d.addresses = {U256{0xaa}, U256{0xbb}};
    const auto covered = argument_lists(f, d, CallBudget{1, 1, true});
    const auto has = [](const std::vector<std::vector<U256>>& lists, std::uint64_t a,
                        std::uint64_t b) {
        return std::find(lists.begin(), lists.end(),
                         std::vector<U256>{U256{a}, U256{b}, U256{0xaa}}) != lists.end();
    };
    EXPECT_TRUE(has(covered, 5, 5));
    EXPECT_TRUE(has(covered, 0, 0));
    EXPECT_TRUE(has(covered, 5, 100)); // the one-at-a-time cover is still there
    EXPECT_EQ(std::set<std::vector<U256>>(covered.begin(), covered.end()).size(), covered.size());
    // Without the cover (a re-entry's few calls) only the cross product's first list.
    const auto first = argument_lists(f, d, CallBudget{1, 1, false});
    EXPECT_FALSE(has(first, 5, 5));
}

TEST(MakeCalls, APaymentForEachItemOfAnArrayIsSentTheirSum) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract A {
    function open(address worker, uint256[] calldata amounts) external payable {}
    function tag(int256[] calldata deltas) external payable {}
})");
    Domains d;
    d.uints = {U256{5}, U256{2}};
    d.ints = {U256{5}};
    d.addresses = {U256{9}};
    d.values = {U256{}};
    const auto calls = make_calls(*p, d, CallBudget{1, 1, false, true}, U256{1000});
    // The first list is (9, [5]): also sent 5, the whole request's payment.
    const std::vector<U256> first{U256{9}, U256{64}, U256{1}, U256{5}};
    EXPECT_NE(std::find(calls.begin(), calls.end(),
                        CallSpec{"A", "open(address,uint256[])", first, U256{5}}),
              calls.end());
    // A signed array is no list of amounts.
    for (const CallSpec& c : calls) {
        if (c.signature == "tag(int256[])") {
            EXPECT_NE(c.value, U256{5});
        }
    }
}

TEST(MakeDomains, SignedEtherAmountsAndTheStakesHeldInArraysAreCandidates) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Bets {
    struct Bet { address maker; uint256 stake; }
    Bet[] public bets;
    function make() external payable { bets.push(Bet(msg.sender, msg.value)); }
    function adjust(int256 delta) external {}
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest(); // bob makes a 5 ether bet, carol a 3 ether one
    const Domains d = make_domains(*p, w, {});
    const U256 ether{1'000'000'000'000'000'000ULL};
    for (const U256& stake : {U256{5} * ether, U256{3} * ether})
        EXPECT_NE(std::find(d.values.begin(), d.values.end(), stake), d.values.end());
    for (const U256& delta : {ether, U256{} - ether})
        EXPECT_NE(std::find(d.ints.begin(), d.ints.end(), delta), d.ints.end());
}

TEST(WorldDeploy, APayableFallbackIsThePlainEntryAndTakesDeposits) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Bank {
    mapping(address => uint256) public balances;
    fallback() external payable { balances[msg.sender] += msg.value; }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const U256 ether{1'000'000'000'000'000'000ULL};
    // The fallback is the plain entry (a call without data), as `receive` would be: a
    // mutator, and where bob and carol deposit.
    const Target* bank = p->target("Bank");
    ASSERT_TRUE(bank);
    ASSERT_TRUE(plain_entry(*bank->info));
    EXPECT_EQ(call_signature(*plain_entry(*bank->info)), "");
    EXPECT_EQ(w.state().balance(w.accounts().address_of_contract("Bank")), U256{8} * ether);
    const auto ms = mutators(*p);
    EXPECT_TRUE(std::any_of(ms.begin(), ms.end(), [&](const auto& m) {
        return m.first == bank && m.second == plain_entry(*bank->info);
    }));
}

TEST(WorldDeploy, ADepositorNamesACounterpartyAndNoTokenWhenItsFirstValuesAreRefused) {
    // A channel's counterparty may not be its opener, and a token amount needs a token
    // contract: bob's first values (himself, himself as the token, the program's amount) are
    // refused. He opens a channel with carol and no token instead.
    auto p = load_program(R"(pragma solidity ^0.8.20;
interface IERC20 { function transferFrom(address, address, uint256) external returns (bool); }
contract Channels {
    struct Channel { address a; address b; uint256 ether_; }
    Channel[] public channels;
    uint256 public constant WINDOW = 3600;
    function open(address b, address token, uint256 tokens) external payable {
        require(b != msg.sender, "self");
        if (tokens > 0) require(IERC20(token).transferFrom(msg.sender, address(this), tokens));
        channels.push(Channel(msg.sender, b, msg.value));
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const U256 ether{1'000'000'000'000'000'000ULL};
    EXPECT_EQ(w.state().balance(w.accounts().address_of_contract("Channels")), U256{8} * ether);
    ASSERT_EQ(w.setup().size(), 2U);
    const auto& [bob, bob_address] = w.accounts().users[0];
    EXPECT_EQ(w.setup()[0].sender, bob);
    EXPECT_NE(w.setup()[0].call.args[0], bob_address.to_word()); // a counterparty
    EXPECT_EQ(w.setup()[0].call.args[2], U256{});                // no tokens
}

TEST(WorldDeploy, ACreatorRegistersWithoutAListenerWhenItsOwnAddressRefusesEveryTip) {
    // A tip needs a registered creator and notifies the creator's listener: bob registering
    // himself as his listener (an account without code) makes every tip fail, so he
    // registers with none, and then the tips are taken.
    auto p = load_program(R"(pragma solidity ^0.8.20;
interface IListener { function onTip(address from, uint256 amount) external; }
contract Board {
    mapping(address => bool) public registered;
    mapping(address => address) public listenerOf;
    mapping(address => uint256) public balanceOf;
    function register(address listener) external {
        registered[msg.sender] = true;
        listenerOf[msg.sender] = listener;
    }
    function tip(address creator) external payable {
        require(registered[creator], "unknown creator");
        balanceOf[creator] += msg.value;
        if (listenerOf[creator] != address(0)) IListener(listenerOf[creator]).onTip(msg.sender, msg.value);
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    ASSERT_GE(w.setup().size(), 2U);
    const auto& [bob, bob_address] = w.accounts().users[0];
    EXPECT_EQ(w.setup()[0].sender, bob);
    EXPECT_EQ(w.setup()[0].call.signature, "register(address)");
    EXPECT_EQ(w.setup()[0].call.args[0], U256{}); // no listener
    EXPECT_EQ(w.setup()[1].call.signature, "tip(address)");
    EXPECT_FALSE(w.state().balance(w.accounts().address_of_contract("Board")).is_zero());
}

TEST(WorldDeploy, TheDeployerEndowsATreasuryThatTakesDonationsAndSpendsItsBalance) {
    // Members lock ether for votes; grants come out of what the balance holds beyond the
    // locked ether, which only donations (plain transfers) bring. A vault whose balance is
    // only its ledger's gets nothing.
    const char* source = R"(pragma solidity ^0.8.20;
contract Fund {
    uint256 public totalLocked;
    mapping(address => uint256) public locked;
    receive() external payable {}
    function lock() external payable { locked[msg.sender] += msg.value; totalLocked += msg.value; }
    function grant(address payable to, uint256 amount) external {
        require(amount <= address(this).balance - totalLocked, "treasury");
        to.transfer(amount);
    }
}
contract Vault {
    mapping(address => uint256) public balances;
    receive() external payable {}
    function deposit() external payable { balances[msg.sender] += msg.value; }
})";
    const U256 ether{1'000'000'000'000'000'000ULL};
    for (const auto& [name, endowed] : {std::pair{"Fund", true}, std::pair{"Vault", false}}) {
        auto p = load_program(source);
        ASSERT_TRUE(p->select(name));
        World w(*p);
        ASSERT_TRUE(w.deploy(nullptr));
        w.setup_honest();
        const U256 held = w.state().balance(w.accounts().address_of_contract(name));
        EXPECT_EQ(held, U256{8} * ether + (endowed ? endowment : U256{})) << name;
        EXPECT_EQ(std::any_of(w.setup().begin(), w.setup().end(),
                              [](const TxStep& s) {
                                  return s.sender == deployer_name && s.call.signature.empty();
                              }),
                  endowed)
            << name;
    }
}

TEST(WorldDeploy, TheDeployerStocksAShopThatSellsOnlyTheTokensItHolds) {
    // The shop sells what it holds of the token beyond what it owes and forwards the ether to
    // its treasury account: the deployer, the token's minter, stocks it, and the treasury
    // parameter is not filled by the token, which takes no ether. The stock is kept only
    // because it let the honest purchases through: a token nobody reads is minted to nobody.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Token {
    address public minter = msg.sender;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    function mint(address to, uint256 amount) external { require(msg.sender == minter, "minter"); balanceOf[to] += amount; }
    function approve(address s, uint256 a) external returns (bool) { allowance[msg.sender][s] = a; return true; }
    function transfer(address to, uint256 a) external returns (bool) { balanceOf[msg.sender] -= a; balanceOf[to] += a; return true; }
    function transferFrom(address f, address to, uint256 a) external returns (bool) {
        allowance[f][msg.sender] -= a; balanceOf[f] -= a; balanceOf[to] += a; return true;
    }
}
contract Shop {
    Token public immutable token;
    address public immutable treasury;
    uint256 public owedTotal;
    mapping(address => uint256) public owed;
    constructor(Token t, address treasury_) { token = t; treasury = treasury_; }
    function buy() external payable {
        require(owedTotal + msg.value <= token.balanceOf(address(this)), "sold out");
        owedTotal += msg.value;
        owed[msg.sender] += msg.value;
        (bool ok, ) = treasury.call{value: msg.value}("");
        require(ok, "treasury");
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Accounts& a = w.accounts();
    const U256 shop = a.address_of_contract("Shop").to_word();
    ASSERT_EQ(w.deployments()[1].args.size(), 2u);
    EXPECT_NE(w.deployments()[1].args[1], a.address_of_contract("Token").to_word());
    w.setup_honest();
    const auto stocked = std::find_if(w.setup().begin(), w.setup().end(), [&](const TxStep& s) {
        return s.sender == deployer_name && s.call.signature == "mint(address,uint256)" &&
               s.call.args.front() == shop;
    });
    ASSERT_NE(stocked, w.setup().end());
    const auto bought = std::find_if(w.setup().begin(), w.setup().end(), [&](const TxStep& s) {
        return s.sender == a.users.front().first && s.call.signature == "buy()";
    });
    EXPECT_NE(bought, w.setup().end());
    EXPECT_LT(stocked, bought);
}

TEST(WorldDeploy, TheLastDepositorAlsoHoldsAPositionOfTheKindNobodyPaidInto) {
    // Every depositor provides capital (the first payable function); the last one also buys
    // a policy, at the premium its code computes from the coverage, for a term in range. The
    // donation entry (`receive`) and the payment that makes its payer the pool's manager are
    // no positions.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Pool {
    address public manager;
    uint256 public capital;
    uint256 public covered;
    mapping(address => uint256) public coverOf;
    receive() external payable {}
    function provideCapital() external payable { capital += msg.value; }
    function buyPolicy(uint256 coverage, uint256 duration) external payable {
        require(duration >= 1 days && duration <= 365 days, "term");
        require(coverage >= 1 ether, "minimum coverage");
        require(msg.value == coverage * 200 / 10000, "premium");
        covered += coverage;
        coverOf[msg.sender] += coverage;
    }
    function becomeManager() external payable { require(msg.value > 0); manager = msg.sender; }
    function setFee(uint256) external view { require(msg.sender == manager); }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const Accounts& a = w.accounts();
    ASSERT_GE(a.depositors, 2u);
    for (std::size_t ui = 0; ui < a.depositors; ++ui)
        EXPECT_EQ(set_up_calls(w, a.users[ui].first, "provideCapital()"), 1) << ui;
    EXPECT_EQ(set_up_calls(w, a.users[a.depositors - 1].first, "buyPolicy(uint256,uint256)"), 1);
    EXPECT_EQ(set_up_calls(w, a.users[0].first, "buyPolicy(uint256,uint256)"), 0);
    for (std::size_t ui = 0; ui < a.depositors; ++ui) {
        EXPECT_EQ(set_up_calls(w, a.users[ui].first, "becomeManager()"), 0) << ui;
        EXPECT_EQ(set_up_calls(w, a.users[ui].first, ""), 0) << ui;
    }
    const auto policy = std::find_if(w.setup().begin(), w.setup().end(), [](const TxStep& s) {
        return s.call.signature == "buyPolicy(uint256,uint256)";
    });
    ASSERT_NE(policy, w.setup().end());
    EXPECT_EQ(policy->call.value * U256{10000}, policy->call.args[0] * U256{200});
}

TEST(WorldDeploy, TheLastDepositorAlsoHoldsATokenPositionOfTheKindNobodyPaidInto) {
    // The pool takes a token nobody vouched for: every depositor provides capital in it, and
    // the last one also buys a policy, for a term the code accepts, whose premium is pulled.
    auto p = load_program(R"(pragma solidity ^0.8.20;
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}
contract Pool {
    IERC20 public immutable token;
    uint256 public capital;
    mapping(address => uint256) public coverOf;
    constructor(IERC20 t) { token = t; }
    function provideCapital(uint256 amount) external {
        require(token.transferFrom(msg.sender, address(this), amount));
        capital += amount;
    }
    function buyPolicy(uint256 coverage, uint256 duration) external {
        require(duration >= 1 days && duration <= 365 days, "term");
        coverOf[msg.sender] += coverage;
        require(token.transferFrom(msg.sender, address(this), coverage / 50));
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const Accounts& a = w.accounts();
    ASSERT_GE(a.depositors, 2u);
    for (std::size_t ui = 0; ui < a.depositors; ++ui)
        EXPECT_EQ(set_up_calls(w, a.users[ui].first, "provideCapital(uint256)"), 1) << ui;
    const TxStep* policy =
        set_up_call(w, a.users[a.depositors - 1].first, "buyPolicy(uint256,uint256)");
    ASSERT_NE(policy, nullptr);
    EXPECT_EQ(policy->call.args[1], U256{86400});
    EXPECT_EQ(set_up_calls(w, a.users[0].first, "buyPolicy(uint256,uint256)"), 0);
}

TEST(WorldDeploy, ACollectionThatMovesItemsOnlyInBatchesIsTheSystemsMultiToken) {
    // Some ERC-1155 collections have safeBatchTransferFrom alone: the depositors still forge
    // items, approve the vault for all and store them there.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Items {
    mapping(uint256 => mapping(address => uint256)) public balanceOf;
    mapping(address => mapping(address => bool)) public isApprovedForAll;
    function forge(uint256 id, uint256 amount) external { require(id < 4 && amount <= 20); balanceOf[id][msg.sender] += amount; }
    function setApprovalForAll(address o, bool ok) external { isApprovedForAll[msg.sender][o] = ok; }
    function safeBatchTransferFrom(address from, address to, uint256[] calldata ids, uint256[] calldata values, bytes calldata) external {
        require(from == msg.sender || isApprovedForAll[from][msg.sender], "not approved");
        for (uint256 i = 0; i < ids.length; i++) { balanceOf[ids[i]][from] -= values[i]; balanceOf[ids[i]][to] += values[i]; }
    }
}
contract Vault {
    Items public immutable items;
    mapping(address => mapping(uint256 => uint256)) public stored;
    constructor() { items = new Items(); }
    function store(uint256 id, uint256 amount) external {
        uint256[] memory ids = new uint256[](1);
        uint256[] memory values = new uint256[](1);
        ids[0] = id;
        values[0] = amount;
        items.safeBatchTransferFrom(msg.sender, address(this), ids, values, "");
        stored[msg.sender][id] += amount;
    }
})");
    ASSERT_TRUE(p->select("Vault"));
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const Accounts& a = w.accounts();
    for (std::size_t ui = 0; ui < a.depositors; ++ui) {
        const std::string& user = a.users[ui].first;
        EXPECT_NE(set_up_call(w, user, "store(uint256,uint256)"), nullptr) << user;
    }
}

TEST(WorldDeploy, DepositorsPassTheValuesTheCodeRequiresOfTheirArguments) {
    // A will must give its heir exactly 10000 basis points and wait at least thirty days.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Wills {
    uint256 public constant MIN_PERIOD = 30 days;
    mapping(address => uint256) public estate;
    function createWill(address heir, uint256 shareBps, uint256 period) external payable {
        require(heir != address(0) && shareBps == 10_000 && period >= MIN_PERIOD, "will");
        estate[msg.sender] += msg.value;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    ASSERT_EQ(w.setup().size(), 2U);
    EXPECT_EQ(w.setup()[0].call.args[1], U256{10000});
    EXPECT_EQ(w.setup()[0].call.args[2], U256{30 * 86400});
}

TEST(WorldDeploy, HoldersWrapEtherWhenTheSystemsTokenIsMintedByPayment) {
    // Nobody mints a wrapped-ether token: each holder, the adversary too, wraps its own ether,
    // and the depositors then pay half of what they hold into the vault.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Wrapped {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    function deposit() external payable { balanceOf[msg.sender] += msg.value; }
    function approve(address s, uint256 a) external returns (bool) { allowance[msg.sender][s] = a; return true; }
    function transfer(address to, uint256 a) external returns (bool) {
        balanceOf[msg.sender] -= a; balanceOf[to] += a; return true;
    }
    function transferFrom(address f, address to, uint256 a) external returns (bool) {
        allowance[f][msg.sender] -= a; balanceOf[f] -= a; balanceOf[to] += a; return true;
    }
}
contract Vault {
    Wrapped public immutable token;
    mapping(address => uint256) public deposited;
    constructor(address t) { token = Wrapped(t); }
    function deposit(uint256 a) external { token.transferFrom(msg.sender, address(this), a); deposited[msg.sender] += a; }
})");
    ASSERT_TRUE(p->select("Vault"));
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const U256 ether{1'000'000'000'000'000'000ULL};
    const auto holds = [&](const vm::Address& who) {
        const vm::Snapshot s = w.state().snapshot();
        const vm::Result r = w.run(
            TxStep{
                deployer_name, CallSpec{"Wrapped", "balanceOf(address)", {who.to_word()}, {}}, {}},
            w.deployments().size() + w.setup().size() + 1);
        w.state().revert_to(s);
        return r.output.size() == 32 ? vm::load_be(r.output.data()) : U256{};
    };
    EXPECT_EQ(holds(w.accounts().adversary), U256{100} * ether);
    EXPECT_FALSE(holds(w.accounts().address_of_contract("Vault")).is_zero());
    const auto wrapped = std::count_if(w.setup().begin(), w.setup().end(), [](const TxStep& s) {
        return s.call.contract == "Wrapped" && s.call.signature == "deposit()" &&
               !s.call.value.is_zero();
    });
    EXPECT_GE(wrapped, 3); // the honest users' (the adversary's own is its preparation)
}

TEST(WorldDeploy, DepositorsUseEachInstanceThatTakesTheirEther) {
    // A pool and the lender it creates: each depositor adds liquidity to the pool and also
    // supplies the lender (which holds what a read-only re-entry through the pool takes).
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Lender {
    mapping(address => uint256) public supplied;
    function repay() external payable { require(msg.value == 0, "no debt"); }
    function supply() external payable { supplied[msg.sender] += msg.value; }
}
contract Pool {
    Lender public immutable lender;
    mapping(address => uint256) public liquidity;
    constructor() { lender = new Lender(); }
    function add() external payable { liquidity[msg.sender] += msg.value; }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const auto paid = [&](const std::string& contract, const std::string& signature) {
        return std::count_if(w.setup().begin(), w.setup().end(), [&](const TxStep& s) {
            return s.call.contract == contract && s.call.signature == signature &&
                   !s.call.value.is_zero();
        });
    };
    EXPECT_EQ(paid("Pool", "add()"), 2);
    EXPECT_EQ(paid("Pool.lender", "supply()"), 2); // repay() refuses their ether
}

TEST(WorldDeploy, DepositorsStakeTheSharesTheirDepositsBought) {
    // The pool mints LP shares for ether and only the pool may mint: the depositors' shares
    // come from their deposits. They approve the farm and stake half (the tokens move to the
    // farm), rather than redeeming them (a burn also lowers their balance); the adversary
    // approves the farm before it holds any share.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Shares {
    address public immutable pool;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    constructor() { pool = msg.sender; }
    function mint(address to, uint256 v) external { require(msg.sender == pool); balanceOf[to] += v; }
    function burn(address from, uint256 v) external { require(msg.sender == pool); balanceOf[from] -= v; }
    function approve(address s, uint256 v) external returns (bool) { allowance[msg.sender][s] = v; return true; }
    function transfer(address to, uint256 v) external returns (bool) { balanceOf[msg.sender] -= v; balanceOf[to] += v; return true; }
    function transferFrom(address f, address to, uint256 v) external returns (bool) {
        allowance[f][msg.sender] -= v; balanceOf[f] -= v; balanceOf[to] += v; return true;
    }
}
contract Farm {
    Shares public immutable shares;
    mapping(address => uint256) public staked;
    constructor() { shares = new Shares(); }
    function addLiquidity() external payable { shares.mint(msg.sender, msg.value); }
    function removeLiquidity(uint256 v) external {
        shares.burn(msg.sender, v);
        (bool ok, ) = msg.sender.call{value: v}(""); require(ok);
    }
    function stake(uint256 v) external { shares.transferFrom(msg.sender, address(this), v); staked[msg.sender] += v; }
})");
    ASSERT_TRUE(p->select("Farm"));
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    EXPECT_EQ(set_up_calls(w, "bob", "stake(uint256)"), 1);
    EXPECT_EQ(set_up_calls(w, "carol", "stake(uint256)"), 1);
    EXPECT_EQ(set_up_calls(w, "bob", "removeLiquidity(uint256)"), 0);
    EXPECT_EQ(set_up_calls(w, adversary_name, "approve(address,uint256)"), 1);
    EXPECT_EQ(w.approved_without_limit(), (std::set<std::string>{"Farm.shares"}));
}

TEST(WorldDeploy, HoldersBuyAnItemAtThePriceTheSaleAsks) {
    // A collection sold at an odd price (`msg.value == PRICE`, 0.05 ether) refuses the whole
    // ether a holder first pays; the holder then pays the price the sale compared it with,
    // so the adversary holds an item to stake.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Pass {
    uint256 public constant PRICE = 0.05 ether;
    uint256 public next;
    mapping(uint256 => address) public ownerOf;
    mapping(address => uint256) public balanceOf;
    mapping(uint256 => address) public getApproved;
    function mint() external payable returns (uint256 id) {
        require(msg.value == PRICE, "wrong price");
        id = ++next; ownerOf[id] = msg.sender; balanceOf[msg.sender] += 1;
    }
    function approve(address to, uint256 id) external { require(ownerOf[id] == msg.sender); getApproved[id] = to; }
    function transferFrom(address f, address to, uint256 id) public {
        require(ownerOf[id] == f && (msg.sender == f || getApproved[id] == msg.sender));
        ownerOf[id] = to; balanceOf[f] -= 1; balanceOf[to] += 1; delete getApproved[id];
    }
    function safeTransferFrom(address f, address to, uint256 id) external { transferFrom(f, to, id); }
}
contract Staking {
    Pass public immutable pass;
    mapping(uint256 => address) public stakerOf;
    constructor() { pass = new Pass(); }
    function stake(uint256 id) external { pass.transferFrom(msg.sender, address(this), id); stakerOf[id] = msg.sender; }
})");
    ASSERT_TRUE(p->select("Staking"));
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const U256 price{50'000'000'000'000'000ULL};
    const auto bought = std::count_if(w.setup().begin(), w.setup().end(), [&](const TxStep& s) {
        return s.call.contract == "Staking.pass" && s.call.signature == "mint()" &&
               s.call.value == price;
    });
    EXPECT_GE(bought, 3); // the honest users and the adversary
    ASSERT_EQ(w.adversary_items().size(), 1u);
}

TEST(WorldDeploy, ADepositorsAmountMayHaveToEqualItsPayment) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Exact {
    mapping(address => uint256) public held;
    function put(uint256 amount) external payable {
        require(msg.value == amount && amount > 1 ether);
        held[msg.sender] += amount;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const Accounts& a = w.accounts();
    const U256 ether{1'000'000'000'000'000'000ULL};
    // No candidate of the first pass equals the payment; the second pays `put(5 ether)`.
    const auto held = w.state().peek_storage(
        a.address_of_contract("Exact"),
        lang::codegen::mapping_entry_slot(U256{0}, a.users.front().second.to_word()));
    EXPECT_EQ(held, U256{5} * ether);
}

TEST(MintsSupply, ParametersTheConstructorMakesASupplyOf) {
    EXPECT_TRUE(mints_supply("totalSupply = supply; balanceOf[msg.sender] = supply;", "supply"));
    EXPECT_TRUE(mints_supply("_totalSupply=initial * 10**decimals;", "initial"));
    EXPECT_TRUE(mints_supply("balances[msg.sender] += amount;", "amount"));
    EXPECT_TRUE(mints_supply("_mint(msg.sender, initialSupply * 1e18);", "initialSupply"));
    EXPECT_TRUE(mints_supply("_mint(owner_, $s);", "$s"));
    // Compared, not created; another name that contains it; a member of something else.
    EXPECT_FALSE(mints_supply("require(totalSupply == cap);", "cap"));
    EXPECT_FALSE(mints_supply("totalSupply = supplyCap;", "supply"));
    EXPECT_FALSE(mints_supply("totalSupply = config.supply;", "supply"));
    EXPECT_FALSE(mints_supply("fee = supply; balanceOf[owner] = 1;", "supply"));
    EXPECT_FALSE(mints_supply("duration = d;", "d"));
}

TEST(ShareBound, ParametersCheckedAgainstAWhole) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Shares { uint256 constant MAX_PCT = 100; uint256 constant CAP = 10 ** 24; }
)");
    ASSERT_TRUE(p);
    EXPECT_EQ(share_bound(*p, "require(_refundBps <= 10000, \"bad bps\");", "_refundBps"),
              U256{10000});
    EXPECT_EQ(share_bound(*p, "require(fee < 1_000 && x > 0);", "fee"), U256{1000});
    EXPECT_EQ(share_bound(*p, "if (pct > MAX_PCT) revert TooHigh();", "pct"), U256{100});
    EXPECT_EQ(share_bound(*p, "require(100 >= cut);", "cut"), U256{100});
    // A cap on an amount, another parameter, an expression, a name that contains it, one.
    EXPECT_EQ(share_bound(*p, "require(supply <= CAP);", "supply"), std::nullopt);
    EXPECT_EQ(share_bound(*p, "require(supply <= 10000000000);", "supply"), std::nullopt);
    EXPECT_EQ(share_bound(*p, "require(lo <= hi);", "lo"), std::nullopt);
    EXPECT_EQ(share_bound(*p, "require(bps <= 100 * scale);", "bps"), std::nullopt);
    EXPECT_EQ(share_bound(*p, "require(maxBps <= 10000);", "bps"), std::nullopt);
    EXPECT_EQ(share_bound(*p, "require(flag <= 1);", "flag"), std::nullopt);
}

TEST(CapsAPayment, AVariableBoundingEtherPaidOrReceived) {
    const std::string desk = R"(
function sellShares(uint256 shares) external {
    uint256 paid = quote(shares);
    require(paid <= maxPerTrade && paid <= address(this).balance, "too large");
    (bool ok, ) = msg.sender.call{ value: paid }("");
})";
    EXPECT_TRUE(caps_a_payment(desk, "maxPerTrade"));
    EXPECT_TRUE(caps_a_payment("require(msg.value <= maxBuy);", "maxBuy"));
    EXPECT_TRUE(caps_a_payment("if (limit < msg . value) revert TooMuch();", "limit"));
    EXPECT_TRUE(caps_a_payment("if (msg.value > limit) revert TooMuch();", "limit"));
    EXPECT_TRUE(caps_a_payment(
        "uint256 out = f(x); require(cap >= out); to.call{value: out}(\"\");", "cap"));
    // A lower bound (a goal, a minimum), a count never paid, a cap of another name.
    EXPECT_FALSE(
        caps_a_payment("require(raised >= goal); owner.call{value: raised}(\"\");", "goal"));
    EXPECT_FALSE(caps_a_payment("require(msg.value >= minDeposit);", "minDeposit"));
    EXPECT_FALSE(caps_a_payment("require(sold + n <= cap); sold += n;", "cap"));
    EXPECT_FALSE(caps_a_payment(desk, "maxPerTradeBps"));
}

TEST(MeetsClock, ParametersAddedToOrComparedWithTheClock) {
    EXPECT_TRUE(meets_clock("endAt = block.timestamp + duration;", "duration"));
    EXPECT_TRUE(meets_clock("require(block.timestamp >= start + lock);", "lock"));
    EXPECT_TRUE(meets_clock("require(deadline > block.timestamp, \"late\");", "deadline"));
    EXPECT_TRUE(meets_clock("if (block . number < until) revert();", "until"));
    EXPECT_TRUE(meets_clock("t = block.timestamp + $d;", "$d"));
    // Narrowed clocks (a packed `uint32 endAt`) and converted parameters.
    EXPECT_TRUE(meets_clock("endAt: uint32(block.timestamp) + duration,", "duration"));
    EXPECT_TRUE(meets_clock("end = block.timestamp + uint256(period);", "period"));
    EXPECT_TRUE(meets_clock("require(uint64(lock) < uint64( block.number ));", "lock"));
    EXPECT_FALSE(meets_clock("balances[msg.sender] += amount; t = block.timestamp;", "amount"));
    EXPECT_FALSE(meets_clock("endAt = block.timestamp + durations;", "duration"));
    EXPECT_FALSE(meets_clock("x = y + duration;", "duration"));
    // Added to a time the body set from the clock.
    EXPECT_TRUE(meets_clock("commitEnd = block.timestamp + commitTime; revealEnd = commitEnd + "
                            "revealTime;",
                            "revealTime"));
    EXPECT_TRUE(meets_clock("start = block.timestamp; end = cliff + start;", "cliff"));
    EXPECT_FALSE(meets_clock("start = block.timestamp; total = startAmount + amount;", "amount"));
    EXPECT_FALSE(meets_clock("require(end >= block.timestamp); x = end + amount;", "amount"));
}

TEST(AccruesPerTime, ARateMultipliedByAnElapsedTime) {
    // MasterChef: the time since the last update, through a local and a copy.
    EXPECT_TRUE(accrues_per_time("uint256 t = block.timestamp < endTime ? block.timestamp : "
                                 "endTime; lastRewardTime = t; uint256 reward = (t - "
                                 "lastRewardTime) * rewardPerSecond;",
                                 "rewardPerSecond"));
    // Synthetix: a function that returns the clock, one level of nested parentheses.
    EXPECT_TRUE(accrues_per_time(
        "function lastTimeRewardApplicable() public view returns (uint256) { return "
        "block.timestamp < periodFinish ? block.timestamp : periodFinish; } x = rewardRate * "
        "(lastTimeRewardApplicable() - lastUpdateTime); lastUpdateTime = "
        "lastTimeRewardApplicable();",
        "rewardRate"));
    // An elapsed time set from the clock, and the clock itself.
    EXPECT_TRUE(accrues_per_time("uint256 elapsed = block.timestamp - start; owed = elapsed * "
                                 "pricePerSecond;",
                                 "pricePerSecond"));
    EXPECT_TRUE(
        accrues_per_time("owed = ratePerBlock * (block.number - lastBlock);", "ratePerBlock"));
    // An amount is not a rate: a product set from the clock is not a time, a difference of
    // amounts is not an elapsed time, a longer name is another name.
    EXPECT_FALSE(accrues_per_time("uint256 reward = (block.timestamp - last) * rate; fee = "
                                  "reward * feeBps;",
                                  "feeBps"));
    EXPECT_FALSE(accrues_per_time("owed = (total - paid) * share; t = block.timestamp;", "share"));
    EXPECT_FALSE(accrues_per_time("owed = (block.timestamp - last) * rates;", "rate"));
    EXPECT_FALSE(accrues_per_time("x = amount * price; start = block.timestamp;", "price"));
}

TEST(CountsTimeUnits, ADurationWrittenAsACountOfAUnit) {
    EXPECT_TRUE(
        counts_time_units("due = block.timestamp + deliveryDays * 1 days;", "deliveryDays"));
    EXPECT_TRUE(counts_time_units("end = block.timestamp + 2 hours * n;", "n"));
    EXPECT_TRUE(counts_time_units("lock = weeks_*7 days;", "weeks_"));
    EXPECT_FALSE(counts_time_units("end = block.timestamp + duration;", "duration"));
    EXPECT_FALSE(counts_time_units("end = block.timestamp + n * PERIOD;", "n"));
    EXPECT_FALSE(counts_time_units("x = 1 days * nn;", "n"));
}

TEST(CountsTimeUnits, ACountOfAUnitTheProgramNames) {
    const std::vector<std::string> units{"DAY", "WEEK"};
    EXPECT_TRUE(counts_time_units("end = block.timestamp + n * DAY;", "n", units));
    EXPECT_TRUE(counts_time_units("end = block.timestamp + WEEK * weeks_;", "weeks_", units));
    EXPECT_FALSE(counts_time_units("end = block.timestamp + n * DAYS_LEFT;", "n", units));
    EXPECT_FALSE(counts_time_units("end = block.timestamp + MY_DAY * n;", "n", units));
    EXPECT_FALSE(counts_time_units("end = block.timestamp + n * PERIOD;", "n", units));
}

TEST(CountsTimeUnits, TheConstantsWrittenInATimeUnit) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Rental {
    uint256 public constant DAY = 1 days;
    uint256 constant WEEK = 7 * DAY;
    uint256 public constant FEE = 1 ether;
    uint256 public constant GRACE = 12 hours;
    uint256 public end;
    function rent(uint256 n) external { require(n <= 90); end = block.timestamp + n * DAY; }
})");
    ASSERT_TRUE(p->select("Rental"));
    EXPECT_EQ(time_unit_constants(*p), (std::vector<std::string>{"DAY", "GRACE"}));
}

TEST(ComparedLengths, LengthsOfBytesStringsAndArraysThatPassTheBodysComparisons) {
    using V = std::vector<std::size_t>;
    EXPECT_EQ(compared_lengths("require(pubkey.length == 48, \"key\");", "pubkey"), (V{48}));
    EXPECT_EQ(
        compared_lengths("require(bytes(name).length >= 5 && bytes(name).length <= 20);", "name"),
        (V{5, 20}));
    // In an `if` that reverts, the call passes where the comparison fails.
    EXPECT_EQ(compared_lengths("if (32 != sig.length) revert();", "sig"), (V{32}));
    EXPECT_EQ(
        compared_lengths("if (data.length == 0 || data.length > 64) { revert Bad(); }", "data"),
        (V{1, 64}));
    EXPECT_EQ(compared_lengths("require(ids.length > 0 && ids.length<=MAX_BATCH);", "ids",
                               {{"MAX_BATCH", 8}}),
              (V{1, 8}));
    EXPECT_EQ(compared_lengths("require(10 > data.length);", "data"), (V{9}));
    // Not this parameter's length, an unknown bound, one too large to generate, or none.
    EXPECT_TRUE(compared_lengths("require(o.name.length == 5);", "name").empty());
    EXPECT_TRUE(compared_lengths("require(names.length == 5);", "name").empty());
    EXPECT_TRUE(compared_lengths("require(name.length == LIMIT);", "name").empty());
    EXPECT_TRUE(compared_lengths("require(ids.length == amounts.length);", "ids").empty());
    EXPECT_TRUE(compared_lengths("require(data.length < 100000);", "data").empty());
    EXPECT_TRUE(compared_lengths("require(data.length < 0);", "data").empty());
}

TEST(ComparedValues, ValuesOfAParameterThatPassTheBodysComparisons) {
    using V = std::vector<U256>;
    EXPECT_EQ(compared_values("require(shareBps == 10_000, \"bps\");", "shareBps"),
              (V{U256{10000}}));
    EXPECT_EQ(compared_values("require(period >= MIN_PERIOD && period <= 365 days);", "period",
                              {{"MIN_PERIOD", U256{2592000}}}),
              (V{U256{2592000}}));
    // In an `if` that reverts, the call passes where the comparison fails: above 2 ether.
    EXPECT_EQ(compared_values("if (2 ether >= amount || amount == 0) revert();", "amount"),
              (V{U256{2'000'000'000'000'000'001ULL}}));
    EXPECT_TRUE(compared_values("if (duration == 0 || duration > MAX) revert Invalid();",
                                "duration", {{"MAX", U256{1209600}}})
                    .empty());
    // Not an `if` that reverts: read as written.
    EXPECT_EQ(compared_values("if (amount == 5) { paid = true; }", "amount"), (V{U256{5}}));
    EXPECT_EQ(compared_values("if ((x)) { y = 1; } require(amount == 7);", "amount"), (V{U256{7}}));
    EXPECT_EQ(compared_values("require(7 days < delay);", "delay"), (V{U256{604801}}));
    // Bounds the usual domains meet: upper ones, and lower ones of 0 or 1.
    EXPECT_TRUE(
        compared_values("require(amount > 0 && amount <= MAX);", "amount", {{"MAX", U256{100}}})
            .empty());
    EXPECT_TRUE(compared_values("require(10 > n && n >= 1);", "n").empty());
    // Not this parameter (a member, an element, a longer name, a length), an unknown bound,
    // a bound that is an expression's first operand only, nothing below zero.
    EXPECT_TRUE(compared_values("require(o.amount == 5);", "amount").empty());
    EXPECT_TRUE(
        compared_values("require(amounts[0] == 5 && amounts.length == 2);", "amounts").empty());
    EXPECT_TRUE(compared_values("require(amountOut == 5);", "amount").empty());
    EXPECT_TRUE(compared_values("require(amount == LIMIT);", "amount").empty());
    EXPECT_TRUE(compared_values("require(amount <= cfg.max);", "amount").empty());
    EXPECT_TRUE(compared_values("require(amount < 0);", "amount").empty());
}

TEST(MustBeNonzero, ParametersTheBodyRefusesAtZero) {
    EXPECT_TRUE(must_be_nonzero("require(amount > 0, \"zero\");", "amount"));
    EXPECT_TRUE(must_be_nonzero("require(0 != n);", "n"));
    EXPECT_TRUE(must_be_nonzero("require(count >= 1 && count <= 10);", "count"));
    EXPECT_TRUE(
        must_be_nonzero("if (price == 0 || tickets == 0 || duration > MAX) revert InvalidParams();",
                        "price", {{"MAX", U256{100}}}));
    EXPECT_TRUE(
        must_be_nonzero("if (price == 0 || tickets == 0 || duration > MAX) revert InvalidParams();",
                        "tickets", {{"MAX", U256{100}}}));
    EXPECT_TRUE(must_be_nonzero("if (goal == 0) { revert(\"no goal\"); }", "goal"));
    // Zero passes: an upper bound, a bound above 1, a condition that does not revert, another
    // name.
    EXPECT_FALSE(
        must_be_nonzero("if (price == 0 || tickets == 0 || duration > MAX) revert InvalidParams();",
                        "duration", {{"MAX", U256{100}}}));
    EXPECT_FALSE(must_be_nonzero("require(amount <= 10);", "amount"));
    EXPECT_FALSE(must_be_nonzero("require(fee == 0 || fee >= 5);", "fee"));
    EXPECT_FALSE(must_be_nonzero("if (amount == 0) { return; }", "amount"));
    EXPECT_FALSE(must_be_nonzero("require(amounts > 0);", "amount"));
}

TEST(MeetsPayment, ParametersComparedWithTheEtherSent) {
    EXPECT_TRUE(meets_payment("require(msg.value == amount, \"value\");", "amount"));
    EXPECT_TRUE(meets_payment("if (amount != msg . value) revert();", "amount"));
    EXPECT_TRUE(meets_payment("require(msg.value >= $p);", "$p"));
    EXPECT_FALSE(meets_payment("require(msg.value == amounts);", "amount"));
    EXPECT_FALSE(meets_payment("require(msg.value == o.amount);", "amount") &&
                 meets_payment("require(o.amount == msg.value);", "amount"));
    EXPECT_FALSE(meets_payment("balances[msg.sender] += amount;", "amount"));
}

TEST(MakeCalls, ThePaymentIsTheAmountBesideTheLiteralThatNamesEther) {
    // `deposit(ETH, amount)` with `msg.value == amount`: the sentinel literal is an address
    // candidate, and the payment is named as the amount beside it.
    auto p = load_program(R"(pragma solidity ^0.8.20;
interface IERC20 { function transferFrom(address f, address t, uint256 a) external returns (bool); }
contract Vault {
    address public constant ETH = 0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE;
    mapping(address => mapping(address => uint256)) public balances;
    function deposit(address token, uint256 amount) external payable {
        if (token == ETH) require(msg.value == amount, "value");
        else require(IERC20(token).transferFrom(msg.sender, address(this), amount), "tf");
        balances[token][msg.sender] += amount;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Domains d = make_domains(*p, w, {});
    U256 eth{}; // 0xEeee…EEeE: twenty bytes of 0xEE
    for (int i = 0; i < 20; ++i)
        eth = vm::shl(eth, 8) + U256{0xEE};
    EXPECT_NE(std::find(d.addresses.begin(), d.addresses.end(), eth), d.addresses.end());
    bool named = false;
    for (const CallSpec& c : make_calls(*p, d, CallBudget{3, 27, true}, one_ether))
        named |= c.args == std::vector<U256>{eth, one_ether} && c.value == one_ether;
    EXPECT_TRUE(named);
}

TEST(MakeDomains, ThePriceAPayableFunctionAsksIsAValue) {
    // `msg.value == DEPOSIT + n * FEE` is no constant of the program: paying one ether and
    // logging the comparison finds it, for the adversary and for the honest users.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Rental {
    uint256 public constant DEPOSIT = 1 ether;
    uint256 public constant FEE = 0.01 ether;
    mapping(address => uint256) public booked;
    mapping(address => uint256) public until;
    function book() external payable {
        require(msg.value == 3 * FEE, "value");
        booked[msg.sender] += msg.value;
    }
    function rent(uint256 numDays) external payable {
        require(numDays > 0 && numDays <= 30, "days");
        require(msg.value == DEPOSIT + numDays * FEE, "value");
        until[msg.sender] = block.timestamp + numDays * 1 days;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const Domains d = make_domains(*p, w, {});
    const U256 fee{10'000'000'000'000'000ULL};
    EXPECT_NE(std::find(d.values.begin(), d.values.end(), fee * U256{3}), d.values.end());
    // The adversary's count of days is one (a unit: rent(1) costs DEPOSIT + FEE).
    EXPECT_NE(std::find(d.values.begin(), d.values.end(), one_ether + fee), d.values.end());
    // An honest user books at the asked price.
    const auto held = w.state().peek_storage(
        w.accounts().address_of_contract("Rental"),
        lang::codegen::mapping_entry_slot(U256{0}, w.accounts().users.front().second.to_word()));
    EXPECT_EQ(held, fee * U256{3});
}

TEST(IsAssignedWhole, AnAddressKeptAsASettingAndNotInARecord) {
    EXPECT_TRUE(is_assigned_whole("require(msg.sender == owner); treasury = to;", "to"));
    EXPECT_TRUE(is_assigned_whole("cfg.feeTo = $to ;", "$to"));
    EXPECT_TRUE(is_assigned_whole("slots[i] = who;", "who"));
    // Kept in a record, used, or only a prefix of another name: the call serves the account.
    EXPECT_FALSE(is_assigned_whole("payments.push(Payment(to, amount, eta, false));", "to"));
    EXPECT_FALSE(is_assigned_whole("owed[who] += amount;", "who"));
    EXPECT_FALSE(is_assigned_whole("treasury = toAll;", "to"));
    EXPECT_FALSE(is_assigned_whole("ok = to == owner;", "to"));
    // A field of an element, directly or through a storage pointer: a record.
    EXPECT_FALSE(is_assigned_whole("bounties[id].hunter = hunter;", "hunter"));
    EXPECT_FALSE(
        is_assigned_whole("Bounty storage b = bounties[id]; b.hunter = hunter;", "hunter"));
    EXPECT_TRUE(is_assigned_whole("Bounty storage b = bounties[id]; winner = hunter;", "hunter"));
}

TEST(IsKey, ParametersThatIndexAMappingOrAnArray) {
    EXPECT_TRUE(is_key("Campaign storage c = campaigns[id];", "id"));
    EXPECT_TRUE(is_key("pledged[ id ][msg.sender] += msg.value;", "id"));
    EXPECT_TRUE(is_key("x = owners[tokens[i]][ tokenId ];", "tokenId"));
    EXPECT_FALSE(is_key("balances[msg.sender] += id;", "id"));
    EXPECT_FALSE(is_key("uint[] memory a = new uint[](n);", "n"));
    EXPECT_FALSE(is_key("x = m[ids];", "id"));
}

TEST(Moments, ParametersComparedAloneWithTheClockOrWithAMoment) {
    using V = std::vector<bool>;
    EXPECT_EQ(moments("if (startTime < block.timestamp || stopTime <= startTime) revert Bad();",
                      {"recipient", "startTime", "stopTime"}),
              (V{false, true, true}));
    EXPECT_EQ(moments("require(deadline >= block.timestamp, \"EXPIRED\");", {"deadline"}), V{true});
    EXPECT_EQ(moments("require(block.timestamp < uint256(end));", {"end"}), V{true});
    EXPECT_EQ(moments("require(end <= block.timestamp + MAX_SPAN);", {"end"}), V{true});
    // A stop compared with its start, whichever is named first.
    EXPECT_EQ(
        moments("require(start > block.timestamp); require(start < finish);", {"finish", "start"}),
        (V{true, true}));
    // Durations: added to the clock, or to a stored time compared with it.
    EXPECT_EQ(moments("endAt = block.timestamp + duration;", {"duration"}), V{false});
    EXPECT_EQ(moments("require(block.timestamp >= start + lock);", {"lock"}), V{false});
    EXPECT_EQ(moments("require(lock + start <= block.timestamp);", {"lock"}), V{false});
    EXPECT_EQ(moments("require(block.timestamp > t + 1 days);", {"t"}), V{false});
    // Compared with something that is not a moment.
    EXPECT_EQ(moments("require(amount <= cap);", {"amount", "cap"}), (V{false, false}));
}

TEST(ClockParameters, ParametersACallPassesTheClock) {
    using S = std::vector<std::string>;
    const std::string vesting = R"(
        function vestedAmount(address beneficiary, uint64 timestamp) public view returns (uint256) {
            if (timestamp < start) return 0;
        }
        function releasable(address b) public view returns (uint256) {
            return vestedAmount(b, uint64(block.timestamp)) - released[b];
        })";
    EXPECT_EQ(clock_parameters(vesting), S{"timestamp"});
    // The argument's position picks the parameter, an overload by its arity.
    EXPECT_EQ(clock_parameters("function at(uint t, uint x) {} function at(uint y) {} "
                               "function g() { at(block.number, 5); }"),
              S{"t"});
    // Not the clock: nothing.
    EXPECT_EQ(clock_parameters("function f(uint t) {} function g() { f(now_); }"), S{});
    // An unnamed parameter has no name to give.
    EXPECT_EQ(clock_parameters("function f(uint) {} function g() { f(block.timestamp); }"), S{});
}

TEST(StoredNames, PlainVariablesAParameterIsStoredIn) {
    using S = std::vector<std::string>;
    EXPECT_EQ(stored_names("token = t; start = _start; duration = uint64(_duration);", "_start"),
              S{"start"});
    EXPECT_EQ(stored_names("duration = uint64(_duration);", "_duration"), S{"duration"});
    // An element or a member is not a plain variable; a comparison is not a store.
    EXPECT_EQ(stored_names("s.start = _start; list[0] = _start; ok = x == _start;", "_start"), S{});
}

TEST(KeepsClockBefore, DeadlinesTheClockMustStayBefore) {
    EXPECT_TRUE(keeps_clock_before("require(block.timestamp < deadline, \"closed\");", "deadline"));
    EXPECT_TRUE(keeps_clock_before("require(uint64(end) >= block.timestamp);", "end"));
    EXPECT_TRUE(keeps_clock_before("if (block.timestamp >= end) revert Ended();", "end"));
    EXPECT_TRUE(keeps_clock_before("if (end <= t) { revert Ended(); }", "end", {"t"}));
    // A start: the clock must be past it.
    EXPECT_FALSE(keeps_clock_before("require(block.timestamp >= start);", "start"));
    EXPECT_FALSE(keeps_clock_before("if (timestamp < start) return 0;", "start", {"timestamp"}));
    EXPECT_FALSE(keeps_clock_before("require(block.timestamp < endTime);", "end"));
}

TEST(StoredTimeRoles, AConstructorsTimesAsTheContractUsesThem) {
    const std::string contract = R"(
        function vestedAmount(address b, uint64 timestamp) public view returns (uint256) {
            if (timestamp < start) return 0;
            if (timestamp >= start + duration) return total;
            return total * (timestamp - start) / duration;
        }
        function releasable(address b) public view returns (uint256) {
            return vestedAmount(b, uint64(block.timestamp));
        }
        function deposit() external { require(block.timestamp < deadline); })";
    const StoredTimeRoles r =
        stored_time_roles("token = t; start = s; duration = d; deadline = e; cap = c;", contract,
                          {"t", "s", "d", "e", "c"});
    using V = std::vector<bool>;
    EXPECT_EQ(r.moment, (V{false, false, false, true, false}));
    EXPECT_EQ(r.started, (V{false, true, false, false, false}));
    EXPECT_EQ(r.duration, (V{false, false, true, false, false}));
}

TEST(StoredMembers, FieldsAParameterIsStoredIn) {
    using S = std::vector<std::string>;
    const std::vector<StructFields> grant{{"Grant", {"total", "released", "start", "cliff"}}};
    // By position in the struct's constructor, converted or not.
    EXPECT_EQ(stored_members("grants[m] = Grant(total, 0, uint64(block.timestamp), uint64(c));",
                             "c", grant),
              S{"cliff"});
    // By name, and by member assignment.
    EXPECT_EQ(stored_members("g = Grant({total: t, released: 0, start: 1, cliff: c});", "c", grant),
              S{"cliff"});
    EXPECT_EQ(stored_members("grants[m].cliff = c; g.start = uint64(c);", "c", grant),
              (S{"cliff", "start"}));
    // A computation or another struct's constructor stores nothing of it.
    EXPECT_EQ(stored_members("grants[m] = Grant(total, 0, c + 1, 0);", "c", grant), S{});
    EXPECT_EQ(stored_members("o = Other(1, 2, 3, c);", "c", grant), S{});
    EXPECT_EQ(stored_members("ok = g.cliff == c;", "c", grant), S{});
}

TEST(StoredTimeRoles, AFunctionsTimesKeptInStructFields) {
    // A vesting grant: the cliff and the duration are added to the start and compared with
    // the clock through the fields of the record the grant is kept in.
    const std::string contract = R"(
        function vestedAmount(address m) public view returns (uint256) {
            Grant memory g = grants[m];
            if (block.timestamp < g.start + g.cliff) return 0;
            if (block.timestamp >= g.start + g.duration) return g.total;
            return (g.total * (block.timestamp - g.start)) / g.duration;
        }
        function close(uint256 id) external { require(block.timestamp < offers[id].expiry); })";
    const std::vector<StructFields> structs{
        {"Grant", {"total", "released", "start", "cliff", "duration"}},
        {"Offer", {"price", "expiry"}}};
    const StoredTimeRoles r =
        stored_time_roles("grants[m] = Grant(total, 0, uint64(block.timestamp), cliff, duration); "
                          "offers[n] = Offer({price: p, expiry: e});",
                          contract, {"m", "total", "cliff", "duration", "p", "e"}, structs);
    using V = std::vector<bool>;
    EXPECT_EQ(r.duration, (V{false, false, true, true, false, false}));
    EXPECT_EQ(r.moment, (V{false, false, false, false, false, true}));
    // Without the struct's fields the parameters are amounts as before.
    const StoredTimeRoles none =
        stored_time_roles("grants[m] = Grant(total, 0, uint64(block.timestamp), cliff, duration);",
                          contract, {"m", "total", "cliff", "duration"});
    EXPECT_EQ(none.duration, (V{false, false, false, false}));
}

TEST(MakeDomains, AGrantsCliffAndDurationKeptInAStructStartAtADay) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Vesting {
    struct Grant { uint256 total; uint64 start; uint64 cliff; uint64 duration; }
    address public immutable owner = msg.sender;
    mapping(address => Grant) public grants;
    function addGrant(address member, uint256 total, uint64 cliff, uint64 duration) external {
        require(msg.sender == owner);
        grants[member] = Grant(total, uint64(block.timestamp), cliff, duration);
    }
    function vested(address m) public view returns (uint256) {
        Grant memory g = grants[m];
        if (block.timestamp < g.start + g.cliff) return 0;
        if (block.timestamp >= g.start + g.duration) return g.total;
        return g.total * (block.timestamp - g.start) / g.duration;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Domains d = make_domains(*p, w, {});
    const auto& fs = p->targets().front().info->external_functions;
    const auto it = std::find_if(
        fs.begin(), fs.end(), [](const check::FunctionInfo* f) { return f->name == "addGrant"; });
    ASSERT_NE(it, fs.end());
    const check::FunctionInfo* add = *it;
    const auto roles = d.roles.find(add);
    ASSERT_NE(roles, d.roles.end());
    EXPECT_EQ(roles->second, (std::vector<ParamRole>{ParamRole::key, ParamRole::plain,
                                                     ParamRole::clock, ParamRole::clock}));
    const std::vector<U256> first = argument_lists(add, d, CallBudget{}).front();
    ASSERT_EQ(first.size(), 4u);
    EXPECT_EQ(first[2], d.duration);
    EXPECT_EQ(first[3], d.duration);
}

TEST(HonestPayments, TheAdversaryPaysWhatAnHonestUserPaidAtAPriceAsked) {
    // An honest user lists an item and another buys it at its price (the set-up's payment
    // into the listing it opened): the adversary repeats the purchase, with its own address
    // where the buyer's stood.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Market {
    struct Listing { address seller; uint256 price; }
    Listing[] public listings;
    mapping(address => uint256) public bought;
    function list(uint256 price) external {
        require(price > 0);
        listings.push(Listing(msg.sender, price));
    }
    function buy(uint256 id, address to) external payable {
        require(msg.value == listings[id].price, "pay the price");
        bought[to] += msg.value;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const Accounts& a = w.accounts();
    std::vector<CallSpec> expected;
    for (const TxStep& s : w.setup())
        if (!s.call.value.is_zero()) {
            ASSERT_EQ(s.call.args.size(), 2u);
            expected.push_back(CallSpec{"Market",
                                        "buy(uint256,address)",
                                        {s.call.args[0], a.adversary.to_word()},
                                        s.call.value});
        }
    ASSERT_FALSE(expected.empty()) << "the set-up bought nothing";
    const std::vector<CallSpec> paid = honest_payments(w);
    ASSERT_FALSE(paid.empty());
    for (const CallSpec& c : paid)
        EXPECT_NE(std::find(expected.begin(), expected.end(), c), expected.end());
}

TEST(HonestPayments, APaymentOfAnyAmountIsNotRepeated) {
    // A pledge of any amount: the adversary's own amounts already pay into it.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Pot {
    mapping(address => uint256) public pledged;
    function pledge() external payable { pledged[msg.sender] += msg.value; }
    function take() external {
        uint256 x = pledged[msg.sender];
        pledged[msg.sender] = 0;
        payable(msg.sender).transfer(x);
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    ASSERT_TRUE(std::any_of(w.setup().begin(), w.setup().end(),
                            [](const TxStep& s) { return !s.call.value.is_zero(); }));
    EXPECT_TRUE(honest_payments(w).empty());
}

TEST(MakeCalls, MomentParametersLieAheadOfTheSearchADayApartInOrder) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Streams {
    uint64 public start;
    uint64 public stop;
    function create(address to, uint64 startTime, uint64 stopTime) external payable {
        if (startTime < block.timestamp || stopTime <= startTime) revert();
        require(to != msg.sender);
        start = startTime;
        stop = stopTime;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Domains d = make_domains(*p, w, {});
    ASSERT_EQ(d.roles.size(), 1u);
    EXPECT_EQ(d.roles.begin()->second,
              (std::vector<ParamRole>{ParamRole::plain, ParamRole::moment, ParamRole::moment}));
    EXPECT_GE(d.now, chain::GenesisConfig{}.timestamp);
    const auto lists = argument_lists(d.roles.begin()->first, d, CallBudget{});
    ASSERT_FALSE(lists.empty());
    EXPECT_EQ(lists.front()[1], moment_value(d.now, 0));
    EXPECT_EQ(lists.front()[2], moment_value(d.now, 1));
    EXPECT_EQ(moment_value(d.now, 1) - moment_value(d.now, 0), U256{86'400});
}

TEST(TimedFirstArguments, ADurationIsADayAMomentLiesAheadAndTheIdStays) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Lots {
    mapping(uint256 => uint256) public ends;
    mapping(uint256 => uint256) public opens;
    function list(uint256 itemId, uint64 biddingTime) external {
        ends[itemId] = block.timestamp + biddingTime;
    }
    function schedule(uint256 itemId, uint256 startsAt, uint8 weeks_) external {
        require(startsAt >= block.timestamp);
        opens[itemId] = startsAt;
        ends[itemId] = startsAt + weeks_ * 1 weeks;
    }
})");
    Domains d;
    d.uints = {U256{7}};
    d.duration = first_duration;
    d.now = 1'000'000;
    // The item's id stays first; the duration is a day, not 7 seconds.
    EXPECT_EQ(first_arguments(*function(*p, "list"), d), (std::vector<U256>{U256{7}, U256{7}}));
    EXPECT_EQ(timed_first_arguments(*p, *function(*p, "list"), d),
              (std::vector<U256>{U256{7}, first_duration}));
    // A moment lies a day ahead; a count of weeks is one.
    EXPECT_EQ(timed_first_arguments(*p, *function(*p, "schedule"), d),
              (std::vector<U256>{U256{7}, moment_value(1'000'000, 0), U256{1}}));
}

TEST(LargestFactor, TheConstantsAParameterIsMultipliedBy) {
    const std::map<std::string, U256> named{{"SCALE", U256{1000}}};
    EXPECT_EQ(largest_factor("cliff = cliffDays * 86400;", "cliffDays", named), U256{86'400});
    EXPECT_EQ(largest_factor("x = 2 * n + SCALE * n;", "n", named), U256{1000});
    EXPECT_EQ(largest_factor("d = days_ * 1 days;", "days_", named), U256{86'400});
    EXPECT_EQ(largest_factor("x = n * price;", "n", named), U256{1}); // not a constant
    EXPECT_EQ(largest_factor("x = nn * 5 + n.length * 7;", "n", named), U256{1});
}

TEST(MakeCalls, ANarrowParameterScaledByAConstantTriesFittingValuesFirst) {
    // `uint64 cliffDays * 86400` panics for an ether-sized count: the first argument list
    // holds values whose product fits 64 bits, in both parameters.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Vesting {
    uint64 public cliff;
    uint64 public duration;
    function create(uint64 cliffDays, uint64 durationDays) external payable {
        cliff = cliffDays * 86400;
        duration = durationDays * 86400;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Domains d = make_domains(*p, w, {});
    ASSERT_EQ(d.factors.size(), 1u);
    const check::FunctionInfo* f = d.factors.begin()->first;
    EXPECT_EQ(d.factors.begin()->second, (std::vector<U256>{U256{86'400}, U256{86'400}}));
    const auto lists = argument_lists(f, d, CallBudget{});
    ASSERT_FALSE(lists.empty());
    const U256 fits = vm::udiv(vm::low_mask(64), U256{86'400});
    for (const U256& v : lists.front())
        EXPECT_FALSE(fits < v) << vm::to_dec(v);
}

TEST(WorldDeploy, AConstructorMomentLiesAheadOfTheDeployment) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Sale {
    uint256 public opens;
    uint256 public closes;
    constructor(uint256 openAt, uint256 closeAt) {
        require(openAt >= block.timestamp && closeAt > openAt, "schedule");
        opens = openAt;
        closes = closeAt;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const std::uint64_t genesis = chain::GenesisConfig{}.timestamp;
    EXPECT_EQ(w.deployments()[0].args,
              (std::vector<U256>{moment_value(genesis, 0), moment_value(genesis, 1)}));
}

TEST(RecordsPerSender, ARecordPerObjectAndSenderIsAVoteThatCountsOncePerAccount) {
    EXPECT_TRUE(records_per_sender(
        "if (voted[id][msg.sender]) revert(); voted[id][msg.sender] = true;", "id"));
    EXPECT_TRUE(records_per_sender("confirmations[ msg . sender ][ txId ] = true;", "txId"));
    EXPECT_FALSE(records_per_sender("pledged[id][msg.sender] += msg.value;", "id"));
    EXPECT_FALSE(records_per_sender("if (hasVoted[id][msg.sender]) revert();", "id"));
    EXPECT_FALSE(records_per_sender("voted[id][msg.sender] = trueish;", "id"));
    EXPECT_FALSE(records_per_sender("balances[msg.sender] = true;", "id"));
    EXPECT_FALSE(records_per_sender("hasVoted[ids][msg.sender] = true;", "id"));
}

TEST(MarksTheSender, AFlagPerSenderIsAStepEachAccountTakesOnce) {
    EXPECT_TRUE(marks_the_sender("require(!ready[msg.sender]); ready[msg.sender] = true;"));
    EXPECT_TRUE(marks_the_sender("hasPaid[currentRound][ msg . sender ] = true;"));
    EXPECT_TRUE(marks_the_sender("signed[msg.sender][digest] = true;"));
    EXPECT_FALSE(marks_the_sender("if (ready[msg.sender]) revert();"));
    EXPECT_FALSE(marks_the_sender("ready[msg.sender] = trueish;"));
    EXPECT_FALSE(marks_the_sender("paid[msg.sender] += msg.value;"));
    EXPECT_FALSE(marks_the_sender("ready[owner] = true;"));
}

TEST(RefusesTheCallerAsParty, AnInequalityWithTheSenderForbidsSelfDealing) {
    EXPECT_TRUE(refuses_the_caller_as_party("require(worker != msg.sender, \"self\");"));
    EXPECT_TRUE(refuses_the_caller_as_party("require(msg . sender != l.seller);"));
    EXPECT_FALSE(refuses_the_caller_as_party("require(msg.sender == owner);"));
    EXPECT_FALSE(refuses_the_caller_as_party("require(to != msg.senderOfRecord);"));
    EXPECT_FALSE(refuses_the_caller_as_party("require(to != address(0));"));
    EXPECT_TRUE(refuses_the_caller_as_party("if (l.seller == msg.sender) revert OwnListing();"));
    EXPECT_FALSE(refuses_the_caller_as_party("if (msg.sender != owner) revert NotOwner();"));
    EXPECT_FALSE(refuses_the_caller_as_party(
        "if (from != msg.sender && !isApprovedForAll[from][msg.sender]) revert NotAuthorized();"));
}

TEST(MakeCalls, AClockParameterStartsAtTheDurationSoOthersMeetADeadline) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Fund {
    uint256 public goal;
    uint256 public endAt;
    function launch(uint256 target, uint256 duration) external {
        goal = target;
        endAt = block.timestamp + duration;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Domains d = make_domains(*p, w, {});
    ASSERT_EQ(d.roles.size(), 1u);
    EXPECT_EQ(d.roles.begin()->second,
              (std::vector<ParamRole>{ParamRole::plain, ParamRole::clock}));
    // Every target value is tried with the day as the duration (cover mode keeps the other
    // parameters at their first value).
    const auto calls = make_calls(*p, d, CallBudget{2, 3, true}, U256{});
    std::set<U256> targets_with_a_day;
    for (const CallSpec& c : calls)
        if (c.args.size() == 2 && c.args[1] == d.duration) targets_with_a_day.insert(c.args[0]);
    EXPECT_TRUE(targets_with_a_day.contains(~U256{})) << "a goal no deposit reaches";
    EXPECT_GE(targets_with_a_day.size(), 4u);
}

TEST(MakeCalls, AnIdParameterTakesTheIdsAfterTheHonestUsersObjectsWhateverTheBudget) {
    // The honest users' deposits create objects 0 and 1: the adversary's is 2 (a 0-based
    // counter) or 3 (1-based), and the owner must approve that id even with its narrow budget.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Escrow {
    address public owner = msg.sender;
    uint256[] public amounts;
    mapping(uint256 => bool) public approved;
    function fund() external payable { amounts.push(msg.value); }
    function approve(uint256 id) external {
        require(msg.sender == owner, "owner");
        approved[id] = true;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    ASSERT_EQ(w.setup().size(), 2u) << "two honest deposits";
    const Domains d = make_domains(*p, w, {});
    EXPECT_EQ(d.keys, (std::vector<U256>{U256{1}, U256{0}, U256{2}, U256{3}}));
    std::set<U256> ids;
    for (const CallSpec& c : make_calls(*p, d, CallBudget{1, 1, false}, U256{}))
        if (c.signature == "approve(uint256)") ids.insert(c.args.at(0));
    EXPECT_EQ(ids, (std::set<U256>{U256{0}, U256{1}, U256{2}, U256{3}}));
}

TEST(MakeDomains, AHonestUserCreatesWhatItPaysForAndTheNextIdComesFirst) {
    // No bid is accepted before an auction exists: each honest user lists one (ids 0 and 1)
    // and bids on it. The adversary's auction is then id 2: the keys are the next ids.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract House {
    struct Lot { address seller; uint256 bid; }
    Lot[] public lots;
    function list() external returns (uint256) {
        lots.push(Lot(msg.sender, 0));
        return lots.length - 1;
    }
    function bid(uint256 id) external payable {
        require(id < lots.length && msg.value > lots[id].bid, "bid");
        lots[id].bid = msg.value;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    ASSERT_EQ(w.setup().size(), 4u) << "each user lists, then bids";
    EXPECT_EQ(w.setup()[0].call.signature, "list()");
    EXPECT_EQ(w.setup()[1].call.signature, "bid(uint256)");
    EXPECT_EQ(w.setup()[1].call.args, (std::vector<U256>{U256{0}}));
    EXPECT_EQ(w.setup()[3].call.args, (std::vector<U256>{U256{1}}));
    EXPECT_EQ(w.created_ids(), (std::vector<U256>{U256{0}, U256{1}}));
    const Domains d = make_domains(*p, w, {});
    EXPECT_EQ(d.keys, (std::vector<U256>{U256{2}, U256{3}}));
}

// A payee fixed at deployment that nobody vouched for is the adversary's stand-in: the calls
// that serve an account (`release(payee)`) must be able to name it.
TEST(Domains, AddressesHoldTheAdversarysStandIns) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Split {
    address public immutable payee;
    constructor(address a) { payee = a; }
    function release(address to) external { require(to == payee, "payee"); }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    ASSERT_EQ(w.accounts().untrusted.size(), 1u);
    const Domains d = make_domains(*p, w, {});
    EXPECT_NE(std::find(d.addresses.begin(), d.addresses.end(),
                        w.accounts().untrusted.front().second.to_word()),
              d.addresses.end());
}

// The accomplice is the adversary's own second contract: it answers like the attack
// contract, its holdings are the adversary's, and the exit probes cash in what it is owed
// (re-entries name it: Deepening.AReentryParksTheCreditWithTheAccomplice).
TEST(Domains, TheAccompliceIsTheAdversarysOwnSecondContract) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Bank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function move(address to, uint256 amount) external {
        balances[msg.sender] -= amount;
        balances[to] += amount;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Accounts& a = w.accounts();
    EXPECT_NE(a.accomplice, a.adversary);
    EXPECT_TRUE(a.adversary_controls(a.accomplice));
    EXPECT_EQ(a.name_of(a.accomplice), accomplice_name);
    EXPECT_EQ(a.address_of_account(accomplice_name), a.accomplice);
    const auto accounts = adversary_accounts(a);
    EXPECT_NE(std::find(accounts.begin(), accounts.end(), a.accomplice), accounts.end());
    bool probed = false;
    for (const TxStep& s : exit_probes(*p, a, {one_ether}))
        probed |= s.sender == accomplice_name && s.call.signature == "move(address,uint256)" &&
                  s.call.args.front() == a.accomplice.to_word();
    EXPECT_TRUE(probed);
}

TEST(Domains, HoldProgramConstantsBoundariesAndEveryInstance) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Helper { function h() external {} }
contract A {
    uint256 public constant PRICE = 0.05 ether;
    Helper public immutable helper;
    constructor(Helper h) { helper = h; }
    function buy() external payable { require(msg.value == PRICE, "price"); }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Domains d = make_domains(*p, w, {});
    const U256 price{50'000'000'000'000'000ULL};
    EXPECT_NE(std::find(d.uints.begin(), d.uints.end(), price), d.uints.end());
    EXPECT_NE(std::find(d.values.begin(), d.values.end(), price), d.values.end());
    EXPECT_NE(std::find(d.uints.begin(), d.uints.end(), ~U256{}), d.uints.end());
    // A price the adversary asks (its listing) is one an honest buyer pays.
    EXPECT_NE(std::find(d.uints.begin(), d.uints.end(), honest_payment), d.uints.end());
    for (const auto& [name, addr] : w.accounts().contracts)
        EXPECT_NE(std::find(d.addresses.begin(), d.addresses.end(), addr.to_word()),
                  d.addresses.end())
            << name;
}

} // namespace
} // namespace mallory::analyzer

namespace mallory::analyzer {
namespace {

TEST(MakeCalls, PayableValuesAreTriedWithSmallCountsToo) {
    // `msg.value == n * PRICE` passes with n = 1 and the price: the value domain is tried
    // with the first argument lists, not only with the first (1 ether, for n).
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Sale {
    uint256 public constant PRICE = 0.1 ether;
    uint256 public sold;
    function buy(uint256 n) external payable {
        require(msg.value == n * PRICE, "price");
        sold += n;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Domains d = make_domains(*p, w, {});
    bool exact = false;
    for (const CallSpec& c : make_calls(*p, d, CallBudget{6, 8, true}, U256{1}))
        exact |=
            c.args == std::vector<U256>{U256{1}} && c.value == U256{100'000'000'000'000'000ULL};
    EXPECT_TRUE(exact);
}

TEST(MakeCalls, AStoredUnitPriceBuysSmallQuantitiesWithinALimit) {
    // The price is immutable (no constant names it) and a wallet holds at most 20 units: the
    // price asked of the first list (40 units: 400 wei) gives the unit price, 10, at which
    // the value domain's smaller payments buy quantities the limit lets through.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Sale {
    uint256 public immutable price;
    uint256 public constant MAX_PER_WALLET = 20;
    uint256 public total;
    mapping(address => uint256) public requested;
    constructor(uint256 price_) { price = price_; }
    function commit(uint256 quantity) external payable {
        if (quantity == 0 || msg.value != quantity * price) revert();
        if (requested[msg.sender] + quantity > MAX_PER_WALLET) revert();
        requested[msg.sender] += quantity;
        total += quantity;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const Domains d = make_domains(*p, w, {});
    ASSERT_EQ(d.unit_prices.size(), 1u);
    EXPECT_EQ(d.unit_prices.begin()->second,
              (std::vector<std::pair<std::size_t, U256>>{{0, U256{10}}}));
    bool within_limit = false;
    for (const CallSpec& c : make_calls(*p, d, CallBudget{2, 4, true}, U256{}))
        within_limit |= c.args.size() == 1 && c.args[0] <= U256{20} && !c.args[0].is_zero() &&
                        c.value == c.args[0] * U256{10};
    EXPECT_TRUE(within_limit);
}

TEST(WorldDeploy, AConstructorDurationAgainstTheClockIsADay) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Auction {
    uint256 public end;
    constructor(uint256 biddingTime) { end = block.timestamp + biddingTime; }
    function bid() external payable { require(block.timestamp <= end, "ended"); }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    ASSERT_EQ(w.deployments().size(), 1u);
    EXPECT_EQ(w.deployments()[0].args, std::vector<U256>{U256{86'400}});
}

TEST(WorldDeploy, ConstructorListsAreEncodedWithTheAdversaryAndAnHonestUser) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Splitter {
    uint256 public total;
    constructor(address[] memory payees, uint256[] memory shares, string memory name) {
        require(payees.length == shares.length && payees.length > 0, "lists");
        for (uint256 i = 0; i < shares.length; i++) total += shares[i];
        require(bytes(name).length == 0, "name");
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    ASSERT_EQ(w.deployments().size(), 1u);
    const Accounts& a = w.accounts();
    // Heads (three offsets), then [adversary, bob], [10, 4] and the empty string.
    const std::vector<U256> expected{U256{96},
                                     U256{192},
                                     U256{288},
                                     U256{2},
                                     a.adversary.to_word(),
                                     a.users.front().second.to_word(),
                                     U256{2},
                                     U256{10},
                                     U256{4},
                                     U256{0}};
    EXPECT_EQ(w.deployments()[0].args, expected);
    EXPECT_EQ(describe_ctor_args(*p, a, w.deployments()[0]), "[mallory, bob], [10, 4], \"\"");
}

TEST(WorldDeploy, AListOfPayeesIsNotFilledByAContractThatTakesNoEther) {
    // The splitter pays each listed payee: the points ledger, which has no payable receive,
    // would refuse every payment, so the list's first account is the adversary, as for a
    // system with no other contract.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Points {
    mapping(address => uint256) public balanceOf;
    function earn() external { balanceOf[msg.sender] += 1; }
}
contract Splitter {
    address[] public payees;
    constructor(address[] memory payees_) { payees = payees_; }
    receive() external payable {}
    function release() external {
        uint256 share = address(this).balance / payees.length;
        for (uint256 i = 0; i < payees.length; i++) payable(payees[i]).transfer(share);
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Accounts& a = w.accounts();
    ASSERT_EQ(w.deployments().size(), 2u);
    const std::vector<U256>& args = w.deployments()[1].args;
    ASSERT_GE(args.size(), 3u); // the offset, the length, the first payee
    EXPECT_NE(args[2], a.address_of_contract("Points").to_word());
    EXPECT_EQ(args[2], a.adversary.to_word());
}

TEST(WorldDeploy, TheDeployerHandsALedgerToTheBankThatCallsItsGuardedFunctions) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Ledger {
    address public owner = msg.sender;
    uint256 public fee;
    mapping(address => uint256) public balanceOf;
    function setOwner(address o) external { require(msg.sender == owner, "owner"); owner = o; }
    function setFee(uint256 f) external { require(msg.sender == owner, "owner"); fee = f; }
    function credit(address who, uint256 amount) external {
        require(msg.sender == owner, "owner");
        balanceOf[who] += amount;
    }
}
contract Bank {
    Ledger public immutable ledger;
    constructor(Ledger l) { ledger = l; }
    function deposit() external payable { ledger.credit(msg.sender, msg.value); }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const Accounts& a = w.accounts();
    ASSERT_GE(w.setup().size(), 2u);
    // The one-address setter that writes what `credit` checks, with the bank; no other call.
    EXPECT_EQ(w.setup()[0].sender, deployer_name);
    EXPECT_EQ(w.setup()[0].call.contract, "Ledger");
    EXPECT_EQ(w.setup()[0].call.signature, "setOwner(address)");
    EXPECT_EQ(w.setup()[0].call.args, std::vector<U256>{a.address_of_contract("Bank").to_word()});
    // Then the honest users' deposits go through the bank.
    EXPECT_EQ(w.setup()[1].sender, a.users.front().first);
    EXPECT_EQ(w.setup()[1].call.signature, "deposit()");
    for (const TxStep& s : w.setup())
        EXPECT_NE(s.call.signature, "setFee(uint256)");
}

TEST(WorldDeploy, AWiringThatClosesAPaymentIsLeftToTheOwnerOfTheSequences) {
    // Naming the successor ends the first book's savings: wired at set-up, no saving (the
    // adversary's included) could precede it, and the hand-over could never move one.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Book {
    address public owner = msg.sender;
    address public successor;
    mapping(address => uint256) public saved;
    function setSuccessor(address s) external { require(msg.sender == owner, "owner"); successor = s; }
    function save() external payable { require(successor == address(0), "closed"); saved[msg.sender] += msg.value; }
    function handOver(address who) external returns (uint256 amount) {
        require(msg.sender == successor, "successor");
        amount = saved[who];
        saved[who] = 0;
    }
}
contract BookV2 {
    Book public immutable previous;
    mapping(address => uint256) public saved;
    constructor(Book b) { previous = b; }
    function takeOver() external { saved[msg.sender] += previous.handOver(msg.sender); }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    ASSERT_FALSE(w.setup().empty());
    for (const TxStep& s : w.setup())
        EXPECT_NE(s.call.signature, "setSuccessor(address)");
    // The honest users save in the first book, which still takes savings.
    EXPECT_EQ(w.setup()[0].sender, w.accounts().users.front().first);
    EXPECT_EQ(w.setup()[0].call.contract, "Book");
    EXPECT_EQ(w.setup()[0].call.signature, "save()");
}

TEST(WorldDeploy, TheLatecomerPaysNothingInDuringSetUpButHoldsFundsLikeTheDepositors) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Sale {
    address[] public contributors;
    function contribute() external payable { contributors.push(msg.sender); }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const Accounts& a = w.accounts();
    ASSERT_EQ(a.depositors, 2u);
    ASSERT_EQ(a.users.size(), 3u);
    EXPECT_EQ(a.users.back().first, latecomer_name);
    // Only the depositors pay in: the latecomer can come after the adversary in a list.
    ASSERT_EQ(w.setup().size(), 2u);
    for (const TxStep& s : w.setup())
        EXPECT_NE(s.sender, latecomer_name);
    EXPECT_EQ(w.state().balance(a.users.back().second),
              w.state().balance(a.users.front().second) + U256{5'000'000'000'000'000'000ULL});
    EXPECT_EQ(a.name_of(a.users.back().second), latecomer_name);
}

TEST(QuantitiesBought, EachPriceThatDividesThePaymentOnceAndNeverZero) {
    const U256 milli{1'000'000'000'000'000ULL};
    const U256 five_ether = U256{5} * milli * U256{1000};
    // 1 and 0 are no prices; 3 does not divide 5 ether; 2.5 ether and 1e15 do, 5000 once.
    const std::vector<U256> prices{U256{1}, U256{}, milli, U256{3}, U256{5} * milli * U256{500},
                                   milli};
    EXPECT_EQ(quantities_bought(five_ether, prices), (std::vector<U256>{U256{5000}, U256{2}}));
    // A payment smaller than every price buys nothing.
    EXPECT_TRUE(quantities_bought(U256{999}, {milli}).empty());
}

TEST(WorldDeploy, DepositorsBuyAtTheProgramsPriceWhenNoPaymentFitsTheFirstArguments) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Sale {
    uint256 public constant PRICE = 1e15;
    mapping(address => uint256) public credits;
    function buy(uint256 n) external payable {
        require(msg.value == n * PRICE, "pay n * PRICE");
        credits[msg.sender] += n;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    // bob pays 5 ether for 5000 credits, carol 3 ether for 3000.
    ASSERT_EQ(w.setup().size(), 2u);
    EXPECT_EQ(w.setup()[0].call.args, std::vector<U256>{U256{5000}});
    EXPECT_EQ(w.setup()[0].call.value, U256{5'000'000'000'000'000'000ULL});
    EXPECT_EQ(w.setup()[1].call.args, std::vector<U256>{U256{3000}});
}

TEST(WorldDeploy, OnlyTheDeployerPassesAnIdentityCheckNotAPerUserFlagOrABalance) {
    // The role is looked up through a parameter bound to the caller (OpenZeppelin's
    // `_checkRole(role, _msgSender())`), which the facts do not see as a sender check.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Roles {
    mapping(address => bool) private guardians;
    mapping(address => bool) public claimed;
    mapping(address => uint256) public balances;
    bool public paused;
    constructor() { guardians[msg.sender] = true; }
    function check(address who) internal view { require(guardians[who], "not a guardian"); }
    function pause() external { check(msg.sender); require(!paused); paused = true; }
    function claim() external { require(!claimed[msg.sender]); claimed[msg.sender] = true; }
    function withdraw(uint256 amount) external { balances[msg.sender] -= amount; }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    EXPECT_TRUE(w.only_the_deployer_passes(CallSpec{"Roles", "pause()", {}, {}}));
    EXPECT_FALSE(w.only_the_deployer_passes(CallSpec{"Roles", "claim()", {}, {}}));
    EXPECT_FALSE(w.only_the_deployer_passes(CallSpec{"Roles", "withdraw(uint256)", {U256{}}, {}}));
    // The state is left as it was: the deployer's successful pause is undone.
    EXPECT_TRUE(w.only_the_deployer_passes(CallSpec{"Roles", "pause()", {}, {}}));
}

/// A system ERC-20 (`members` are its functions besides ERC-20's own) and `others`, the
/// contracts that take it (their constructors take the token).
std::string token_with(const std::string& members, const std::string& others) {
    return R"(pragma solidity ^0.8.20;
contract Token {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
)" + members +
           R"(
    function transfer(address to, uint256 v) external returns (bool) {
        balanceOf[msg.sender] -= v;
        balanceOf[to] += v;
        return true;
    }
    function approve(address s, uint256 v) external returns (bool) {
        allowance[msg.sender][s] = v;
        return true;
    }
    function transferFrom(address f, address to, uint256 v) external returns (bool) {
        allowance[f][msg.sender] -= v;
        balanceOf[f] -= v;
        balanceOf[to] += v;
        return true;
    }
}
)" + others;
}

/// A system ERC-20 and a pool that stakes it.
std::string token_and_pool(const std::string& members) {
    return token_with(members, R"(contract Pool {
    Token public immutable token;
    mapping(address => uint256) public staked;
    constructor(Token t) { token = t; }
    function stake(uint256 amount) external {
        token.transferFrom(msg.sender, address(this), amount);
        staked[msg.sender] += amount;
    }
})");
}

TEST(WorldDeploy, TheDeployerHandsOutTheSystemsTokenAndDepositorsStakeHalf) {
    auto p = load_program(token_and_pool("    constructor() { balanceOf[msg.sender] = 1000; }"));
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const Accounts& a = w.accounts();
    const vm::Address token = a.address_of_contract("Token");
    const vm::Address pool = a.address_of_contract("Pool");
    const auto balance = [&](const vm::Address& holder) {
        return w.state().peek_storage(token,
                                      lang::codegen::mapping_entry_slot(U256{0}, holder.to_word()));
    };
    // A tenth of the supply to each of bob, carol, dave and the adversary.
    EXPECT_EQ(balance(a.deployer), U256{600});
    EXPECT_EQ(balance(a.adversary), U256{100});
    EXPECT_EQ(balance(a.users.back().second), U256{100}); // the latecomer keeps all of it
    // The depositors approved the pool and staked half of theirs.
    for (std::size_t i = 0; i < a.depositors; ++i)
        EXPECT_EQ(balance(a.users[i].second), U256{50}) << a.users[i].first;
    EXPECT_EQ(balance(pool), U256{100});
    ASSERT_GE(w.setup().size(), 2u);
    const TxStep& staked = w.setup()[w.setup().size() - 2];
    EXPECT_EQ(staked.call.signature, "stake(uint256)");
    EXPECT_EQ(staked.call.args, std::vector<U256>{U256{50}});
    // Last, the adversary approves the pool without limit: its own stake is then one
    // transaction of the search, as for an attack contract set up to approve, and a lender
    // may pull back more than it held (a flash loan and its fee).
    EXPECT_EQ(w.setup().back().sender, adversary_name);
    EXPECT_EQ(w.setup().back().call.signature, "approve(address,uint256)");
    const U256 allowance = w.state().peek_storage(
        token,
        lang::codegen::mapping_entry_slot(
            lang::codegen::mapping_entry_slot(U256{1}, a.adversary.to_word()), pool.to_word()));
    EXPECT_EQ(allowance, ~U256{});
}

TEST(WorldDeploy, DepositorsPayTokensPerUnitAndAFixedFeeWithoutAnAmount) {
    // `subscribe(periods)` takes at most twelve periods at a price each: the depositor's
    // amount is refused, one period is paid. `register()` pulls a fixed fee: no amount at all.
    for (const bool per_unit : {true, false}) {
        const std::string club = per_unit ? R"(
    function subscribe(uint256 periods) external {
        require(periods > 0 && periods <= 12);
        token.transferFrom(msg.sender, address(this), periods * 7);
        paid[msg.sender] += periods * 7;
    })"
                                          : R"(
    function register() external {
        token.transferFrom(msg.sender, address(this), 7);
        paid[msg.sender] += 7;
    })";
        auto p = load_program(
            token_with("    constructor() { balanceOf[msg.sender] = 1000; }", R"(contract Club {
    Token public immutable token;
    mapping(address => uint256) public paid;
    constructor(Token t) { token = t; })" + club + R"(
})"));
        World w(*p);
        ASSERT_TRUE(w.deploy(nullptr));
        w.setup_honest();
        const Accounts& a = w.accounts();
        const vm::Address token = a.address_of_contract("Token");
        const vm::Address club_at = a.address_of_contract("Club");
        EXPECT_EQ(w.state().peek_storage(
                      token, lang::codegen::mapping_entry_slot(U256{0}, club_at.to_word())),
                  U256{7 * a.depositors})
            << (per_unit ? "subscribe(1)" : "register()") << " by each depositor";
        std::size_t joined = 0;
        for (const TxStep& t : w.setup())
            joined += t.call.contract == "Club";
        EXPECT_EQ(joined, a.depositors);
    }
}

/// A system token whose supply is not the deployer's: `open` says whether anyone may mint
/// (a faucet) or only the token's minter (the deployer).
std::string minted_token_system(bool open) {
    return token_and_pool(std::string(R"(    address public immutable minter = msg.sender;
    function burn(uint256 v) external { balanceOf[msg.sender] -= v; }
    function mint(address to, uint256 v) external {
        )") + (open ? "" : "require(msg.sender == minter);") +
                          R"(
        require(v <= 1000 ether);
        balanceOf[to] += v;
    })");
}

TEST(WorldDeploy, ATokenTheDeployerDoesNotHoldIsMintedToEachAccountAndStaked) {
    for (const bool open : {true, false}) {
        auto p = load_program(minted_token_system(open));
        World w(*p);
        ASSERT_TRUE(w.deploy(nullptr));
        w.setup_honest();
        const Accounts& a = w.accounts();
        const vm::Address token = a.address_of_contract("Token");
        const auto balance = [&](const vm::Address& holder) {
            return w.state().peek_storage(
                token, lang::codegen::mapping_entry_slot(U256{0}, holder.to_word()));
        };
        const U256 ether{1'000'000'000'000'000'000ULL};
        const U256 minted = U256{100} * ether;
        // Every account gets the round amount: by its own call when minting is open, from the
        // deployer (the minter) otherwise; the burn that lowers a balance is never kept.
        EXPECT_EQ(balance(a.adversary), minted) << open;
        EXPECT_EQ(balance(a.users.back().second), minted) << open; // the latecomer keeps it
        for (std::size_t i = 0; i < a.depositors; ++i)
            EXPECT_EQ(balance(a.users[i].second), U256{50} * ether) << a.users[i].first;
        EXPECT_EQ(balance(a.address_of_contract("Pool")), minted) << open;
        std::size_t by_deployer = 0, by_adversary = 0;
        for (const TxStep& s : w.setup()) {
            EXPECT_NE(s.call.signature, "burn(uint256)");
            if (s.call.signature != "mint(address,uint256)") continue;
            by_deployer += s.sender == deployer_name;
            by_adversary += s.sender == adversary_name;
        }
        EXPECT_EQ(by_deployer, open ? 0U : a.users.size() + 1) << open;
        EXPECT_EQ(by_adversary, open ? 1U : 0U) << open;
    }
}

TEST(WorldDeploy, EachAccountGetsAnItemAndDepositorsSendTheirsIntoTheSystem) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
interface IReceiver {
    function onERC721Received(address, address, uint256, bytes calldata) external returns (bytes4);
}
contract Pets {
    uint256 public next;
    mapping(uint256 => address) public ownerOf;
    mapping(address => uint256) public balanceOf;
    function mint() external {
        next += 1;
        ownerOf[next] = msg.sender;
        balanceOf[msg.sender] += 1;
    }
    function safeTransferFrom(address from, address to, uint256 id) external {
        require(ownerOf[id] == from && msg.sender == from);
        ownerOf[id] = to;
        balanceOf[from] -= 1;
        balanceOf[to] += 1;
        if (to.code.length > 0)
            require(IReceiver(to).onERC721Received(msg.sender, from, id, "") ==
                    IReceiver.onERC721Received.selector);
    }
}
contract Kennel {
    Pets public immutable pets;
    mapping(uint256 => address) public keeper;
    constructor(Pets p) { pets = p; }
    function onERC721Received(address, address from, uint256 id, bytes calldata) external returns (bytes4) {
        require(msg.sender == address(pets));
        keeper[id] = from;
        return this.onERC721Received.selector;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const Accounts& a = w.accounts();
    const vm::Address pets = a.address_of_contract("Pets");
    const vm::Address kennel = a.address_of_contract("Kennel");
    const auto owner = [&](std::uint64_t id) {
        return w.state().peek_storage(pets, lang::codegen::mapping_entry_slot(U256{1}, U256{id}));
    };
    // bob, carol, dave and the adversary mint items 1-4 in that order; the depositors (bob,
    // carol) send theirs to the kennel, which records them.
    EXPECT_EQ(owner(1), kennel.to_word());
    EXPECT_EQ(owner(2), kennel.to_word());
    EXPECT_EQ(owner(3), a.users.back().second.to_word());
    EXPECT_EQ(owner(4), a.adversary.to_word());
    ASSERT_EQ(w.adversary_items().size(), 1U);
    EXPECT_EQ(w.adversary_items()[0].collection, "Pets");
    EXPECT_EQ(w.adversary_items()[0].id, U256{4});
    const std::vector<CallSpec> deposits = w.item_deposits();
    // Into each other contract (the kennel): approved for a `stake(id)` that pulls it, and
    // sent with safeTransferFrom.
    ASSERT_EQ(deposits.size(), 2U);
    EXPECT_EQ(deposits[0].signature, "approve(address,uint256)");
    EXPECT_EQ(deposits[0].args, (std::vector<U256>{kennel.to_word(), U256{4}}));
    EXPECT_EQ(deposits[1].signature, "safeTransferFrom(address,address,uint256)");
    EXPECT_EQ(deposits[1].args,
              (std::vector<U256>{a.adversary.to_word(), kennel.to_word(), U256{4}}));
    // The adversary's item is an id of the argument domains.
    const Domains d = make_domains(*p, w, {});
    EXPECT_NE(std::find(d.keys.begin(), d.keys.end(), U256{4}), d.keys.end());
    EXPECT_NE(std::find(d.uints.begin(), d.uints.end(), U256{4}), d.uints.end());
}

TEST(WorldDeploy, ADepositorDoesNotBuyOutASalesCap) {
    // The smallest constant, the first integer a depositor tries, is the cap: buying it all
    // would close the sale to everyone else, so the depositors buy one unit each instead.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Sale {
    uint256 public constant PRICE = 0.01 ether;
    uint256 public constant CAP = 100;
    uint256 public sold;
    function buy(uint256 n) external payable {
        require(n > 0 && sold + n <= CAP);
        require(msg.value >= n * PRICE);
        sold += n;
    }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const vm::Address sale = w.accounts().address_of_contract("Sale");
    EXPECT_EQ(w.state().peek_storage(sale, U256{0}), U256{2}); // bob's 1 and carol's 1
    ASSERT_EQ(w.setup().size(), 2U);
    for (const TxStep& s : w.setup())
        EXPECT_EQ(s.call.args, std::vector<U256>{U256{1}}) << s.sender;
}

TEST(WarpAmounts, PastTheLongestDurationAYearAndADayWhenTheLongestIsLonger) {
    const auto warps = [](const std::string& body) {
        auto p = load_program("pragma solidity ^0.8.20;\ncontract C {\n    uint256 public t;\n" +
                              body + "\n}");
        return warp_amounts(*p);
    };
    constexpr std::uint64_t day = 86'400, year = 365 * day;
    EXPECT_TRUE(warps("function f() external { t = 7 days; }").empty()); // no clock read
    EXPECT_EQ(warps("function f() external { require(block.timestamp > t + 7 days); }"),
              (std::vector<std::uint64_t>{7 * day + 1, year + 1, day + 1}));
    EXPECT_EQ(warps("function f() external { require(block.timestamp > t + 1 hours); }"),
              (std::vector<std::uint64_t>{3601, year + 1}));
    EXPECT_EQ(warps("function f() external { require(block.timestamp > t); }"),
              (std::vector<std::uint64_t>{day, year + 1}));
}

TEST(BlockJumps, PastTheLongestCountOfBlocksTheProgramNamesElseADay) {
    const auto jumps = [](const std::string& body) {
        auto p = load_program("pragma solidity ^0.8.20;\ncontract C {\n    uint256 public t;\n" +
                              body + "\n}");
        return block_jumps(*p);
    };
    EXPECT_TRUE(jumps("function f() external { require(block.timestamp > t + 50); }").empty());
    EXPECT_EQ(jumps("uint256 constant LOCK = 7_200;\n"
                    "function f() external { require(block.number >= t + LOCK); }"),
              (std::vector<std::uint64_t>{7'201}));
    // A count past what a replay mines at once (a year of blocks) is left out.
    EXPECT_EQ(jumps("uint256 constant LOCK = 7_200; uint256 constant MAX = 2_628_000;\n"
                    "function f() external { require(block.number >= t + LOCK); }"),
              (std::vector<std::uint64_t>{7'201}));
    EXPECT_EQ(jumps("function f() external { require(block.number > t); }"),
              (std::vector<std::uint64_t>{86'400 / 12 + 1}));
}

TEST(ClockJumps, AlsoJustPastEachDeadlineTheDeployedSystemHolds) {
    // The phases' lengths are constructor arguments (a day each, their first value): no
    // constant names them, but the deployed auction holds both deadlines.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Auction {
    uint256 public commitEnd;
    uint256 public revealEnd;
    constructor(uint256 commitTime, uint256 revealTime) {
        commitEnd = block.timestamp + commitTime;
        revealEnd = commitEnd + revealTime;
    }
    function reveal() external view { require(block.timestamp >= commitEnd); }
})");
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    const std::uint64_t now = w.timestamp_of(w.deployments().size() + w.setup().size() + 1);
    constexpr std::uint64_t day = 86'400, year = 365 * day;
    const auto deadline = [&](const char* name) {
        const auto values = w.observer().values(w.state(), "Auction");
        const auto it = std::find_if(values.begin(), values.end(),
                                     [&](const auto& v) { return v.first == name; });
        return it == values.end() ? 0 : it->second.low() - now + 1;
    };
    ASSERT_GT(deadline("commitEnd"), 0u);
    EXPECT_EQ(deadline("revealEnd"), deadline("commitEnd") + day);
    // The day's jump passes commitEnd by the few blocks since deployment (less than an hour):
    // it stands for that deadline; revealEnd, a day later, gets its own jump.
    EXPECT_LE(day - deadline("commitEnd"), 3'600u);
    EXPECT_EQ(clock_jumps(*p, w),
              (std::vector<std::uint64_t>{day, year + 1, deadline("revealEnd")}));
}

TEST(DescribeArguments, NestedArraysDecodeAndMalformedWordsDoNot) {
    const auto array_of = [](check::TypePtr element) {
        auto t = std::make_shared<check::Type>();
        t->kind = check::TypeKind::array;
        t->element = std::move(element);
        t->location = check::Location::memory;
        return check::TypePtr(t);
    };
    const auto uint_t = check::uint_type();
    const auto inner = array_of(uint_t);
    const auto outer = array_of(inner);
    const WordText text = [](const check::Type&, const U256& w) { return vm::to_dec(w); };
    // uint256[][] = [[7], []]: offset, length 2, two element offsets, [7], [].
    const std::vector<U256> words{U256{32}, U256{2}, U256{64}, U256{128},
                                  U256{1},  U256{7}, U256{0}};
    std::vector<const check::Type*> word_types;
    const auto values = describe_arguments({outer}, words, text, &word_types);
    ASSERT_TRUE(values);
    EXPECT_EQ(*values, std::vector<std::string>{"[[7], []]"});
    ASSERT_EQ(word_types.size(), words.size());
    EXPECT_EQ(word_types[5], uint_t.get()); // only the element word holds a value
    EXPECT_EQ(word_types[4], nullptr);
    // An offset past the words, and a length larger than the words, do not decode.
    EXPECT_FALSE(describe_arguments({outer}, {U256{320}}, text));
    EXPECT_FALSE(describe_arguments({inner}, {U256{32}, U256{1000}}, text));
}

TEST(DescribeArguments, StringsShowAsSolidityWritesThemBytesAsHex) {
    const WordText text = [](const check::Type&, const U256& w) { return vm::to_dec(w); };
    const auto str = check::string_type();
    // One string of `n` bytes whose first word is `word`: offset, length, data.
    const auto encoded = [](std::size_t n, const U256& word) {
        return std::vector<U256>{U256{32}, U256{n}, word};
    };
    const U256 mal = vm::shl(U256{0x6d616c21}, 224); // "mal!"
    EXPECT_EQ(describe_arguments({str}, encoded(4, mal), text),
              std::vector<std::string>{"\"mal!\""});
    // A NUL, a quote or a backslash cannot be written between quotes as they are: the same
    // bytes as a hex literal, which solc reads back into the same string.
    EXPECT_EQ(describe_arguments({str}, encoded(5, mal), text),
              std::vector<std::string>{"hex\"6d616c2100\""});
    const U256 quote = vm::shl(U256{0x22}, 248);
    EXPECT_EQ(describe_arguments({str}, encoded(1, quote), text),
              std::vector<std::string>{"hex\"22\""});
    EXPECT_EQ(describe_arguments({str}, encoded(0, U256{}), text),
              std::vector<std::string>{"\"\""});
    // bytes are bytes whatever they spell.
    EXPECT_EQ(describe_arguments({check::bytes_type()}, encoded(4, mal), text),
              std::vector<std::string>{"0x6d616c21"});
}

TEST(Accounts, ATokenTargetsBalanceLedgerIsValueABanksIsNot) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Drop {
    mapping(address => uint256) public balanceOf;
    function mint() external { balanceOf[msg.sender] += 1; }
}
contract Bank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
})");
    const Accounts a = Accounts::make(*p);
    ASSERT_EQ(a.ledgers.size(), 1u);
    EXPECT_EQ(a.ledgers[0].name, "Drop.balanceOf");
    EXPECT_EQ(a.ledgers[0].token, a.address_of_contract("Drop"));
}

const char* unit_pool = R"(pragma solidity ^0.8.20;
contract UnitPool {
    mapping(address => uint256) public units;
    mapping(address => uint256) public stakedAt;
    mapping(address => mapping(address => uint256)) public allowance;
    function stake() external payable { units[msg.sender] += msg.value; }
    function approve(address s, uint256 v) external returns (bool) {
        allowance[msg.sender][s] = v;
        return true;
    }
    function transfer(address to, uint256 v) external returns (bool) {
        units[msg.sender] -= v;
        units[to] += v;
        return true;
    }
    function transferFrom(address f, address to, uint256 v) external returns (bool) {
        allowance[f][msg.sender] -= v;
        units[f] -= v;
        units[to] += v;
        return true;
    }
}
contract Lender {
    UnitPool public immutable pool;
    mapping(address => uint256) public collateral;
    constructor() { pool = new UnitPool(); }
    function post(uint256 v) external {
        pool.transferFrom(msg.sender, address(this), v);
        collateral[msg.sender] += v;
    }
})";

TEST(Accounts, TransferableSharesUnderTheirOwnNameAreATokensLedger) {
    auto p = load_program(unit_pool);
    ASSERT_TRUE(p->select("Lender"));
    Accounts a = Accounts::make(*p);
    // Two `mapping(address => uint256)`: the ledger is ambiguous, none is a token's.
    EXPECT_TRUE(a.ledgers.empty());
    // With one, ERC-20's transfer functions make it the ledger, read through its getter.
    std::string one = unit_pool;
    one.erase(one.find("    mapping(address => uint256) public stakedAt;\n"),
              std::string("    mapping(address => uint256) public stakedAt;\n").size());
    p = load_program(one);
    ASSERT_TRUE(p->select("Lender"));
    a = Accounts::make(*p);
    ASSERT_EQ(a.ledgers.size(), 1u);
    EXPECT_EQ(a.ledgers[0].name, "Lender.pool.units");
    // So the set-up treats it as the system's token: each holder stakes for units, the
    // adversary approves the lender without limit.
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    w.setup_honest();
    EXPECT_EQ(w.approved_without_limit(), (std::set<std::string>{"Lender.pool"}));
}

TEST(Accounts, AMultiTokenLedgerIsOneAssetPerTokenId) {
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Editions {
    mapping(uint256 => mapping(address => uint256)) public balanceOf;
    mapping(uint256 => mapping(address => uint256)) public rewards;
    function mint(uint256 id) external { balanceOf[id][msg.sender] += 1; }
})");
    const Accounts a = Accounts::make(*p);
    ASSERT_EQ(a.ledgers.size(), 3u); // ids 0, 1 and 2; `rewards` is no token's name
    EXPECT_EQ(a.ledgers[1].name, "Editions.balanceOf[1]");
    // The entry of `balanceOf[1][holder]` in the compiler's layout (slot 0).
    const vm::Address holder = a.users.front().second;
    EXPECT_EQ(a.ledgers[1].entry_slot(holder),
              lang::codegen::mapping_entry_slot(lang::codegen::mapping_entry_slot(U256{0}, U256{1}),
                                                holder.to_word()));
    EXPECT_NE(a.ledgers[1].entry_slot(holder), a.ledgers[2].entry_slot(holder));
}

TEST(Accounts, AnAccountFirstMultiTokenLedgerIsOneAssetPerTokenIdToo) {
    // solmate's ERC1155 keys its balances by account first.
    auto p = load_program(R"(pragma solidity ^0.8.20;
contract Parts {
    uint256 public minted;
    mapping(address => mapping(uint256 => uint256)) public balanceOf;
    function mint(uint256 id) external { balanceOf[msg.sender][id] += 1; }
})");
    const Accounts a = Accounts::make(*p);
    ASSERT_EQ(a.ledgers.size(), 3u);
    EXPECT_EQ(a.ledgers[2].name, "Parts.balanceOf[2]");
    EXPECT_EQ(a.ledgers[2].keying, Accounts::OwnLedger::Keying::account_then_id);
    // The entry of `balanceOf[holder][2]` in the compiler's layout (slot 1).
    const vm::Address holder = a.users.front().second;
    EXPECT_EQ(a.ledgers[2].entry_slot(holder),
              lang::codegen::mapping_entry_slot(
                  lang::codegen::mapping_entry_slot(U256{1}, holder.to_word()), U256{2}));
}

const char* minimal_collection = R"(pragma solidity ^0.8.20;
contract Art {
    uint256 public minted;
    mapping(uint256 => address) public ownerOf;
    function mint() external returns (uint256 id) {
        id = ++minted;
        ownerOf[id] = msg.sender;
    }
    function transferFrom(address from, address to, uint256 id) external {
        require(ownerOf[id] == from && msg.sender == from, "not yours");
        ownerOf[id] = to;
    }
})";

TEST(Accounts, AnERC721WithoutBalancesCountsTheItemsItsOwnerMapNames) {
    auto p = load_program(minimal_collection);
    World w(*p);
    ASSERT_TRUE(w.deploy(nullptr));
    const Accounts& a = w.accounts();
    ASSERT_EQ(a.ledgers.size(), 1u);
    EXPECT_EQ(a.ledgers[0].name, "Art.ownerOf");
    EXPECT_EQ(a.ledgers[0].keying, Accounts::OwnLedger::Keying::owners);
    // The adversary owns ids 1 and 3, an honest user id 2: items are counted per holder.
    const vm::Address art = a.address_of_contract("Art");
    const auto own = [&](std::uint64_t id, const vm::Address& holder) {
        w.state().sstore(art, lang::codegen::mapping_entry_slot(U256{1}, U256{id}),
                         holder.to_word());
    };
    own(1, a.adversary);
    own(3, a.adversary);
    own(2, a.users.front().second);
    const Ledger l = ledger_of(w.state(), a);
    ASSERT_EQ(l.assets.back(), "Art.ownerOf");
    EXPECT_EQ(l.adversary.assets.back(), U256{2});
    EXPECT_EQ(l.honest.assets.back(), U256{1});
}

TEST(Accounts, AnERC721WithBalancesIsCountedByThemAlone) {
    std::string src = minimal_collection;
    src.insert(src.find("    function mint()"),
               "    mapping(address => uint256) public balanceOf;\n");
    auto p = load_program(src);
    const Accounts a = Accounts::make(*p);
    ASSERT_EQ(a.ledgers.size(), 1u);
    EXPECT_EQ(a.ledgers[0].name, "Art.balanceOf");
    EXPECT_EQ(a.ledgers[0].keying, Accounts::OwnLedger::Keying::account);
}

} // namespace
} // namespace mallory::analyzer
