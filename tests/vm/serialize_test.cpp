// Container serialization: round trips, and hostile bytes that must be rejected, not crash.
#include "vm/builder.hpp"
#include "vm/keccak.hpp"
#include "vm/serialize.hpp"

#include <gtest/gtest.h>
#include <random>

namespace mallory::vm {
namespace {

ContractCode sample() {
    Builder child;
    child.name("Child").function(0, 0).emit(Op::STOP);
    auto child_code = std::make_shared<const ContractCode>(child.build());
    Builder b;
    b.name("Sample");
    const auto file = b.file("sample.sol");
    auto& f = b.function(0, 0, 1);
    f.span({file, 10, 20}).push(U256{1, 2, 3, 4}).lset(0);
    f.span({file, 21, 30})
        .push(U256{0})
        .push(U256{0})
        .push(U256{0})
        .emit(Op::CREATE, {b.child(child_code)})
        .emit(Op::STOP);
    auto& ctor = b.function(0, 0);
    ctor.emit(Op::STOP);
    b.constructor(1);
    b.abi(abi_function("transfer(address,uint256)", {"bool"}));
    AbiEntry ev;
    ev.kind = AbiKind::Event;
    ev.name = "Transfer";
    ev.signature = "Transfer(address,address,uint256)";
    ev.inputs = {"address", "address", "uint256"};
    ev.indexed = {true, true, false};
    b.abi(ev);
    return b.build();
}

TEST(Serialize, RoundTrip) {
    const ContractCode c = sample();
    const Bytes bytes = serialize(c);
    const LoadResult r = load(bytes);
    ASSERT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(*r.code, c);
    EXPECT_EQ(serialize(*r.code), bytes);
    EXPECT_EQ(r.code->source_map.size(), 2u);
    EXPECT_EQ(r.code->span_at(c.functions[0].offset + 1)->begin, 10u);
}

TEST(Serialize, SelectorsAndHashes) {
    const ContractCode c = sample();
    EXPECT_EQ(c.abi[0].selector(), (std::array<std::uint8_t, 4>{0xa9, 0x05, 0x9c, 0xbb}));
    EXPECT_EQ(c.abi[0].inputs, (std::vector<std::string>{"address", "uint256"}));
    EXPECT_EQ(to_hex(BytesView{c.abi[1].hash()}),
              "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
    EXPECT_NE(c.find_function({0xa9, 0x05, 0x9c, 0xbb}), nullptr);
}

TEST(Serialize, PrefixLoadLeavesConstructorArguments) {
    Bytes bytes = serialize(sample());
    const std::size_t n = bytes.size();
    bytes.push_back(0x42);
    EXPECT_EQ(load(bytes).decode, DecodeError::TrailingBytes);
    const LoadResult r = load_prefix(bytes);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.consumed, n);
}

TEST(Serialize, EveryTruncationIsRejected) {
    const Bytes bytes = serialize(sample());
    for (std::size_t len = 0; len < bytes.size(); ++len) {
        const LoadResult r = load(BytesView{bytes.data(), len});
        ASSERT_FALSE(r.ok()) << len;
        ASSERT_NE(r.decode, DecodeError::Ok) << len;
    }
}

TEST(Serialize, HostileHeadersAndCounts) {
    Bytes bytes = serialize(sample());
    Bytes bad = bytes;
    bad[0] = 'X';
    EXPECT_EQ(load(bad).decode, DecodeError::BadMagic);
    bad = bytes;
    bad[4] = 99;
    EXPECT_EQ(load(bad).decode, DecodeError::BadVersion);
    // A huge function count must fail on length, not allocate.
    bad = bytes;
    const std::size_t name_len = 4 + 6; // u32 + "Sample"
    bad[5 + name_len] = 0xFF;
    bad[5 + name_len + 1] = 0xFF;
    bad[5 + name_len + 2] = 0xFF;
    bad[5 + name_len + 3] = 0x7F;
    EXPECT_EQ(load(bad).decode, DecodeError::Truncated);
}

TEST(Serialize, RandomMutationsNeverCrash) {
    const Bytes bytes = serialize(sample());
    std::mt19937 rng(7);
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        Bytes m = bytes;
        const int flips = 1 + static_cast<int>(rng() % 4);
        for (int k = 0; k < flips; ++k)
            m[rng() % m.size()] = static_cast<std::uint8_t>(rng());
        const LoadResult r = load(m);
        if (r.ok()) {
            ++accepted;
            ASSERT_TRUE(verify(*r.code).ok());
        }
    }
    EXPECT_LT(accepted, 20000); // most mutations are caught
}

TEST(Serialize, NestingDepthIsBounded) {
    auto code = std::make_shared<const ContractCode>([] {
        Builder b;
        b.function(0, 0).emit(Op::STOP);
        return b.build();
    }());
    for (int i = 0; i < kMaxNesting + 2; ++i) {
        Builder b;
        b.child(code);
        b.function(0, 0).emit(Op::STOP);
        code = std::make_shared<const ContractCode>(b.build());
    }
    EXPECT_EQ(load(serialize(*code)).decode, DecodeError::TooDeep);
}

TEST(Serialize, VerificationFailureIsReported) {
    Builder b;
    b.function(0, 0).emit(Op::ADD).emit(Op::STOP);
    const LoadResult r = load(serialize(b.build()));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.decode, DecodeError::Ok);
    EXPECT_EQ(r.verify.error, VerifyError::StackUnderflow);
    EXPECT_NE(r.message().find("offset 0"), std::string::npos);
}

TEST(Keccak, CreateAddressMatchesEthereum) {
    // Well-known: sender 0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0, nonces 0..3.
    Address s;
    const char* hex = "6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0";
    for (int i = 0; i < 20; ++i)
        s.bytes[i] = static_cast<std::uint8_t>(std::stoi(std::string(hex + 2 * i, 2), nullptr, 16));
    EXPECT_EQ(to_hex(create_address(s, 0)), "0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d");
    EXPECT_EQ(to_hex(create_address(s, 1)), "0x343c43a37d37dff08ae8c4a11544c718abb4fcf8");
    EXPECT_EQ(to_hex(create_address(s, 2)), "0xf778b86fa74e846c4f0a1fbd1335fe81c00a0c91");
    EXPECT_EQ(to_hex(create_address(s, 3)), "0xfffd933a0bc612844eaf0c6fe3e5b8e9b6c1d19c");
}

} // namespace
} // namespace mallory::vm
