// Unit tests of the checker's building blocks: types and conversions, literal ranges, C3
// linearization, keccak-256 selectors and address checksums.
#include "lang/check/abi.hpp"
#include "lang/check/c3.hpp"
#include "lang/check/model.hpp"
#include "lang/check/types.hpp"

#include <gtest/gtest.h>
#include <map>
#include <optional>

using namespace mallory::lang::check;

namespace {

TEST(CheckTypes, Spelling) {
    EXPECT_EQ(to_string(*uint_type()), "uint256");
    EXPECT_EQ(to_string(*int_type(8)), "int8");
    EXPECT_EQ(to_string(*address_type(true)), "address payable");
    EXPECT_EQ(to_string(*fixed_bytes_type(4)), "bytes4");
    EXPECT_EQ(to_string(*rational_type(Rational(256))), "int_const 256");
    EXPECT_EQ(to_string(*rational_type(Rational(1, 2))), "rational_const 1/2");
    EXPECT_EQ(to_string(*bytes_type(Location::memory)), "bytes memory");
    EXPECT_EQ(to_string(*tuple_type({bool_type(), bytes_type()})), "tuple(bool,bytes memory)");
}

// A slice `x[a:b]` of a calldata array (solc's ArraySliceType): spelled with " slice", converts
// implicitly to its array type in calldata and to memory and storage (copies), explicitly to
// bytesN when it slices bytes; no other value converts to a slice.
TEST(CheckTypes, CalldataSlices) {
    Type array;
    array.kind = TypeKind::array;
    array.element = uint_type();
    array.location = Location::calldata;
    const TypePtr uints = std::make_shared<const Type>(array);
    const TypePtr bytes_slice = slice_of(bytes_type(Location::calldata));
    const TypePtr uints_slice = slice_of(uints);
    EXPECT_EQ(to_string(*bytes_slice), "bytes calldata slice");
    EXPECT_EQ(to_string(*uints_slice), "uint256[] calldata slice");
    EXPECT_EQ(slice_of(bytes_slice), bytes_slice); // a slice of a slice has the same type
    EXPECT_TRUE(same_type(*without_slice(uints_slice), *uints));
    EXPECT_FALSE(same_type(*uints_slice, *uints));
    EXPECT_TRUE(same_base_type(*uints_slice, *uints));
    EXPECT_TRUE(implicitly_convertible(*uints_slice, *uints));
    EXPECT_TRUE(implicitly_convertible(*uints_slice, *with_location(uints, Location::memory)));
    EXPECT_TRUE(implicitly_convertible(*bytes_slice, *bytes_type(Location::storage)));
    EXPECT_FALSE(implicitly_convertible(*uints, *uints_slice));
    EXPECT_FALSE(implicitly_convertible(*bytes_slice, *fixed_bytes_type(4)));
    EXPECT_TRUE(explicitly_convertible(*bytes_slice, *fixed_bytes_type(4)));
    EXPECT_FALSE(with_location(bytes_slice, Location::memory)->slice); // a copy is no slice
}

// solc's ArrayType::isImplicitlyConvertibleTo: memory arrays convert only to the same type,
// but a copy into storage converts element by element into an array at least as long.
TEST(CheckTypes, ArrayCopiesIntoStorageConvertElements) {
    auto array = [](TypePtr element, std::optional<std::uint64_t> length, Location location) {
        Type t;
        t.kind = TypeKind::array;
        t.element = std::move(element);
        t.length = length;
        t.location = location;
        return std::make_shared<const Type>(std::move(t));
    };
    const TypePtr small3 = array(uint_type(8), 3, Location::memory);
    EXPECT_FALSE(implicitly_convertible(*small3, *array(uint_type(), 3, Location::memory)));
    EXPECT_TRUE(implicitly_convertible(*small3, *array(uint_type(), {}, Location::storage)));
    EXPECT_TRUE(implicitly_convertible(*small3, *array(uint_type(), 4, Location::storage)));
    EXPECT_FALSE(implicitly_convertible(*small3, *array(uint_type(), 2, Location::storage)));
    EXPECT_FALSE(implicitly_convertible(*small3, *array(int_type(), {}, Location::storage)));
    const TypePtr dynamic_small = array(uint_type(8), {}, Location::memory);
    EXPECT_FALSE(implicitly_convertible(*dynamic_small, *array(uint_type(), 3, Location::storage)));
    const TypePtr nested = array(array(uint_type(8), 2, Location::memory), 2, Location::memory);
    EXPECT_TRUE(implicitly_convertible(
        *nested, *array(array(uint_type(16), 2, Location::storage), {}, Location::storage)));
}

TEST(CheckTypes, ImplicitIntegerConversions) {
    EXPECT_TRUE(implicitly_convertible(*uint_type(8), *uint_type(256)));
    EXPECT_FALSE(implicitly_convertible(*uint_type(256), *uint_type(8)));
    EXPECT_FALSE(implicitly_convertible(*int_type(8), *uint_type(256)));
    EXPECT_FALSE(implicitly_convertible(*uint_type(256), *int_type(256)));
    // As solc 0.8 (checked against it): never across signedness, even into a larger type.
    EXPECT_FALSE(implicitly_convertible(*uint_type(8), *int_type(16)));
    EXPECT_FALSE(implicitly_convertible(*uint_type(8), *int_type(256)));
    EXPECT_TRUE(implicitly_convertible(*int_type(8), *int_type(256)));
    EXPECT_FALSE(implicitly_convertible(*uint_type(8), *int_type(8)));
    EXPECT_FALSE(implicitly_convertible(*bool_type(), *uint_type()));
}

TEST(CheckTypes, LiteralRanges) {
    EXPECT_TRUE(implicitly_convertible(*rational_type(Rational(255)), *uint_type(8)));
    EXPECT_FALSE(implicitly_convertible(*rational_type(Rational(256)), *uint_type(8)));
    EXPECT_TRUE(implicitly_convertible(*rational_type(Rational(-128)), *int_type(8)));
    EXPECT_FALSE(implicitly_convertible(*rational_type(Rational(-129)), *int_type(8)));
    EXPECT_FALSE(implicitly_convertible(*rational_type(Rational(-1)), *uint_type()));
    EXPECT_FALSE(implicitly_convertible(*rational_type(Rational(1, 2)), *uint_type()));
    Rational max256 = Rational((BigInt(1) << 256) - 1);
    EXPECT_TRUE(implicitly_convertible(*rational_type(max256), *uint_type()));
    EXPECT_FALSE(implicitly_convertible(*rational_type(max256 + 1), *uint_type()));
    EXPECT_EQ(to_string(*mobile_type(*rational_type(Rational(255)))), "uint8");
    EXPECT_EQ(to_string(*mobile_type(*rational_type(Rational(256)))), "uint16");
    EXPECT_EQ(to_string(*mobile_type(*rational_type(Rational(-1)))), "int8");
    EXPECT_EQ(mobile_type(*rational_type(Rational(1, 2))), nullptr);
    EXPECT_EQ(integer_max(*int_type(8)), 127);
    EXPECT_EQ(integer_min(*int_type(8)), -128);
}

TEST(CheckTypes, FixedBytesAndLiterals) {
    EXPECT_TRUE(implicitly_convertible(*rational_type(Rational(0)), *fixed_bytes_type(32)));
    EXPECT_TRUE(
        implicitly_convertible(*rational_type(Rational(0x12345678), 8), *fixed_bytes_type(4)));
    EXPECT_FALSE(implicitly_convertible(*rational_type(Rational(0x1234), 4), *fixed_bytes_type(4)));
    EXPECT_FALSE(implicitly_convertible(*rational_type(Rational(5)), *fixed_bytes_type(4)));
    EXPECT_TRUE(implicitly_convertible(*fixed_bytes_type(4), *fixed_bytes_type(32)));
    EXPECT_TRUE(implicitly_convertible(*string_literal_type("abc"), *fixed_bytes_type(4)));
    EXPECT_FALSE(implicitly_convertible(*string_literal_type("abcde"), *fixed_bytes_type(4)));
    EXPECT_TRUE(implicitly_convertible(*string_literal_type("x"), *bytes_type()));
}

TEST(CheckTypes, AddressConversions) {
    EXPECT_TRUE(implicitly_convertible(*address_type(true), *address_type(false)));
    EXPECT_FALSE(implicitly_convertible(*address_type(false), *address_type(true)));
    EXPECT_TRUE(explicitly_convertible(*uint_type(160), *address_type()));
    EXPECT_FALSE(explicitly_convertible(*uint_type(256), *address_type()));
    EXPECT_TRUE(explicitly_convertible(*address_type(), *uint_type(160)));
    EXPECT_FALSE(explicitly_convertible(*address_type(), *uint_type(256)));
    EXPECT_TRUE(explicitly_convertible(*rational_type(Rational(0)), *address_type()));
    EXPECT_FALSE(explicitly_convertible(*address_type(false), *address_type(true)));
    // bytes20 and address convert both ways; other widths do not
    EXPECT_TRUE(explicitly_convertible(*address_type(), *fixed_bytes_type(20)));
    EXPECT_TRUE(explicitly_convertible(*address_type(true), *fixed_bytes_type(20)));
    EXPECT_TRUE(explicitly_convertible(*fixed_bytes_type(20), *address_type()));
    EXPECT_FALSE(explicitly_convertible(*fixed_bytes_type(20), *address_type(true)));
    EXPECT_FALSE(explicitly_convertible(*address_type(), *fixed_bytes_type(32)));
    EXPECT_FALSE(explicitly_convertible(*fixed_bytes_type(32), *address_type()));
}

TEST(CheckTypes, EveryFixedBytesWidth) {
    for (unsigned n = 1; n <= 32; ++n) {
        EXPECT_EQ(to_string(*fixed_bytes_type(n)), "bytes" + std::to_string(n));
        EXPECT_TRUE(explicitly_convertible(*fixed_bytes_type(n), *uint_type(8 * n)));
        EXPECT_TRUE(explicitly_convertible(*uint_type(8 * n), *fixed_bytes_type(n)));
        EXPECT_FALSE(implicitly_convertible(*fixed_bytes_type(n), *uint_type(8 * n)));
        if (n > 1) {
            EXPECT_FALSE(explicitly_convertible(*fixed_bytes_type(n), *uint_type(8 * n - 8)));
            EXPECT_FALSE(implicitly_convertible(*fixed_bytes_type(n), *fixed_bytes_type(n - 1)));
            EXPECT_TRUE(implicitly_convertible(*fixed_bytes_type(n - 1), *fixed_bytes_type(n)));
        }
    }
}

TEST(CheckTypes, ExplicitIntegerConversions) {
    EXPECT_TRUE(explicitly_convertible(*uint_type(256), *uint_type(8)));  // shrink
    EXPECT_TRUE(explicitly_convertible(*uint_type(256), *int_type(256))); // sign
    EXPECT_FALSE(explicitly_convertible(*uint_type(256), *int_type(8)));  // both at once
    EXPECT_TRUE(explicitly_convertible(*fixed_bytes_type(32), *uint_type(256)));
    EXPECT_FALSE(explicitly_convertible(*fixed_bytes_type(32), *uint_type(128)));
    EXPECT_TRUE(explicitly_convertible(*uint_type(32), *fixed_bytes_type(4)));
    EXPECT_FALSE(explicitly_convertible(*rational_type(Rational(256)), *uint_type(8)));
    EXPECT_FALSE(explicitly_convertible(*rational_type(Rational(-1)), *uint_type(256)));
}

TEST(CheckTypes, AbiNames) {
    EXPECT_EQ(abi_name(*uint_type()), "uint256");
    EXPECT_EQ(abi_name(*address_type(true)), "address");
    Type arr;
    arr.kind = TypeKind::array;
    arr.element = uint_type(8);
    EXPECT_EQ(abi_name(arr), "uint8[]");
    arr.length = 3;
    EXPECT_EQ(abi_name(arr), "uint8[3]");
}

TEST(CheckAbi, Keccak) {
    Hash256 h = keccak256("");
    EXPECT_EQ(h[0], 0xc5);
    EXPECT_EQ(h[1], 0xd2);
    EXPECT_EQ(h[31], 0x70);
}

TEST(CheckAbi, Selectors) {
    EXPECT_EQ(selector_of("transfer(address,uint256)"), 0xa9059cbbu);
    EXPECT_EQ(selector_of("balanceOf(address)"), 0x70a08231u);
    EXPECT_EQ(selector_of("withdraw(uint256)"), 0x2e1a7d4du);
    EXPECT_EQ(selector_hex(0xa9059cbbu), "0xa9059cbb");
    // Error(string), used by revert("msg").
    EXPECT_EQ(selector_of("Error(string)"), 0x08c379a0u);
    // A known collision: both have selector 0x42966c68.
    EXPECT_EQ(selector_of("burn(uint256)"), 0x42966c68u);
    EXPECT_EQ(selector_of("collate_propagate_storage(bytes16)"), 0x42966c68u);
}

TEST(CheckAbi, EventTopic) {
    Hash256 h = keccak256("Transfer(address,address,uint256)");
    EXPECT_EQ(h[0], 0xdd);
    EXPECT_EQ(h[1], 0xf2);
    EXPECT_EQ(h[2], 0x52);
}

TEST(CheckAbi, Checksum) {
    EXPECT_EQ(checksum_address("7109709ecfa91a80626ff3989d68f67f5b1dd12d"),
              "7109709ECfa91a80626fF3989D68f67F5b1DD12D");
    EXPECT_EQ(checksum_address("000000000000000000636f6e736f6c652e6c6f67"),
              "000000000000000000636F6e736F6c652e6c6f67");
}

using Graph = std::map<char, std::vector<char>>;

std::string linearize(const Graph& g, char self) {
    std::function<std::vector<char>(char)> bases = [&](char c) {
        auto it = g.find(c);
        return it == g.end() ? std::vector<char>{} : it->second;
    };
    auto r = c3_linearize<char>(self, bases);
    if (!r) return "impossible";
    return std::string(r->begin(), r->end());
}

TEST(CheckC3, SolidityOrder) {
    // contract X {} contract A is X {} contract B is X {} contract C is A, B {}
    Graph g{{'A', {'X'}}, {'B', {'X'}}, {'C', {'A', 'B'}}};
    EXPECT_EQ(linearize(g, 'C'), "CBAX"); // B is the most derived base
    EXPECT_EQ(linearize(g, 'A'), "AX");
}

TEST(CheckC3, Impossible) {
    // contract X {} contract A is X {} contract C is A, X {} -> X must come before A
    Graph ok{{'A', {'X'}}, {'C', {'X', 'A'}}};
    EXPECT_EQ(linearize(ok, 'C'), "CAX");
    Graph bad{{'A', {'X'}}, {'C', {'A', 'X'}}};
    EXPECT_EQ(linearize(bad, 'C'), "impossible");
}

TEST(CheckC3, Cycle) {
    Graph g{{'A', {'B'}}, {'B', {'A'}}};
    EXPECT_EQ(linearize(g, 'A'), "impossible");
}

TEST(CheckC3, Diamond) {
    // O; A is O; B is O; C is O; D is A, B; E is C, D (not Python's example, solc's order)
    Graph g{{'A', {'O'}}, {'B', {'O'}}, {'C', {'O'}}, {'D', {'A', 'B'}}, {'E', {'C', 'D'}}};
    EXPECT_EQ(linearize(g, 'D'), "DBAO");
    EXPECT_EQ(linearize(g, 'E'), "EDBACO");
}

TEST(CheckC3, DeepDiamondIsLinear) {
    // Level i has nodes 2i and 2i+1, each inheriting from both nodes of level i-1; node 100 is
    // the top. Without memoisation this took 2^24 merges.
    constexpr int levels = 24;
    std::function<std::vector<int>(int)> bases = [](int n) -> std::vector<int> {
        if (n == 100) return {2 * levels};
        if (n < 2) return {};
        const int below = 2 * (n / 2 - 1);
        return {below, below + 1};
    };
    C3Memo<int> memo;
    auto r = c3_linearize<int>(100, bases, memo);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->size(), 2u * levels + 2u);
    EXPECT_EQ(r->front(), 100);
    EXPECT_EQ(r->back(), 0); // the first-listed root is the most base
}

TEST(CheckC3, LongChainHasNoDepthLimit) {
    // solc accepts a 257-deep chain; so must we (and much deeper).
    std::function<std::vector<int>(int)> bases = [](int n) {
        return n == 0 ? std::vector<int>{} : std::vector<int>{n - 1};
    };
    auto r = c3_linearize<int>(3000, bases);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->size(), 3001u);
    EXPECT_EQ(r->back(), 0);
}

TEST(CheckC3, CycleFarFromTheStart) {
    // 0 <- 1 <- ... <- 50 <- 0: a cycle through a long chain.
    std::function<std::vector<int>(int)> bases = [](int n) {
        return std::vector<int>{n == 0 ? 50 : n - 1};
    };
    EXPECT_FALSE(c3_linearize<int>(25, bases).has_value());
}

} // namespace
