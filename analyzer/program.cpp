#include "analyzer/program.hpp"

#include "analyzer/actions.hpp"
#include "analyzer/ast_util.hpp"
#include "analyzer/witness.hpp"
#include "analyzer/world.hpp"
#include "chain/chain.hpp"
#include "vm/keccak.hpp"

#include <algorithm>
#include <boost/multiprecision/cpp_int.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <regex>
#include <sstream>

namespace mallory::analyzer {

namespace {

std::string trim(std::string s) {
    const auto b = s.find_first_not_of(" \t");
    const auto e = s.find_last_not_of(" \t");
    return b == std::string::npos ? std::string{} : s.substr(b, e - b + 1);
}

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::string cur;
    std::istringstream in(s);
    while (std::getline(in, cur, sep))
        out.push_back(trim(cur));
    return out;
}

/// Splits at `sep` outside brackets and quotes: "[1,2],3" gives "[1,2]" and "3".
std::vector<std::string> split_outside_brackets(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::string cur;
    int nesting = 0;
    bool quoted = false;
    for (char c : s) {
        if (c == '"') quoted = !quoted;
        if (!quoted && c == '[') ++nesting;
        if (!quoted && c == ']') --nesting;
        if (c == sep && nesting == 0 && !quoted) {
            out.push_back(trim(cur));
            cur.clear();
            continue;
        }
        cur += c;
    }
    out.push_back(trim(cur));
    return out;
}

/// The targets the deployer deploys, by name, at the addresses their deployment gives them:
/// `--args 'Vault:Token,100'` passes the Token target the vault is wired to.
using TargetAddresses = std::map<std::string, vm::U256, std::less<>>;

/// A value-type word from text; a `bytesN` written in hex is left-aligned, as the ABI has it,
/// and an address given as a target's name is that target's address.
std::optional<vm::U256> value_word(const check::Type& ty, const std::string& text,
                                   const TargetAddresses& targets) {
    if (ty.kind == check::TypeKind::address || ty.kind == check::TypeKind::contract)
        if (const auto it = targets.find(trim(text)); it != targets.end()) return it->second;
    auto w = parse_value(text);
    if (!w || ty.kind != check::TypeKind::fixed_bytes || !text.starts_with("0x")) return w;
    const std::size_t digits = text.size() - 2;
    if (digits > 2u * ty.byte_size) return std::nullopt;
    return vm::shl(*w, static_cast<unsigned>(256 - 4 * digits));
}

/// `bytes` (0x-hex) or `string` (its text, quotes optional) as length and padded words.
std::optional<std::vector<vm::U256>> byte_string_words(const check::Type& ty, std::string text) {
    std::vector<std::uint8_t> bytes;
    if (ty.kind == check::TypeKind::string) {
        if (text.size() >= 2 && text.front() == '"' && text.back() == '"')
            text = text.substr(1, text.size() - 2);
        bytes.assign(text.begin(), text.end());
    } else {
        if (!text.starts_with("0x") || text.size() % 2 != 0) return std::nullopt;
        for (std::size_t i = 2; i < text.size(); i += 2) {
            const auto byte = parse_value("0x" + text.substr(i, 2));
            if (!byte) return std::nullopt;
            bytes.push_back(static_cast<std::uint8_t>(byte->w[0]));
        }
    }
    std::vector<vm::U256> words{vm::U256{bytes.size()}};
    for (std::size_t i = 0; i < bytes.size(); i += 32) {
        vm::U256 w{};
        for (std::size_t j = 0; j < 32; ++j)
            w = vm::shl(w, 8) | vm::U256{i + j < bytes.size() ? bytes[i + j] : 0u};
        words.push_back(w);
    }
    return words;
}

/// One constructor argument as the ABI encodes it: a value, `[v1,v2]` for an array of values
/// (dynamic or fixed), `bytes` as 0x-hex, a `string` as its text. nullopt with `why` set when
/// the text does not fit the type.
std::optional<EncodedArg> encode_text_argument(const check::Type& ty, const std::string& text,
                                               const TargetAddresses& targets, std::string& why) {
    if (check::is_value_type(ty)) {
        if (auto w = value_word(ty, text, targets)) return EncodedArg{false, {*w}};
        why = "expected a value of type " + check::to_string(ty);
        return std::nullopt;
    }
    if (ty.kind == check::TypeKind::string || ty.kind == check::TypeKind::bytes) {
        if (auto words = byte_string_words(ty, text)) return EncodedArg{true, std::move(*words)};
        why = ty.kind == check::TypeKind::bytes ? "expected bytes as 0x-hex" : "expected a string";
        return std::nullopt;
    }
    if (ty.kind != check::TypeKind::array || !ty.element || !check::is_value_type(*ty.element)) {
        why =
            "a parameter of type " + check::to_string(ty) + " cannot be given on the command line";
        return std::nullopt;
    }
    if (text.size() < 2 || text.front() != '[' || text.back() != ']') {
        why = "expected an array written as [v1,v2,...]";
        return std::nullopt;
    }
    const std::string inner = trim(text.substr(1, text.size() - 2));
    std::vector<vm::U256> elements;
    if (!inner.empty())
        for (const std::string& item : split_outside_brackets(inner, ',')) {
            const auto w = value_word(*ty.element, item, targets);
            if (!w) {
                why =
                    "array element '" + item + "' is not of type " + check::to_string(*ty.element);
                return std::nullopt;
            }
            elements.push_back(*w);
        }
    if (ty.length && elements.size() != *ty.length) {
        why = fmt::format("expected {} elements, got {}", *ty.length, elements.size());
        return std::nullopt;
    }
    if (ty.length) return EncodedArg{false, std::move(elements)};
    elements.insert(elements.begin(), vm::U256{elements.size()});
    return EncodedArg{true, std::move(elements)};
}

bool is_test_helper(const check::ContractInfo* c) {
    for (const check::ContractInfo* base : c->linearization)
        if (base->name == "Test" || base->name == "Script") return true;
    return false;
}

/// See Program::amount_constants.
std::vector<vm::U256> rank_constants(const std::vector<check::Rational>& all) {
    constexpr std::size_t max_constants = 6;
    std::map<vm::U256, std::size_t> count;
    for (const check::Rational& r : all) {
        if (r <= 1) continue; // 0 and 1 are in every domain already
        const auto w = rational_word(r);
        if (w && vm::bit_length(*w) <= 128) ++count[*w];
    }
    std::vector<std::pair<vm::U256, std::size_t>> ranked(count.begin(), count.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<vm::U256> out;
    for (std::size_t i = 0; i < ranked.size() && i < max_constants; ++i)
        out.push_back(ranked[i].first);
    return out;
}

/// Adds the `constant`s the targets declare themselves (`PRICE`, `MAX_SUPPLY`) that the
/// ranking left out: in a contract built on a library (OpenZeppelin's ERC721 brings its own
/// string and math constants), a price written once loses to constants written often, and a
/// sale whose `msg.value == n * PRICE` never sees its price is never entered.
void add_own_constants(const std::vector<Target>& targets, std::vector<vm::U256>& out) {
    for (const Target& t : targets)
        for (const check::VariableInfo* v : t.info->state_variables) {
            if (!v->constant || !v->constant_value || *v->constant_value <= 1) continue;
            const auto w = rational_word(*v->constant_value);
            if (w && vm::bit_length(*w) <= 128 &&
                std::find(out.begin(), out.end(), *w) == out.end())
                out.push_back(*w);
        }
}

} // namespace

std::unique_ptr<Program> Program::load(const std::vector<std::string>& paths,
                                       const lang::FrontendOptions& options) {
    auto p = std::make_unique<Program>();
    p->m_paths = paths;
    p->m_front = lang::load_and_check(paths, options);
    p->finish();
    return p;
}

std::unique_ptr<Program>
Program::from_sources(const std::vector<std::pair<std::string, std::string>>& files) {
    auto p = std::make_unique<Program>();
    for (const auto& [path, text] : files)
        p->m_paths.push_back(path);
    p->m_texts = files;
    p->m_front = lang::check_sources(files);
    p->finish();
    return p;
}

void Program::finish() {
    if (!m_front.ok() || !m_front.model) return;
    m_output = lang::compile(m_front.sources, *m_front.model, m_compile_diagnostics);
    if (m_compile_diagnostics.has_errors()) return;
    for (const check::ContractInfo* c : m_front.model->contracts())
        for (const check::FunctionInfo* f : c->functions)
            if (f->has_selector()) m_by_selector.emplace(f->selector, f);
    m_targets = deployable_targets();
    m_ok = !m_targets.empty();
    m_ranked_constants = rank_constants(m_front.model->integer_constants());
    m_amount_constants = m_ranked_constants;
    if (!m_ok) return;
    resolve_system();
    if (drop_standalone_copies()) resolve_system();
}

std::vector<Target> Program::deployable_targets() const {
    std::vector<Target> out;
    for (const check::ContractInfo* c : m_front.model->contracts()) {
        if (!c->is_deployable()) continue;
        const lang::ParsedUnit* unit = m_front.unit_of(c->ast->span.file);
        if (!unit || !unit->root || unit->builtin || is_test_helper(c)) continue;
        const lang::CompiledContract* compiled = m_output.find(c->name);
        if (!compiled) continue;
        Target t;
        t.info = c;
        t.compiled = compiled;
        t.layout = std::make_unique<lang::codegen::StorageLayout>(*c);
        out.push_back(std::move(t));
    }
    return out;
}

bool Program::drop_standalone_copies() {
    const auto created_by_a_constructor = [&](const Target& deployed) {
        return std::any_of(m_targets.begin(), m_targets.end(), [&](const Target& t) {
            return t.creator && !t.created_at_setup && t.info == deployed.info;
        });
    };
    const auto taken_by_a_parameter = [&](const Target& deployed) {
        return std::any_of(m_targets.begin(), m_targets.end(), [&](const Target& t) {
            return !t.creator && constructor_takes(*t.info, *deployed.info);
        });
    };
    std::vector<bool> drop(m_targets.size());
    for (std::size_t i = 0; i < m_targets.size(); ++i)
        drop[i] = !m_targets[i].creator && created_by_a_constructor(m_targets[i]) &&
                  !taken_by_a_parameter(m_targets[i]);
    if (std::none_of(drop.begin(), drop.end(), [](bool d) { return d; })) return false;
    std::vector<Target> kept;
    for (std::size_t i = 0; i < m_targets.size(); ++i)
        if (!drop[i] && !m_targets[i].creator) kept.push_back(std::move(m_targets[i]));
    m_targets = std::move(kept);
    return true;
}

void Program::resolve_system() {
    // The constructors' instances first; then those the set-up creates too (a factory's deal,
    // a market the owner lists), kept only when a set-up run with them as targets creates
    // exactly them again: the world that explores must be the one that was scanned.
    use_created({});
    const std::vector<CreatedInstance> built = find_created(*this, CreatedBy::constructors);
    use_created(built);
    std::vector<CreatedInstance> current = built;
    constexpr int max_rounds = 3;
    for (int round = 0; round < max_rounds; ++round) {
        std::vector<CreatedInstance> found = find_created(*this, CreatedBy::setup);
        if (found == current) return;
        use_created(found);
        current = std::move(found);
    }
    use_created(built);
}

void Program::use_created(const std::vector<CreatedInstance>& created) {
    std::erase_if(m_targets, [](const Target& t) { return t.creator.has_value(); });
    for (const CreatedInstance& c : created) {
        Target t;
        t.info = c.compiled->info;
        t.compiled = c.compiled;
        t.layout = std::make_unique<lang::codegen::StorageLayout>(*t.info);
        t.creator = c.creator;
        t.creation_nonce = c.nonce;
        t.created_at_setup = c.at_setup;
        t.selected = m_targets[c.creator].selected;
        const std::string base =
            m_targets[c.creator].name() + "." + (c.holder.empty() ? t.info->name : c.holder);
        t.instance = base;
        for (int k = 2; target(t.instance); ++k)
            t.instance = base + "#" + std::to_string(k);
        m_targets.push_back(std::move(t));
    }
    m_amount_constants = m_ranked_constants;
    add_own_constants(m_targets, m_amount_constants);
    m_guard_bounds = find_guard_bounds(*this);
}

std::string Program::errors(bool color) const {
    if (!m_front.ok())
        return lang::render_all(m_front.sources, m_front.diagnostics.sorted(), color);
    if (m_compile_diagnostics.has_errors())
        return lang::render_all(m_front.sources, m_compile_diagnostics.sorted(), color);
    return "no deployable contract to analyze\n";
}

namespace {

/// The indices into `targets` (the deployed ones, never a created instance) of the system of
/// `name`: itself, then every deployable contract that can fill a contract-typed constructor
/// parameter of a member, transitively (breadth-first), each once.
template <class ParameterContract>
std::vector<std::size_t> system_indices(const std::vector<Target>& targets, const std::string& name,
                                        const ParameterContract& parameter_contract) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < targets.size(); ++i)
        if (!targets[i].creator && targets[i].name() == name) out.push_back(i);
    if (out.empty()) return out;
    out.resize(1);
    for (std::size_t m = 0; m < out.size(); ++m) {
        const check::FunctionInfo* ctor = targets[out[m]].info->constructor;
        if (!ctor) continue;
        for (std::size_t k = 0; k < ctor->parameter_types.size(); ++k) {
            const check::ContractInfo* wanted = parameter_contract(*ctor, k);
            if (!wanted) continue;
            for (std::size_t i = 0; i < targets.size(); ++i)
                if (!targets[i].creator && targets[i].info->derives_from(wanted) &&
                    std::find(out.begin(), out.end(), i) == out.end()) {
                    out.push_back(i);
                    break;
                }
        }
    }
    return out;
}

} // namespace

