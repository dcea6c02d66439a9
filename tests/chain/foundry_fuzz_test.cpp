// The fuzz input generator (determinism, edge and dictionary bias, ABI encoding), shrinking,
// the test cheatcodes' failure messages, and forge's selection filters.
#include "chain/foundry/filter.hpp"
#include "chain/foundry/fuzz.hpp"
#include "chain/foundry/test_cheats.hpp"
#include "vm/keccak.hpp"
#include "vm/opcodes.hpp"

#include <gtest/gtest.h>
#include <set>

namespace mallory::chain::foundry {
namespace {

FuzzType type_of(const std::string& t) {
    std::string why;
    auto ft = parse_fuzz_type(t, &why);
    EXPECT_TRUE(ft) << why;
    return *ft;
}

std::vector<FuzzValue> draw(std::uint64_t seed, const std::vector<FuzzType>& types, int n,
                            std::vector<U256> dict = {}) {
    FuzzGenerator g(seed, FuzzDictionary{std::move(dict), {}});
    std::vector<FuzzValue> out;
    for (int i = 0; i < n; ++i)
        for (FuzzValue& v : g.values(types))
            out.push_back(std::move(v));
    return out;
}

std::string revert_text(const std::optional<Bytes>& data) {
    if (!data) return "<holds>";
    return revert_reason(*data);
}

Bytes args_of(const std::vector<std::string>& types, const std::vector<std::string>& args) {
    std::string error;
    auto b = encode_arguments(types, args, {}, error);
    EXPECT_TRUE(b) << error;
    return *b;
}

TEST(FuzzTypes, ParsesEveryAbiTypeTheFuzzerGenerates) {
    EXPECT_EQ(type_of("uint8").size, 8u);
    EXPECT_EQ(type_of("int256").kind, FuzzType::Kind::Int);
    EXPECT_EQ(type_of("bytes4").size, 4u);
    EXPECT_TRUE(type_of("string").is_dynamic());
    const FuzzType fixed = type_of("uint256[3]");
    EXPECT_EQ(*fixed.length, 3u);
    EXPECT_FALSE(fixed.is_dynamic());
    const FuzzType nested = type_of("uint8[2][]");
    EXPECT_FALSE(nested.length);
    EXPECT_EQ(*nested.element->length, 2u);
    EXPECT_TRUE(type_of("string[2]").is_dynamic());
    std::string why;
    EXPECT_FALSE(parse_fuzz_type("uint7", &why));
    EXPECT_NE(why.find("uint7"), std::string::npos);
    EXPECT_FALSE(parse_fuzz_type("bytes33"));
    EXPECT_FALSE(parse_fuzz_type("(uint256,bool7)"));
    // A struct parameter is a tuple: static when its components are, split at top-level commas.
    const FuzzType order = type_of("(address,uint96,(bool,bytes4)[2])");
    EXPECT_EQ(order.kind, FuzzType::Kind::Tuple);
    ASSERT_EQ(order.components.size(), 3u);
    EXPECT_EQ(order.components[2]->element->components.size(), 2u);
    EXPECT_FALSE(order.is_dynamic());
    EXPECT_TRUE(type_of("(uint8,string)").is_dynamic());
    EXPECT_EQ(type_of("(uint8,bool)[]").element->kind, FuzzType::Kind::Tuple);
}

TEST(FuzzTypes, TuplesEncodeInPlaceWhenStaticAndBehindAnOffsetWhenDynamic) {
    FuzzValue one, two, text;
    one.word = U256{1};
    two.word = U256{2};
    text.bytes = {'h', 'i'};
    FuzzValue pair, named;
    pair.items = {one, two};
    named.items = {one, text};
    // (uint8,uint8) is two words in the head, no offset
    EXPECT_EQ(encode_fuzz_args({type_of("(uint8,uint8)")}, {pair}).size(), 64u);
    // (uint8,string): an offset (32), then the tuple: 1, the string's offset, its length, data
    const Bytes dynamic = encode_fuzz_args({type_of("(uint8,string)")}, {named});
    ASSERT_EQ(dynamic.size(), 32u * 5);
    EXPECT_EQ(dynamic[31], 32);
    EXPECT_EQ(dynamic[63], 1);
    EXPECT_EQ(dynamic[95], 64);
    EXPECT_EQ(dynamic[127], 2);
    EXPECT_EQ(dynamic[128], 'h');
}

TEST(FuzzGenerator, SameSeedSameInputsOtherSeedOtherInputs) {
    const std::vector<FuzzType> types{type_of("uint256"), type_of("bytes"), type_of("int16[]")};
    EXPECT_EQ(draw(42, types, 200), draw(42, types, 200));
    EXPECT_NE(draw(42, types, 200), draw(43, types, 200));
    EXPECT_EQ(fuzz_seed(U256{0}, "testA(uint256)"), fuzz_seed(U256{0}, "testA(uint256)"));
    EXPECT_NE(fuzz_seed(U256{0}, "testA(uint256)"), fuzz_seed(U256{0}, "testB(uint256)"));
    EXPECT_NE(fuzz_seed(U256{0}, "testA(uint256)"), fuzz_seed(U256{1}, "testA(uint256)"));
}

TEST(FuzzGenerator, FirstValuesArePinnedAcrossMachines) {
    // splitmix64 with no platform-dependent step: these exact words on every machine.
    FuzzGenerator g(0, {});
    EXPECT_EQ(g.next(), 0xe220a8397b1dcdafULL);
    EXPECT_EQ(g.next(), 0x6e789e6aa1b965f4ULL);
}

TEST(FuzzGenerator, BiasedToEdgesAndTheDictionary) {
    const FuzzType u256 = type_of("uint256");
    const U256 magic{0xdeadbeefcafeULL};
    std::set<U256> seen;
    for (const FuzzValue& v : draw(7, {u256}, 1000, {magic}))
        seen.insert(v.word);
    for (const U256& edge : {U256{0}, U256{1}, U256::max(), U256::max() - U256{1}, magic,
                             magic + U256{1}, magic - U256{1}})
        EXPECT_TRUE(seen.count(edge)) << vm::to_dec(edge);
    // Small numbers as well as huge ones: the width is random before the bits are.
    EXPECT_TRUE(std::any_of(seen.begin(), seen.end(),
                            [](const U256& w) { return w > U256{1000} && w < U256{1u << 20}; }));
    std::set<U256> ints;
    for (const FuzzValue& v : draw(7, {type_of("int8")}, 1000))
        ints.insert(v.word);
    EXPECT_TRUE(ints.count(U256{127}));
    EXPECT_TRUE(ints.count(U256{} - U256{128})); // -128, sign-extended as the ABI wants
    EXPECT_TRUE(ints.count(U256{} - U256{1}));
    for (const U256& w : ints)
        EXPECT_TRUE(w <= U256{127} || w >= U256{} - U256{128}) << vm::to_hex(w);
}

TEST(FuzzGenerator, ValuesFitTheirTypes) {
    for (const FuzzValue& v : draw(3, {type_of("uint8")}, 500))
        EXPECT_LE(v.word, U256{255});
    for (const FuzzValue& v : draw(3, {type_of("address")}, 500))
        EXPECT_TRUE(vm::shr(v.word, 160).is_zero());
    for (const FuzzValue& v : draw(3, {type_of("bytes2")}, 500))
        EXPECT_TRUE(vm::shl(v.word, 16).is_zero()); // left-aligned: only the top 2 bytes
    for (const FuzzValue& v : draw(3, {type_of("string")}, 200))
        for (std::uint8_t c : v.bytes)
            EXPECT_TRUE(c >= 0x20 && c < 0x7f);
    for (const FuzzValue& v : draw(3, {type_of("bool[4]")}, 100))
        EXPECT_EQ(v.items.size(), 4u);
}

TEST(FuzzEncoding, MatchesTheAbiEncoderOfTheCommandLine) {
    const std::vector<FuzzType> types{type_of("uint256"), type_of("string"), type_of("int8[]"),
                                      type_of("bytes2")};
    FuzzValue n, s, a, b;
    n.word = U256{5};
    s.bytes = {'h', 'i'};
    FuzzValue m1, p2;
    m1.word = U256{} - U256{1};
    p2.word = U256{2};
    a.items = {m1, p2};
    b.word = vm::shl(U256{0xabcd}, 240);
    EXPECT_EQ(encode_fuzz_args(types, {n, s, a, b}),
              args_of({"uint256", "string", "int8[]", "bytes2"}, {"5", "hi", "[-1,2]", "0xabcd"}));
}

TEST(FuzzShrinking, ThresholdPropertyShrinksToTheThreshold) {
    const std::vector<FuzzType> types{type_of("uint256")};
    FuzzValue big;
    big.word = U256::max() - U256{12345};
    const auto fails = [](const std::vector<FuzzValue>& v) { return v[0].word >= U256{1000}; };
    const auto min = shrink(types, {big}, fails);
    EXPECT_EQ(min[0].word, U256{1000});
}

TEST(FuzzShrinking, NegativeIntegersShrinkTowardZeroAndBytesTowardShorter) {
    const std::vector<FuzzType> types{type_of("int256"), type_of("bytes"), type_of("uint8[]")};
    FuzzValue neg, data, arr;
    neg.word = U256{} - U256{987654};
    data.bytes.assign(40, 0xff);
    arr.items.resize(7);
    const auto fails = [](const std::vector<FuzzValue>& v) {
        const bool below = v[0].word.is_negative() && (U256{} - v[0].word) >= U256{50};
        return below && v[1].bytes.size() >= 5 && v[2].items.size() >= 2;
    };
    const auto min = shrink(types, {neg, data, arr}, fails);
    EXPECT_EQ(min[0].word, U256{} - U256{50});
    EXPECT_EQ(min[1].bytes, Bytes(5, 0)); // shorter first, then each byte toward zero
    EXPECT_EQ(min[2].items.size(), 2u);
    const auto zero = shrink(types, {neg, data, arr}, [](const auto&) { return true; });
    EXPECT_TRUE(zero[0].word.is_zero());
    EXPECT_TRUE(zero[1].bytes.empty());
    EXPECT_TRUE(zero[2].items.empty());
}

TEST(FuzzShrinking, StopsAtItsBudgetWithAnInputThatStillFails) {
    const std::vector<FuzzType> types{type_of("uint256")};
    FuzzValue big;
    big.word = U256::max();
    std::size_t calls = 0;
    const auto min = shrink(
        types, {big},
        [&](const auto& v) {
            ++calls;
            return v[0].word >= U256{1000};
        },
        10);
    EXPECT_LE(calls, 10u);
    EXPECT_GE(min[0].word, U256{1000});
}

/// PUSH8 1000; PUSH1 42; PUSHK 0; with a pool of two constants (the second named by nothing).
vm::ContractCode code_with_constants() {
    vm::ContractCode code;
    code.constants = {U256{0xdeadbeefcafeULL}, U256{7777}};
    const std::uint64_t imm = 1000;
    code.code.push_back(static_cast<std::uint8_t>(vm::Op::PUSH8));
    const auto* p = reinterpret_cast<const std::uint8_t*>(&imm);
    code.code.insert(code.code.end(), p, p + 8);
    code.code.push_back(static_cast<std::uint8_t>(vm::Op::PUSH1));
    code.code.push_back(42);
    code.code.push_back(static_cast<std::uint8_t>(vm::Op::PUSHK));
    code.code.push_back(0);
    code.code.push_back(0);
    return code;
}

TEST(FuzzDictionary, CollectsTheConstantsOfCompiledCode) {
    const FuzzDictionary k = code_constants(code_with_constants());
    EXPECT_EQ(k.own,
              (std::vector<U256>{U256{1000}, U256{42}, U256{0xdeadbeefcafeULL}, U256{7777}}));
    EXPECT_TRUE(k.library.empty());
}

TEST(FuzzDictionary, LibraryConstantsAreTheSecondTier) {
    // The test's magic number must not drown among forge-std's helpers' constants.
    vm::ContractCode code = code_with_constants();
    code.files = {"test/Game.t.sol", "forge-std/StdAssertions.sol"};
    code.source_map = {{0, {0, 0, 1}}, {9, {1, 0, 1}}, {11, {0, 2, 3}}};
    const auto is_library = [](std::string_view f) { return f.starts_with("forge-std/"); };
    const FuzzDictionary k = code_constants(code, is_library);
    EXPECT_EQ(k.own, (std::vector<U256>{U256{1000}, U256{0xdeadbeefcafeULL}}));
    EXPECT_EQ(k.library, (std::vector<U256>{U256{42}, U256{7777}}));

    FuzzDictionary merged{{U256{42}}, {U256{1000}, U256{5}}};
    merged.merge(k); // own anywhere: own
    EXPECT_EQ(merged.own, (std::vector<U256>{U256{42}, U256{1000}, U256{0xdeadbeefcafeULL}}));
    EXPECT_EQ(merged.library, (std::vector<U256>{U256{5}, U256{7777}}));

    std::set<U256> seen;
    FuzzGenerator g(11, k);
    const FuzzType u256 = type_of("uint256");
    std::size_t own = 0;
    for (int i = 0; i < 4000; ++i) {
        const U256 w = g.value(u256).word;
        own += w == U256{0xdeadbeefcafeULL} ? 1 : 0;
        seen.insert(w);
    }
    EXPECT_TRUE(seen.count(U256{7777})); // the second tier is still drawn
    EXPECT_GT(own, 4000u / 20);          // about 1 in 10: a quarter, 3/4 own, 1/2 of 2, exact
}

TEST(TestCheats, FailedAssertionsShowBothValuesAsForgeStd) {
    EXPECT_EQ(revert_text(run_test_cheat("assertEq(uint256,uint256)",
                                         args_of({"uint256", "uint256"}, {"5", "6"}))),
              "assertion failed: 5 != 6");
    EXPECT_EQ(revert_text(
                  run_test_cheat("assertEq(uint256,uint256,string)",
                                 args_of({"uint256", "uint256", "string"}, {"5", "6", "balance"}))),
              "balance: 5 != 6");
    EXPECT_EQ(revert_text(run_test_cheat("assertLt(int256,int256)",
                                         args_of({"int256", "int256"}, {"-1", "-2"}))),
              "assertion failed: -1 >= -2");
    EXPECT_EQ(revert_text(run_test_cheat("assertEq(string,string)",
                                         args_of({"string", "string"}, {"a", "b"}))),
              "assertion failed: a != b");
    EXPECT_EQ(revert_text(
                  run_test_cheat("assertApproxEqAbs(uint256,uint256,uint256)",
                                 args_of({"uint256", "uint256", "uint256"}, {"100", "110", "5"}))),
              "assertion failed: 100 !~= 110 (max delta: 5, real delta: 10)");
    EXPECT_FALSE(run_test_cheat("assertApproxEqAbs(int256,int256,uint256)",
                                args_of({"int256", "int256", "uint256"}, {"-3", "2", "5"})));
    EXPECT_FALSE(
        run_test_cheat("assertGe(int256,int256)", args_of({"int256", "int256"}, {"3", "-2"})));
    EXPECT_EQ(run_test_cheat("assume(bool)", args_of({"bool"}, {"false"})), assume_rejection());
    EXPECT_FALSE(run_test_cheat("assume(bool)", args_of({"bool"}, {"true"})));
    EXPECT_EQ(run_test_cheat("skip(bool)", args_of({"bool"}, {"true"})), skip_request());
    EXPECT_TRUE(test_cheat_signature(vm::selector_of("assertEq(bytes,bytes)")));
}

TEST(TestCheats, DecimalAssertionsShowTheValuesAsAmounts) {
    const std::vector<std::string> u3{"uint256", "uint256", "uint256"};
    // alloy's format_units, as forge prints them: every decimal kept.
    EXPECT_EQ(revert_text(run_test_cheat("assertEqDecimal(uint256,uint256,uint256)",
                                         args_of(u3, {"1500000000000000000", "2000000", "18"}))),
              "assertion failed: 1.500000000000000000 != 0.000000000002000000");
    EXPECT_EQ(revert_text(run_test_cheat("assertLtDecimal(int256,int256,uint256,string)",
                                         args_of({"int256", "int256", "uint256", "string"},
                                                 {"-250", "-300", "2", "debt"}))),
              "debt: -2.50 >= -3.00");
    EXPECT_EQ(revert_text(run_test_cheat("assertGeDecimal(uint256,uint256,uint256)",
                                         args_of(u3, {"4", "5", "0"}))),
              "assertion failed: 4.0 < 5.0");
    EXPECT_FALSE(
        run_test_cheat("assertEqDecimal(uint256,uint256,uint256)", args_of(u3, {"7", "7", "18"})));
    EXPECT_FALSE(run_test_cheat("assertNotEqDecimal(int256,int256,uint256)",
                                args_of({"int256", "int256", "uint256"}, {"-7", "7", "6"})));
    const std::vector<std::string> u4{"uint256", "uint256", "uint256", "uint256"};
    // The delta comes before the decimals, and is shown with them too.
    EXPECT_EQ(
        revert_text(run_test_cheat("assertApproxEqAbsDecimal(uint256,uint256,uint256,uint256)",
                                   args_of(u4, {"1000", "1100", "50", "3"}))),
        "assertion failed: 1.000 !~= 1.100 (max delta: 0.050, real delta: 0.100)");
    EXPECT_EQ(revert_text(
                  run_test_cheat("assertApproxEqRelDecimal(uint256,uint256,uint256,uint256,string)",
                                 args_of({"uint256", "uint256", "uint256", "uint256", "string"},
                                         {"90", "100", "50000000000000000", "1", "price"}))),
              "price: 9.0 !~= 10.0 (max delta: 5.0000000000000000%, real delta: "
              "10.0000000000000000%)");
    // Beyond 77 decimals no unit exists: the plain number.
    EXPECT_EQ(revert_text(run_test_cheat("assertEqDecimal(uint256,uint256,uint256)",
                                         args_of(u3, {"1", "2", "78"}))),
              "assertion failed: 1 != 2");
    EXPECT_TRUE(test_cheat_signature(
        vm::selector_of("assertApproxEqRelDecimal(int256,int256,uint256,uint256,string)")));
}

TEST(TestFilter, MatchesBareNamesContractsAndPathsAsForge) {
    TestFilter f;
    f.match_test = std::regex("^testX$");
    EXPECT_TRUE(f.selects_test("T", "testX()"));
    EXPECT_FALSE(f.selects_test("T", "testXY()"));
    f.match_test.reset();
    f.no_match_test = std::regex("Fuzz");
    EXPECT_FALSE(f.selects_test("T", "testFuzz_A(uint256)"));
    EXPECT_TRUE(f.selects_test("T", "testA()"));
    f.no_match_test.reset();
    f.match_contract = std::regex("Vault");
    EXPECT_TRUE(f.selects_test("VaultTest", "testA()"));
    EXPECT_FALSE(f.selects_test("TokenTest", "testA()"));
    f.no_match_contract = std::regex("Fork");
    EXPECT_FALSE(f.selects_contract("VaultForkTest"));
    TestFilter legacy;
    legacy.match = std::regex("Vault::testA\\(\\)");
    EXPECT_TRUE(legacy.selects_test("Vault", "testA()"));
    EXPECT_FALSE(legacy.selects_test("Token", "testA()"));
    TestFilter paths;
    paths.match_path = "test/**/*.t.sol";
    EXPECT_TRUE(paths.selects_path("test/a/b/Vault.t.sol"));
    EXPECT_TRUE(paths.selects_path("test/Vault.t.sol"));
    EXPECT_FALSE(paths.selects_path("src/Vault.sol"));
    paths.match_path.reset();
    paths.no_match_path = "*Fuzz*";
    EXPECT_FALSE(paths.selects_path("tests/fuzz/FuzzFailing.t.sol"));
    EXPECT_TRUE(paths.selects_path("tests/fuzz/Assertions.t.sol"));
    EXPECT_TRUE(glob_match("a/[bc]?.sol", "a/cx.sol"));
    EXPECT_TRUE(glob_match("a/*.sol", "a/b/c.sol")); // '*' crosses '/', as in forge
    EXPECT_FALSE(glob_match("a/?.sol", "a//.sol"));
    EXPECT_FALSE(glob_match("*.t.sol", "Vault.sol"));
    EXPECT_TRUE(path_matches(".*Fail.*", "x/FuzzFailing.t.sol")); // a regex, as a fallback
    EXPECT_EQ(bare_name("testFuzz(uint256,bytes)"), "testFuzz");
}

} // namespace
} // namespace mallory::chain::foundry
