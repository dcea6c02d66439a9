#include "analyzer/witness_out.hpp"

#include "analyzer/actions.hpp"
#include "analyzer/answers.hpp"
#include "analyzer/replay.hpp"
#include "lang/compile/codegen.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <system_error>

namespace mallory::analyzer {

namespace {

namespace fs = std::filesystem;

const vm::U256 hundred_ether = vm::U256{100} * vm::U256{1'000'000'000'000'000'000ULL};

/// What the attack contract starts the attack with: 100 ether, or all that the witness's
/// transactions and re-entries send when that is more (the explorer's adversary holds the
/// development balance): a re-entry of 500 ether must not fail in the test for want of funds.
vm::U256 attacker_funds(const Witness& w) {
    vm::U256 sent;
    for (const TxStep& s : w.steps) {
        if (s.sender == adversary_name || s.sender == accomplice_name) sent = sent + s.call.value;
        for (const Choice& c : s.choices) {
            if (c.kind != ChoiceKind::reenter) continue;
            sent = sent + c.call.value;
            if (c.then) sent = sent + c.then->value;
        }
    }
    return hundred_ether < sent ? sent : hundred_ether;
}

/// The test's variable holding the token the world placed at stand-in `name`.
std::string token_var(const std::string& name) {
    return "tok_" + name;
}

/// The standard token of analyzer/token.hpp in Solidity, for the generated test: the same
/// ledger (ERC-20 face, ERC-777 hooks into the one hooked account, the attacker), seeded by
/// the test as the world seeds the native one.
constexpr const char* token_source = R"(
interface IMalloryTokenHooks {
    function tokensToSend(address op, address from, address to, uint256 amount, bytes calldata a, bytes calldata b) external;
    function tokensReceived(address op, address from, address to, uint256 amount, bytes calldata a, bytes calldata b) external;
}

/// The token Mallory placed at an untrusted address (analyzer/token.hpp): ERC-20 with the
/// ERC-777 hooks of the hooked account (the attacker).
contract MalloryToken {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    uint256 public totalSupply;
    address public hooked;
    function decimals() external pure returns (uint8) { return 18; }
    function setHooked(address h) external { hooked = h; }
    /// 100 tokens to `holder`, and unlimited allowances to `spenders`.
    function seed(address holder, address[] memory spenders) external {
        balanceOf[holder] += 100 ether;
        totalSupply += 100 ether;
        for (uint256 i = 0; i < spenders.length; i++) allowance[holder][spenders[i]] = type(uint256).max;
    }
    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        return true;
    }
    function transfer(address to, uint256 amount) external returns (bool) {
        move(msg.sender, to, amount);
        return true;
    }
    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        spend(from, amount);
        move(from, to, amount);
        return true;
    }
    function send(address to, uint256 amount, bytes calldata data) external {
        move(msg.sender, to, amount);
    }
    function operatorSend(address from, address to, uint256 amount, bytes calldata data, bytes calldata opData) external {
        spend(from, amount);
        move(from, to, amount);
    }
    function spend(address from, uint256 amount) internal {
        if (from == msg.sender) return;
        uint256 allowed = allowance[from][msg.sender];
        require(allowed >= amount, "allowance");
        if (allowed != type(uint256).max) allowance[from][msg.sender] = allowed - amount;
    }
    function move(address from, address to, uint256 amount) internal {
        if (from == hooked) IMalloryTokenHooks(from).tokensToSend(msg.sender, from, to, amount, "", "");
        require(balanceOf[from] >= amount, "balance");
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        if (to == hooked) IMalloryTokenHooks(to).tokensReceived(msg.sender, from, to, amount, "", "");
    }
}
)";

/// Whether `name` is an untrusted stand-in the adversary answers for (Accounts::untrusted,
/// "untrusted1"), not one where the world placed a token: in the test, another Attacker.
bool is_stand_in(const std::string& name, const Witness& w) {
    return name.starts_with("untrusted") &&
           std::find(w.tokens.begin(), w.tokens.end(), name) == w.tokens.end();
}

/// The test's variable holding a target instance's address: `t_Bank`, and `t_Factory_Vault_2`
/// for the instance `Factory.Vault#2` that Factory's constructor created.
std::string target_var(const std::string& instance) {
    std::string out = "t_";
    for (const char c : instance)
        out += c == '.' || c == '#' ? '_' : c;
    return out;
}

/// The contract type of a target instance (`Vault` for `Factory.Vault#2`).
std::string type_of(const Program& p, const std::string& instance) {
    const Target* t = p.target(instance);
    return t ? t->info->name : instance;
}

/// An account of the witness as an expression of the test: the addresses differ between the
/// replay chain and the test, the roles do not.
std::string account_expr(const std::string& name, const Witness& w, bool in_attacker = false) {
    if (name == adversary_name) return in_attacker ? "address(this)" : "address(attacker)";
    if (name == accomplice_name) return in_attacker ? "accomplice_" : "address(accomplice)";
    if (is_stand_in(name, w) && !in_attacker) return fmt::format("address({})", name);
    if (std::find(w.tokens.begin(), w.tokens.end(), name) != w.tokens.end())
        return fmt::format("address({})", token_var(name));
    if (name == deployer_name) return in_attacker ? "tester" : "address(this)";
    for (const Deployment& d : w.deployments)
        if (d.contract == name) return "address(" + target_var(name) + ")";
    // An instance a constructor created ("Factory.Vault"): no user's name has a dot.
    if (name.find('.') != std::string::npos) return "address(" + target_var(name) + ")";
    // An honest user, as in the setup: forge-std's makeAddr, spelled out where it is not
    // inherited (the Attacker is no Test).
    return in_attacker
               ? fmt::format("address(uint160(uint256(keccak256(abi.encodePacked(\"{}\")))))", name)
               : fmt::format("makeAddr(\"{}\")", name);
}

