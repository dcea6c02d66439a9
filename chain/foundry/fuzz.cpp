#include "chain/foundry/fuzz.hpp"

#include "vm/keccak.hpp"
#include "vm/opcodes.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

namespace mallory::chain::foundry {

namespace {

using vm::low_mask;
using vm::shl;
using vm::shr;

/// A dictionary larger than this adds little and slows nothing but memory; first come first.
constexpr std::size_t max_dictionary = 512;

std::vector<const FuzzType*> component_types(const FuzzType& t) {
    std::vector<const FuzzType*> out;
    for (const auto& c : t.components)
        out.push_back(c.get());
    return out;
}

U256 sign_extend(const U256& v, unsigned bits) {
    if (bits >= 256) return v;
    const U256 mask = low_mask(bits);
    const bool negative = !(shr(v, bits - 1) & U256{1}).is_zero();
    return negative ? (v | ~mask) : (v & mask);
}

void put_word(Bytes& out, const U256& w) {
    const auto b = vm::to_bytes(w);
    out.insert(out.end(), b.begin(), b.end());
}

std::size_t head_size(const FuzzType& t) {
    if (t.is_dynamic()) return 32;
    if (t.kind == FuzzType::Kind::Array) return *t.length * head_size(*t.element);
    if (t.kind == FuzzType::Kind::Tuple) {
        std::size_t n = 0;
        for (const auto& c : t.components)
            n += head_size(*c);
        return n;
    }
    return 32;
}

Bytes encode_value(const FuzzType& t, const FuzzValue& v);

Bytes encode_tuple(const std::vector<const FuzzType*>& types,
                   const std::vector<FuzzValue>& values) {
    std::size_t heads = 0;
    for (const FuzzType* t : types)
        heads += head_size(*t);
    Bytes head, tail;
    for (std::size_t i = 0; i < types.size(); ++i) {
        const Bytes enc = encode_value(*types[i], values[i]);
        if (types[i]->is_dynamic()) {
            put_word(head, U256{heads + tail.size()});
            tail.insert(tail.end(), enc.begin(), enc.end());
        } else {
            head.insert(head.end(), enc.begin(), enc.end());
        }
    }
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
}

Bytes encode_value(const FuzzType& t, const FuzzValue& v) {
    Bytes out;
    switch (t.kind) {
    case FuzzType::Kind::DynBytes:
    case FuzzType::Kind::String:
        put_word(out, U256{v.bytes.size()});
        out.insert(out.end(), v.bytes.begin(), v.bytes.end());
        out.resize(out.size() + (32 - v.bytes.size() % 32) % 32, 0);
        return out;
    case FuzzType::Kind::Array: {
        if (!t.length) put_word(out, U256{v.items.size()});
        const std::vector<const FuzzType*> types(v.items.size(), t.element.get());
        const Bytes items = encode_tuple(types, v.items);
        out.insert(out.end(), items.begin(), items.end());
        return out;
    }
    case FuzzType::Kind::Tuple:
        return encode_tuple(component_types(t), v.items);
    default:
        put_word(out, v.word);
        return out;
    }
}

/// Whether the generator's edge cases already draw `v`: 0, 2^k and 2^k - 1, and (as words)
/// their negations, which is every all-ones mask, left-aligned or not.
bool drawn_anyway(const U256& v) {
    const U256 w = bit_length(v) == 256 ? ~v : v;
    const auto power_of_two = [](const U256& x) {
        return !x.is_zero() && (x & (x - U256{1})).is_zero();
    };
    return w.is_zero() || power_of_two(w) || power_of_two(w + U256{1});
}

/// Collects a dictionary in order of appearance; each constant in one tier, own first.
class DictionaryBuilder {
public:
    void add(const U256& v, bool library) {
        if (drawn_anyway(v)) return;
        auto [it, fresh] = m_tier.emplace(v, library);
        if (fresh) {
            m_order.push_back(v);
        } else if (!library) {
            it->second = false; // own somewhere: own
        }
    }

