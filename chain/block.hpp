#pragma once
// Block headers and blocks. The header hash is keccak256(rlp(header fields)); the
// transactions and receipts roots are binary Merkle roots (merkle.hpp) over the transaction
// hashes and the receipts' encodings, in block order.

#include "chain/receipt.hpp"
#include "chain/transaction.hpp"

#include <vector>

namespace mallory::chain {

/// The timestamp a fresh chain and a fresh `mallory run` start at: 2023-11-14 22:13:20 UTC.
/// A fixed date keeps runs deterministic; a realistic one keeps `block.timestamp - 1 days`
/// from underflowing, and it is the reference harness's block too (tests/reference/README.md).
inline constexpr std::uint64_t default_timestamp = 1'700'000'000;

struct BlockHeader {
    Hash parent_hash{};
    std::uint64_t number = 0;
    std::uint64_t timestamp = 0; ///< seconds
    Address coinbase;
    std::uint64_t gas_limit = 0;
    std::uint64_t gas_used = 0;
    U256 difficulty{1}; ///< this block's work; fork choice sums it along a branch
    Hash transactions_root{};
    Hash receipts_root{};
    Hash state_root{};

    [[nodiscard]] Bytes encode() const;
    static bool decode(BytesView in, BlockHeader& out);
    [[nodiscard]] Hash hash() const;
    friend bool operator==(const BlockHeader&, const BlockHeader&) = default;
};

/// PREVRANDAO of the block on top of `parent_hash`: keccak256(parent hash). The chain has no
/// beacon; this value is deterministic, differs per block, and is not blockhash(number - 1).
U256 prevrandao_after(const Hash& parent_hash);
/// BLOCKHASH of block `number` in a simulation without a chain (`mallory run`, `test`, the
/// analyzer's explorer): keccak256 of the number in decimal, the placeholder revm's empty
/// database gives and so `forge test` sees. A chain gives its blocks' real hashes.
U256 simulated_block_hash(std::uint64_t number);
/// A block hash as the word BLOCKHASH pushes (big-endian).
inline U256 hash_word(const Hash& h) {
    return vm::load_be(h.data());
}

struct Block {
    BlockHeader header;
    std::vector<Transaction> transactions;
    std::vector<Receipt> receipts;
    Hash hash{}; ///< header.hash(), kept

    /// Recomputes the roots of `transactions` and `receipts` (sets nothing).
    [[nodiscard]] Hash compute_transactions_root() const;
    [[nodiscard]] Hash compute_receipts_root() const;
};

Hash transactions_root(const std::vector<Transaction>& txs);
Hash receipts_root(const std::vector<Receipt>& receipts);

} // namespace mallory::chain
