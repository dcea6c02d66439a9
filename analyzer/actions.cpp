#include "analyzer/actions.hpp"

#include "analyzer/answers.hpp"
#include "analyzer/ast_util.hpp"
#include "analyzer/feedback.hpp"
#include "analyzer/proof_engine.hpp"
#include "analyzer/world.hpp"
#include "lang/compile/codegen.hpp"
#include "vm/tracer.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string_view>

namespace mallory::analyzer {

namespace {

using vm::U256;
/// Values of one parameter beyond the cross product (cover mode).
constexpr std::size_t max_cover_per_param = 16;
/// Argument lists (from the first) each payable function's value domain is tried with.
constexpr std::size_t values_per_lists = 3;
/// Words compared at run time added to Domains::words (compared_words).
constexpr std::size_t max_compared_words = 4;
/// The non-empty values of a string or bytes parameter, one per account (the adversary and two
/// honest users), all of one length (argument_candidates).
constexpr std::array<std::string_view, 3> account_names{"mal!", "alt!", "oth!"};

void add_unique(std::vector<U256>& v, const U256& x) {
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

bool is_view(const check::FunctionInfo* f) {
    return f->getter_of || f->mutability == lang::ast::Mutability::view ||
           f->mutability == lang::ast::Mutability::pure;
}

bool by_source_order(const check::FunctionInfo* a, const check::FunctionInfo* b) {
    return a->span.file != b->span.file ? a->span.file < b->span.file
                                        : a->span.begin < b->span.begin;
}

U256 left_aligned(std::string_view text) {
    std::uint8_t buf[32] = {};
    std::copy_n(text.begin(), std::min<std::size_t>(text.size(), 32), buf);
    return vm::load_be(buf);
}

/// A left-aligned word cut to its first `n` bytes: the value of a `bytesN` it stands for.
U256 cut_to_bytes(const U256& word, std::size_t n) {
    if (n >= 32) return word;
    std::uint8_t buf[32];
    vm::store_be(buf, word);
    std::fill(buf + n, buf + 32, std::uint8_t{0});
    return vm::load_be(buf);
}

/// The first candidate of a type: the value every other parameter holds in cover mode.
EncodedArg first_candidate(const check::Type& t, const Domains& d) {
    const auto c = argument_candidates(t, d, nullptr);
    return c.empty() ? EncodedArg{} : c.front();
}

/// Encodes `count` elements of type `element` (each its first candidate, or the i-th
/// candidate when there are several) as a sequence: inline for static elements, heads and
/// tails for dynamic ones.
std::vector<U256> encode_elements(const check::Type& element, const Domains& d, std::size_t count) {
    const auto c = argument_candidates(element, d, nullptr);
    std::vector<EncodedArg> items;
    for (std::size_t i = 0; i < count && !c.empty(); ++i)
        items.push_back(c[std::min(i, c.size() - 1)]);
    return encode_arguments(items);
}

/// The targets' constants by name (a length bound written `MIN_NAME`).
std::map<std::string, U256> named_constants(const Program& p) {
    std::map<std::string, U256> out;
    for (const Target& t : p.targets())
        for (const check::VariableInfo* v : t.info->state_variables)
            if (v->constant && v->constant_value)
                if (const auto w = rational_word(*v->constant_value)) out.emplace(v->name, *w);
    return out;
}

/// `string` or `bytes`: a parameter that names something.
bool is_text(const check::Type& t) {
    return t.kind == check::TypeKind::bytes || t.kind == check::TypeKind::string;
}

bool has_length(const check::Type& t) {
    return is_text(t) || (t.kind == check::TypeKind::array && t.element && !t.length);
}

/// A value of `t` (has_length) with `n` elements: bytes repeating "mal!", array elements
/// their type's first candidate.
EncodedArg of_length(const check::Type& t, const Domains& d, std::size_t n) {
    std::vector<U256> ws{U256{n}};
    if (t.kind == check::TypeKind::array) {
        const std::vector<U256> body = encode_elements(*t.element, d, n);
        ws.insert(ws.end(), body.begin(), body.end());
        return EncodedArg{true, std::move(ws)};
    }
    std::string text;
    while (text.size() < n)
        text += "mal!";
    for (std::size_t i = 0; i < n; i += 32)
        ws.push_back(
            left_aligned(std::string_view(text).substr(i, std::min<std::size_t>(32, n - i))));
    return EncodedArg{true, std::move(ws)};
}

/// The first values of a parameter of role `r` (ParamRole), most promising first; `moment`
/// is its position among its function's moments.
std::vector<U256> role_values(ParamRole r, const Domains& d, std::size_t moment) {
    switch (r) {
    case ParamRole::clock:
        return {d.duration};
    case ParamRole::moment:
        return {moment_value(d.now, moment)};
    case ParamRole::key:
        return d.keys;
    case ParamRole::time_units:
        return {U256{1}};
    case ParamRole::plain:
        break;
    }
    return {};
}

/// Moves the zero words of `cs` (integer candidates) after the others, keeping their order.
void zero_last(std::vector<EncodedArg>& cs) {
    std::stable_partition(cs.begin(), cs.end(), [](const EncodedArg& a) {
        return a.dynamic || a.words.size() != 1 || !a.words.front().is_zero();
    });
}

/// Moves the integer candidates of `cs` (of unsigned type `t`) whose product with `factor`
/// does not fit `t` after the others, keeping their order.
void overflowing_last(std::vector<EncodedArg>& cs, const check::Type& t, const U256& factor) {
    const U256 largest = vm::udiv(vm::low_mask(t.bits), factor);
    std::stable_partition(cs.begin(), cs.end(), [&](const EncodedArg& a) {
        return a.dynamic || a.words.size() != 1 || !(largest < a.words.front());
    });
}

/// Moves `first` (in order) to the front of the candidates `cs`.
void put_first(std::vector<EncodedArg>& cs, const std::vector<U256>& first) {
    for (auto it = first.rbegin(); it != first.rend(); ++it) {
        const EncodedArg a{false, {*it}};
        std::erase(cs, a);
        cs.insert(cs.begin(), a);
    }
}

} // namespace

std::vector<EncodedArg> argument_candidates(const check::Type& t, const Domains& d,
                                            const std::vector<U256>* hints) {
    using K = check::TypeKind;
    std::vector<EncodedArg> out;
    const auto words = [&](const std::vector<U256>& vs) {
        for (const U256& v : vs)
            out.push_back(EncodedArg{false, {v}});
    };
    switch (t.kind) {
    case K::integer: {
        std::vector<U256> vs = t.is_signed ? d.ints : d.uints;
        if (hints && !t.is_signed)
            for (const U256& h : *hints)
                add_unique(vs, h);
        // Values that do not fit the parameter's width would be rejected by the ABI decoder.
        std::erase_if(vs, [&](const U256& v) {
            return !t.is_signed && t.bits < 256 && vm::bit_length(v) > t.bits;
        });
        if (vs.empty()) vs.push_back(U256{});
        words(vs);
        break;
    }
    case K::boolean:
        words({U256{1}, U256{0}});
        break;
    case K::address:
    case K::contract:
        words(d.addresses);
        break;
    case K::enum_: {
        const std::size_t n =
            t.enum_info ? std::min<std::size_t>(t.enum_info->values.size(), 3) : 1;
        for (std::size_t i = 0; i < std::max<std::size_t>(n, 1); ++i)
            out.push_back(EncodedArg{false, {U256{i}}});
        break;
    }
    case K::fixed_bytes:
        for (const U256& handle : d.handles)
            out.push_back(EncodedArg{false, {cut_to_bytes(handle, t.byte_size)}});
        words({U256{}, left_aligned("\x01")});
        if (t.byte_size == 32) words(d.words); // a commitment, a hash the program compares
        break;
    case K::bytes:
    case K::string:
        out.push_back(EncodedArg{true, {U256{}}});
        // Names of one length, one per account (the adversary and two honest users): where a
        // name is taken once (a registry), each account holds its own, at the same price and
        // past the same length checks.
        for (const std::string_view name : account_names)
            out.push_back(EncodedArg{true, {U256{name.size()}, left_aligned(name)}});
        break;
    case K::array: {
        if (!t.element) break;
        const EncodedArg elem = first_candidate(*t.element, d);
        if (t.length) { // T[N]: static when T is, as N elements in a row either way
            std::vector<U256> ws = encode_elements(*t.element, d, *t.length);
            out.push_back(EncodedArg{elem.dynamic, std::move(ws)});
            break;
        }
        // One element first (a batch function refuses an empty list), then none (a list of
        // exceptions an owner leaves empty: `finalize(noShows)`), then two.
        for (std::size_t n : {1, 0, 2}) {
            std::vector<U256> ws{U256{n}};
            const std::vector<U256> body = encode_elements(*t.element, d, n);
            ws.insert(ws.end(), body.begin(), body.end());
            out.push_back(EncodedArg{true, std::move(ws)});
        }
        // Then one element of each further integer value: the amount that fills a cap.
        if (t.element->kind == K::integer) {
            const std::vector<EncodedArg> items = argument_candidates(*t.element, d, nullptr);
            for (std::size_t i = 1; i < items.size(); ++i)
                out.push_back(EncodedArg{true, {U256{1}, items[i].words.front()}});
        }
        break;
    }
    case K::struct_: {
        if (!t.struct_info) break;
        std::vector<EncodedArg> fields;
        bool dynamic = false;
        for (const auto& f : t.struct_info->fields) {
            fields.push_back(first_candidate(*f.type, d));
            dynamic |= fields.back().dynamic;
        }
        out.push_back(EncodedArg{dynamic, encode_arguments(fields)});
        break;
    }
    default:
        break;
    }
    if (out.empty()) out.push_back(EncodedArg{false, {U256{}}});
    return out;
}

U256 handle_of(std::string_view account) {
    return left_aligned(account);
}

std::vector<U256> first_arguments(const check::FunctionInfo& f, const Domains& d) {
    const auto compared = d.compared.find(&f);
    const auto nonzero = d.nonzero.find(&f);
    const auto factors = d.factors.find(&f);
    std::vector<EncodedArg> args;
    for (std::size_t i = 0; i < f.parameter_types.size(); ++i) {
        const bool refuses_zero =
            nonzero != d.nonzero.end() && i < nonzero->second.size() && nonzero->second[i];
        const U256 factor =
            factors != d.factors.end() && i < factors->second.size() ? factors->second[i] : U256{1};
        if (compared != d.compared.end() && i < compared->second.size() &&
            !compared->second[i].empty()) {
            args.push_back(EncodedArg{false, {compared->second[i].front()}});
        } else if (refuses_zero || U256{1} < factor) {
            std::vector<EncodedArg> cs = argument_candidates(*f.parameter_types[i], d, nullptr);
            if (refuses_zero) zero_last(cs);
            if (U256{1} < factor) overflowing_last(cs, *f.parameter_types[i], factor);
            args.push_back(cs.front());
        } else {
            args.push_back(first_candidate(*f.parameter_types[i], d));
        }
    }
    return encode_arguments(args);
}

std::vector<U256> encode_arguments(const std::vector<EncodedArg>& args) {
    std::size_t head_words = 0;
    for (const EncodedArg& a : args)
        head_words += a.dynamic ? 1 : a.words.size();
    std::vector<U256> head, tail;
    for (const EncodedArg& a : args) {
        if (!a.dynamic) {
            head.insert(head.end(), a.words.begin(), a.words.end());
            continue;
        }
        head.push_back(U256{32 * (head_words + tail.size())});
        tail.insert(tail.end(), a.words.begin(), a.words.end());
    }
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
}

namespace {

/// A string as Solidity writes it: "name" when every byte is printable ASCII other than a quote
/// or a backslash, else hex"6e00" (the same bytes, whatever they encode).
std::string string_literal(const vm::Bytes& bytes) {
    const bool plain = std::all_of(bytes.begin(), bytes.end(), [](std::uint8_t b) {
        return b >= 0x20 && b < 0x7f && b != '"' && b != '\\';
    });
    if (plain) return "\"" + std::string(bytes.begin(), bytes.end()) + "\"";
    return "hex\"" + vm::to_hex(vm::BytesView{bytes}).substr(2) + "\"";
}

/// Reads ABI-encoded values for describe_arguments; every read is bounds-checked.
class ArgumentReader {
public:
    ArgumentReader(const std::vector<U256>& words, const WordText& word_text,
                   std::vector<const check::Type*>* word_types)
        : m_words(words), m_text(word_text), m_types(word_types) {
        if (m_types) m_types->assign(words.size(), nullptr);
    }