    [[nodiscard]] FuzzDictionary take() const {
        FuzzDictionary d;
        for (const U256& v : m_order) {
            auto& tier = m_tier.at(v) ? d.library : d.own;
            if (tier.size() < max_dictionary) tier.push_back(v);
        }
        return d;
    }

private:
    std::map<U256, bool> m_tier; ///< constant -> library
    std::vector<U256> m_order;
};

/// The value an instruction pushes from its immediate, if it pushes one.
std::optional<U256> pushed_constant(const vm::ContractCode& code, std::size_t pc) {
    const auto op = static_cast<vm::Op>(code.code[pc]);
    if (op == vm::Op::PUSH1) return U256{code.code[pc + 1]};
    if (op == vm::Op::PUSH8) {
        std::uint64_t v = 0;
        std::memcpy(&v, &code.code[pc + 1], sizeof v); // native order, as the interpreter reads
        return U256{v};
    }
    if (op == vm::Op::PUSHK) {
        std::uint16_t k = 0;
        std::memcpy(&k, &code.code[pc + 1], sizeof k);
        if (k < code.constants.size()) return code.constants[k];
    }
    return std::nullopt;
}

void collect(const vm::ContractCode& code, const IsLibraryFile& is_library,
             DictionaryBuilder& out) {
    const auto in_library = [&](std::size_t pc) {
        if (!is_library) return false;
        const auto span = code.span_at(static_cast<std::uint32_t>(pc));
        return !span || span->file >= code.files.size() || is_library(code.files[span->file]);
    };
    const auto& bytes = code.code;
    for (std::size_t pc = 0; pc < bytes.size();) {
        const vm::OpInfo* info = vm::op_info(bytes[pc]);
        if (!info || pc + 1 + info->imm_bytes > bytes.size()) break;
        if (auto v = pushed_constant(code, pc)) out.add(*v, in_library(pc));
        pc += 1 + info->imm_bytes;
    }
    for (const U256& k : code.constants) // those no instruction names: their source is unknown
        out.add(k, static_cast<bool>(is_library));
    for (const auto& child : code.children)
        if (child) collect(*child, is_library, out);
}

} // namespace

void FuzzDictionary::merge(const FuzzDictionary& other) {
    DictionaryBuilder b;
    for (const FuzzDictionary* d : {static_cast<const FuzzDictionary*>(this), &other}) {
        for (const U256& v : d->own)
            b.add(v, false);
        for (const U256& v : d->library)
            b.add(v, true);
    }
    *this = b.take();
}

void FuzzDictionary::demote(const std::vector<U256>& names) {
    const std::set<U256> demoted(names.begin(), names.end());
    DictionaryBuilder b;
    for (const U256& v : own)
        b.add(v, demoted.count(v) > 0);
    for (const U256& v : library)
        b.add(v, true);
    *this = b.take();
}

std::vector<U256> abi_names(const vm::ContractCode& code) {
    std::vector<U256> out;
    const auto add_selector = [&](const std::array<std::uint8_t, 4>& sel) {
        const U256 word = vm::load_be_partial(sel.data(), sel.size());
        out.push_back(word);
        out.push_back(shl(word, 224));
    };
    add_selector(vm::selector_of("Error(string)"));
    add_selector(vm::selector_of("Panic(uint256)"));
    for (const vm::AbiEntry& e : code.abi) {
        if (e.kind == vm::AbiKind::Event) {
            const vm::Hash h = e.hash();
            out.push_back(vm::load_be(h.data()));
        } else if (e.kind == vm::AbiKind::Function || e.kind == vm::AbiKind::Error) {
            add_selector(e.selector());
        }
    }
    for (const auto& child : code.children)
        if (child)
            for (const U256& v : abi_names(*child))
                out.push_back(v);
    return out;
}

namespace {

// ---- shrinking ----

using FailsWith = std::function<bool(const FuzzValue&)>;

FuzzValue word_value(const U256& w) {
    FuzzValue v;
    v.word = w;
    return v;
}

/// The smallest n in (0, high] with fails(make(n)), assuming it fails at `high` and not at 0.
U256 bisect(U256 high, const std::function<bool(const U256&)>& fails) {
    U256 low{0};
    while (high - low > U256{1}) {
        const U256 mid = low + shr(high - low, 1);
        if (fails(mid))
            high = mid;
        else
            low = mid;
    }
    return high;
}

/// Integers and integer-like words toward zero: `shift` aligns bytesN, `negate` shrinks the
/// magnitude of a negative int.
FuzzValue shrink_word(const FuzzValue& v, unsigned shift, bool negate, const FailsWith& fails) {
    const auto make = [&](const U256& n) {
        return word_value(shl(negate ? U256{} - n : n, shift));
    };
    const U256 start = negate ? U256{} - v.word : shr(v.word, shift);
    if (start.is_zero()) return v;
    if (fails(make(U256{}))) return make(U256{});
    return make(bisect(start, [&](const U256& n) { return fails(make(n)); }));
}

FuzzValue shrink_value(const FuzzType& t, const FuzzValue& v, const FailsWith& fails);

/// Byte strings and dynamic arrays toward shorter: empty, else the shortest failing prefix.
template <class Seq>
FuzzValue shrink_length(const FuzzValue& v, Seq FuzzValue::*seq, const FailsWith& fails) {
    const std::size_t n = (v.*seq).size();
    if (n == 0) return v;
    const auto prefix = [&](const U256& len) {
        FuzzValue c = v;
        (c.*seq).resize(static_cast<std::size_t>(len.low()));
        return c;
    };
    if (fails(prefix(U256{}))) return prefix(U256{});
    return prefix(bisect(U256{n}, [&](const U256& len) { return fails(prefix(len)); }));
}

/// The bytes of a byte string toward 0x00 (strings toward '0'), each kept only if it still fails;
/// the first 32 only, which covers what a counterexample line shows.
FuzzValue simplify_bytes(FuzzValue v, std::uint8_t simplest, const FailsWith& fails) {
    for (std::size_t i = 0; i < v.bytes.size() && i < 32; ++i) {
        if (v.bytes[i] == simplest) continue;
        FuzzValue c = v;
        c.bytes[i] = simplest;
        if (fails(c)) v = std::move(c);
    }
    return v;
}

FuzzValue shrink_items(const FuzzType& t, FuzzValue v, const FailsWith& fails) {
    for (std::size_t i = 0; i < v.items.size(); ++i)
        v.items[i] = shrink_value(*t.element, v.items[i], [&](const FuzzValue& x) {
            FuzzValue c = v;
            c.items[i] = x;
            return fails(c);
        });
    return v;
}

/// Each component of a tuple in turn, as shrink_items does each item of an array.
FuzzValue shrink_components(const FuzzType& t, FuzzValue v, const FailsWith& fails) {
    for (std::size_t i = 0; i < v.items.size() && i < t.components.size(); ++i)
        v.items[i] = shrink_value(*t.components[i], v.items[i], [&](const FuzzValue& x) {
            FuzzValue c = v;
            c.items[i] = x;
            return fails(c);
        });
    return v;
}

FuzzValue shrink_value(const FuzzType& t, const FuzzValue& v, const FailsWith& fails) {
    switch (t.kind) {
    case FuzzType::Kind::Tuple:
        return shrink_components(t, v, fails);
    case FuzzType::Kind::Uint:
    case FuzzType::Kind::Address:
    case FuzzType::Kind::Bool:
        return shrink_word(v, 0, false, fails);
    case FuzzType::Kind::Int:
        return shrink_word(v, 0, v.word.is_negative(), fails);
    case FuzzType::Kind::FixedBytes:
        return shrink_word(v, 256 - 8 * t.size, false, fails);
    case FuzzType::Kind::DynBytes:
    case FuzzType::Kind::String:
        return simplify_bytes(shrink_length(v, &FuzzValue::bytes, fails),
                              t.kind == FuzzType::Kind::String ? '0' : 0, fails);
    case FuzzType::Kind::Array: {
        const FuzzValue shorter = t.length ? v : shrink_length(v, &FuzzValue::items, fails);
        return shrink_items(t, shorter, fails);
    }
    }
    return v;
}

} // namespace

std::optional<FuzzType> parse_fuzz_type(std::string_view t, std::string* why) {
    auto type = parse_abi_type(t, why);
    if (!type && why) *why = "cannot generate fuzz inputs: " + *why;
    return type;
}

Bytes encode_fuzz_args(const std::vector<FuzzType>& types, const std::vector<FuzzValue>& values) {
    std::vector<const FuzzType*> ptrs;
    for (const FuzzType& t : types)
        ptrs.push_back(&t);
    return encode_tuple(ptrs, values);
}

FuzzDictionary code_constants(const vm::ContractCode& code, const IsLibraryFile& is_library) {
    DictionaryBuilder b;
    collect(code, is_library, b);
    return b.take();
}

// ---- generation ----

FuzzGenerator::FuzzGenerator(std::uint64_t seed, FuzzDictionary dictionary)
    : m_state(seed), m_dictionary(std::move(dictionary)) {}

U256 FuzzGenerator::dictionary_word() {
    const bool own = !m_dictionary.own.empty() && (m_dictionary.library.empty() || below(4) != 0);
    const std::vector<U256>& tier = own ? m_dictionary.own : m_dictionary.library;
    return tier[below(tier.size())];
}

std::uint64_t FuzzGenerator::next() {
    // splitmix64: tiny, fast, and the same sequence on every platform.
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

U256 FuzzGenerator::random_bits(unsigned bits) {
    const U256 v{next(), next(), next(), next()};
    return v & low_mask(bits);
}

U256 FuzzGenerator::unsigned_value(unsigned bits) {
    const U256 max = low_mask(bits);
    const std::uint64_t r = below(100);
    if (r < 30) {
        const U256 pow = shl(U256{1}, below(bits));
        const U256 edges[] = {U256{0}, U256{1}, U256{2}, max, max - U256{1}, pow, pow - U256{1}};
        return edges[below(std::size(edges))] & max;
    }
    if (r < 70 && !m_dictionary.empty()) {
        const U256 d = dictionary_word();
        const U256 near[] = {d, d, d - U256{1}, d + U256{1}};
        return near[below(std::size(near))] & max;
    }
    // A random length first, so that small and mid-sized numbers are as likely as huge ones.
    return random_bits(1 + static_cast<unsigned>(below(bits)));
}

U256 FuzzGenerator::signed_value(unsigned bits) {
    const U256 min = shl(U256{1}, bits - 1); // -2^(bits-1), truncated to `bits`
    const std::uint64_t r = below(100);
    U256 v;
    if (r < 30) {
        const U256 pow = shl(U256{1}, below(bits - 1));
        const U256 edges[] = {U256{0},       U256{1}, U256{} - U256{1}, min, min - U256{1},
                              min + U256{1}, pow,     U256{} - pow};
        v = edges[below(std::size(edges))];
    } else if (r < 70 && !m_dictionary.empty()) {
        const U256 d = dictionary_word();
        const U256 near[] = {d, U256{} - d, d - U256{1}, d + U256{1}};
        v = near[below(std::size(near))];
    } else {
        const U256 magnitude = random_bits(1 + static_cast<unsigned>(below(bits - 1)));
        v = (next() & 1) ? U256{} - magnitude : magnitude;
    }
    return sign_extend(v & low_mask(bits), bits);
}

U256 FuzzGenerator::fixed_bytes(unsigned size) {
    const unsigned bits = 8 * size;
    const std::uint64_t r = below(100);
    U256 v;
    if (r < 15)
        v = U256{};
    else if (r < 25)
        v = low_mask(bits);
    else if (r < 60 && !m_dictionary.empty())
        v = dictionary_word() & low_mask(bits);
    else
        v = random_bits(bits);
    return shl(v, 256 - bits);
}

Bytes FuzzGenerator::byte_string(bool printable) {
    const std::uint64_t r = below(100);
    const std::size_t n = r < 15 ? 0 : r < 85 ? 1 + below(32) : below(257);
    Bytes out(n);
    for (auto& b : out)
        b = static_cast<std::uint8_t>(printable ? 0x20 + below(0x5f) : below(256));
    return out;
}

FuzzValue FuzzGenerator::value(const FuzzType& t) {
    FuzzValue v;
    switch (t.kind) {
    case FuzzType::Kind::Uint:
    case FuzzType::Kind::Address:
        v.word = unsigned_value(t.size);
        break;
    case FuzzType::Kind::Int:
        v.word = signed_value(t.size);
        break;
    case FuzzType::Kind::Bool:
        v.word = U256{next() & 1};
        break;
    case FuzzType::Kind::FixedBytes:
        v.word = fixed_bytes(t.size);
        break;
    case FuzzType::Kind::DynBytes:
    case FuzzType::Kind::String:
        v.bytes = byte_string(t.kind == FuzzType::Kind::String);
        break;
    case FuzzType::Kind::Array: {
        const std::size_t n = t.length ? *t.length : (below(100) < 15 ? 0 : 1 + below(8));
        for (std::size_t i = 0; i < n; ++i)
            v.items.push_back(value(*t.element));
        break;
    }
    case FuzzType::Kind::Tuple:
        for (const auto& c : t.components)
            v.items.push_back(value(*c));
        break;
    }
    return v;
}

std::vector<FuzzValue> FuzzGenerator::values(const std::vector<FuzzType>& types) {
    std::vector<FuzzValue> out;
    for (const FuzzType& t : types)
        out.push_back(value(t));
    return out;
}

std::uint64_t fuzz_seed(const U256& seed, std::string_view test) {
    std::uint64_t h = 0xcbf29ce484222325ULL; // FNV-1a of the signature
    for (char c : test)
        h = (h ^ static_cast<std::uint8_t>(c)) * 0x100000001b3ULL;
    for (std::uint64_t w : seed.w)
        h = (h ^ w) * 0x9e3779b97f4a7c15ULL + (h >> 29);
    return h;
}

std::vector<FuzzValue> shrink(const std::vector<FuzzType>& types, std::vector<FuzzValue> failing,
                              const StillFails& fails, std::size_t max_attempts) {
    std::size_t attempts = 0;
    for (std::size_t i = 0; i < types.size(); ++i)
        failing[i] = shrink_value(types[i], failing[i], [&](const FuzzValue& x) {
            if (attempts >= max_attempts) return false; // budget spent: keep what fails
            ++attempts;
            std::vector<FuzzValue> c = failing;
            c[i] = x;
            return fails(c);
        });
    return failing;
}

} // namespace mallory::chain::foundry
