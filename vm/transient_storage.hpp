#pragma once
// Transient storage (EIP-1153): per-account slots that TLOAD/TSTORE read and write, which
// live for one transaction only. Both State implementations hold one; it keeps its own undo
// records so that each State journals a transient write with a single entry that points here
// (undo_last()), and a reverted call frame undoes its TSTOREs like its SSTOREs.

#include "vm/types.hpp"

#include <map>
#include <utility>
#include <vector>

namespace mallory::vm {

class TransientStorage {
public:
    /// Value of slot `key` of account `a` (zero when never written in this transaction).
    [[nodiscard]] U256 load(const Address& a, const U256& key) const;
    /// Writes a slot and records an undo entry; the caller journals one entry per call.
    void store(const Address& a, const U256& key, const U256& value);
    /// Undoes the most recent store() not yet undone (the caller's journal is LIFO).
    void undo_last();
    /// Sets every non-zero slot back to zero through store() (each one an undo record) and
    /// returns how many were written, so that a snapshot taken before still restores them.
    std::size_t clear_journaled();
    /// Forgets every slot and undo record (a transaction starts: the journal is committed).
    void reset();
    /// True when no slot holds a non-zero value.
    [[nodiscard]] bool empty() const;

private:
    using Key = std::pair<Address, U256>;
    struct Undo {
        Key key;
        U256 prev;
    };
    std::map<Key, U256> m_slots; ///< zero values are erased
    std::vector<Undo> m_undo;
};

} // namespace mallory::vm
