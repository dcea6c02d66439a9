#include "analyzer/world.hpp"

#include "analyzer/actions.hpp"
#include "analyzer/answers.hpp"
#include "analyzer/ast_util.hpp"
#include "analyzer/facts.hpp"
#include "analyzer/feedback.hpp"
#include "analyzer/token.hpp"
#include "chain/chain.hpp"
#include "lang/compile/codegen.hpp"
#include "vm/serialize.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <regex>
#include <utility>

namespace mallory::analyzer {

namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdULL;
}

std::uint64_t mix(std::uint64_t h, const vm::U256& v) {
    for (std::uint64_t w : v.w)
        h = mix(h, w);
    return h;
}

const check::FunctionInfo* find_function(const Program& p, const CallSpec& c) {
    const Target* t = p.target(c.contract);
    if (!t) return nullptr;
    if (c.signature.empty()) return t->info->receive ? t->info->receive : t->info->fallback;
    for (const check::FunctionInfo* f : t->info->external_functions)
        if (f->signature == c.signature) return f;
    return nullptr;
}

/// The untrusted stand-ins whose parameter has a token interface type (defined with the
/// constructor wiring below, which hands the stand-ins out in the same order).
std::vector<std::pair<std::string, vm::Address>> token_stand_ins(const Program& program,
                                                                 const Accounts& accounts);

/// Whether the targets take a token from their caller (see Accounts::own_token).
bool takes_token_parameter(const Program& program);

/// The unvouched address literals (Accounts::literals) that the targets call through a token
/// interface type (`IERC20(0xA0b8...).transfer(...)`, a constant `IERC20 constant T = ...`).
std::vector<std::pair<std::string, vm::Address>> literal_tokens(const Program& program,
                                                                const Accounts& accounts);

/// The adversary owner's nonce of its own token: after the attack contract (0) and the
/// untrusted stand-ins (1..max_stand_ins).
constexpr std::size_t max_stand_ins = 4;
constexpr std::uint64_t own_token_nonce = max_stand_ins + 1;
constexpr std::uint64_t accomplice_nonce = own_token_nonce + 1;

} // namespace

namespace {

/// The choice a run without re-entry makes at a callback where the attack chose `c`: its
/// payments (`pays`), with the answer; nothing else.
Choice payments_only(const Choice& c, const IsPayment& pays) {
    Choice out;
    if (c.kind != ChoiceKind::revert) out.returns = c.returns;
    if (c.kind != ChoiceKind::reenter || !pays) return out;
    std::vector<CallSpec> kept;
    if (pays(c.call)) kept.push_back(c.call);
    if (c.then && pays(*c.then)) kept.push_back(*c.then);
    if (kept.empty()) return out;
    out.kind = ChoiceKind::reenter;
    out.call = kept[0];
    if (kept.size() > 1) out.then = kept[1];
    return out;
}

} // namespace

std::vector<Choice> answers_without_reentry(const std::vector<CallbackEvent>& events,
                                            const IsPayment& pays) {
    std::vector<Choice> out;
    std::vector<int> open; // depths of the callbacks whose re-entry is still running
    for (const CallbackEvent& ev : events) {
        while (!open.empty() && ev.depth <= open.back())
            open.pop_back();
        if (!open.empty()) continue; // made inside a re-entry
        if (ev.choice.kind == ChoiceKind::reenter && !ev.low_gas) open.push_back(ev.depth);
        out.push_back(ev.low_gas ? Choice{ChoiceKind::ret, {}, ev.choice.returns}
                                 : payments_only(ev.choice, pays));
    }
    while (!out.empty() && out.back().is_default())
        out.pop_back();
    return out;
}

bool is_view_call(const Program& program, const CallSpec& c) {
    const check::FunctionInfo* f = find_function(program, c);
    return f && (f->getter_of || f->mutability == lang::ast::Mutability::view ||
                 f->mutability == lang::ast::Mutability::pure);
}

// ---- Accounts ------------------------------------------------------------------------------

namespace {

/// Whether `v` is a token's balance ledger by the standards' names (ERC-20/721 `balanceOf`,
/// OpenZeppelin's `_balances`): `mapping(address => uintN)`. A bank's `balances` is a claim
/// on ether it holds, already counted as ether, so it is not one.
bool is_units_by_account(const check::Type* t) {
    return t && t->kind == check::TypeKind::mapping && t->key &&
           t->key->kind == check::TypeKind::address && t->element &&
           t->element->kind == check::TypeKind::integer && !t->element->is_signed;
}

/// Whether `t` is a mapping whose key is an unsigned integer (a token id).
bool is_keyed_by_id(const check::Type* t) {
    return t && t->kind == check::TypeKind::mapping && t->key &&
           t->key->kind == check::TypeKind::integer && !t->key->is_signed;
}

/// Whether `t` is `mapping(uintN => uintN)`: one holder's units of each id.
bool is_units_by_id(const check::Type* t) {
    return is_keyed_by_id(t) && t->element && t->element->kind == check::TypeKind::integer &&
           !t->element->is_signed;
}

using Keying = Accounts::OwnLedger::Keying;

/// How a variable is a token's balance ledger by the standards' names (ERC-20/721
/// `balanceOf`, OpenZeppelin's `_balances`): `mapping(address => uintN)`, or an ERC-1155's
/// `mapping(uintN => mapping(address => uintN))` (id first, OpenZeppelin) or
/// `mapping(address => mapping(uintN => uintN))` (account first, solmate). A bank's
/// `balances` is a claim on ether it holds, already counted as ether, so it is not one.
std::optional<Keying> ledger_keying(const check::VariableInfo& v) {
    static constexpr std::string_view names[] = {"balanceOf", "_balances", "_balanceOf"};
    if (std::find(std::begin(names), std::end(names), v.name) == std::end(names))
        return std::nullopt;
    const check::Type* t = v.type.get();
    if (is_units_by_account(t)) return Keying::account;
    if (is_keyed_by_id(t) && is_units_by_account(t->element.get())) return Keying::id_then_account;
    const bool by_account = t && t->kind == check::TypeKind::mapping && t->key &&
                            t->key->kind == check::TypeKind::address;
    if (by_account && is_units_by_id(t->element.get())) return Keying::account_then_id;
    return std::nullopt;
}

/// Whether a variable is an ERC-721's owner map by the standards' names (`ownerOf`, a public
/// mapping that is the standard's getter; OpenZeppelin's `_owners`; solmate's `_ownerOf`):
/// `mapping(uintN => address)`.
bool is_owner_map(const check::VariableInfo& v) {
    static constexpr std::string_view names[] = {"ownerOf", "_owners", "_ownerOf"};
    const check::Type* t = v.type.get();
    return std::find(std::begin(names), std::end(names), v.name) != std::end(names) &&
           is_keyed_by_id(t) && t->element && t->element->kind == check::TypeKind::address;
}

bool has_function(const Target& t, std::string_view signature) {
    return std::any_of(t.info->external_functions.begin(), t.info->external_functions.end(),
                       [&](const check::FunctionInfo* f) { return f->signature == signature; });
}

/// The one state-changing external function of `t` whose parameters are exactly of `kinds`
/// (address, and integer as uint256, in order), other than `approve`; null when none or
/// several are.
const check::FunctionInfo* only_mover(const Target& t,
                                      std::initializer_list<check::TypeKind> kinds) {
    const check::FunctionInfo* out = nullptr;
    for (const check::FunctionInfo* f : t.info->external_functions) {
        if (f->getter_of || f->mutability == lang::ast::Mutability::view ||
            f->mutability == lang::ast::Mutability::pure || f->name == "approve" ||
            f->parameter_types.size() != kinds.size())
            continue;
        const bool shaped = std::equal(
            kinds.begin(), kinds.end(), f->parameter_types.begin(), [](auto kind, const auto& ty) {
                return ty->kind == kind &&
                       (kind != check::TypeKind::integer || (!ty->is_signed && ty->bits == 256));
            });
        if (!shaped) continue;
        if (out) return nullptr;
        out = f;
    }
    return out;
}

/// A fungible token's transfer and transferFrom: ERC-20's by their standard signatures, or, on
/// a share token that names them its own way (Lido's `transferShares(address,uint256)` and
/// `transferSharesFrom(address,address,uint256)` beside a standard `approve`), the one
/// state-changing function of each shape. Empty strings when `t` has no such pair.
std::pair<std::string, std::string> token_movers(const Target& t) {
    constexpr auto address = check::TypeKind::address;
    constexpr auto amount = check::TypeKind::integer;
    if (!has_function(t, "approve(address,uint256)")) return {};
    std::string transfer = "transfer(address,uint256)";
    std::string transfer_from = "transferFrom(address,address,uint256)";
    if (!has_function(t, transfer)) {
        const check::FunctionInfo* f = only_mover(t, {address, amount});
        transfer = f ? f->signature : "";
    }
    if (!has_function(t, transfer_from)) {
        const check::FunctionInfo* f = only_mover(t, {address, address, amount});
        transfer_from = f ? f->signature : "";
    }
    if (transfer.empty() || transfer_from.empty()) return {};
    return {transfer, transfer_from};
}

/// The ledger of a token that has ERC-20's transfer functions (token_movers) but keeps its
/// balances under a name of its own (a pool's `shares`, or Lido's `sharesOf`): its one
/// `mapping(address => uintN)`, read through its public getter. Null when the standard's
/// `balanceOf(address)` exists (the named ledger then) or the ledger is ambiguous.
const check::VariableInfo* ledger_under_own_name(const Target& t) {
    if (token_movers(t).first.empty() || has_function(t, "balanceOf(address)")) return nullptr;
    const check::VariableInfo* out = nullptr;
    for (const check::VariableInfo* v : t.info->storage_variables) {
        if (!v || !is_units_by_account(v->type.get())) continue;
        if (out) return nullptr;
        out = v;
    }
    const bool read =
        out && std::any_of(t.info->external_functions.begin(), t.info->external_functions.end(),
                           [&](const auto* f) { return f->getter_of == out; });
    return read ? out : nullptr;
}

/// The token ids of a multi-token ledger that are assets: the explorer's first values of
/// a key parameter (actions.cpp role_values: 1, 0), and the next one.
constexpr std::uint64_t multi_token_ids = 3;

/// The ledgers of target `i` (at `at`): its balance ledgers (ledger_keying, or the one it keeps
/// under a name of its own), each id of a multi-token ledger an asset of its own, else, on an
/// ERC-721 that keeps no balances, its owner map counted over the first ids.
void add_ledgers_of(const Target& t, const vm::Address& at, std::vector<Accounts::OwnLedger>& out) {
    const std::size_t first = out.size();
    const check::VariableInfo* owners = nullptr;
    for (const check::VariableInfo* v : t.info->storage_variables) {
        if (!v || !t.layout->has(v)) continue;
        const std::string name = t.name() + "." + v->name;
        const vm::U256 slot{t.layout->slot_of(v)};
        const auto keying = v == ledger_under_own_name(t) ? Keying::account : ledger_keying(*v);
        if (!keying && is_owner_map(*v)) owners = v;
        if (!keying) continue;
        if (*keying == Keying::account) {
            out.push_back({name, at, slot, *keying, std::nullopt, {}});
            continue;
        }
        for (std::uint64_t id = 0; id < multi_token_ids; ++id)
            out.push_back({fmt::format("{}[{}]", name, id), at, slot, *keying, vm::U256{id}, {}});
    }
    if (out.size() != first || !owners || !has_function(t, "ownerOf(uint256)")) return;
    Accounts::OwnLedger items{t.name() + "." + owners->name,
                              at,
                              vm::U256{t.layout->slot_of(owners)},
                              Keying::owners,
                              std::nullopt,
                              {}};
    for (std::uint64_t id = 0; id < Accounts::item_ids_counted; ++id)
        items.owner_slots.push_back(lang::codegen::mapping_entry_slot(items.slot, vm::U256{id}));
    out.push_back(std::move(items));
}

std::vector<Accounts::OwnLedger> own_ledgers(const Program& program, const Accounts& a) {
    std::vector<Accounts::OwnLedger> out;
    for (std::size_t i = 0; i < program.targets().size(); ++i)
        add_ledgers_of(program.targets()[i], a.contracts[i].second, out);
    return out;
}

} // namespace

vm::U256 Accounts::OwnLedger::entry_slot(const vm::Address& account) const {
    using lang::codegen::mapping_entry_slot;
    switch (keying) {
    case Keying::account:
        return mapping_entry_slot(slot, account.to_word());
    case Keying::id_then_account:
        return mapping_entry_slot(mapping_entry_slot(slot, *id), account.to_word());
    case Keying::account_then_id:
        return mapping_entry_slot(mapping_entry_slot(slot, account.to_word()), *id);
    case Keying::owners:
        break;
    }
    return vm::U256{};
}

Accounts Accounts::make(const Program& program) {
    Accounts a;
    a.deployer = account_address(deployer_name);
    a.adversary_owner = account_address(adversary_name);
    a.adversary = vm::create_address(a.adversary_owner, 0);
    a.accomplice = vm::create_address(a.adversary_owner, accomplice_nonce);
    a.accomplice_acts = has_no_self_dealing_rule(program);
    for (const char* u : {"bob", "carol"})
        a.users.emplace_back(u, account_address(u));
    a.depositors = a.users.size();
    a.users.emplace_back(latecomer_name, account_address(latecomer_name));
    for (const Target& t : program.targets())
        a.contracts.emplace_back(t.name(), vm::Address{});
    for (std::size_t i : program.deploy_order())
        a.contracts[i].second = *program.deployed_address(i);
    for (std::size_t i = 0; i < program.targets().size(); ++i) // creators come first
        if (const Target& t = program.targets()[i]; t.creator)
            a.contracts[i].second =
                vm::create_address(a.contracts[*t.creator].second, t.creation_nonce);
    // Stand-ins are the attack contract's owner's next creations (nonce 0 is the attack
    // contract): one per constructor parameter that may need one.
    std::size_t stand_ins = 0;
    for (const Target& t : program.targets())
        if (t.info->constructor)
            for (const check::TypePtr& ty : t.info->constructor->parameter_types)
                stand_ins += is_address_like(*ty);
    for (std::size_t i = 0; i < std::min(stand_ins, max_stand_ins); ++i)
        a.untrusted.emplace_back("untrusted" + std::to_string(i + 1),
                                 vm::create_address(a.adversary_owner, i + 1));
    a.ledgers = own_ledgers(program, a);
    a.known = {a.adversary, a.accomplice, a.deployer};
    for (const auto& [n, addr] : a.users)
        a.known.push_back(addr);
    for (const auto& [n, addr] : a.contracts)
        a.known.push_back(addr);
    for (const auto& [n, addr] : a.untrusted)
        a.known.push_back(addr);
    for (const check::Rational& r : program.model().address_literals()) {
        const auto w = rational_word(r);
        a.names_zero_address |= w && w->is_zero();
        if (!w || vm::bit_length(*w) <= 16) continue; // address(0), precompiles
        const vm::Address addr = vm::Address::from_word(*w);
        if (program.trusts_address(addr) ||
            std::find(a.known.begin(), a.known.end(), addr) != a.known.end())
            continue;
        a.literals.emplace_back(vm::to_hex(addr), addr);
        a.known.push_back(addr);
    }
    a.known.push_back(vm::Address{});
    a.tokens = token_stand_ins(program, a);
    for (const auto& t : literal_tokens(program, a))
        a.tokens.push_back(t);
    a.own_token = vm::create_address(a.adversary_owner, own_token_nonce);
    // The public token is the issuer's first creation: an account nobody else uses.
    a.hooked_token = vm::create_address(account_address("token_issuer"), 0);
    if (takes_token_parameter(program)) {
        // Without a token of the system's own (a stand-in or literal, hooked already), the
        // honest users' deposits are in the public hooked token.
        if (a.tokens.empty()) {
            a.tokens.emplace_back(hooked_token_name, a.hooked_token);
            a.known.push_back(a.hooked_token);
        }
        a.tokens.emplace_back(own_token_name, a.own_token);
        a.known.push_back(a.own_token);
    }
    a.index_party_slots();
    return a;
}

void Accounts::index_party_slots() {
    std::vector<vm::Address> parties = adversary_accounts(*this);
    parties.push_back(adversary_owner);
    parties.push_back(deployer);
    for (const auto* list : {&users, &contracts})
        for (const auto& [name, address] : *list)
            parties.push_back(address);
    party_slots.clear();
    for (const vm::Address& p : parties) {
        if (slots_of(p)) continue;
        PartySlots s{p, token_balance_slot(p), {}};
        for (const OwnLedger& l : ledgers)
            s.ledgers.push_back(l.entry_slot(p));
        party_slots.push_back(std::move(s));
    }
}

const Accounts::PartySlots* Accounts::slots_of(const vm::Address& holder) const {
    for (const PartySlots& s : party_slots)
        if (s.holder == holder) return &s;
    return nullptr;
}

std::optional<Accounts> Accounts::with_tokens(const std::vector<std::string>& names,
                                              std::string* error) const {
    Accounts out = *this;
    out.tokens.clear();
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == own_token_name) {
            out.tokens.emplace_back(own_token_name, own_token);
            continue;
        }
        if (names[i] == hooked_token_name) {
            out.tokens.emplace_back(hooked_token_name, hooked_token);
            continue;
        }
        // An untrusted stand-in or an unvouched literal.
        const std::pair<std::string, vm::Address>* found = nullptr;
        for (const auto* list : {&untrusted, &literals})
            for (const auto& u : *list)
                if (!found && u.first == names[i]) found = &u;
        if (!found) {
            if (error)
                *error = fmt::format("tokens[{}]: '{}' is not an untrusted address of the program "
                                     "({} known)",
                                     i, names[i], untrusted.size() + literals.size());
            return std::nullopt;
        }
        out.tokens.push_back(*found);
    }
    return out;
}

std::vector<std::string> Accounts::token_names() const {
    std::vector<std::string> out;
    for (const auto& [name, addr] : tokens)
        out.push_back(name);
    return out;
}

std::vector<vm::U256> Accounts::sentinel_words() const {
    std::vector<vm::U256> out;
    for (const auto& [name, addr] : literals)
        out.push_back(addr.to_word());
    if (names_zero_address) out.push_back(vm::U256{});
    return out;
}