bool Program::select(const std::string& name) {
    const auto fills = [this](const check::FunctionInfo& ctor, std::size_t k) {
        return parameter_contract(ctor, k);
    };
    m_targets = deployable_targets(); // the copies drop_standalone_copies left out too
    const std::vector<std::size_t> members = system_indices(m_targets, name, fills);
    if (members.empty()) return false;
    std::vector<Target> system;
    for (const std::size_t i : members) {
        system.push_back(std::move(m_targets[i]));
        system.back().selected = system.size() == 1; // the others are helpers
    }
    m_targets = std::move(system);
    resolve_system();
    return true;
}

std::vector<std::string> Program::system_of(const std::string& name) const {
    const auto fills = [this](const check::FunctionInfo& ctor, std::size_t k) {
        return parameter_contract(ctor, k);
    };
    const std::vector<Target> all = deployable_targets();
    std::vector<std::string> out;
    for (const std::size_t i : system_indices(all, name, fills))
        out.push_back(all[i].name());
    return out;
}

const check::ContractInfo* Program::parameter_contract(const check::FunctionInfo& ctor,
                                                       std::size_t i) const {
    if (i >= ctor.parameter_types.size()) return nullptr;
    const check::Type& ty = *ctor.parameter_types[i];
    if (ty.kind == check::TypeKind::contract) return ty.contract;
    if (ty.kind != check::TypeKind::address || i >= ctor.parameters.size() || !ctor.parameters[i] ||
        !ctor.ast)
        return nullptr;
    // The first conversion `Name(parameter)` in the constructor's source whose name is a
    // contract or interface of the program.
    const std::regex conversion(R"(([A-Za-z_$][\w$]*)\s*\(\s*)" +
                                astutil::identifier_regex(ctor.parameters[i]->name) + R"(\s*\))");
    const std::string body(sources().text(ctor.ast->span));
    for (auto it = std::sregex_iterator(body.begin(), body.end(), conversion);
         it != std::sregex_iterator(); ++it)
        if (const check::ContractInfo* c = model().find_contract((*it)[1].str())) return c;
    return nullptr;
}

