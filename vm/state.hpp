#pragma once
// The world-state interface: everything a frame reads or writes goes through it, so the
// chain's journaled WorldState and the analyzer's explorer plug in below the same executor.
// Every mutating call is journaled by the implementation; snapshot() is O(1) and
// revert_to() costs O(entries written since the snapshot).

#include "vm/code.hpp"
#include "vm/types.hpp"

#include <cstdint>
#include <memory>
#include <vector>

namespace mallory::vm {

struct Log {
    Address address;
    std::vector<U256> topics;
    Bytes data;
    friend bool operator==(const Log&, const Log&) = default;
};

/// A position in the journal (see State::snapshot()).
using Snapshot = std::size_t;

struct StorageRead {
    U256 value;
    bool was_cold; ///< first access of the slot in this transaction (EIP-2929)
};

struct StorageWrite {
    U256 original; ///< value at the start of the transaction (EIP-2200)
    U256 current;  ///< value before this write
    bool was_cold;
    /// Whether the write added a journal entry (a state may keep one per slot between
    /// snapshots): what the memory budget charges for.
    bool journaled = true;
};

class State {
public:
    virtual ~State() = default;

    /// EIP-161 emptiness: no code, nonce 0, balance 0 (also true for unknown accounts).
    virtual bool is_empty(const Address& a) = 0;
    virtual U256 balance(const Address& a) = 0;
    virtual void set_balance(const Address& a, const U256& v) = 0;
    virtual std::uint64_t nonce(const Address& a) = 0;
    virtual void set_nonce(const Address& a, std::uint64_t v) = 0;

    /// The verified code of an account, or nullptr when it has none.
    virtual std::shared_ptr<const ContractCode> code(const Address& a) = 0;
    /// Size of the account's code bytes (EXTCODESIZE); 0 when none.
    virtual std::size_t code_size(const Address& a) = 0;
    /// EXTCODEHASH (EIP-1052): 0 for an empty account (is_empty), else keccak256 of its code
    /// bytes, which is keccak256 of no bytes for an account without code.
    virtual U256 code_hash(const Address& a) = 0;
    /// Installs code on an account (at the end of a successful creation).
    virtual void set_code(const Address& a, Bytes bytes,
                          std::shared_ptr<const ContractCode> code) = 0;

    /// Reads a storage slot and marks it warm.
    virtual StorageRead sload(const Address& a, const U256& key) = 0;
    /// Writes a storage slot and marks it warm; reports what SSTORE pricing needs.
    virtual StorageWrite sstore(const Address& a, const U256& key, const U256& value) = 0;
    /// Reads a slot without touching access lists (getters for tests and tools, not the VM).
    virtual U256 peek_storage(const Address& a, const U256& key) = 0;

    /// Reads transient slot `key` of account `a` (EIP-1153 TLOAD: no access-list effect).
    virtual U256 tload(const Address& a, const U256& key) = 0;
    /// Writes a transient slot (TSTORE), journaled like storage so a reverted frame undoes it.
    virtual void tstore(const Address& a, const U256& key, const U256& value) = 0;

    /// Deletes an account: its code, every storage slot, its nonce and its balance (what
    /// SELFDESTRUCT does to an account created in the same transaction, EIP-6780). Journaled.
    virtual void destroy_account(const Address& a) = 0;

    /// Marks an account warm (EIP-2929); returns true if it was cold.
    virtual bool access_account(const Address& a) = 0;

    virtual void emit_log(Log log) = 0;
    /// Logs emitted since begin_transaction() and not reverted.
    virtual const std::vector<Log>& logs() const = 0;

    virtual Snapshot snapshot() = 0;
    /// Undoes every change made since `s` (balances, nonces, code, storage, access lists, logs).
    virtual void revert_to(Snapshot s) = 0;

    /// Starts a transaction: commits the journal, empties the access lists, the logs and the
    /// transient storage, and makes current storage values the "original" values of EIP-2200.
    virtual void begin_transaction() = 0;
    /// Ends a transaction where the EVM does more than the next begin_transaction() would:
    /// transient storage (EIP-1153) goes back to zero now, so nothing reads it between
    /// transactions (an analyzer that runs transactions back to back without
    /// begin_transaction() relies on this). Journaled: a snapshot taken before still restores.
    virtual void end_transaction() = 0;
};

} // namespace mallory::vm
