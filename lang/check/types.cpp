#include "lang/check/types.hpp"

#include "lang/check/model.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace mallory::lang::check {

namespace {

TypePtr make(Type t) {
    return std::make_shared<const Type>(std::move(t));
}

std::string location_suffix(Location l, bool pointer_word) {
    switch (l) {
    case Location::storage:
        return pointer_word ? " storage ref" : " storage";
    case Location::memory:
        return " memory";
    case Location::calldata:
        return " calldata";
    case Location::none:
        return "";
    }
    return "";
}

} // namespace

TypePtr error_type() {
    static const TypePtr t = make(Type{});
    return t;
}

TypePtr uint_type(unsigned bits) {
    Type t;
    t.kind = TypeKind::integer;
    t.bits = static_cast<std::uint16_t>(bits);
    return make(std::move(t));
}

TypePtr int_type(unsigned bits) {
    Type t;
    t.kind = TypeKind::integer;
    t.bits = static_cast<std::uint16_t>(bits);
    t.is_signed = true;
    return make(std::move(t));
}

TypePtr bool_type() {
    Type t;
    t.kind = TypeKind::boolean;
    return make(std::move(t));
}

TypePtr address_type(bool payable) {
    Type t;
    t.kind = TypeKind::address;
    t.payable = payable;
    return make(std::move(t));
}

TypePtr fixed_bytes_type(unsigned size) {
    Type t;
    t.kind = TypeKind::fixed_bytes;
    t.byte_size = static_cast<std::uint8_t>(size);
    return make(std::move(t));
}

TypePtr bytes_type(Location location) {
    Type t;
    t.kind = TypeKind::bytes;
    t.location = location;
    return make(std::move(t));
}

TypePtr string_type(Location location) {
    Type t;
    t.kind = TypeKind::string;
    t.location = location;
    return make(std::move(t));
}

TypePtr rational_type(const Rational& value, int hex_digits) {
    Type t;
    t.kind = TypeKind::rational;
    t.value = value;
    t.hex_digits = hex_digits;
    return make(std::move(t));
}

TypePtr string_literal_type(std::string value) {
    Type t;
    t.kind = TypeKind::string_literal;
    t.text = std::move(value);
    return make(std::move(t));
}

TypePtr tuple_type(std::vector<TypePtr> components) {
    Type t;
    t.kind = TypeKind::tuple;
    t.components = std::move(components);
    return make(std::move(t));
}

TypePtr empty_tuple() {
    static const TypePtr t = tuple_type({});
    return t;
}

TypePtr type_type(TypePtr denoted) {
    Type t;
    t.kind = TypeKind::type;
    t.element = std::move(denoted);
    return make(std::move(t));
}

TypePtr magic_type(std::string name, TypePtr argument) {
    Type t;
    t.kind = TypeKind::magic;
    t.text = std::move(name);
    t.element = std::move(argument);
    return make(std::move(t));
}

TypePtr with_location(const TypePtr& type, Location location) {
    if (!type || !is_reference_type(*type) || type->location == location) return type;
    Type t = *type;
    t.location = location;
    t.slice = false; // a slice only exists in calldata: elsewhere it is a copy of the elements
    return make(std::move(t));
}

TypePtr slice_of(const TypePtr& array) {
    if (!array || array->slice) return array;
    Type t = *array;
    t.slice = true;
    return make(std::move(t));
}

TypePtr without_slice(const TypePtr& t) {
    if (!t || !t->slice) return t;
    Type copy = *t;
    copy.slice = false;
    return make(std::move(copy));
}

bool is_error(const TypePtr& t) {
    return !t || t->kind == TypeKind::error;
}

const Type& value_representation(const Type& t) {
    static const TypePtr bytes24 = fixed_bytes_type(24);
    return is_external_function_value(t) ? *bytes24 : t;
}

bool is_value_type(const Type& t) {
    switch (t.kind) {
    case TypeKind::function:
        return is_external_function_value(t);
    case TypeKind::integer:
    case TypeKind::boolean:
    case TypeKind::address:
    case TypeKind::fixed_bytes:
    case TypeKind::enum_:
    case TypeKind::contract:
        return true;
    default:
        return false;
    }
}