    /// The tuple of `types` whose head starts at word `base`.
    std::optional<std::vector<std::string>> tuple(const std::vector<const check::Type*>& types,
                                                  std::size_t base) const {
        std::vector<std::string> out;
        std::size_t head = base;
        for (const check::Type* t : types) {
            std::optional<std::string> v;
            if (lang::codegen::abi_is_dynamic(*t)) {
                const auto offset = word_at(head);
                if (!offset || *offset % 32 != 0) return std::nullopt;
                v = value(*t, base + static_cast<std::size_t>(*offset / 32));
                head += 1;
            } else {
                v = value(*t, head);
                head += static_cast<std::size_t>(lang::codegen::abi_head_size(*t) / 32);
            }
            if (!v) return std::nullopt;
            out.push_back(std::move(*v));
        }
        return out;
    }

private:
    /// A word that fits in 32 bits (an offset or a length), or nullopt.
    std::optional<std::uint64_t> word_at(std::size_t i) const {
        if (i >= m_words.size() || vm::bit_length(m_words[i]) > 32) return std::nullopt;
        return m_words[i].w[0];
    }

    std::optional<std::string> value(const check::Type& t, std::size_t at) const {
        using K = check::TypeKind;
        if (t.kind == K::array && t.element) {
            std::size_t n = 0, base = at;
            if (t.length) {
                n = static_cast<std::size_t>(*t.length);
            } else {
                const auto len = word_at(at);
                if (!len || *len > m_words.size()) return std::nullopt;
                n = static_cast<std::size_t>(*len);
                base = at + 1;
            }
            const auto items = tuple(std::vector<const check::Type*>(n, t.element.get()), base);
            if (!items) return std::nullopt;
            std::string out;
            for (const std::string& s : *items)
                out += (out.empty() ? "" : ", ") + s;
            return "[" + out + "]";
        }
        if (t.kind == K::bytes || t.kind == K::string) {
            const auto len = word_at(at);
            if (!len || at + 1 + (*len + 31) / 32 > m_words.size()) return std::nullopt;
            vm::Bytes bytes;
            for (std::size_t i = 0; i < *len; i += 32) {
                std::uint8_t b[32];
                vm::store_be(b, m_words[at + 1 + i / 32]);
                bytes.insert(bytes.end(), b, b + std::min<std::size_t>(32, *len - i));
            }
            return t.kind == K::string ? string_literal(bytes) : vm::to_hex(vm::BytesView{bytes});
        }
        if (t.kind == K::struct_ || at >= m_words.size()) return std::nullopt;
        if (m_types) (*m_types)[at] = &t;
        return m_text(t, m_words[at]);
    }