bool Accounts::is_token(const vm::Address& x) const {
    return std::any_of(tokens.begin(), tokens.end(), [&](const auto& t) { return t.second == x; });
}

bool Accounts::is_own_token(const vm::Address& x) const {
    return x == own_token && is_token(x);
}

bool Accounts::is_hooked_token(const vm::Address& x) const {
    return x == hooked_token && is_token(x);
}

vm::Address Accounts::address_of_contract(const std::string& name) const {
    for (const auto& [n, addr] : contracts)
        if (n == name) return addr;
    return {};
}

vm::Address Accounts::address_of_account(const std::string& name) const {
    if (name == adversary_name) return adversary;
    if (name == accomplice_name) return accomplice;
    if (name == deployer_name) return deployer;
    if (name == own_token_name) return own_token;
    if (name == hooked_token_name) return hooked_token;
    for (const auto& [n, addr] : users)
        if (n == name) return addr;
    for (const auto* list : {&untrusted, &literals})
        for (const auto& [n, addr] : *list)
            if (n == name) return addr;
    return account_address(name);
}

std::string Accounts::name_of(const vm::Address& x) const {
    if (x == adversary) return adversary_name;
    if (x == accomplice) return accomplice_name;
    if (x == deployer) return deployer_name;
    for (const auto& [n, addr] : users)
        if (addr == x) return n;
    for (const auto& [n, addr] : contracts)
        if (addr == x) return n;
    for (const auto& [n, addr] : untrusted)
        if (addr == x) return n;
    for (const auto& [n, addr] : literals)
        if (addr == x) return n;
    if (is_own_token(x)) return own_token_name;
    if (is_hooked_token(x)) return hooked_token_name;
    if (x.is_zero()) return "address(0)";
    return vm::to_hex(x);
}

bool Accounts::adversary_controls(const vm::Address& x) const {
    const auto is_x = [&](const auto& u) { return u.second == x; };
    if (is_token(x)) return false; // a standard token's ledger answers there
    return x == adversary || x == accomplice ||
           std::any_of(untrusted.begin(), untrusted.end(), is_x) ||
           std::any_of(literals.begin(), literals.end(), is_x);
}

// ---- Adversary -----------------------------------------------------------------------------

Adversary::Adversary(const Program& program, const Accounts& accounts)
    : m_program(program), m_accounts(accounts) {}

void Adversary::arm(const std::vector<Choice>* script) {
    m_script = script;
    m_count = 0;
    m_eligible.clear();
    m_depths.clear();
    m_callers.clear();
    m_selectors.clear();
    m_repayments.clear();
    m_received.clear();
    m_landings.clear();
    m_open = -1;
    events.clear();
}

vm::NativeHandler Adversary::handler() {
    return [this](vm::Executor& exec, const vm::Message& msg) { return handle(exec, msg); };
}

std::vector<CallSpec> Adversary::landed() const {
    std::vector<CallSpec> out;
    for (std::size_t i = 0; i < m_landings.size(); ++i) {
        bool ok = true;
        for (int j = static_cast<int>(i); j >= 0 && ok;
             j = m_landings[static_cast<std::size_t>(j)].parent)
            ok = m_landings[static_cast<std::size_t>(j)].ok;
        if (ok) out.push_back(m_landings[i].call);
    }
    return out;
}

std::vector<TxStep> Adversary::landed_steps(const IsPayment& pays) const {
    std::vector<TxStep> out;
    for (std::size_t i = 0; i < m_landings.size(); ++i) {
        if (m_landings[i].parent < 0 && pays && pays(m_landings[i].call))
            continue; // made again where it was made (answers_without_reentry)
        bool ok = true;
        for (int j = static_cast<int>(i); j >= 0 && ok;
             j = m_landings[static_cast<std::size_t>(j)].parent)
            ok = m_landings[static_cast<std::size_t>(j)].ok;
        if (ok)
            out.push_back(TxStep{m_accounts.name_of(m_landings[i].from), m_landings[i].call, {}});
    }
    return out;
}

vm::Bytes Adversary::answer(const vm::Message& msg) const {
    const auto sel = selector_of(msg.input);
    const check::FunctionInfo* f = sel ? m_program.function_by_selector(*sel) : nullptr;
    return f ? default_answer(*f, *sel) : vm::Bytes{};
}

vm::Result Adversary::handle(vm::Executor& exec, const vm::Message& msg) {
    if (m_forward && msg.depth == 0 && msg.sender == m_accounts.adversary_owner) {
        const CallSpec call = *std::exchange(m_forward, std::nullopt);
        vm::Message m;
        m.kind = vm::CallKind::Call;
        m.depth = 1;
        m.gas = msg.gas > 2600 ? msg.gas - 2600 : 0;
        m.sender = msg.recipient; // the attack contract or the stand-in the owner called
        m.recipient = m.code_address = m_accounts.address_of_contract(call.contract);
        m.value = call.value;
        const vm::Bytes data = calldata_of(call); // outlives the message, which views it
        m.input = data;
        vm::Result r = exec.execute(m);
        r.gas_left = r.gas_left + (msg.gas - m.gas);
        return r;
    }
    const int index = m_count++;
    const bool eligible = msg.gas >= min_reentry_gas && !msg.is_static;
    m_eligible.push_back(eligible);
    m_depths.push_back(msg.depth);
    m_callers.push_back(msg.sender);
    m_selectors.push_back(selector_of(msg.input));
    m_repayments.push_back(repayment_amounts(msg.value, msg.input));
    m_received.push_back(msg.value);
    Choice choice;
    if (m_script && static_cast<std::size_t>(index) < m_script->size())
        choice = (*m_script)[static_cast<std::size_t>(index)];
    CallbackEvent ev;
    ev.index = index;
    ev.depth = msg.depth;
    ev.from = msg.sender;
    ev.to = msg.recipient;
    ev.value = msg.value;
    ev.choice = choice;
    // The scripted answer (ret or reenter), else the default one of the expected function.
    vm::Result out{
        vm::Status::Success, msg.gas, 0, choice.returns ? *choice.returns : answer(msg), {}};
    const std::size_t slot = events.size(); // recorded in call order, completed below
    if (record_events) events.push_back(ev);
    if (choice.kind == ChoiceKind::revert) {
        out.status = vm::Status::Revert;
        out.output.clear();
    } else if (choice.kind == ChoiceKind::reenter) {
        if (!eligible) {
            ev.low_gas = true;
        } else {
            if (before_reentry) before_reentry(exec, msg);
            vm::Gas used = call_back(exec, msg, msg.gas, choice.call, ev.status);
            if (choice.then && used < msg.gas)
                used += call_back(exec, msg, msg.gas - used, *choice.then, ev.then_status);
            out.gas_left = used >= msg.gas ? 0 : msg.gas - used;
        }
    }
    if (record_events) events[slot] = ev;
    return out;
}

vm::Gas Adversary::call_back(vm::Executor& exec, const vm::Message& msg, vm::Gas gas,
                             const CallSpec& call, vm::Status& status) {
    if (gas <= 2600) {
        status = vm::Status::OutOfGas;
        return gas;
    }
    const vm::Bytes data = calldata_of(call);
    vm::Message m;
    m.kind = vm::CallKind::Call;
    m.depth = msg.depth + 1;
    m.gas = (gas - 2600) - (gas - 2600) / 64;
    // From the attack contract even when a stand-in was called: the adversary routes its
    // untrusted accounts' callbacks through the contract that holds its positions.
    m.sender = m_accounts.adversary;
    m.recipient = m.code_address = m_accounts.address_of_contract(call.contract);
    m.value = call.value;
    m.input = data;
    const int parent = m_open;
    m_landings.push_back(Landing{call, parent, false, m.sender});
    m_open = static_cast<int>(m_landings.size()) - 1;
    const int mine = m_open;
    vm::Result r = exec.execute(m);
    m_landings[static_cast<std::size_t>(mine)].ok = r.success();
    m_open = parent;
    status = r.status;
    if (after_reentry) after_reentry(call, r);
    return 2600 + (m.gas - r.gas_left);
}

// ---- Observer ------------------------------------------------------------------------------

bool may_be_amount(const vm::U256& word) {
    constexpr std::uint64_t ten_years = 10 * 365 * 86'400;
    const std::uint64_t genesis = chain::GenesisConfig{}.timestamp;
    const bool time =
        vm::bit_length(word) <= 64 && word.low() >= genesis && word.low() - genesis <= ten_years;
    return !word.is_zero() && vm::bit_length(word) <= 96 && !time;
}

namespace {

/// Whether the last name in an item's label (`users[mallory].rewardDebt`: rewardDebt) names a
/// debt.
bool names_a_debt(const std::string& label) {
    const std::size_t dot = label.find_last_of('.');
    std::string name = label.substr(dot == std::string::npos ? 0 : dot + 1);
    name = name.substr(0, name.find('['));
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return name.find("debt") != std::string::npos || name.find("borrow") != std::string::npos;
}

} // namespace

Observer::Observer(const Program& program, const Accounts& accounts)
    : m_program(program), m_accounts(accounts), m_adversary(adversary_accounts(accounts)) {
    m_adversary.push_back(accounts.adversary_owner);
    struct Key {
        std::string name;
        vm::U256 word;
        bool adversary = false;
    };
    std::vector<Key> keys;
    for (const vm::Address& a : accounts.known)
        keys.push_back({accounts.name_of(a), a.to_word(), is_adversary(a)});
    std::vector<Key> int_keys;
    for (std::uint64_t i = 0; i < 4; ++i)
        int_keys.push_back({std::to_string(i), vm::U256{i}});
    for (std::size_t ci = 0; ci < program.targets().size(); ++ci) {
        const Target& t = program.targets()[ci];
        std::vector<const check::VariableInfo*> vars = t.info->storage_variables;
        vars.insert(vars.end(), t.info->immutable_variables.begin(),
                    t.info->immutable_variables.end());
        for (const check::VariableInfo* v : vars) {
            if (!t.layout->has(v)) continue;
            const lang::codegen::StorageLocation at = t.layout->location_of(v);
            const vm::U256 slot{at.slot};
            const check::Type& ty = *v->type;
            if (ty.kind == check::TypeKind::mapping) {
                const bool address_keys = is_address_like(*ty.key);
                for (const Key& k : address_keys ? keys : int_keys) {
                    const vm::U256 s = lang::codegen::mapping_entry_slot(slot, k.word);
                    const check::Type& val = *ty.element;
                    if (val.kind == check::TypeKind::mapping) {
                        for (const Key& k2 : keys)
                            add_items(ci, v->name + "[" + k.name + "][" + k2.name + "]",
                                      lang::codegen::mapping_entry_slot(s, k2.word), *val.element,
                                      0, address_keys ? k.adversary : k2.adversary, 8, true,
                                      !address_keys && k2.adversary
                                          ? std::optional<vm::U256>(k.word)
                                          : std::nullopt);
                        continue;
                    }
                    const std::size_t first = m_items.size();
                    add_items(ci, v->name + "[" + k.name + "]", s, val, 0, k.adversary, 8);
                    if (!address_keys && val.kind == check::TypeKind::struct_)
                        add_record(first, k.word);
                }
                continue;
            }
            if (ty.kind == check::TypeKind::array && !ty.length) {
                m_items.push_back({ci, v->name + ".length", slot});
                m_arrays.push_back({ci, slot, &ty});
                continue;
            }
            add_items(ci, v->name, slot, ty, at.offset, false, 16);
        }
    }
    std::set<std::pair<std::size_t, vm::U256>> seen;
    for (const Item& it : m_items)
        if (may_be_own(it)) {
            m_own_keys.push_back(it.record_key);
            m_own_debts.push_back(names_a_debt(it.label));
            m_own_holdings.push_back(is_own_units(it));
        }
    for (const Item& it : m_items)
        if (it.own && seen.emplace(it.contract, it.slot).second)
            m_own_slots.emplace_back(it.contract, it.slot);
}

bool Observer::is_own_units(const Item& item) const {
    if (!item.own) return false;
    const vm::Address& at = m_accounts.contracts[item.contract].second;
    return std::any_of(
        m_accounts.ledgers.begin(), m_accounts.ledgers.end(), [&](const Accounts::OwnLedger& l) {
            return l.token == at && l.keying != Accounts::OwnLedger::Keying::owners &&
                   std::any_of(m_adversary.begin(), m_adversary.end(),
                               [&](const vm::Address& a) { return l.entry_slot(a) == item.slot; });
        });
}

void Observer::add_record(std::size_t first, const vm::U256& key) {
    Record r;
    for (std::size_t i = first; i < m_items.size(); ++i)
        if (m_items[i].type && is_address_like(*m_items[i].type)) r.owners.push_back(i);
    if (r.owners.empty()) return;
    // A slot an owner shares (a packed `address payout; uint96 earnings`) stays the others':
    // who owns the record is never the adversary's alone.
    std::set<vm::U256> owner_slots;
    for (std::size_t i : r.owners)
        owner_slots.insert(m_items[i].slot);
    std::set<vm::U256> seen;
    for (std::size_t i = first; i < m_items.size(); ++i) {
        Item& it = m_items[i];
        if (std::find(r.owners.begin(), r.owners.end(), i) != r.owners.end()) continue;
        it.record = m_records.size();
        it.record_key = key;
        if (!owner_slots.contains(it.slot) && seen.insert(it.slot).second)
            r.slots.emplace_back(it.contract, it.slot);
    }
    m_records.push_back(std::move(r));
}

bool Observer::is_adversarys(vm::State& state, const Record& record) const {
    bool mine = false;
    for (std::size_t i : record.owners) {
        const vm::Address a = vm::Address::from_word(item_value(state, m_items[i]));
        if (a == vm::Address{}) continue;
        if (!is_adversary(a)) return false;
        mine = true;
    }
    return mine;
}

void Observer::add_items(std::size_t contract, const std::string& label, const vm::U256& slot,
                         const check::Type& ty, std::uint8_t offset, bool own,
                         std::uint64_t max_slots, bool in_record,
                         std::optional<vm::U256> record_key) {
    if (ty.kind == check::TypeKind::struct_ && ty.struct_info && !ty.struct_info->recursive) {
        for (const check::StructInfo::Field& f : ty.struct_info->fields) {
            const auto at = lang::codegen::struct_field_location(*ty.struct_info, f.name);
            if (!at || at->slot >= max_slots || !f.type || f.type->kind == check::TypeKind::mapping)
                continue;
            add_items(contract, label + "." + f.name, slot + vm::U256{at->slot}, *f.type,
                      at->offset, own, max_slots - at->slot, true, record_key);
        }
        return;
    }
    if (ty.kind == check::TypeKind::mapping) return;       // its entries are not at its slot
    if (ty.kind == check::TypeKind::array && !ty.length) { // a struct's list: its length
        m_items.push_back(
            {contract, label + ".length", slot, nullptr, 0, own, in_record, record_key});
        return;
    }
    const std::uint64_t n =
        std::min<std::uint64_t>(lang::codegen::storage_slots(ty).value_or(1), max_slots);
    for (std::uint64_t i = 0; i < n; ++i)
        m_items.push_back({contract, n > 1 ? label + "." + std::to_string(i) : label,
                           slot + vm::U256{i}, n == 1 ? &ty : nullptr,
                           n == 1 ? offset : std::uint8_t{0}, own, in_record, record_key});
}

namespace {

/// vm::MemoryState::storage_digest of any state: the explorer's MemoryState keeps it as it
/// goes; the replay chain's WorldState (asked once per step) recomputes it from its slots.
std::uint64_t storage_digest(vm::State& state, const vm::Address& a) {
    if (auto* m = dynamic_cast<vm::MemoryState*>(&state)) return m->storage_digest(a);
    std::uint64_t d = 0;
    if (auto* w = dynamic_cast<chain::WorldState*>(&state))
        for (const auto& [key, value] : w->storage(a))
            d ^= vm::storage_entry_digest(key, value);
    return d;
}

} // namespace

std::uint64_t Observer::hash(vm::State& state) const {
    // Every written slot of every contract of the system counts (the storage digest), so two
    // states that differ anywhere in storage never merge; the labelled items above only name
    // values for people.
    // Transient storage (EIP-1153) is left out on purpose: the explorer hashes states between
    // transactions only, and World::run ends every transaction with end_transaction(), which
    // zeroes it, so it is the same (all zero) in every state hashed here.
    std::uint64_t h = 0x1234567;
    for (const auto& [name, a] : m_accounts.contracts)
        h = mix(h, storage_digest(state, a));
    for (const auto& [name, a] : m_accounts.tokens) // the token ledgers the adversary holds
        h = mix(h, storage_digest(state, a));
    for (const vm::Address& a : m_accounts.known)
        h = mix(h, state.balance(a));
    return h;
}

std::uint64_t Observer::others_hash(vm::State& state) const {
    // hash() with the own entries' shares taken out of each contract's storage digest (a
    // digest is the xor of its slots' shares) and the adversary's balances left out.
    // Each own slot once: a struct's packed fields share one.
    std::vector<std::uint64_t> own_share(m_accounts.contracts.size(), 0);
    const auto take_out = [&](std::size_t contract, const vm::U256& slot) {
        own_share[contract] ^= vm::storage_entry_digest(
            slot, state.peek_storage(m_accounts.contracts[contract].second, slot));
    };
    for (const auto& [contract, slot] : m_own_slots)
        take_out(contract, slot);
    for (const Record& r : m_records)
        if (is_adversarys(state, r))
            for (const auto& [contract, slot] : r.slots)
                take_out(contract, slot);
    std::uint64_t h = 0x7654321;
    for (std::size_t ci = 0; ci < m_accounts.contracts.size(); ++ci)
        h = mix(h, storage_digest(state, m_accounts.contracts[ci].second) ^ own_share[ci]);
    for (const auto& [name, a] : m_accounts.tokens)
        h = mix(h, storage_digest(state, a));
    for (const vm::Address& a : m_accounts.known)
        if (!is_adversary(a)) h = mix(h, state.balance(a));
    return h;
}

bool Observer::is_adversary(const vm::Address& a) const {
    return std::find(m_adversary.begin(), m_adversary.end(), a) != m_adversary.end();
}