bool supported_by_abi_coder_v1(const Type& t) {
    if (t.kind == TypeKind::struct_) return false;
    if (t.kind != TypeKind::array || !t.element) return true;
    const Type& e = *t.element;
    if (e.kind == TypeKind::bytes || e.kind == TypeKind::string) return false;
    if (e.kind == TypeKind::array && !e.length) return false;
    return supported_by_abi_coder_v1(e);
}

bool is_reference_type(const Type& t) {
    switch (t.kind) {
    case TypeKind::bytes:
    case TypeKind::string:
    case TypeKind::mapping:
    case TypeKind::array:
    case TypeKind::struct_:
        return true;
    default:
        return false;
    }
}

bool is_pointer_type(const Type& t) {
    return is_reference_type(t) &&
           (t.location == Location::storage || t.location == Location::calldata);
}

namespace {

bool equal(const Type& a, const Type& b, bool locations) {
    if (a.kind != b.kind || a.user_value != b.user_value) return false;
    if (locations && is_reference_type(a) && (a.location != b.location || a.slice != b.slice))
        return false;
    auto eq = [&](const TypePtr& x, const TypePtr& y) {
        if (!x || !y) return x == y;
        return equal(*x, *y, locations);
    };
    switch (a.kind) {
    case TypeKind::integer:
        return a.bits == b.bits && a.is_signed == b.is_signed;
    case TypeKind::address:
        return a.payable == b.payable;
    case TypeKind::fixed_bytes:
        return a.byte_size == b.byte_size;
    case TypeKind::rational:
        return a.value == b.value;
    case TypeKind::string_literal:
        return a.text == b.text;
    case TypeKind::mapping:
        return eq(a.key, b.key) && eq(a.element, b.element);
    case TypeKind::array:
        return a.length == b.length && eq(a.element, b.element);
    case TypeKind::struct_:
        return a.struct_info == b.struct_info;
    case TypeKind::enum_:
        return a.enum_info == b.enum_info;
    case TypeKind::contract:
        return a.contract == b.contract;
    case TypeKind::type:
        return eq(a.element, b.element);
    case TypeKind::tuple:
        if (a.components.size() != b.components.size()) return false;
        for (std::size_t i = 0; i < a.components.size(); ++i)
            if (!eq(a.components[i], b.components[i])) return false;
        return true;
    case TypeKind::function:
        if (is_function_value(a) || is_function_value(b)) {
            if (!is_function_value(a) || !is_function_value(b)) return false;
            if (a.call_kind != b.call_kind || a.mutability != b.mutability ||
                a.components.size() != b.components.size() || a.returns.size() != b.returns.size())
                return false;
            for (std::size_t i = 0; i < a.components.size(); ++i)
                if (!eq(a.components[i], b.components[i])) return false;
            for (std::size_t i = 0; i < a.returns.size(); ++i)
                if (!eq(a.returns[i], b.returns[i])) return false;
            return true;
        }
        return a.function == b.function && a.builtin == b.builtin;
    case TypeKind::magic:
        return a.text == b.text;
    case TypeKind::module: // two aliases of one file are one module, as in solc
        return a.module && b.module ? a.module->file == b.module->file : a.module == b.module;
    default:
        return true;
    }
}

} // namespace

TypePtr underlying_type(const TypePtr& t) {
    if (!t || !t->user_value) return t;
    Type copy = *t;
    copy.user_value = nullptr;
    return std::make_shared<const Type>(std::move(copy));
}

bool same_type(const Type& a, const Type& b) {
    return equal(a, b, true);
}
bool same_base_type(const Type& a, const Type& b) {
    return equal(a, b, false);
}

bool is_function_value(const Type& t) {
    return t.kind == TypeKind::function && !t.function && t.builtin == Builtin::none &&
           (t.call_kind == CallKind::internal || t.call_kind == CallKind::external);
}

namespace {

/// pure -> view -> non-payable and payable -> non-payable, as solc's FunctionType conversion.
bool mutability_convertible(ast::Mutability from, ast::Mutability to) {
    using M = ast::Mutability;
    if (from == to) return true;
    if (to == M::nonpayable) return true;
    return from == M::pure && to == M::view;
}

bool same_list(const std::vector<TypePtr>& a, const std::vector<TypePtr>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!a[i] || !b[i] || !same_type(*a[i], *b[i])) return false;
    return true;
}

