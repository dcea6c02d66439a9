#pragma once
// forge-std's console.log, decoded: the compiler sends a staticcall to the console address
// with the selector of Foundry's overload `log(<types>)` (up to 4 arguments, each string,
// uint256, int256, address or bool) and the ABI-encoded arguments. This turns that calldata
// back into the line Foundry prints: arguments separated by spaces, and a first string
// argument with %s/%d/%i format specifiers filled from the arguments after it.

#include "chain/foundry/abi.hpp"
#include "vm/executor.hpp"

#include <optional>
#include <string>
#include <vector>

namespace mallory::chain::foundry {

/// Foundry's console address: 0x000000000000000000636F6e736F6c652e6c6f67 ("console.log").
Address console_address();

/// The Foundry signature of a console.log selector ("log(string,uint256)"), or nullopt.
std::optional<std::string> console_signature(std::array<std::uint8_t, 4> selector);

/// The line console.log(...) prints for this calldata, or nullopt if it is not a console.log
/// call Mallory knows.
std::optional<std::string> decode_console(BytesView calldata);

/// Collects the lines forge prints under "Logs:", in the order they happened: console.log's
/// (the native handler bound at console_address()) and DSTest's log events (ds_test_log.hpp).
class Console {
public:
    /// The native handler: records the line and succeeds, never reverts (as in Foundry).
    vm::Result handle(vm::Executor& ex, const vm::Message& msg);
    /// A LOG instruction ran: records its line if it is one of DSTest's log events. Called as
    /// the log is emitted, so a test that logs and then fails still shows what it logged.
    void on_log(const vm::Log& log);
    [[nodiscard]] const std::vector<std::string>& lines() const noexcept { return m_lines; }
    void clear() { m_lines.clear(); }

private:
    std::vector<std::string> m_lines;
};

} // namespace mallory::chain::foundry
