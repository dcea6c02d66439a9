// The precompiled contracts Mallory runs (vm/precompiles.hpp): identity, SHA-256, RIPEMD-160
// give the EVM's output for the EVM's gas; other low addresses stay ordinary accounts.
#include "tests/vm/vm_fixture.hpp"
#include "vm/precompiles.hpp"

namespace mallory::vm::test {
namespace {

class Precompiles : public VmTest {
protected:
    static Bytes text(std::string_view s) { return Bytes(s.begin(), s.end()); }
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
    m.code_address = Address::from_u64(1); // ecrecover is not implemented
    EXPECT_FALSE(run_precompile(m));
    m.code_address = Address::from_u64(4);
    EXPECT_TRUE(run_precompile(m));
}

INSTANTIATE_TEST_SUITE_P(Backends, Precompiles, ::testing::Values(Backend::Plain, Backend::Traced),
                         backend_name);

} // namespace
} // namespace mallory::vm::test