std::vector<vm::U256> Observer::own_values(vm::State& state) const {
    std::vector<vm::U256> out;
    std::vector<std::optional<bool>> adversarys(m_records.size());
    for (const Item& it : m_items) {
        if (!may_be_own(it)) continue;
        bool own = it.own;
        if (!own) {
            std::optional<bool>& known = adversarys[*it.record];
            if (!known) known = is_adversarys(state, m_records[*it.record]);
            own = *known;
        }
        out.push_back(own ? item_value(state, it) : vm::U256{});
    }
    return out;
}

std::uint64_t Observer::acquired(vm::State& state) const {
    std::uint64_t out = 0;
    for (const Item& it : m_items)
        if (it.type && !it.in_record && is_address_like(*it.type) &&
            is_adversary(vm::Address::from_word(item_value(state, it))))
            ++out;
    return out;
}

vm::U256 Observer::item_value(vm::State& state, const Item& item) const {
    const vm::U256 word = state.peek_storage(m_accounts.contracts[item.contract].second, item.slot);
    return item.type ? lang::codegen::unpack_storage_value(word, item.offset, *item.type) : word;
}

std::vector<std::pair<std::string, vm::U256>> Observer::values(vm::State& state,
                                                               const std::string& contract) const {
    std::vector<std::pair<std::string, vm::U256>> out;
    for (const Item& it : m_items) {
        if (m_accounts.contracts[it.contract].first != contract) continue;
        const vm::U256 v = item_value(state, it);
        if (!v.is_zero()) out.emplace_back(it.label, v);
    }
    return out;
}

std::vector<vm::U256> Observer::element_words(vm::State& state, const std::string& contract) const {
    constexpr std::uint64_t elements = 4, words_per_element = 8;
    std::vector<vm::U256> out;
    for (const DynamicArray& a : m_arrays) {
        const vm::Address at = m_accounts.contracts[a.contract].second;
        if (m_accounts.contracts[a.contract].first != contract || !a.type->element) continue;
        const vm::U256 length = state.peek_storage(at, a.slot);
        const std::uint64_t n =
            vm::bit_length(length) > 8 ? elements : std::min(elements, length.low());
        const std::uint64_t words = std::min<std::uint64_t>(
            lang::codegen::storage_slots(*a.type->element).value_or(1), words_per_element);
        for (std::uint64_t i = 0; i < n; ++i) {
            const vm::U256 first = lang::codegen::array_element_slot(a.slot, *a.type, vm::U256{i});
            for (std::uint64_t k = 0; k < words; ++k)
                if (const vm::U256 w = state.peek_storage(at, first + vm::U256{k}); !w.is_zero())
                    out.push_back(w);
        }
    }
    return out;
}

std::uint64_t Observer::broken_bounds(vm::State& state) const {
    const std::vector<GuardBound>& bounds = m_program.guard_bounds();
    return bounds.empty() ? 0 : analyzer::broken_bounds(m_program, bounds, m_accounts, state);
}

std::vector<std::string> Observer::broken_bound_texts(vm::State& state) const {
    const std::uint64_t broken = broken_bounds(state);
    std::vector<std::string> out;
    const std::vector<GuardBound>& bounds = m_program.guard_bounds();
    for (std::size_t i = 0; i < bounds.size() && i < 64; ++i)
        if (broken >> i & 1U) out.push_back(bounds[i].text);
    return out;
}

std::vector<std::pair<std::string, std::string>>
Observer::described_values(vm::State& state, const std::string& contract) const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Item& it : m_items) {
        if (m_accounts.contracts[it.contract].first != contract) continue;
        const vm::U256 v = item_value(state, it);
        if (!v.is_zero()) out.emplace_back(it.label, describe(it, v));
    }
    return out;
}

std::string Observer::describe(const Item& item, const vm::U256& word) const {
    if (!item.type) return vm::to_dec(word);
    switch (item.type->kind) {
    case check::TypeKind::address:
    case check::TypeKind::contract:
        return m_accounts.name_of(vm::Address::from_word(word));
    case check::TypeKind::boolean:
        return word == vm::U256{1} ? "true" : vm::to_dec(word);
    case check::TypeKind::fixed_bytes: {
        // bytesN is left-aligned in its word: its N leading bytes, as solc and forge print it.
        const auto bytes = vm::to_bytes(word);
        return vm::to_hex(vm::BytesView{bytes.data(), item.type->byte_size});
    }
    case check::TypeKind::integer:
        // Stored signed integers are sign-extended words (solc's cleanup on store).
        if (item.type->is_signed && word.is_negative()) return "-" + vm::to_dec(vm::U256{} - word);
        return vm::to_dec(word);
    case check::TypeKind::string:
    case check::TypeKind::bytes:
        return describe_byte_array(word, item.type->kind == check::TypeKind::string);
    default:
        return vm::to_dec(word);
    }
}

std::string describe_byte_array(const vm::U256& word, bool text) {
    // solc's storage encoding: up to 31 bytes in the slot's leading bytes with 2 * length in
    // the last byte; a longer value stores 2 * length + 1 here and its bytes elsewhere.
    const auto bytes = vm::to_bytes(word);
    const std::uint8_t last = bytes[31];
    if (last % 2 == 1) return fmt::format("({} bytes)", vm::to_dec(vm::shr(word - vm::U256{1}, 1)));
    const std::size_t length = last / 2;
    const bool printable = std::all_of(bytes.begin(), bytes.begin() + length, [](std::uint8_t c) {
        return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
    });
    if (text && printable) return "\"" + std::string(bytes.begin(), bytes.begin() + length) + "\"";
    return vm::to_hex(vm::BytesView{bytes.data(), length});
}

// ---- deployment ----------------------------------------------------------------------------

namespace {

bool trusted_parameter(const Program& p, const check::FunctionInfo& ctor, std::size_t i) {
    return i < ctor.parameters.size() && p.trusts_parameter(ctor.parameters[i]->name);
}

/// The index of an instance of the system (other than `self`) that can fill a constructor
/// parameter of type `ty` standing for contract `wanted` (Program::parameter_contract): one
/// derived from `wanted`, else, for an address, any other target.
std::optional<std::size_t> filling_instance(const check::Type& ty,
                                            const check::ContractInfo* wanted, const Target& self,
                                            const Program& program, bool paid = false) {
    const auto& ts = program.targets();
    const auto takes_ether = [](const check::ContractInfo& c) {
        return (c.receive && c.receive->mutability == lang::ast::Mutability::payable) ||
               (c.fallback && c.fallback->mutability == lang::ast::Mutability::payable);
    };
    for (std::size_t pass = 0; pass < 2; ++pass)
        for (std::size_t i = 0; i < ts.size(); ++i) {
            if (&ts[i] == &self) continue;
            if (pass == 0
                    ? wanted && ts[i].info->derives_from(wanted)
                    : ty.kind == check::TypeKind::address && (!paid || takes_ether(*ts[i].info)))
                return i;
        }
    return std::nullopt;
}

/// Whether target `t`'s code sends ether to what its constructor stores constructor parameter
/// `i` in (`treasury.call{value: v}("")`, `payable(treasury).transfer(v)`, an element of a
/// list of payees `payable(payees[i]).transfer(v)`): that address must
/// take ether, so another target that cannot (no payable `receive` or `fallback`) does not fill
/// it, or every payment to it would revert.
bool pays_ether_to_parameter(const Program& p, const Target& t, const check::FunctionInfo& ctor,
                             std::size_t i) {
    if (i >= ctor.parameters.size() || !ctor.parameters[i] || !ctor.ast) return false;
    std::string contract;
    for (const check::ContractInfo* c : t.info->linearization)
        if (c->ast) contract += std::string(p.sources().text(c->ast->span)) + "\n";
    for (const std::string& v :
         stored_names(p.sources().text(ctor.ast->span), ctor.parameters[i]->name)) {
        // The variable itself or an element of it (`payees[i]`: a list of accounts paid).
        const std::string id = astutil::identifier_regex(v) + R"((?:\s*\[[^\]]*\])?)";
        const std::regex paid(
            R"((?:^|[^\w$.]))" + id + R"(\s*\.\s*(?:call\s*\{[^}]*value|transfer\s*\(|send\s*\())" +
            R"(|payable\s*\(\s*)" + id + R"(\s*\)\s*\.\s*(?:call|transfer|send))");
        if (std::regex_search(contract, paid)) return true;
    }
    return false;
}

/// The contract constructor parameter `param` of `self` stands for (parameter_contract).
const check::ContractInfo* wanted_contract(const Program& program, const Target& self,
                                           const check::VariableInfo* param) {
    const check::FunctionInfo* ctor = self.info->constructor;
    if (!ctor || !param) return nullptr;
    const auto at = std::find(ctor->parameters.begin(), ctor->parameters.end(), param);
    return at == ctor->parameters.end()
               ? nullptr
               : program.parameter_contract(
                     *ctor, static_cast<std::size_t>(at - ctor->parameters.begin()));
}

/// An address for a constructor parameter of type `ty` of target `self`, standing for
/// `wanted`: an instance of the system of a matching type, else (plain address) another
/// target, else the next untrusted stand-in.
vm::Address wire_address(const check::Type& ty, const check::ContractInfo* wanted, bool trusted,
                         const Target& self, const Accounts& accounts, const Program& program,
                         std::size_t& stand_ins, bool paid) {
    if (const auto i = filling_instance(ty, wanted, self, program, paid))
        return accounts.contracts[*i].second;
    if (trusted) return accounts.deployer; // vouched for: an account the deployer controls
    if (accounts.untrusted.empty()) return accounts.adversary;
    return accounts.untrusted[std::min(stand_ins++, accounts.untrusted.size() - 1)].second;
}

/// Whether a contract or interface declares ERC-20's `transfer(address,uint256)` or ERC-777's
/// `send(address,uint256,bytes)`.
bool declares_token_functions(const check::ContractInfo& c) {
    for (const check::FunctionInfo* f : c.external_functions)
        if (f->signature == "transfer(address,uint256)" ||
            f->signature == "send(address,uint256,bytes)")
            return true;
    return false;
}

/// Whether a parameter type is a token interface.
bool is_token_type(const check::Type& ty) {
    return ty.kind == check::TypeKind::contract && ty.contract &&
           declares_token_functions(*ty.contract);
}

/// The constant address an expression stands for: an address literal, a conversion of one
/// (`IERC20(0xA0b8...)`), or a constant state variable initialised with one.
std::optional<vm::Address> constant_address(const Program& p, const lang::ast::Expression& raw,
                                            int depth = 0) {
    const lang::ast::Expression& e = astutil::strip(raw);
    const check::ExprInfo* info = p.model().expr(astutil::id_of(e));
    if (!info || depth > 4) return std::nullopt;
    if (info->constant) {
        const auto w = rational_word(*info->constant);
        return w ? std::optional{vm::Address::from_word(*w)} : std::nullopt;
    }
    if (const auto* c = astutil::as<lang::ast::Call>(e);
        c && c->arguments.size() == 1 && info->call.kind == check::CallKind::conversion)
        return constant_address(p, c->arguments[0], depth + 1);
    if (info->decl && info->decl->kind == check::DeclKind::variable) {
        const auto* v = static_cast<const check::VariableInfo*>(info->decl);
        if (v->constant && v->ast_state && v->ast_state->initial_value)
            return constant_address(p, *v->ast_state->initial_value, depth + 1);
    }
    return std::nullopt;
}

std::vector<std::pair<std::string, vm::Address>> literal_tokens(const Program& program,
                                                                const Accounts& accounts) {
    std::vector<std::pair<std::string, vm::Address>> out;
    if (accounts.literals.empty()) return out;
    const Facts facts(program);
    for (const FunctionFacts& f : facts.functions())
        for (const Effect& e : f.effects) {
            if (e.kind != Effect::call || e.call_kind != CallSiteKind::high_level || !e.receiver)
                continue;
            const check::ExprInfo* info = program.model().expr(astutil::id_of(*e.receiver));
            if (!info || !info->type || !is_token_type(*info->type)) continue;
            const auto at = constant_address(program, *e.receiver);
            for (const auto& lit : accounts.literals)
                if (at && lit.second == *at && std::find(out.begin(), out.end(), lit) == out.end())
                    out.push_back(lit);
        }
    return out;
}

bool takes_token_parameter(const Program& program) {
    const auto& cs = program.model().contracts();
    const bool token_interface = std::any_of(cs.begin(), cs.end(), [](const auto* c) {
        return c->is_interface() && declares_token_functions(*c);
    });
    for (const auto& [t, f] : mutators(program))
        for (const check::TypePtr& ty : f->parameter_types)
            if (is_token_type(*ty) || (token_interface && ty->kind == check::TypeKind::address))
                return true;
    return false;
}

std::vector<std::pair<std::string, vm::Address>> token_stand_ins(const Program& program,
                                                                 const Accounts& accounts) {
    std::vector<std::pair<std::string, vm::Address>> out;
    std::size_t stand_ins = 0; // as choose_ctor_args hands them out
    for (const Target& t : program.targets()) {
        if (t.ctor_args || !t.info->constructor) continue;
        const check::FunctionInfo& c = *t.info->constructor;
        for (std::size_t i = 0; i < c.parameter_types.size(); ++i) {
            const check::Type& ty = *c.parameter_types[i];
            if (!is_address_like(ty)) continue;
            if (filling_instance(ty, program.parameter_contract(c, i), t, program,
                                 pays_ether_to_parameter(program, t, c, i)) ||
                trusted_parameter(program, c, i))
                continue;
            const std::size_t k = stand_ins++;
            if (k >= accounts.untrusted.size() || !is_token_type(ty)) continue;
            if (std::find(out.begin(), out.end(), accounts.untrusted[k]) == out.end())
                out.push_back(accounts.untrusted[k]);
        }
    }
    return out;
}

/// The integer chosen for the k-th integer parameter in each variant: small distinct values
/// (0), one apart from 1 (1), whole ether amounts (2), all ones (3).
constexpr std::uint64_t seconds_per_day = 86'400;

vm::U256 ctor_integer(std::size_t k, int variant) {
    static const std::uint64_t small[] = {10, 4, 3, 2, 5, 6, 7, 8};
    switch (variant) {
    case 0:
        return vm::U256{small[std::min<std::size_t>(k, 7)]};
    case 1:
        return vm::U256{k + 1};
    case 2:
        return vm::U256{k + 1} * one_ether;
    default:
        return vm::U256{1};
    }
}

/// Why a deployment failed, and what the user can do about it (the arguments tried first).
/// `args` is the arguments as text (describe_ctor_args); `others` the other lists tried.
std::string deploy_failure(const Target& t, const Deployment& d, const std::string& args,
                           const vm::Result& r, std::size_t others) {
    std::string out = fmt::format("deploying {} failed: {}", t.name(), vm::to_string(r.status));
    if (r.status == vm::Status::Revert) {
        const std::string reason = chain::decode_revert(r.output);
        if (!reason.empty()) out += fmt::format(" ({})", reason);
    }
    if (d.args.empty()) return out;
    if (t.ctor_args)
        return out + fmt::format(" with the constructor arguments given by --args ({})", args);
    return out + fmt::format("; constructor arguments tried: ({}) and {} other choices; pass "
                             "working ones with --args '{}:v1,v2,...'",
                             args, others, t.name());
}

} // namespace

namespace {

/// How many elements each dynamic array a constructor takes gets: two, so that parallel
/// lists (`address[] payees, uint256[] shares`) agree in length and hold an account the
/// adversary controls next to an honest user.
constexpr std::size_t ctor_array_length = 2;
/// Static arrays longer than this are filled with zeros past it.
constexpr std::size_t ctor_array_filled = 8;

/// Chooses one argument list for a constructor, parameter by parameter (ABI-encoded words).
struct CtorArgChooser {
    const Target& target;
    const Accounts& accounts;
    const Program& program;
    int variant;           ///< of the values: 0-3, as ctor_integer
    bool rates;            ///< whether a rate gets an amount per second (is_rate)
    std::string_view body; ///< the constructor's source, for the clock role
    std::string contract;  ///< the source of the contract and its bases, for the rate role
    std::size_t ints = 0;
    std::size_t stand_ins = 0;
    /// The constructor's parameters that are points in time, in order (moments in
    /// actions.hpp): `require(deadline > block.timestamp)`, then those stored in a variable
    /// the contract uses as one (stored_time_roles).
    std::vector<std::string> moment_names{};
    /// The constructor's parameters stored in a variable the contract uses as a start
    /// (StoredTimeRoles::started): the deployment's time.
    std::vector<std::string> started_names{};
    /// The constructor's parameters stored in a variable the contract uses as a duration
    /// (stored_time_roles): `timestamp >= start + duration` in a view.
    std::vector<std::string> duration_names{};