    const std::vector<U256>& m_words;
    const WordText& m_text;
    std::vector<const check::Type*>* m_types;
};

} // namespace

std::optional<std::vector<std::string>>
describe_arguments(const std::vector<check::TypePtr>& types, const std::vector<U256>& words,
                   const WordText& word_text, std::vector<const check::Type*>* word_types) {
    std::vector<const check::Type*> ts;
    for (const check::TypePtr& t : types)
        ts.push_back(t.get());
    return ArgumentReader(words, word_text, word_types).tuple(ts, 0);
}

std::vector<U256> quantities_bought(const U256& value, const std::vector<U256>& prices) {
    std::vector<U256> out;
    for (const U256& c : prices) {
        if (c <= U256{1}) continue;
        const vm::DivMod qr = vm::udivrem(value, c);
        if (qr.rem.is_zero() && !qr.quot.is_zero() &&
            std::find(out.begin(), out.end(), qr.quot) == out.end())
            out.push_back(qr.quot);
    }
    return out;
}

std::vector<std::pair<const Target*, const check::FunctionInfo*>> mutators(const Program& p) {
    std::vector<std::pair<const Target*, const check::FunctionInfo*>> out;
    for (const Target& t : p.targets()) {
        std::vector<const check::FunctionInfo*> fs;
        for (const check::FunctionInfo* f : t.info->external_functions)
            if (!is_view(f)) fs.push_back(f);
        std::sort(fs.begin(), fs.end(), by_source_order);
        if (const check::FunctionInfo* plain = plain_entry(*t.info)) fs.push_back(plain);
        for (const check::FunctionInfo* f : fs)
            out.emplace_back(&t, f);
    }
    return out;
}

namespace {

/// Every combination of `keys` in the integer parameters of `f` whose role is ParamRole::key
/// (each id that fits the parameter's width), the other parameters as in `first`; at most
/// max_key_combinations, the first parameter's ids varying slowest.
std::vector<std::vector<EncodedArg>> key_combinations(const check::FunctionInfo& f,
                                                      const std::vector<ParamRole>& roles,
                                                      const std::vector<U256>& keys,
                                                      const std::vector<EncodedArg>& first) {
    std::vector<std::vector<EncodedArg>> out{first};
    for (std::size_t i = 0; i < first.size() && i < roles.size(); ++i) {
        const check::Type& ty = *f.parameter_types[i];
        if (roles[i] != ParamRole::key || ty.kind != check::TypeKind::integer) continue;
        std::vector<std::vector<EncodedArg>> next;
        for (const std::vector<EncodedArg>& prefix : out)
            for (const U256& id : keys) {
                if (next.size() == max_key_combinations) break;
                if (ty.bits < 256 && vm::bit_length(id) > ty.bits) continue;
                std::vector<EncodedArg> v = prefix;
                v[i] = EncodedArg{false, {id}};
                next.push_back(std::move(v));
            }
        if (!next.empty()) out = std::move(next);
    }
    return out;
}

} // namespace

namespace {

/// Whether `a` is one unsigned integer word of parameter type `t`.
bool is_unsigned_word(const check::Type& t, const EncodedArg& a) {
    return t.kind == check::TypeKind::integer && !t.is_signed && !a.dynamic && a.words.size() == 1;
}

/// Cover mode's lists with one amount in every unsigned parameter that has it among its
/// candidates (the others at their first values), for each such amount: a call whose amounts
/// are bounded together (`swap(out0, out1)` with each below its reserve, where the first value
/// of one is above it) passes with both at a small one, which changing one parameter at a time
/// never reaches. Only for functions of two or more unsigned parameters.
void add_same_amounts(const check::FunctionInfo& f,
                      const std::vector<std::vector<EncodedArg>>& per_param,
                      std::vector<std::vector<EncodedArg>>& lists) {
    std::vector<std::size_t> amounts;
    for (std::size_t i = 0; i < per_param.size(); ++i)
        if (!per_param[i].empty() && is_unsigned_word(*f.parameter_types[i], per_param[i][0]))
            amounts.push_back(i);
    if (amounts.size() < 2 || lists.empty()) return;
    std::vector<U256> seen;
    for (std::size_t i : amounts)
        for (std::size_t k = 0; k < per_param[i].size() && k < max_cover_per_param; ++k) {
            const U256& v = per_param[i][k].words.front();
            if (std::find(seen.begin(), seen.end(), v) != seen.end()) continue;
            seen.push_back(v);
            std::vector<EncodedArg> list = lists.front();
            const EncodedArg same{false, {v}};
            for (std::size_t j : amounts)
                if (std::find(per_param[j].begin(), per_param[j].end(), same) != per_param[j].end())
                    list[j] = same;
            if (std::find(lists.begin(), lists.end(), list) == lists.end())
                lists.push_back(std::move(list));
        }
}

} // namespace

std::vector<std::vector<U256>> argument_lists(const check::FunctionInfo* f, const Domains& d,
                                              const CallBudget& b) {
    const auto hints = d.hints.find(f);
    const std::vector<U256>* h = hints == d.hints.end() ? nullptr : &hints->second;
    std::vector<std::vector<EncodedArg>> per_param;
    for (const check::TypePtr& t : f->parameter_types)
        per_param.push_back(argument_candidates(*t, d, h));
    if (const auto roles = d.roles.find(f); roles != d.roles.end()) {
        std::size_t moment = 0;
        for (std::size_t i = 0; i < per_param.size() && i < roles->second.size(); ++i) {
            if (f->parameter_types[i]->kind == check::TypeKind::integer)
                put_first(per_param[i], role_values(roles->second[i], d, moment));
            if (roles->second[i] == ParamRole::moment) ++moment;
        }
    }
    // Values the body compares come first: a share that must be 10000 basis points, a
    // period of at least MIN_PERIOD (the generic domain rarely holds both at once).
    if (const auto compared = d.compared.find(f); compared != d.compared.end())
        for (std::size_t i = 0; i < per_param.size() && i < compared->second.size(); ++i)
            put_first(per_param[i], compared->second[i]);
    // Lengths the body compares come first: a public key of 48 bytes, a name of 5 to 20.
    if (const auto lengths = d.lengths.find(f); lengths != d.lengths.end())
        for (std::size_t i = 0; i < per_param.size() && i < lengths->second.size(); ++i) {
            const std::vector<std::size_t>& ns = lengths->second[i];
            for (auto n = ns.rbegin(); n != ns.rend(); ++n) {
                const EncodedArg a = of_length(*f->parameter_types[i], d, *n);
                std::erase(per_param[i], a);
                per_param[i].insert(per_param[i].begin(), a);
            }
        }
    // A parameter the body refuses at zero (`if (price == 0) revert`, `require(n > 0)`)
    // tries zero last: a call that needs every such parameter set passes in its first list.
    if (const auto nonzero = d.nonzero.find(f); nonzero != d.nonzero.end())
        for (std::size_t i = 0; i < per_param.size() && i < nonzero->second.size(); ++i)
            if (nonzero->second[i]) zero_last(per_param[i]);
    // A narrow parameter the body multiplies by a constant (`uint64 days_` times 86400)
    // tries last the values whose product overflows its width: each such call panics.
    if (const auto factors = d.factors.find(f); factors != d.factors.end())
        for (std::size_t i = 0; i < per_param.size() && i < factors->second.size(); ++i)
            if (U256{1} < factors->second[i])
                overflowing_last(per_param[i], *f->parameter_types[i], factors->second[i]);
    std::vector<std::vector<EncodedArg>> lists{{}};
    std::vector<std::size_t> widths;
    for (std::size_t pi = 0; pi < per_param.size(); ++pi) {
        const auto& cs = per_param[pi];
        // Addresses beyond the adversary and one honest user are covered, not multiplied.
        const bool address = is_address_like(*f->parameter_types[pi]);
        const std::size_t width =
            std::min(cs.size(), address ? std::min<std::size_t>(b.per_param, 2) : b.per_param);
        widths.push_back(width);
        std::vector<std::vector<EncodedArg>> next;
        for (const auto& prefix : lists)
            for (std::size_t i = 0; i < width && next.size() < b.cap; ++i) {
                auto v = prefix;
                v.push_back(cs[i]);
                next.push_back(std::move(v));
            }
        lists = std::move(next);
    }
    const auto add_list = [&](std::vector<EncodedArg> v) {
        if (std::find(lists.begin(), lists.end(), v) == lists.end()) lists.push_back(std::move(v));
    };
    const auto add_once = [&](std::size_t i, const EncodedArg& value) {
        auto v = lists.front();
        v[i] = value;
        add_list(std::move(v));
    };
    if (lists.empty()) return {};
    for (std::size_t i = 0; b.width_covered && i < per_param.size(); ++i)
        for (std::size_t k = 1; k < widths[i]; ++k)
            add_once(i, per_param[i][k]);
    // The hint engines' values reach guarded branches: each is tried in each unsigned
    // parameter whatever the budget (re-entries included).
    for (std::size_t i = 0; h && i < per_param.size(); ++i) {
        const check::Type& t = *f->parameter_types[i];
        if (t.kind != check::TypeKind::integer || t.is_signed) continue;
        for (const U256& value : *h)
            if (t.bits == 256 || vm::bit_length(value) <= t.bits)
                add_once(i, EncodedArg{false, {value}});
    }
    // Every combination of ids of the key parameters, whatever the budget: an object and an
    // element of it (`claim(id, index)` reading `milestones[id][index]`) are both keys, and the
    // adversary's own object (the next id) is met at its first element (index 0), which
    // changing one key at a time from the first list never reaches.
    if (const auto roles = d.roles.find(f); roles != d.roles.end())
        for (std::vector<EncodedArg> keyed :
             key_combinations(*f, roles->second, d.keys, lists.front()))
            add_list(std::move(keyed));
    for (std::size_t i = 0; b.cover && i < per_param.size(); ++i)
        for (std::size_t k = 0; k < per_param[i].size() && k < max_cover_per_param; ++k)
            add_once(i, per_param[i][k]);
    if (b.cover) add_same_amounts(*f, per_param, lists);
    std::vector<std::vector<U256>> out;
    for (const auto& l : lists)
        out.push_back(encode_arguments(l));
    return out;
}

namespace {

/// The sum of the elements of each dynamic unsigned integer array argument of `f` in the
/// encoded `args` (head words, then tails), when not zero and not above 96 bits (an amount an
/// account holds); without repeats.
std::vector<U256> array_sums(const check::FunctionInfo& f, const std::vector<U256>& args) {
    std::vector<U256> out;
    for (std::size_t i = 0; i < f.parameter_types.size() && i < args.size(); ++i) {
        const check::Type& ty = *f.parameter_types[i];
        if (ty.kind != check::TypeKind::array || ty.length || !ty.element ||
            ty.element->kind != check::TypeKind::integer || ty.element->is_signed)
            continue;
        const U256& offset = args[i];
        if (vm::bit_length(offset) > 32 || offset.w[0] % 32 != 0) continue;
        const std::size_t at = static_cast<std::size_t>(offset.w[0] / 32);
        if (at >= args.size() || vm::bit_length(args[at]) > 16) continue;
        const std::size_t n = static_cast<std::size_t>(args[at].w[0]);
        if (at + n >= args.size()) continue;
        U256 sum{};
        bool fits = true;
        for (std::size_t k = 1; k <= n && fits; ++k) {
            sum = sum + args[at + k];
            fits = vm::bit_length(args[at + k]) <= 96 && vm::bit_length(sum) <= 96;
        }
        if (fits && !sum.is_zero() && std::find(out.begin(), out.end(), sum) == out.end())
            out.push_back(sum);
    }
    return out;
}

/// The payable `f`'s calls that name the payment itself as each unsigned amount compared
/// with it (`require(msg.value == amount)`, meets_payment), with each account or literal its
/// address parameters are covered with (`lists` differing from the first in addresses only):
/// ether named among tokens, `deposit(ETH, amount)`. `f`'s parameters are value types.
std::vector<CallSpec> payment_as_amount(const Program& p, const check::FunctionInfo& f,
                                        const std::vector<std::vector<U256>>& lists,
                                        const std::string& contract, const std::string& sig,
                                        const U256& value) {
    std::vector<CallSpec> out;
    if (!f.ast) return out;
    const std::string_view body = p.sources().text(f.ast->span);
    const auto meets = [&](std::size_t i) {
        return i < f.parameters.size() && f.parameters[i] &&
               meets_payment(body, f.parameters[i]->name);
    };
    if (value.is_zero()) return out;
    for (const std::vector<U256>& list : lists) {
        bool covers_an_address = true;
        for (std::size_t i = 0; i < list.size() && i < f.parameter_types.size(); ++i)
            covers_an_address &=
                is_address_like(*f.parameter_types[i]) || list[i] == lists.front()[i];
        if (!covers_an_address) continue;
        std::vector<U256> args = list;
        bool named = false;
        for (std::size_t i = 0; i < f.parameter_types.size() && i < args.size(); ++i) {
            const check::Type& ty = *f.parameter_types[i];
            if (ty.kind != check::TypeKind::integer || ty.is_signed ||
                (ty.bits < 256 && vm::bit_length(value) > ty.bits) || !meets(i))
                continue;
            args[i] = value;
            named = true;
        }
        if (named) out.push_back(CallSpec{contract, sig, std::move(args), value});
    }
    return out;
}

/// The payable call of `f` with `first` naming, in every id parameter, each object an honest
/// user created (Domains::honest_objects), with the largest value of Domains::values: more
/// than an honest user paid (a bid above theirs). One call per object, so that the search's
/// budget stays with the adversary's own objects.
std::vector<CallSpec> payments_into_honest_objects(const Target& t, const check::FunctionInfo& f,
                                                   const Domains& d,
                                                   const std::vector<U256>& first) {
    std::vector<CallSpec> out;
    const auto roles = d.roles.find(&f);
    if (roles == d.roles.end()) return out;
    for (const U256& id : d.honest_objects) {
        std::vector<U256> args = first;
        bool named = false;
        for (std::size_t i = 0; i < roles->second.size() && i < args.size(); ++i)
            if (roles->second[i] == ParamRole::key) {
                args[i] = id;
                named = true;
            }
        if (named && !d.values.empty())
            out.push_back(CallSpec{t.name(), call_signature(f), args,
                                   *std::max_element(d.values.begin(), d.values.end())});
    }
    return out;
}

} // namespace

std::vector<CallSpec> honest_payments(World& w) {
    const Accounts& accounts = w.accounts();
    std::vector<CallSpec> out;
    for (const TxStep& s : w.setup()) {
        if (s.is_warp() || s.call.value.is_zero() || s.sender == deployer_name ||
            s.sender == adversary_name)
            continue;
        // At a price asked: the code compares the payment with exactly what was sent.
        if (!w.pays_a_price_asked(s)) continue;
        CallSpec c = s.call;
        for (U256& word : c.args)
            for (const auto& [name, address] : accounts.users)
                if (word == address.to_word()) word = accounts.adversary.to_word();
        if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(std::move(c));
    }
    return out;
}

std::vector<CallSpec> make_calls(const Program& p, const Domains& d, const CallBudget& budget,
                                 const U256& value) {
    std::vector<CallSpec> out;
    for (const auto& [t, f] : mutators(p)) {
        const bool payable = f->mutability == lang::ast::Mutability::payable;
        const std::string sig = call_signature(*f);
        const auto lists = argument_lists(f, d, budget);
        for (const auto& args : lists)
            out.push_back(CallSpec{t->name(), sig, args, payable ? value : U256{}});
        if (!payable || !(budget.cover || budget.values) || lists.empty()) continue;
        // Each value with the first argument lists, not only the first: a price check
        // (`msg.value == n * PRICE`) needs the value with a small count (n = 1), which is
        // rarely the first list.
        for (std::size_t li = 0; li < lists.size() && li < values_per_lists; ++li)
            for (const U256& v : d.values)
                if (v != value) out.push_back(CallSpec{t->name(), sig, lists[li], v});
        if (const auto paid = d.paid_at_setup.find(f); paid != d.paid_at_setup.end())
            for (std::size_t li = 0; li < lists.size() && li < values_per_lists; ++li)
                for (const U256& v : paid->second) {
                    const CallSpec call{t->name(), sig, lists[li], v};
                    if (std::find(out.begin(), out.end(), call) == out.end()) out.push_back(call);
                }
        // A payment that funds the whole request: each of the first lists with the sum of
        // each of its unsigned arrays (`createDeal(freelancer, amounts)` requiring
        // `msg.value == total` of the milestones; a multi-send of `amounts`).
        for (std::size_t li = 0; li < lists.size() && li < values_per_lists; ++li)
            for (const U256& sum : array_sums(*f, lists[li])) {
                const CallSpec call{t->name(), sig, lists[li], sum};
                if (std::find(out.begin(), out.end(), call) == out.end()) out.push_back(call);
            }
        // What each honest user paid for, paid alike by the adversary.
        if (budget.cover)
            for (const CallSpec& c : d.honest_payments)
                if (c.contract == t->name() && c.signature == sig &&
                    std::find(out.begin(), out.end(), c) == out.end())
                    out.push_back(c);
        // A payment into each honest user's object with every value (a bid above theirs).
        if (budget.cover)
            for (CallSpec& c : payments_into_honest_objects(*t, *f, d, lists.front()))
                if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(std::move(c));
        // Every further list without ether too: a payable function whose arguments choose a
        // branch that takes none (`adjust(delta)` shrinking with a negative delta).
        if (budget.cover)
            for (std::size_t li = values_per_lists; li < lists.size(); ++li)
                out.push_back(CallSpec{t->name(), sig, lists[li], U256{}});
        // A sale (`require(msg.value == amount * PRICE)`): each payment with the quantity it
        // buys at one of the program's prices in every unsigned parameter.
        if (!std::all_of(f->parameter_types.begin(), f->parameter_types.end(),
                         [](const check::TypePtr& ty) { return check::is_value_type(*ty); }))
            continue;
        std::vector<U256> payments{value};
        payments.insert(payments.end(), d.values.begin(), d.values.end());
        for (const U256& v : payments)
            for (const U256& n : quantities_bought(v, p.amount_constants())) {
                std::vector<U256> args = lists.front();
                bool priced = false;
                for (std::size_t i = 0; i < f->parameter_types.size(); ++i) {
                    const check::Type& ty = *f->parameter_types[i];
                    if (ty.kind != check::TypeKind::integer || ty.is_signed ||
                        (ty.bits < 256 && vm::bit_length(n) > ty.bits))
                        continue;
                    args[i] = n;
                    priced = true;
                }
                const CallSpec call{t->name(), sig, std::move(args), v};
                if (priced && std::find(out.begin(), out.end(), call) == out.end())
                    out.push_back(call);
            }
        // At the unit prices the function asked: the quantity in its own parameter.
        if (const auto units = d.unit_prices.find(f); units != d.unit_prices.end())
            for (const auto& [index, unit] : units->second)
                for (const U256& v : payments) {
                    const vm::DivMod qr = vm::udivrem(v, unit);
                    const check::Type& ty = *f->parameter_types[index];
                    if (!qr.rem.is_zero() || qr.quot.is_zero() ||
                        (ty.bits < 256 && vm::bit_length(qr.quot) > ty.bits))
                        continue;
                    std::vector<U256> args = lists.front();
                    args[index] = qr.quot;
                    const CallSpec call{t->name(), sig, std::move(args), v};
                    if (std::find(out.begin(), out.end(), call) == out.end()) out.push_back(call);
                }
        for (CallSpec& call : payment_as_amount(p, *f, lists, t->name(), sig, value))
            if (std::find(out.begin(), out.end(), call) == out.end()) out.push_back(call);
    }
    return out;
}

bool is_address_like(const check::Type& ty) {
    return ty.kind == check::TypeKind::address || ty.kind == check::TypeKind::contract;
}

bool mints_supply(std::string_view body, const std::string& name) {
    if (name.empty()) return false;
    const std::string id = astutil::identifier_regex(name);
    // The name whole, as the value assigned or an argument of the mint, possibly scaled.
    const std::string value = R"((?:[^;]*[^\w$.])?)" + id + R"((?![\w$]))";
    const std::regex supply(R"((^|[^\w$.])_?[tT]otal_?[sS]upply\s*(\+)?=(?!=))" + value);
    const std::regex credited(R"(\[\s*msg\s*\.\s*sender\s*\]\s*(\+)?=(?!=))" + value);
    const std::regex minted(R"((^|[^\w$.])_?mint\s*\()" + value);
    const std::string text(body);
    return std::regex_search(text, supply) || std::regex_search(text, credited) ||
           std::regex_search(text, minted);
}

bool caps_a_payment(std::string_view contract, const std::string& name) {
    if (name.empty()) return false;
    const std::string id = astutil::identifier_regex(name);
    const std::string amount = R"(([A-Za-z_$][\w$]*(?:\s*\.\s*value)?)(?![\w$]))";
    const std::string start = R"((?:^|[^\w$.]))";
    // The bound as a check keeps it (`paid <= cap`, `cap >= paid`), and as the condition of
    // an `if` that refuses beyond it (`if (paid > cap)`, `if (cap < paid)`).
    const std::regex forms[] = {
        std::regex(start + amount + R"(\s*<=?\s*)" + id + R"((?![\w$]))"),
        std::regex(start + id + R"(\s*>=?\s*)" + amount),
        std::regex(R"(\bif\s*\(\s*)" + amount + R"(\s*>=?\s*)" + id + R"((?![\w$]))"),
        std::regex(R"(\bif\s*\(\s*)" + id + R"(\s*<=?\s*)" + amount),
    };
    const std::string text(contract);
    for (const std::regex& form : forms)
        for (auto it = std::sregex_iterator(text.begin(), text.end(), form);
             it != std::sregex_iterator(); ++it) {
            std::string x = (*it)[1].str();
            std::erase_if(x, [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
            if (x == "msg.value") return true;
            if (x.find('.') != std::string::npos || x == name) continue;
            const std::regex sent(R"(\{\s*value\s*:\s*)" + astutil::identifier_regex(x) +
                                  R"(\s*\})");
            if (std::regex_search(text, sent)) return true;
        }
    return false;
}

std::optional<vm::U256> share_bound(const Program& p, std::string_view body,
                                    const std::string& name) {
    if (name.empty()) return std::nullopt;
    const std::string id = astutil::identifier_regex(name);
    const std::string bound = R"(([0-9][0-9_]*|[A-Za-z_$][\w$]*))";
    const std::string end = R"((?=\s*[)&|;,]))";
    const std::regex forms[] = {
        std::regex(R"((?:^|[^\w$.]))" + id + R"(\s*<=?\s*)" + bound + end),
        std::regex(R"((?:^|[(&|,]\s*))" + bound + R"(\s*>=?\s*)" + id + end),
        std::regex(R"(\bif\s*\(\s*)" + id + R"(\s*>=?\s*)" + bound + R"(\s*\))"),
    };
    const std::map<std::string, U256> named = named_constants(p);
    const std::string text(body);
    for (const std::regex& form : forms)
        for (auto it = std::sregex_iterator(text.begin(), text.end(), form);
             it != std::sregex_iterator(); ++it) {
            std::string b = (*it)[1].str();
            std::optional<U256> value;
            if (std::isdigit(static_cast<unsigned char>(b[0]))) {
                std::erase(b, '_');
                if (b.size() <= 7) value = U256{std::stoull(b)};
            } else if (const auto c = named.find(b); c != named.end()) {
                value = c->second;
            }
            if (value && *value >= U256{2} && *value <= U256{1'000'000}) return value;
        }
    return std::nullopt;
}

namespace {

/// A regex for the clock (`block.timestamp`, `block.number`) or one of `stand_ins`, names that
/// hold it (clock_parameters), each a whole word.
std::string clock_regex(const std::vector<std::string>& stand_ins) {
    std::string out = R"((block\s*\.\s*(timestamp|number))";
    for (const std::string& n : stand_ins)
        out += R"(|\b)" + astutil::identifier_regex(n) + R"((?![\w$]))";
    return out + ")";
}

/// A conversion that may wrap a term (`uint32(`) and its closing parenthesis: either side of
/// a comparison with the clock may sit inside one (`uint32(block.timestamp) < uint32(end)`).
constexpr const char* optional_cast = R"((\w+\s*\(\s*)?)";
constexpr const char* optional_close = R"((\s*\))?)";

/// The clock or one of `clocks`, possibly inside a conversion.
std::string clock_term(const std::vector<std::string>& clocks) {
    return optional_cast + clock_regex(clocks) + optional_close;
}

/// The arguments of the call whose opening parenthesis is at `open` in `text`, split at the
/// commas outside nested brackets; nullopt when the parenthesis does not close.
std::optional<std::vector<std::string>> call_arguments(const std::string& text, std::size_t open) {
    std::vector<std::string> out(1);
    int depth = 0;
    for (std::size_t i = open + 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '(' || c == '[' || c == '{') ++depth;
        if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
                if (out.size() == 1 && out[0].find_first_not_of(" \t\r\n") == std::string::npos)
                    out.clear();
                return out;
            }
            --depth;
        }
        if (c == ',' && depth == 0)
            out.emplace_back();
        else
            out.back() += c;
    }
    return std::nullopt;
}

/// The parameter names of the function definitions in `text`, by function name (one list per
/// overload); an unnamed parameter is an empty name.
std::multimap<std::string, std::vector<std::string>> function_parameters(const std::string& text) {
    static const std::regex definition(R"(\bfunction\s+([\w$]+)\s*\()");
    static const std::regex last_word(R"(([\w$]+)\s*$)");
    static const std::regex type_only(
        R"(^\s*(u?int\d*|bool|address(\s+payable)?|bytes\d*|string|[\w$.]+(\[[^\]]*\])*)\s*$)");
    std::multimap<std::string, std::vector<std::string>> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), definition);
         it != std::sregex_iterator(); ++it) {
        const auto args =
            call_arguments(text, static_cast<std::size_t>(it->position(0) + it->length(0)) - 1);
        if (!args) continue;
        std::vector<std::string> names;
        for (const std::string& a : *args) {
            std::smatch m;
            // `uint64 timestamp` names it; `uint64` alone does not.
            names.push_back(!std::regex_match(a, type_only) && std::regex_search(a, m, last_word)
                                ? m[1].str()
                                : std::string{});
        }
        out.emplace((*it)[1].str(), std::move(names));
    }
    return out;
}

} // namespace

