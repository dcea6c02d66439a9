// `bytes`/`string` in storage: the slot words Mallory writes are solc's encoding (short form in
// the slot, long form at keccak256(slot)), read back through the layout's helpers.
#include "lang/compile/layout.hpp"
#include "tests/lang/compile_fixture.hpp"

namespace mallory::lang::testing {
namespace {

using vm::U256;

constexpr const char* source = R"sol(
    pragma solidity ^0.8.20;
    contract S {
        bytes public b;
        function set(uint256 n) external {
            delete b;
            for (uint256 i = 0; i < n; i++) b.push(0x61);
        }
        function pop() external { b.pop(); }
        function poke(uint256 i) external { b[i] = 0x7a; }
    }
)sol";

class StorageBytes : public ::testing::Test {
protected:
    void SetUp() override {
        const CompiledContract* c = m_program.find("S");
        ASSERT_NE(c, nullptr);
        vm::TxResult r = m_world.deploy(*c);
        ASSERT_TRUE(r.result.success());
        m_address = r.result.created;
    }
    vm::TxResult call(std::string_view sig, const std::vector<U256>& args = {}) {
        return m_world.call(m_address, calldata(sig, args));
    }
    U256 slot(const U256& key) { return m_world.state().sload(m_address, key).value; }
    /// `n` bytes 'a' left-aligned in a word.
    static U256 letters(unsigned n) {
        std::uint8_t buf[32] = {};
        for (unsigned i = 0; i < n; ++i)
            buf[i] = 0x61;
        return vm::load_be(buf);
    }

    CompiledProgram m_program{source};
    VmWorld m_world;
    vm::Address m_address;
};

TEST_F(StorageBytes, ShortFormKeepsDataAndTwiceTheLengthInTheSlot) {
    ASSERT_TRUE(call("set(uint256)", {U256{31}}).result.success());
    EXPECT_EQ(slot(U256{0}), letters(31) | U256{62});
    EXPECT_EQ(slot(codegen::dynamic_array_data_slot(U256{0})), U256{0});
}

TEST_F(StorageBytes, LongFormKeepsTwiceTheLengthPlusOneAndDataAtTheHash) {
    ASSERT_TRUE(call("set(uint256)", {U256{33}}).result.success());
    const U256 data = codegen::dynamic_array_data_slot(U256{0});
    EXPECT_EQ(slot(U256{0}), U256{67});
    EXPECT_EQ(slot(data), letters(32));
    EXPECT_EQ(slot(data + U256{1}), letters(1));
}

TEST_F(StorageBytes, PopFromThirtyTwoBytesMovesBackToTheShortFormAndClearsTheData) {
    ASSERT_TRUE(call("set(uint256)", {U256{32}}).result.success());
    ASSERT_TRUE(call("pop()").result.success());
    EXPECT_EQ(slot(U256{0}), letters(31) | U256{62});
    EXPECT_EQ(slot(codegen::dynamic_array_data_slot(U256{0})), U256{0});
}

TEST_F(StorageBytes, ShorteningALongValueClearsItsOldWords) {
    ASSERT_TRUE(call("set(uint256)", {U256{70}}).result.success());
    ASSERT_TRUE(call("set(uint256)", {U256{2}}).result.success());
    const U256 data = codegen::dynamic_array_data_slot(U256{0});
    EXPECT_EQ(slot(U256{0}), letters(2) | U256{4});
    for (unsigned i = 0; i < 3; ++i)
        EXPECT_EQ(slot(data + U256{i}), U256{0}) << "word " << i;
}

TEST_F(StorageBytes, IndexOutOfRangeAndEmptyPopPanicAsSolc) {
    ASSERT_TRUE(call("set(uint256)", {U256{3}}).result.success());
    vm::TxResult r = call("poke(uint256)", {U256{3}});
    EXPECT_EQ(r.result.output, vm::panic_data(vm::panic::index_out_of_bounds));
    ASSERT_TRUE(call("poke(uint256)", {U256{2}}).result.success());
    EXPECT_EQ(slot(U256{0}), (letters(2) | vm::shl(U256{0x7a}, 232)) | U256{6});
    ASSERT_TRUE(call("set(uint256)", {U256{0}}).result.success());
    EXPECT_EQ(call("pop()").result.output, vm::panic_data(vm::panic::pop_empty));
}

} // namespace
} // namespace mallory::lang::testing