/// Argument `word` of type `ty` as test code: known accounts by role, others as numbers.
std::string arg_expr(const vm::U256& word, const check::Type* ty, const Accounts& accounts,
                     const Witness& w, bool in_attacker) {
    if (!ty || (ty->kind != check::TypeKind::address && ty->kind != check::TypeKind::contract))
        return vm::to_dec(word);
    const std::string name = accounts.name_of(vm::Address::from_word(word));
    std::string addr = name.rfind("0x", 0) == 0 || name == "address(0)"
                           ? fmt::format("address(uint160({}))", vm::to_dec(word))
                           : account_expr(name, w, in_attacker);
    if (ty->kind == check::TypeKind::contract && ty->contract)
        return fmt::format("{}({})", ty->contract->name, addr);
    return addr;
}

/// The value type each argument word holds (describe_arguments), so that accounts inside
/// arrays render by role too; word i as parameter i when the words do not decode.
std::vector<const check::Type*> word_types_of(const std::vector<vm::U256>& args,
                                              const std::vector<check::TypePtr>* types) {
    std::vector<const check::Type*> out;
    const WordText no_text = [](const check::Type&, const vm::U256&) { return std::string{}; };
    if (types && describe_arguments(*types, args, no_text, &out)) return out;
    out.assign(args.size(), nullptr);
    for (std::size_t i = 0; types && i < args.size() && i < types->size(); ++i)
        out[i] = (*types)[i].get();
    return out;
}

std::string args_expr(const std::vector<vm::U256>& args, const std::vector<check::TypePtr>* types,
                      const Accounts& accounts, const Witness& w, bool leading_comma,
                      bool in_attacker = false) {
    const std::vector<const check::Type*> word_types = word_types_of(args, types);
    std::string out;
    for (std::size_t i = 0; i < args.size(); ++i)
        out += (out.empty() && !leading_comma ? "" : ", ") +
               arg_expr(args[i], word_types[i], accounts, w, in_attacker);
    return out;
}

/// The test code of one call's data; the parameter types come from the program.
struct Encoder {
    const Program& p;
    const Witness& w;
    Accounts accounts;
    bool in_attacker = false; ///< code of the Attacker contract (re-entries), not of the test
    std::string operator()(const CallSpec& c) const {
        if (c.signature.empty()) return "\"\"";
        const std::vector<check::TypePtr>* types = nullptr;
        if (const Target* t = p.target(c.contract))
            for (const check::FunctionInfo* f : t->info->external_functions)
                if (f->signature == c.signature) types = &f->parameter_types;
        return fmt::format("abi.encodeWithSignature(\"{}\"{})", c.signature,
                           args_expr(c.args, types, accounts, w, true, in_attacker));
    }
};

/// A call of a target by the test contract itself (after a prank): its failure is ignored,
/// as on the chain a reverted transaction changes nothing.
std::string call_stmt(const CallSpec& c, const Encoder& enc) {
    return fmt::format("(bool ok_, ) = {}.call{{value: {}}}({}); ok_;", target_var(c.contract),
                       vm::to_dec(c.value), enc(c));
}

/// Raw bytes as a Solidity hex literal.
std::string hex_literal(const vm::Bytes& b) {
    return fmt::format("hex\"{}\"", vm::to_hex(vm::BytesView{b}).substr(2));
}

/// The attacker's answers: per attack step and callback number, what the witness chooses
/// (a re-entry, a revert, and the return data it answers with).
std::string hooks_of(const Witness& w, Encoder enc) {
    enc.in_attacker = true;
    std::string out;
    for (std::size_t k = 0; k < w.steps.size(); ++k)
        for (std::size_t i = 0; i < w.steps[k].choices.size(); ++i) {
            const Choice& c = w.steps[k].choices[i];
            const std::string answer =
                c.returns ? fmt::format("            out = {};\n", hex_literal(*c.returns)) : "";
            // The repayment after the re-entry (Choice::then) is no re-entry of its own.
            const std::string then = c.then ? fmt::format("            relay({}, {}, {}, false);\n",
                                                          target_var(c.then->contract),
                                                          vm::to_dec(c.then->value), enc(*c.then))
                                            : "";
            if (c.kind == ChoiceKind::reenter)
                out += fmt::format("        if (step == {} && current == {}) {{\n"
                                   "            relay({}, {}, {}, true);\n{}{}        }}\n",
                                   k, i, target_var(c.call.contract), vm::to_dec(c.call.value),
                                   enc(c.call), then, answer);
            if (c.kind == ChoiceKind::revert)
                out += fmt::format(
                    "        if (step == {} && current == {}) revert(\"mallory\");\n", k, i);
            if (c.kind == ChoiceKind::ret && c.returns)
                out += fmt::format("        if (step == {} && current == {}) {{\n{}        }}\n", k,
                                   i, answer);
        }
    return out;
}

