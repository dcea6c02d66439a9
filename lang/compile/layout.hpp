#pragma once
/// Storage layout of a contract, identical to solc's: value types smaller than 32 bytes share a
/// slot in declaration order (lower-order bytes first), an item that does not fit in the rest
/// of a slot starts the next one, structs and arrays start a new slot and so does the item
/// after them, mappings, dynamic arrays, `bytes` and `string` take one full slot. Struct
/// members pack the same way inside the struct. Array elements take whole slots each (solc
/// packs small elements; Mallory does not yet, see docs/LANGUAGE.md section 3).

#include "lang/check/model.hpp"
#include "vm/types.hpp"

#include <cstdint>
#include <optional>
#include <unordered_map>

namespace mallory::lang::codegen {

/// Where a value starts in storage: a slot and, for a value type packed with others, the byte
/// offset of its lowest-order byte inside the slot's word (0 = the word's last byte).
struct StorageLocation {
    std::uint64_t slot = 0;
    std::uint8_t offset = 0;
};

/// Bytes a value of value type `t` takes in storage when packed (uint8 1, address 20, bool 1,
/// enum 1, bytesN N, internal function 8); 32 for every other type (which never packs).
std::uint8_t storage_bytes(const check::Type& t);

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
/// `slot`; dynamic: from dynamic_array_data_slot); elements start at byte offset 0. Bounds are
/// the caller's business.
vm::U256 array_element_slot(const vm::U256& slot, const check::Type& array, const vm::U256& index);
/// Location of `field` relative to the start of its struct; nullopt when there is no such field.
std::optional<StorageLocation> struct_field_location(const check::StructInfo& s,
                                                     const std::string& field);
/// The value of a type `t` packed at byte `offset` of storage word `word`, as a clean stack
/// value (integers zero- or sign-extended, bytesN left-aligned).
vm::U256 unpack_storage_value(const vm::U256& word, std::uint8_t offset, const check::Type& t);

/// The first slot of the immutables, which Mallory keeps in the deployed account's storage
/// (solc embeds them in the runtime code): 2^63, beyond any layout of state variables, so that
/// code run by DELEGATECALL (a proxy's implementation, a module) never writes them, and read
/// with CSLOAD from the account whose code runs.
inline constexpr std::uint64_t immutable_slots_start = std::uint64_t{1} << 63;

class StorageLayout {
public:
    /// Lays out storage variables and then immutables (kept in storage from
    /// immutable_slots_start, one slot each: only gas differs); transient variables get
    /// their own slot space from 0 and pack as storage does, as solc lays them out.
    explicit StorageLayout(const check::ContractInfo& contract);

    /// Where a state variable of this contract's linearization lives (for a transient variable,
    /// in transient storage: TLOAD/TSTORE, not SLOAD/SSTORE).
    StorageLocation location_of(const check::VariableInfo* variable) const;
    /// The slot of location_of(variable).
    std::uint64_t slot_of(const check::VariableInfo* variable) const {
        return location_of(variable).slot;
    }
    bool has(const check::VariableInfo* variable) const { return m_slots.count(variable) > 0; }
    /// False when the layout overflowed (reported by the compiler).
    bool ok() const { return m_ok; }
    std::uint64_t size() const { return m_next; }
    /// Slots used in transient storage.
    std::uint64_t transient_size() const { return m_next_transient; }

private:
    std::unordered_map<const check::VariableInfo*, StorageLocation> m_slots;
    std::uint64_t m_next = 0;
    std::uint64_t m_next_transient = 0;
    bool m_ok = true;
};

} // namespace mallory::lang::codegen