bool Program::constructor_takes(const check::ContractInfo& taker,
                                const check::ContractInfo& given) const {
    const check::FunctionInfo* ctor = taker.constructor;
    for (std::size_t k = 0; ctor && k < ctor->parameter_types.size(); ++k)
        if (const check::ContractInfo* wanted = parameter_contract(*ctor, k);
            wanted && given.derives_from(wanted))
            return true;
    return false;
}

const Target* Program::target(const std::string& name) const {
    for (const Target& t : m_targets)
        if (t.name() == name) return &t;
    return nullptr;
}

std::vector<std::size_t> Program::deploy_order() const {
    const auto needs = [&](const Target& t, const Target& other) {
        return &t != &other && constructor_takes(*t.info, *other.info);
    };
    std::vector<std::size_t> order;
    std::vector<bool> placed(m_targets.size(), false);
    std::size_t to_place = 0;
    for (std::size_t i = 0; i < m_targets.size(); ++i) {
        placed[i] = m_targets[i].creator.has_value(); // its creator makes it
        to_place += !placed[i];
    }
    while (order.size() < to_place) {
        std::size_t pick = m_targets.size();
        for (std::size_t i = 0; i < m_targets.size() && pick == m_targets.size(); ++i) {
            if (placed[i]) continue;
            bool ready = true;
            for (std::size_t j = 0; j < m_targets.size(); ++j)
                ready &= placed[j] || !needs(m_targets[i], m_targets[j]);
            if (ready) pick = i;
        }
        if (pick == m_targets.size()) // a cycle: deploy the first one left, as written
            pick = static_cast<std::size_t>(std::find(placed.begin(), placed.end(), false) -
                                            placed.begin());
        placed[pick] = true;
        order.push_back(pick);
    }
    return order;
}