/// The answers of view callbacks (a price feed read with STATICCALL), which cannot count
/// callbacks: per step, the first recorded answer of the expected size.
std::string view_answers_of(const Witness& w) {
    std::string out;
    for (std::size_t k = 0; k < w.steps.size(); ++k)
        for (const Choice& c : w.steps[k].choices)
            if (c.returns && c.kind != ChoiceKind::revert)
                out += fmt::format("        if (step == {} && given.length == {}) return {};\n", k,
                                   c.returns->size(), hex_literal(*c.returns));
    return out;
}

/// Whether the attack contract can declare a function of this ABI type (value types, bytes,
/// string and arrays of value types; tuples are left to the fallback).
bool declarable(const check::Type& t) {
    const std::string n = check::abi_name(t);
    return !n.empty() && n.find('(') == std::string::npos;
}

std::string param_decl(const check::Type& t) {
    using K = check::TypeKind;
    const std::string n = check::abi_name(t);
    const bool reference = t.kind == K::bytes || t.kind == K::string || t.kind == K::array;
    return reference ? n + " memory" : n;
}

/// One function of the attack contract per function of the program that returns something
/// (the callbacks the targets may make, by interface): it answers with the witness's choice
/// at that callback, else with the default answer of the explorer's adversary.
std::string answer_functions(const Program& p) {
    static const std::set<std::string> taken{
        "aim",       "run",  "hook",         "view_answer", "step_",    "n",    "tester",
        "reentries", "take", "current_step", "main_",       "standsIn", "relay"};
    std::set<std::string> names;
    std::set<std::uint32_t> selectors;
    std::string out;
    for (const check::ContractInfo* c : p.model().contracts())
        for (const check::FunctionInfo* f : c->functions) {
            if (!f->has_selector() || f->getter_of || f->return_types.empty() ||
                taken.contains(f->name) || !selectors.insert(f->selector).second ||
                !names.insert(f->name).second)
                continue;
            const auto* unit = p.front().unit_of(f->span.file);
            if (unit && unit->builtin) continue;
            // abi.decode's type list names types without a data location: `(string)`.
            std::vector<std::string> params, results, decoded;
            bool ok = true;
            for (const check::TypePtr& t : f->parameter_types) {
                ok = ok && declarable(*t);
                params.push_back(param_decl(*t));
            }
            for (const check::TypePtr& t : f->return_types) {
                ok = ok && declarable(*t);
                results.push_back(param_decl(*t));
                decoded.push_back(check::abi_name(*t));
            }
            if (!ok) continue;
            const bool view = f->mutability == lang::ast::Mutability::view ||
                              f->mutability == lang::ast::Mutability::pure;
            out +=
                fmt::format("    function {}({}) external {}returns ({}) {{\n"
                            "        return abi.decode({}({}), ({}));\n    }}\n",
                            f->name, fmt::join(params, ", "), view ? "view " : "payable ",
                            fmt::join(results, ", "), view ? "view_answer" : "hook",
                            hex_literal(default_answer(*f, f->selector)), fmt::join(decoded, ", "));
        }
    return out;
}

/// `address(this).balance >= totalSupply` of contract C as test code over C's public getters
/// (and view calls on their values: `token.balanceOf(address(this))`); nullopt when the expression
/// uses anything else (sum(), old(), mappings, private state).
std::optional<std::string> invariant_expr(const Program& p, const Witness& w) {
    const Target* t = p.target(w.contract);
    if (!t) return std::nullopt;
    std::map<std::string, bool> getters; // public scalar state variable -> has a getter
    for (const check::FunctionInfo* f : t->info->external_functions)
        if (f->getter_of && f->parameter_types.empty()) getters[f->name] = true;
    const std::string self = fmt::format("address({})", target_var(w.contract));
    std::string text =
        std::regex_replace(w.expression, std::regex(R"(address\s*\(\s*this\s*\))"), "@SELF@");
    static const std::regex ident(R"([A-Za-z_][A-Za-z0-9_]*)");
    std::string out;
    std::size_t last = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), ident);
         it != std::sregex_iterator(); ++it) {
        const std::string name = it->str();
        out += text.substr(last, static_cast<std::size_t>(it->position()) - last);
        last = static_cast<std::size_t>(it->position() + it->length());
        const bool member =
            it->position() > 0 && text[static_cast<std::size_t>(it->position()) - 1] == '.';
        // A call of a member function on a getter's value (`token.balanceOf(...)`, the
        // invariant's external view call) reads the same in the test.
        const std::size_t end = static_cast<std::size_t>(it->position() + it->length());
        const bool called = end < text.size() && text[end] == '(';
        if (name == "SELF" || (member && (name == "balance" || called)) || name == "true" ||
            name == "false")
            out += name;
        else if (getters.contains(name) && !member)
            out += fmt::format("{}({}).{}()", t->info->name, target_var(w.contract), name);
        else
            return std::nullopt;
    }
    out += text.substr(last);
    for (std::size_t at; (at = out.find("@SELF@")) != std::string::npos;)
        out.replace(at, 6, self);
    return out;
}