    vm::U256 integer(const check::VariableInfo* param) {
        // A threshold the honest deposits must not reach yet (Target::thresholds).
        if (param && std::find(target.thresholds.begin(), target.thresholds.end(), param->name) !=
                         target.thresholds.end()) {
            ++ints;
            return threshold_above_deposits;
        }
        // A point in time (`require(deadline > block.timestamp)`) lies ahead of the
        // deployment, a day more per earlier moment (a start before its end).
        const auto moment = param ? std::find(moment_names.begin(), moment_names.end(), param->name)
                                  : moment_names.end();
        if (variant == 0 && moment != moment_names.end()) {
            ++ints;
            return moment_value(
                chain::GenesisConfig{}.timestamp,
                static_cast<std::size_t>(std::distance(moment_names.begin(), moment)));
        }
        if (variant == 0 && param &&
            std::find(started_names.begin(), started_names.end(), param->name) !=
                started_names.end()) {
            ++ints;
            return vm::U256{chain::GenesisConfig{}.timestamp};
        }
        // A duration counted in a unit (`days_ * 1 days`), against the clock or stored for
        // later, gets one of it (actions.hpp ParamRole::time_units).
        if (variant == 0 && param &&
            counts_time_units(body, param->name, time_unit_constants(program))) {
            ++ints;
            return vm::U256{1};
        }
        // A duration set against the clock (`end = block.timestamp + biddingTime`) gets a day
        // first, as a function's clock parameter does (actions.hpp ParamRole::clock): ten
        // seconds would be over before the first transaction.
        if (variant == 0 && param &&
            (meets_clock(body, param->name) ||
             std::find(duration_names.begin(), duration_names.end(), param->name) !=
                 duration_names.end())) {
            ++ints;
            return vm::U256{seconds_per_day};
        }
        // A rate the contract multiplies by an elapsed time (`rewardPerSecond`, stored as
        // given or used directly) gets a ten-thousandth of an ether per second: ten wei a
        // second accrue nothing against ether-sized balances (`reward * 1e12 /
        // totalStaked`), and a day of it (8.64 ether) fits the ten ether a payable
        // constructor is sent (`require(rate * duration <= msg.value)`).
        // A token supply gets a million tokens of eighteen decimals: ten units handed out
        // among the users leave the owner nothing to fund the other contracts with.
        if (variant == 0 && param && mints_supply(body, param->name)) {
            ++ints;
            return vm::U256{1'000'000'000'000'000'000ULL} * vm::U256{1'000'000};
        }
        // A share of a whole (`require(refundBps <= 10000)`) gets half of it: four basis
        // points of the ten wei the first amount gets round every payout it scales to zero
        // (`fee * refundBps / 10000`), so the code that pays it out would never run.
        if (variant == 0 && param)
            if (const auto whole = share_bound(program, body, param->name)) {
                ++ints;
                return vm::udiv(*whole, vm::U256{2});
            }
        // A cap on an amount of ether paid (`require(paid <= maxPerTrade)` before sending
        // `paid`) gets the threshold above the deposits: four wei would refuse every payment
        // of ether size, so the code behind the cap would only ever move dust.
        if (variant == 0 && param)
            for (const std::string& kept : stored_names(body, param->name))
                if (caps_a_payment(contract, kept)) {
                    ++ints;
                    return threshold_above_deposits;
                }
        if (rates && param && is_rate(param->name)) {
            ++ints;
            return vm::U256{100'000'000'000'000ULL};
        }
        return ctor_integer(ints++, variant);
    }

    bool is_rate(const std::string& name) const {
        if (accrues_per_time(contract, name)) return true;
        const std::string b(body);
        const std::string assigned = R"(([\w$]+)\s*=\s*)";
        const std::regex stored(assigned + astutil::identifier_regex(name) + R"(\s*;)");
        for (auto it = std::sregex_iterator(b.begin(), b.end(), stored);
             it != std::sregex_iterator(); ++it)
            if (accrues_per_time(contract, (*it)[1].str())) return true;
        return false;
    }

    /// Whether the target pays ether to constructor parameter `param` (pays_ether_to_parameter).
    bool paid_parameter(const check::VariableInfo* param) const {
        const check::FunctionInfo* ctor = target.info->constructor;
        if (!ctor || !param) return false;
        const auto at = std::find(ctor->parameters.begin(), ctor->parameters.end(), param);
        return at != ctor->parameters.end() &&
               pays_ether_to_parameter(program, target, *ctor,
                                       static_cast<std::size_t>(at - ctor->parameters.begin()));
    }

    /// An address: for a parameter, as wire_address gives it (an instance of the system, the
    /// deployer when vouched for, else an untrusted stand-in). A list of accounts (payees,
    /// members) holds the adversary first and honest users after it: any listed account may
    /// be a contract that answers, and the list's other members are whom it can harm.
    vm::U256 address(const check::Type& ty, const check::VariableInfo* param, bool trusted,
                     std::optional<std::size_t> element) {
        if (!element)
            return wire_address(ty, wanted_contract(program, target, param), trusted, target,
                                accounts, program, stand_ins, paid_parameter(param))
                .to_word();
        if (const auto i =
                filling_instance(ty, ty.contract, target, program, paid_parameter(param));
            i && *element == 0)
            return accounts.contracts[*i].second.to_word();
        if (*element > 0 && accounts.depositors > 0)
            return accounts.users[(*element - 1) % accounts.depositors].second.to_word();
        return (trusted ? accounts.deployer : accounts.adversary).to_word();
    }

    /// The argument for a parameter of type `ty`, or (`element`) for an element of an array.
    EncodedArg argument(const check::Type& ty, const check::VariableInfo* param, bool trusted,
                        std::optional<std::size_t> element = std::nullopt) {
        switch (ty.kind) {
        case check::TypeKind::integer:
            return {false, {integer(param)}};
        case check::TypeKind::boolean:
            return {false, {vm::U256{variant == 3 ? 0u : 1u}}};
        case check::TypeKind::address:
        case check::TypeKind::contract:
            return {false, {address(ty, param, trusted, element)}};
        case check::TypeKind::bytes:
        case check::TypeKind::string:
            return {true, {vm::U256{}}}; // empty
        case check::TypeKind::array:
            if (ty.element) return array(ty, param, trusted, element);
            break;
        default:
            break;
        }
        return zero(ty);
    }

    EncodedArg array(const check::Type& ty, const check::VariableInfo* param, bool trusted,
                     std::optional<std::size_t> element) {
        const std::size_t n = ty.length ? static_cast<std::size_t>(*ty.length) : ctor_array_length;
        std::vector<EncodedArg> items;
        for (std::size_t i = 0; i < n; ++i)
            items.push_back(i < ctor_array_filled
                                ? argument(*ty.element, param, trusted, element.value_or(0) + i)
                                : zero(*ty.element));
        std::vector<vm::U256> words = encode_arguments(items);
        const bool dynamic = !ty.length || (!items.empty() && items.front().dynamic);
        if (!ty.length) words.insert(words.begin(), vm::U256{n});
        return {dynamic, std::move(words)};
    }

    static EncodedArg zero(const check::Type& ty) {
        const bool dynamic = lang::codegen::abi_is_dynamic(ty);
        return {dynamic,
                std::vector<vm::U256>(dynamic ? 1 : lang::codegen::abi_head_size(ty) / 32)};
    }
};

} // namespace

std::vector<vm::U256> choose_ctor_args(const Target& t, const Accounts& accounts,
                                       const Program& program, int variant) {
    if (t.ctor_args) return *t.ctor_args;
    if (!t.info->constructor) return {};
    // Variant 0 gives rates an amount per second; 1 is the same without; later ones change
    // the other values.
    CtorArgChooser chooser{t, accounts, program, std::max(variant - 1, 0), variant == 0, {}, {}};
    // Stand-ins are numbered across the targets in target order, so each parameter that
    // needs one gets its own.
    for (const Target& other : program.targets()) {
        if (&other == &t) break;
        if (other.ctor_args || !other.info->constructor) continue;
        const check::FunctionInfo* c = other.info->constructor;
        for (std::size_t i = 0; i < c->parameter_types.size(); ++i)
            if (const check::Type& ty = *c->parameter_types[i]; is_address_like(ty))
                wire_address(ty, program.parameter_contract(*c, i),
                             trusted_parameter(program, *c, i), other, accounts, program,
                             chooser.stand_ins, pays_ether_to_parameter(program, other, *c, i));
    }
    const check::FunctionInfo& ctor = *t.info->constructor;
    if (ctor.ast) chooser.body = program.sources().text(ctor.ast->span);
    std::vector<std::string> names;
    for (const check::VariableInfo* param : ctor.parameters)
        names.push_back(param ? param->name : std::string{});
    for (const check::ContractInfo* c : t.info->linearization)
        if (c->ast) chooser.contract += std::string(program.sources().text(c->ast->span)) + "\n";
    const std::vector<bool> moment = moments(chooser.body, names);
    const StoredTimeRoles stored = stored_time_roles(chooser.body, chooser.contract, names);
    for (std::size_t i = 0; i < names.size(); ++i)
        if (moment[i]) chooser.moment_names.push_back(names[i]);
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (!moment[i] && stored.moment[i]) chooser.moment_names.push_back(names[i]);
        if (!moment[i] && stored.started[i]) chooser.started_names.push_back(names[i]);
        if (stored.duration[i]) chooser.duration_names.push_back(names[i]);
    }
    std::vector<EncodedArg> args;
    for (std::size_t i = 0; i < ctor.parameter_types.size(); ++i)
        args.push_back(chooser.argument(*ctor.parameter_types[i],
                                        i < ctor.parameters.size() ? ctor.parameters[i] : nullptr,
                                        trusted_parameter(program, ctor, i)));
    return encode_arguments(args);
}

namespace {

/// How a report shows a word of a value type: accounts by name, integers in decimal (signed
/// ones with their sign), bytesN in hex.
WordText account_words(const Accounts& accounts) {
    return [&accounts](const check::Type& ty, const vm::U256& w) -> std::string {
        if (is_address_like(ty)) return accounts.name_of(vm::Address::from_word(w));
        if (ty.kind == check::TypeKind::boolean) return w.is_zero() ? "false" : "true";
        if (ty.kind == check::TypeKind::integer && ty.is_signed && w.is_negative())
            return "-" + vm::to_dec(vm::U256{} - w);
        if (ty.kind == check::TypeKind::integer) return vm::to_dec(w);
        if (ty.kind == check::TypeKind::fixed_bytes || vm::bit_length(w) > 64) return vm::to_hex(w);
        return vm::to_dec(w);
    };
}

/// The words as a report shows them when their types are unknown.
std::string raw_words(const std::vector<vm::U256>& words) {
    std::string out;
    for (const vm::U256& w : words)
        out += (out.empty() ? "" : ", ") + (vm::bit_length(w) > 64 ? vm::to_hex(w) : vm::to_dec(w));
    return out;
}

/// `types`' values in `words`, comma-separated, by account_words; nullopt when they do not decode.
std::optional<std::string> typed_words(const std::vector<check::TypePtr>& types,
                                       const std::vector<vm::U256>& words,
                                       const Accounts& accounts) {
    const auto values = describe_arguments(types, words, account_words(accounts));
    if (!values) return std::nullopt;
    std::string out;
    for (const std::string& v : *values)
        out += (out.empty() ? "" : ", ") + v;
    return out;
}

} // namespace

std::string describe_ctor_args(const Program& program, const Accounts& accounts,
                               const Deployment& d) {
    const Target* t = program.target(d.contract);
    if (t && t->info->constructor)
        if (auto text = typed_words(t->info->constructor->parameter_types, d.args, accounts))
            return *text;
    return raw_words(d.args); // not this program's constructor: the raw words
}

std::string describe_call(const Program& program, const Accounts& accounts, const CallSpec& c) {
    const Target* t = program.target(c.contract);
    const check::FunctionInfo* f = nullptr;
    if (t && !c.signature.empty())
        for (const check::FunctionInfo* g : t->info->external_functions)
            if (g->signature == c.signature) f = g;
    const std::optional<std::string> typed =
        f ? typed_words(f->parameter_types, c.args, accounts) : std::nullopt;
    if (!typed) return describe(c); // the raw words
    std::string out = fmt::format("{}.{}({})", c.contract, f->name, *typed);
    if (!c.value.is_zero()) out += fmt::format(" with {}", format_wei(c.value));
    return out;
}

std::vector<std::string> honest_users_named_at_deployment(const World& w) {
    std::vector<std::string> named;
    for (const auto& [name, addr] : w.accounts().users) {
        const vm::U256 word = addr.to_word();
        const bool given =
            std::any_of(w.deployments().begin(), w.deployments().end(), [&](const Deployment& d) {
                return std::find(d.args.begin(), d.args.end(), word) != d.args.end();
            });
        if (given) named.push_back(name);
    }
    return named;
}

vm::U256 ctor_value(const Target& t) {
    const check::FunctionInfo* c = t.info->constructor;
    return c && c->mutability == lang::ast::Mutability::payable ? vm::U256{10} * one_ether
                                                                : vm::U256{};
}

World::World(const Program& program)
    : m_program(program), m_facts(program), m_accounts(Accounts::make(program)), m_exec(m_state),
      m_adversary(program, m_accounts), m_observer(program, m_accounts),
      m_compared(compared_parameters(program)), m_nonzero(nonzero_parameters(program)),
      m_factors(scaled_parameters(program)) {
    const chain::GenesisConfig genesis;
    for (const vm::Address& a : m_accounts.known)
        m_state.set_balance(a, vm::U256{});
    m_state.set_balance(m_accounts.deployer, genesis.dev_balance);
    m_state.set_balance(m_accounts.adversary, genesis.dev_balance);
    if (m_accounts.accomplice_acts) m_state.set_balance(m_accounts.accomplice, genesis.dev_balance);
    for (const auto& [n, a] : m_accounts.users)
        m_state.set_balance(a, genesis.dev_balance);
    for (const vm::Address& a : adversary_accounts(m_accounts)) {
        m_exec.bind_native(a, m_adversary.handler());
        m_state.set_code(a, adversary_code, nullptr);
    }
    install_tokens(m_state, m_accounts, [this](const vm::Address& a, vm::NativeHandler h) {
        m_exec.bind_native(a, std::move(h));
    });
    m_exec.block().coinbase = genesis.coinbase;
    m_exec.block().hash_of = chain::simulated_block_hash;
}

std::vector<vm::Address> adversary_accounts(const Accounts& accounts) {
    std::vector<vm::Address> out{accounts.adversary, accounts.accomplice};
    for (const auto* list : {&accounts.untrusted, &accounts.literals})
        for (const auto& [name, a] : *list)
            if (!accounts.is_token(a)) out.push_back(a);
    return out;
}

namespace {

/// Whether `f` makes a call that may re-enter (not a 2300-gas transfer), or may: its effects
/// are incomplete.
bool may_call_out(const FunctionFacts& f) {
    return !f.incomplete.empty() ||
           std::any_of(f.effects.begin(), f.effects.end(),
                       [](const Effect& e) { return e.kind == Effect::call && !e.stipend; });
}

/// Whether a frame of `f` can be left half-done by a callback: it calls out before it is
/// through (WETH's `withdraw`, which sends the ether after its books are written, cannot).
bool may_be_half_done(const FunctionFacts& f) {
    return may_call_out(f) && !f.ends_with_its_only_call();
}

} // namespace

std::vector<std::string> plain_token_targets(const Program& program, const Facts& facts) {
    std::vector<std::string> out;
    for (const Target& t : program.targets()) {
        const FunctionFacts* transfer = facts.find(t.name(), std::string(standard_transfer));
        if (!transfer || may_call_out(*transfer)) continue;
        const bool half_done =
            std::any_of(facts.functions().begin(), facts.functions().end(),
                        [&](const auto& f) { return f.target == &t && may_be_half_done(f); });
        if (!half_done) out.push_back(t.name());
    }
    return out;
}

IsPayment payments_of(const Program& program, const Facts& facts, const Accounts& accounts) {
    std::set<std::pair<std::string, std::string>> ether = payment_functions(facts);
    const std::vector<std::string> tokens = plain_token_targets(program, facts);
    std::set<vm::U256> own;
    for (const vm::Address& a : adversary_accounts(accounts))
        own.insert(a.to_word());
    return [ether = std::move(ether), tokens, own = std::move(own)](const CallSpec& c) {
        if (ether.contains({c.contract, c.signature})) return true;
        return c.signature == standard_transfer && c.args.size() == 2 && c.value.is_zero() &&
               !own.contains(c.args[0]) &&
               std::find(tokens.begin(), tokens.end(), c.contract) != tokens.end();
    };
}

void install_tokens(vm::State& state, const Accounts& accounts,
                    const std::function<void(const vm::Address&, vm::NativeHandler)>& bind) {
    std::vector<vm::Address> holders{accounts.adversary, accounts.deployer};
    for (const auto& [name, a] : accounts.users)
        holders.push_back(a);
    std::vector<vm::Address> spenders;
    for (const auto& [name, a] : accounts.contracts)
        spenders.push_back(a);
    for (const auto& [name, token] : accounts.tokens) {
        // Code, so that solc's "target has code" check passes; the bytes never run.
        state.set_code(token, adversary_code, nullptr);
        // The adversary's own token is held by the adversary alone (nobody else would buy it).
        seed_token(state, token,
                   accounts.is_own_token(token) ? std::vector{accounts.adversary} : holders,
                   spenders);
        // The adversary's accounts registered the ERC-777 hooks (its owner's EOA is only the
        // signer of its transactions).
        bind(token, token_handler([&accounts](const vm::Address& a) {
                 return accounts.adversary_controls(a);
             }));
    }
}

std::uint64_t chain_timestamp(std::uint64_t number, std::uint64_t warped) {
    const chain::GenesisConfig genesis;
    return genesis.timestamp + block_time * number + warped;
}

std::uint64_t World::timestamp_of(std::uint64_t number) const {
    return chain_timestamp(number + m_clock.blocks, m_clock.seconds);
}

void World::set_block(std::uint64_t number) {
    m_exec.block().number = number + m_clock.blocks;
    m_exec.block().timestamp = timestamp_of(number);
}

vm::Result World::run(const TxStep& step, std::uint64_t block_number) {
    if (step.is_warp()) { // no transaction: only the clock moves (an empty block on the chain)
        // Nothing called the adversary: the last transaction's callbacks and re-entries must
        // not be judged as this step's.
        m_adversary.arm(nullptr);
        m_adversary.disarm();
        m_clock.seconds += step.warp;
        m_clock.blocks += step.roll;
        set_block(block_number);
        return vm::Result{vm::Status::Success, 0, 0, {}, {}};
    }
    set_block(block_number);
    const vm::Address from = m_accounts.address_of_account(step.sender);
    m_exec.tx() = vm::TxContext{
        m_accounts.adversary_controls(from) ? m_accounts.adversary_owner : from, vm::U256{}};
    m_adversary.arm(&step.choices);
    const vm::Bytes data = calldata_of(step.call);
    vm::Message msg;
    msg.kind = vm::CallKind::Call;
    msg.gas = tx_gas;
    msg.sender = from;
    msg.recipient = msg.code_address = m_accounts.address_of_contract(step.call.contract);
    msg.value = step.call.value;
    msg.input = data;
    ++m_txs;
    vm::Result r = m_exec.execute(msg);
    m_adversary.disarm();
    // Each step is a transaction: its transient storage (EIP-1153) must not leak into the
    // next one, which the search runs without a begin_transaction().
    m_state.end_transaction();
    return r;
}

