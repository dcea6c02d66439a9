// The world's observer: how witnesses show the targets' state.
#include "analyzer/world.hpp"

#include <algorithm>
#include <array>
#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

vm::U256 short_value(std::string_view bytes) {
    std::array<std::uint8_t, 32> word{};
    std::copy(bytes.begin(), bytes.end(), word.begin());
    word[31] = static_cast<std::uint8_t>(2 * bytes.size());
    return vm::load_be(word.data());
}

TEST(Observer, AStoredStringShowsAsTextAndALongOneByItsLength) {
    EXPECT_EQ(describe_byte_array(short_value("Limited"), true), "\"Limited\"");
    EXPECT_EQ(describe_byte_array(short_value(""), true), "\"\"");
    // bytes, and text that would not read back from a quoted string, show as hex.
    EXPECT_EQ(describe_byte_array(short_value("ab"), false), "0x6162");
    EXPECT_EQ(describe_byte_array(short_value("a\"b"), true), "0x612262");
    // 40 bytes: 2 * 40 + 1 in the slot, the bytes at keccak256(slot).
    EXPECT_EQ(describe_byte_array(vm::U256{81}, true), "(40 bytes)");
}

} // namespace
} // namespace mallory::analyzer