/// Public state the attack leaves different from the same calls without re-entry (a deposit
/// erased, a balance credited twice): asserted equal to the value without re-entry.
/// `text`'s lines four more spaces in.
std::string indented(const std::string& text) {
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        out += "    " + text.substr(at, end - at) + "\n";
        at = end + 1;
    }
    return out;
}

std::string reading_assertions(const EtherOutcome& attack, const EtherOutcome& safe,
                               const Witness& w, const Program& p) {
    std::string out;
    for (const auto& a : attack.readings)
        for (const auto& s : safe.readings)
            if (a.contract == s.contract && a.getter == s.getter && a.account == s.account &&
                a.value != s.value)
                out += fmt::format(
                    "        assertEq({}({}).{}({}), {}, \"{}.{} differs from what the same "
                    "calls without re-entry leave\");\n",
                    type_of(p, a.contract), target_var(a.contract), a.getter,
                    a.account.empty() ? "" : account_expr(a.account, w), vm::to_dec(s.value),
                    a.contract, a.getter);
    return out;
}

/// Tokens the attack moves that the same calls without re-entry do not: each target keeps at
/// least its units without re-entry, and the attacker (seeded as the world seeds it) ends
/// with at most its units without re-entry.
std::string token_assertions(const EtherOutcome& attack, const EtherOutcome& safe) {
    std::string out;
    for (std::size_t k = 0; k < attack.tokens.size() && k < safe.tokens.size(); ++k) {
        const auto& a = attack.tokens[k];
        const auto& s = safe.tokens[k];
        const std::string var = token_var(a.token);
        for (std::size_t i = 0; i < a.targets.size() && i < s.targets.size(); ++i)
            if (a.targets[i].second < s.targets[i].second)
                out += fmt::format(
                    "        // Without re-entry the same calls leave {0} with {1} units of {2}.\n"
                    "        assertGe({3}.balanceOf(address({4})), {1}, \"{0} lost {2} units "
                    "to the attack\");\n",
                    s.targets[i].first, vm::to_dec(s.targets[i].second), a.token, var,
                    target_var(s.targets[i].first));
        if (s.adversary < a.adversary)
            out += fmt::format("        assertLe({0}.balanceOf(address(attacker)), {1}, "
                               "\"the attacker gained more {2} than the same calls "
                               "without re-entry give\");\n",
                               var, vm::to_dec(s.adversary), a.token);
    }
    return out;
}

/// Ether and tokens the attack moves that the same calls without re-entry do not.
std::string value_assertions(const EtherOutcome& attack, const EtherOutcome& safe,
                             const vm::U256& funds) {
    std::string out;
    for (std::size_t i = 0; i < attack.targets.size() && i < safe.targets.size(); ++i)
        if (attack.targets[i].second < safe.targets[i].second)
            out +=
                fmt::format("        // Without re-entry the same calls leave {} with {} wei.\n"
                            "        assertGe({}.balance, {}, \"{} lost ether to the attack\");\n",
                            safe.targets[i].first, vm::to_dec(safe.targets[i].second),
                            target_var(safe.targets[i].first), vm::to_dec(safe.targets[i].second),
                            safe.targets[i].first);
    if (safe.adversary_after < attack.adversary_after) {
        // The attacker starts with `funds` here; it may end with what the same calls without
        // re-entry leave it.
        const vm::U256 bound = funds + safe.adversary_after - safe.adversary_before;
        out += fmt::format("        assertLe(address(attacker).balance, {}, \"the attacker "
                           "gained more than the same calls without re-entry give\");\n",
                           vm::to_dec(bound));
    }
    return out + token_assertions(attack, safe);
}

/// The assertions that fail while the attack does harm and pass once it cannot.
std::string harm_assertions(const Witness& w, const Program& p) {
    const auto attack = ether_outcome(p, w, true);
    const auto safe = ether_outcome(p, w, false);
    std::string out;
    if (attack && safe) out = value_assertions(*attack, *safe, attacker_funds(w));
    if (out.empty() && attack && safe) out = reading_assertions(*attack, *safe, w, p);
    // The outcome is compared with the same calls without re-entry only when a re-entry went
    // through: a fix that refuses the re-entered call leaves a state the separate calls (which
    // it still accepts, a deposit of the attacker's own ether) do not. An attack without
    // re-entries (an answer, a price) is compared always.
    if (!out.empty() && w.reentries() > 0)
        return "        if (attacker.reentries() > 0) {\n" + indented(out) + "        }\n";
    if (!out.empty()) return out;
    if (w.property == PropertyKind::invariant)
        if (auto e = invariant_expr(p, w))
            return fmt::format("        assertTrue({}, \"invariant `{}` of {} is broken\");\n", *e,
                               w.expression, w.contract);
    // A postcondition over public state, after the witness's last call of its function (the
    // harm an answer of the adversary caused: a price, a magic value).
    const bool ends_with_the_call = !w.steps.empty() &&
                                    w.steps.back().call.contract == w.contract &&
                                    w.steps.back().call.signature.starts_with(w.function + "(");
    if (w.property == PropertyKind::if_succeeds && ends_with_the_call)
        if (auto e = invariant_expr(p, w))
            return fmt::format(
                "        assertTrue({}, \"postcondition `{}` of {}.{} is broken\");\n", *e,
                w.expression, w.contract, w.function);
    return "        // No ether moved and the property reads non-public state: the harm shown is\n"
           "        // that a re-entrant call went through.\n"
           "        assertEq(attacker.reentries(), 0, \"a re-entrant call succeeded\");\n";
}