/// The parameter or result types of `fn` as a value sees them: solc's type of `this.g` for
/// `g(string calldata)` is `function (string memory) external` (its arguments are encoded from
/// memory), so named external functions see their reference types in memory.
std::vector<TypePtr> external_signature(const std::vector<TypePtr>& types, const Type& fn) {
    if (fn.call_kind != CallKind::external || !fn.function) return types;
    std::vector<TypePtr> out;
    for (const TypePtr& t : types)
        out.push_back(t && is_reference_type(*t) ? with_location(t, Location::memory) : t);
    return out;
}

} // namespace

bool function_convertible(const Type& from, const Type& to) {
    if (from.kind != TypeKind::function || !is_function_value(to)) return false;
    if (from.builtin != Builtin::none || from.call_kind != to.call_kind) return false;
    if (from.text == "overloaded") return false; // an overloaded name used as a value
    if (from.text == "typename") return false;   // `I.f` names a selector, not a callee
    if (const FunctionInfo* f = from.function) {
        // A getter is an external function value only (`o.price`); a function bound by
        // `using for` (one parameter fewer) and a public library function (reached by
        // DELEGATECALL) are no function values.
        if ((f->getter_of && from.call_kind != CallKind::external) ||
            from.components.size() != f->parameter_types.size())
            return false;
        if (f->contract && f->contract->is_library() &&
            (f->visibility == ast::Visibility::public_ ||
             f->visibility == ast::Visibility::external))
            return false;
        if (from.call_kind == CallKind::internal && f->visibility == ast::Visibility::external &&
            !(f->contract && f->contract->is_library()))
            return false;
    }
    return mutability_convertible(from.mutability, to.mutability) &&
           same_list(external_signature(from.components, from), to.components) &&
           same_list(external_signature(from.returns, from), to.returns);
}

bool contains_mapping(const Type& t) {
    if (t.kind == TypeKind::mapping) return true;
    if (t.kind == TypeKind::array && t.element) return contains_mapping(*t.element);
    if (t.kind == TypeKind::struct_ && t.struct_info && !t.struct_info->recursive) {
        for (const auto& f : t.struct_info->fields)
            if (f.type && contains_mapping(*f.type)) return true;
    }
    return false;
}

std::string rational_text(const Rational& value) {
    using boost::multiprecision::denominator;
    using boost::multiprecision::numerator;
    BigInt num = numerator(value);
    BigInt den = denominator(value);
    if (den == 1) return num.str();
    return num.str() + "/" + den.str();
}

