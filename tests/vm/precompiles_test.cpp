// The precompiled contracts Mallory runs (vm/precompiles.hpp): identity, SHA-256, RIPEMD-160
// give the EVM's output for the EVM's gas; other low addresses stay ordinary accounts.
#include "tests/vm/vm_fixture.hpp"
#include "vm/precompiles.hpp"

namespace mallory::vm::test {
namespace {

class Precompiles : public VmTest {
protected:
    static Bytes text(std::string_view s) { return Bytes(s.begin(), s.end()); }
    static Bytes from_hex(std::string_view h) {
        Bytes out;
        for (std::size_t i = 0; i + 1 < h.size(); i += 2)
            out.push_back(
                static_cast<std::uint8_t>(std::stoi(std::string(h.substr(i, 2)), nullptr, 16)));
        return out;
    }
};

TEST_P(Precompiles, IdentityReturnsItsInputForFifteenPlusThreePerWord) {
    const Bytes input = text("forty bytes of input, more than one word");
    const Result r = call(Address::from_u64(4), input, 1000);
    ASSERT_EQ(r.status, Status::Success);
    EXPECT_EQ(r.output, input);
    EXPECT_EQ(r.gas_left, 1000 - (15 + 3 * 2));
}

TEST_P(Precompiles, Sha256AndRipemd160HashTheirInput) {
    const Result sha = call(Address::from_u64(2), text("abc"));
    ASSERT_EQ(sha.status, Status::Success);
    EXPECT_EQ(to_hex(sha.output),
              "0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const Result ripemd = call(Address::from_u64(3), text("abc"));
    ASSERT_EQ(ripemd.status, Status::Success);
    EXPECT_EQ(to_hex(ripemd.output),
              "0x0000000000000000000000008eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
}

TEST_P(Precompiles, TooLittleGasConsumesAll) {
    const Result r = call(Address::from_u64(2), text("abc"), 71);
    EXPECT_EQ(r.status, Status::OutOfGas);
    EXPECT_EQ(r.gas_left, 0);
    EXPECT_TRUE(r.output.empty());
}

TEST_P(Precompiles, OtherAddressesAreNotPrecompiles) {
    Message m;
    m.code_address = Address::from_u64(0x100);
    EXPECT_FALSE(run_precompile(m));
    m.code_address = Address::from_u64(8); // the BN254 pairing check is not implemented
    EXPECT_FALSE(run_precompile(m));
    m.code_address = Address::from_u64(1);
    EXPECT_TRUE(run_precompile(m));
    m.code_address = Address::from_u64(4);
    EXPECT_TRUE(run_precompile(m));
}

TEST_P(Precompiles, EcrecoverRecoversTheSignerAndAcceptsAnUpperHalfS) {
    // Signed by keccak256("mallory precompile test key") (checked with @noble/curves).
    const Bytes digest =
        from_hex("5690dfe9d035fd2dbc889e33a2736f092597cbee6360e9c43cdcea1404eb9cc4");
    const Bytes r = from_hex("1a060e48464dd94203cf5d5496d605e889d0df3f1627ce3111517d1275db26d3");
    const Bytes s = from_hex("6172e5c341f29d35dd2d5eeb77c08ff993666075b1d5d91de3f28dd728e101a3");
    const Bytes s_high =
        from_hex("9e8d1a3cbe0d62ca22d2a114883f700527487c70fd72c71ddbdfd0b5a7553f9e");
    const auto input = [&](unsigned v, const Bytes& ss) {
        Bytes in = digest;
        Bytes vw(32, 0);
        vw[31] = static_cast<std::uint8_t>(v);
        in.insert(in.end(), vw.begin(), vw.end());
        in.insert(in.end(), r.begin(), r.end());
        in.insert(in.end(), ss.begin(), ss.end());
        return in;
    };
    const std::string signer = "0x000000000000000000000000050573b13591aec70aebd9eccd4257e24d2f6ef5";
    const Result low = call(Address::from_u64(1), input(28, s), 5000);
    ASSERT_EQ(low.status, Status::Success);
    EXPECT_EQ(to_hex(low.output), signer);
    EXPECT_EQ(low.gas_left, 2000);
    const Result high = call(Address::from_u64(1), input(27, s_high), 5000);
    EXPECT_EQ(to_hex(high.output), signer);
    const Result bad_v = call(Address::from_u64(1), input(29, s), 5000);
    ASSERT_EQ(bad_v.status, Status::Success);
    EXPECT_TRUE(bad_v.output.empty());
}

TEST_P(Precompiles, ModexpFollowsEip198) {
    // 3^5 mod 7 = 5, one byte each; price max(200, 1 * 2 / 3).
    Bytes in(96, 0);
    in[31] = 1;
    in[63] = 1;
    in[95] = 1;
    in.push_back(3);
    in.push_back(5);
    in.push_back(7);
    const Result r = call(Address::from_u64(5), in, 1000);
    ASSERT_EQ(r.status, Status::Success);
    EXPECT_EQ(to_hex(r.output), "0x05");
    EXPECT_EQ(r.gas_left, 800);
}

TEST_P(Precompiles, Bn254AddsAndRejectsPointsOffTheCurve) {
    Bytes g(128, 0); // G + G where G = (1, 2)
    g[31] = 1;
    g[63] = 2;
    g[95] = 1;
    g[127] = 2;
    const Result sum = call(Address::from_u64(6), g, 1000);
    ASSERT_EQ(sum.status, Status::Success);
    EXPECT_EQ(to_hex(sum.output),
              "0x030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd3"
              "15ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4");
    g[63] = 3; // (1, 3) is not on the curve
    EXPECT_EQ(call(Address::from_u64(6), g, 1000).status, Status::PrecompileFailure);
}

TEST_P(Precompiles, Blake2fMatchesEip152) {
    const Bytes in = from_hex(
        "0000000c48c9bdf267e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d182e6ad7f520e511f"
        "6c3e2b8c68059b6bbd41fbabd9831f79217e1319cde05b61626300000000000000000000000000000000000000"
        "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "000000000000000000000000000000000300000000000000000000000000000001");
    const Result r = call(Address::from_u64(9), in, 1000);
    ASSERT_EQ(r.status, Status::Success);
    EXPECT_EQ(to_hex(r.output), "0xba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                                "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
    EXPECT_EQ(r.gas_left, 1000 - 12);
}

INSTANTIATE_TEST_SUITE_P(Backends, Precompiles, ::testing::Values(Backend::Plain, Backend::Traced),
                         backend_name);

} // namespace
} // namespace mallory::vm::test