/// Whether a constructor parameter of type `ty` is passed as one word in the test (`new C(a,
/// b)`), else it is decoded from the ABI words (arrays, bytes, strings).
bool one_word(const check::Type& ty) {
    return !lang::codegen::abi_is_dynamic(ty) && lang::codegen::abi_head_size(ty) == 32;
}

/// Whether the test can spell `ty` by its ABI name (abi.decode and the declaration agree).
bool spelled_by_abi_name(const check::Type& ty) {
    if (ty.kind == check::TypeKind::array) return ty.element && spelled_by_abi_name(*ty.element);
    return ty.kind != check::TypeKind::contract && ty.kind != check::TypeKind::enum_ &&
           ty.kind != check::TypeKind::struct_;
}

/// Whether `ty` is a list of payable addresses (`address payable[] payees`): decoded as
/// `address[]`, which it does not take, then copied element by element.
bool payable_list(const check::Type& ty) {
    return ty.kind == check::TypeKind::array && !ty.length && ty.element &&
           ty.element->kind == check::TypeKind::address && ty.element->payable;
}

/// The statement that deploys `d` as `t_NAME`: `new C(args)`, or, when a parameter is an array
/// or bytes, its arguments decoded first from the witness's ABI words.
std::string deploy_stmt(const Program& p, const Deployment& d, const Encoder& enc) {
    const Target* t = p.target(d.contract);
    const auto* types =
        t && t->info->constructor ? &t->info->constructor->parameter_types : nullptr;
    const std::string value =
        d.value.is_zero() ? "" : fmt::format("{{value: {}}}", vm::to_dec(d.value));
    const bool simple = !types || std::all_of(types->begin(), types->end(),
                                              [](const auto& ty) { return one_word(*ty); });
    const bool spelled = types && std::all_of(types->begin(), types->end(), [](const auto& ty) {
                             return spelled_by_abi_name(*ty);
                         });
    if (simple || !spelled)
        return fmt::format("        {} = payable(address(new {}{}({})));\n", target_var(d.contract),
                           d.contract, value, args_expr(d.args, types, enc.accounts, enc.w, false));
    std::string decls, names, list, copies;
    for (std::size_t i = 0; i < types->size(); ++i) {
        const check::Type& ty = *(*types)[i];
        const bool reference = !one_word(ty) || ty.kind == check::TypeKind::array;
        const bool copied = payable_list(ty);
        decls += fmt::format("{}{}{} {}{}", i ? ", " : "", check::abi_name(ty),
                             reference ? " memory" : "", copied ? "q" : "p", i);
        names += fmt::format("{}p{}", i ? ", " : "", i);
        list += fmt::format("{}{}", i ? ", " : "", check::abi_name(ty));
        if (copied)
            copies += fmt::format(
                "            address payable[] memory p{0} = new address payable[](q{0}.length);\n"
                "            for (uint256 j = 0; j < q{0}.length; j++) p{0}[j] = "
                "payable(q{0}[j]);\n",
                i);
    }
    return fmt::format("        {{\n            ({}) =\n                abi.decode(abi.encode({}), "
                       "({}));\n{}            {} = payable(address(new {}{}({})));\n        }}\n",
                       decls, args_expr(d.args, types, enc.accounts, enc.w, false), list, copies,
                       target_var(d.contract), d.contract, value, names);
}

/// The statements that put the test in the block at position `number` of the analysis's
/// chain, after `clock` (the warps' extra seconds and empty blocks): constructors and calls
/// that read the clock (a payout due a week after the last, a refund per second left, a lock
/// counted in blocks) see what they saw there.
std::string clock_stmt(std::uint64_t number, const ClockOffset& clock) {
    return fmt::format("        vm.roll({});\n        vm.warp({});\n", number + clock.blocks,
                       chain_timestamp(number + clock.blocks, clock.seconds));
}

std::string attack_steps(const Witness& w, const Encoder& enc) {
    std::string out;
    const std::uint64_t first = w.deployments.size() + w.setup.size() + 1;
    ClockOffset clock;
    for (std::size_t k = 0; k < w.steps.size(); ++k) {
        const TxStep& s = w.steps[k];
        clock.seconds += s.warp;
        clock.blocks += s.roll;
        out += clock_stmt(first + k, clock);
        if (s.is_warp())
            continue;
        else if (s.sender == deployer_name) // the test deployed the targets: it is the owner
            out += fmt::format("        {{ {} }}\n", call_stmt(s.call, enc));
        else if (s.sender == adversary_name || s.sender == accomplice_name)
            out += fmt::format("        {}.run({}, {}, {}, {});\n",
                               s.sender == adversary_name ? "attacker" : "accomplice", k,
                               target_var(s.call.contract), vm::to_dec(s.call.value), enc(s.call));
        else
            out += fmt::format("        vm.deal(makeAddr(\"{0}\"), 100 ether);\n"
                               "        vm.prank(makeAddr(\"{0}\"));\n        {{ {1} }}\n",
                               s.sender, call_stmt(s.call, enc));
    }
    return out;
}