std::string to_string(const Type& t) {
    if (t.user_value) return qualified_name(*t.user_value);
    if (t.slice) return to_string(*without_slice(std::make_shared<const Type>(t))) + " slice";
    switch (t.kind) {
    case TypeKind::error:
        return "<error>";
    case TypeKind::integer:
        return fmt::format("{}int{}", t.is_signed ? "" : "u", t.bits);
    case TypeKind::boolean:
        return "bool";
    case TypeKind::address:
        return t.payable ? "address payable" : "address";
    case TypeKind::fixed_bytes:
        return fmt::format("bytes{}", t.byte_size);
    case TypeKind::bytes:
        return "bytes" + location_suffix(t.location, false);
    case TypeKind::string:
        return "string" + location_suffix(t.location, false);
    case TypeKind::rational: {
        std::string v = rational_text(t.value);
        if (v.size() > 40) v = v.substr(0, 18) + "..." + v.substr(v.size() - 18);
        if (boost::multiprecision::denominator(t.value) != 1) return "rational_const " + v;
        return "int_const " + v;
    }
    case TypeKind::string_literal: {
        // As solc: printable ASCII in quotes, anything else (hex"0102", "\n") in hex.
        const bool printable = std::all_of(t.text.begin(), t.text.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u > 0x1f && u < 0x7f;
        });
        if (!printable) {
            std::string hex;
            for (const char c : t.text.substr(0, 20))
                hex += fmt::format("{:02x}", static_cast<unsigned char>(c));
            return "literal_string hex\"" + hex + (t.text.size() > 20 ? "..." : "") + "\"";
        }
        std::string shown = t.text.size() > 20 ? t.text.substr(0, 20) + "..." : t.text;
        return "literal_string \"" + shown + "\"";
    }
    case TypeKind::mapping:
        return fmt::format("mapping({} => {})", t.key ? to_string(*t.key) : "?",
                           t.element ? to_string(*t.element) : "?");
    case TypeKind::array: {
        std::string el = t.element ? to_string(*t.element) : "?";
        std::string len = t.length ? std::to_string(*t.length) : "";
        return fmt::format("{}[{}]{}", el, len, location_suffix(t.location, false));
    }
    case TypeKind::struct_: {
        std::string name = t.struct_info ? t.struct_info->name : "?";
        if (t.struct_info && t.struct_info->contract && !t.struct_info->contract->name.empty())
            name = t.struct_info->contract->name + "." + name;
        return "struct " + name + location_suffix(t.location, false);
    }
    case TypeKind::enum_: {
        std::string name = t.enum_info ? t.enum_info->name : "?";
        if (t.enum_info && t.enum_info->contract && !t.enum_info->contract->name.empty())
            name = t.enum_info->contract->name + "." + name;
        return "enum " + name;
    }
    case TypeKind::contract:
        if (!t.contract) return "contract";
        return (t.contract->is_library() ? "library " : "contract ") + t.contract->name;
    case TypeKind::tuple: {
        std::string out = "tuple(";
        for (std::size_t i = 0; i < t.components.size(); ++i) {
            if (i) out += ",";
            out += t.components[i] ? to_string(*t.components[i]) : "";
        }
        return out + ")";
    }
    case TypeKind::function: {
        std::string out = "function (";
        for (std::size_t i = 0; i < t.components.size(); ++i) {
            if (i) out += ",";
            out += to_string(*t.components[i]);
        }
        out += ")";
        // solc: the mutability (unless non-payable), then `external` for external kinds.
        if (t.call_kind == CallKind::internal || t.call_kind == CallKind::external) {
            if (t.mutability == ast::Mutability::pure) out += " pure";
            if (t.mutability == ast::Mutability::view) out += " view";
            if (t.mutability == ast::Mutability::payable) out += " payable";
            if (t.call_kind == CallKind::external) out += " external";
        }
        if (!t.returns.empty()) {
            out += " returns (";
            for (std::size_t i = 0; i < t.returns.size(); ++i) {
                if (i) out += ",";
                out += to_string(*t.returns[i]);
            }
            out += ")";
        }
        return out;
    }
    case TypeKind::type:
        return "type(" + (t.element ? to_string(*t.element) : "?") + ")";
    case TypeKind::magic:
        return t.text;
    case TypeKind::modifier:
        return "modifier";
    case TypeKind::event:
        return "event";
    case TypeKind::error_def:
        return "error";
    case TypeKind::module:
        return fmt::format("module \"{}\"", t.module ? t.module->path : "?");
    }
    return "?";
}

std::string abi_name(const Type& t) {
    if (t.user_value) return abi_name(*underlying_type(std::make_shared<const Type>(t)));
    switch (t.kind) {
    case TypeKind::integer:
    case TypeKind::boolean:
    case TypeKind::fixed_bytes:
        return to_string(t);
    case TypeKind::address:
    case TypeKind::contract:
        return "address";
    case TypeKind::enum_:
        return "uint8";
    case TypeKind::function: // solc's canonical name of an external function value: 24 bytes
        return is_external_function_value(t) ? "function" : std::string{};
    case TypeKind::bytes:
        return "bytes";
    case TypeKind::string:
        return "string";
    case TypeKind::array: {
        if (!t.element) return {};
        std::string el = abi_name(*t.element);
        if (el.empty()) return {};
        return el + "[" + (t.length ? std::to_string(*t.length) : "") + "]";
    }
    case TypeKind::struct_: {
        if (!t.struct_info || t.struct_info->recursive) return {};
        std::string out = "(";
        for (std::size_t i = 0; i < t.struct_info->fields.size(); ++i) {
            const auto& f = t.struct_info->fields[i];
            if (!f.type) return {};
            std::string el = abi_name(*f.type);
            if (el.empty()) return {};
            out += (i ? "," : "") + el;
        }
        return out + ")";
    }
    default:
        return {};
    }
}

