// Keys, addresses, signatures, RLP and Keccak against Ethereum's published test vectors.
#include "chain/keys.hpp"
#include "chain/rlp.hpp"
#include "chain/transaction.hpp"
#include "vm/keccak.hpp"

#include <gtest/gtest.h>

using namespace mallory::chain;
using mallory::vm::to_hex;

TEST(Keccak, EmptyString) {
    EXPECT_EQ(to_hex(BytesView{mallory::vm::keccak256(BytesView{})}),
              "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
}

TEST(Keys, Eip155PrivateKeyAddress) {
    const auto key =
        PrivateKey::from_hex("0x4646464646464646464646464646464646464646464646464646464646464646");
    EXPECT_EQ(to_checksum(key.address()), "0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F");
}

TEST(Keys, RejectsInvalidPrivateKeys) {
    EXPECT_THROW(PrivateKey::from_bytes(Hash{}), KeyError);
    EXPECT_THROW(
        PrivateKey::from_hex("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141"),
        KeyError);
    EXPECT_THROW(PrivateKey::from_hex("0x1234"), KeyError);
}

TEST(Keys, DevKeysAreDeterministicAndDistinct) {
    EXPECT_EQ(PrivateKey::dev("alice").address(), PrivateKey::dev("alice").address());
    EXPECT_NE(PrivateKey::dev("alice").address(), PrivateKey::dev("bob").address());
    const Hash expected = mallory::vm::keccak256(std::string_view{"mallory dev account alice"});
    EXPECT_EQ(PrivateKey::dev("alice").secret(), expected);
}

TEST(Keys, CreateAddressVector) {
    const Address sender = parse_address("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0");
    EXPECT_EQ(to_hex(mallory::vm::create_address(sender, 0)),
              "0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d");
    EXPECT_EQ(to_hex(mallory::vm::create_address(sender, 1)),
              "0x343c43a37d37dff08ae8c4a11544c718abb4fcf8");
}

TEST(Eip55, ChecksumVectors) {
    for (const char* s : {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                          "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                          "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
                          "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"}) {
        const Address a = parse_address(s);
        EXPECT_EQ(to_checksum(a), s);
    }
}

TEST(Eip55, ParseErrorsAreClear) {
    std::string why;
    EXPECT_FALSE(try_parse_address("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", &why));
    EXPECT_NE(why.find("checksum"), std::string::npos) << why;
    EXPECT_FALSE(try_parse_address("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", &why));
    EXPECT_NE(why.find("0x"), std::string::npos) << why;
    EXPECT_FALSE(try_parse_address("0x1234", &why));
    EXPECT_NE(why.find("found 4"), std::string::npos) << why;
    EXPECT_FALSE(try_parse_address("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg", &why));
    EXPECT_NE(why.find("not a hex digit"), std::string::npos) << why;
    // All-lowercase and all-uppercase are accepted without a checksum.
    EXPECT_TRUE(try_parse_address("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"));
    EXPECT_TRUE(try_parse_address("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED"));
    EXPECT_THROW(parse_address("0xzz"), KeyError);
}

TEST(Signatures, SignRecoverRoundTrip) {
    const auto key = PrivateKey::dev("alice");
    const Hash digest = mallory::vm::keccak256(std::string_view{"hello"});
    const Signature sig = key.sign(digest);
    EXPECT_EQ(recover(digest, sig), key.address());
    Hash other = digest;
    other[0] ^= 1;
    EXPECT_NE(recover(other, sig), key.address());
}

TEST(Signatures, RejectsHighSAndZero) {
    const auto key = PrivateKey::dev("bob");
    const Hash digest = mallory::vm::keccak256(std::string_view{"x"});
    Signature sig = key.sign(digest);
    // The malleable twin (n - s, flipped parity) recovers the same key but must be refused.
    const U256 n{0xBFD25E8CD0364141ULL, 0xBAAEDCE6AF48A03BULL, 0xFFFFFFFFFFFFFFFEULL,
                 0xFFFFFFFFFFFFFFFFULL};
    Signature twin{sig.r, n - sig.s, static_cast<std::uint8_t>(sig.recovery_id ^ 1)};
    EXPECT_FALSE(recover(digest, twin));
    EXPECT_FALSE(recover(digest, Signature{U256{}, sig.s, sig.recovery_id}));
    EXPECT_FALSE(recover(digest, Signature{sig.r, U256{}, sig.recovery_id}));
    EXPECT_FALSE(recover(digest, Signature{sig.r, sig.s, 2}));
    EXPECT_FALSE(recover(digest, Signature{U256::max(), sig.s, sig.recovery_id}));
}

TEST(Transaction, Eip155ExampleVector) {
    // The example of EIP-155: nonce 9, 20 gwei, 21000 gas, to 0x3535..., 1 ether, chain id 1.
    Transaction tx;
    tx.nonce = 9;
    tx.gas_price = U256{20'000'000'000ULL};
    tx.gas_limit = 21000;
    tx.to = parse_address("0x3535353535353535353535353535353535353535");
    tx.value = U256{1'000'000'000'000'000'000ULL};
    tx.chain_id = 1;
    EXPECT_EQ(to_hex(BytesView{tx.signing_hash()}),
              "0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
    tx.sign(
        PrivateKey::from_hex("4646464646464646464646464646464646464646464646464646464646464646"));
    EXPECT_EQ(to_hex(BytesView{tx.encode()}),
              "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400"
              "008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d899"
              "7f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83");
    auto decoded = Transaction::decode(BytesView{tx.encode()});
    ASSERT_TRUE(std::holds_alternative<Transaction>(decoded));
    EXPECT_EQ(std::get<Transaction>(decoded), tx);
    EXPECT_EQ(std::get<Transaction>(decoded).from,
              parse_address("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F"));
}

TEST(Rlp, KnownEncodings) {
    rlp::Encoder e;
    e.string("dog");
    EXPECT_EQ(to_hex(BytesView{e.out()}), "0x83646f67");
    rlp::Encoder l;
    const auto m = l.begin_list();
    l.string("cat");
    l.string("dog");
    l.end_list(m);
    EXPECT_EQ(to_hex(BytesView{l.out()}), "0xc88363617483646f67");
    rlp::Encoder z;
    z.uint(std::uint64_t{0});
    z.uint(std::uint64_t{15});
    z.uint(std::uint64_t{1024});
    EXPECT_EQ(to_hex(BytesView{z.out()}), "0x800f820400");
    rlp::Encoder longs;
    longs.string("Lorem ipsum dolor sit amet, consectetur adipisicing elit");
    EXPECT_EQ(longs.out()[0], 0xb8);
    EXPECT_EQ(longs.out()[1], 56);
}

TEST(Rlp, DecoderRejectsNonCanonicalAndTruncated) {
    auto read_uint = [](std::initializer_list<std::uint8_t> b) {
        const Bytes v(b);
        rlp::Reader r{BytesView{v}};
        std::uint64_t x = 0;
        const bool ok = r.uint(x) && r.finish();
        return std::make_pair(ok, r.error());
    };
    EXPECT_TRUE(read_uint({0x82, 0x04, 0x00}).first);
    EXPECT_EQ(read_uint({0x82, 0x00, 0x04}).second, rlp::Error::NonCanonical);
    EXPECT_EQ(read_uint({0x81, 0x05}).second, rlp::Error::NonCanonical);
    EXPECT_EQ(read_uint({0x83, 0x01}).second, rlp::Error::Truncated);
    EXPECT_EQ(read_uint({0x05, 0x06}).second, rlp::Error::TrailingBytes);
    EXPECT_EQ(read_uint({0xc0}).second, rlp::Error::ExpectedString);
    EXPECT_EQ(read_uint({0x89, 1, 2, 3, 4, 5, 6, 7, 8, 9}).second, rlp::Error::TooLarge);
}