/// The attacker's tokens: seeded like the other holders, and its hooks registered.
std::string attacker_tokens(const Witness& w) {
    std::string out;
    if (w.tokens.empty()) return out;
    out = fmt::format("        address[] memory targets = new address[]({});\n",
                      w.deployments.size());
    for (std::size_t i = 0; i < w.deployments.size(); ++i)
        out += fmt::format("        targets[{}] = {};\n", i, target_var(w.deployments[i].contract));
    for (const std::string& t : w.tokens)
        out += fmt::format("        {0}.seed(address(attacker), targets);\n"
                           "        {0}.setHooked(address(attacker));\n",
                           token_var(t));
    return out;
}

} // namespace

std::string witness_slug(const Witness& w, ReentryKind kind) {
    std::string what{to_string(w.property)};
    if (kind != ReentryKind::none) what += "-" + std::string(to_string(kind));
    if (!w.function.empty()) what += "-" + w.function;
    if (w.property == PropertyKind::invariant || w.property == PropertyKind::invariant_at_call ||
        w.property == PropertyKind::if_succeeds) {
        std::string slug;
        for (const char ch : w.expression) {
            if (std::isalnum(static_cast<unsigned char>(ch)))
                slug += ch;
            else if (!slug.empty() && slug.back() != '-')
                slug += '-';
        }
        while (!slug.empty() && slug.back() == '-')
            slug.pop_back();
        if (slug.size() > 40) slug.resize(40);
        if (!slug.empty()) what += "-" + slug;
    }
    return what;
}

/// Whether some call of the witness (set-up, step or re-entry) passes the accomplice.
bool uses_accomplice(const Witness& w, const Accounts& accounts) {
    const vm::U256 word = accounts.accomplice.to_word();
    const auto passes = [&](const CallSpec& c) {
        return std::find(c.args.begin(), c.args.end(), word) != c.args.end();
    };
    for (const auto* list : {&w.setup, &w.steps})
        for (const TxStep& s : *list) {
            if (s.sender == accomplice_name || passes(s.call)) return true;
            for (const Choice& c : s.choices)
                if (c.kind == ChoiceKind::reenter &&
                    (passes(c.call) || (c.then && passes(*c.then))))
                    return true;
        }
    return false;
}