BigInt integer_min(const Type& t) {
    if (!t.is_signed) return 0;
    return -(BigInt(1) << (t.bits - 1));
}

BigInt integer_max(const Type& t) {
    if (!t.is_signed) return (BigInt(1) << t.bits) - 1;
    return (BigInt(1) << (t.bits - 1)) - 1;
}

BigInt wrap_integer(const BigInt& value, unsigned bits, bool is_signed) {
    const BigInt modulus = BigInt(1) << bits;
    BigInt out = value % modulus; // truncates toward zero: may be negative
    if (out < 0) out += modulus;
    if (is_signed && out >= (modulus >> 1)) out -= modulus;
    return out;
}

std::string range_text(const Type& t) {
    if (t.bits <= 64) return integer_min(t).str() + " to " + integer_max(t).str();
    if (t.is_signed) return fmt::format("-2**{} to 2**{} - 1", t.bits - 1, t.bits - 1);
    return fmt::format("0 to 2**{} - 1", t.bits);
}

bool fits(const Rational& value, const Type& integer) {
    if (boost::multiprecision::denominator(value) != 1) return false;
    BigInt v = boost::multiprecision::numerator(value);
    return v >= integer_min(integer) && v <= integer_max(integer);
}

TypePtr mobile_type(const Type& t) {
    if (t.kind != TypeKind::rational) return nullptr;
    if (boost::multiprecision::denominator(t.value) != 1) return nullptr;
    BigInt v = boost::multiprecision::numerator(t.value);
    bool negative = v < 0;
    for (unsigned bits = 8; bits <= 256; bits += 8) {
        TypePtr candidate = negative ? int_type(bits) : uint_type(bits);
        if (fits(t.value, *candidate)) return candidate;
    }
    return nullptr;
}

namespace {

bool rational_to_fixed_bytes(const Type& from, const Type& to) {
    if (from.value == 0) return true;
    return from.hex_digits == 2 * to.byte_size;
}

/// Whether `s` is well-formed UTF-8: solc converts a literal to `string` only then.
bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80           ? 0
                              : (c >> 5) == 0x6  ? 1
                              : (c >> 4) == 0xe  ? 2
                              : (c >> 3) == 0x1e ? 3
                                                 : 4;
        if (n == 4) return false; // a continuation byte or an invalid lead byte
        for (std::size_t k = 1; k <= n; ++k)
            if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) >> 6) != 0x2)
                return false;
        i += n + 1;
    }
    return true;
}

/// solc's ArrayType::isImplicitlyConvertibleTo towards storage from memory or calldata: a copy
/// element by element, so the elements need only convert (`uint8[3]` into `uint256[]`), and a
/// fixed target must be at least as long (the rest is cleared).
bool array_copy_to_storage(const Type& from, const Type& to) {
    return from.location != Location::storage && copies_into_storage_array(from, to);
}

bool reference_convertible(const Type& from, const Type& to) {
    if (array_copy_to_storage(from, to)) return true;
    if (!same_base_type(from, to)) return false;
    if (to.slice && !from.slice) return false; // only `x[a:b]` makes a slice
    if (from.location == to.location) return true;
    // Copies: storage/calldata -> memory, memory/calldata -> storage (by assignment). A storage
    // *pointer* target is checked by the caller (VariableDeclarationStatement).
    if (contains_mapping(from)) return false;
    return to.location == Location::memory || to.location == Location::storage;
}

} // namespace

bool copies_into_storage_array(const Type& from, const Type& to) {
    if (from.kind != TypeKind::array || to.kind != TypeKind::array) return false;
    if (to.location != Location::storage) return false;
    if (to.length && (!from.length || *from.length > *to.length)) return false;
    return implicitly_convertible(*from.element, *with_location(to.element, Location::storage));
}

