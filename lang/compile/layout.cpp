#include "lang/compile/layout.hpp"

#include "vm/keccak.hpp"

namespace mallory::lang::codegen {

namespace {

std::optional<std::uint64_t> checked_mul(std::uint64_t a, std::uint64_t b) {
    std::uint64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
    return r;
}

} // namespace

std::optional<std::uint64_t> storage_slots(const check::Type& t) {
    using check::TypeKind;
    if (t.kind == TypeKind::struct_ && t.struct_info) {
        std::uint64_t total = 0;
        for (const auto& field : t.struct_info->fields) {
            auto n = storage_slots(*field.type);
            if (!n || __builtin_add_overflow(total, *n, &total)) return std::nullopt;
        }
        return total == 0 ? 1 : total;
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

std::optional<std::uint64_t> struct_field_offset(const check::StructInfo& s,
                                                 const std::string& field) {
    std::uint64_t offset = 0;
    for (const auto& f : s.fields) {
        if (f.name == field) return offset;
        offset += storage_slots(*f.type).value_or(1);
    }
    return std::nullopt;
}

StorageLayout::StorageLayout(const check::ContractInfo& contract) {
    auto place = [&](const check::VariableInfo* v, std::uint64_t& next) {
        auto n = storage_slots(*v->type);
        m_slots[v] = next;
        if (!n || __builtin_add_overflow(next, *n, &next)) m_ok = false;
    };
    for (const check::VariableInfo* v : contract.storage_variables)
        place(v, m_next);
    for (const check::VariableInfo* v : contract.immutable_variables)
        place(v, m_next);
    for (const check::VariableInfo* v : contract.transient_variables)
        place(v, m_next_transient);
}

std::uint64_t StorageLayout::slot_of(const check::VariableInfo* variable) const {
    return m_slots.at(variable);
}

} // namespace mallory::lang::codegen
