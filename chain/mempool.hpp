#pragma once
// Pending transactions, by sender and nonce. Only a sender's next nonce is executable; mining
// takes the executable transaction with the highest gas price first (ties: earliest arrival),
// then that sender's next nonce becomes a candidate.

#include "chain/transaction.hpp"

#include <map>
#include <unordered_map>
#include <unordered_set>

namespace mallory::chain {

struct HashHasher {
    std::size_t operator()(const Hash& h) const noexcept {
        std::size_t x;
        std::memcpy(&x, h.data(), sizeof x);
        return x;
    }
};

class Mempool {
public:
    struct Entry {
        Transaction tx;
        Hash hash{};
        std::uint64_t seq = 0; ///< arrival order
    };

    [[nodiscard]] bool contains(const Hash& h) const { return m_hashes.contains(h); }
    [[nodiscard]] bool has(const Address& sender, std::uint64_t nonce) const;
    /// The nonce after the sender's contiguous pending transactions from `state_nonce`.
    [[nodiscard]] std::uint64_t next_nonce(const Address& sender, std::uint64_t state_nonce) const;
    void add(Transaction tx, const Hash& h);
    /// The pending transaction of `sender` with `nonce`, or nullptr.
    [[nodiscard]] const Entry* find(const Address& sender, std::uint64_t nonce) const;
    void remove(const Address& sender, std::uint64_t nonce);
    /// Drops every transaction of `sender` with a nonce below `state_nonce` (mined elsewhere).
    void prune(const Address& sender, std::uint64_t state_nonce);
    [[nodiscard]] std::size_t size() const noexcept { return m_hashes.size(); }
    [[nodiscard]] std::vector<Address> senders() const;
    /// Every pending transaction in arrival order (to persist the pool between processes).
    [[nodiscard]] std::vector<Transaction> ordered() const;

private:
    std::unordered_map<Address, std::map<std::uint64_t, Entry>> m_by_sender;
    std::unordered_set<Hash, HashHasher> m_hashes;
    std::uint64_t m_seq = 0;
};

} // namespace mallory::chain