vm::Result World::create(const Target& t, const Deployment& d) {
    vm::Bytes args;
    for (const vm::U256& w : d.args) {
        std::uint8_t b[32];
        vm::store_be(b, w);
        args.insert(args.end(), b, b + 32);
    }
    vm::Message msg;
    msg.kind = vm::CallKind::Create;
    msg.gas = tx_gas;
    msg.sender = m_accounts.deployer;
    msg.value = d.value;
    msg.init = t.compiled->code;
    msg.input = args;
    m_exec.tx() = vm::TxContext{m_accounts.deployer, vm::U256{}};
    set_block(m_deployments.size() + 1); // the replay mines one block per deployment
    vm::Result r = m_exec.execute(msg);
    m_state.end_transaction(); // a constructor's transient writes end with its transaction
    return r;
}

bool World::deploy(std::string* error) {
    for (std::size_t ti : m_program.deploy_order()) {
        const Target& t = m_program.targets()[ti];
        // A constructor may reject the first choice (`require(x > 10)`): other choices are
        // tried from the same state before the deployment counts as failed.
        const int variants =
            t.ctor_args || !t.info->constructor || t.info->constructor->parameter_types.empty()
                ? 1
                : ctor_variants;
        std::optional<std::pair<Deployment, vm::Result>> first;
        std::vector<std::vector<vm::U256>> tried; // a variant may change nothing here
        bool deployed = false;
        for (int v = 0; v < variants && !deployed; ++v) {
            Deployment d{t.name(), choose_ctor_args(t, m_accounts, m_program, v), ctor_value(t),
                         !t.selected};
            if (std::find(tried.begin(), tried.end(), d.args) != tried.end()) continue;
            tried.push_back(d.args);
            const vm::Snapshot before = m_state.snapshot();
            vm::Result r = create(t, d);
            deployed = r.success() && r.created == m_accounts.contracts[ti].second;
            if (deployed) {
                m_deployments.push_back(std::move(d));
                break;
            }
            m_state.revert_to(before);
            if (!first) first.emplace(std::move(d), std::move(r));
        }
        if (!deployed) {
            if (error)
                *error = deploy_failure(t, first->first,
                                        describe_ctor_args(m_program, m_accounts, first->first),
                                        first->second, tried.size() - 1);
            return false;
        }
    }
    for (std::size_t ti = 0; ti < m_program.targets().size(); ++ti) {
        const Target& t = m_program.targets()[ti];
        if (t.creator && !t.created_at_setup &&
            m_state.code_size(m_accounts.contracts[ti].second) == 0) {
            if (error) *error = "deploying the system did not create " + t.name() + " again";
            return false;
        }
    }
    return true;
}

namespace {

/// The state variable (or immutable) of `creator` that holds `created`'s address, when exactly
/// one does: what the creator's code calls it (`small` in `small = new Pool()`).
std::string holder_of(vm::State& state, const check::ContractInfo& creator, const vm::Address& at,
                      const vm::Address& created) {
    const lang::codegen::StorageLayout layout(creator);
    std::vector<const check::VariableInfo*> vars = creator.storage_variables;
    vars.insert(vars.end(), creator.immutable_variables.begin(), creator.immutable_variables.end());
    std::string found;
    for (const check::VariableInfo* v : vars) {
        if (!v->type || !is_address_like(*v->type) || !layout.has(v) || v->transient) continue;
        const lang::codegen::StorageLocation loc = layout.location_of(v);
        const vm::U256 word = lang::codegen::unpack_storage_value(
            state.peek_storage(at, vm::U256{loc.slot}), loc.offset, *v->type);
        if (word != created.to_word()) continue;
        if (!found.empty()) return {}; // two names for it: neither is the name
        found = v->name;
    }
    return found;
}

} // namespace

std::vector<CreatedInstance> find_created(const Program& program, CreatedBy by) {
    constexpr std::size_t max_created = 16;
    World w(program);
    if (!w.deploy(nullptr)) return {};
    // By target index, then the created ones as found. Only the deployer's targets are roots:
    // the program may already hold created instances (the set-up's round runs on the world the
    // constructors' round built), and they are found again, in the same order, from their
    // creators; scanning them as roots too would list a grandchild twice, under a creator index
    // that use_created never assigns.
    std::vector<vm::Address> scan;
    for (std::size_t i = 0; i < program.targets().size(); ++i)
        if (!program.targets()[i].creator) scan.push_back(w.accounts().contracts[i].second);
    const std::size_t deployed = scan.size();
    // The nonces deployment left (the created instances' own creations included): a creation
    // at a later nonce was the set-up's.
    std::map<vm::Address, std::uint64_t> deployed_nonces;
    if (by == CreatedBy::setup) {
        for (std::size_t i = 0; i < scan.size(); ++i)
            for (std::uint64_t n = 1; n < w.state().nonce(scan[i]); ++n)
                if (w.state().code(vm::create_address(scan[i], n)))
                    scan.push_back(vm::create_address(scan[i], n));
        for (const vm::Address& a : scan)
            deployed_nonces.emplace(a, w.state().nonce(a));
        scan.resize(deployed);
        w.setup_honest();
    }
    std::vector<std::pair<const lang::CompiledContract*, vm::Bytes>> kinds;
    for (const lang::CompiledContract& c : program.compiled().contracts)
        if (c.code) kinds.emplace_back(&c, vm::serialize(*c.code));
    std::vector<CreatedInstance> out;
    for (std::size_t i = 0; i < scan.size() && out.size() < max_created; ++i) {
        const std::uint64_t nonce = w.state().nonce(scan[i]);
        for (std::uint64_t n = 1; n < nonce && out.size() < max_created; ++n) {
            const vm::Address a = vm::create_address(scan[i], n);
            const auto code = w.state().code(a);
            if (!code) continue;
            const vm::Bytes bytes = vm::serialize(*code);
            for (const auto& [compiled, kind] : kinds)
                if (kind == bytes) {
                    // A created creator (no target of this world yet) is read with its own
                    // contract's layout: `Hub.campaign.escrow`, not `Hub.campaign.PledgeEscrow`.
                    const check::ContractInfo& creator = i < deployed
                                                             ? *program.targets()[i].info
                                                             : *out[i - deployed].compiled->info;
                    std::string holder = holder_of(w.state(), creator, scan[i], a);
                    const auto left = deployed_nonces.find(scan[i]);
                    const bool at_setup = by == CreatedBy::setup &&
                                          (left == deployed_nonces.end() || n >= left->second);
                    out.push_back(CreatedInstance{i, n, compiled, std::move(holder), at_setup});
                    scan.push_back(a);
                    break;
                }
        }
    }
    return out;
}

namespace {

/// Whether `setter` is a privileged function of one address parameter that `caller` fits and
/// that writes a variable `guarded` reads (its sender check).
bool authorizes(const FunctionFacts& setter, const FunctionFacts& guarded, const Target& caller) {
    const check::FunctionInfo& f = *setter.function;
    if (!setter.sender_checked || f.parameter_types.size() != 1) return false;
    const check::Type& ty = *f.parameter_types[0];
    if (!is_address_like(ty) ||
        (ty.kind == check::TypeKind::contract && !caller.info->derives_from(ty.contract)))
        return false;
    for (const Effect& w : setter.effects)
        if (w.kind == Effect::write)
            for (const Effect& r : guarded.effects)
                if (r.kind == Effect::read && r.var == w.var) return true;
    return false;
}

std::vector<const check::FunctionInfo*> payable_entries(const Target& t);

} // namespace

void World::wire_system() {
    std::vector<std::pair<const FunctionFacts*, const Target*>> wirings; // (setter, caller)
    for (const FunctionFacts& f : m_facts.functions())
        for (const Effect& e : f.effects) {
            if (e.kind != Effect::call || !e.callee) continue;
            for (const FunctionFacts* g : m_facts.implementations(e.callee)) {
                // Guarded by who calls: `msg.sender == owner` or an access list
                // (`writers[msg.sender]`).
                const bool guarded = g->sender_checked || !g->sender_guards.empty();
                if (!guarded || g->target == f.target) continue;
                for (const FunctionFacts& setter : m_facts.functions())
                    if (setter.target == g->target && authorizes(setter, *g, *f.target) &&
                        std::find(wirings.begin(), wirings.end(),
                                  std::make_pair(&setter, f.target)) == wirings.end())
                        wirings.emplace_back(&setter, f.target);
            }
        }
    for (const auto& [setter, caller] : wirings) {
        const TxStep step{deployer_name,
                          CallSpec{setter->target->name(),
                                   setter->function->signature,
                                   {m_accounts.address_of_contract(caller->name()).to_word()},
                                   {}},
                          {}};
        // A wiring that closes a payment its target took (`require(migrator == address(0))`
        // in the old farm's deposit: naming the new farm its migrator ends deposits) is left
        // to the owner of the explored sequences: the stakes made before it, the adversary's
        // among them, are where an attack through the wired call starts.
        std::vector<std::pair<TxStep, bool>> payments;
        for (const check::FunctionInfo* f : payable_entries(*setter->target)) {
            TxStep pay{adversary_name,
                       CallSpec{setter->target->name(), call_signature(*f),
                                first_arguments(*f, setup_arguments(m_accounts.adversary)),
                                one_ether},
                       {}};
            const bool open = succeeds(pay);
            payments.emplace_back(std::move(pay), open);
        }
        const vm::Snapshot snap = m_state.snapshot();
        const bool wired = run(step, m_deployments.size() + m_setup.size() + 1).success() &&
                           std::none_of(payments.begin(), payments.end(), [&](const auto& p) {
                               return p.second && !succeeds(p.first);
                           });
        if (wired)
            m_setup.push_back(step);
        else
            m_state.revert_to(snap);
    }
}

namespace {

/// How a token of the system tells what an account holds: the getter of a ledger kept under
/// its own name (ledger_under_own_name), else the standard's `balanceOf(address)`.
std::string balance_reader(const Target& t) {
    if (const check::VariableInfo* v = ledger_under_own_name(t)) return v->name + "(address)";
    return "balanceOf(address)";
}

/// Whether a target is an ERC-20 token of the system: it has transfer, approve and
/// transferFrom (token_movers), and its balance_reader (an OpenZeppelin ERC20, a hand-written
/// token, a pool's transferable shares).
bool is_system_token(const Target& t) {
    return !token_movers(t).first.empty() && has_function(t, balance_reader(t));
}

/// Whether a target is a token that only moves by its holder's `transfer(address,uint256)`
/// and tells balances with `balanceOf(address)`, without ERC-20's approve and transferFrom
/// (an ERC-223 style token, a minimal hand-written one): its holders pay by pushing.
bool is_transfer_only_token(const Target& t) {
    return !is_system_token(t) && has_function(t, "transfer(address,uint256)") &&
           has_function(t, "balanceOf(address)");
}

/// The function with which a holder of token `t` sends tokens (is_system_token or
/// is_transfer_only_token).
std::string holder_transfer(const Target& t) {
    const std::string movers = token_movers(t).first;
    return movers.empty() ? "transfer(address,uint256)" : movers;
}

namespace {

/// Whether some function of `t` reads a token balance: it calls `balanceOf(address)`
/// (`payoutToken.balanceOf(address(this))`, `IERC20(asset).balanceOf(pool)`).
bool reads_token_balance(const Facts& facts, const Target& t) {
    return std::any_of(
        facts.functions().begin(), facts.functions().end(), [&](const FunctionFacts& f) {
            return f.target == &t &&
                   std::any_of(f.effects.begin(), f.effects.end(), [](const Effect& e) {
                       return e.kind == Effect::call && e.callee &&
                              e.callee->signature == "balanceOf(address)";
                   });
        });
}

} // namespace

/// Whether a target is an ERC-721 collection of the system: it tells an item's owner
/// (`ownerOf`) and moves items (`transferFrom` or `safeTransferFrom` of an id): an OpenZeppelin
/// ERC721, a hand-written one, a minimal one that keeps no balances.
bool is_system_nft(const Target& t) {
    return has_function(t, "ownerOf(uint256)") &&
           (has_function(t, "transferFrom(address,address,uint256)") ||
            has_function(t, "safeTransferFrom(address,address,uint256)"));
}

/// The getter that tells how many of one id an ERC-1155 holder has: the standard's
/// `balanceOf(address,uint256)`, else the getter of a public `mapping(uint256 => mapping(address
/// => uint256)) balanceOf` (`balanceOf(uint256,address)`); empty when there is neither.
std::string multi_balance_reader(const Target& t) {
    for (const char* signature : {"balanceOf(address,uint256)", "balanceOf(uint256,address)"})
        if (has_function(t, signature)) return signature;
    return {};
}

/// Whether a target is an ERC-1155 collection of the system: it approves operators for all,
/// transfers one id with data (`safeTransferFrom(address,address,uint256,uint256,bytes)`) or
/// several (`safeBatchTransferFrom`, all that some collections have: the operators it
/// approves move items either way) and tells balances per id (multi_balance_reader).
bool is_system_multi_token(const Target& t) {
    return has_function(t, "setApprovalForAll(address,bool)") &&
           (has_function(t, "safeTransferFrom(address,address,uint256,uint256,bytes)") ||
            has_function(t, "safeBatchTransferFrom(address,address,uint256[],uint256[],bytes)")) &&
           !multi_balance_reader(t).empty();
}

/// Whether a target is a collection or a token of the system (is_system_nft,
/// is_system_multi_token, is_system_token): an item is deposited elsewhere (another instance
/// of its collection would take it as any account does, recording nothing).
bool holds_no_deposits(const Target& t) {
    return is_system_nft(t) || is_system_multi_token(t) || is_system_token(t);
}

/// Whether `f` has an integer parameter (an amount or a count).
bool takes_an_amount(const check::FunctionInfo* f) {
    return std::any_of(f->parameter_types.begin(), f->parameter_types.end(),
                       [](const auto& ty) { return ty->kind == check::TypeKind::integer; });
}

/// What an honest user's token deposit passes as its integer: the amount, then one (a count
/// where the code prices a unit: `subscribe(periods)` with at most twelve periods).
/// A function without one is called once.
std::vector<vm::U256> amount_then_count(const check::FunctionInfo* f, const vm::U256& amount) {
    if (!takes_an_amount(f) || amount == vm::U256{1}) return {amount};
    return {amount, vm::U256{1}};
}

/// The functions an honest user may pay tokens into: the non-payable ones of `t`, getters
/// aside, those with an integer parameter (an amount) first, then the others (`register()`
/// pulling a fixed entry fee); each group in source order. The callers keep a call only when
/// it moved the user's tokens in.
std::vector<const check::FunctionInfo*> token_entries(const Target& t) {
    std::vector<const check::FunctionInfo*> out;
    for (const check::FunctionInfo* f : t.info->external_functions)
        if (f->mutability == lang::ast::Mutability::nonpayable && !f->getter_of) out.push_back(f);
    std::sort(out.begin(), out.end(), [&](auto* a, auto* b) {
        if (takes_an_amount(a) != takes_an_amount(b)) return takes_an_amount(a);
        return a->span.file != b->span.file ? a->span.file < b->span.file
                                            : a->span.begin < b->span.begin;
    });
    return out;
}

/// The functions an honest user pays ether into: the payable ones of `t` in source order, or
/// its receive function when it has none.
std::vector<const check::FunctionInfo*> payable_entries(const Target& t) {
    std::vector<const check::FunctionInfo*> out;
    for (const check::FunctionInfo* f : t.info->external_functions)
        if (f->mutability == lang::ast::Mutability::payable) out.push_back(f);
    std::sort(out.begin(), out.end(), [](auto* a, auto* b) {
        return a->span.file != b->span.file ? a->span.file < b->span.file
                                            : a->span.begin < b->span.begin;
    });
    if (const check::FunctionInfo* plain = plain_entry(*t.info); out.empty() && plain)
        out.push_back(plain);
    return out;
}

} // namespace

bool World::pay_in(const std::string& name, const check::FunctionInfo& f, const Target& t,
                   const Domains& d, const vm::U256& value) {
    return pay_in(name, f, t, first_arguments(f, d), value);
}

bool World::pay_in(const std::string& name, const check::FunctionInfo& f, const Target& t,
                   std::vector<vm::U256> args, const vm::U256& value) {
    TxStep step{name, CallSpec{t.name(), call_signature(f), std::move(args), value}, {}};
    // A deposit must leave the function open to others: a payment that buys a sale's whole
    // cap (`buy(100)` with `sold + n <= 100`) would leave the adversary nothing to call. The
    // adversary's same call with twice the ether (an auction's higher bid) tells. The
    // adversary's own payment (take_first_come_roles) is its choice.
    TxStep other = step;
    other.sender = adversary_name;
    other.call.value = value + value;
    const bool open_before = name != adversary_name && succeeds(other);
    const vm::Snapshot snap = m_state.snapshot();
    const vm::Address payer = m_accounts.address_of_account(name);
    const vm::U256 held = m_state.balance(payer);
    const vm::U256 system_held = ether_of_the_system();
    const vm::Result r = run(step, m_deployments.size() + m_setup.size() + 1);
    // A payment handed back whole (`mint(0)` refunding the excess) put nothing in: no deposit.
    // Nor did one after which the system holds less ether than before (buying an earlier
    // user's listing pays that user's deposit back out): it takes what the others put in.
    const bool kept = value.is_zero() ||
                      (m_state.balance(payer) < held && !(ether_of_the_system() < system_held));
    if (r.success() && kept && (!open_before || succeeds(other))) {
        m_setup.push_back(step);
        return true;
    }
    m_state.revert_to(snap);
    return false;
}

vm::U256 World::ether_of_the_system() {
    vm::U256 out;
    for (const auto& [name, at] : m_accounts.contracts)
        out = out + m_state.balance(at);
    return out;
}

bool World::succeeds(const TxStep& step) {
    const vm::Snapshot snap = m_state.snapshot();
    const bool ok = run(step, m_deployments.size() + m_setup.size() + 1).success();
    m_state.revert_to(snap);
    return ok;
}

bool World::only_the_deployer_passes(const CallSpec& call) {
    return succeeds(TxStep{deployer_name, call, {}}) && !succeeds(TxStep{adversary_name, call, {}});
}

/// The arguments an honest user's set-up calls take: the program's amounts and one ether as
/// integers, 1 as a signed one, the user's own address.
Domains World::setup_arguments(const vm::Address& user) const {
    Domains d;
    d.uints = m_program.amount_constants();
    d.uints.push_back(one_ether);
    d.ints = {vm::U256{1}};
    d.addresses = {user.to_word()};
    d.compared = m_compared;
    d.nonzero = m_nonzero;
    d.factors = m_factors;
    return d;
}

