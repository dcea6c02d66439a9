#include "lang/compile/layout.hpp"

#include "vm/checked.hpp"
#include "vm/keccak.hpp"

namespace mallory::lang::codegen {

namespace {

std::optional<std::uint64_t> checked_mul(std::uint64_t a, std::uint64_t b) {
    std::uint64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
    return r;
}

} // namespace

std::uint8_t storage_bytes(const check::Type& t) {
    using check::TypeKind;
    switch (t.kind) {
    case TypeKind::integer:
        return static_cast<std::uint8_t>(t.bits / 8);
    case TypeKind::boolean:
    case TypeKind::enum_: // at most 256 members
        return 1;
    case TypeKind::address:
    case TypeKind::contract:
        return 20;
    case TypeKind::fixed_bytes:
        return static_cast<std::uint8_t>(t.byte_size);
    case TypeKind::function: // an external one is an address and a selector, as bytes24
        return t.call_kind == check::CallKind::internal ? 8 : 24;
    default:
        return 32;
    }
}

namespace {

/// Places items one after another as solc does; the one home of the packing rule.
class Packer {
public:
    /// Where the next item of type `t` goes; false once the slots overflowed.
    StorageLocation place(const check::Type& t) {
        if (!check::is_reference_type(t)) {
            const std::uint8_t size = storage_bytes(t);
            if (m_offset + size > 32) next_slot();
            StorageLocation at{m_slot, m_offset};
            m_offset = static_cast<std::uint8_t>(m_offset + size);
            return at;
        }
        if (m_offset > 0) next_slot();
        StorageLocation at{m_slot, 0};
        auto n = storage_slots(t);
        if (!n || __builtin_add_overflow(m_slot, *n, &m_slot)) m_ok = false;
        return at;
    }
    /// Slots used so far (a partly used slot counts).
    std::uint64_t slots() const { return m_offset > 0 ? m_slot + 1 : m_slot; }
    bool ok() const { return m_ok && !(m_offset > 0 && m_slot == UINT64_MAX); }

private:
    void next_slot() {
        if (__builtin_add_overflow(m_slot, 1, &m_slot)) m_ok = false;
        m_offset = 0;
    }
    std::uint64_t m_slot = 0;
    std::uint8_t m_offset = 0;
    bool m_ok = true;
};

} // namespace

std::optional<std::uint64_t> storage_slots(const check::Type& t) {
    using check::TypeKind;
    if (t.kind == TypeKind::struct_ && t.struct_info) {
        Packer packer;
        for (const auto& field : t.struct_info->fields)
            packer.place(*field.type);
        if (!packer.ok()) return std::nullopt;
        return packer.slots() == 0 ? 1 : packer.slots();
    }
    if (t.kind == TypeKind::array && t.length) {
        auto element = storage_slots(*t.element);
        if (!element) return std::nullopt;
        return checked_mul(*element, *t.length);
    }
    return 1;
}

vm::U256 mapping_entry_slot(const vm::U256& slot, const vm::U256& key_word) {
    std::uint8_t buf[64];
    vm::store_be(buf, key_word);
    vm::store_be(buf + 32, slot);
    return vm::keccak256_word(vm::BytesView{buf, 64});
}

vm::U256 dynamic_array_data_slot(const vm::U256& slot) {
    std::uint8_t buf[32];
    vm::store_be(buf, slot);
    return vm::keccak256_word(vm::BytesView{buf, 32});
}

vm::U256 array_element_slot(const vm::U256& slot, const check::Type& array, const vm::U256& index) {
    const vm::U256 per{storage_slots(*array.element).value_or(1)};
    const vm::U256 base = array.length ? slot : dynamic_array_data_slot(slot);
    return base + index * per;
}

std::optional<StorageLocation> struct_field_location(const check::StructInfo& s,
                                                     const std::string& field) {
    Packer packer;
    for (const auto& f : s.fields) {
        StorageLocation at = packer.place(*f.type);
        if (f.name == field) return at;
    }
    return std::nullopt;
}

vm::U256 unpack_storage_value(const vm::U256& word, std::uint8_t offset, const check::Type& t) {
    const unsigned size = storage_bytes(t);
    if (size == 32) return word;
    const vm::U256 value = vm::shr(word, 8u * offset) & vm::low_mask(8 * size);
    if (t.kind == check::TypeKind::integer && t.is_signed)
        return vm::sign_extend_bytes(value, size);
    if (check::value_representation(t).kind == check::TypeKind::fixed_bytes)
        return vm::shl(value, 256 - 8 * size);
    return value;
}

StorageLayout::StorageLayout(const check::ContractInfo& contract) {
    Packer storage;
    for (const check::VariableInfo* v : contract.storage_variables)
        m_slots[v] = storage.place(*v->type);
    m_next = storage.slots();
    m_ok = storage.ok();
    std::uint64_t immutable = immutable_slots_start;
    for (const check::VariableInfo* v : contract.immutable_variables) { // unpacked, far away
        m_slots[v] = StorageLocation{immutable, 0};
        auto n = storage_slots(*v->type);
        if (!n || __builtin_add_overflow(immutable, *n, &immutable)) m_ok = false;
    }
    Packer transient;
    for (const check::VariableInfo* v : contract.transient_variables)
        m_slots[v] = transient.place(*v->type);
    m_next_transient = transient.slots();
    m_ok = m_ok && transient.ok();
}

StorageLocation StorageLayout::location_of(const check::VariableInfo* variable) const {
    return m_slots.at(variable);
}

} // namespace mallory::lang::codegen
