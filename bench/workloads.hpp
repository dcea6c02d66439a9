#pragma once
// The four benchmark workloads of shared/bench (Loop, Fib, Store, Transfer) assembled as a
// straightforward compiler would emit them: an ABI dispatcher, checked arithmetic where the
// Solidity source has it, keccak mapping slots, bounds checks. Each comes in two shapes:
// `Plain` uses only the basic instructions, `Fused` uses the fused ones (LGET2, LADDI,
// JLTLL, JNLTLI, CADDL, CSUBI) where a peephole pass would put them.

#include "vm/code.hpp"

#include <string>

namespace mallory::bench {

enum class Shape { Plain, Fused };

vm::ContractCode loop_contract(Shape s);     ///< loop(uint256) returns sum of i*i, unchecked
vm::ContractCode fib_contract(Shape s);      ///< fib(uint256), recursive internal calls
vm::ContractCode store_contract(Shape s);    ///< store(uint256): n SSTOREs then n SLOADs
vm::ContractCode transfer_contract(Shape s); ///< transfer(uint256): n token transfers

/// Calldata for `signature` with one uint256 argument.
vm::Bytes calldata(const std::string& signature, std::uint64_t arg);

} // namespace mallory::bench
