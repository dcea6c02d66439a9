#pragma once
/// Storage layout of a contract: one slot per value-type variable, structs and fixed arrays
/// laid out inline, mappings and dynamic arrays one slot each (see lang/compiler.hpp).

#include "lang/check/model.hpp"
#include "vm/types.hpp"

#include <cstdint>
#include <optional>
#include <unordered_map>

namespace mallory::lang::codegen {

/// Number of slots a value of type `t` occupies in storage; nullopt if over 2^64.
std::optional<std::uint64_t> storage_slots(const check::Type& t);

// ---- addressing: the one home of storage slot arithmetic -------------------------------------
// The code generator emits exactly these computations (KECCAK256 over the same words); every
// reader of storage outside the VM (the analyzer's observer and evaluator, the tour, tests)
// calls these instead of writing its own.

/// Slot of `mapping[key]` for a mapping at `slot` and a value-type key already converted to
/// its ABI word: keccak256(key . slot).
vm::U256 mapping_entry_slot(const vm::U256& slot, const vm::U256& key_word);
/// First slot of the elements of a dynamic array whose length is at `slot`: keccak256(slot).
vm::U256 dynamic_array_data_slot(const vm::U256& slot);
/// Slot of element `index` of an array of type `array` stored at `slot` (fixed: inline from
/// `slot`; dynamic: from dynamic_array_data_slot). Bounds are the caller's business.
vm::U256 array_element_slot(const vm::U256& slot, const check::Type& array, const vm::U256& index);
/// Offset in slots of `field` inside a struct; nullopt when the struct has no such field.
std::optional<std::uint64_t> struct_field_offset(const check::StructInfo& s,
                                                 const std::string& field);

class StorageLayout {
public:
    /// Lays out storage variables and then immutables (kept in storage: only gas differs);
    /// transient variables get their own slot space from 0, as solc lays them out.
    explicit StorageLayout(const check::ContractInfo& contract);

    /// The first slot of a state variable of this contract's linearization (for a transient
    /// variable, its slot in transient storage: TLOAD/TSTORE, not SLOAD/SSTORE).
    std::uint64_t slot_of(const check::VariableInfo* variable) const;
    bool has(const check::VariableInfo* variable) const { return m_slots.count(variable) > 0; }
    /// False when the layout overflowed (reported by the compiler).
    bool ok() const { return m_ok; }
    std::uint64_t size() const { return m_next; }
    /// Slots used in transient storage.
    std::uint64_t transient_size() const { return m_next_transient; }

private:
    std::unordered_map<const check::VariableInfo*, std::uint64_t> m_slots;
    std::uint64_t m_next = 0;
    std::uint64_t m_next_transient = 0;
    bool m_ok = true;
};

} // namespace mallory::lang::codegen