std::vector<World::PricedCall> World::prices_asked(const std::string& sender, const Domains& d,
                                                   const CallBudget& budget, const vm::U256& sent,
                                                   std::size_t max) {
    std::vector<PricedCall> out;
    for (const Target& t : m_program.targets())
        for (const check::FunctionInfo* f : payable_entries(t))
            for (std::vector<vm::U256>& args : argument_lists(f, d, budget))
                for (const vm::U256& price : prices_compared(
                         TxStep{sender, CallSpec{t.name(), call_signature(*f), args, sent}, {}},
                         max))
                    if (out.size() < max) out.push_back(PricedCall{&t, f, args, price});
    return out;
}

std::vector<vm::U256> World::prices_compared(const TxStep& call, std::size_t max) {
    ComparisonLog log;
    vm::Tracer* const saved = m_exec.tracer();
    const vm::Snapshot snap = m_state.snapshot();
    m_exec.set_tracer(&log);
    run(call, m_deployments.size() + m_setup.size() + 1);
    m_exec.set_tracer(saved);
    m_state.revert_to(snap);
    return payments_asked(log, call.call.value, max);
}

bool World::pays_a_price_asked(const TxStep& call) {
    ComparisonLog log;
    vm::Tracer* const saved = m_exec.tracer();
    const vm::Snapshot snap = m_state.snapshot();
    m_exec.set_tracer(&log);
    run(call, m_deployments.size() + m_setup.size() + 1);
    m_exec.set_tracer(saved);
    m_state.revert_to(snap);
    const vm::U256& sent = call.call.value;
    return std::any_of(
        log.equalities.begin(), log.equalities.end(),
        [&](const ComparisonLog::Pair& p) { return p.left == sent && p.right == sent; });
}

bool World::pay_into(const std::string& name, const Target& t, const Domains& d,
                     const std::vector<vm::U256>& values) {
    for (const check::FunctionInfo* f : payable_entries(t))
        for (const vm::U256& value : values)
            if (pay_in(name, *f, t, d, value)) return true;
    return false;
}

bool World::pay_into_any(const std::string& name, const Domains& d,
                         const std::vector<vm::U256>& values) {
    for (const Target& t : m_program.targets())
        if (pay_into(name, t, d, values)) return true;
    return false;
}

void World::pay_into_each_other_instance(const std::string& name, const vm::Address& user,
                                         const std::vector<vm::U256>& values) {
    const Domains d = setup_arguments(user);
    for (const Target& t : m_program.targets()) {
        const bool paid = std::any_of(m_setup.begin(), m_setup.end(), [&](const TxStep& s) {
            return s.sender == name && s.call.contract == t.name() && !s.call.value.is_zero();
        });
        if (!paid) pay_into(name, t, d, values);
    }
}

namespace {

/// Whether `f` of `t` writes an address that some function's access check compares the caller
/// with (`owner = newOwner`): the deployer calling it for a user hands the user the system's
/// one role, which no honest set-up does (the search's owner would then be no owner).
bool hands_over_a_role(const Facts& facts, const Target& t, const check::FunctionInfo& f) {
    const std::set<const check::VariableInfo*>& access = facts.access_variables();
    const FunctionFacts* ff = facts.find(t.name(), f.signature);
    return ff && std::any_of(ff->effects.begin(), ff->effects.end(), [&](const Effect& e) {
               return e.kind == Effect::write && e.var && access.contains(e.var) && e.var->type &&
                      e.var->type->kind == check::TypeKind::address;
           });
}

} // namespace

bool World::called_by_an_honest_user(const Target& t, const check::FunctionInfo& f) const {
    return std::any_of(m_setup.begin(), m_setup.end(), [&](const TxStep& s) {
        return s.sender != adversary_name && s.sender != deployer_name &&
               s.call.contract == t.name() && s.call.signature == call_signature(f);
    });
}

bool World::opens_a_new_position(const Target& t, const check::FunctionInfo& f) const {
    // A payment that makes its payer a role holder is the search's to make
    // (take_first_come_roles).
    return !called_by_an_honest_user(t, f) && !hands_over_a_role(m_facts, t, f);
}

void World::pay_into_each_unpaid_function(const std::string& name, const vm::Address& user,
                                          const std::vector<vm::U256>& values) {
    if (values.empty()) return;
    const Domains d = setup_arguments(user);
    for (const Target& t : m_program.targets())
        for (const check::FunctionInfo* f : payable_entries(t)) {
            // Plain ether is no position.
            if (f == plain_entry(*t.info) || !opens_a_new_position(t, *f)) continue;
            if (std::any_of(values.begin(), values.end(),
                            [&](const vm::U256& v) { return pay_in(name, *f, t, d, v); }))
                continue;
            // At the price its code compares the payment with (a premium computed from the
            // arguments: `msg.value == coverage * PREMIUM_BPS / 10000`).
            const std::vector<vm::U256> args = first_arguments(*f, d);
            for (const vm::U256& price : prices_compared(
                     TxStep{name, CallSpec{t.name(), call_signature(*f), args, values.front()}, {}},
                     max_prices_asked))
                if (pay_at_price(name, PricedCall{&t, f, args, price})) break;
        }
}

bool World::pay_in_first_accepting(const std::string& name, const vm::Address& user,
                                   const std::vector<vm::U256>& values) {
    return pay_into_any(name, setup_arguments(user), values);
}

bool World::buy_at_a_price(const std::string& name, const vm::Address& user,
                           const std::vector<vm::U256>& values) {
    Domains d;
    d.addresses = {user.to_word()};
    for (const Target& t : m_program.targets())
        for (const check::FunctionInfo* f : payable_entries(t))
            for (const vm::U256& value : values) {
                // The quantities at the program's prices, then the payment itself (an amount
                // that must equal it: `require(msg.value == amount)`, a signed delta).
                std::vector<vm::U256> quantities =
                    quantities_bought(value, m_program.amount_constants());
                quantities.push_back(value);
                for (const vm::U256& n : quantities) {
                    d.uints = {n};
                    d.ints = {n};
                    if (pay_in(name, *f, t, d, value)) return true;
                }
            }
    return false;
}

bool World::pay_in_naming_others(const std::string& name, const vm::Address& user,
                                 const std::vector<vm::U256>& values) {
    Domains d = setup_arguments(user);
    for (const auto& [other, at] : m_accounts.users)
        if (at != user) d.addresses.push_back(at.to_word());
    for (const auto& [contract, at] : m_accounts.contracts)
        d.addresses.push_back(at.to_word());
    // The program's address literals and address(0): the sentinel that names ether among
    // tokens (`deposit(ETH, amount)`).
    for (const vm::U256& w : m_accounts.sentinel_words())
        d.addresses.push_back(w);
    d.uints.push_back(vm::U256{});
    // Three values of each parameter (two addresses) crossed: a counterparty and a zero
    // amount together, when each alone is refused.
    const CallBudget budget{3, 27, true};
    for (const Target& t : m_program.targets())
        for (const check::FunctionInfo* f : payable_entries(t)) {
            const std::vector<vm::U256> first = first_arguments(*f, setup_arguments(user));
            for (const vm::U256& value : values)
                for (std::vector<vm::U256>& args : argument_lists(f, d, budget))
                    if (args != first && pay_in(name, *f, t, std::move(args), value)) return true;
        }
    // The payment itself as the amount, beside each account or literal: ether named among
    // tokens (`deposit(ETH, amount)` with `require(msg.value == amount)`).
    for (const Target& t : m_program.targets())
        for (const check::FunctionInfo* f : payable_entries(t))
            for (const vm::U256& value : values) {
                Domains paid = d;
                paid.uints = {value};
                for (std::vector<vm::U256>& args : argument_lists(f, paid, budget))
                    if (pay_in(name, *f, t, std::move(args), value)) return true;
            }
    return false;
}

namespace {

/// Whether a creation's or a deposit's result names the object it opened (a small word: a listing's
/// id), as a stake that returns nothing does not.
bool returns_an_id(const vm::Result& made) {
    return made.output.size() == 32 && vm::bit_length(vm::load_be(made.output.data())) <= 32;
}

/// The ids a creation's result may name: the id it returned (returns_an_id), then 0 and 1 (a
/// counter's first ids, when it returns nothing).
std::vector<vm::U256> ids_named_by(const vm::Result& made) {
    std::vector<vm::U256> ids;
    if (returns_an_id(made)) ids.push_back(vm::load_be(made.output.data()));
    for (const vm::U256& id : {vm::U256{0}, vm::U256{1}})
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    return ids;
}

} // namespace

bool World::pay_price_asked(const std::string& name, const Domains& d,
                            const std::vector<vm::U256>& values) {
    if (values.empty()) return false;
    const bool small_world = m_deposit_unit < one_ether;
    std::vector<PricedCall> calls =
        prices_asked(name, d, CallBudget{1, 1, true}, values.front(),
                     small_world ? max_prices_asked * max_prices_asked : max_prices_asked);
    // In a world of small deposits the user buys the least it can, not the first quantity
    // tried (the program's threshold: 100 tickets, which leave the raffle never void and its
    // refunds closed); a price of zero buys nothing.
    if (small_world)
        std::stable_sort(calls.begin(), calls.end(), [](const PricedCall& a, const PricedCall& b) {
            if (a.price.is_zero() != b.price.is_zero()) return b.price.is_zero();
            return a.price < b.price;
        });
    for (const PricedCall& c : calls)
        if (pay_at_price(name, c)) return true;
    return false;
}

bool World::pay_at_price(const std::string& name, const PricedCall& call) {
    if (!pay_in(name, *call.function, *call.target, call.args, call.price)) return false;
    m_prices_paid.push_back(call);
    return true;
}

bool World::create_then_pay_in(const std::string& name, const vm::Address& user,
                               const std::vector<vm::U256>& values) {
    const Domains d = setup_arguments(user);
    // An address the creation asks for is the user's own, else left unset: a listener or a
    // referrer it has none of (`register(listener)`, whose every later payment notifies the
    // listener, which an account without code cannot take).
    Domains unset = d;
    unset.addresses = {vm::U256{}};
    // A `bytesN` it asks for is, after zero, the user's own handle: a registration that refuses
    // zero and a handle already taken (`register(bytes32 handle)` before a bond and savings).
    Domains handled = d;
    handled.handles = {handle_of(name)};
    std::vector<TxStep> creations, unset_creations, named_creations;
    std::set<std::pair<std::string, std::string>> role_handovers;
    for (const auto& [t, f] : mutators(m_program)) {
        if (f->mutability == lang::ast::Mutability::payable || f == plain_entry(*t->info)) continue;
        const std::string sig = call_signature(*f);
        if (hands_over_a_role(m_facts, *t, *f)) role_handovers.emplace(t->name(), sig);
        std::vector<vm::U256> own = first_arguments(*f, d), none = first_arguments(*f, unset),
                              handle = first_arguments(*f, handled);
        if (none != own)
            unset_creations.push_back(
                TxStep{name, CallSpec{t->name(), sig, std::move(none), {}}, {}});
        if (handle != own)
            named_creations.push_back(
                TxStep{name, CallSpec{t->name(), sig, std::move(handle), {}}, {}});
        creations.push_back(TxStep{name, CallSpec{t->name(), sig, std::move(own), {}}, {}});
    }
    creations.insert(creations.end(), unset_creations.begin(), unset_creations.end());
    creations.insert(creations.end(), named_creations.begin(), named_creations.end());
    for (TxStep& create : creations) {
        const vm::Snapshot snap = m_state.snapshot();
        vm::Result made = run(create, m_deployments.size() + m_setup.size() + 1);
        // only the owner opens one (an auction house's lot): it does, but never hands over
        // its role (`transferOwnership(user)` opens nothing)
        if (!made.success() &&
            !role_handovers.contains({create.call.contract, create.call.signature})) {
            m_state.revert_to(snap);
            create.sender = deployer_name;
            made = run(create, m_deployments.size() + m_setup.size() + 1);
        }
        if (made.success()) {
            m_setup.push_back(create);
            for (const vm::U256& id : ids_named_by(made)) {
                Domains named = d;
                named.uints.insert(named.uints.begin(), id);
                if (pay_into_any(name, named, values) || pay_price_asked(name, named, values) ||
                    counterparty_pays_into(name, id, values)) {
                    m_created_ids.push_back(id);
                    if (create.sender == deployer_name) m_opened_by_the_owner.push_back(id);
                    return true;
                }
            }
            m_setup.pop_back();
        }
        m_state.revert_to(snap);
    }
    return false;
}

bool World::counterparty_pays_into(const std::string& creator, const vm::U256& id,
                                   const std::vector<vm::U256>& values) {
    for (std::size_t u = 0; u < m_accounts.depositors && u < m_accounts.users.size(); ++u) {
        const auto& [other, address] = m_accounts.users[u];
        if (other == creator) continue;
        Domains named = setup_arguments(address);
        named.uints.insert(named.uints.begin(), id);
        if (pay_into_any(other, named, values) || pay_price_asked(other, named, values))
            return true;
    }
    return false;
}

namespace {

/// Whether a function creates contracts (`new Escrow(...)`), in its body or an internal call.
bool creates_contracts(const FunctionFacts& f) {
    return std::any_of(f.effects.begin(), f.effects.end(), [](const Effect& e) {
        return e.kind == Effect::call && e.call_kind == CallSiteKind::creation;
    });
}

} // namespace

void World::create_instances() {
    for (const auto& [t, f] : mutators(m_program)) {
        const FunctionFacts* ff = m_facts.find(t->name(), f->signature);
        if (!ff || ff->function != f || !creates_contracts(*ff)) continue;
        const vm::U256 value =
            f->mutability == lang::ast::Mutability::payable ? one_ether : vm::U256{};
        bool made = false;
        for (const auto& [name, user] : {std::pair{adversary_name, m_accounts.adversary},
                                         std::pair{deployer_name, m_accounts.deployer}}) {
            Domains d = setup_arguments(user);
            // In a world of small deposits the object asks for whole ether (a campaign's
            // goal, a sale's cap): more than the honest users put in, so what needs the
            // threshold missed (a refund) stays open.
            if (m_deposit_unit < one_ether) {
                std::erase(d.uints, one_ether);
                d.uints.insert(d.uints.begin(), one_ether);
            }
            const std::vector<vm::U256> first = first_arguments(*f, d);
            made = keep_if_success(
                TxStep{name, CallSpec{t->name(), call_signature(*f), first, value}, {}});
            // A counterparty named (`createEscrow(seller)` refuses the caller itself).
            for (const auto& [other, at] : m_accounts.users)
                d.addresses.push_back(at.to_word());
            for (const auto& [contract, at] : m_accounts.contracts)
                d.addresses.push_back(at.to_word());
            for (std::vector<vm::U256>& args : argument_lists(f, d, CallBudget{3, 27, true})) {
                if (made) break;
                if (args != first)
                    made = keep_if_success(TxStep{
                        name, CallSpec{t->name(), call_signature(*f), std::move(args), value}, {}});
            }
            if (made) break;
        }
    }
}

namespace {

/// Whether target `t`'s plain entry (`plain`) only takes the ether (FunctionFacts::
/// only_accepts_ether): a donation, not a deposit that `receive() { deposit(); }` credits.
bool takes_donations(const Facts& facts, const Target& t, const check::FunctionInfo& plain) {
    return std::any_of(facts.functions().begin(), facts.functions().end(),
                       [&](const FunctionFacts& f) {
                           return f.target == &t && f.function == &plain && f.only_accepts_ether();
                       });
}

/// Whether some function of target `t` reads an ether balance (`address(this).balance`).
bool reads_balance(const Facts& facts, const Target& t) {
    return std::any_of(
        facts.functions().begin(), facts.functions().end(), [&](const FunctionFacts& f) {
            return f.target == &t && std::any_of(f.effects.begin(), f.effects.end(),
                                                 [](const Effect& e) { return e.balance; });
        });
}

} // namespace

void World::endow_treasuries() {
    for (const Target& t : m_program.targets()) {
        const check::FunctionInfo* plain = plain_entry(*t.info);
        const std::vector<const check::FunctionInfo*> entries = payable_entries(t);
        if (!plain || std::find(entries.begin(), entries.end(), plain) != entries.end() ||
            !takes_donations(m_facts, t, *plain) || !reads_balance(m_facts, t))
            continue;
        keep_if_success(TxStep{deployer_name, CallSpec{t.name(), "", {}, endowment}, {}});
    }
}

vm::U256 World::honest_deposit(std::size_t user) const {
    return vm::U256{user % 2 == 0 ? 5u : 3u} * m_deposit_unit;
}

std::vector<vm::U256> World::deposit_values(std::size_t user) const {
    std::vector<vm::U256> values{honest_deposit(user)};
    for (const vm::U256& c : m_program.amount_constants())
        if (vm::bit_length(c) <= 96) values.push_back(c);
    return values;
}

void World::setup_honest() {
    setup_honest(one_ether);
}

void World::setup_honest(const vm::U256& deposit_unit) {
    m_deposit_unit = deposit_unit;
    wire_system();
    create_instances();
    // Each user pays in once, into the first payable function (source order) that accepts:
    // whole ether first (5 and 3), then the program's own amounts (an exact price, a fee).
    // Arguments are each parameter's first value, with the user's own address. When no call
    // accepts, the user buys: the integers are the quantity the payment buys at one of the
    // program's prices (a sale's `require(msg.value == amount * PRICE)`); then it names
    // others (a counterparty) and zero amounts (pay_in_naming_others); last it pays a price
    // the code compares its payment with (prices_asked).
    for (std::size_t ui = 0; ui < m_accounts.depositors; ++ui) {
        const auto& [name, addr] = m_accounts.users[ui];
        const std::vector<vm::U256> values = deposit_values(ui);
        if (ui == 0) take_first_come_roles(name, addr, values);
        // Stocked again for each user whose payment fails: each purchase takes some stock.
        if (!pay_in_once(name, addr, values)) pay_in_once_stocked(name, addr, values);
        pay_into_each_other_instance(name, addr, values);
    }
    // The last depositor also holds a position of each other kind (a policy beside the
    // capital): a re-entered claim of the adversary's own position is paid out of them.
    if (m_accounts.depositors > 0) {
        const std::size_t last = m_accounts.depositors - 1;
        const auto& [name, addr] = m_accounts.users[last];
        pay_into_each_unpaid_function(name, addr, deposit_values(last));
    }
    endow_treasuries();
    setup_token_deposits();
    setup_system_tokens();
}

