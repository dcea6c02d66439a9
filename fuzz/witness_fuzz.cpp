// Arbitrary bytes as a witness file, through what `mallory replay` does with one: JSON parse,
// witness_from_json, validate_witness against a fixed program, replay when it validates, and
// the to_json/witness_from_json round trip. Never a crash; a witness that validates replays
// without an error, and one that is read back from its own JSON is the same witness.
#include "analyzer/program.hpp"
#include "analyzer/replay.hpp"
#include "analyzer/witness.hpp"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace {

// A small bank with a re-entrant withdraw: witnesses for it exercise every choice kind.
constexpr const char* k_source = R"(// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;
contract Bank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    function withdraw(uint256 amount) external {
        require(balances[msg.sender] >= amount, "low");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send");
        unchecked { balances[msg.sender] -= amount; }
    }
    function total() external view returns (uint256) { return address(this).balance; }
}
)";

const mallory::analyzer::Program& program() {
    static const auto p = mallory::analyzer::Program::from_sources({{"Bank.sol", k_source}});
    return *p;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mallory::analyzer;
    if (!program().ok()) __builtin_trap();
    const nlohmann::json j =
        nlohmann::json::parse(reinterpret_cast<const char*>(data),
                              reinterpret_cast<const char*>(data) + size, nullptr, false);
    if (j.is_discarded()) return 0;
    std::string error;
    const auto w = witness_from_json(j, &error);
    if (!w) {
        if (error.empty()) __builtin_trap(); // a rejected witness always says why
        return 0;
    }
    std::string again_error;
    const auto again = witness_from_json(to_json(*w), &again_error);
    if (!again || !(to_json(*again) == to_json(*w))) __builtin_trap();
    if (validate_witness(program(), *w)) return 0;
    const ReplayResult r = replay(program(), *w);
    if (!r.ran && r.error.empty()) __builtin_trap(); // a replay that did not run says why
    return 0;
}