const check::FunctionInfo* Program::function_by_selector(std::uint32_t selector) const {
    auto it = m_by_selector.find(selector);
    return it == m_by_selector.end() ? nullptr : it->second;
}

std::optional<vm::Address> Program::deployed_address(std::size_t target) const {
    const std::vector<std::size_t> order = deploy_order();
    const auto at = std::find(order.begin(), order.end(), target);
    if (at == order.end()) return std::nullopt;
    return vm::create_address(account_address(deployer_name),
                              static_cast<std::uint64_t>(at - order.begin()));
}

bool Program::raise_thresholds(const std::string& name, const std::vector<std::string>& params) {
    auto it = std::find_if(m_targets.begin(), m_targets.end(),
                           [&](const Target& t) { return t.name() == name && !t.creator; });
    if (it == m_targets.end()) return false;
    it->thresholds = params;
    resolve_system();
    return true;
}

std::string Program::unknown_args_target(const std::string& name) const {
    // A contract a constructor of the system creates is that instance, not deployed again
    // (drop_standalone_copies): its arguments are its creator's to give.
    const auto creator = std::find_if(m_targets.begin(), m_targets.end(), [&](const Target& t) {
        return t.creator && t.info->name == name;
    });
    if (creator != m_targets.end())
        return fmt::format("'{}' is not deployed on its own: {}'s constructor creates it, with "
                           "the arguments that constructor gives (to deploy and analyze it "
                           "alone, add --contract {})",
                           name, m_targets[*creator->creator].name(), name);
    std::vector<std::string> takers;
    for (const Target& t : m_targets)
        if (!t.creator && t.info->constructor && !t.info->constructor->parameters.empty())
            takers.push_back(t.name());
    if (takers.empty())
        return fmt::format("no deployed contract '{}' (no constructor here takes arguments)", name);
    return fmt::format("no deployed contract '{}'; the constructors that take arguments: {}", name,
                       fmt::join(takers, ", "));
}

