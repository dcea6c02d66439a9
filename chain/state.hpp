#pragma once
// The chain's world state: Ethereum accounts (nonce, balance, code, storage) behind the VM's
// vm::State interface, with
//  - a journal for nested snapshots inside a transaction: snapshot() is O(1) (a journal
//    position), revert_to() costs O(entries written since it);
//  - a block diff: the value of every account field and storage slot before its first write
//    since the last take_diff(); with the values after, it moves the state one block back or
//    forward along the block tree without re-executing anything (rewind, replay, reorg);
//  - a state root (see merkle.hpp) with per-account caches: only accounts written since the
//    last root() recompute their storage root and leaf.
//
// The root commits to every non-empty account (EIP-161: nonce 0, balance 0, no code and no
// storage is empty, like an account that does not exist), sorted by address:
//   account leaf = leaf(address || nonce (8 bytes BE) || balance (32) || code hash (32) ||
//                       storage root)
//   storage root = merkle root of leaf(key (32) || value (32)) over the non-zero slots sorted
//                  by key
//   state root   = merkle root of the account leaves.
// (vm::MemoryState is not wrapped: it is final and exposes neither iteration over accounts and
// slots nor change tracking, which the root, the diffs and persistence all need.)

#include "vm/chunked_vector.hpp"
#include "vm/state.hpp"
#include "vm/transient_storage.hpp"

#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace mallory::chain {

using vm::Address;
using vm::Bytes;
using vm::BytesView;
using vm::Hash;
using vm::U256;

/// An account's code: the serialized container (what is hashed and persisted) and, when it
/// loads and verifies, the container the VM runs.
struct Code {
    Bytes bytes;
    Hash hash{};
    std::shared_ptr<const vm::ContractCode> contract;

    /// Hashes `bytes`; `contract` may be null (then it is loaded lazily by nobody: the VM sees
    /// an account whose code does not verify as having none).
    static std::shared_ptr<const Code> make(Bytes bytes,
                                            std::shared_ptr<const vm::ContractCode> contract);
    /// Hashes and loads (vm::load) the bytes.
    static std::shared_ptr<const Code> load(Bytes bytes);
};

/// An account's fields other than storage.
struct AccountFields {
    std::uint64_t nonce = 0;
    U256 balance;
    std::shared_ptr<const Code> code; ///< null: no code
    friend bool operator==(const AccountFields& a, const AccountFields& b) noexcept;
};

/// What one block changed: before and after values of each account and slot it wrote,
/// sorted by address (and key). Applying `post` replays the block, `pre` undoes it.
struct StateDiff {
    struct AccountChange {
        Address address;
        AccountFields pre, post;
    };
    struct SlotChange {
        Address address;
        U256 key, pre, post;
    };
    std::vector<AccountChange> accounts;
    std::vector<SlotChange> slots;

    [[nodiscard]] bool empty() const noexcept { return accounts.empty() && slots.empty(); }
    /// RLP of the diff (codes inline), the persisted form; decode() never throws and reports
    /// false on any malformed input.
    [[nodiscard]] Bytes encode() const;
    static bool decode(BytesView in, StateDiff& out);
};

/// A read-only view of one account, for tools and tests.
struct AccountInfo {
    std::uint64_t nonce = 0;
    U256 balance;
    Hash code_hash{};
    std::size_t code_size = 0;
    std::size_t storage_slots = 0; ///< non-zero slots
};

class WorldState final : public vm::State {
public:
    WorldState();
    ~WorldState() override;
    WorldState(const WorldState&) = delete;
    WorldState& operator=(const WorldState&) = delete;

    // ---- vm::State ----
    bool is_empty(const Address& a) override;
    U256 balance(const Address& a) override;
    void set_balance(const Address& a, const U256& v) override;
    std::uint64_t nonce(const Address& a) override;
    void set_nonce(const Address& a, std::uint64_t v) override;
    std::shared_ptr<const vm::ContractCode> code(const Address& a) override;
    std::size_t code_size(const Address& a) override;
    vm::U256 code_hash(const Address& a) override;
    void set_code(const Address& a, Bytes bytes,
                  std::shared_ptr<const vm::ContractCode> code) override;
    vm::StorageRead sload(const Address& a, const U256& key) override;
    vm::StorageWrite sstore(const Address& a, const U256& key, const U256& value) override;
    U256 peek_storage(const Address& a, const U256& key) override;
    U256 tload(const Address& a, const U256& key) override { return m_transient.load(a, key); }
    void tstore(const Address& a, const U256& key, const U256& value) override;
    void destroy_account(const Address& a) override;
    bool access_account(const Address& a) override;
    void emit_log(vm::Log log) override;
    const std::vector<vm::Log>& logs() const override { return m_logs; }
    vm::Snapshot snapshot() override {
        ++m_epoch; // writes after this point must be journaled again (see sstore)
        return m_journal.size();
    }
    void revert_to(vm::Snapshot s) override;
    void begin_transaction() override;
    void end_transaction() override;

