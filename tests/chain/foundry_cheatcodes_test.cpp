// Cheatcodes, console.log decoding and test discovery of the Foundry layer, driven by messages
// sent straight to the native accounts (no compiled contracts needed).
#include "chain/chain.hpp"
#include "chain/foundry/runner.hpp"
#include "chain/foundry/session.hpp"
#include "vm/keccak.hpp"

#include <gtest/gtest.h>

namespace mallory::chain::foundry {
namespace {

Bytes call_data(const std::string& sig, const std::vector<std::string>& args) {
    std::string error;
    const auto parsed = parse_signature(sig);
    auto encoded = encode_arguments(parsed->types, args, {}, error);
    EXPECT_TRUE(encoded) << error;
    const auto sel = vm::selector_of(parsed->canonical());
    Bytes out(sel.begin(), sel.end());
    out.insert(out.end(), encoded->begin(), encoded->end());
    return out;
}

const Address kTest = Address::from_u64(0x7e57);
const Address kTarget = Address::from_u64(0x7a26e7);

vm::Result send(Session& s, const Address& to, const Bytes& data, int depth = 1,
                const Address& from = kTest) {
    vm::Message m;
    m.depth = depth;
    m.gas = 1'000'000;
    m.sender = from;
    m.recipient = m.code_address = to;
    m.input = data;
    return s.executor().execute(m);
}

TEST(FoundryCheatcodes, ScriptsStartAtARealisticDateTestsAtForgesBlock) {
    Session script;
    EXPECT_EQ(script.executor().block().timestamp, chain::default_timestamp);
    EXPECT_EQ(script.executor().block().number, 1U);
    EXPECT_GT(script.executor().block().timestamp, 365U * 86400U); // `- 365 days` stays positive
    Session test(false, test_block());
    EXPECT_EQ(test.executor().block().timestamp, 1U);
    EXPECT_EQ(chain::GenesisConfig{}.timestamp, chain::default_timestamp);
}

TEST(FoundryCheatcodes, DealWarpRollLabelAddr) {
    Session s;
    const Address who = Address::from_u64(0xa11ce);
    EXPECT_TRUE(send(s, cheatcode_address(),
                     call_data("deal(address,uint256)",
                               {"0x00000000000000000000000000000000000a11ce", "77"}))
                    .success());
    EXPECT_EQ(s.state().balance(who), U256{77});
    EXPECT_TRUE(send(s, cheatcode_address(), call_data("warp(uint256)", {"1700000000"})).success());
    EXPECT_EQ(s.executor().block().timestamp, 1'700'000'000U);
    EXPECT_TRUE(send(s, cheatcode_address(), call_data("roll(uint256)", {"42"})).success());
    EXPECT_EQ(s.executor().block().number, 42U);
    EXPECT_TRUE(send(s, cheatcode_address(),
                     call_data("label(address,string)",
                               {"0x00000000000000000000000000000000000a11ce", "alice"}))
                    .success());
    EXPECT_EQ(s.cheats().labels().at(who), "alice");
    const vm::Result r = send(s, cheatcode_address(), call_data("addr(uint256)", {"1"}));
    ASSERT_TRUE(r.success());
    EXPECT_EQ(checksum(Address::from_word(vm::load_be(r.output.data()))),
              "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
}

TEST(FoundryCheatcodes, UnknownCheatcodeReverts) {
    Session s;
    const vm::Result r = send(s, cheatcode_address(), Bytes{0xde, 0xad, 0xbe, 0xef});
    EXPECT_EQ(r.status, vm::Status::Revert);
    EXPECT_EQ(revert_reason(r.output), "unknown cheatcode 0xdeadbeef");
}

TEST(FoundryCheatcodes, PrankRewritesTheNextCallOnly) {
    Session s;
    ASSERT_TRUE(send(s, cheatcode_address(),
                     call_data("prank(address)", {"0x00000000000000000000000000000000000a11ce"}))
                    .success());
    vm::Message m;
    m.depth = 1;
    m.sender = kTest;
    m.recipient = m.code_address = kTarget;
    vm::Message deeper = m;
    deeper.depth = 2; // not a call of the pranking frame
    s.cheats().before_call(s.executor(), deeper);
    EXPECT_EQ(deeper.sender, kTest);
    s.cheats().before_call(s.executor(), m);
    EXPECT_EQ(m.sender, Address::from_u64(0xa11ce));
    vm::Message next = deeper;
    next.depth = 1;
    s.cheats().before_call(s.executor(), next);
    EXPECT_EQ(next.sender, kTest);
}

TEST(FoundryCheatcodes, StartPrankLastsUntilStopPrank) {
    Session s;
    ASSERT_TRUE(
        send(s, cheatcode_address(),
             call_data("startPrank(address)", {"0x0000000000000000000000000000000000000b0b"}))
            .success());
    for (int i = 0; i < 3; ++i) {
        vm::Message m;
        m.depth = 1;
        m.sender = kTest;
        m.code_address = kTarget;
        s.cheats().before_call(s.executor(), m);
        EXPECT_EQ(m.sender, Address::from_u64(0xb0b));
    }
    ASSERT_TRUE(send(s, cheatcode_address(), call_data("stopPrank()", {})).success());
    vm::Message m;
    m.depth = 1;
    m.sender = kTest;
    m.code_address = kTarget;
    s.cheats().before_call(s.executor(), m);
    EXPECT_EQ(m.sender, kTest);
}

TEST(FoundryCheatcodes, ExpectRevertTurnsAMatchingRevertIntoSuccess) {
    Session s;
    ASSERT_TRUE(send(s, cheatcode_address(),
                     call_data("expectRevert(bytes)", {vm::to_hex(BytesView{encode_error("no")})}))
                    .success());
    vm::Message m;
    m.depth = 1;
    m.sender = kTest;
    m.code_address = kTarget;
    s.cheats().before_call(s.executor(), m);
    vm::Result r{vm::Status::Revert, 10, 0, encode_error("no"), {}};
    s.cheats().after_call(s.executor(), m, r);
    EXPECT_TRUE(r.success());
    EXPECT_FALSE(s.cheats().unmet_expectation());
}

TEST(FoundryCheatcodes, ExpectRevertFailsOnSuccessOrOtherReason) {
    Session s;
    vm::Message m;
    m.depth = 1;
    m.sender = kTest;
    m.code_address = kTarget;
    ASSERT_TRUE(send(s, cheatcode_address(), call_data("expectRevert()", {})).success());
    s.cheats().before_call(s.executor(), m);
    vm::Result ok{vm::Status::Success, 10, 0, {}, {}};
    s.cheats().after_call(s.executor(), m, ok);
    EXPECT_EQ(ok.status, vm::Status::Revert);
    EXPECT_EQ(revert_reason(ok.output), "next call did not revert as expected");

    ASSERT_TRUE(send(s, cheatcode_address(),
                     call_data("expectRevert(bytes)", {vm::to_hex(BytesView{encode_error("a")})}))
                    .success());
    s.cheats().before_call(s.executor(), m);
    vm::Result other{vm::Status::Revert, 10, 0, encode_error("b"), {}};
    s.cheats().after_call(s.executor(), m, other);
    EXPECT_EQ(other.status, vm::Status::Revert);
    EXPECT_EQ(revert_reason(other.output), "Error != expected error: b != a");

    ASSERT_TRUE(send(s, cheatcode_address(), call_data("expectRevert()", {})).success());
    EXPECT_TRUE(s.cheats().unmet_expectation());
}

TEST(FoundryConsole, DecodesFoundryOverloads) {
    EXPECT_EQ(decode_console(call_data("log(string,uint256)", {"balance", "5"})), "balance 5");
    EXPECT_EQ(decode_console(call_data("log(string,int256,bool)", {"x", "-3", "true"})),
              "x -3 true");
    EXPECT_EQ(
        decode_console(call_data("log(address)", {"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"})),
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    EXPECT_EQ(
        decode_console(call_data("log(string,string,uint256)", {"%s has %d wei", "bob", "7"})),
        "bob has 7 wei");
    EXPECT_EQ(decode_console(call_data("log()", {})), "");
    EXPECT_FALSE(decode_console(Bytes{1, 2, 3, 4}));
    EXPECT_TRUE(console_signature(vm::selector_of("log(bool,bool,bool,bool)")));
}

TEST(FoundryConsole, SessionCollectsLines) {
    Session s;
    EXPECT_TRUE(send(s, console_address(), call_data("log(string)", {"hello"})).success());
    ASSERT_EQ(s.console().lines().size(), 1U);
    EXPECT_EQ(s.console().lines()[0], "hello");
}

TEST(FoundryDiscovery, FindsTestFunctionsSortedFuzzTestsIncluded) {
    vm::ContractCode code;
    code.name = "ExampleTest";
    for (const char* sig :
         {"testB()", "setUp()", "testA()", "testWithArg(uint256)", "testFailC()", "helper()"}) {
        vm::AbiEntry e;
        e.signature = sig;
        e.name = std::string(sig).substr(0, std::string(sig).find('('));
        if (std::string(sig).find("uint256") != std::string::npos) e.inputs = {"uint256"};
        code.abi.push_back(e);
    }
    EXPECT_EQ(discover_tests(code), (std::vector<std::string>{"testA()", "testB()", "testFailC()",
                                                              "testWithArg(uint256)"}));
    TestOptions options;
    options.match = std::regex("^testA");
    EXPECT_TRUE(selected("ExampleTest", "testA()", options));
    EXPECT_FALSE(selected("ExampleTest", "testB()", options));
    options.match = std::regex("Example.*::testB");
    EXPECT_TRUE(selected("ExampleTest", "testB()", options));
}

const std::string kCallee = "0x000000000000000000000000000000000000ca11";

TEST(FoundryCheatcodes, StoreWritesAndLoadReadsAnySlot) {
    Session s;
    const Address who = *parse_address(kCallee);
    const std::string slot = "0x" + std::string(63, '0') + "5";
    const std::string value = "0x" + std::string(62, '0') + "2a";
    EXPECT_TRUE(send(s, cheatcode_address(),
                     call_data("store(address,bytes32,bytes32)", {kCallee, slot, value}))
                    .success());
    EXPECT_EQ(s.state().peek_storage(who, U256{5}), U256{42});
    const vm::Result r =
        send(s, cheatcode_address(), call_data("load(address,bytes32)", {kCallee, slot}));
    ASSERT_TRUE(r.success());
    EXPECT_EQ(vm::load_be(r.output.data()), U256{42});
}

TEST(FoundryCheatcodes, MockCallAnswersMatchingCalldataLongestFirst) {
    Session s;
    const Address callee = *parse_address(kCallee);
    const std::string word42 = "0x" + std::string(62, '0') + "2a";
    const std::string word7 = "0x" + std::string(63, '0') + "7";
    ASSERT_TRUE(send(s, cheatcode_address(),
                     call_data("mockCall(address,bytes,bytes)", {kCallee, "0x12345678", word42}))
                    .success());
    ASSERT_TRUE(send(s, cheatcode_address(),
                     call_data("mockCall(address,bytes,bytes)",
                               {kCallee, "0x12345678" + std::string(63, '0') + "1", word7}))
                    .success());
    EXPECT_GT(s.state().code_size(callee), 0U); // so that Solidity's code check passes
    vm::Result r = send(s, callee, Bytes{0x12, 0x34, 0x56, 0x78});
    ASSERT_TRUE(r.success());
    EXPECT_EQ(vm::load_be(r.output.data()), U256{42});
    Bytes with_arg{0x12, 0x34, 0x56, 0x78};
    with_arg.resize(36, 0);
    with_arg.back() = 1;
    r = send(s, callee, with_arg);
    EXPECT_EQ(vm::load_be(r.output.data()), U256{7}); // the longer calldata matches first
    r = send(s, callee, Bytes{0xde, 0xad, 0xbe, 0xef});
    EXPECT_TRUE(r.success());
    EXPECT_TRUE(r.output.empty()); // not mocked: the account's own (empty) code runs
}

TEST(FoundryCheatcodes, MockCallRevertAndClearMockedCalls) {
    Session s;
    const Address callee = *parse_address(kCallee);
    ASSERT_TRUE(send(s, cheatcode_address(),
                     call_data("mockCallRevert(address,bytes,bytes)",
                               {kCallee, "0x12345678", "0xdeadbeef"}))
                    .success());
    vm::Result r = send(s, callee, Bytes{0x12, 0x34, 0x56, 0x78});
    EXPECT_EQ(r.status, vm::Status::Revert);
    EXPECT_EQ(r.output, (Bytes{0xde, 0xad, 0xbe, 0xef}));
    ASSERT_TRUE(send(s, cheatcode_address(), call_data("clearMockedCalls()", {})).success());
    r = send(s, callee, Bytes{0x12, 0x34, 0x56, 0x78});
    EXPECT_TRUE(r.success());
    EXPECT_TRUE(r.output.empty());
}

TEST(FoundryCheatcodes, ExpectCallIsUnmetUntilAMatchingCall) {
    Session s;
    const Address callee = *parse_address(kCallee);
    ASSERT_TRUE(
        send(s, cheatcode_address(), call_data("expectCall(address,bytes)", {kCallee, "0xabcd"}))
            .success());
    ASSERT_TRUE(s.cheats().unmet_expectation());
    EXPECT_NE(s.cheats().unmet_expectation()->find(
                  "data 0xabcd to be called 1 time, but was called 0 times"),
              std::string::npos);
    send(s, callee, Bytes{0xab, 0xce});
    EXPECT_TRUE(s.cheats().unmet_expectation()); // another calldata
    send(s, callee, Bytes{0xab, 0xcd, 0x01});
    EXPECT_FALSE(s.cheats().unmet_expectation()); // starts with the expected calldata
}

TEST(FoundryCheatcodes, StartPrankWithOriginPersistsUntilStopPrank) {
    Session s;
    const std::string bob = "0x0000000000000000000000000000000000000b0b";
    ASSERT_TRUE(
        send(s, cheatcode_address(), call_data("startPrank(address,address)", {bob, kCallee}))
            .success());
    Address seen;
    s.executor().bind_native(kTarget, [&](vm::Executor&, const vm::Message& m) {
        seen = m.sender;
        return vm::Result{vm::Status::Success, m.gas, 0, {}, {}};
    });
    send(s, kTarget, {});
    EXPECT_EQ(seen, *parse_address(bob));
    send(s, kTarget, {});
    EXPECT_EQ(seen, *parse_address(bob));
    ASSERT_TRUE(send(s, cheatcode_address(), call_data("stopPrank()", {})).success());
    send(s, kTarget, {});
    EXPECT_EQ(seen, kTest);
}

} // namespace
} // namespace mallory::chain::foundry

namespace mallory::chain::foundry {
namespace {

U256 word_of(const vm::Result& r, std::size_t i) {
    return r.output.size() >= 32 * (i + 1) ? vm::load_be(r.output.data() + 32 * i) : U256::max();
}

TEST(FoundryCheatcodes, SignCompactIsSignsSignatureInEip2098Form) {
    Session s;
    const std::string key = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcc5e29b7ae0d0a5f4";
    // several digests, so that both parities of v are likely met; each checked against vm.sign
    for (const std::string& digest :
         {std::string("0x") + std::string(64, '1'), std::string("0x") + std::string(64, '2'),
          std::string("0x") + std::string(64, '3')}) {
        const vm::Result full =
            send(s, cheatcode_address(), call_data("sign(uint256,bytes32)", {key, digest}));
        const vm::Result compact =
            send(s, cheatcode_address(), call_data("signCompact(uint256,bytes32)", {key, digest}));
        ASSERT_TRUE(full.success() && compact.success());
        ASSERT_EQ(compact.output.size(), 64u);
        const U256 v = word_of(full, 0), r = word_of(full, 1), s_value = word_of(full, 2);
        EXPECT_EQ(word_of(compact, 0), r);
        EXPECT_EQ(word_of(compact, 1), s_value | vm::shl(v - U256{27}, 255));
        EXPECT_FALSE(s_value.is_negative()); // low s: the top bit is v's
    }
    const vm::Result bad =
        send(s, cheatcode_address(),
             call_data("signCompact(uint256,bytes32)", {"0", "0x" + std::string(64, '1')}));
    EXPECT_EQ(revert_reason(bad.output), "vm.signCompact: invalid private key");
}

TEST(FoundryCheatcodes, SetEnvLastsTheSessionAndStaysInIt) {
    Session s;
    const auto exists = [&](Session& in) {
        const vm::Result r =
            send(in, cheatcode_address(), call_data("envExists(string)", {"MALLORY_NO_SUCH_VAR"}));
        return r.success() && word_of(r, 0) == U256{1};
    };
    EXPECT_FALSE(exists(s));
    EXPECT_TRUE(send(s, cheatcode_address(),
                     call_data("setEnv(string,string)", {"MALLORY_NO_SUCH_VAR", "1"}))
                    .success());
    EXPECT_TRUE(exists(s));
    s.cheats().reset(); // between setUp and the test, or fuzz runs: the variable stays
    EXPECT_TRUE(exists(s));
    EXPECT_EQ(std::getenv("MALLORY_NO_SUCH_VAR"), nullptr); // the process's is untouched
    Session other;
    EXPECT_FALSE(exists(other));
}

TEST(FoundryCheatcodes, RandomValuesAnswerStaticCallsFromTheSeededStream) {
    Session a, b;
    a.cheats().seed_random(random_seed(U256{0}, "testX()"));
    b.cheats().seed_random(random_seed(U256{0}, "testX()"));
    vm::Message m;
    m.depth = 1;
    m.gas = 1'000'000;
    m.sender = kTest;
    m.recipient = m.code_address = cheatcode_address();
    m.is_static = true; // solc calls the view ones with STATICCALL
    const Bytes input = call_data("randomUint(uint256)", {"64"}); // m.input is a view of it
    m.input = input;
    const vm::Result ra = a.executor().execute(m);
    const vm::Result rb = b.executor().execute(m);
    ASSERT_TRUE(ra.success()) << vm::to_string(ra.status) << " " << revert_reason(ra.output);
    EXPECT_EQ(ra.output, rb.output);
    EXPECT_TRUE(word_of(ra, 0).fits64());
    EXPECT_NE(a.executor().execute(m).output, ra.output);
}

} // namespace
} // namespace mallory::chain::foundry
