// Names a contract inherits: solc imports every base's visible declarations into the derived
// contract's scope (linearization order, most derived base first) and reports a name that is
// then declared twice as something of another kind: "Identifier already declared." (9097);
// a modifier inherited from two bases must be overridden (6480).
#include "lang/check/checker_impl.hpp"
#include "lang/check/override_graph.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace mallory::lang::check {

namespace {

bool is_public_state_variable(const Declaration* d) {
    if (d->kind != DeclKind::variable) return false;
    const auto* v = static_cast<const VariableInfo*>(d);
    return v->var_kind == VarKind::state && v->visibility == ast::Visibility::public_;
}

/// solc's rule for `imported`, a declaration of a base of `c` brought into `c`'s scope, which
/// already holds `present` (`c`'s own, or a more derived base's): functions overload functions,
/// events overload events, a modifier is overridden by a modifier, and a public state variable
/// and a function of bases may share a name (the override checks judge those). A function of
/// `c` itself cannot take the name of a base's public state variable (the variable cannot be
/// overridden), and any other pair shares a name illegally.
bool names_clash(const Declaration* imported, const Declaration* present, const ContractInfo* c) {
    if (imported->kind == present->kind &&
        (imported->kind == DeclKind::function || imported->kind == DeclKind::event ||
         imported->kind == DeclKind::modifier))
        return false;
    if (is_public_state_variable(present) && imported->kind == DeclKind::function) return false;
    return !(is_public_state_variable(imported) && present->kind == DeclKind::function &&
             present->contract != c);
}

/// The declarations of `x` that solc brings into a contract's scope: all of its own for the
/// contract itself, the ones visible in derived contracts for a base (no private functions or
/// state variables, no constructor, receive or fallback).
std::vector<const Declaration*> scope_declarations(const ContractInfo* x, bool own) {
    std::vector<const Declaration*> out;
    for (const VariableInfo* v : x->state_variables)
        if (own || v->visibility != ast::Visibility::private_) out.push_back(v);
    for (const FunctionInfo* f : x->functions)
        if (f->function_kind == ast::FunctionKind::function &&
            (own || f->visibility != ast::Visibility::private_))
            out.push_back(f);
    out.insert(out.end(), x->modifiers.begin(), x->modifiers.end());
    out.insert(out.end(), x->structs.begin(), x->structs.end());
    out.insert(out.end(), x->enums.begin(), x->enums.end());
    out.insert(out.end(), x->value_types.begin(), x->value_types.end());
    out.insert(out.end(), x->events.begin(), x->events.end());
    out.insert(out.end(), x->errors.begin(), x->errors.end());
    return out;
}

/// The modifier named `name` that `base` sees: its own, else the one its linearization reaches
/// first.
const ModifierInfo* visible_modifier(const ContractInfo* base, const std::string& name) {
    for (const ContractInfo* x : base->linearization)
        for (const ModifierInfo* m : x->modifiers)
            if (m->name == name) return m;
    return nullptr;
}

/// The modifiers that `c`'s direct bases see under `name`, without duplicates.
std::vector<const ModifierInfo*> inherited_modifiers(const ContractInfo* c,
                                                     const std::string& name) {
    std::vector<const ModifierInfo*> out;
    for (const ContractInfo* base : c->direct_bases)
        if (const ModifierInfo* m = visible_modifier(base, name);
            m && std::find(out.begin(), out.end(), m) == out.end())
            out.push_back(m);
    return out;
}

} // namespace

void Checker::check_inherited_names(const ContractInfo* c) {
    std::vector<const Declaration*> scope = scope_declarations(c, true);
    for (std::size_t i = 1; i < c->linearization.size(); ++i) {
        for (const Declaration* d : scope_declarations(c->linearization[i], false)) {
            const Declaration* clash = nullptr;
            for (const Declaration* p : scope)
                if (p->name == d->name && names_clash(d, p, c)) {
                    clash = p;
                    break;
                }
            scope.push_back(d);
            if (!clash) continue;
            // A state variable redeclared without `override` has its own error
            // (check_contract_rules); a clash between bases is reported where they first meet.
            const auto* own_var = clash->contract == c && clash->kind == DeclKind::variable
                                      ? static_cast<const VariableInfo*>(clash)
                                      : nullptr;
            if (own_var && d->kind == DeclKind::variable && own_var->ast_state &&
                !own_var->ast_state->override_)
                continue;
            bool met_in_base = false;
            for (const ContractInfo* base : c->direct_bases)
                met_in_base = met_in_base || (base->derives_from(d->contract) &&
                                              base->derives_from(clash->contract));
            if (met_in_base) continue;
            const bool same_file = d->span.file == clash->span.file;
            const Declaration* later = same_file && clash->span.begin > d->span.begin ? clash : d;
            const Declaration* earlier = later == d ? clash : d;
            error(DiagCode::Redeclaration, later->span, "Identifier already declared.")
                .notes.push_back({earlier->span, "the previous declaration is here"});
        }
    }
}

// solc 6480: a modifier that `c` inherits through several direct bases must be overridden
// unless one of them settles it, by the rule functions follow (override_graph.hpp); whatever
// its parameters, as modifiers do not overload.
void Checker::check_inherited_modifiers(const ContractInfo* c) {
    std::set<std::string> own, seen;
    for (const ModifierInfo* m : c->modifiers)
        own.insert(m->name);
    // A modifier overrides the ones its contract's direct bases see under its name.
    auto bases_of = [](const ModifierInfo* m) { return inherited_modifiers(m->contract, m->name); };
    auto implemented = [](const ModifierInfo* m) { return m->ast && m->ast->body.has_value(); };
    for (std::size_t i = 1; i < c->linearization.size(); ++i)
        for (const ModifierInfo* m : c->linearization[i]->modifiers) {
            if (own.count(m->name) || !seen.insert(m->name).second) continue;
            if (!must_override(inherited_modifiers(c, m->name), bases_of, implemented).empty())
                error(DiagCode::MissingOverride, c->span,
                      fmt::format("Derived contract must override modifier \"{}\". Two or more "
                                  "base classes define modifier with same name.",
                                  m->name));
        }
}

} // namespace mallory::lang::check
