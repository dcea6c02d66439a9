// Memory arrays of reference types (structs, string, bytes, nested arrays): the words solc's
// ABI gives for them as return values and parameters, the default elements of `new T[](n)`,
// aliasing of elements, and the decoder's checks of element offsets.
#include "tests/lang/compile_fixture.hpp"

namespace mallory::lang::testing {
namespace {

using vm::Status;
using vm::U256;

std::vector<U256> output_words(const vm::TxResult& r) {
    std::vector<U256> out;
    for (std::size_t i = 0; i + 32 <= r.result.output.size(); i += 32)
        out.push_back(vm::load_be(r.result.output.data() + i));
    return out;
}

/// A left-aligned word holding the bytes of `text` (at most 32).
U256 text_word(std::string_view text) {
    vm::Bytes b(32, 0);
    std::copy(text.begin(), text.end(), b.begin());
    return vm::load_be(b.data());
}

constexpr const char* source = R"sol(
    pragma solidity ^0.8.20;
    contract Refs {
        struct P { uint256 a; address b; }
        P[] ps;
        string[] names;
        function fill() external {
            ps.push(P(7, address(0xbeef)));
            ps.push(P(8, address(0xcafe)));
            names.push("a");
            names.push("bc");
        }
        function all() external view returns (P[] memory) { return ps; }
        function allNames() external view returns (string[] memory) { return names; }
        function fresh() external pure returns (string[] memory s, P[] memory p) {
            s = new string[](2);
            p = new P[](1);
        }
        function aliases() external pure returns (uint256, uint256) {
            P[] memory p = new P[](2);
            p[1] = p[0];
            p[0].a = 5;
            P[] memory q = p;
            q[1].a += 1;
            return (p[1].a, q[0].a);
        }
        function rows(uint256[][] memory x) external pure returns (uint256, uint256) {
            return (x.length, x[1].length);
        }
        function total(bytes[] calldata data) external pure returns (uint256 n) {
            for (uint256 i = 0; i < data.length; ++i) n += data[i].length;
        }
    }
)sol";

class CompileMemoryRefs : public ::testing::Test {
protected:
    void SetUp() override {
        const CompiledContract* c = m_program.find("Refs");
        ASSERT_NE(c, nullptr);
        m_at = m_world.deploy(*c).result.created;
    }
    vm::TxResult call(std::string_view signature, const std::vector<U256>& args = {}) {
        return m_world.call(m_at, calldata(signature, args));
    }

    CompiledProgram m_program{source};
    VmWorld m_world;
    vm::Address m_at;
};

TEST_F(CompileMemoryRefs, StorageStructArrayCopiesAndEncodesInline) {
    ASSERT_EQ(call("fill()").result.status, Status::Success);
    // P is static: the array's elements sit inline after its length
    EXPECT_EQ(output_words(call("all()")), (std::vector<U256>{0x20, 2, 7, 0xbeef, 8, 0xcafe}));
}

TEST_F(CompileMemoryRefs, StringArrayEncodesOffsetsRelativeToItsElements) {
    ASSERT_EQ(call("fill()").result.status, Status::Success);
    EXPECT_EQ(output_words(call("allNames()")),
              (std::vector<U256>{0x20, 2, 0x40, 0x80, 1, text_word("a"), 2, text_word("bc")}));
}

TEST_F(CompileMemoryRefs, NewArraysStartWithEmptyElements) {
    // two empty strings (each an offset to a zero length), then one zeroed struct
    EXPECT_EQ(output_words(call("fresh()")),
              (std::vector<U256>{0x40, 0xe0, 2, 0x40, 0x60, 0, 0, 1, 0, 0}));
}

TEST_F(CompileMemoryRefs, ElementsAndArraysAlias) {
    EXPECT_EQ(output_words(call("aliases()")), (std::vector<U256>{6, 6}));
}

TEST_F(CompileMemoryRefs, NestedParametersDecode) {
    // [[], [1, 2, 3]]
    EXPECT_EQ(output_words(call("rows(uint256[][])", {0x20, 2, 0x40, 0x60, 0, 3, 1, 2, 3})),
              (std::vector<U256>{2, 3}));
    // bytes[] {"ab", ""} as calldata
    EXPECT_EQ(output_words(call("total(bytes[])", {0x20, 2, 0x40, 0x80, 2, text_word("ab"), 0})),
              (std::vector<U256>{2}));
}

TEST_F(CompileMemoryRefs, ElementOffsetsOutsideTheDataRevert) {
    EXPECT_EQ(call("rows(uint256[][])", {0x20, 2, 0x40, 0x1000}).result.status, Status::Revert);
    EXPECT_EQ(call("total(bytes[])", {0x20, 1, 0x20, 64}).result.status, Status::Revert);
    // an array length that the data cannot hold
    EXPECT_EQ(call("rows(uint256[][])", {0x20, 3, 0x40}).result.status, Status::Revert);
}

} // namespace
} // namespace mallory::lang::testing