bool World::pay_in_once(const std::string& name, const vm::Address& user,
                        const std::vector<vm::U256>& values) {
    // Last, the prices the payable functions ask of it, found by paying the first value
    // (`msg.value == 3 * FEE`, no constant of the program).
    return pay_in_first_accepting(name, user, values) || buy_at_a_price(name, user, values) ||
           pay_in_naming_others(name, user, values) || create_then_pay_in(name, user, values) ||
           pay_price_asked(name, setup_arguments(user), values) ||
           pay_into_an_existing_object(name, user, values);
}

bool World::pay_into_an_existing_object(const std::string& name, const vm::Address& user,
                                        const std::vector<vm::U256>& values) {
    if (values.empty()) return false;
    const Domains d = setup_arguments(user);
    const auto keys = key_parameters(m_program);
    for (const auto& [t, f] : mutators(m_program)) {
        const auto roles = keys.find(f);
        if (roles == keys.end() || f->mutability != lang::ast::Mutability::payable) continue;
        for (const vm::U256& id : {vm::U256{0}, vm::U256{1}}) {
            std::vector<vm::U256> args = first_arguments(*f, d);
            // One word per parameter: the words are the parameters (no dynamic value).
            if (args.size() != f->parameter_types.size()) break;
            for (std::size_t i = 0; i < roles->second.size() && i < args.size(); ++i)
                if (roles->second[i] == ParamRole::key) args[i] = id;
            for (const vm::U256& value : values)
                if (pay_in(name, *f, *t, args, value)) return true;
            const TxStep probe{
                name, CallSpec{t->name(), call_signature(*f), args, values.front()}, {}};
            for (const vm::U256& price : prices_compared(probe, max_prices_asked))
                if (pay_at_price(name, PricedCall{t, f, args, price})) return true;
        }
    }
    return false;
}

bool World::pay_in_once_stocked(const std::string& name, const vm::Address& user,
                                const std::vector<vm::U256>& values) {
    const SetupMark start = setup_mark();
    if (stock_token_readers() && pay_in_once(name, user, values)) return true;
    back_to(start);
    return false;
}

std::set<std::string> World::roles_held_by(const vm::Address& who) {
    std::set<std::string> out;
    for (const auto& [contract, at] : m_accounts.contracts)
        for (const auto& [label, value] : m_observer.values(m_state, contract))
            if (value == who.to_word() && label.find('[') == std::string::npos)
                out.insert(contract + "." + label);
    return out;
}

namespace {

/// Whether a payable function of the system writes a state variable of address type (where
/// a payer may make itself a role holder: `if (keeper == address(0)) keeper = msg.sender`).
bool payer_may_take_a_role(const Facts& facts) {
    return std::any_of(facts.functions().begin(), facts.functions().end(), [](const auto& f) {
        return f.function->mutability == lang::ast::Mutability::payable &&
               std::any_of(f.effects.begin(), f.effects.end(), [](const Effect& e) {
                   return e.kind == Effect::write && e.var && e.var->type &&
                          e.var->type->kind == check::TypeKind::address;
               });
    });
}

} // namespace

World::SetupMark World::setup_mark() {
    return {m_state.snapshot(),    m_setup.size(), m_adversary_items,   m_created_ids,
            m_opened_by_the_owner, m_prices_paid,  m_adversary_objects, m_approved_without_limit};
}

void World::back_to(const SetupMark& mark) {
    m_state.revert_to(mark.state);
    m_setup.resize(mark.steps);
    m_adversary_items = mark.adversary_items;
    m_created_ids = mark.created_ids;
    m_opened_by_the_owner = mark.opened_by_the_owner;
    m_prices_paid = mark.prices_paid;
    m_adversary_objects = mark.adversary_objects;
    m_approved_without_limit = mark.approved_without_limit;
}

void World::take_first_come_roles(const std::string& name, const vm::Address& user,
                                  const std::vector<vm::U256>& values) {
    if (!payer_may_take_a_role(m_facts)) return;
    const auto gained = [&](const vm::Address& who, const std::set<std::string>& before) {
        const std::set<std::string> after = roles_held_by(who);
        return std::any_of(after.begin(), after.end(),
                           [&](const std::string& r) { return !before.contains(r); });
    };
    const SetupMark start = setup_mark();
    const std::size_t steps = m_setup.size();
    // Every payment the user makes, into each instance (a registry's clubs each have one).
    const auto pay_everywhere = [&](const std::string& who, const vm::Address& at) {
        const bool paid = pay_in_once(who, at, values);
        pay_into_each_other_instance(who, at, values);
        return paid || m_setup.size() > steps;
    };
    const std::set<std::string> held = roles_held_by(user);
    const bool first_come = pay_everywhere(name, user) && gained(user, held);
    back_to(start);
    if (!first_come) return;
    const std::set<std::string> adversary_held = roles_held_by(m_accounts.adversary);
    if (pay_everywhere(adversary_name, m_accounts.adversary) &&
        gained(m_accounts.adversary, adversary_held))
        return;
    back_to(start);
}

std::optional<vm::U256> World::system_token_balance(const Target& token,
                                                    const vm::Address& holder) {
    return read_word(CallSpec{token.name(), balance_reader(token), {holder.to_word()}, {}});
}

std::optional<vm::U256> World::read_word(CallSpec read) {
    const vm::Snapshot snap = m_state.snapshot();
    const vm::Result r =
        run(TxStep{deployer_name, std::move(read), {}}, m_deployments.size() + m_setup.size() + 1);
    m_state.revert_to(snap);
    if (!r.success() || r.output.size() < 32) return std::nullopt;
    return vm::load_be(r.output.data());
}

bool World::keep_if_success(const TxStep& step) {
    return keep_result_if_success(step).has_value();
}

std::optional<vm::Result> World::keep_result_if_success(const TxStep& step) {
    const vm::Snapshot snap = m_state.snapshot();
    vm::Result r = run(step, m_deployments.size() + m_setup.size() + 1);
    if (r.success()) {
        m_setup.push_back(step);
        return r;
    }
    m_state.revert_to(snap);
    return std::nullopt;
}

void World::setup_system_tokens() {
    for (const Target& token : m_program.targets()) {
        std::vector<std::pair<std::string, vm::Address>> recipients = m_accounts.users;
        recipients.emplace_back(adversary_name, m_accounts.adversary);
        if (is_system_nft(token)) {
            setup_system_nft(token, recipients);
            continue;
        }
        if (is_system_multi_token(token)) {
            setup_system_multi_token(token, recipients);
            continue;
        }
        std::vector<vm::Address> addresses;
        for (const auto& [name, addr] : recipients)
            addresses.push_back(addr);
        // A token without approvals is handed out alike; nothing else of the set-up below
        // (approving, pulling deposits) applies to it.
        if (is_transfer_only_token(token)) hand_out_supply(token, addresses);
        if (!is_system_token(token)) continue;
        if (!hand_out_supply(token, addresses)) mint_to_holders(token, recipients);
        // Handed out or minted to the users, or already theirs: shares their deposits bought
        // (an LP token the pool mints). Each depositor then approves the other contracts of the
        // system for half of what it holds and pays that half into the first one that takes it
        // (`stake(amount)`).
        for (std::size_t ui = 0; ui < m_accounts.depositors; ++ui) {
            const auto& [name, addr] = m_accounts.users[ui];
            const auto held = system_token_balance(token, addr);
            if (!held || held->is_zero()) continue;
            const vm::U256 half = vm::udiv(*held, vm::U256{2});
            const std::size_t before = m_setup.size();
            const vm::Snapshot snap = m_state.snapshot();
            for (const auto& [other, at] : m_accounts.contracts)
                if (other != token.name())
                    keep_if_success(TxStep{
                        name,
                        CallSpec{
                            token.name(), "approve(address,uint256)", {at.to_word(), half}, {}},
                        {}});
            if (!pay_system_tokens_in(name, addr, token, half)) {
                m_state.revert_to(snap);
                m_setup.resize(before);
            }
        }
        // The adversary approves the other contracts without limit, as an attack contract does
        // when it is set up: a deposit it makes (`depositCollateral(amount)`, pulled by
        // `transferFrom`) is then one transaction, not two, of the search's sequences, and a
        // lender may pull back more than the adversary held before (a flash loan and its fee).
        // It approves what it holds nothing of yet too: shares it buys during the search.
        if (system_token_balance(token, m_accounts.adversary))
            for (const auto& [other, at] : m_accounts.contracts)
                if (other != token.name() &&
                    keep_if_success(TxStep{adversary_name,
                                           CallSpec{token.name(),
                                                    "approve(address,uint256)",
                                                    {at.to_word(), ~vm::U256{}},
                                                    {}},
                                           {}}))
                    m_approved_without_limit.insert(token.name());
    }
}

void World::setup_system_nft(const Target& nft,
                             const std::vector<std::pair<std::string, vm::Address>>& recipients) {
    // A holding is whether the holder owns one of the first ids: a minimal collection keeps
    // no balances.
    const HeldBy held = [&](const vm::Address& holder) -> std::optional<vm::U256> {
        return vm::U256{nft_owned_by(nft, holder) ? 1u : 0u};
    };
    if (!mint_to_holders(nft, recipients, held, {vm::U256{100} * one_ether, one_ether})) return;
    const auto adversary_item = nft_owned_by(nft, m_accounts.adversary);
    if (adversary_item) m_adversary_items.push_back(HeldItem{nft.name(), *adversary_item});
    // Each depositor then puts its item into the first other contract that takes it.
    Opened opened;
    std::vector<vm::U256> deposited;
    for (std::size_t ui = 0; ui < m_accounts.depositors; ++ui) {
        const auto& [name, addr] = m_accounts.users[ui];
        if (const auto id = nft_owned_by(nft, addr)) {
            deposited.push_back(*id);
            deposit_nft(nft, name, addr, *id, opened);
        }
    }
    // The depositors' items the system's contracts hold.
    const auto escrowed = [&] {
        vm::U256 n;
        for (const vm::U256& id : deposited) {
            const auto owner = nft_owner(nft, id);
            const bool in_system =
                owner && std::any_of(m_accounts.contracts.begin(), m_accounts.contracts.end(),
                                     [&](const auto& c) { return c.second.to_word() == *owner; });
            n = n + vm::U256{in_system ? 1u : 0u};
        }
        return n;
    };
    for (const vm::U256& id : pay_into_opened(opened, escrowed))
        m_created_ids.push_back(id);
    // The adversary sells too, where an honest user pays into what its item opens (a bid on
    // its lot): a seller's payout then pays it something, as selling an item to an honest
    // bidder does. Its item otherwise stays its own.
    if (!adversary_item) return;
    const SetupMark mark = setup_mark();
    Opened own;
    deposit_nft(nft, adversary_name, m_accounts.adversary, *adversary_item, own);
    deposited.push_back(*adversary_item);
    const std::vector<vm::U256> paid = pay_into_opened(own, escrowed);
    if (paid.empty()) {
        back_to(mark);
        return;
    }
    m_adversary_objects.insert(m_adversary_objects.end(), paid.begin(), paid.end());
}

bool World::deposit_nft(const Target& nft, const std::string& name, const vm::Address& holder,
                        const vm::U256& id, Opened& opened) {
    const auto moved = [&] {
        const auto owner = nft_owner(nft, id);
        return owner && *owner != holder.to_word();
    };
    for (const auto& [other, at] : m_accounts.contracts) {
        const Target* t = m_program.target(other);
        if (other == nft.name() || (t && holds_no_deposits(*t))) continue;
        const std::size_t before = m_setup.size();
        const vm::Snapshot snap = m_state.snapshot();
        // Approved and passed by id to a function (`stake(id)`, `list(id, biddingTime)`, a
        // duration being a day: timed_first_arguments).
        keep_if_success(TxStep{
            name, CallSpec{nft.name(), "approve(address,uint256)", {at.to_word(), id}, {}}, {}});
        Domains d;
        d.uints = {id};
        d.ints = {vm::U256{1}};
        d.addresses = {holder.to_word(), m_accounts.address_of_contract(nft.name()).to_word()};
        d.duration = first_duration;
        d.now = timestamp_of(m_deployments.size() + m_setup.size() + 1);
        const std::vector<const check::FunctionInfo*> entries =
            t ? token_entries(*t) : std::vector<const check::FunctionInfo*>{};
        for (const check::FunctionInfo* f : entries) {
            const std::optional<vm::Result> made = keep_result_if_success(
                TxStep{name,
                       CallSpec{other, f->signature, timed_first_arguments(m_program, *f, d), {}},
                       {}});
            if (!made || !moved()) continue;
            if (returns_an_id(*made)) opened.emplace_back(name, ids_named_by(*made));
            return true;
        }
        m_state.revert_to(snap);
        m_setup.resize(before);
        // Else sent there with safeTransferFrom (a receiver hook that records the deposit).
        if (keep_if_success(TxStep{name,
                                   CallSpec{nft.name(),
                                            "safeTransferFrom(address,address,uint256)",
                                            {holder.to_word(), at.to_word(), id},
                                            {}},
                                   {}}))
            return true;
    }
    return false;
}

std::vector<vm::U256> World::pay_into_opened(const Opened& opened,
                                             const std::function<vm::U256()>& escrowed) {
    const vm::U256 held = escrowed();
    std::vector<vm::U256> paid;
    for (const auto& [creator, ids] : opened)
        for (const vm::U256& id : ids) {
            const std::size_t before = m_setup.size();
            const vm::Snapshot snap = m_state.snapshot();
            if (!counterparty_pays_into(creator, id, deposit_values(0))) continue;
            if (escrowed() < held) {
                m_state.revert_to(snap);
                m_setup.resize(before);
                continue;
            }
            paid.push_back(id);
            break;
        }
    return paid;
}

std::optional<vm::U256> World::multi_token_balance(const Target& token, const vm::Address& holder,
                                                   const vm::U256& id) {
    const std::string reader = multi_balance_reader(token);
    std::vector<vm::U256> args{holder.to_word(), id};
    if (reader == "balanceOf(uint256,address)") std::swap(args[0], args[1]);
    return read_word(CallSpec{token.name(), reader, std::move(args), {}});
}

std::optional<std::pair<vm::U256, vm::U256>> World::multi_token_held(const Target& token,
                                                                     const vm::Address& holder) {
    for (std::uint64_t id = 0; id < Accounts::item_ids_counted; ++id)
        if (const auto n = multi_token_balance(token, holder, vm::U256{id}); n && !n->is_zero())
            return std::make_pair(vm::U256{id}, *n);
    return std::nullopt;
}

void World::setup_system_multi_token(
    const Target& token, const std::vector<std::pair<std::string, vm::Address>>& recipients) {
    // A holding is what the first ids hold; amounts are small (the largest id the profit
    // ledger values, else one), so that a mint whose id and amount are one value
    // (`craft(2, 2)`) makes an id the ledger counts (own_ledgers: an item taken from another
    // seller's consignment is then a loss to the honest users, not a move of nothing).
    const HeldBy held = [&](const vm::Address& holder) -> std::optional<vm::U256> {
        const auto first = multi_token_held(token, holder);
        return first ? first->second : vm::U256{};
    };
    // The adversary gets items only from a mint that calls nobody: one that calls it back (a
    // receiver hook) is a sink of the search, and a one-time claim spent at set-up would hide
    // its re-entry.
    std::vector<std::pair<std::string, vm::Address>> honest;
    for (const auto& r : recipients)
        if (r.second != m_accounts.adversary) honest.push_back(r);
    const std::vector<vm::U256> amounts{vm::U256{multi_token_ids - 1}, vm::U256{1}};
    const bool minted = mint_to_holders(token, honest, held, amounts);
    if (!mint_to_holders(token, {{adversary_name, m_accounts.adversary}}, held, amounts, true) &&
        !minted)
        return;
    const auto approve_all = [&](const std::string& who, const vm::Address& operator_) {
        return keep_if_success(TxStep{who,
                                      CallSpec{token.name(),
                                               "setApprovalForAll(address,bool)",
                                               {operator_.to_word(), vm::U256{1}},
                                               {}},
                                      {}});
    };
    if (const auto own = multi_token_held(token, m_accounts.adversary)) {
        m_adversary_items.push_back(HeldItem{token.name(), own->first, true});
        for (const auto& [other, at] : m_accounts.contracts)
            if (other != token.name()) approve_all(adversary_name, at);
    }
    Opened opened;
    std::set<vm::U256> deposited_ids;
    for (std::size_t ui = 0; ui < m_accounts.depositors; ++ui) {
        // Named, not bound: a lambda below captures them (as in setup_system_nft).
        const std::string& name = m_accounts.users[ui].first;
        const vm::Address& addr = m_accounts.users[ui].second;
        const auto own = multi_token_held(token, addr);
        if (!own) continue;
        const vm::U256 id = own->first, amount = own->second;
        deposited_ids.insert(id);
        const auto moved = [&] {
            const auto left = multi_token_balance(token, addr, id);
            return left && *left < amount;
        };
        bool paid = false;
        for (const auto& [other, at] : m_accounts.contracts) {
            const Target* t = m_program.target(other);
            if (paid || other == token.name() || !t || holds_no_deposits(*t)) continue;
            const std::size_t before = m_setup.size();
            const vm::Snapshot snap = m_state.snapshot();
            approve_all(name, at);
            for (const vm::U256& number : {amount, id})
                for (const check::FunctionInfo* f : token_entries(*t)) {
                    if (paid) break;
                    Domains d;
                    d.uints = {number};
                    d.ints = {vm::U256{1}};
                    d.addresses = {addr.to_word(),
                                   m_accounts.address_of_contract(token.name()).to_word()};
                    d.duration = first_duration;
                    d.now = timestamp_of(m_deployments.size() + m_setup.size() + 1);
                    const std::optional<vm::Result> made = keep_result_if_success(TxStep{
                        name,
                        CallSpec{other, f->signature, timed_first_arguments(m_program, *f, d), {}},
                        {}});
                    paid = made && moved();
                    if (paid && returns_an_id(*made))
                        opened.emplace_back(name, ids_named_by(*made));
                }
            if (!paid) {
                m_state.revert_to(snap);
                m_setup.resize(before);
            }
        }
    }
    // What the system's contracts hold of the depositors' ids.
    const std::vector<vm::U256> paid = pay_into_opened(opened, [&] {
        vm::U256 n;
        for (const vm::U256& id : deposited_ids)
            for (const auto& [other, at] : m_accounts.contracts)
                if (other != token.name())
                    n = n + multi_token_balance(token, at, id).value_or(vm::U256{});
        return n;
    });
    m_created_ids.insert(m_created_ids.end(), paid.begin(), paid.end());
}