bool implicitly_convertible(const Type& from, const Type& to) {
    if (from.kind == TypeKind::error || to.kind == TypeKind::error) return true;
    // A user-defined value type converts only to itself: `wrap` and `unwrap` cross over.
    if (from.user_value || to.user_value) return same_type(from, to);
    switch (from.kind) {
    case TypeKind::integer:
        if (to.kind != TypeKind::integer) return false;
        // As solc: only widening within one signedness (uint8 -> int16 needs int16(uint16(x)),
        // which also decides overloads: f(uint8) and f(int256) do not both take a uint8).
        return from.is_signed == to.is_signed && from.bits <= to.bits;
    case TypeKind::rational:
        if (to.kind == TypeKind::integer) return fits(from.value, to);
        if (to.kind == TypeKind::fixed_bytes) return rational_to_fixed_bytes(from, to);
        return false;
    case TypeKind::address:
        return to.kind == TypeKind::address && (from.payable || !to.payable);
    case TypeKind::fixed_bytes:
        return to.kind == TypeKind::fixed_bytes && from.byte_size <= to.byte_size;
    case TypeKind::string_literal:
        // A literal is built in memory: calldata cannot hold it (solc 6359).
        if (to.kind == TypeKind::string)
            return to.location != Location::calldata && valid_utf8(from.text);
        if (to.kind == TypeKind::bytes) return to.location != Location::calldata;
        if (to.kind == TypeKind::fixed_bytes) return from.text.size() <= to.byte_size;
        return false;
    case TypeKind::contract:
        return to.kind == TypeKind::contract && from.contract && to.contract &&
               from.contract->derives_from(to.contract);
    case TypeKind::tuple:
        if (to.kind != TypeKind::tuple || from.components.size() != to.components.size())
            return false;
        for (std::size_t i = 0; i < from.components.size(); ++i) {
            if (!from.components[i] || !to.components[i]) continue;
            if (!implicitly_convertible(*from.components[i], *to.components[i])) return false;
        }
        return true;
    case TypeKind::bytes:
    case TypeKind::string:
    case TypeKind::array:
    case TypeKind::struct_:
    case TypeKind::mapping:
        return reference_convertible(from, to);
    case TypeKind::function:
        if (is_function_value(to)) return function_convertible(from, to);
        return same_type(from, to);
    default:
        return same_type(from, to);
    }
}

bool explicitly_convertible(const Type& from, const Type& to) {
    if (implicitly_convertible(from, to)) return true;
    if (from.user_value || to.user_value) return false;
    switch (from.kind) {
    case TypeKind::integer:
        if (to.kind == TypeKind::integer)
            return from.bits == to.bits || from.is_signed == to.is_signed;
        if (to.kind == TypeKind::address) return !from.is_signed && from.bits == 160 && !to.payable;
        if (to.kind == TypeKind::fixed_bytes)
            return !from.is_signed && from.bits == to.byte_size * 8;
        // Any integer converts to an enum, signed too (solc): a value outside its members,
        // a negative one included, panics 0x21 at run time.
        if (to.kind == TypeKind::enum_) return true;
        return false;
    case TypeKind::rational: {
        if (boost::multiprecision::denominator(from.value) != 1) return false;
        if (to.kind == TypeKind::address) return !to.payable && fits(from.value, *uint_type(160));
        if (to.kind == TypeKind::enum_)
            return to.enum_info && from.value >= 0 &&
                   from.value < static_cast<long>(to.enum_info->values.size());
        if (to.kind == TypeKind::integer) return fits(from.value, to);
        return false;
    }
    case TypeKind::address:
        if (to.kind == TypeKind::integer) return !to.is_signed && to.bits == 160;
        if (to.kind == TypeKind::contract) return true;
        if (to.kind == TypeKind::address) return !to.payable; // payable only via payable(a)
        if (to.kind == TypeKind::fixed_bytes) return to.byte_size == 20; // bytes20(a)
        return false;
    case TypeKind::fixed_bytes:
        if (to.kind == TypeKind::fixed_bytes) return true;
        if (to.kind == TypeKind::integer) return !to.is_signed && to.bits == from.byte_size * 8;
        if (to.kind == TypeKind::address) return from.byte_size == 20 && !to.payable;
        return false;
    case TypeKind::contract:
        if (to.kind == TypeKind::address) return !to.payable;
        return false;
    case TypeKind::enum_:
        return to.kind == TypeKind::integer && !to.is_signed;
    case TypeKind::bytes:
        return to.kind == TypeKind::string || to.kind == TypeKind::fixed_bytes;
    case TypeKind::string:
        return to.kind == TypeKind::bytes;
    case TypeKind::string_literal:
        return to.kind == TypeKind::bytes;
    default:
        return false;
    }
}

} // namespace mallory::lang::check
