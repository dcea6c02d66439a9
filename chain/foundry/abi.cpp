#include "chain/foundry/abi.hpp"

#include "chain/foundry/abi_type.hpp"
#include "chain/receipt.hpp"
#include "vm/keccak.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace mallory::chain::foundry {

namespace {

/// The shape of one ABI type.
struct TypeInfo {
    enum class Kind {
        Uint,
        Int,
        Address,
        Bool,
        FixedBytes,
        String,
        Bytes,
        Array
    } kind = Kind::Uint;
    unsigned bits = 256;               ///< Uint/Int; FixedBytes: byte count
    std::string element;               ///< Array: element type
    std::optional<std::size_t> length; ///< Array: fixed length, none for T[]
};

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

/// A width or an array length as abi_type.cpp reads them (no leading zero: `bytes08` is no
/// type), so that every type an argument is encoded as decodes back.
bool parse_size(std::string_view digits, std::size_t& out) {
    if (digits.empty() || digits.size() > 6 || digits[0] == '0') return false;
    out = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + static_cast<std::size_t>(c - '0');
    }
    return true;
}

std::optional<TypeInfo> type_info(std::string_view t) {
    TypeInfo info;
    if (!t.empty() && t.back() == ']') {
        const auto open = t.rfind('[');
        if (open == std::string_view::npos) return std::nullopt;
        const std::string_view inner = t.substr(open + 1, t.size() - open - 2);
        info.kind = TypeInfo::Kind::Array;
        info.element = std::string(t.substr(0, open));
        if (!inner.empty()) {
            std::size_t n = 0;
            if (!parse_size(inner, n) || n == 0) return std::nullopt;
            info.length = n;
        }
        auto elem = type_info(info.element);
        if (!elem || elem->kind == TypeInfo::Kind::Array || elem->kind == TypeInfo::Kind::String ||
            elem->kind == TypeInfo::Kind::Bytes)
            return std::nullopt;
        return info;
    }
    std::size_t n = 0;
    if (t == "address")
        info.kind = TypeInfo::Kind::Address;
    else if (t == "bool")
        info.kind = TypeInfo::Kind::Bool;
    else if (t == "string")
        info.kind = TypeInfo::Kind::String;
    else if (t == "bytes")
        info.kind = TypeInfo::Kind::Bytes;
    else if (t.starts_with("uint") && parse_size(t.substr(4), n) && n % 8 == 0 && n >= 8 &&
             n <= 256)
        info = TypeInfo{TypeInfo::Kind::Uint, static_cast<unsigned>(n), {}, {}};
    else if (t.starts_with("int") && parse_size(t.substr(3), n) && n % 8 == 0 && n >= 8 && n <= 256)
        info = TypeInfo{TypeInfo::Kind::Int, static_cast<unsigned>(n), {}, {}};
    else if (t.starts_with("bytes") && parse_size(t.substr(5), n) && n >= 1 && n <= 32)
        info = TypeInfo{TypeInfo::Kind::FixedBytes, static_cast<unsigned>(n), {}, {}};
    else
        return std::nullopt;
    return info;
}

bool is_dynamic(const TypeInfo& t) {
    return t.kind == TypeInfo::Kind::String || t.kind == TypeInfo::Kind::Bytes ||
           (t.kind == TypeInfo::Kind::Array && !t.length);
}

