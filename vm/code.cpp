#include "vm/code.hpp"

#include "vm/keccak.hpp"

#include <algorithm>

namespace mallory::vm {

std::string_view to_string(AbiKind k) noexcept {
    switch (k) {
    case AbiKind::Function:
        return "function";
    case AbiKind::Event:
        return "event";
    case AbiKind::Error:
        return "error";
    case AbiKind::Constructor:
        return "constructor";
    case AbiKind::Receive:
        return "receive";
    case AbiKind::Fallback:
        return "fallback";
    }
    return "?";
}

std::string_view to_string(Mutability m) noexcept {
    switch (m) {
    case Mutability::Pure:
        return "pure";
    case Mutability::View:
        return "view";
    case Mutability::NonPayable:
        return "nonpayable";
    case Mutability::Payable:
        return "payable";
    }
    return "?";
}

Hash AbiEntry::hash() const noexcept {
    return keccak256(signature);
}

std::array<std::uint8_t, 4> AbiEntry::selector() const noexcept {
    return selector_of(signature);
}

int ContractCode::function_at(std::uint32_t offset) const noexcept {
    for (std::size_t i = 0; i < functions.size(); ++i)
        if (offset >= functions[i].offset && offset - functions[i].offset < functions[i].size)
            return static_cast<int>(i);
    return -1;
}

std::optional<SourceSpan> ContractCode::span_at(std::uint32_t offset) const noexcept {
    auto it =
        std::upper_bound(source_map.begin(), source_map.end(), offset,
                         [](std::uint32_t off, const SourceMapEntry& e) { return off < e.offset; });
    if (it == source_map.begin()) return std::nullopt;
    return std::prev(it)->span;
}

const AbiEntry* ContractCode::find_function(std::array<std::uint8_t, 4> selector) const {
    for (const AbiEntry& e : abi)
        if (e.kind == AbiKind::Function && e.selector() == selector) return &e;
    return nullptr;
}

bool operator==(const ContractCode& a, const ContractCode& b) {
    if (a.children.size() != b.children.size()) return false;
    for (std::size_t i = 0; i < a.children.size(); ++i)
        if (!(*a.children[i] == *b.children[i])) return false;
    return a.name == b.name && a.functions == b.functions && a.code == b.code &&
           a.constants == b.constants && a.constructor == b.constructor && a.abi == b.abi &&
           a.files == b.files && a.source_map == b.source_map;
}

} // namespace mallory::vm
