#pragma once
// A journaled in-memory world state: the VM's own tests, benchmarks and tools run on it, and
// it is small enough to be the reference for other State implementations.
//
// Storage is one open-addressing table per account over slots held in a ChunkedVector (72
// bytes per slot), so millions of slots fit the benchmark's memory budget. Warm/cold status
// and EIP-2200 original values are tagged with a transaction generation number, which makes
// begin_transaction() O(1).

#include "vm/chunked_vector.hpp"
#include "vm/state.hpp"
#include "vm/transient_storage.hpp"

#include <unordered_map>

namespace mallory::vm {

/// One slot's share of MemoryState::storage_digest (0 for a zero value, so an untouched slot
/// and a slot written back to zero agree). Other State implementations compute the same
/// digest from their slots with it.
inline std::uint64_t storage_entry_digest(const U256& key, const U256& value) noexcept {
    if (value.is_zero()) return 0;
    std::uint64_t h = 0x243F6A8885A308D3ULL;
    for (std::uint64_t w : key.w)
        h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
    for (std::uint64_t w : value.w)
        h = (h ^ (w + 0x632BE59BD9B4E019ULL)) * 0xff51afd7ed558ccdULL;
    return h ^ (h >> 29);
}

class MemoryState final : public State {
public:
    MemoryState();
    ~MemoryState() override;

    bool is_empty(const Address& a) override;
    U256 balance(const Address& a) override;
    void set_balance(const Address& a, const U256& v) override;
    std::uint64_t nonce(const Address& a) override;
    void set_nonce(const Address& a, std::uint64_t v) override;
    std::shared_ptr<const ContractCode> code(const Address& a) override;
    std::size_t code_size(const Address& a) override;
    U256 code_hash(const Address& a) override;
    void set_code(const Address& a, Bytes bytes, std::shared_ptr<const ContractCode> code) override;
    StorageRead sload(const Address& a, const U256& key) override;
    StorageWrite sstore(const Address& a, const U256& key, const U256& value) override;
    U256 peek_storage(const Address& a, const U256& key) override;
    /// Order-independent digest of an account's non-zero storage: the XOR of
    /// storage_entry_digest over its slots, kept up to date by every write and undo. Two states
    /// whose digests differ differ in storage; the analyzer's explorer identifies visited
    /// states by it, so every written slot counts.
    std::uint64_t storage_digest(const Address& a);
    U256 tload(const Address& a, const U256& key) override { return m_transient.load(a, key); }
    void tstore(const Address& a, const U256& key, const U256& value) override;
    void destroy_account(const Address& a) override;
    bool access_account(const Address& a) override;
    void emit_log(Log log) override;
    const std::vector<Log>& logs() const override { return m_logs; }
    Snapshot snapshot() override { return m_journal.size(); }
    void revert_to(Snapshot s) override;
    void begin_transaction() override;
    void end_transaction() override;

    /// Test/tool helper: serializes `code` and installs it (no journal entry needed by callers).
    void install(const Address& a, const ContractCode& code);
    /// Number of nonzero storage slots of an account.
    std::size_t storage_count(const Address& a);
    /// Entries currently in the journal (for tests of the O(written) revert).
    [[nodiscard]] std::size_t journal_size() const noexcept { return m_journal.size(); }

    struct Account;

private:
    enum class Kind : std::uint8_t {
        Balance,
        Nonce,
        Code,
        SlotMeta,
        SlotWrite,
        AccountWarm,
        Log,
        Transient
    };
    struct JournalEntry {
        Kind kind;
        bool has_value; ///< a previous value was pushed on m_journal_values
        std::uint32_t account;
        std::uint32_t slot;
        std::uint64_t aux;
    };

    std::uint32_t account_index(const Address& a);
    Account& account(const Address& a) { return *m_accounts[account_index(a)]; }
    void record(Kind k, std::uint32_t account, std::uint32_t slot, std::uint64_t aux,
                const U256* prev_value);
    void undo(const JournalEntry& e);

    std::vector<std::unique_ptr<Account>> m_accounts;
    std::unordered_map<Address, std::uint32_t> m_index;
    Address m_last_address;
    std::uint32_t m_last_index = UINT32_MAX;

    ChunkedVector<JournalEntry, 14> m_journal;
    ChunkedVector<U256, 12> m_journal_values;
    std::vector<U256> m_originals; ///< nonzero EIP-2200 originals of slots written in this tx
    std::vector<Log> m_logs;
    TransientStorage m_transient; ///< Kind::Transient entries undo its records
    std::uint32_t m_tx_gen = 1;
};

} // namespace mallory::vm