bool Program::set_args(const std::string& spec, std::string* error) {
    if (trim(spec).empty()) return true;
    TargetAddresses targets;
    for (std::size_t i = 0; i < m_targets.size(); ++i)
        if (const auto at = deployed_address(i))
            targets.emplace(m_targets[i].name(), at->to_word());
    auto apply = [&](Target& t, const std::string& list) {
        const check::FunctionInfo* ctor = t.info->constructor;
        const std::vector<std::string> items = split_outside_brackets(list, ',');
        const std::size_t expected = ctor ? ctor->parameter_types.size() : 0;
        if (items.size() != expected) {
            if (error)
                *error = fmt::format("{}'s constructor takes {} argument{}, --args gives {}",
                                     t.name(), expected, expected == 1 ? "" : "s", items.size());
            return false;
        }
        std::vector<EncodedArg> args;
        for (std::size_t i = 0; i < items.size(); ++i) {
            std::string why;
            auto arg = encode_text_argument(*ctor->parameter_types[i], items[i], targets, why);
            if (!arg) {
                if (error)
                    *error = fmt::format("cannot read constructor argument {} '{}' of {}: {}",
                                         i + 1, items[i], t.name(), why);
                return false;
            }
            args.push_back(std::move(*arg));
        }
        t.ctor_args = encode_arguments(args);
        return true;
    };
    // "Name:v1,v2;Other:v3" names its targets; a list of values alone goes to the first.
    static const std::regex named(R"(^\s*[A-Za-z_$][\w$]*\s*:)");
    if (!std::regex_search(spec, named)) {
        bool ok = false;
        auto first = std::find_if(m_targets.begin(), m_targets.end(), [](const Target& t) {
            return !t.creator && t.info->constructor && !t.info->constructor->parameters.empty();
        });
        if (first != m_targets.end())
            ok = apply(*first, spec);
        else if (!m_targets.empty())
            ok = apply(m_targets.front(), spec);
        if (ok) resolve_system();
        return ok;
    }
    for (const std::string& part : split(spec, ';')) {
        if (trim(part).empty()) continue; // a trailing ';'
        const auto colon = part.find(':');
        if (colon == std::string::npos) {
            if (error)
                *error = fmt::format("--args: '{}' names no contract: each part of a named list "
                                     "is Name:v1,v2, the parts separated by ';'",
                                     trim(part));
            return false;
        }
        const std::string name = trim(part.substr(0, colon));
        auto it = std::find_if(m_targets.begin(), m_targets.end(),
                               [&](const Target& t) { return t.name() == name && !t.creator; });
        if (it == m_targets.end()) {
            if (error) *error = "--args: " + unknown_args_target(name);
            return false;
        }
        if (!apply(*it, part.substr(colon + 1))) return false;
    }
    resolve_system();
    return true;
}