std::string foundry_test(const Witness& w, const Program& p) {
    const Encoder enc{p, w, Accounts::make(p)};
    std::string imports, fields, aim_params, aim_body, aim_args, deploys, setup;
    for (const std::string& f : w.files)
        imports += fmt::format("import \"./{}\";\n", f);
    for (std::size_t i = 0; i < w.deployments.size(); ++i) {
        const Deployment& d = w.deployments[i];
        fields += fmt::format("    address payable {};\n", target_var(d.contract));
        aim_params += fmt::format("{}address payable a{}", i ? ", " : "", i);
        aim_body += fmt::format(" {} = a{};", target_var(d.contract), i);
        aim_args += fmt::format("{}{}", i ? ", " : "", target_var(d.contract));
        deploys += clock_stmt(i + 1, ClockOffset{}) + deploy_stmt(p, d, enc);
    }
    // The instances the constructors created, at the addresses their creators' nonces give
    // (forge-std's computeCreateAddress): the attacker calls and re-enters them too.
    std::size_t aimed = w.deployments.size();
    for (const Target& t : p.targets()) {
        if (!t.creator) continue;
        const std::string var = target_var(t.name());
        fields += fmt::format("    address payable {};\n", var);
        aim_params += fmt::format(", address payable a{}", aimed);
        aim_body += fmt::format(" {} = a{};", var, aimed);
        aim_args += ", " + var;
        ++aimed;
        deploys += fmt::format("        {} = payable(computeCreateAddress({}, {}));\n", var,
                               target_var(p.targets()[*t.creator].name()), t.creation_nonce);
    }
    std::string tokens, spenders = "new address[](" + std::to_string(w.deployments.size()) + ")";
    for (std::size_t i = 0; i < w.tokens.size(); ++i) {
        const std::string var = token_var(w.tokens[i]);
        fields += fmt::format("    MalloryToken {};\n", var);
        tokens += fmt::format("        {} = new MalloryToken();\n", var);
        // The attacker names the tokens in its calls too (`withdraw(token)`).
        aim_params += fmt::format(", address k{}", i);
        aim_body += fmt::format(" {} = MalloryToken(k{});", var, i);
        aim_args += fmt::format(", address({})", var);
    }
    if (!w.tokens.empty()) {
        // Holders are seeded once the targets exist: they approve every one of them.
        std::string seed = "        address[] memory spenders = " + spenders + ";\n";
        for (std::size_t i = 0; i < w.deployments.size(); ++i)
            seed += fmt::format("        spenders[{}] = {};\n", i,
                                target_var(w.deployments[i].contract));
        for (const std::string& t : w.tokens) {
            if (t == own_token_name) continue; // held by the attacker alone (attacker_tokens)
            seed += fmt::format("        {}.seed(address(this), spenders);\n", token_var(t));
            for (const auto& [name, addr] : enc.accounts.users)
                seed += fmt::format("        {}.seed(makeAddr(\"{}\"), spenders);\n", token_var(t),
                                    name);
        }
        deploys += seed;
    }
    // Each untrusted stand-in is an Attacker of its own that answers as the witness chose,
    // callbacks numbered across all of the adversary's accounts, as the explorer numbers them.
    // So is the accomplice, created first: the attacker's re-entries name it (`accomplice_`).
    std::string stand_ins, stand_ins_aimed;
    if (uses_accomplice(w, enc.accounts)) {
        fields += "    address payable accomplice_;\n";
        aim_params += ", address payable acc";
        aim_body += " accomplice_ = acc;";
        aim_args += ", payable(address(accomplice))";
        stand_ins += "        Attacker accomplice = new Attacker(attacker, address(this));\n";
        stand_ins_aimed += fmt::format("        accomplice.aim({});\n", aim_args);
        if (enc.accounts.accomplice_acts) // it sends transactions of its own, as in the analysis
            stand_ins_aimed += fmt::format("        vm.deal(address(accomplice), {});\n",
                                           vm::to_dec(attacker_funds(w)));
    }
    for (const auto& [name, addr] : enc.accounts.untrusted) {
        if (!is_stand_in(name, w)) continue;
        stand_ins +=
            fmt::format("        Attacker {0} = new Attacker(attacker, address(this));\n", name);
        stand_ins_aimed += fmt::format("        {0}.aim({1});\n"
                                       "        vm.deal(address({0}), 100 ether);\n",
                                       name, aim_args);
    }
    vm::U256 paid; // the ether the attacker pays at set-up
    for (const TxStep& s : w.setup)
        if (s.sender == adversary_name) paid = paid + s.call.value;
    for (std::size_t j = 0; j < w.setup.size(); ++j) {
        const TxStep& s = w.setup[j];
        setup += clock_stmt(w.deployments.size() + j + 1, ClockOffset{});
        if (s.sender == deployer_name) // the wiring: the test deployed the targets, it is the owner
            setup += fmt::format("        {{ {} }}\n", call_stmt(s.call, enc));
        else if (s.sender == adversary_name) // a faucet's tokens: the attack contract holds them
            setup += fmt::format("        vm.prank(address(attacker));\n        {{ {} }}\n",
                                 call_stmt(s.call, enc));
        else
            setup += fmt::format("        vm.deal(makeAddr(\"{0}\"), 100 ether);\n"
                                 "        vm.prank(makeAddr(\"{0}\"));\n        {{ {1} }}\n",
                                 s.sender, call_stmt(s.call, enc));
    }
    return fmt::format(
        R"(// SPDX-License-Identifier: MIT
// Generated by mallory analyze: the witness for {0} of {1} ({2}).
// It FAILS while {1} is vulnerable (the assertions below see the harm) and PASSES once fixed.
pragma solidity ^0.8.28; // transient state variables (the Attacker's callback count)

import "forge-std/Test.sol";
{3}
contract Attacker {{
{4}    // Transient and immutable: a callback paid with the 2300-gas stipend of `transfer` reads
    // and counts them too (no SLOAD or SSTORE).
    uint256 transient step_;
    uint256 transient n;
    uint256 public reentries;
    address tester; // the test contract (the witness's deployer)
    /// For an untrusted stand-in (an address the targets were given that the adversary
    /// controls): the attack contract, which numbers the callbacks of all of them.
    Attacker immutable main_;
    constructor(Attacker m, address t) {{
        main_ = m;
        tester = t;
    }}
    function aim({5}) external {{{6} }}
    /// Attack transaction `k` of the witness, paid from the attacker's own ether.
    function run(uint256 k, address target, uint256 value, bytes memory data) external {{
        if (address(main_) != address(0)) main_.begin(k); // the accomplice's own transaction
        else begin(k);
        (bool ok_, ) = target.call{{value: value}}(data);
        ok_; // a reverted attack changes nothing: the assertions judge the outcome
    }}
    /// Attack transaction `k` starts: its callbacks are numbered from 0.
    function begin(uint256 k) public {{
        step_ = k;
        n = 0;
    }}
    /// The attack step and the number of the callback one of the adversary's accounts got.
    function take() external returns (uint256 k, uint256 c) {{
        k = step_;
        c = n;
        n += 1;
    }}
    function current_step() external view returns (uint256) {{ return step_; }}
    /// A re-entry (counted) or a repayment, made as the explorer makes them: from the attack
    /// contract, whichever of the adversary's contracts was called back (a stand-in's
    /// re-entry into `claim()` claims what the attack contract is owed).
    function relay(address target, uint256 value, bytes memory data, bool reentry) public returns (bool ok) {{
        if (address(main_) != address(0)) return main_.relay(target, value, data, reentry);
        (ok, ) = target.call{{value: value}}(data);
        if (ok && reentry) reentries += 1;
    }}
    /// The answer to the current callback: `given` (the default) unless the witness chose.
    function hook(bytes memory given) internal returns (bytes memory out) {{
        out = given;
        uint256 step = step_;
        uint256 current = n;
        if (address(main_) == address(0)) n += 1;
        else if (gasleft() > 2300) (step, current) = main_.take();
        else return given; // a stand-in paid with a stipend cannot ask the attack contract
        step;
{7}    }}
    function view_answer(bytes memory given) internal view returns (bytes memory) {{
        uint256 step = address(main_) != address(0) ? main_.current_step() : step_;
        step;
{13}        return given;
    }}
{14}    receive() external payable {{ hook(""); }}
    fallback() external payable {{ hook(""); }}
}}
{15}
contract MalloryWitnessTest is Test {{
{4}
    function test_witness() public {{
        vm.deal(address(this), 1000 ether);
        // The attacker exists first: a constructor may list it (a payee, a member). It is
        // created where the analysis had it (its owner's first creation), so that what the
        // targets derive from its address (a commitment's hash) is what the witness holds.
        vm.prank(address(uint160({19})));
        Attacker attacker = new Attacker(Attacker(payable(address(0))), address(this));
        // Funded before the set-up, which it may pay into: it starts the attack with 100 ether,
        // or with all its transactions and re-entries send when that is more.
        vm.deal(address(attacker), {20});
{17}{8}{9}        attacker.aim({10});
{18}{16}
{11}{12}    }}
}}
)",
        to_string(w.property), w.contract, w.expression, imports, fields, aim_params, aim_body,
        hooks_of(w, enc), tokens + deploys, setup, aim_args, attack_steps(w, enc),
        harm_assertions(w, p), view_answers_of(w), answer_functions(p),
        w.tokens.empty() ? "" : token_source, attacker_tokens(w), stand_ins, stand_ins_aimed,
        vm::to_dec(enc.accounts.adversary_owner.to_word()), vm::to_dec(attacker_funds(w) + paid));
}

