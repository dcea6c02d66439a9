#pragma once
// The cheatcodes a test uses to judge itself, as forge-std >= 1.8 calls them: the assertion
// family (vm.assertEq, assertNotEq, assertLt/Gt/Le/Ge, assertApproxEqAbs/Rel over uint256,
// int256, address, bool, bytes32, string and bytes, each with an optional message; their
// `...Decimal` variants on integers, which show the values as amounts) and the verdict
// controls vm.assume and vm.skip.
//
// A failed assertion reverts with Error(string) "assertion failed: 5 != 6" (or "msg: 5 != 6"
// when the assertion has a message), the text Foundry produces, so that the failing test shows
// both values. vm.assume(false) and vm.skip(true) revert with Foundry's magic revert data; the
// fuzz runner recognises the first as a rejected input, the test runner the second as a
// skipped test. They live apart from cheatcodes.cpp because they touch no state: they are pure
// functions of their arguments.

#include "chain/foundry/abi.hpp"

#include <array>
#include <optional>
#include <string>

namespace mallory::chain::foundry {

/// Revert data of vm.assume(false): the bytes of "FOUNDRY::ASSUME", as in Foundry.
const Bytes& assume_rejection();
/// Revert data of vm.skip(true): the bytes of "FOUNDRY::SKIP", as in Foundry.
const Bytes& skip_request();

/// The Vm.sol signature of a test cheatcode selector ("assertEq(uint256,uint256)"), or nullopt.
std::optional<std::string> test_cheat_signature(std::array<std::uint8_t, 4> selector);

/// Runs the test cheatcode `sig` on its ABI-encoded `args`: nullopt when it holds (the call
/// succeeds with no output), else the revert data the call fails with.
std::optional<Bytes> run_test_cheat(const std::string& sig, BytesView args);

} // namespace mallory::chain::foundry