std::vector<CallSpec> World::item_deposits() const {
    std::vector<CallSpec> out;
    for (const HeldItem& item : m_adversary_items) {
        const Target* collection = m_program.target(item.collection);
        const bool safe_transfers =
            collection && has_function(*collection, "safeTransferFrom(address,address,uint256)");
        for (const auto& [other, at] : m_accounts.contracts)
            if (other != item.collection && !item.multi) {
                out.push_back(CallSpec{
                    item.collection, "approve(address,uint256)", {at.to_word(), item.id}, {}});
                if (!safe_transfers) continue;
                out.push_back(CallSpec{item.collection,
                                       "safeTransferFrom(address,address,uint256)",
                                       {m_accounts.adversary.to_word(), at.to_word(), item.id},
                                       {}});
            }
    }
    return out;
}

std::optional<vm::U256> World::nft_owner(const Target& nft, const vm::U256& id) {
    return read_word(CallSpec{nft.name(), "ownerOf(uint256)", {id}, {}});
}

std::optional<vm::U256> World::nft_owned_by(const Target& nft, const vm::Address& holder) {
    for (std::uint64_t id = 0; id < Accounts::item_ids_counted; ++id)
        if (nft_owner(nft, vm::U256{id}) == holder.to_word()) return vm::U256{id};
    return std::nullopt;
}

bool World::hand_out_supply(const Target& token, const std::vector<vm::Address>& recipients) {
    const auto supply = system_token_balance(token, m_accounts.deployer);
    const vm::U256 share = supply ? vm::udiv(*supply, vm::U256{10}) : vm::U256{};
    if (share.is_zero()) return false;
    const std::string transfer = holder_transfer(token);
    for (const vm::Address& to : recipients)
        keep_if_success(
            TxStep{deployer_name, CallSpec{token.name(), transfer, {to.to_word(), share}, {}}, {}});
    // The owner funds each other contract that counts what it holds of a token (a vesting
    // contract granting only what it holds: `require(token.balanceOf(address(this)) >=
    // allocated + total)`, a reward pool) with a share too, as a treasury does before the
    // first grant.
    for (const Target& t : m_program.targets())
        if (&t != &token && reads_token_balance(m_facts, t))
            keep_if_success(
                TxStep{deployer_name,
                       CallSpec{token.name(),
                                transfer,
                                {m_accounts.address_of_contract(t.name()).to_word(), share},
                                {}},
                       {}});
    // The owner funds the system with the rest: it approves each other contract for all it
    // still holds, as an admin does before `allocate(beneficiary, amount)` pulls the tokens
    // with transferFrom (without it no such call of the owner's ever succeeds).
    if (const auto rest = system_token_balance(token, m_accounts.deployer);
        rest && !rest->is_zero())
        for (const auto& [other, at] : m_accounts.contracts)
            if (other != token.name())
                keep_if_success(TxStep{
                    deployer_name,
                    CallSpec{token.name(), "approve(address,uint256)", {at.to_word(), *rest}, {}},
                    {}});
    return true;
}

namespace {

/// The functions of a token that may hand tokens out: not a getter, not one of ERC-20's own
/// (under its standard names or the token's own: token_movers), with only integer and address
/// parameters (`faucet()`, `mint(to, amount)`, and payable ones that wrap ether:
/// `deposit()`), in source order.
std::vector<const check::FunctionInfo*> minting_candidates(const Target& token) {
    const auto [transfer, transfer_from] = token_movers(token);
    const std::array<std::string, 6> erc20{transfer,        "approve(address,uint256)",
                                           transfer_from,   "balanceOf(address)",
                                           "totalSupply()", "allowance(address,address)"};
    std::vector<const check::FunctionInfo*> out;
    for (const check::FunctionInfo* f : token.info->external_functions) {
        if ((f->mutability != lang::ast::Mutability::nonpayable &&
             f->mutability != lang::ast::Mutability::payable) ||
            f->getter_of || std::find(erc20.begin(), erc20.end(), f->signature) != erc20.end())
            continue;
        const bool simple =
            std::all_of(f->parameter_types.begin(), f->parameter_types.end(), [](const auto& t) {
                return (t->kind == check::TypeKind::integer && !t->is_signed) ||
                       t->kind == check::TypeKind::address;
            });
        if (simple) out.push_back(f);
    }
    std::sort(out.begin(), out.end(), [](auto* a, auto* b) {
        return a->span.file != b->span.file ? a->span.file < b->span.file
                                            : a->span.begin < b->span.begin;
    });
    return out;
}

} // namespace

bool World::mint_to_holders(const Target& token,
                            const std::vector<std::pair<std::string, vm::Address>>& recipients) {
    return mint_to_holders(
        token, recipients,
        [&](const vm::Address& holder) { return system_token_balance(token, holder); },
        {vm::U256{100} * one_ether, one_ether});
}

bool World::mint_to_holders(const Target& token,
                            const std::vector<std::pair<std::string, vm::Address>>& recipients,
                            const HeldBy& held, const std::vector<vm::U256>& amounts,
                            bool quiet_only) {
    std::vector<const check::FunctionInfo*> candidates = minting_candidates(token);
    if (quiet_only) {
        std::erase_if(candidates, [&](const check::FunctionInfo* f) {
            const FunctionFacts* ff = m_facts.find(token.name(), f->signature);
            return !ff || std::any_of(ff->effects.begin(), ff->effects.end(),
                                      [](const Effect& e) { return e.kind == Effect::call; });
        });
    }
    bool any = false;
    for (const auto& [name, addr] : recipients) {
        bool got = false;
        for (const std::string& sender : {name, std::string(deployer_name)})
            for (const check::FunctionInfo* f : candidates)
                if (!got) got = mint_for(token, *f, sender, addr, held, amounts);
        any |= got;
    }
    return any;
}

bool World::stock_token_readers() {
    bool any = false;
    for (const Target& token : m_program.targets()) {
        if (!is_system_token(token)) continue;
        const std::vector<const check::FunctionInfo*> mints = minting_candidates(token);
        for (const Target& t : m_program.targets()) {
            if (&t == &token || !reads_token_balance(m_facts, t)) continue;
            const vm::Address at = m_accounts.address_of_contract(t.name());
            const HeldBy held = [&](const vm::Address& holder) {
                return system_token_balance(token, holder);
            };
            any |= std::any_of(mints.begin(), mints.end(), [&](const check::FunctionInfo* f) {
                return mint_for(token, *f, deployer_name, at, held, {vm::U256{100} * one_ether});
            });
        }
    }
    return any;
}

bool World::mint_for(const Target& token, const check::FunctionInfo& f, const std::string& sender,
                     const vm::Address& holder, const HeldBy& held,
                     const std::vector<vm::U256>& amounts) {
    const auto before = held(holder);
    if (!before) return false;
    // A test token's round amount first, then a small one (a faucet's per-call cap). A
    // payable one is paid the amount (wrapped ether: `deposit()` mints what it is sent).
    const bool wraps = f.mutability == lang::ast::Mutability::payable;
    const auto call_with = [&](const vm::U256& amount, const vm::U256& value) {
        Domains d;
        d.uints = {amount};
        d.addresses = {holder.to_word()};
        return TxStep{
            sender, CallSpec{token.name(), f.signature, first_arguments(f, d), value}, {}};
    };
    const auto raises_balance = [&](const TxStep& step) {
        const vm::Snapshot snap = m_state.snapshot();
        const vm::Result r = run(step, m_deployments.size() + m_setup.size() + 1);
        const auto after = held(holder);
        if (r.success() && after && *after > *before) {
            m_setup.push_back(step);
            return true;
        }
        m_state.revert_to(snap);
        return false;
    };
    for (const vm::U256& amount : amounts) {
        if (raises_balance(call_with(amount, wraps ? amount : vm::U256{}))) return true;
        if (f.parameter_types.empty() && !wraps) return false; // the amount makes no difference
    }
    if (!wraps) return false;
    // A sale at a price (`require(msg.value == PRICE)`, `msg.value == n * PRICE`): one item,
    // paid the price the code compared a whole ether with.
    for (const vm::U256& price :
         prices_compared(call_with(vm::U256{1}, one_ether), max_prices_asked))
        if (raises_balance(call_with(vm::U256{1}, price))) return true;
    return false;
}

bool World::pay_system_tokens_in(const std::string& name, const vm::Address& user,
                                 const Target& token, const vm::U256& amount) {
    Domains d;
    d.uints = {amount};
    d.ints = {vm::U256{1}};
    d.addresses = {user.to_word(), m_accounts.address_of_contract(token.name()).to_word()};
    const auto before = system_token_balance(token, user);
    for (const Target& t : m_program.targets()) {
        if (&t == &token) continue;
        // Paid in: the tokens move from the user to `t` (a stake), not burned (a redemption).
        const vm::Address at = m_accounts.address_of_contract(t.name());
        const auto held_before = system_token_balance(token, at);
        for (const check::FunctionInfo* f : token_entries(t))
            for (const vm::U256& n : amount_then_count(f, amount)) {
                d.uints = {n};
                const TxStep step{
                    name, CallSpec{t.name(), f->signature, first_arguments(*f, d), {}}, {}};
                const vm::Snapshot snap = m_state.snapshot();
                const vm::Result r = run(step, m_deployments.size() + m_setup.size() + 1);
                const auto after = system_token_balance(token, user);
                const auto held_after = system_token_balance(token, at);
                if (r.success() && before && after && *after < *before && held_before &&
                    held_after && *held_before < *held_after) {
                    m_setup.push_back(step);
                    return true;
                }
                m_state.revert_to(snap);
            }
    }
    return false;
}

void World::setup_token_deposits() {
    // Each user also pays tokens in once: the first non-payable function (source order) with
    // an integer parameter that, called with the amount, moves the user's tokens into the
    // system (the user's balance of some token goes down). Address parameters get the user
    // first, then each token the user holds (`deposit(IERC20 token, uint amount)`).
    if (m_accounts.tokens.empty()) return;
    std::vector<std::vector<vm::U256>> address_orders;
    for (std::size_t ui = 0; ui < m_accounts.depositors; ++ui) {
        const std::string& name = m_accounts.users[ui].first;
        const vm::Address& addr = m_accounts.users[ui].second;
        address_orders = {{addr.to_word()}};
        for (const auto& [tn, token] : m_accounts.tokens)
            if (!m_accounts.is_own_token(token))
                address_orders.push_back({token.to_word(), addr.to_word()});
        const vm::U256 amount = honest_deposit(ui);
        for (const auto& addresses : address_orders)
            if (pay_tokens_in(name, addr, amount, addresses)) break;
        // The last depositor also holds a position of each other kind, as with ether.
        if (ui + 1 == m_accounts.depositors)
            pay_tokens_into_each_unpaid_function(name, addr, amount, address_orders);
    }
}

void World::pay_tokens_into_each_unpaid_function(
    const std::string& name, const vm::Address& user, const vm::U256& amount,
    const std::vector<std::vector<vm::U256>>& address_orders) {
    for (const Target& t : m_program.targets())
        for (const check::FunctionInfo* f : token_entries(t)) {
            if (holds_no_deposits(t) || !takes_an_amount(f) || !opens_a_new_position(t, *f))
                continue;
            // Its parameters at the values the code compares them with (a term of at least a
            // day) when the amount alone does not pass.
            const auto paid = [&](bool compared) {
                return std::any_of(
                    address_orders.begin(), address_orders.end(), [&](const auto& addresses) {
                        return pay_tokens_into(name, user, amount, addresses, t, *f, compared);
                    });
            };
            if (!paid(false)) paid(true);
        }
}

bool World::pay_tokens_in(const std::string& name, const vm::Address& user, const vm::U256& amount,
                          const std::vector<vm::U256>& addresses) {
    for (const Target& t : m_program.targets())
        for (const check::FunctionInfo* f : token_entries(t))
            if (pay_tokens_into(name, user, amount, addresses, t, *f)) return true;
    return false;
}

bool World::pay_tokens_into(const std::string& name, const vm::Address& user,
                            const vm::U256& amount, const std::vector<vm::U256>& addresses,
                            const Target& t, const check::FunctionInfo& f, bool compared) {
    Domains d;
    d.ints = {vm::U256{1}};
    d.addresses = addresses;
    if (compared) d.compared = m_compared;
    const auto held = [&] {
        std::vector<vm::U256> out;
        for (const auto& [tn, token] : m_accounts.tokens)
            out.push_back(token_balance(m_state, token, user));
        return out;
    };
    const std::vector<vm::U256> before = held();
    for (const vm::U256& n : amount_then_count(&f, amount)) {
        d.uints = {n};
        TxStep step{name, CallSpec{t.name(), f.signature, first_arguments(f, d), {}}, {}};
        const vm::Snapshot snap = m_state.snapshot();
        const vm::Result r = run(step, m_deployments.size() + m_setup.size() + 1);
        const std::vector<vm::U256> after = held();
        bool paid = false;
        for (std::size_t k = 0; k < after.size(); ++k)
            paid |= after[k] < before[k];
        if (r.success() && paid) {
            m_setup.push_back(step);
            return true;
        }
        m_state.revert_to(snap);
    }
    return false;
}

// ---- re-entry shapes -----------------------------------------------------------------------

void CallLog::on_call_enter(const vm::Message& msg) {
    Entry e;
    e.depth = msg.depth;
    e.to = msg.recipient;
    e.code = msg.code_address;
    if (msg.input.size() >= 4)
        e.selector = (std::uint32_t{msg.input[0]} << 24) | (std::uint32_t{msg.input[1]} << 16) |
                     (std::uint32_t{msg.input[2]} << 8) | msg.input[3];
    e.is_static = msg.is_static;
    entries.push_back(e);
}

namespace {

struct Frame {
    std::string contract, function;
    bool view = false;
};

/// The target frame a log entry opens, or nullopt when it is not a call of a target.
std::optional<Frame> frame_of(const Program& p, const Accounts& a, const CallLog::Entry& e) {
    const std::string name = a.name_of(e.to);
    const Target* t = p.target(name);
    if (!t) return std::nullopt;
    Frame f{name, "", e.is_static};
    if (!e.selector) return f; // receive
    for (const check::FunctionInfo* fn : t->info->external_functions)
        if (fn->selector == *e.selector) {
            f.function = fn->signature;
            f.view |= fn->getter_of || fn->mutability == lang::ast::Mutability::view ||
                      fn->mutability == lang::ast::Mutability::pure;
        }
    return f;
}

/// Innermost frame of `contract` (and `function` when given) on the stack, or -1.
int innermost(const std::vector<Frame>& stack, const std::string& contract,
              const std::string* function) {
    for (int i = static_cast<int>(stack.size()) - 1; i >= 0; --i) {
        const Frame& f = stack[static_cast<std::size_t>(i)];
        if (f.contract == contract && (!function || f.function == *function)) return i;
    }
    return -1;
}

} // namespace

std::optional<ReentryShape> classify_reentry(const Program& p, const Accounts& a,
                                             const std::vector<CallLog::Entry>& log,
                                             const std::vector<CallbackEvent>& events) {
    const CallbackEvent* ev = nullptr;
    for (const CallbackEvent& e : events)
        if (e.choice.kind == ChoiceKind::reenter && !e.low_gas && e.status == vm::Status::Success) {
            ev = &e;
            break;
        }
    if (!ev) return std::nullopt;
    // The callback is the ev->index-th message to the adversary; the re-entry follows it.
    std::size_t cb = log.size();
    for (std::size_t i = 0, n = 0; i < log.size(); ++i)
        if (a.adversary_controls(log[i].code) && n++ == static_cast<std::size_t>(ev->index)) {
            cb = i;
            break;
        }
    if (cb + 1 >= log.size()) return std::nullopt;
    std::vector<Frame> stack; // outermost first
    for (int d = log[cb].depth - 1, i = static_cast<int>(cb) - 1; d >= 0 && i >= 0; --i) {
        const CallLog::Entry& e = log[static_cast<std::size_t>(i)];
        if (e.depth != d) continue;
        if (auto f = frame_of(p, a, e)) stack.insert(stack.begin(), *f);
        --d;
    }
    const auto reentered = frame_of(p, a, log[cb + 1]);
    if (!reentered || stack.empty()) return std::nullopt;
    ReentryShape s;
    s.reentered_contract = reentered->contract;
    s.reentered_function = reentered->function;
    auto relate = [&](int i, ReentryKind kind) {
        s.interrupted_contract = stack[static_cast<std::size_t>(i)].contract;
        s.interrupted_function = stack[static_cast<std::size_t>(i)].function;
        s.kind = kind;
        return s;
    };
    if (int i = innermost(stack, s.reentered_contract, &s.reentered_function); i >= 0)
        return relate(i, ReentryKind::same_function);
    if (int i = innermost(stack, s.reentered_contract, nullptr); i >= 0)
        return relate(i, ReentryKind::cross_function);
    // Another contract: how does the re-entry's subtree touch the contracts on the stack?
    int read = -1;
    for (std::size_t k = cb + 2; k < log.size() && log[k].depth > log[cb + 1].depth; ++k) {
        const auto f = frame_of(p, a, log[k]);
        if (!f) continue;
        const int i = innermost(stack, f->contract, nullptr);
        if (i < 0) continue;
        if (!f->view) return relate(i, ReentryKind::cross_contract);
        if (read < 0) read = i;
    }
    if (read >= 0) return relate(read, ReentryKind::read_only);
    return relate(static_cast<int>(stack.size()) - 1, ReentryKind::cross_contract);
}

} // namespace mallory::analyzer
