// The Foundry layer's ABI codec: signatures, text arguments, decoding, revert reasons.
#include "chain/foundry/abi.hpp"
#include "vm/keccak.hpp"
#include "vm/message.hpp"

#include <gtest/gtest.h>

namespace mallory::chain::foundry {
namespace {

TEST(FoundryAbi, ParsesAndCanonicalisesSignatures) {
    std::string why;
    auto sig = parse_signature(" transfer( address to , uint amount ) ", &why);
    ASSERT_TRUE(sig) << why;
    EXPECT_EQ(sig->name, "transfer");
    EXPECT_EQ(sig->canonical(), "transfer(address,uint256)");
    EXPECT_FALSE(parse_signature("transfer", &why));
    EXPECT_FALSE(parse_signature("f(uint7)", &why));
    EXPECT_NE(why.find("unsupported type 'uint7'"), std::string::npos);
    EXPECT_EQ(parse_signature("f(uint256[],bytes32[2])")->canonical(), "f(uint256[],bytes32[2])");
}

TEST(FoundryAbi, BadArgumentsSayWhichAndWhy) {
    std::string error;
    EXPECT_FALSE(encode_arguments(
        {"address", "uint256"}, {"0x0000000000000000000000000000000000000001", "abc"}, {}, error));
    EXPECT_EQ(error, "argument 2: expected uint256, got 'abc'");
    EXPECT_FALSE(encode_arguments({"uint8"}, {"256"}, {}, error));
    EXPECT_EQ(error, "argument 1: expected uint8, got '256'");
    EXPECT_FALSE(encode_arguments({"address"}, {"nobody"}, {}, error));
    EXPECT_EQ(error, "argument 1: expected address, got 'nobody'");
    EXPECT_FALSE(encode_arguments({"bool"}, {}, {}, error));
    EXPECT_EQ(error, "expected 1 argument, got 0");
}

TEST(FoundryAbi, EncodesAndDecodesRoundTrip) {
    std::string error;
    const AddressResolver resolve = [](std::string_view n) -> std::optional<Address> {
        if (n == "alice") return Address::from_u64(0xa11ce);
        return std::nullopt;
    };
    const std::vector<std::string> types{"uint256", "int16",  "address", "bool",
                                         "string",  "bytes4", "uint8[]"};
    auto data = encode_arguments(
        types, {"1ether", "-5", "alice", "true", "hi there", "0xdeadbeef", "[1, 2, 3]"}, resolve,
        error);
    ASSERT_TRUE(data) << error;
    auto values = decode_values(types, *data);
    ASSERT_TRUE(values);
    ASSERT_EQ(values->size(), 7U);
    EXPECT_EQ((*values)[0].text, "1000000000000000000");
    EXPECT_EQ((*values)[0].json, "1000000000000000000");
    EXPECT_EQ((*values)[1].text, "-5");
    EXPECT_EQ((*values)[2].json, "0x00000000000000000000000000000000000a11ce");
    EXPECT_EQ((*values)[3].json, true);
    EXPECT_EQ((*values)[4].text, "\"hi there\"");
    EXPECT_EQ((*values)[4].json, "hi there");
    EXPECT_EQ((*values)[5].text, "0xdeadbeef");
    EXPECT_EQ((*values)[6].text, "[1, 2, 3]");
    EXPECT_FALSE(decode_values({"uint256", "uint256"}, BytesView{data->data(), 40}));
}

TEST(FoundryAbi, ChecksumsAsEip55) {
    // the EIP-55 test vectors
    for (const char* text : {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                             "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                             "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"}) {
        auto a = parse_address(text);
        ASSERT_TRUE(a);
        EXPECT_EQ(checksum(*a), text);
    }
}

TEST(FoundryAbi, AmountsWithUnits) {
    EXPECT_EQ(*parse_amount("5 gwei"), U256{5'000'000'000ULL});
    EXPECT_EQ(*parse_amount("0x10"), U256{16});
    EXPECT_FALSE(parse_amount("ten"));
    EXPECT_FALSE(parse_amount("115792089237316195423570985008687907853269984665640564039458ether"));
}

TEST(FoundryAbi, RevertReasons) {
    EXPECT_EQ(revert_reason(encode_error("no tokens")), "no tokens");
    EXPECT_EQ(revert_reason(vm::panic_data(vm::panic::overflow)),
              "panic: arithmetic overflow or underflow (0x11)");
    EXPECT_EQ(revert_reason({}), "reverted without a reason");
    vm::ContractCode code;
    vm::AbiEntry err;
    err.kind = vm::AbiKind::Error;
    err.name = "NotOwner";
    err.signature = "NotOwner(address)";
    err.inputs = {"address"};
    code.abi.push_back(err);
    const auto sel = vm::selector_of("NotOwner(address)");
    Bytes data(sel.begin(), sel.end());
    std::string error;
    const auto arg =
        encode_arguments({"address"}, {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"}, {}, error);
    data.insert(data.end(), arg->begin(), arg->end());
    EXPECT_EQ(revert_reason(data, {&code}), "NotOwner(0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed)");
    const ParamNames names{{"NotOwner(address)", {"caller"}}};
    EXPECT_EQ(revert_reason(data, {&code}, &names),
              "NotOwner(caller: 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed)");
}

TEST(FoundryAbi, UndeclaredRevertDataIsShownAsForgeDecodesIt) {
    const std::string text = "FOUNDRY::ASSUME"; // raw bytes that read as text are text
    EXPECT_EQ(revert_reason(Bytes(text.begin(), text.end())), "FOUNDRY::ASSUME");
    const auto sel = vm::selector_of("Unknown(uint256)");
    Bytes data(sel.begin(), sel.end());
    EXPECT_EQ(revert_reason(data), "custom error " + vm::to_hex(BytesView{data}));
    data.resize(4 + 32);
    data.back() = 7; // with arguments: the selector, then their bytes
    EXPECT_EQ(revert_reason(data), "custom error " + vm::to_hex(BytesView{data}.first(4)) + ": " +
                                       std::string(62, '0') + "07");
    data.resize(4 + 64); // long data keeps its ends and says how long it is
    data.back() = 9;
    EXPECT_EQ(revert_reason(data), "custom error " + vm::to_hex(BytesView{data}.first(4)) + ": " +
                                       std::string(32, '0') + "…" + std::string(30, '0') +
                                       "09 (64 bytes)");
}

TEST(FoundryAbi, DecodesEventsWithIndexedTopics) {
    vm::ContractCode code;
    vm::AbiEntry ev;
    ev.kind = vm::AbiKind::Event;
    ev.name = "Deposit";
    ev.signature = "Deposit(address,uint256)";
    ev.inputs = {"address", "uint256"};
    ev.indexed = {true, false};
    code.abi.push_back(ev);
    vm::Log log;
    log.address = Address::from_u64(1);
    log.topics = {vm::load_be(ev.hash().data()), Address::from_u64(0xa11ce).to_word()};
    std::string error;
    log.data = *encode_arguments({"uint256"}, {"5000000000000000000"}, {}, error);
    const ParamNames names{{"Deposit(address,uint256)", {"who", "amount"}}};
    EXPECT_EQ(
        decode_event(log, &code, &names).text(),
        "Deposit(who: 0x00000000000000000000000000000000000A11cE, amount: 5000000000000000000)");
    EXPECT_EQ(decode_event(log, nullptr).name, "<unknown event>");
}

/// The words as ABI-encoded data.
Bytes words(std::initializer_list<std::uint64_t> ws) {
    Bytes out;
    for (std::uint64_t w : ws)
        append_word(out, vm::U256{w});
    return out;
}

TEST(FoundryAbi, DecodesStructsInPlaceAndBehindAnOffset) {
    // A static struct is its fields in place; values after it follow its words.
    auto v = decode_values({"(uint256,uint256)", "uint8"}, words({3, 4, 5}));
    ASSERT_TRUE(v);
    EXPECT_EQ((*v)[0].text, "(3, 4)");
    EXPECT_EQ((*v)[0].json, nlohmann::json::parse(R"(["3","4"])"));
    EXPECT_EQ((*v)[1].text, "5");
    // A struct with a string is behind an offset; its own offsets count from its start.
    Bytes data = words({32, 7, 64, 2});
    const std::string hi = "hi";
    data.insert(data.end(), hi.begin(), hi.end());
    data.resize(data.size() + 30);
    v = decode_values({"(uint256,string)"}, data);
    ASSERT_TRUE(v);
    EXPECT_EQ((*v)[0].text, R"((7, "hi"))");
}

TEST(FoundryAbi, DecodesArraysOfDynamicValuesAndWhatFollowsThem) {
    // string[] ["x"], then 7: the array's elements are offsets from the start of its items.
    Bytes data = words({64, 7, 1, 32, 1});
    data.push_back('x');
    data.resize(data.size() + 31);
    auto v = decode_values({"string[]", "uint256"}, data);
    ASSERT_TRUE(v);
    EXPECT_EQ((*v)[0].json, nlohmann::json::parse(R"(["x"])"));
    EXPECT_EQ((*v)[1].text, "7");
    // Nested: a dynamic array of static structs, and a fixed array of dynamic arrays.
    v = decode_values({"(address,bool)[]"}, words({32, 2, 1, 1, 2, 0}));
    ASSERT_TRUE(v);
    EXPECT_EQ((*v)[0].json.size(), 2u);
    EXPECT_EQ((*v)[0].json[1][1], false);
    v = decode_values({"uint8[][2]"}, words({32, 64, 128, 1, 9, 1, 8}));
    ASSERT_TRUE(v);
    EXPECT_EQ((*v)[0].text, "[[9], [8]]");
}

TEST(FoundryAbi, WhatEncodesDecodesBack) {
    // Found by cli_args_fuzz: `bytes08` was encoded as bytes8 and then not decoded at all.
    std::string why;
    EXPECT_FALSE(parse_signature("h(bytes08)", &why));
    EXPECT_FALSE(parse_signature("h(uint8[02])", &why));
    const auto sig = parse_signature("h(uint8[2],bytes8,uint16[1000])", &why);
    ASSERT_TRUE(sig) << why;
    std::string many = "[";
    for (int i = 0; i < 1000; ++i)
        many += i ? ",7" : "7";
    many += "]";
    std::string error;
    const auto encoded = encode_arguments(sig->types, {"[1,2]", "0x01", many}, {}, error);
    ASSERT_TRUE(encoded) << error;
    const auto decoded = decode_values(sig->types, BytesView{*encoded});
    ASSERT_TRUE(decoded);
    EXPECT_EQ((*decoded)[2].json.size(), 1000u);
}

TEST(FoundryAbi, MalformedDataDecodesAsNothing) {
    EXPECT_FALSE(decode_values({"uint256[]"}, words({32, 1'000'000})));
    EXPECT_FALSE(decode_values({"(uint256,string)"}, words({32, 7, 4096})));
    EXPECT_FALSE(decode_values({"(uint256,uint256)"}, words({1})));
    EXPECT_FALSE(decode_values({"uint7"}, words({1})));
}

} // namespace
} // namespace mallory::chain::foundry
