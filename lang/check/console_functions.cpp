#include "lang/check/console_functions.hpp"

#include <charconv>

namespace mallory::lang::check {

std::optional<ConsoleValueLog> console_value_log(std::string_view member) {
    if (member == "logUint") return ConsoleValueLog{uint_type(), "log(uint256)"};
    if (member == "logInt") return ConsoleValueLog{int_type(), "log(int256)"};
    if (member == "logString") return ConsoleValueLog{string_type(), "log(string)"};
    if (member == "logBool") return ConsoleValueLog{bool_type(), "log(bool)"};
    if (member == "logAddress") return ConsoleValueLog{address_type(), "log(address)"};
    if (member == "logBytes") return ConsoleValueLog{bytes_type(), "logBytes(bytes)"};
    constexpr std::string_view fixed = "logBytes";
    if (!member.starts_with(fixed)) return std::nullopt;
    const std::string_view digits = member.substr(fixed.size());
    unsigned size = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), size);
    if (ec != std::errc{} || end != digits.data() + digits.size() || digits.starts_with('0') ||
        size < 1 || size > 32)
        return std::nullopt;
    const std::string type = "bytes" + std::to_string(size);
    return ConsoleValueLog{fixed_bytes_type(size), std::string(member) + "(" + type + ")"};
}

} // namespace mallory::lang::check
