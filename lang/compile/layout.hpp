#pragma once
/// Storage layout of a contract: one slot per value-type variable, structs and fixed arrays
/// laid out inline, mappings and dynamic arrays one slot each (see lang/compiler.hpp).

#include "lang/check/model.hpp"

#include <cstdint>
#include <optional>
#include <unordered_map>

namespace mallory::lang::codegen {

/// Number of slots a value of type `t` occupies in storage; nullopt if over 2^64.
std::optional<std::uint64_t> storage_slots(const check::Type& t);

class StorageLayout {
public:
    /// Lays out storage variables and then immutables (kept in storage: only gas differs).
    explicit StorageLayout(const check::ContractInfo& contract);

    /// The first slot of a state variable of this contract's linearization.
    std::uint64_t slot_of(const check::VariableInfo* variable) const;
    bool has(const check::VariableInfo* variable) const { return m_slots.count(variable) > 0; }
    /// False when the layout overflowed (reported by the compiler).
    bool ok() const { return m_ok; }
    std::uint64_t size() const { return m_next; }

private:
    std::unordered_map<const check::VariableInfo*, std::uint64_t> m_slots;
    std::uint64_t m_next = 0;
    bool m_ok = true;
};

} // namespace mallory::lang::codegen