bool Program::set_trusted(const std::string& spec, std::string* error) {
    for (const std::string& item : split(spec, ',')) {
        if (item.empty()) continue;
        if (item.rfind("0x", 0) == 0 || item.rfind("0X", 0) == 0) {
            const auto w = parse_value(item);
            if (!w || item.size() != 42) {
                if (error) *error = "--trust: '" + item + "' is not a 20-byte 0x address";
                return false;
            }
            m_trusted_addresses.push_back(vm::Address::from_word(*w));
            continue;
        }
        const bool known = std::any_of(m_targets.begin(), m_targets.end(), [&](const Target& t) {
            return t.info->constructor &&
                   std::any_of(t.info->constructor->parameters.begin(),
                               t.info->constructor->parameters.end(),
                               [&](const check::VariableInfo* v) { return v->name == item; });
        });
        if (!known) {
            if (error)
                *error = "--trust: no constructor parameter named '" + item +
                         "' (expected a parameter name or a 0x address)";
            return false;
        }
        m_trusted_names.push_back(item);
    }
    resolve_system();
    return true;
}

bool Program::trusts_parameter(const std::string& name) const {
    return std::find(m_trusted_names.begin(), m_trusted_names.end(), name) != m_trusted_names.end();
}

bool Program::trusts_address(const vm::Address& a) const {
    return std::find(m_trusted_addresses.begin(), m_trusted_addresses.end(), a) !=
           m_trusted_addresses.end();
}

std::optional<vm::U256> parse_value(const std::string& raw) {
    std::string text = trim(raw);
    if (text.empty()) return std::nullopt;
    if (text == "true") return vm::U256{1};
    if (text == "false") return vm::U256{0};
    vm::U256 unit{1};
    if (auto sp = text.find(' '); sp != std::string::npos) {
        const std::string u = trim(text.substr(sp + 1));
        text = trim(text.substr(0, sp));
        if (u == "ether")
            unit = vm::U256{1'000'000'000'000'000'000ULL};
        else if (u == "gwei")
            unit = vm::U256{1'000'000'000ULL};
        else if (u != "wei")
            return std::nullopt;
    }
    vm::U256 v{};
    if (text.rfind("0x", 0) == 0) {
        for (std::size_t i = 2; i < text.size(); ++i) {
            const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0) return std::nullopt;
            v = vm::shl(v, 4) | vm::U256{static_cast<std::uint64_t>(d)};
        }
        return v * unit;
    }
    if (std::isalpha(static_cast<unsigned char>(text[0]))) {
        // "mallory" names the adversary's attack contract, as in witnesses (see Accounts).
        if (text == adversary_name) return vm::create_address(account_address(text), 0).to_word();
        return account_address(text).to_word();
    }
    for (char c : text) {
        if (c == '_') continue;
        if (c < '0' || c > '9') return std::nullopt;
        v = v * vm::U256{10} + vm::U256{static_cast<std::uint64_t>(c - '0')};
    }
    return v * unit;
}

vm::Address account_address(const std::string& name) {
    return chain::Chain::dev_address(name);
}

const check::FunctionInfo* plain_entry(const check::ContractInfo& c) {
    if (c.receive) return c.receive;
    if (c.fallback && c.fallback->mutability == lang::ast::Mutability::payable) return c.fallback;
    return nullptr;
}

std::string call_signature(const check::FunctionInfo& f) {
    const bool plain = f.function_kind == lang::ast::FunctionKind::receive ||
                       f.function_kind == lang::ast::FunctionKind::fallback;
    return plain ? std::string{} : f.signature;
}

std::optional<vm::U256> rational_word(const check::Rational& r) {
    namespace mp = boost::multiprecision;
    if (mp::denominator(r) != 1) return std::nullopt;
    mp::cpp_int n = mp::numerator(r);
    const bool negative = n < 0;
    if (negative) n = -n;
    vm::U256 out{};
    for (int limb = 0; limb < 4; ++limb) {
        out.w[limb] = static_cast<std::uint64_t>(n & mp::cpp_int(~0ULL));
        n >>= 64;
    }
    if (negative) out = vm::U256{} - out;
    return out;
}

} // namespace mallory::analyzer
