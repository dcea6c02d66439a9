#pragma once
// DSTest's log events, which forge-std's Test declares and tests emit to show values
// (`emit log_named_uint("balance", b)`): decoded into the line forge prints under "Logs:",
// next to console.log's lines. `log(string)` and `log_string` print the text, `log_uint` and
// the other single values the value, `log_named_*` "key: value", the decimal forms the value
// scaled by its decimals ("price: 1.500000000000000000"), and the arrays "[1, 2, 3]".

#include "vm/state.hpp"

#include <optional>
#include <string>

namespace mallory::chain::foundry {

/// The line forge prints for `log`, or nullopt when it is not one of DSTest's log events (or
/// its data do not decode as the event's parameters).
std::optional<std::string> decode_ds_test_log(const vm::Log& log);

} // namespace mallory::chain::foundry
