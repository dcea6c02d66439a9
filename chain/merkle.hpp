#pragma once
// The binary Merkle tree behind every root of the chain (state, storage, transactions,
// receipts). Leaves and inner nodes are domain-separated so that no leaf can pose as a node:
//   leaf  = keccak256(0x00 || payload)        node = keccak256(0x01 || left || right)
// An odd node at the end of a level is carried up unchanged; the root of no leaves is
// keccak256("") (empty_root).
//
// Why not Ethereum's Merkle-Patricia trie: Mallory never exchanges proofs with Ethereum
// clients, so byte compatibility of the roots buys nothing, while a sorted binary tree is a few
// dozen lines, obviously deterministic (a function of the sorted contents only, never of the
// insertion order) and as binding (collision resistance of Keccak-256).

#include "vm/types.hpp"

#include <vector>

namespace mallory::chain {

/// keccak256(""): the root of an empty tree and the code hash of an account without code.
const vm::Hash& empty_root() noexcept;

/// keccak256(0x00 || payload).
vm::Hash merkle_leaf(vm::BytesView payload) noexcept;

/// Root over leaf hashes in the given order (the input is consumed as scratch space).
vm::Hash merkle_root(std::vector<vm::Hash> leaves) noexcept;

} // namespace mallory::chain