std::vector<std::string> clock_parameters(std::string_view text) {
    const std::string source(text);
    const auto functions = function_parameters(source);
    static const std::regex call(R"(([\w$]+)\s*\()");
    static const std::regex definition_before(R"(\bfunction\s+$)");
    const std::regex clock(clock_regex({}));
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(source.begin(), source.end(), call);
         it != std::sregex_iterator(); ++it) {
        const std::string name = (*it)[1].str();
        const auto [first, last] = functions.equal_range(name);
        if (first == last) continue;
        const std::string before = source.substr(0, static_cast<std::size_t>(it->position(0)));
        if (std::regex_search(before.size() > 16 ? before.substr(before.size() - 16) : before,
                              definition_before))
            continue;
        const auto args =
            call_arguments(source, static_cast<std::size_t>(it->position(0) + it->length(0)) - 1);
        if (!args) continue;
        for (auto f = first; f != last; ++f) {
            if (f->second.size() != args->size()) continue;
            for (std::size_t i = 0; i < args->size(); ++i)
                if (!f->second[i].empty() && std::regex_search((*args)[i], clock) &&
                    std::find(out.begin(), out.end(), f->second[i]) == out.end())
                    out.push_back(f->second[i]);
        }
    }
    return out;
}

std::vector<std::string> stored_names(std::string_view body, const std::string& name) {
    if (name.empty()) return {};
    const std::string text(body);
    // `start = _start;`, `start = uint64(_start);`: a plain variable, not an element or member.
    const std::regex stored(R"((^|[^\w$.\]])\s*([\w$]+)\s*=\s*(\w+\s*\(\s*)?)" +
                            astutil::identifier_regex(name) + R"(\s*(\)\s*)?;)");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), stored);
         it != std::sregex_iterator(); ++it)
        if (std::find(out.begin(), out.end(), (*it)[2].str()) == out.end())
            out.push_back((*it)[2].str());
    return out;
}

std::vector<std::string> stored_members(std::string_view body, const std::string& name,
                                        const std::vector<StructFields>& structs) {
    if (name.empty()) return {};
    const std::string text(body);
    const std::string value = optional_cast + astutil::identifier_regex(name) + optional_close;
    std::vector<std::string> out;
    const auto add = [&out](const std::string& field) {
        if (std::find(out.begin(), out.end(), field) == out.end()) out.push_back(field);
    };
    // `g.cliff = cliff;`, `grants[who].cliff = uint64(cliff);`, `Grant({cliff: cliff})`
    const std::regex assigned(R"(\.\s*([\w$]+)\s*=\s*)" + value + R"(\s*;)");
    const std::regex named(R"([{,]\s*([\w$]+)\s*:\s*)" + value + R"(\s*[,}])");
    for (const std::regex* re : {&assigned, &named})
        for (auto it = std::sregex_iterator(text.begin(), text.end(), *re);
             it != std::sregex_iterator(); ++it)
            add((*it)[1].str());
    // `Grant(total, 0, start, cliff, duration)`: the field at the argument's position.
    const std::regex whole(R"(^\s*)" + value + R"(\s*$)");
    for (const StructFields& st : structs) {
        const std::regex call(R"((^|[^\w$.])()" + astutil::identifier_regex(st.name) + R"()\s*\()");
        for (auto it = std::sregex_iterator(text.begin(), text.end(), call);
             it != std::sregex_iterator(); ++it) {
            const auto args =
                call_arguments(text, static_cast<std::size_t>(it->position(0) + it->length(0)) - 1);
            if (!args || args->size() != st.fields.size()) continue;
            for (std::size_t i = 0; i < args->size(); ++i)
                if (std::regex_search((*args)[i], whole)) add(st.fields[i]);
        }
    }
    return out;
}

namespace {

/// `text` with each access of a field among `fields` (`g.cliff`, `grants[a].cliff`) written
/// as the bare field name, so that the clock's patterns read a field as a variable.
std::string fields_as_names(std::string_view text, const std::vector<std::string>& fields) {
    std::string out(text);
    for (const std::string& f : fields) {
        const std::regex access(R"((^|[^\w$.])[\w$]+(\s*\[[^\]]*\])*\s*\.\s*()" +
                                astutil::identifier_regex(f) + R"()(?![\w$]))");
        out = std::regex_replace(out, access, "$1$3");
    }
    return out;
}

} // namespace

StoredTimeRoles stored_time_roles(std::string_view body, std::string_view contract,
                                  const std::vector<std::string>& names,
                                  const std::vector<StructFields>& structs) {
    StoredTimeRoles out{std::vector<bool>(names.size(), false),
                        std::vector<bool>(names.size(), false),
                        std::vector<bool>(names.size(), false)};
    std::vector<std::string> variables;
    std::vector<std::size_t> owner;
    std::vector<std::string> fields;
    for (std::size_t i = 0; i < names.size(); ++i) {
        for (std::string& v : stored_names(body, names[i])) {
            variables.push_back(std::move(v));
            owner.push_back(i);
        }
        for (std::string& f : stored_members(body, names[i], structs)) {
            fields.push_back(f);
            variables.push_back(std::move(f));
            owner.push_back(i);
        }
    }
    if (variables.empty()) return out;
    const std::string uses = fields_as_names(contract, fields);
    const std::vector<std::string> clocks = clock_parameters(uses);
    const std::vector<bool> moment = moments(uses, variables, clocks);
    for (std::size_t k = 0; k < variables.size(); ++k) {
        if (moment[k] && keeps_clock_before(uses, variables[k], clocks))
            out.moment[owner[k]] = true;
        else if (moment[k])
            out.started[owner[k]] = true;
        else if (meets_clock(uses, variables[k], clocks))
            out.duration[owner[k]] = true;
    }
    return out;
}

bool keeps_clock_before(std::string_view text, const std::string& name,
                        const std::vector<std::string>& clocks) {
    if (name.empty()) return false;
    const std::string clock = clock_term(clocks);
    const std::string id =
        optional_cast + astutil::identifier_regex(name) + optional_close + R"((?![\w$.\[(]))";
    // Required: `require(block.timestamp < deadline)`, `require(deadline >= block.timestamp)`.
    const std::string required = R"(require\s*\(([^;]*[^\w$.])?)";
    // Refused: `if (block.timestamp >= deadline) revert Closed();`.
    const std::string refused = R"(if\s*\(([^;{]*[^\w$.])?)";
    const std::string reverts = R"([^;{]*\)\s*\{?\s*revert\b)";
    const std::regex before_required(required + clock + R"(\s*<=?\s*)" + id);
    const std::regex after_required(required + id + R"(\s*>=?\s*)" + clock);
    const std::regex past_refused(refused + clock + R"(\s*>=?\s*)" + id + reverts);
    const std::regex behind_refused(refused + id + R"(\s*<=?\s*)" + clock + reverts);
    const std::string source(text);
    return std::regex_search(source, before_required) ||
           std::regex_search(source, after_required) || std::regex_search(source, past_refused) ||
           std::regex_search(source, behind_refused);
}

