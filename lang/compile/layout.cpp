#include "lang/compile/layout.hpp"

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

StorageLayout::StorageLayout(const check::ContractInfo& contract) {
    auto place = [&](const check::VariableInfo* v) {
        auto n = storage_slots(*v->type);
        m_slots[v] = m_next;
        if (!n || __builtin_add_overflow(m_next, *n, &m_next)) m_ok = false;
    };
    for (const check::VariableInfo* v : contract.storage_variables)
        place(v);
    for (const check::VariableInfo* v : contract.immutable_variables)
        place(v);
}

std::uint64_t StorageLayout::slot_of(const check::VariableInfo* variable) const {
    return m_slots.at(variable);
}

} // namespace mallory::lang::codegen