    // ---- chain-side access ----
    /// Installs code that is already a Code (genesis, diffs); journaled like set_code.
    void set_code(const Address& a, std::shared_ptr<const Code> code);
    [[nodiscard]] std::shared_ptr<const Code> code_of(const Address& a) const;
    [[nodiscard]] bool exists(const Address& a) const;
    [[nodiscard]] AccountInfo info(const Address& a) const;
    /// Non-zero slots of an account, sorted by key.
    [[nodiscard]] std::vector<std::pair<U256, U256>> storage(const Address& a) const;
    /// Every non-empty account, sorted by address.
    [[nodiscard]] std::vector<Address> accounts() const;
    [[nodiscard]] std::size_t journal_size() const noexcept { return m_journal.size(); }

    /// The state root (recomputes only what changed since the last call).
    [[nodiscard]] Hash root();
    /// The same root computed from scratch, ignoring every cache (verification, tests).
    [[nodiscard]] Hash root_uncached() const;

    /// Everything written since the last take_diff() (or construction), as a diff; starts a
    /// new one. Ends any transaction (the journal is cleared).
    StateDiff take_diff();
    /// Applies a diff forward (post values) or backward (pre values). Must be called between
    /// blocks (no pending diff); not journaled.
    void apply(const StateDiff& d, bool forward);
    /// Number of entries in the pending block diff.
    [[nodiscard]] bool has_pending_diff() const noexcept { return !m_diff_accounts.empty(); }

    struct Account;

private:
    enum class Kind : std::uint8_t {
        Balance,
        Nonce,
        Code,
        Storage,
        StorageCold, ///< first write to a slot in the transaction: value and warmth
        SlotWarm,
        AccountWarm,
        Log,
        Transient ///< undoes m_transient's latest record
    };
    struct Entry {
        Kind kind;
        std::uint32_t account;
        U256 key;  ///< storage key (Storage, SlotWarm)
        U256 prev; ///< previous balance / nonce / slot value; Code: index in m_code_journal
    };

    std::uint32_t index_of(const Address& a);
    [[nodiscard]] const Account* find(const Address& a) const;
    Account& touch_fields(std::uint32_t i); ///< records the pre-block fields, marks dirty
    void undo(const Entry& e);
    void set_fields(const Address& a, const AccountFields& f);

    std::vector<std::unique_ptr<Account>> m_accounts;
    std::unordered_map<Address, std::uint32_t> m_index;
    Address m_last_address;
    std::uint32_t m_last_index = UINT32_MAX;

    vm::ChunkedVector<Entry> m_journal; ///< chunks: growth never copies the whole journal
    std::vector<std::shared_ptr<const Code>> m_code_journal;
    std::vector<vm::Log> m_logs;
    /// Never part of the root, the diffs or persistence: it is zero between transactions.
    vm::TransientStorage m_transient;
    std::uint32_t m_tx_gen = 1;
    /// Advances at every snapshot, revert and transaction: a slot written twice within one
    /// epoch needs one journal entry only (undoing the first restores the value any later
    /// revert must see), so a loop that rewrites a slot does not grow the journal.
    std::uint32_t m_epoch = 1;

    std::uint32_t m_block_gen = 1;
    std::vector<std::uint32_t> m_diff_accounts; ///< accounts written since take_diff()

    std::vector<std::uint32_t> m_dirty; ///< accounts whose cached leaf is stale
    std::map<Address, Hash> m_leaves;   ///< cached leaves of non-empty accounts
    std::optional<Hash> m_root;         ///< the root of m_leaves when m_dirty is empty
};

} // namespace mallory::chain