bool meets_clock(std::string_view body, const std::string& name,
                 const std::vector<std::string>& clocks) {
    if (name.empty()) return false;
    // An operator between the clock and the name, possibly across one more term
    // (`block.timestamp >= start + name`).
    // Either side may sit inside a conversion (`uint32(block.timestamp) + uint32(name)`).
    const std::string clock = clock_term(clocks);
    const std::string op = R"(\s*(\+|-|<=?|>=?|==|!=)\s*)";
    const std::string term = R"((\w+(\[[^\]]*\])?(\.\w+)*\s*[-+]\s*)?)";
    const std::string id = astutil::identifier_regex(name);
    // Whole names only: no word character (nor `$`) around them.
    const std::regex forward(clock + op + term + optional_cast + id + R"((?![\w$]))");
    const std::regex backward(R"((^|[^\w$]))" + id + optional_close + op + term + clock);
    const std::string text(body);
    if (std::regex_search(text, forward) || std::regex_search(text, backward)) return true;
    // A time the body set from the clock stands for it: `revealEnd = commitEnd + revealTime`
    // after `commitEnd = block.timestamp + commitTime`.
    static const std::regex set_from_clock(
        R"(([\w$]+)\s*=[^=;][^;]*block\s*\.\s*(timestamp|number))");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), set_from_clock);
         it != std::sregex_iterator(); ++it) {
        const std::string time = astutil::identifier_regex((*it)[1].str());
        const std::string plus = R"(\s*[-+]\s*)";
        const std::regex after(R"((^|[^\w$]))" + time + plus + optional_cast + id + R"((?![\w$]))");
        const std::regex before(R"((^|[^\w$]))" + id + optional_close + plus + time +
                                R"((?![\w$]))");
        if (std::regex_search(text, after) || std::regex_search(text, before)) return true;
    }
    return false;
}

std::vector<bool> moments(std::string_view body, const std::vector<std::string>& names,
                          const std::vector<std::string>& clocks) {
    const std::string text(body);
    const std::string clock = clock_term(clocks);
    const std::string rel = R"(\s*(<=?|>=?)\s*)";
    // Alone: no arithmetic just before or after the name (`start + lock` is a duration).
    const std::string before = R"((^|[^\w$.+\-*/%\s])\s*)";
    const std::string after = R"((?![\w$])(?!\s*[-+*/%.\[(]))";
    const auto alone = [&](const std::string& n) {
        return optional_cast + astutil::identifier_regex(n) + optional_close;
    };
    std::vector<bool> out(names.size(), false);
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i].empty()) continue;
        const std::regex forward(clock + rel + alone(names[i]) + after);
        const std::regex backward(before + alone(names[i]) + rel + clock);
        out[i] = std::regex_search(text, forward) || std::regex_search(text, backward);
    }
    // Compared with a moment (`stopTime <= startTime`), to a fixed point: each round marks
    // at least one more name or stops.
    for (bool grew = true; grew;) {
        grew = false;
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (out[i] || names[i].empty()) continue;
            for (std::size_t j = 0; j < names.size() && !out[i]; ++j) {
                if (!out[j] || names[j].empty()) continue;
                const std::regex ij(before + alone(names[i]) + rel + alone(names[j]) + after);
                const std::regex ji(before + alone(names[j]) + rel + alone(names[i]) + after);
                out[i] = std::regex_search(text, ij) || std::regex_search(text, ji);
            }
            grew |= out[i];
        }
    }
    return out;
}

U256 moment_value(std::uint64_t now, std::size_t position) {
    constexpr std::uint64_t day = 86'400;
    return U256{now + day * (position + 1)};
}

namespace {

/// A number written in a time unit (`1 days`, `12 hours`).
constexpr std::string_view time_unit_literal = R"(\d+\s*(seconds|minutes|hours|days|weeks))";

} // namespace

std::vector<std::string> time_unit_constants(const Program& p) {
    const std::regex literal(std::string(time_unit_literal) + R"((?![\w$]))");
    std::vector<std::string> out;
    for (const Target& t : p.targets())
        for (const check::VariableInfo* v : t.info->state_variables)
            if (v->constant && v->ast_state &&
                std::regex_search(std::string(p.sources().text(v->ast_state->span)), literal) &&
                std::find(out.begin(), out.end(), v->name) == out.end())
                out.push_back(v->name);
    return out;
}

namespace {

/// The names `text` sets from the clock, directly or through a plain copy (see
/// accrues_per_time): a product set from it (`reward = (now - last) * rate`) is an amount,
/// not a time, so a right-hand side that multiplies or divides is not one.
std::vector<std::string> clock_names(const std::string& text) {
    static const std::regex set_from_clock(
        R"(([\w$]+)\s*=[^=;*/][^;*/]*block\s*\.\s*(timestamp|number)[^;*/]*;)");
    static const std::regex returns_clock(
        R"(function\s+([\w$]+)[^{;]*\{\s*return[^;*/]*block\s*\.\s*(timestamp|number)[^;*/]*;\s*\})");
    std::vector<std::string> names;
    for (const std::regex* re : {&set_from_clock, &returns_clock})
        for (auto it = std::sregex_iterator(text.begin(), text.end(), *re);
             it != std::sregex_iterator(); ++it)
            names.push_back((*it)[1].str());
    // Plain copies (`lastRewardTime = t;`, `lastUpdateTime = lastTimeRewardApplicable();`),
    // to a fixed point: each round adds at least one name or stops.
    static const std::regex copy(R"(([\w$]+)\s*=\s*([\w$]+)\s*(\(\s*\))?\s*;)");
    for (bool grew = true; grew;) {
        grew = false;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), copy);
             it != std::sregex_iterator(); ++it) {
            const std::string to = (*it)[1].str(), from = (*it)[2].str();
            if (std::find(names.begin(), names.end(), from) != names.end() &&
                std::find(names.begin(), names.end(), to) == names.end()) {
                names.push_back(to);
                grew = true;
            }
        }
    }
    return names;
}

} // namespace

bool accrues_per_time(std::string_view text, const std::string& name) {
    if (name.empty()) return false;
    const std::string source(text);
    std::string time = R"((block\s*\.\s*(timestamp|number))";
    for (const std::string& n : clock_names(source))
        time += "|" + astutil::identifier_regex(n);
    time += ")";
    const std::string id = astutil::identifier_regex(name);
    // A time, or a parenthesised group (one level of nested calls) that holds a difference.
    const std::string group = R"(\(((?:[^()]|\([^()]*\))*)\))";
    const std::regex forward(R"((^|[^\w$.]))" + time + R"((?![\w$])\s*\*\s*)" + optional_cast + id +
                             R"((?![\w$]))");
    const std::regex backward(R"((^|[^\w$.]))" + id + R"(\s*\)?\s*\*\s*)" + time + R"((?![\w$]))");
    if (std::regex_search(source, forward) || std::regex_search(source, backward)) return true;
    const std::regex group_then(group + R"(\s*\*\s*)" + optional_cast + id + R"((?![\w$]))");
    const std::regex then_group(R"((^|[^\w$.]))" + id + R"(\s*\)?\s*\*\s*)" + group);
    const std::regex time_in(R"((^|[^\w$.]))" + time + R"((?![\w$]))");
    for (const std::regex* re : {&group_then, &then_group})
        for (auto it = std::sregex_iterator(source.begin(), source.end(), *re);
             it != std::sregex_iterator(); ++it) {
            const std::string inner = (*it)[re == &group_then ? 1 : 2].str();
            if (inner.find('-') != std::string::npos && std::regex_search(inner, time_in))
                return true;
        }
    return false;
}

bool counts_time_units(std::string_view body, const std::string& name,
                       const std::vector<std::string>& units) {
    if (name.empty()) return false;
    const std::string id = astutil::identifier_regex(name);
    // A literal unit or a named one, each a whole word (`DAY`, not `MY_DAY`).
    std::string unit = "(" + std::string(time_unit_literal);
    for (const std::string& u : units)
        unit += "|" + astutil::identifier_regex(u);
    unit += R"()(?![\w$]))";
    const std::regex forward(id + R"(\s*\*\s*)" + unit);
    const std::regex backward(R"((^|[^\w$.]))" + unit + R"(\s*\*\s*)" + id + R"((?![\w$]))");
    const std::string text(body);
    return std::regex_search(text, forward) || std::regex_search(text, backward);
}

bool meets_payment(std::string_view body, const std::string& name) {
    if (name.empty()) return false;
    const std::string id = astutil::identifier_regex(name);
    const std::string value = R"(msg\s*\.\s*value)";
    const std::string op = R"(\s*(==|!=|<=?|>=?)\s*)";
    const std::regex forward(value + op + id + R"((?![\w$]))");
    const std::regex backward(R"((^|[^\w$.]))" + id + op + value);
    const std::string text(body);
    return std::regex_search(text, forward) || std::regex_search(text, backward);
}

