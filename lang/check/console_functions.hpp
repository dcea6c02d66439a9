#pragma once
// forge-std's console functions of one value of a fixed type (`console.logUint(x)`,
// `console.logBytes32(b)`), with the call each sends to the console address, as forge-std's
// console.sol writes them: the integer, string, bool and address forms send `log(<type>)`,
// the bytes forms their own signature (`logBytes(bytes)`, `logBytes4(bytes4)`), which
// Foundry prints as 0x-hex. The checker types the argument from here, the code generator
// sends the signature from here, and chain/foundry/console.cpp decodes what is sent.
// (`console.log(...)` itself takes up to 4 values of any of the first kinds: call.cpp.)

#include "lang/check/types.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace mallory::lang::check {

struct ConsoleValueLog {
    TypePtr parameter;     ///< the one argument's type (uint256 for logUint)
    std::string signature; ///< what is sent: "log(uint256)", "logBytes32(bytes32)"
};

/// The console function named `member` ("logUint"), or nullopt for none.
std::optional<ConsoleValueLog> console_value_log(std::string_view member);

} // namespace mallory::lang::check
