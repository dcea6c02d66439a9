// The parts of invariant testing: the seeded generator and its bias, shrinking of a breaking
// sequence, and the re-entering sender, driven without compiled contracts (the end-to-end
// cases are tests/cli/scripts/Invariant*.t.sol and ReentrantVault.t.sol).
#include "chain/foundry/call_generator.hpp"
#include "chain/foundry/invariant.hpp"
#include "chain/foundry/reentrant_sender.hpp"
#include "chain/foundry/runner.hpp"
#include "chain/foundry/session.hpp"

#include <gtest/gtest.h>
#include <set>

namespace mallory::chain::foundry {
namespace {

TEST(FoundryInvariant, TheGeneratorIsDeterministicForASeed) {
    Rng a(42), b(42), c(43);
    for (int i = 0; i < 100; ++i) {
        const auto x = a.next();
        EXPECT_EQ(x, b.next());
        if (i == 0) {
            EXPECT_NE(x, c.next());
        }
    }
}

TEST(FoundryInvariant, ArgumentsAreEncodableAndBiasedToEdgesAndConstants) {
    Rng rng(1);
    Dictionary dict;
    dict.constants = {U256{1337}};
    dict.addresses = {Address::from_u64(0xa11ce)};
    CallGenerator gen(rng, dict);
    const std::vector<std::string> types{"uint256", "int8",   "address",  "bool",      "bytes4",
                                         "bytes",   "string", "uint16[]", "address[2]"};
    std::set<std::string> uints, int8s;
    int known_address = 0;
    for (int i = 0; i < 400; ++i) {
        auto args = gen.arguments(types);
        ASSERT_TRUE(args);
        std::string error;
        ASSERT_TRUE(encode_arguments(types, *args, {}, error)) << error;
        uints.insert((*args)[0]);
        int8s.insert((*args)[1]);
        known_address += (*args)[2] == address_hex(dict.addresses[0]);
    }
    for (const char* v : {"0", "1", "1337", "1338", "1336",
                          "115792089237316195423570985008687907853269984665640564039457584007913"
                          "129639935"})
        EXPECT_TRUE(uints.contains(v)) << v;
    for (const char* v : {"0", "-128", "127", "-1"})
        EXPECT_TRUE(int8s.contains(v)) << v;
    EXPECT_GT(known_address, 200); // three in four draws name an address the test knows
    EXPECT_FALSE(gen.arguments({"function"}));
}

TEST(FoundryInvariant, ValuesNeverExceedTheSendersBalance) {
    Rng rng(5);
    Dictionary dict;
    CallGenerator gen(rng, dict);
    for (int i = 0; i < 200; ++i)
        EXPECT_LE(gen.value(U256{1000}), U256{1000});
    EXPECT_EQ(gen.value(U256{}), U256{});
}

CallStep step(std::uint64_t tag, bool reentry = false) {
    CallStep s;
    s.sender = Address::from_u64(tag);
    if (reentry) s.reentry = Reentry{Address::from_u64(tag), {}};
    return s;
}

bool has(const std::vector<CallStep>& steps, std::uint64_t tag) {
    return std::any_of(steps.begin(), steps.end(),
                       [&](const CallStep& s) { return s.sender == Address::from_u64(tag); });
}

TEST(FoundryInvariant, ShrinkingKeepsOnlyTheCallsThatBreakInOrder) {
    std::vector<CallStep> steps;
    for (std::uint64_t i = 1; i <= 40; ++i)
        steps.push_back(step(i));
    // breaks when call 7 comes before call 31 (as arm() before open(1337))
    int replays = 0;
    auto breaks = [&](const std::vector<CallStep>& s) {
        ++replays;
        bool armed = false;
        for (const CallStep& c : s) {
            if (c.sender == Address::from_u64(7)) armed = true;
            if (armed && c.sender == Address::from_u64(31)) return true;
        }
        return false;
    };
    ASSERT_TRUE(breaks(steps));
    const auto shrunk = shrink_sequence(steps, breaks);
    ASSERT_EQ(shrunk.size(), 2U);
    EXPECT_EQ(shrunk[0].sender, Address::from_u64(7));
    EXPECT_EQ(shrunk[1].sender, Address::from_u64(31));
    EXPECT_LT(replays, 200); // chunks first: far fewer replays than one per call per pass
}

TEST(FoundryInvariant, ShrinkingDropsReentriesThatAreNotNeeded) {
    std::vector<CallStep> steps{step(1, true), step(2, true), step(3)};
    auto breaks = [](const std::vector<CallStep>& s) {
        return std::any_of(s.begin(), s.end(), [](const CallStep& c) {
            return c.sender == Address::from_u64(2) && c.reentry.has_value();
        });
    };
    const auto shrunk = shrink_sequence(steps, breaks);
    ASSERT_EQ(shrunk.size(), 1U);
    EXPECT_TRUE(has(shrunk, 2));
    EXPECT_TRUE(shrunk[0].reentry.has_value());
}

TEST(FoundryInvariant, ShrinkingAnEmptyOrMinimalSequenceChangesNothing) {
    auto always = [](const std::vector<CallStep>&) { return true; };
    EXPECT_TRUE(shrink_sequence({}, always).empty());
    auto needs_one = [](const std::vector<CallStep>& s) { return has(s, 9); };
    EXPECT_EQ(shrink_sequence({step(9)}, needs_one).size(), 1U);
}

/// A native "vault" that pays its caller by calling it, counting how often it is entered.
struct PayingTarget {
    int entries = 0;
    vm::Result handle(vm::Executor& ex, const vm::Message& msg) {
        ++entries;
        vm::Message pay;
        pay.depth = msg.depth + 1;
        pay.gas = msg.gas / 2;
        pay.sender = msg.recipient;
        pay.recipient = pay.code_address = msg.sender;
        const vm::Result r = ex.execute(pay);
        return vm::Result{r.status, msg.gas / 2 + r.gas_left, 0, {}, {}};
    }
};

TEST(FoundryInvariant, TheReentrantSenderReentersOncePerArmedStep) {
    Session s(false, test_block());
    ReentrantSender adversary;
    adversary.install(s.executor());
    PayingTarget target;
    const Address vault = Address::from_u64(0x7a);
    s.executor().bind_native(
        vault, [&](vm::Executor& ex, const vm::Message& m) { return target.handle(ex, m); });
    EXPECT_GT(s.state().code_size(ReentrantSender::address()), 0U); // a contract to Solidity

    adversary.arm(Reentry{vault, {0x01}});
    EXPECT_TRUE(s.call(ReentrantSender::address(), vault, {0x01}).success());
    EXPECT_TRUE(adversary.fired());
    EXPECT_EQ(target.entries, 2); // the call, and one re-entry from its callback

    adversary.arm(std::nullopt);
    target.entries = 0;
    EXPECT_TRUE(s.call(ReentrantSender::address(), vault, {0x01}).success());
    EXPECT_FALSE(adversary.fired());
    EXPECT_EQ(target.entries, 1);
}

TEST(FoundryInvariant, DiscoversInvariantAndStatefulFuzzFunctions) {
    vm::ContractCode code;
    auto fn = [](std::string name, std::vector<std::string> inputs = {}) {
        vm::AbiEntry e;
        e.name = name;
        std::string sig = name + "(";
        for (std::size_t i = 0; i < inputs.size(); ++i)
            sig += (i ? "," : "") + inputs[i];
        e.signature = sig + ")";
        e.inputs = std::move(inputs);
        return e;
    };
    code.abi = {fn("invariant_b"), fn("statefulFuzz_a"),
                fn("invariant_a"), fn("invariant_param", {"uint256"}),
                fn("test_x"),      fn("targetContracts")};
    EXPECT_EQ(discover_invariants(code),
              (std::vector<std::string>{"invariant_a()", "invariant_b()", "statefulFuzz_a()"}));
    EXPECT_EQ(discover_tests(code), (std::vector<std::string>{"test_x()"}));
}

/// abi.encode(FuzzSelector[]) as solc lays it out, built word by word.
Bytes fuzz_selectors_abi() {
    Bytes out;
    auto word = [&](std::uint64_t v) {
        const auto b = vm::to_bytes(U256{v});
        out.insert(out.end(), b.begin(), b.end());
    };
    auto selector = [&](std::uint32_t sel) {
        out.push_back(static_cast<std::uint8_t>(sel >> 24));
        out.push_back(static_cast<std::uint8_t>(sel >> 16));
        out.push_back(static_cast<std::uint8_t>(sel >> 8));
        out.push_back(static_cast<std::uint8_t>(sel));
        out.insert(out.end(), 28, 0);
    };
    word(32);       // offset of the array
    word(2);        // two FuzzSelectors
    word(64);       // first tuple, after the two offsets
    word(64 + 160); // second: the first is 2 head words + length + 2 selectors
    word(0xaaaa);   // addr
    word(64);       // offset of selectors within the tuple
    word(2);
    selector(0x11223344);
    selector(0x55667788);
    word(0xbbbb);
    word(64);
    word(1);
    selector(0xdeadbeef);
    return out;
}

TEST(FoundryInvariant, DecodesForgeStdsFuzzSelectorArray) {
    const auto pairs = decode_fuzz_selectors(fuzz_selectors_abi());
    ASSERT_TRUE(pairs);
    const Address a = Address::from_u64(0xaaaa), b = Address::from_u64(0xbbbb);
    const std::vector<SelectorPair> want{{a, {0x11, 0x22, 0x33, 0x44}},
                                         {a, {0x55, 0x66, 0x77, 0x88}},
                                         {b, {0xde, 0xad, 0xbe, 0xef}}};
    EXPECT_EQ(*pairs, want);
}

TEST(FoundryInvariant, AnEmptyFuzzSelectorArrayDecodesToNoPairs) {
    Bytes empty(64, 0);
    empty[31] = 32;
    const auto pairs = decode_fuzz_selectors(empty);
    ASSERT_TRUE(pairs);
    EXPECT_TRUE(pairs->empty());
}

TEST(FoundryInvariant, MalformedFuzzSelectorArraysAreRejected) {
    const Bytes good = fuzz_selectors_abi();
    EXPECT_FALSE(decode_fuzz_selectors({}));
    for (std::size_t cut = 0; cut < good.size(); cut += 32) // every truncation
        EXPECT_FALSE(decode_fuzz_selectors(BytesView{good}.first(cut))) << cut;
    Bytes huge = good;
    huge[32 + 31] = 0xff; // an array length past the end
    EXPECT_FALSE(decode_fuzz_selectors(huge));
    Bytes far = good;
    far[4 * 32 + 32 + 31] = 0xf0; // a selectors offset past the end
    EXPECT_FALSE(decode_fuzz_selectors(far));
}

} // namespace
} // namespace mallory::chain::foundry