namespace {

/// The deepest folder holding every path.
fs::path common_folder(const std::vector<fs::path>& paths) {
    fs::path common = paths.front().parent_path();
    for (const fs::path& p : paths)
        while (!common.empty() &&
               std::mismatch(common.begin(), common.end(), p.begin(), p.end()).first !=
                   common.end())
            common = common.parent_path();
    return common;
}

/// A source's path inside the package folder it was imported from (`@openzeppelin/contracts/
/// token/ERC20/ERC20.sol` of `.../node_modules/@openzeppelin/...`); empty for the user's own.
fs::path package_path(const fs::path& absolute) {
    fs::path inside;
    bool found = false;
    for (const fs::path& part : absolute) {
        if (part == "node_modules") {
            found = true;
            inside.clear();
        } else if (found) {
            inside /= part;
        }
    }
    return found ? inside : fs::path{};
}

/// Copies the program's own sources (not the built-in forge-std) under dir/src, and the
/// packages' files it imports under dir/src/node_modules, where the import resolver finds them
/// from the copies (so a replay reads nothing outside dir); returns the witness `files`
/// (relative to dir) of the root files.
std::optional<std::string> copy_sources(const Program& program, const fs::path& dir,
                                        std::vector<std::string>& roots) {
    std::vector<fs::path> paths, packaged, own;
    std::vector<const lang::SourceFile*> files;
    for (const auto& u : program.front().units) {
        if (u->builtin) continue;
        const lang::SourceFile& f = program.sources().file(u->file);
        std::error_code ec;
        paths.push_back(fs::weakly_canonical(fs::absolute(f.path()), ec));
        packaged.push_back(package_path(fs::absolute(f.path()).lexically_normal()));
        if (packaged.back().empty()) own.push_back(paths.back());
        files.push_back(&f);
    }
    if (own.empty()) return std::nullopt;
    const fs::path base = common_folder(own);
    for (std::size_t i = 0; i < paths.size(); ++i) {
        const fs::path rel = packaged[i].empty()
                                 ? fs::path("src") / paths[i].lexically_relative(base)
                                 : fs::path("src") / "node_modules" / packaged[i];
        std::error_code ec;
        fs::create_directories((dir / rel).parent_path(), ec);
        std::ofstream out(dir / rel, std::ios::binary);
        out << files[i]->text();
        if (ec || !out)
            return fmt::format("--witness-out: cannot write '{}'", (dir / rel).string());
        for (const std::string& root : program.paths()) {
            std::error_code ec2;
            if (fs::weakly_canonical(fs::absolute(root), ec2) == paths[i])
                roots.push_back(rel.generic_string());
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> write_witnesses(const Report& report, const Program& program,
                                           const std::string& dir,
                                           std::vector<std::string>* written) {
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
        return fmt::format("--witness-out: '{}' exists and is not a directory", dir);
    fs::create_directories(dir, ec);
    if (ec) return fmt::format("--witness-out: cannot create '{}': {}", dir, ec.message());
    std::vector<std::string> roots;
    if (std::none_of(report.findings.begin(), report.findings.end(),
                     [](const Finding& f) { return f.witness.has_value(); }))
        return std::nullopt;
    if (auto e = copy_sources(program, dir, roots)) return e;
    int n = 0;
    for (const Finding& f : report.findings) {
        if (!f.witness) continue;
        Witness w = *f.witness;
        w.files = roots;
        const std::string base = fmt::format("{}-{}-{}", ++n, f.contract, witness_slug(w, f.kind));
        const fs::path json_path = fs::path(dir) / (base + ".json");
        const fs::path test_path = fs::path(dir) / (base + ".t.sol");
        std::ofstream(json_path) << to_json(w).dump(2) << "\n";
        std::ofstream test(test_path);
        test << foundry_test(w, program);
        if (!test) return fmt::format("--witness-out: cannot write '{}'", test_path.string());
        if (written) {
            written->push_back(json_path.string());
            written->push_back(test_path.string());
        }
    }
    return std::nullopt;
}

} // namespace mallory::analyzer
