#include "chain/foundry/abi_type.hpp"

#include <algorithm>

namespace mallory::chain::foundry {

namespace {

std::optional<unsigned> parse_width(std::string_view digits) {
    if (digits.empty() || digits.size() > 6 || digits[0] == '0') return std::nullopt;
    unsigned n = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + static_cast<unsigned>(c - '0');
    }
    return n;
}

std::optional<AbiType> parse_array(std::string_view t, std::string* why) {
    const std::size_t open = t.rfind('[');
    if (open == std::string_view::npos) {
        if (why) *why = "unbalanced ']' in '" + std::string(t) + "'";
        return std::nullopt;
    }
    auto element = parse_abi_type(t.substr(0, open), why);
    if (!element) return std::nullopt;
    AbiType a;
    a.kind = AbiType::Kind::Array;
    a.name = std::string(t);
    a.element = std::make_shared<const AbiType>(std::move(*element));
    const std::string_view inside = t.substr(open + 1, t.size() - open - 2);
    if (!inside.empty()) {
        const auto n = parse_width(inside);
        if (!n) {
            if (why) *why = "bad array length in '" + std::string(t) + "'";
            return std::nullopt;
        }
        a.length = *n;
    }
    return a;
}

/// A tuple's components, split at its top-level commas: `(address,(uint8,bool)[])`.
std::optional<AbiType> parse_tuple(std::string_view t, std::string* why) {
    AbiType r;
    r.kind = AbiType::Kind::Tuple;
    r.name = std::string(t);
    const std::string_view inside = t.substr(1, t.size() - 2);
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= inside.size(); ++i) {
        const char c = i < inside.size() ? inside[i] : ',';
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (c != ',' || depth != 0) continue;
        auto component = parse_abi_type(inside.substr(start, i - start), why);
        if (!component) return std::nullopt;
        r.components.push_back(std::make_shared<const AbiType>(std::move(*component)));
        start = i + 1;
    }
    if (depth != 0 || inside.empty()) {
        if (why) *why = "unsupported ABI type '" + std::string(t) + "'";
        return std::nullopt;
    }
    return r;
}

} // namespace

bool AbiType::is_dynamic() const {
    if (kind == Kind::DynBytes || kind == Kind::String) return true;
    if (kind == Kind::Array) return !length || element->is_dynamic();
    if (kind == Kind::Tuple)
        return std::any_of(components.begin(), components.end(),
                           [](const auto& c) { return c->is_dynamic(); });
    return false;
}

std::optional<AbiType> parse_abi_type(std::string_view t, std::string* why) {
    if (t.ends_with(']')) return parse_array(t, why);
    if (t.starts_with('(') && t.ends_with(')')) return parse_tuple(t, why);
    AbiType r;
    r.name = std::string(t);
    using K = AbiType::Kind;
    if (t == "address") return r.kind = K::Address, r.size = 160, r;
    if (t == "bool") return r.kind = K::Bool, r.size = 1, r;
    if (t == "string") return r.kind = K::String, r;
    if (t == "bytes") return r.kind = K::DynBytes, r;
    const auto width = [&](std::string_view prefix, K kind, unsigned lo, unsigned hi,
                           unsigned step) -> std::optional<AbiType> {
        const auto n = parse_width(t.substr(prefix.size()));
        if (!n || *n < lo || *n > hi || *n % step != 0) return std::nullopt;
        r.kind = kind;
        r.size = *n;
        return r;
    };
    std::optional<AbiType> out;
    if (t.starts_with("uint"))
        out = width("uint", K::Uint, 8, 256, 8);
    else if (t.starts_with("int"))
        out = width("int", K::Int, 8, 256, 8);
    else if (t.starts_with("bytes"))
        out = width("bytes", K::FixedBytes, 1, 32, 1);
    if (!out && why) *why = "unsupported ABI type '" + std::string(t) + "'";
    return out;
}

std::size_t AbiType::head_size() const {
    if (is_dynamic()) return 32;
    if (kind == Kind::Array) return *length * element->head_size();
    if (kind == Kind::Tuple) {
        std::size_t n = 0;
        for (const auto& c : components)
            n += c->head_size();
        return n;
    }
    return 32;
}

} // namespace mallory::chain::foundry