std::string canonical_type(std::string_view t) {
    std::string s(trim(t));
    if (const auto sp = s.find_first_of(" \t"); sp != std::string::npos) s.resize(sp); // a name
    std::string suffix;
    if (const auto br = s.find('['); br != std::string::npos) {
        suffix = s.substr(br);
        s.resize(br);
    }
    if (s == "uint") s = "uint256";
    if (s == "int") s = "int256";
    if (s == "address payable") s = "address";
    return s + suffix;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::optional<Bytes> parse_hex_bytes(std::string_view s) {
    if (!s.starts_with("0x") && !s.starts_with("0X")) return std::nullopt;
    s.remove_prefix(2);
    if (s.size() % 2 != 0) return std::nullopt;
    Bytes out;
    for (std::size_t i = 0; i < s.size(); i += 2) {
        const int hi = hex_digit(s[i]), lo = hex_digit(s[i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out.push_back(static_cast<std::uint8_t>(hi * 16 + lo));
    }
    return out;
}

U256 mask_bits(unsigned bits) {
    return bits >= 256 ? U256::max() : vm::shl(U256{1}, bits) - U256{1};
}

/// Encodes one static word; false if `text` is not a value of the type.
bool encode_word(const TypeInfo& t, std::string_view text, const AddressResolver& resolve,
                 U256& out) {
    switch (t.kind) {
    case TypeInfo::Kind::Uint: {
        auto v = parse_amount(text);
        if (!v || *v > mask_bits(t.bits)) return false;
        out = *v;
        return true;
    }
    case TypeInfo::Kind::Int: {
        const bool negative = text.starts_with('-');
        auto v = parse_amount(negative ? text.substr(1) : text);
        if (!v) return false;
        const U256 limit = vm::shl(U256{1}, t.bits - 1); // |min|; max is limit - 1
        if (negative ? *v > limit : *v >= limit) return false;
        out = negative ? -*v : *v;
        return true;
    }
    case TypeInfo::Kind::Address: {
        auto a = parse_address(text, resolve);
        if (!a) return false;
        out = a->to_word();
        return true;
    }
    case TypeInfo::Kind::Bool:
        if (text == "true" || text == "1")
            out = U256{1};
        else if (text == "false" || text == "0")
            out = U256{};
        else
            return false;
        return true;
    case TypeInfo::Kind::FixedBytes: {
        auto b = parse_hex_bytes(text);
        if (!b || b->size() > t.bits) return false;
        std::array<std::uint8_t, 32> word{};
        std::copy(b->begin(), b->end(), word.begin());
        out = vm::load_be(word.data());
        return true;
    }
    default:
        return false;
    }
}

std::vector<std::string> split_list(std::string_view s) {
    std::vector<std::string> out;
    s = trim(s);
    if (s.empty()) return out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == ',') {
            out.emplace_back(trim(s.substr(start, i - start)));
            start = i + 1;
        }
    return out;
}

/// Encodes one argument into its head word or its tail; false on a bad value.
bool encode_one(const TypeInfo& t, std::string_view text, const AddressResolver& resolve,
                Bytes& head, Bytes& tail) {
    if (t.kind == TypeInfo::Kind::String) {
        append_padded(tail,
                      BytesView{reinterpret_cast<const std::uint8_t*>(text.data()), text.size()});
        return true;
    }
    if (t.kind == TypeInfo::Kind::Bytes) {
        auto b = parse_hex_bytes(text);
        if (!b) return false;
        append_padded(tail, *b);
        return true;
    }
    if (t.kind == TypeInfo::Kind::Array) {
        text = trim(text);
        if (!text.starts_with('[') || !text.ends_with(']')) return false;
        const auto items = split_list(text.substr(1, text.size() - 2));
        if (t.length && items.size() != *t.length) return false;
        const TypeInfo elem = *type_info(t.element);
        Bytes& dst = t.length ? head : tail;
        if (!t.length) append_word(dst, U256{items.size()});
        for (const std::string& item : items) {
            U256 w;
            if (!encode_word(elem, item, resolve, w)) return false;
            append_word(dst, w);
        }
        return true;
    }
    U256 w;
    if (!encode_word(t, trim(text), resolve, w)) return false;
    append_word(head, w);
    return true;
}

/// A JSON string literal; bytes that are not UTF-8 (a contract may return any) show as U+FFFD
/// instead of throwing.
std::string quote(std::string_view s) {
    return nlohmann::json(std::string(s))
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string signed_dec(const U256& v) {
    return v.is_negative() ? "-" + vm::to_dec(-v) : vm::to_dec(v);
}

Value word_value(const TypeInfo& t, const std::string& type, const U256& w,
                 const AddressNamer& namer) {
    Value v{type, {}, {}};
    switch (t.kind) {
    case TypeInfo::Kind::Uint:
        v.text = vm::to_dec(w);
        v.json = v.text;
        break;
    case TypeInfo::Kind::Int: {
        // sign-extend from the type's width, as the ABI's cleanup does
        U256 x = w;
        if (t.bits < 256 && !(vm::shr(w, t.bits - 1) & U256{1}).is_zero())
            x = w | ~mask_bits(t.bits);
        v.text = signed_dec(x);
        v.json = v.text;
        break;
    }
    case TypeInfo::Kind::Address: {
        const Address a = Address::from_word(w);
        v.text = namer ? namer(a) : checksum(a);
        v.json = address_hex(a);
        break;
    }
    case TypeInfo::Kind::Bool:
        v.text = w.is_zero() ? "false" : "true";
        v.json = !w.is_zero();
        break;
    case TypeInfo::Kind::FixedBytes: {
        const auto b = vm::to_bytes(w);
        v.text = vm::to_hex(BytesView{b.data(), t.bits});
        v.json = v.text;
        break;
    }
    default: { // a dynamic type seen as a topic: its keccak256
        const auto b = vm::to_bytes(w);
        v.text = vm::to_hex(BytesView{b.data(), b.size()});
        v.json = v.text;
    }
    }
    return v;
}

bool read_word(BytesView data, std::size_t at, U256& out) {
    if (at > data.size() || data.size() - at < 32) return false;
    out = vm::load_be(data.data() + at);
    return true;
}

bool read_size(BytesView data, std::size_t at, std::size_t& out) {
    U256 w;
    if (!read_word(data, at, w) || !w.fits64() || w.w[0] > data.size()) return false;
    out = static_cast<std::size_t>(w.w[0]);
    return true;
}

/// The head an argument of `type` takes when encode_arguments encodes it.
std::size_t head_size(const std::string& type) {
    const auto t = type_info(type);
    return t && t->kind == TypeInfo::Kind::Array && t->length ? 32 * *t->length : 32;
}

std::optional<Value> decode_value(const AbiType& t, BytesView data, std::size_t base,
                                  std::size_t head, const AddressNamer& namer);

/// `n` values of type `element` laid out as a tuple at `start` (an array's elements), shown as
/// `open` a, b `close`.
std::optional<Value> decode_sequence(const std::string& type,
                                     const std::vector<const AbiType*>& items, BytesView data,
                                     std::size_t start, char open, char close,
                                     const AddressNamer& namer) {
    Value v{type, std::string(1, open), nlohmann::json::array()};
    std::size_t head = start;
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto e = decode_value(*items[i], data, start, head, namer);
        if (!e) return std::nullopt;
        v.text += (i ? ", " : "") + e->text;
        v.json.push_back(std::move(e->json));
        head += items[i]->head_size();
    }
    v.text += close;
    return v;
}

/// Decodes the value of type `t` whose head is at `head` in a tuple starting at `base`:
/// value types in place, static arrays and tuples in place component by component, dynamic
/// ones behind an offset from `base`, recursively.
std::optional<Value> decode_value(const AbiType& t, BytesView data, std::size_t base,
                                  std::size_t head, const AddressNamer& namer) {
    using K = AbiType::Kind;
    std::size_t at = head;
    if (t.is_dynamic()) {
        std::size_t offset = 0;
        if (!read_size(data, head, offset) || base + offset > data.size()) return std::nullopt;
        at = base + offset;
    }
    switch (t.kind) {
    case K::String:
    case K::DynBytes: {
        std::size_t n = 0;
        if (!read_size(data, at, n) || data.size() - at - 32 < n) return std::nullopt;
        const BytesView bytes = data.subspan(at + 32, n);
        Value v{t.name, {}, {}};
        if (t.kind == K::String) {
            std::string text(bytes.begin(), bytes.end());
            v.text = quote(text);
            v.json = std::move(text);
        } else {
            v.text = vm::to_hex(bytes);
            v.json = v.text;
        }
        return v;
    }
    case K::Array: {
        std::size_t n = 0;
        if (t.length) {
            n = *t.length;
        } else {
            if (!read_size(data, at, n)) return std::nullopt;
            at += 32;
        }
        // Every element takes at least a word: more than the data holds is malformed.
        if (n > data.size() / 32 + 1) return std::nullopt;
        const std::vector<const AbiType*> items(n, t.element.get());
        return decode_sequence(t.name, items, data, at, '[', ']', namer);
    }
    case K::Tuple: {
        std::vector<const AbiType*> items;
        for (const auto& c : t.components)
            items.push_back(c.get());
        return decode_sequence(t.name, items, data, at, '(', ')', namer);
    }
    default: {
        U256 w;
        const auto info = type_info(t.name);
        if (!info || !read_word(data, at, w)) return std::nullopt;
        return word_value(*info, t.name, w, namer);
    }
    }
}

} // namespace

void append_word(Bytes& out, const U256& w) {
    const auto b = vm::to_bytes(w);
    out.insert(out.end(), b.begin(), b.end());
}

void append_padded(Bytes& out, BytesView data) {
    append_word(out, U256{data.size()});
    out.insert(out.end(), data.begin(), data.end());
    out.resize(out.size() + (32 - data.size() % 32) % 32, 0);
}

std::string Signature::canonical() const {
    std::string out = name + "(";
    for (std::size_t i = 0; i < types.size(); ++i)
        out += (i ? "," : "") + types[i];
    return out + ")";
}

bool is_supported_type(std::string_view type) {
    return type_info(type).has_value();
}

std::optional<Signature> parse_signature(std::string_view text, std::string* why) {
    auto fail = [&](std::string msg) -> std::optional<Signature> {
        if (why) *why = std::move(msg);
        return std::nullopt;
    };
    text = trim(text);
    const auto open = text.find('(');
    if (open == std::string_view::npos || !text.ends_with(')'))
        return fail(fmt::format("expected a signature like 'f(uint256,address)', got '{}'", text));
    Signature sig;
    sig.name = std::string(trim(text.substr(0, open)));
    if (sig.name.empty()) return fail(fmt::format("missing function name in '{}'", text));
    for (const std::string& raw : split_list(text.substr(open + 1, text.size() - open - 2))) {
        std::string t = canonical_type(raw);
        if (!is_supported_type(t))
            return fail(fmt::format("unsupported type '{}' in '{}'", raw, text));
        sig.types.push_back(std::move(t));
    }
    return sig;
}

std::optional<Address> parse_address(std::string_view text, const AddressResolver& resolve) {
    text = trim(text);
    if ((text.starts_with("0x") || text.starts_with("0X")) && text.size() == 42) {
        auto bytes = parse_hex_bytes(text);
        if (!bytes) return std::nullopt;
        Address a;
        std::copy(bytes->begin(), bytes->end(), a.bytes.begin());
        return a;
    }
    if (resolve) return resolve(text);
    return std::nullopt;
}

std::optional<U256> parse_amount(std::string_view text) {
    text = trim(text);
    // unit, and the largest value that may be multiplied by it (floor(2^256-1 / unit))
    struct Unit {
        std::string_view suffix;
        U256 value;
        std::string_view max;
    };
    static const Unit units[] = {
        {"gwei", U256{1'000'000'000},
         "115792089237316195423570985008687907853269984665640564039457584007913"},
        {"ether", U256{1'000'000'000'000'000'000ULL},
         "115792089237316195423570985008687907853269984665640564039457"},
        {"wei", U256{1}, ""}};
    const Unit* unit = nullptr;
    for (const Unit& u : units)
        if (text.ends_with(u.suffix)) {
            text = trim(text.substr(0, text.size() - u.suffix.size()));
            unit = &u;
            break;
        }
    U256 v;
    if (text.empty() || !vm::parse_u256(text, v)) return std::nullopt;
    if (!unit || unit->max.empty()) return v;
    U256 limit;
    vm::parse_u256(unit->max, limit);
    if (v > limit) return std::nullopt;
    return v * unit->value;
}

std::optional<Bytes> encode_arguments(const std::vector<std::string>& types,
                                      const std::vector<std::string>& args,
                                      const AddressResolver& resolve, std::string& error) {
    if (args.size() != types.size()) {
        error = fmt::format("expected {} argument{}, got {}", types.size(),
                            types.size() == 1 ? "" : "s", args.size());
        return std::nullopt;
    }
    std::size_t heads = 0;
    for (const std::string& t : types)
        heads += head_size(t);
    Bytes head, tail;
    for (std::size_t i = 0; i < types.size(); ++i) {
        const auto t = type_info(types[i]);
        Bytes one_tail;
        if (!t || !encode_one(*t, args[i], resolve, head, one_tail)) {
            error = fmt::format("argument {}: expected {}, got '{}'", i + 1, types[i], args[i]);
            return std::nullopt;
        }
        if (is_dynamic(*t)) {
            append_word(head, U256{heads + tail.size()});
            tail.insert(tail.end(), one_tail.begin(), one_tail.end());
        }
    }
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
}

std::optional<std::vector<std::string>> decode_strings(std::size_t count, BytesView data) {
    const auto decoded = decode_values(std::vector<std::string>(count, "string"), data);
    if (!decoded) return std::nullopt;
    std::vector<std::string> texts;
    for (const Value& v : *decoded)
        texts.push_back(v.json.get<std::string>());
    return texts;
}

std::optional<std::vector<Value>> decode_values(const std::vector<std::string>& types,
                                                BytesView data, const AddressNamer& namer) {
    std::vector<Value> out;
    std::size_t head = 0;
    for (const std::string& name : types) {
        const auto type = parse_abi_type(name);
        if (!type) return std::nullopt;
        auto v = decode_value(*type, data, 0, head, namer);
        if (!v) return std::nullopt;
        out.push_back(std::move(*v));
        head += type->head_size();
    }
    return out;
}

Value decode_word(const std::string& type, const U256& word, const AddressNamer& namer) {
    auto t = type_info(type);
    if (!t) t = TypeInfo{TypeInfo::Kind::String, 0, {}, {}}; // shown as the raw word
    return word_value(*t, type, word, namer);
}

Bytes encode_error(std::string_view message) {
    Bytes out{0x08, 0xc3, 0x79, 0xa0};
    append_word(out, U256{32});
    append_padded(out,
                  BytesView{reinterpret_cast<const std::uint8_t*>(message.data()), message.size()});
    return out;
}

std::string address_hex(const Address& a) {
    return vm::to_hex(BytesView{a.bytes.data(), a.bytes.size()});
}

std::string checksum(const Address& a) {
    const std::string lower = address_hex(a).substr(2);
    const vm::Hash h = vm::keccak256(std::string_view{lower});
    std::string out = "0x";
    for (std::size_t i = 0; i < lower.size(); ++i) {
        const int nibble = (i % 2 == 0) ? h[i / 2] >> 4 : h[i / 2] & 0x0f;
        out += nibble >= 8 ? static_cast<char>(std::toupper(static_cast<unsigned char>(lower[i])))
                           : lower[i];
    }
    return out;
}

std::string DecodedEvent::text() const {
    std::string out = name + "(";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (i) out += ", ";
        if (i < names.size() && !names[i].empty()) out += names[i] + ": ";
        out += args[i].text;
    }
    return out + ")";
}

DecodedEvent decode_event(const vm::Log& log, const vm::ContractCode* emitter,
                          const ParamNames* names, const AddressNamer& namer,
                          const std::vector<const vm::ContractCode*>& others) {
    DecodedEvent out;
    const vm::AbiEntry* entry = nullptr;
    const auto declared_in = [&](const vm::ContractCode* code) {
        if (!code || log.topics.empty()) return;
        const auto topic0 = vm::to_bytes(log.topics[0]);
        for (const vm::AbiEntry& e : code->abi)
            if (e.kind == vm::AbiKind::Event && !e.anonymous && e.hash() == topic0) entry = &e;
    };
    declared_in(emitter);
    for (std::size_t i = 0; !entry && i < others.size(); ++i)
        declared_in(others[i]);
    if (!entry) {
        out.name = "<unknown event>";
        for (const U256& t : log.topics)
            out.args.push_back(decode_word("bytes32", t));
        out.args.push_back(Value{"bytes", vm::to_hex(log.data), vm::to_hex(log.data)});
        return out;
    }
    out.name = entry->name;
    if (names)
        if (auto it = names->find(entry->signature); it != names->end()) out.names = it->second;
    std::vector<std::string> data_types;
    for (std::size_t i = 0; i < entry->inputs.size(); ++i)
        if (i >= entry->indexed.size() || !entry->indexed[i])
            data_types.push_back(entry->inputs[i]);
    auto data = decode_values(data_types, log.data, namer);
    std::size_t topic = 1, next_data = 0;
    for (std::size_t i = 0; i < entry->inputs.size(); ++i) {
        const bool indexed = i < entry->indexed.size() && entry->indexed[i];
        if (indexed)
            out.args.push_back(topic < log.topics.size()
                                   ? decode_word(entry->inputs[i], log.topics[topic++], namer)
                                   : Value{entry->inputs[i], "?", nullptr});
        else if (data)
            out.args.push_back((*data)[next_data++]);
        else
            out.args.push_back(Value{entry->inputs[i], "?", nullptr});
    }
    return out;
}

namespace {

/// Revert data that is a message itself (forge shows such bytes as text): printable ASCII,
/// with line breaks and tabs only beyond a selector's 4 bytes (a selector may read as text).
bool printable_text(BytesView data) {
    const bool longer = data.size() > 4;
    return !data.empty() && std::all_of(data.begin(), data.end(), [&](std::uint8_t c) {
        return (c >= 0x20 && c < 0x7f) || (longer && (c == '\n' || c == '\t'));
    });
}

/// Hex without 0x, as forge shortens long data: its first and last 16 bytes and its length.
std::string trimmed_hex(BytesView data) {
    const std::string all = vm::to_hex(data).substr(2);
    if (data.size() <= 32) return all;
    return fmt::format("{}…{} ({} bytes)", all.substr(0, 32), all.substr(all.size() - 32),
                       data.size());
}

bool has_selector(BytesView data, const std::array<std::uint8_t, 4>& sel) {
    return data.size() >= 4 && std::equal(sel.begin(), sel.end(), data.begin());
}

} // namespace

std::string revert_reason(BytesView data, const std::vector<const vm::ContractCode*>& abis,
                          const ParamNames* names, const AddressNamer& namer) {
    static constexpr std::array<std::uint8_t, 4> error_sel{0x08, 0xc3, 0x79, 0xa0};
    static constexpr std::array<std::uint8_t, 4> panic_sel{0x4e, 0x48, 0x7b, 0x71};
    if (data.size() >= 4) {
        std::array<std::uint8_t, 4> sel{};
        std::copy_n(data.begin(), 4, sel.begin());
        const BytesView args = data.subspan(4);
        if (sel == error_sel)
            if (auto v = decode_values({"string"}, args)) return (*v)[0].json.get<std::string>();
        if (sel == panic_sel && data.size() == 36) {
            const U256 code = vm::load_be(args.data());
            const std::uint64_t c = code.fits64() ? code.w[0] : 0xff;
            return fmt::format("panic: {} (0x{:x})", panic_meaning(c), c);
        }
        for (const vm::ContractCode* code : abis) {
            if (!code) continue;
            for (const vm::AbiEntry& e : code->abi) {
                if (e.kind != vm::AbiKind::Error || e.selector() != sel) continue;
                auto v = decode_values(e.inputs, args, namer);
                if (!v) continue;
                DecodedEvent shown{e.name, {}, std::move(*v)};
                if (names)
                    if (auto it = names->find(e.signature); it != names->end())
                        shown.names = it->second;
                return shown.text();
            }
        }
    }
    if (printable_text(data)) return std::string(data.begin(), data.end()); // "FOUNDRY::ASSUME"
    if (data.size() > 4 && !has_selector(data, error_sel))
        return fmt::format("custom error {}: {}", vm::to_hex(data.first(4)),
                           trimmed_hex(data.subspan(4)));
    return decode_revert(data);
}

} // namespace mallory::chain::foundry