namespace {

/// A literal bound's value: decimal digits (with `_` separators) and an optional ether or time
/// unit (`30 days`, `1 ether`); nullopt beyond 18 digits.
std::optional<U256> literal_value(std::string digits, const std::string& unit) {
    std::erase(digits, '_');
    if (digits.empty() || digits.size() > 18) return std::nullopt;
    static const std::map<std::string, U256> units{{"", U256{1}},
                                                   {"wei", U256{1}},
                                                   {"gwei", U256{1'000'000'000}},
                                                   {"ether", U256{1'000'000'000'000'000'000ULL}},
                                                   {"seconds", U256{1}},
                                                   {"minutes", U256{60}},
                                                   {"hours", U256{3600}},
                                                   {"days", U256{86'400}},
                                                   {"weeks", U256{604'800}}};
    const auto u = units.find(unit);
    if (u == units.end()) return std::nullopt;
    return U256{std::stoull(digits)} * u->second;
}

/// One comparison of a subject with a bound, the operator as seen from the subject, and the
/// value nearest the bound that passes it.
struct Bounded {
    std::string op;
    U256 passing;
};

/// The operator that holds exactly where `o` does not (`x > MAX` fails where `x <= MAX`).
std::string negated(const std::string& o) {
    if (o == "==") return "!=";
    if (o == "!=") return "==";
    if (o == ">") return "<=";
    if (o == ">=") return "<";
    if (o == "<") return ">=";
    return ">"; // <=
}

/// Whether the comparison at `at` in `text` is part of the condition of an `if` that reverts
/// (`if (price == 0 || duration > MAX) revert Invalid();`): the call passes where it fails.
/// Only the parentheses around it are followed, within its statement.
bool in_revert_condition(const std::string& text, std::size_t at) {
    int depth = 0;
    std::size_t open = std::string::npos;
    for (std::size_t i = at; i-- > 0;) {
        const char c = text[i];
        if (c == ';' || c == '{' || c == '}') break;
        if (c == ')') ++depth;
        if (c == '(' && depth-- == 0) open = i; // keep going: the outermost group counts
        if (depth < 0) depth = 0;
    }
    if (open == std::string::npos) return false;
    std::size_t k = open;
    while (k > 0 && std::isspace(static_cast<unsigned char>(text[k - 1])))
        --k;
    if (k < 2 || text.compare(k - 2, 2, "if") != 0 ||
        (k > 2 && (std::isalnum(static_cast<unsigned char>(text[k - 3])) || text[k - 3] == '_')))
        return false;
    int level = 0;
    std::size_t close = open;
    for (; close < text.size(); ++close) {
        if (text[close] == '(') ++level;
        if (text[close] == ')' && --level == 0) break;
    }
    std::size_t next = close + 1;
    while (next < text.size() &&
           (std::isspace(static_cast<unsigned char>(text[next])) || text[next] == '{'))
        ++next;
    return text.compare(next, 6, "revert") == 0;
}

/// Each comparison of `subject` (a regex) with a bound in `body` (`subject == 48`: 48,
/// `subject >= MIN` where `constants` gives MIN: its value, `subject > 0`: 1, `10 > subject`:
/// `<` 9): those where the subject comes first, then the others, without repeated values.
std::vector<Bounded> compared_bounds(std::string_view body, const std::string& subject,
                                     const std::map<std::string, U256>& constants) {
    std::vector<Bounded> out;
    const std::string op = R"(\s*(==|!=|>=|<=|>|<)\s*)";
    const std::string bound =
        R"((?:([A-Za-z_$][\w$]*)|(\d[\d_]*)(?:\s+(wei|gwei|ether|seconds|minutes|hours|days|weeks))?)(?![\w$.(\[]))";
    const std::regex forward(R"((?:^|[^\w$.]))" + subject + op + bound);
    const std::regex backward(R"((?:^|[^\w$.]))" + bound + op + subject);
    const std::string text(body);
    // The value nearest the bound that passes `subject o bound` (or fails it, where failing
    // it is what lets the call through: in an `if` that reverts).
    const auto add = [&](std::string o, const std::smatch& m, std::size_t at) {
        // position + 1: the match starts with the character before the subject, maybe `(`.
        if (in_revert_condition(text, static_cast<std::size_t>(m.position(0)) + 1)) o = negated(o);
        std::optional<U256> v;
        if (m[at].matched) {
            if (const auto c = constants.find(m[at].str()); c != constants.end()) v = c->second;
        } else {
            v = literal_value(m[at + 1].str(), m[at + 2].str());
        }
        if (!v || (o == "<" && v->is_zero()) || ((o == ">" || o == "!=") && *v == ~U256{})) return;
        const U256 n = o == ">" || o == "!=" ? *v + U256{1} : o == "<" ? *v - U256{1} : *v;
        if (std::none_of(out.begin(), out.end(), [&](const Bounded& b) { return b.passing == n; }))
            out.push_back(Bounded{o, n});
    };
    const auto flipped = [](const std::string& o) -> std::string {
        if (o == "<") return ">";
        if (o == ">") return "<";
        if (o == "<=") return ">=";
        if (o == ">=") return "<=";
        return o;
    };
    for (auto it = std::sregex_iterator(text.begin(), text.end(), forward);
         it != std::sregex_iterator(); ++it)
        add((*it)[1].str(), *it, 2);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), backward);
         it != std::sregex_iterator(); ++it)
        add(flipped((*it)[4].str()), *it, 1);
    return out;
}

} // namespace

std::vector<std::size_t> compared_lengths(std::string_view body, const std::string& name,
                                          const std::map<std::string, U256>& constants) {
    std::vector<std::size_t> out;
    if (name.empty()) return out;
    const std::string id = astutil::identifier_regex(name);
    // `name.length` or `bytes(name).length`.
    const std::string length = "(?:" + id + R"(|bytes\s*\(\s*)" + id + R"(\s*\))\.length)";
    for (const Bounded& b : compared_bounds(body, length, constants))
        if (b.passing <= U256{max_compared_length})
            out.push_back(static_cast<std::size_t>(b.passing.w[0]));
    return out;
}

std::vector<U256> compared_values(std::string_view body, const std::string& name,
                                  const std::map<std::string, U256>& constants) {
    if (name.empty()) return {};
    // The parameter itself, not a member, an element or a call of it.
    const std::string subject = astutil::identifier_regex(name) + R"((?![\w$.(\[]))";
    // What the value must be, or at least: an upper bound or a lower one of 0 or 1 is met by
    // the usual domains already (and its limit, as a first value, would fill a cap or pay a
    // single wei).
    std::vector<U256> out;
    for (const Bounded& b : compared_bounds(body, subject, constants))
        if ((b.op == "==" || ((b.op == ">=" || b.op == ">") && U256{1} < b.passing)) &&
            out.size() < max_compared_values)
            out.push_back(b.passing);
    return out;
}

bool must_be_nonzero(std::string_view body, const std::string& name,
                     const std::map<std::string, U256>& constants) {
    if (name.empty()) return false;
    const std::string subject = astutil::identifier_regex(name) + R"((?![\w$.(\[]))";
    const auto bounds = compared_bounds(body, subject, constants);
    return std::any_of(bounds.begin(), bounds.end(), [](const Bounded& b) {
        return b.passing == U256{1} && (b.op == "!=" || b.op == ">" || b.op == ">=");
    });
}

U256 largest_factor(std::string_view body, const std::string& name,
                    const std::map<std::string, U256>& constants) {
    U256 out{1};
    if (name.empty()) return out;
    const std::string id = astutil::identifier_regex(name);
    const std::string factor =
        R"((?:([A-Za-z_$][\w$]*)|(\d[\d_]*)(?:\s+(wei|gwei|ether|seconds|minutes|hours|days|weeks))?)(?![\w$.(\[]))";
    const std::regex forward(R"((?:^|[^\w$.]))" + id + R"(\s*\*\s*)" + factor);
    const std::regex backward(R"((?:^|[^\w$.]))" + factor + R"(\s*\*\s*)" + id +
                              R"((?![\w$.(\[]))");
    const std::string text(body);
    for (const std::regex* re : {&forward, &backward})
        for (auto it = std::sregex_iterator(text.begin(), text.end(), *re);
             it != std::sregex_iterator(); ++it) {
            const std::smatch& m = *it;
            std::optional<U256> v;
            if (m[1].matched) {
                if (const auto c = constants.find(m[1].str()); c != constants.end()) v = c->second;
            } else {
                v = literal_value(m[2].str(), m[3].str());
            }
            if (v && out < *v) out = *v;
        }
    return out;
}

namespace {

/// What `fact(body, parameter, type, named constants)` says of each named unsigned integer
/// parameter of each mutator (`none` for the other parameters), kept for the functions where
/// it says something other than `none` of some parameter.
template <class T, class Fact>
std::map<const check::FunctionInfo*, std::vector<T>>
per_unsigned_parameter(const Program& p, Fact fact, const T& none) {
    std::map<const check::FunctionInfo*, std::vector<T>> out;
    const std::map<std::string, U256> named = named_constants(p);
    for (const auto& [t, f] : mutators(p)) {
        if (!f->ast) continue;
        const std::string_view body = p.sources().text(f->ast->span);
        std::vector<T> facts;
        bool says_something = false;
        for (std::size_t i = 0; i < f->parameters.size(); ++i) {
            const check::VariableInfo* v = f->parameters[i];
            const check::Type& ty = *f->parameter_types[i];
            const bool unsigned_integer = v && ty.kind == check::TypeKind::integer && !ty.is_signed;
            facts.push_back(unsigned_integer ? T(fact(body, *v, ty, named)) : none);
            says_something |= facts.back() != none;
        }
        if (says_something) out[f] = std::move(facts);
    }
    return out;
}

} // namespace

std::map<const check::FunctionInfo*, std::vector<U256>> scaled_parameters(const Program& p) {
    return per_unsigned_parameter<U256>(
        p,
        [](std::string_view body, const check::VariableInfo& v, const check::Type& ty,
           const std::map<std::string, U256>& named) {
            return ty.bits < 256 ? largest_factor(body, v.name, named) : U256{1};
        },
        U256{1});
}

bool is_key(std::string_view body, const std::string& name) {
    if (name.empty()) return false;
    const std::string id = astutil::identifier_regex(name);
    const std::regex key(R"([\w$\])]\s*\[\s*)" + id + R"(\s*\])");
    return std::regex_search(std::string(body), key);
}

namespace {

/// How many set-up transactions went to each contract, when they went to more than one; empty
/// otherwise (the total already counts them).
std::vector<U256> setup_calls_per_contract(const std::vector<TxStep>& setup) {
    std::map<std::string, std::uint64_t> count;
    for (const TxStep& s : setup)
        if (!s.is_warp()) ++count[s.call.contract];
    std::vector<U256> out;
    if (count.size() > 1)
        for (const auto& [contract, n] : count)
            out.emplace_back(n);
    return out;
}

/// `registry.holderOf(id)`: `name` is an argument of a function of the system at the position
/// of a parameter that is a key there (a key of a public mapping's getter, or a parameter the
/// function indexes a mapping with), as `holderOf[id]` would make it one. Arguments before it
/// are matched only when they hold no parentheses or commas of their own.
bool is_key_of_a_call(std::string_view body, const std::string& name,
                      const std::map<std::string, std::set<std::size_t>>& keyed_parameters) {
    if (name.empty()) return false;
    const std::string id = astutil::identifier_regex(name);
    const std::string text(body);
    for (const auto& [g, positions] : keyed_parameters)
        for (const std::size_t k : positions)
            if (std::regex_search(text, std::regex(R"(\.\s*)" + astutil::identifier_regex(g) +
                                                   R"(\s*\(\s*(?:[^,()]*,\s*){)" +
                                                   std::to_string(k) + "}" + id + R"(\s*[,)])")))
                return true;
    return false;
}

/// How many keys the getter of a public variable of type `t` takes (one per mapping level).
std::size_t getter_keys(const check::Type& t) {
    std::size_t n = 0;
    for (const check::Type* v = &t; v && v->kind == check::TypeKind::mapping; v = v->element.get())
        ++n;
    return n;
}

/// The system's functions by name, with the positions of their parameters that are keys
/// (is_key_of_a_call).
std::map<std::string, std::set<std::size_t>> keyed_parameters(const Program& p) {
    std::map<std::string, std::set<std::size_t>> out;
    for (const Target& t : p.targets()) {
        for (const check::VariableInfo* v : t.info->storage_variables)
            if (v->visibility == lang::ast::Visibility::public_)
                for (std::size_t k = 0; k < getter_keys(*v->type); ++k)
                    out[v->name].insert(k);
        for (const check::FunctionInfo* f : t.info->external_functions) {
            if (!f->ast) continue;
            const std::string_view body = p.sources().text(f->ast->span);
            for (std::size_t k = 0; k < f->parameters.size(); ++k)
                if (f->parameters[k] && is_key(body, f->parameters[k]->name))
                    out[f->name].insert(k);
        }
    }
    return out;
}

} // namespace

bool records_per_sender(std::string_view body, const std::string& name) {
    if (name.empty()) return false;
    const std::string id = R"(\[\s*)" + astutil::identifier_regex(name) + R"(\s*\])";
    const std::string sender = R"(\[\s*msg\s*\.\s*sender\s*\])";
    const std::regex per_sender(R"([\w$]\s*()" + id + R"(\s*)" + sender + "|" + sender + R"(\s*)" +
                                id + R"()\s*=\s*true(?![\w$]))");
    return std::regex_search(std::string(body), per_sender);
}

bool marks_the_sender(std::string_view body) {
    static const std::regex flag(R"([\w$]\s*(\[[^\[\]]*\]\s*)*\[\s*msg\s*\.\s*sender\s*\]\s*)"
                                 R"((\[[^\[\]]*\]\s*)*=\s*true(?![\w$]))");
    return std::regex_search(std::string(body), flag);
}

bool refuses_the_caller_as_party(std::string_view body) {
    // A requirement that the caller differs from a party; `if (msg.sender != owner) revert`
    // is the opposite (only the owner passes) and is not one.
    static const std::regex differs(
        R"(require\s*\([^;]*(msg\s*\.\s*sender\s*!=|!=\s*msg\s*\.\s*sender(?![\w$])))");
    static const std::regex same_reverts(
        R"(if\s*\([^;{]*(msg\s*\.\s*sender\s*==|==\s*msg\s*\.\s*sender(?![\w$]))[^;{]*\)\s*revert)");
    const std::string text(body);
    return std::regex_search(text, differs) || std::regex_search(text, same_reverts);
}

bool has_no_self_dealing_rule(const Program& p) {
    for (const auto& [t, f] : mutators(p))
        if (f->ast && refuses_the_caller_as_party(p.sources().text(f->ast->span))) return true;
    return false;
}

bool is_assigned_whole(std::string_view body, const std::string& name) {
    if (name.empty()) return false;
    const std::string text(body);
    const std::string id = astutil::identifier_regex(name);
    // The assigned place: a base variable, then its indexes and fields.
    const std::regex assigned(
        R"((?:^|[^\w$.])([A-Za-z_$][\w$]*)((?:\[[^\]]*\]|\.[\w$]+)*)\s*=\s*)" + id + R"(\s*;)");
    // The local storage pointers the body declares (`Bounty storage b = ...`).
    static const std::regex pointer(R"(\bstorage\s+([A-Za-z_$][\w$]*)\s*=)");
    std::set<std::string> pointers;
    for (auto m = std::sregex_iterator(text.begin(), text.end(), pointer);
         m != std::sregex_iterator(); ++m)
        pointers.insert((*m)[1].str());
    for (auto m = std::sregex_iterator(text.begin(), text.end(), assigned);
         m != std::sregex_iterator(); ++m) {
        const std::string base = (*m)[1].str(), path = (*m)[2].str();
        const std::size_t index = path.find('['), field = path.rfind('.');
        // A field of an element (`bounties[id].hunter`), or of one reached through a local
        // storage pointer (`Bounty storage b = bounties[id]; b.hunter = hunter;`): a record.
        const bool element_field =
            index != std::string::npos && field != std::string::npos && index < field;
        const bool pointer_field = path.starts_with('.') && pointers.contains(base);
        if (!element_field && !pointer_field) return true;
    }
    return false;
}

namespace {

bool is_bytes32(const check::Type& ty) {
    return ty.kind == check::TypeKind::fixed_bytes && ty.byte_size == 32;
}

/// Whether a word the program compares may be one the adversary must supply: a `bytes32`
/// parameter of a mutator, or a `bytes32` an interface function returns (the magic word an
/// answer must hold: `require(IHook(msg.sender).accept() == keccak256("Bonus.accept"))`).
bool takes_bytes32(const Program& p) {
    for (const auto& [t, f] : mutators(p))
        for (const check::TypePtr& ty : f->parameter_types)
            if (is_bytes32(*ty)) return true;
    for (const check::ContractInfo* c : p.model().contracts())
        if (c->is_interface())
            for (const check::FunctionInfo* f : c->functions)
                for (const check::TypePtr& ty : f->return_types)
                    if (is_bytes32(*ty)) return true;
    return false;
}

/// Whether the program's text reads `what` (`block.timestamp`, `block.number`).
bool reads_block_field(const Program& p, std::string_view what) {
    for (const Target& t : p.targets())
        for (const check::ContractInfo* c : t.info->linearization) {
            if (!c->ast) continue;
            const std::string_view text = p.sources().text(c->ast->span);
            if (text.find(what) != std::string_view::npos) return true;
        }
    return false;
}

/// Whether the program reads the clock (`block.timestamp`).
bool reads_clock(const Program& p) {
    return reads_block_field(p, "block.timestamp");
}

} // namespace

/// How far the clock may jump between two transactions: past the longest duration the
/// program names (a constant between a minute and ten years: lock times, deadlines, vesting),
/// else a day, and past a year; and a day when the longest jump is longer (a reward that
/// accrues per day outgrows what the contract holds after years; a library's constants may
/// be the longest). None when the program never reads the clock.
std::vector<std::uint64_t> warp_amounts(const Program& p) {
    if (!reads_clock(p)) return {};
    constexpr std::uint64_t minute = 60, day = 86'400, year = 365 * day;
    std::uint64_t longest = 0;
    for (const check::Rational& r : p.model().integer_constants())
        if (r >= minute && r <= 10 * year)
            longest =
                std::max(longest, static_cast<std::uint64_t>(boost::multiprecision::numerator(r)));
    const std::uint64_t first = longest ? longest + 1 : day;
    std::vector<std::uint64_t> out{first};
    if (first < year + 1) out.push_back(year + 1);
    if (first > day + 1) out.push_back(day + 1);
    return out;
}

std::vector<std::uint64_t> block_jumps(const Program& p) {
    if (!reads_block_field(p, "block.number")) return {};
    std::uint64_t longest = 0;
    for (const check::Rational& r : p.model().integer_constants())
        if (r >= 2 && r <= max_block_jump)
            longest =
                std::max(longest, static_cast<std::uint64_t>(boost::multiprecision::numerator(r)));
    constexpr std::uint64_t a_day_of_blocks = 86'400 / block_time;
    return {longest ? longest + 1 : a_day_of_blocks + 1};
}

std::vector<std::uint64_t> clock_jumps(const Program& p, World& w) {
    std::vector<std::uint64_t> out = warp_amounts(p);
    if (out.empty()) return out;
    constexpr std::uint64_t ten_years = 10 * 365 * 86'400;
    const std::uint64_t now = w.timestamp_of(w.deployments().size() + w.setup().size() + 1);
    std::vector<std::uint64_t> deadlines;
    const auto ahead = [&](const U256& value) {
        if (vm::bit_length(value) <= 64 && value.low() > now && value.low() - now <= ten_years)
            deadlines.push_back(value.low() - now + 1);
    };
    for (const auto& [name, addr] : w.accounts().contracts)
        for (const auto& [label, value] : w.observer().values(w.state(), name))
            ahead(value);
    // A moment given to a constructor may live where the observer does not look (an
    // `immutable start`).
    for (const Deployment& d : w.deployments())
        for (const U256& word : d.args)
            ahead(word);
    std::sort(deadlines.begin(), deadlines.end());
    // A jump that passes a deadline by less than an hour (the search's blocks) stands for it.
    constexpr std::uint64_t hour = 3'600;
    for (const std::uint64_t d : deadlines) {
        if (out.size() >= max_clock_jumps) break;
        if (std::none_of(out.begin(), out.end(),
                         [&](std::uint64_t j) { return j >= d && j - d <= hour; }))
            out.push_back(d);
    }
    return out;
}

namespace {

/// The hash-like words the program compares when the adversary calls each mutator with its
/// first arguments, from the deployed world and after each other mutator (a reveal after a
/// commit), the hash-like words those calls return (an id `open()` hands out), then the hashes
/// they compute over other than one or two words (ComparisonLog::computed: the node of a name
/// `register(name)` keyed its record by): the values a `bytes32` parameter must hold to pass a
/// check against something the program computes, or to name what an earlier call stored.
/// The pairs also run with each of the clock's jumps between them (Domains::clock_jumps): a reveal
/// opens only after the commit phase has ended. The world is left as it was.
std::vector<U256> compared_words(const Program& p, World& w, const Domains& d) {
    std::vector<TxStep> calls;
    for (const auto& mutator : mutators(p)) {
        // Named, not bound: the lambda below captures them (clang before 16 cannot capture a
        // structured binding).
        const Target* const t = mutator.first;
        const check::FunctionInfo* const f = mutator.second;
        const bool payable = f->mutability == lang::ast::Mutability::payable;
        const std::string sig = call_signature(*f);
        // Each parameter at its first value, a fixed-bytes one at its first non-zero value (a
        // commitment is often required to be set) and a string or bytes one at each of its
        // non-empty values, one call each (the names whose hashes key records: each account
        // registers its own).
        const auto with_name = [&](std::size_t name) {
            std::vector<EncodedArg> args;
            for (const check::TypePtr& ty : f->parameter_types) {
                const std::vector<EncodedArg> cs = argument_candidates(*ty, d, nullptr);
                const std::size_t at = is_text(*ty) ? std::min(name, cs.size() - 1)
                                       : ty->kind == check::TypeKind::fixed_bytes
                                           ? std::min<std::size_t>(1, cs.size() - 1)
                                           : 0;
                args.push_back(cs[at]);
            }
            return TxStep{
                adversary_name,
                CallSpec{t->name(), sig, encode_arguments(args), payable ? one_ether : U256{}},
                {}};
        };
        const bool takes_text = std::any_of(f->parameter_types.begin(), f->parameter_types.end(),
                                            [](const check::TypePtr& ty) { return is_text(*ty); });
        for (std::size_t name = 1; name <= (takes_text ? account_names.size() : 1); ++name)
            calls.push_back(with_name(name));
    }
    ComparisonLog log;
    vm::Tracer* const saved = w.executor().tracer();
    const std::uint64_t block = w.deployments().size() + w.setup().size() + 1;
    const auto probe = [&](const TxStep& call) {
        const vm::Snapshot s = w.state().snapshot();
        w.executor().set_tracer(&log);
        const vm::Result r = w.run(call, block);
        w.executor().set_tracer(saved);
        for (std::size_t at = 0; r.success() && at + 32 <= r.output.size(); at += 32)
            if (const U256 x = vm::load_be(r.output.data() + at); vm::bit_length(x) > 160)
                add_unique(log.hashes, x);
        w.state().revert_to(s);
    };
    for (const TxStep& second : calls)
        probe(second);
    const std::vector<std::uint64_t>& warps = d.clock_jumps;
    const ClockOffset clock = w.clock();
    for (const TxStep& first : calls) {
        const vm::Snapshot s = w.state().snapshot();
        if (w.run(first, block).success()) {
            for (const TxStep& second : calls)
                probe(second);
            for (const std::uint64_t warp : warps) {
                w.set_clock(ClockOffset{clock.seconds + warp, clock.blocks});
                for (const TxStep& second : calls)
                    probe(second);
            }
            for (const std::uint64_t roll : d.block_jumps) {
                w.set_clock(ClockOffset{clock.seconds, clock.blocks + roll});
                for (const TxStep& second : calls)
                    probe(second);
            }
            w.set_clock(clock);
        }
        w.state().revert_to(s);
    }
    // The ids computed from the calls' arguments come after the words compared, which a check
    // was seen asking for.
    std::vector<U256> out = log.hashes;
    for (const U256& x : log.computed)
        add_unique(out, x);
    return out;
}

} // namespace

std::map<const check::FunctionInfo*, std::vector<std::vector<U256>>>
compared_parameters(const Program& p) {
    return per_unsigned_parameter<std::vector<U256>>(
        p,
        [](std::string_view body, const check::VariableInfo& v, const check::Type& ty,
           const std::map<std::string, U256>& named) {
            std::vector<U256> values;
            for (const U256& x : compared_values(body, v.name, named))
                if (ty.bits == 256 || vm::bit_length(x) <= ty.bits) values.push_back(x);
            return values;
        },
        {});
}

std::map<const check::FunctionInfo*, std::vector<bool>> nonzero_parameters(const Program& p) {
    return per_unsigned_parameter<bool>(
        p,
        [](std::string_view body, const check::VariableInfo& v, const check::Type&,
           const std::map<std::string, U256>& named) {
            return must_be_nonzero(body, v.name, named);
        },
        false);
}

std::vector<ParamRole> parameter_roles(std::string_view body, const check::FunctionInfo& f,
                                       const std::vector<std::string>& units,
                                       const std::map<std::string, std::set<std::size_t>>& keyed) {
    std::vector<std::string> names;
    for (const check::VariableInfo* v : f.parameters)
        names.push_back(v ? v->name : std::string{});
    const std::vector<bool> moment = moments(body, names);
    std::vector<ParamRole> roles;
    for (std::size_t i = 0; i < f.parameters.size(); ++i) {
        const check::VariableInfo* v = f.parameters[i];
        roles.push_back(!v                                        ? ParamRole::plain
                        : moment[i]                               ? ParamRole::moment
                        : counts_time_units(body, v->name, units) ? ParamRole::time_units
                        : meets_clock(body, v->name)              ? ParamRole::clock
                        : is_key(body, v->name) || is_key_of_a_call(body, v->name, keyed)
                            ? ParamRole::key
                            : ParamRole::plain);
    }
    return roles;
}

std::vector<U256> timed_first_arguments(const Program& p, const check::FunctionInfo& f,
                                        const Domains& d) {
    std::vector<U256> out = first_arguments(f, d);
    if (!f.ast) return out;
    const std::vector<ParamRole> roles =
        parameter_roles(p.sources().text(f.ast->span), f, time_unit_constants(p), {});
    // Static parameters only: each is one head word, at its index.
    const bool all_static = std::all_of(f.parameter_types.begin(), f.parameter_types.end(),
                                        [](const check::TypePtr& t) { return !has_length(*t); });
    if (!all_static || out.size() != roles.size()) return out;
    std::size_t moment = 0;
    for (std::size_t i = 0; i < roles.size(); ++i) {
        if (f.parameter_types[i]->kind == check::TypeKind::integer && roles[i] != ParamRole::key)
            if (const std::vector<U256> first = role_values(roles[i], d, moment); !first.empty())
                out[i] = first.front();
        if (roles[i] == ParamRole::moment) ++moment;
    }
    return out;
}

std::map<const check::FunctionInfo*, std::vector<ParamRole>> key_parameters(const Program& p) {
    std::map<const check::FunctionInfo*, std::vector<ParamRole>> out;
    const std::vector<std::string> units = time_unit_constants(p);
    const std::map<std::string, std::set<std::size_t>> keyed = keyed_parameters(p);
    for (const auto& [t, f] : mutators(p)) {
        if (!f->ast) continue;
        std::vector<ParamRole> roles =
            parameter_roles(p.sources().text(f->ast->span), *f, units, keyed);
        bool any = false;
        for (ParamRole& r : roles) {
            if (r != ParamRole::key) r = ParamRole::plain;
            any |= r == ParamRole::key;
        }
        if (any) out[f] = std::move(roles);
    }
    return out;
}

namespace {

/// The structs `t` and its bases declare, with their fields.
std::vector<StructFields> structs_of(const Target& t) {
    std::vector<StructFields> out;
    for (const check::ContractInfo* c : t.info->linearization)
        for (const check::StructInfo* st : c->structs) {
            StructFields s{st->name, {}};
            for (const auto& field : st->fields)
                s.fields.push_back(field.name);
            out.push_back(std::move(s));
        }
    return out;
}

/// The source of `t` and its bases.
std::string source_with_bases(const Program& p, const Target& t) {
    std::string text;
    for (const check::ContractInfo* c : t.info->linearization)
        if (c->ast) text += std::string(p.sources().text(c->ast->span)) + "\n";
    return text;
}

/// Gives each plain parameter of `f` the time role of what `body` stores it in, as `t`'s
/// code reads that (stored_time_roles): a vesting grant's cliff, kept in a struct field that
/// a view adds to the start and compares with the clock, is a duration (first a day), not an
/// amount of an ether's size that never passes.
void add_stored_time_roles(const Program& p, const Target& t, const check::FunctionInfo& f,
                           std::string_view body, std::vector<ParamRole>& roles) {
    std::vector<std::string> names;
    bool any_plain = false;
    for (std::size_t i = 0; i < f.parameters.size(); ++i) {
        const check::VariableInfo* v = f.parameters[i];
        const bool integer = i < f.parameter_types.size() && f.parameter_types[i] &&
                             f.parameter_types[i]->kind == check::TypeKind::integer;
        const bool plain = v && integer && i < roles.size() && roles[i] == ParamRole::plain;
        names.push_back(plain ? v->name : std::string{});
        any_plain |= plain;
    }
    if (!any_plain) return;
    const std::vector<StructFields> structs = structs_of(t);
    // The whole contract's text is read only for a parameter the function stores.
    if (std::none_of(names.begin(), names.end(), [&](const std::string& n) {
            return !stored_names(body, n).empty() || !stored_members(body, n, structs).empty();
        }))
        return;
    const StoredTimeRoles stored = stored_time_roles(body, source_with_bases(p, t), names, structs);
    for (std::size_t i = 0; i < names.size(); ++i)
        if (stored.duration[i])
            roles[i] = ParamRole::clock;
        else if (stored.moment[i])
            roles[i] = ParamRole::moment;
}

} // namespace

Domains make_domains(const Program& p, World& w, const std::vector<ProofEngine*>& engines) {
    Domains d;
    d.duration = first_duration;
    d.now = w.timestamp_of(w.deployments().size() + w.setup().size() + 1);
    const std::vector<std::string> units = time_unit_constants(p);
    const std::map<std::string, U256> named = named_constants(p);
    d.compared = compared_parameters(p);
    d.nonzero = nonzero_parameters(p);
    d.factors = scaled_parameters(p);
    const std::map<std::string, std::set<std::size_t>> keyed = keyed_parameters(p);
    for (const auto& [t, f] : mutators(p)) {
        if (!f->ast) continue;
        const std::string_view body = p.sources().text(f->ast->span);
        std::vector<std::vector<std::size_t>> lengths;
        bool compares_lengths = false;
        for (std::size_t i = 0; i < f->parameters.size(); ++i) {
            const check::VariableInfo* v = f->parameters[i];
            lengths.push_back(v && has_length(*f->parameter_types[i])
                                  ? compared_lengths(body, v->name, named)
                                  : std::vector<std::size_t>{});
            compares_lengths |= !lengths.back().empty();
        }
        if (compares_lengths) d.lengths[f] = std::move(lengths);
        std::vector<ParamRole> roles = parameter_roles(body, *f, units, keyed);
        add_stored_time_roles(p, *t, *f, body, roles);
        if (std::any_of(roles.begin(), roles.end(),
                        [](ParamRole r) { return r != ParamRole::plain; }))
            d.roles[f] = std::move(roles);
    }
    const U256 deposits{static_cast<std::uint64_t>(w.setup().size() - w.created_ids().size())};
    // When the honest users paid into objects they created (an auction, a campaign), the
    // keys are the next ids alone: the object the adversary creates, into which an honest
    // user's further payment goes. (The honest users' own objects stay theirs: trying their
    // ids too multiplies every keyed call and costs deep preparations their budget.)
    if (!w.created_ids().empty()) d.keys.clear();
    d.honest_objects = w.created_ids();
    add_unique(d.keys, deposits);
    add_unique(d.keys, deposits + U256{1});
    // Ids are counted per contract: where the set-up paid into several (a shop and its till),
    // the next id of each is its own payments' count, not everyone's.
    if (w.created_ids().empty())
        for (const U256& n : setup_calls_per_contract(w.setup())) {
            add_unique(d.keys, n);
            add_unique(d.keys, n + U256{1});
        }
    // Several users may have paid into one object (two entries in one round): the next id
    // then follows the last object, not the payments.
    if (!w.created_ids().empty())
        add_unique(d.keys,
                   *std::max_element(w.created_ids().begin(), w.created_ids().end()) + U256{1});
    for (const HeldItem& item : w.adversary_items()) // the item it may stake, list or sell
        add_unique(d.keys, item.id);
    // The objects the owner opened for the honest users (a raffle they bought tickets in) are
    // open to the adversary as well: it joins one, and the owner settles or cancels it.
    for (const U256& id : w.opened_by_the_owner())
        add_unique(d.keys, id);
    // The lot its item opened at set-up, which an honest user bid on, first: it settles it.
    for (auto it = w.adversary_objects().rbegin(); it != w.adversary_objects().rend(); ++it) {
        std::erase(d.keys, *it);
        d.keys.insert(d.keys.begin(), *it);
    }
    // The id the next element of each of the system's arrays gets (a multisig's first
    // transaction is 0 whatever the deposits were: `confirm(0)`), the first of an empty one.
    // (Not where the honest users created objects: the next ids alone, as above.)
    if (w.created_ids().empty()) {
        add_unique(d.keys, U256{0});
        for (const auto& [name, addr] : w.accounts().contracts)
            for (const auto& [label, value] : w.observer().values(w.state(), name))
                if (label.ends_with(".length") && vm::bit_length(value) <= 32)
                    add_unique(d.keys, value);
    }
    // Values the contract already holds (balances, amounts, parameters stored at deployment),
    // then the usual amounts, the program's constants and the boundary.
    // (What the honest users' own objects hold, when they created some, comes after: the
    // adversary's first values are for its own.)
    const bool held_first = w.created_ids().empty();
    const auto add_held = [&] {
        for (const auto& [name, addr] : w.accounts().contracts)
            for (const auto& [label, value] : w.observer().values(w.state(), name))
                if (may_be_amount(value)) add_unique(d.uints, value);
    };
    if (held_first) add_held();
    add_unique(d.uints, one_ether);
    add_unique(d.uints, honest_payment); // a price an honest buyer pays
    add_unique(d.uints, U256{1});
    add_unique(d.uints, U256{0});
    const std::vector<U256>& constants = p.amount_constants();
    for (const U256& c : constants)
        add_unique(d.uints, c);
    add_unique(d.uints, ~U256{});
    if (!held_first) add_held();
    for (const HeldItem& item : w.adversary_items()) // an id where no key role shows it
        add_unique(d.uints, item.id);
    d.ints = {U256{1}, U256{0}, ~U256{}};
    for (const U256& c : constants)
        if (vm::bit_length(c) < 128) add_unique(d.ints, c);
    // An amount as a signed delta (`adjust(int256 delta)` paid with `msg.value == delta`,
    // shrunk with a negative one).
    add_unique(d.ints, one_ether);
    add_unique(d.ints, U256{} - one_ether);
    d.values.push_back(U256{});
    for (const U256& c : constants)
        if (vm::bit_length(c) <= 96) add_unique(d.values, c);
    // A spread: more than anything the system holds (outbidding the honest users' deposits,
    // a `msg.value > highestBid`), and a round larger amount.
    U256 most{};
    for (const auto& [name, addr] : w.accounts().contracts) {
        most = std::max(most, w.state().balance(addr));
        for (const auto& [label, value] : w.observer().values(w.state(), name))
            if (may_be_amount(value)) most = std::max(most, value);
    }
    if (!most.is_zero()) add_unique(d.values, most + one_ether);
    // Each amount the system holds in storage: a payment that must match one (taking a bet
    // at its stake, buying a listing at its price: `msg.value == b.stake`). Not the amounts
    // of objects the honest users created for themselves: the adversary pays into its own.
    for (const auto& [name, addr] : w.accounts().contracts) {
        for (const auto& [label, value] : w.observer().values(w.state(), name))
            if (held_first && may_be_amount(value)) add_unique(d.values, value);
        for (const U256& value : w.observer().element_words(w.state(), name))
            if (may_be_amount(value)) add_unique(d.values, value);
    }
    add_unique(d.values, round_top_payment);
    for (const World::PricedCall& c : w.prices_paid())
        if (std::find(d.values.begin(), d.values.end(), c.price) == d.values.end())
            add_unique(d.paid_at_setup[c.function], c.price);
    d.honest_payments = honest_payments(w);
    const Accounts& a = w.accounts();
    d.addresses = {a.adversary.to_word(), a.users.front().second.to_word()};
    for (const auto& [name, addr] : a.contracts)
        add_unique(d.addresses, addr.to_word());
    add_unique(d.addresses, a.deployer.to_word());
    // The adversary's stand-ins for the addresses the targets were given (a payee, a
    // beneficiary): a call that serves such an account pays the adversary.
    for (const auto& [name, addr] : a.untrusted)
        add_unique(d.addresses, addr.to_word());
    // The tokens of the world, the adversary's own among them: a function that takes a token
    // (`deposit(IERC20 token, ...)`) is called with each (last: the cross product's first
    // values stay the accounts).
    for (const auto& [name, addr] : a.tokens)
        add_unique(d.addresses, addr.to_word());
    // The program's own address literals and address(0): a sentinel a branch compares with
    // (`token == ETH` pays ether where another token is transferred).
    for (const U256& x : a.sentinel_words())
        add_unique(d.addresses, x);
    // The prices the payable functions ask, found by paying one ether: a payment that must
    // equal a sum of the program's constants (`msg.value == DEPOSIT + days_ * FEE`).
    for (const World::PricedCall& c :
         w.prices_asked(adversary_name, d, CallBudget{1, 1, true}, one_ether, max_prices_asked)) {
        add_unique(d.values, c.price);
        for (std::size_t i = 0; i < c.function->parameter_types.size() && i < c.args.size(); ++i) {
            const check::Type& ty = *c.function->parameter_types[i];
            const U256& quantity = c.args[i];
            if (ty.kind != check::TypeKind::integer || ty.is_signed ||
                vm::bit_length(quantity) > 64 || quantity <= U256{1})
                continue;
            const vm::DivMod qr = vm::udivrem(c.price, quantity);
            auto& known = d.unit_prices[c.function];
            if (const std::pair<std::size_t, U256> unit{i, qr.quot};
                qr.rem.is_zero() && std::find(known.begin(), known.end(), unit) == known.end())
                known.push_back(unit);
        }
    }
    d.words = word_constants(p);
    // The words compared at run time first: an answer or a commitment the program was seen
    // checking (`keccak256("Nu Token") == bank.supportsToken()`) is tried before the hashes of
    // its other string literals (its `require` messages).
    d.clock_jumps = clock_jumps(p, w);
    d.block_jumps = block_jumps(p);
    if (takes_bytes32(p)) {
        std::vector<U256> words = compared_words(p, w, d);
        if (words.size() > max_compared_words) words.resize(max_compared_words);
        for (const U256& x : d.words)
            add_unique(words, x);
        d.words = std::move(words);
    }
    for (ProofEngine* e : engines)
        for (const auto& [t, f] : mutators(p))
            for (const U256& v : e->suggest_arguments(p, f))
                add_unique(d.hints[f], v);
    return d;
}

} // namespace mallory::analyzer
