// Contract-level rules: interfaces, abstract contracts, special functions, overriding,
// the effective external interface and selector collisions, base constructor arguments.
#include "lang/check/abi.hpp"
#include "lang/check/checker_impl.hpp"
#include "lang/check/override_graph.hpp"

#include <algorithm>
#include <set>

namespace mallory::lang::check {

namespace {

bool same_params(const FunctionInfo* a, const FunctionInfo* b) {
    if (a->parameter_types.size() != b->parameter_types.size()) return false;
    for (std::size_t i = 0; i < a->parameter_types.size(); ++i) {
        const TypePtr& x = a->parameter_types[i];
        const TypePtr& y = b->parameter_types[i];
        if (is_error(x) || is_error(y)) continue;
        if (!same_base_type(*x, *y)) return false;
    }
    return true;
}

const char* visibility_text(ast::Visibility v) {
    switch (v) {
    case ast::Visibility::public_:
        return "public";
    case ast::Visibility::external:
        return "external";
    case ast::Visibility::internal:
        return "internal";
    case ast::Visibility::private_:
        return "private";
    default:
        return "unspecified";
    }
}

const char* mutability_text(ast::Mutability m) {
    switch (m) {
    case ast::Mutability::view:
        return "view";
    case ast::Mutability::pure:
        return "pure";
    case ast::Mutability::payable:
        return "payable";
    default:
        return "nonpayable";
    }
}

int strictness(ast::Mutability m) {
    switch (m) {
    case ast::Mutability::payable:
        return 0;
    case ast::Mutability::nonpayable:
        return 1;
    case ast::Mutability::view:
        return 2;
    case ast::Mutability::pure:
        return 3;
    }
    return 1;
}

bool overrides_transitively(const FunctionInfo* f, const FunctionInfo* base, int depth = 0) {
    if (f == base) return true;
    if (depth > 64) return false;
    for (const FunctionInfo* o : f->overrides)
        if (overrides_transitively(o, base, depth + 1)) return true;
    return false;
}

/// Whether two modifiers take parameters of the same types (locations aside).
bool same_parameter_types(const ModifierInfo& a, const ModifierInfo& b) {
    if (a.parameters.size() != b.parameters.size()) return false;
    for (std::size_t i = 0; i < a.parameters.size(); ++i) {
        const TypePtr& x = a.parameters[i]->type;
        const TypePtr& y = b.parameters[i]->type;
        if (!is_error(x) && !is_error(y) && !same_base_type(*x, *y)) return false;
    }
    return true;
}

/// An override returns what the overridden function returns (locations aside: they have a
/// rule of their own). A getter counts as a function returning its results.
bool same_return_types(const FunctionInfo& f, const FunctionInfo& g) {
    if (f.return_types.size() != g.return_types.size()) return false;
    for (std::size_t i = 0; i < f.return_types.size(); ++i)
        if (!is_error(f.return_types[i]) && !is_error(g.return_types[i]) &&
            !same_base_type(*f.return_types[i], *g.return_types[i]))
            return false;
    return true;
}

/// solc ignores a constructor's visibility (with a warning) except where it contradicts the
/// contract's kind: a contract that can be deployed cannot have an `internal` constructor
/// (1845), an abstract one cannot have a `public` one (8295). Empty when neither applies.
std::string constructor_visibility_error(const ContractInfo& c, const ast::FunctionDefinition& fd) {
    if (fd.visibility == ast::Visibility::internal &&
        c.contract_kind == ast::ContractKind::contract)
        return "Non-abstract contracts cannot have internal constructors. Remove the "
               "\"internal\" keyword and make the contract abstract to fix this.";
    if (fd.visibility == ast::Visibility::public_ && c.is_abstract())
        return "Abstract contracts cannot have public constructors. Remove the \"public\" "
               "keyword to fix this.";
    return {};
}

} // namespace

/// Whether fallback `f` has one of the two shapes solc allows: `fallback()`, or
/// `fallback(bytes calldata) returns (bytes memory)` (the call's input in, raw output out).
bool is_fallback_signature(const FunctionInfo& f) {
    if (f.parameter_types.empty() && f.return_types.empty()) return true;
    auto is_bytes_in = [](const TypePtr& t, Location where) {
        return t && t->kind == TypeKind::bytes && t->location == where;
    };
    return f.parameter_types.size() == 1 && f.return_types.size() == 1 &&
           is_bytes_in(f.parameter_types[0], Location::calldata) &&
           is_bytes_in(f.return_types[0], Location::memory);
}

std::string mutability_name(ast::Mutability m) {
    return mutability_text(m);
}

void Checker::check_contract_rules(ContractInfo* c) {
    int constructors = 0, receives = 0, fallbacks = 0;
    for (const VariableInfo* v : c->state_variables) {
        const auto& sv = *v->ast_state;
        if (c->is_interface())
            error(
                DiagCode::InterfaceRule, sv.span,
                fmt::format("interface '{}' cannot declare state variable '{}'", c->name, v->name));
        if (sv.visibility == ast::Visibility::external)
            error(DiagCode::VisibilityRule, sv.span,
                  fmt::format("state variable '{}' cannot be external", v->name));
        if (sv.constant && sv.immutable)
            error(
                DiagCode::ConstantRule, sv.span,
                fmt::format("state variable '{}' cannot be both constant and immutable", v->name));
        if (sv.constant && !sv.initial_value)
            error(DiagCode::ConstantRule, sv.name_span,
                  fmt::format("constant '{}' must be initialized", v->name));
        // A constant may also be a string or bytes (its value is copied to memory at each use);
        // an immutable lives in the code, so it is a word: an internal function's too (solc
        // 3366 refuses only external ones, two words).
        const bool string_constant =
            sv.constant && v->type &&
            (v->type->kind == TypeKind::string || v->type->kind == TypeKind::bytes);
        const bool internal_function_immutable = sv.immutable && v->type &&
                                                 v->type->kind == TypeKind::function &&
                                                 v->type->call_kind == CallKind::internal;
        if ((sv.constant || sv.immutable) && v->type && !is_error(v->type) && !string_constant &&
            !internal_function_immutable &&
            (!is_value_type(*v->type) || v->type->kind == TypeKind::function))
            error(DiagCode::ConstantRule, sv.span,
                  fmt::format("{} '{}' must have a value type{}, not {}",
                              sv.constant ? "constant" : "immutable", v->name,
                              sv.constant ? " or be a string or bytes" : "", to_string(*v->type)));
        if (sv.transient) check_transient_variable(*v);
        // Shadowing an inherited state variable is an error in Solidity; a private one is not
        // inherited, so its name is free (OpenZeppelin's Governor and EIP712 both have `_name`).
        for (std::size_t i = 1; i < c->linearization.size(); ++i)
            for (const VariableInfo* bv : c->linearization[i]->state_variables)
                if (bv->name == v->name && !sv.override_ &&
                    bv->visibility != ast::Visibility::private_)
                    error(DiagCode::Redeclaration, v->span,
                          fmt::format("state variable '{}' is already declared in base '{}'",
                                      v->name, c->linearization[i]->name))
                        .notes.push_back({bv->span, "declared here"});
    }
    for (const ModifierInfo* m : c->modifiers)
        if (c->is_interface())
            error(DiagCode::InterfaceRule, m->span,
                  fmt::format("interface '{}' cannot declare modifier '{}'", c->name, m->name));
    for (const FunctionInfo* f : c->functions) {
        const ast::FunctionDefinition& fd = *f->ast;
        if (fd.kind == ast::FunctionKind::constructor) {
            if (++constructors > 1)
                error(DiagCode::DuplicateSpecialFunction, fd.span,
                      fmt::format("'{}' has more than one constructor", c->name));
            if (c->is_interface())
                error(DiagCode::InterfaceRule, fd.span,
                      fmt::format("interface '{}' cannot have a constructor", c->name));
            if (fd.mutability == ast::Mutability::view || fd.mutability == ast::Mutability::pure)
                error(DiagCode::MutabilityRule, fd.span,
                      "a constructor must be payable or non-payable, not view or pure");
            if (!fd.returns.empty())
                error(DiagCode::SpecialFunctionRule, fd.span, "a constructor cannot return values");
            if (fd.is_virtual || fd.override_)
                error(DiagCode::SpecialFunctionRule, fd.span,
                      "a constructor cannot be virtual or override");
            if (fd.visibility == ast::Visibility::external ||
                fd.visibility == ast::Visibility::private_)
                error(DiagCode::VisibilityRule, fd.span,
                      "a constructor cannot be external or private");
            if (std::string wrong = constructor_visibility_error(*c, fd); !wrong.empty())
                error(DiagCode::VisibilityRule, fd.span, std::move(wrong));
            continue;
        }
        if (fd.kind == ast::FunctionKind::receive || fd.kind == ast::FunctionKind::fallback) {
            bool is_receive = fd.kind == ast::FunctionKind::receive;
            int& count = is_receive ? receives : fallbacks;
            if (++count > 1)
                error(DiagCode::DuplicateSpecialFunction, fd.span,
                      fmt::format("'{}' has more than one {} function", c->name, f->name));
            if (fd.visibility != ast::Visibility::external)
                error(DiagCode::SpecialFunctionRule, fd.span,
                      fmt::format("the {} function must be declared 'external'", f->name));
            if (is_receive && fd.mutability != ast::Mutability::payable)
                error(DiagCode::SpecialFunctionRule, fd.span,
                      "the receive function must be declared 'payable'")
                    .hint = "write 'receive() external payable { ... }'";
            if (!is_receive && fd.mutability != ast::Mutability::payable &&
                fd.mutability != ast::Mutability::nonpayable)
                error(DiagCode::SpecialFunctionRule, fd.span,
                      "the fallback function must be payable or non-payable, not view or pure");
            if (is_receive && (!fd.parameters.empty() || !fd.returns.empty()))
                error(DiagCode::SpecialFunctionRule, fd.span,
                      "the receive function cannot take parameters or return values");
            if (!is_receive && !is_fallback_signature(*f))
                error(DiagCode::SpecialFunctionRule, fd.span, // solc 5570
                      "Fallback function either has to have the signature \"fallback()\" or "
                      "\"fallback(bytes calldata) returns (bytes memory)\".");
        } else {
            if (f->name == c->name && !c->is_file_level()) // solc 5796: pre-0.5 constructor style
                error(DiagCode::SpecialFunctionRule, fd.name_span,
                      "Functions are not allowed to have the same name as the contract. If you "
                      "intend this to be a constructor, use \"constructor(...) { ... }\" to "
                      "define it.");
            if (fd.visibility == ast::Visibility::unspecified && c->is_interface())
                error(DiagCode::VisibilityRule, fd.name_span, // solc 4937
                      "No visibility specified. Did you intend to add \"external\"?");
            else if (fd.visibility == ast::Visibility::unspecified && !c->is_file_level())
                error(DiagCode::VisibilityRule, fd.name_span,
                      fmt::format("no visibility specified for function '{}'", f->name))
                    .hint = "add 'public', 'external', 'internal' or 'private'";
            if (c->is_interface() && fd.visibility != ast::Visibility::external &&
                fd.visibility != ast::Visibility::unspecified)
                error(DiagCode::InterfaceRule, fd.name_span,
                      fmt::format("function '{}' in interface '{}' must be external", f->name,
                                  c->name));
            if (fd.is_virtual && fd.visibility == ast::Visibility::private_)
                error(DiagCode::VisibilityRule, fd.name_span,
                      fmt::format("private function '{}' cannot be virtual", f->name));
            if (fd.mutability == ast::Mutability::payable &&
                (fd.visibility == ast::Visibility::internal ||
                 fd.visibility == ast::Visibility::private_))
                error(DiagCode::MutabilityRule, fd.name_span,
                      fmt::format("internal or private function '{}' cannot be payable", f->name));
        }
        if (c->is_interface() && f->implemented)
            error(DiagCode::InterfaceRule, fd.span,
                  fmt::format("function '{}' in interface '{}' cannot have an implementation",
                              f->name, c->name));
        if (!c->is_interface() && !c->is_library() && !c->is_file_level() && !f->implemented &&
            !fd.is_virtual)
            error(DiagCode::MissingAbstract, fd.span,
                  fmt::format("function '{}' has no implementation and must be marked 'virtual'",
                              f->name));
        if (!fd.modifiers.empty() && c->is_interface())
            error(DiagCode::InterfaceRule, fd.modifiers.front().span,
                  "functions in interfaces cannot have modifiers");
        else if (!fd.modifiers.empty() && !f->implemented) // solc 2668
            error(DiagCode::ModifierRule, fd.span,
                  "Functions without implementation cannot have modifiers.");
    }
    // Same-scope redeclarations among own members.
    std::map<std::string, std::vector<const Declaration*>> own;
    auto add = [&](const Declaration* d) { own[d->name].push_back(d); };
    for (const VariableInfo* v : c->state_variables)
        add(v);
    for (const FunctionInfo* f : c->functions)
        if (f->function_kind == ast::FunctionKind::function) add(f);
    for (const ModifierInfo* m : c->modifiers)
        add(m);
    for (const StructInfo* s : c->structs)
        add(s);
    for (const EnumInfo* e : c->enums)
        add(e);
    for (const UserValueTypeInfo* v : c->value_types)
        add(v);
    for (const EventInfo* e : c->events)
        add(e);
    for (const ErrorInfo* e : c->errors)
        add(e);
    for (const auto& [name, list] : own) {
        for (std::size_t i = 1; i < list.size(); ++i) {
            const Declaration* d = list[i];
            for (std::size_t j = 0; j < i; ++j) {
                const Declaration* p = list[j];
                if (d->kind == DeclKind::function && p->kind == DeclKind::function) {
                    const auto* f = static_cast<const FunctionInfo*>(d);
                    const auto* g = static_cast<const FunctionInfo*>(p);
                    if (!same_params(f, g)) {
                        // `f(Price)` and `f(uint128)`: one ABI signature, two functions.
                        if (f->has_selector() && f->signature == g->signature)
                            error(DiagCode::Redeclaration, d->span,
                                  "Function overload clash during conversion to external types "
                                  "for arguments.");
                        continue;
                    }
                    error(DiagCode::Redeclaration, d->span,
                          fmt::format("function '{}' with the same parameter types is defined "
                                      "twice",
                                      name))
                        .notes.push_back({p->span, "other definition is here"});
                } else if (d->kind == DeclKind::event && p->kind == DeclKind::event) {
                    continue;                     // events may be overloaded
                } else if (!c->is_file_level()) { // a file's: declare_file_levels reports it
                    error(DiagCode::Redeclaration, d->span,
                          fmt::format("'{}' is already declared in '{}'", name, c->name))
                        .notes.push_back({p->span, "previous declaration is here"});
                }
                break;
            }
        }
    }
    check_inherited_names(c);
    check_duplicate_events(c);
}

void Checker::check_duplicate_events(const ContractInfo* c) {
    // solc: no two events of a contract (own or inherited) with the same name and parameter
    // types. A conflict is reported once, in the first contract whose bases bring both.
    std::vector<const EventInfo*> events;
    for (const ContractInfo* b : c->linearization)
        for (const EventInfo* e : b->events)
            events.push_back(e);
    for (std::size_t i = 0; i < events.size(); ++i) {
        for (std::size_t j = i + 1; j < events.size(); ++j) {
            const EventInfo* a = events[i];
            const EventInfo* b = events[j];
            if (a->signature != b->signature) continue;
            bool seen_in_base = false;
            for (const ContractInfo* base : c->direct_bases)
                seen_in_base = seen_in_base ||
                               (base->derives_from(a->contract) && base->derives_from(b->contract));
            if (seen_in_base) continue;
            const Declaration* at = c;
            if (a->contract == c) at = a;
            if (b->contract == c) at = b;
            const EventInfo* other = at == a ? b : a;
            error(DiagCode::Redeclaration, at->span,
                  fmt::format("event '{}' with the same parameter types is defined twice in '{}'",
                              a->signature, c->name))
                .notes.push_back({other->span, "other definition is here"});
        }
    }
}

/// solc 1452: a public state variable's getter is never virtual, so a function of a derived
/// contract with its name and parameters cannot override it (the shared name is reported as
/// well, by check_inherited_names).
void Checker::report_overridden_getters(const ContractInfo* c, const FunctionInfo& f) {
    for (std::size_t i = 1; i < c->linearization.size(); ++i)
        for (const FunctionInfo* g : c->linearization[i]->getters)
            if (g->name == f.name && same_params(&f, g))
                error(DiagCode::NotVirtual, g->getter_of->span,
                      "Cannot override public state variable.")
                    .notes.push_back({f.span, fmt::format("function '{}' of '{}' overrides it",
                                                          f.name, c->name)});
}

void Checker::check_override_locations(const FunctionInfo* f, const FunctionInfo* g) {
    auto differ = [](const std::vector<TypePtr>& a, const std::vector<TypePtr>& b) {
        for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
            if (a[i] && b[i] && !is_error(a[i]) && !is_error(b[i]) && is_reference_type(*a[i]) &&
                a[i]->location != b[i]->location)
                return true;
        return false;
    };
    // solc lets a public override of an external function take memory for calldata; the
    // subset keeps the locations of return variables equal in every case.
    if (g->visibility != ast::Visibility::external &&
        differ(f->parameter_types, g->parameter_types))
        error(DiagCode::OverrideMismatch, f->span,
              "Data locations of parameters have to be the same when overriding non-external "
              "functions, but they differ.")
            .notes.push_back({g->span, "overridden function is here"});
    if (differ(f->return_types, g->return_types))
        error(DiagCode::OverrideMismatch, f->span,
              "Data locations of return variables have to be the same when overriding, but "
              "they differ.")
            .notes.push_back({g->span, "overridden function is here"});
}

void Checker::check_overrides(ContractInfo* c) {
    auto base_functions = [&](const std::string& name, auto&& matches) {
        std::vector<const FunctionInfo*> found;
        for (std::size_t i = 1; i < c->linearization.size(); ++i)
            for (const FunctionInfo* g : c->linearization[i]->functions)
                if (g->name == name && g->function_kind == ast::FunctionKind::function &&
                    g->visibility != ast::Visibility::private_ && matches(g))
                    found.push_back(g);
        // Keep only the most derived ones (not overridden by another in the set).
        std::vector<const FunctionInfo*> top;
        for (const FunctionInfo* g : found) {
            bool hidden = false;
            for (const FunctionInfo* h : found)
                if (h != g && overrides_transitively(h, g)) hidden = true;
            if (!hidden) top.push_back(g);
        }
        return top;
    };
    // The contracts an override list must name (solc's rule): along every path up the
    // inheritance graph from a direct base, the first contract that defines the function.
    // `D is A, B, C` with B and C overriding A's f must list A too; `D is B, C` must not; and
    // `Impl is Ext` with `Ext is IExt, Base`, `IExt is IBase`, `Base is IBase` defining f
    // must list IBase (seen through IExt) and Base.
    auto defining_bases = [&](const std::string& name, auto&& matches) {
        std::vector<const ContractInfo*> needed;
        std::set<const ContractInfo*> visited;
        const auto defines = [&](const ContractInfo* b) {
            return std::any_of(
                b->functions.begin(), b->functions.end(), [&](const FunctionInfo* g) {
                    return g->name == name && g->function_kind == ast::FunctionKind::function &&
                           g->visibility != ast::Visibility::private_ && matches(g);
                });
        };
        std::vector<const ContractInfo*> pending(c->direct_bases.begin(), c->direct_bases.end());
        while (!pending.empty()) {
            const ContractInfo* b = pending.back();
            pending.pop_back();
            if (!visited.insert(b).second) continue;
            if (defines(b)) {
                needed.push_back(b);
                continue;
            }
            pending.insert(pending.end(), b->direct_bases.begin(), b->direct_bases.end());
        }
        // Sorted by name, not by pointer: the message must not depend on allocation order.
        std::sort(needed.begin(), needed.end(),
                  [](const ContractInfo* x, const ContractInfo* y) { return x->name < y->name; });
        return needed;
    };
    auto check_list = [&](const std::optional<ast::OverrideSpecifier>& spec, Span,
                          const std::string& name, std::vector<const ContractInfo*> needed) {
        if (!spec || (needed.size() <= 1 && spec->bases.empty())) return;
        std::string all;
        for (const ContractInfo* n : needed)
            all += (all.empty() ? "" : ", ") + n->name;
        std::set<const ContractInfo*> listed;
        std::set<const Declaration*> written;
        for (const ast::UserDefinedTypeName& u : spec->bases) {
            const Declaration* d = lookup_type_path(u.path, c, m_file, u.span, true);
            const auto* bc = dynamic_cast<const ContractInfo*>(d);
            if (!d) continue;
            if (!written.insert(d).second) { // solc 4520: each contract once
                error(DiagCode::OverrideListMismatch, u.span,
                      fmt::format("Duplicate contract \"{}\" found in override list of \"{}\".",
                                  text_of(u.span), name));
                continue;
            }
            if (!bc || std::find(needed.begin(), needed.end(), bc) == needed.end()) {
                error(DiagCode::OverrideListMismatch, u.span,
                      fmt::format("'{}' in the override list of '{}' is not a base whose version "
                                  "it overrides",
                                  text_of(u.span), name))
                    .hint = fmt::format("the direct bases see '{}' of: {}", name, all);
                continue;
            }
            listed.insert(bc);
        }
        std::string missing;
        for (const ContractInfo* n : needed)
            if (!listed.count(n)) missing += (missing.empty() ? "" : ", ") + n->name;
        if (!missing.empty() && needed.size() > 1)
            error(DiagCode::OverrideListMismatch, spec->span,
                  fmt::format("'{}' overrides functions of several bases and must list them: "
                              "override({})",
                              name, all))
                .hint = fmt::format("missing: {}", missing);
    };
    for (const FunctionInfo* cf : c->functions) {
        auto* f = const_cast<FunctionInfo*>(cf);
        const ast::FunctionDefinition& fd = *f->ast;
        if (fd.kind == ast::FunctionKind::constructor) continue;
        std::vector<const FunctionInfo*> bases;
        if (fd.kind == ast::FunctionKind::function) {
            report_overridden_getters(c, *f);
            bases =
                base_functions(f->name, [&](const FunctionInfo* g) { return same_params(f, g); });
        } else {
            for (std::size_t i = 1; i < c->linearization.size() && bases.empty(); ++i)
                for (const FunctionInfo* g : c->linearization[i]->functions)
                    if (g->function_kind == fd.kind) bases.push_back(g);
        }
        if (bases.empty()) {
            if (fd.override_)
                error(DiagCode::OverrideNothing, fd.override_->span,
                      fmt::format("function '{}' is marked 'override' but overrides nothing",
                                  f->name))
                    .hint = "remove 'override', or check the name and parameter types";
            continue;
        }
        f->overrides = bases;
        bool only_interfaces = true;
        for (const FunctionInfo* g : bases)
            only_interfaces = only_interfaces && g->contract->is_interface();
        if (!fd.override_ && !(only_interfaces && bases.size() == 1)) {
            auto& d = error(DiagCode::MissingOverride, f->span,
                            fmt::format("function '{}' overrides '{}.{}' but is missing "
                                        "'override'",
                                        f->name, bases.front()->contract->name, f->name));
            d.notes.push_back({bases.front()->span, "overridden function is here"});
            d.hint = "add 'override' after the visibility";
        }
        if (fd.kind == ast::FunctionKind::function)
            check_list(
                fd.override_, f->span, f->name,
                defining_bases(f->name, [&](const FunctionInfo* g) { return same_params(f, g); }));
        for (const FunctionInfo* g : bases) {
            if (!g->is_virtual) {
                auto& d = error(DiagCode::NotVirtual, f->span,
                                fmt::format("function '{}' overrides '{}.{}', which is not "
                                            "'virtual'",
                                            f->name, g->contract->name, g->name));
                d.notes.push_back({g->span, "overridden function is here"});
                d.hint = fmt::format("mark '{}.{}' as 'virtual'", g->contract->name, g->name);
            }
            bool vis_ok =
                f->visibility == g->visibility || (g->visibility == ast::Visibility::external &&
                                                   f->visibility == ast::Visibility::public_);
            if (!vis_ok)
                error(DiagCode::OverrideMismatch, f->span,
                      fmt::format("function '{}' changes visibility from {} to {} when "
                                  "overriding '{}.{}'",
                                  f->name, visibility_text(g->visibility),
                                  visibility_text(f->visibility), g->contract->name, g->name))
                    .notes.push_back({g->span, "overridden function is here"});
            bool mut_ok = g->mutability == ast::Mutability::payable
                              ? f->mutability == ast::Mutability::payable
                              : strictness(f->mutability) >= strictness(g->mutability) &&
                                    f->mutability != ast::Mutability::payable;
            if (!mut_ok)
                error(DiagCode::OverrideMismatch, f->span,
                      fmt::format("function '{}' changes state mutability from {} to {} when "
                                  "overriding '{}.{}'",
                                  f->name, mutability_text(g->mutability),
                                  mutability_text(f->mutability), g->contract->name, g->name))
                    .notes.push_back({g->span, "overridden function is here"});
            // A fallback may change shape when overridden: fallback() over
            // fallback(bytes calldata) returns (bytes memory), and back (solc accepts both).
            if (!same_return_types(*f, *g) && f->function_kind != ast::FunctionKind::fallback)
                error(DiagCode::OverrideMismatch, f->span,
                      fmt::format("function '{}' returns other types than '{}.{}', which it "
                                  "overrides",
                                  f->name, g->contract->name, g->name))
                    .notes.push_back({g->span, "overridden function is here"});
            check_override_locations(f, g);
            if (!f->implemented && g->implemented) // solc 4593
                error(DiagCode::OverrideMismatch, f->ast->span,
                      "Overriding an implemented function with an unimplemented function is not "
                      "allowed.")
                    .notes.push_back({g->span, "overridden function is here"});
        }
    }
    // Public state variables overriding external functions.
    for (const FunctionInfo* cg : c->getters) {
        auto* g = const_cast<FunctionInfo*>(cg);
        const VariableInfo* v = g->getter_of;
        auto bases =
            base_functions(g->name, [&](const FunctionInfo* b) { return same_params(g, b); });
        if (bases.empty()) {
            if (v->ast_state->override_)
                error(DiagCode::OverrideNothing, v->ast_state->override_->span,
                      fmt::format("state variable '{}' is marked 'override' but overrides "
                                  "nothing",
                                  v->name));
            continue;
        }
        g->overrides = bases;
        // An override list on a variable names the same bases as on a function (solc 4327,
        // 2353).
        check_list(
            v->ast_state->override_, v->span, v->name,
            defining_bases(g->name, [&](const FunctionInfo* b) { return same_params(g, b); }));
        for (const FunctionInfo* b : bases) {
            if (!same_return_types(*g, *b)) // solc 4822
                error(DiagCode::OverrideMismatch, v->span,
                      "Overriding public state variable return types differ.")
                    .notes.push_back({b->span, "overridden function is here"});
            if (b->visibility != ast::Visibility::external)
                error(DiagCode::OverrideMismatch, v->span,
                      fmt::format("public state variable '{}' can only override external "
                                  "functions, but '{}.{}' is {}",
                                  v->name, b->contract->name, b->name,
                                  visibility_text(b->visibility)))
                    .notes.push_back({b->span, "overridden function is here"});
            if (!b->is_virtual)
                error(DiagCode::NotVirtual, v->span,
                      fmt::format("state variable '{}' overrides '{}.{}', which is not "
                                  "'virtual'",
                                  v->name, b->contract->name, b->name));
            // solc 6959: the getter of a variable that is not constant reads state.
            if (b->mutability == ast::Mutability::pure && !v->constant)
                error(DiagCode::OverrideMismatch, v->span,
                      "Overriding public state variable changes state mutability from \"pure\" "
                      "to \"view\".")
                    .notes.push_back({b->span, "overridden function is here"});
        }
        bool only_interfaces = true; // solc >= 0.8.8: implementing one interface needs no override
        for (const FunctionInfo* b : bases)
            only_interfaces = only_interfaces && b->contract->is_interface();
        if (!v->ast_state->override_ && !(only_interfaces && bases.size() == 1))
            error(DiagCode::MissingOverride, v->span,
                  fmt::format("public state variable '{}' overrides '{}.{}' but is missing "
                              "'override'",
                              v->name, bases.front()->contract->name, g->name))
                .notes.push_back({bases.front()->span, "overridden function is here"});
    }
    // Modifiers.
    for (const ModifierInfo* m : c->modifiers) {
        const ModifierInfo* base = nullptr;
        for (std::size_t i = 1; i < c->linearization.size() && !base; ++i)
            for (const ModifierInfo* bm : c->linearization[i]->modifiers)
                if (bm->name == m->name) base = bm;
        if (base && !m->ast->override_)
            error(DiagCode::MissingOverride, m->span,
                  fmt::format("modifier '{}' overrides '{}.{}' but is missing 'override'", m->name,
                              base->contract->name, base->name));
        if (base && !base->is_virtual)
            error(DiagCode::NotVirtual, m->span,
                  fmt::format("modifier '{}' overrides '{}.{}', which is not 'virtual'", m->name,
                              base->contract->name, base->name));
        // solc 1078: modifiers do not overload, so each one the direct bases see under this
        // name must take the same parameter types.
        for (const ContractInfo* direct : c->direct_bases) {
            const ModifierInfo* seen = nullptr;
            for (std::size_t i = 0; i < direct->linearization.size() && !seen; ++i)
                for (const ModifierInfo* bm : direct->linearization[i]->modifiers)
                    if (bm->name == m->name) seen = bm;
            if (seen && !same_parameter_types(*m, *seen)) {
                error(DiagCode::OverrideMismatch, m->ast->span,
                      "Override changes modifier signature.")
                    .notes.push_back({seen->span, "overridden modifier is here"});
                break;
            }
        }
        if (base && !m->ast->body && base->ast->body) // solc 4593
            error(DiagCode::OverrideMismatch, m->ast->span,
                  "Overriding an implemented modifier with an unimplemented modifier is not "
                  "allowed.");
        if (!base && m->ast->override_)
            error(DiagCode::OverrideNothing, m->ast->override_->span,
                  fmt::format("modifier '{}' is marked 'override' but overrides nothing", m->name));
    }
    check_inherited_modifiers(c);
}

/// solc 6594: a contract under `pragma abicoder v1;` cannot take over an external interface
/// from a base in an ABI-coder-v2 file whose parameters or results only v2 can encode (a
/// struct, a nested dynamic array): its dispatcher would have to decode them.
void Checker::check_inherited_abi_coder(const ContractInfo* c) {
    if (!c->abi_coder_v1 || c->is_library()) return;
    auto needs_v2 = [](const std::vector<TypePtr>& types) {
        return std::any_of(types.begin(), types.end(), [](const TypePtr& t) {
            return t && !is_error(t) && !supported_by_abi_coder_v1(*t);
        });
    };
    for (const FunctionInfo* f : c->external_functions) {
        if (!f->contract || f->contract == c || f->contract->abi_coder_v1) continue;
        if (!needs_v2(f->parameter_types) && !needs_v2(f->return_types)) continue;
        error(DiagCode::TypeMismatch, c->span,
              fmt::format("contract '{}' does not use ABI coder v2 but inherits '{}' from '{}', "
                          "whose types require it",
                          c->name, f->signature, f->contract->name))
            .hint = "add \"pragma abicoder v2;\" to the inheriting contract's file as well";
        return;
    }
}

/// solc 6480: a function that `c` inherits through several direct bases without defining it
/// must be overridden, unless one of them settles it (override_graph.hpp). `same_signature`
/// holds the functions and getters of that signature in `c`'s linearization.
void Checker::report_ambiguous_inheritance(const ContractInfo* c,
                                           const std::vector<const FunctionInfo*>& same_signature) {
    for (const FunctionInfo* g : same_signature)
        if (g->contract == c) return;
    std::vector<const FunctionInfo*> inherited; // what each direct base sees
    for (const ContractInfo* base : c->direct_bases) {
        const FunctionInfo* seen = nullptr;
        for (std::size_t i = 0; i < base->linearization.size() && !seen; ++i)
            for (const FunctionInfo* g : same_signature)
                if (g->contract == base->linearization[i]) seen = g;
        if (seen && std::find(inherited.begin(), inherited.end(), seen) == inherited.end())
            inherited.push_back(seen);
    }
    const std::vector<const FunctionInfo*> must = must_override(
        inherited, [](const FunctionInfo* g) { return g->overrides; },
        [](const FunctionInfo* g) { return g->implemented; });
    if (must.empty()) return;
    const std::string name = must.front()->name;
    std::string bases;
    bool variable = false;
    for (const FunctionInfo* g : must) {
        bases += (bases.empty() ? "" : ", ") + g->contract->name;
        variable = variable || g->getter_of;
    }
    auto& d = error(DiagCode::MissingOverride, c->span,
                    fmt::format("'{}' must override function '{}': two or more bases define it "
                                "with the same parameter types",
                                c->name, name));
    for (const FunctionInfo* g : must)
        d.notes.push_back({g->span, "defined here"});
    d.hint = variable ? std::string("one of them is a public state variable, which cannot be "
                                    "overridden: change the order of the bases or the names")
             : must.front()->function_kind != ast::FunctionKind::function
                 ? fmt::format("add '{}(...) external override({}) {{ ... }}' to '{}'", name, bases,
                               c->name)
                 : fmt::format("add 'function {}(...) ... override({}) {{ ... }}' to '{}'", name,
                               bases, c->name);
}

void Checker::compute_effective(ContractInfo* c) {
    for (auto it = c->linearization.rbegin(); it != c->linearization.rend(); ++it) {
        for (const VariableInfo* v : (*it)->state_variables) {
            if (v->constant) continue;
            if (v->transient)
                c->transient_variables.push_back(v);
            else
                (v->immutable ? c->immutable_variables : c->storage_variables).push_back(v);
        }
    }
    // Effective functions per signature (most derived first wins).
    struct Entry {
        const FunctionInfo* f;
    };
    std::map<std::string, std::vector<const FunctionInfo*>> by_sig;
    auto key_of = [](const FunctionInfo* f) {
        std::string key = f->name + "(";
        for (const TypePtr& t : f->parameter_types)
            key += (t ? to_string(*with_location(t, Location::none)) : "") + ",";
        return key + ")";
    };
    for (const ContractInfo* x : c->linearization) {
        for (const FunctionInfo* f : x->functions)
            if (f->function_kind == ast::FunctionKind::function &&
                (x == c || f->visibility != ast::Visibility::private_))
                by_sig[key_of(f)].push_back(f);
        for (const FunctionInfo* g : x->getters)
            by_sig[key_of(g)].push_back(g);
    }
    // receive and fallback from two bases must be overridden as well (solc 6480).
    for (const ast::FunctionKind special :
         {ast::FunctionKind::receive, ast::FunctionKind::fallback}) {
        std::vector<const FunctionInfo*> list;
        for (const ContractInfo* x : c->linearization)
            for (const FunctionInfo* f : x->functions)
                if (f->function_kind == special) list.push_back(f);
        if (list.size() > 1) report_ambiguous_inheritance(c, list);
    }
    std::map<std::uint32_t, const FunctionInfo*> selectors;
    for (const auto& [key, list] : by_sig) {
        // The candidates not overridden by another candidate.
        std::vector<const FunctionInfo*> top;
        for (const FunctionInfo* g : list) {
            bool hidden = false;
            for (const FunctionInfo* h : list)
                if (h != g && overrides_transitively(h, g)) hidden = true;
            if (!hidden) top.push_back(g);
        }
        if (top.empty()) continue;
        const FunctionInfo* eff = top.front();
        report_ambiguous_inheritance(c, list);
        for (const FunctionInfo* g : top)
            if (g->implemented) eff = g;
        if (!eff->implemented && eff->ast) c->unimplemented.push_back(eff);
        if (eff->has_selector()) {
            auto [it, inserted] = selectors.emplace(eff->selector, eff);
            if (!inserted && it->second->signature != eff->signature)
                error(DiagCode::SelectorCollision, eff->contract == c ? eff->span : c->span,
                      fmt::format("functions '{}' and '{}' have the same selector {}",
                                  it->second->signature, eff->signature,
                                  selector_hex(eff->selector)))
                    .notes.push_back({it->second->span, "other function is here"});
            else if (inserted)
                c->external_functions.push_back(eff);
        }
    }
    std::sort(
        c->external_functions.begin(), c->external_functions.end(),
        [](const FunctionInfo* a, const FunctionInfo* b) { return a->selector < b->selector; });
    for (const ContractInfo* x : c->linearization) {
        for (const FunctionInfo* f : x->functions) {
            if (!c->receive && f->function_kind == ast::FunctionKind::receive) c->receive = f;
            if (!c->fallback && f->function_kind == ast::FunctionKind::fallback) c->fallback = f;
        }
    }
    if (c->contract_kind == ast::ContractKind::contract && !c->unimplemented.empty()) {
        auto& d = error(DiagCode::MissingAbstract, c->span,
                        fmt::format("contract '{}' has unimplemented functions and must be "
                                    "marked 'abstract'",
                                    c->name));
        for (const FunctionInfo* f : c->unimplemented)
            d.notes.push_back({f->span, fmt::format("'{}' is not implemented", f->name)});
        d.hint = "implement the functions, or write 'abstract contract'";
    }
}

void Checker::check_base_constructor_args(ContractInfo* c) {
    // Arguments given anywhere in the hierarchy: `is B(x)` on any contract of the
    // linearization, and `constructor() B(x)` on any constructor.
    std::map<const ContractInfo*, BaseConstructorArgs> given;
    auto record = [&](const ContractInfo* base, const std::vector<ast::Expression>* args, Span span,
                      const ContractInfo* written_in) {
        auto [it, inserted] =
            given.emplace(base, BaseConstructorArgs{base, args, span, written_in});
        if (!inserted) {
            if (it->second.span == span) return;
            // The hierarchy is read most derived first: arguments recorded from another
            // contract were written in a more derived one, where solc reports (3364).
            const bool derived_first = it->second.written_in != written_in;
            error(DiagCode::BaseArgumentsTwice, derived_first ? it->second.span : span,
                  fmt::format("arguments for the constructor of '{}' are given more than once",
                              base->name))
                .notes.push_back({derived_first ? span : it->second.span,
                                  derived_first ? "also given here" : "first given here"});
            return;
        }
        std::size_t expected = base->constructor ? base->constructor->ast->parameters.size() : 0;
        if (args && args->size() != expected)
            error(DiagCode::BaseArgumentsCount, span,
                  fmt::format("the constructor of '{}' takes {} argument{}, but {} {} given",
                              base->name, expected, expected == 1 ? "" : "s", args->size(),
                              args->size() == 1 ? "was" : "were"));
    };
    for (const ContractInfo* x : c->linearization) {
        for (std::size_t i = 0; i < x->ast->bases.size(); ++i) {
            const ast::InheritanceSpecifier& spec = x->ast->bases[i];
            if (!spec.arguments) continue;
            const Declaration* d =
                lookup_type_path(spec.base.path, nullptr, m_contract_file[x], spec.span, false);
            if (const auto* b = dynamic_cast<const ContractInfo*>(d)) {
                // `is I()` is fine; an interface has no constructor to take arguments (7927).
                if (b->is_interface() && spec.arguments->empty()) continue;
                record(b, &*spec.arguments, spec.span, x);
            }
        }
        if (x->constructor) {
            auto* ctor = const_cast<FunctionInfo*>(x->constructor);
            for (const ast::ModifierInvocation& mi : ctor->ast->modifiers) {
                const Declaration* d =
                    lookup_type_path(mi.name.path, nullptr, m_contract_file[x], mi.span, false);
                const auto* b = dynamic_cast<const ContractInfo*>(d);
                if (!b) continue;
                // Any base of the hierarchy, not only a direct one: `constructor(IERC20 a)
                // ERC20("V", "V") ERC4626(a)` where ERC20 is ERC4626's base (solc 4659 otherwise).
                if (b == x || std::find(x->linearization.begin(), x->linearization.end(), b) ==
                                  x->linearization.end()) {
                    if (x == c)
                        error(DiagCode::BaseArgumentsCount, mi.span,
                              fmt::format("'{}' is neither a modifier nor a base of '{}'", b->name,
                                          x->name));
                    continue;
                }
                // solc 1563: a base named after the constructor's parameters gives arguments,
                // so it needs its parentheses even when it takes none.
                if (x == c && !mi.arguments)
                    error(DiagCode::BaseArgumentsCount, mi.span,
                          "Modifier-style base constructor call without arguments.")
                        .hint = b->constructor && !b->constructor->ast->parameters.empty()
                                    ? fmt::format("write '{}(...)' with the arguments of its "
                                                  "constructor",
                                                  b->name)
                                    : fmt::format("write '{}()', or leave the base out of the "
                                                  "constructor",
                                                  b->name);
                if (x == c)
                    ctor->base_constructor_calls.push_back(
                        {b, mi.arguments ? &*mi.arguments : nullptr, mi.span});
                record(b, mi.arguments ? &*mi.arguments : nullptr, mi.span, x);
            }
        }
    }
    for (const auto& [base, args] : given)
        c->base_arguments.push_back(args);
    if (c->contract_kind != ast::ContractKind::contract) return;
    for (std::size_t i = 1; i < c->linearization.size(); ++i) {
        const ContractInfo* b = c->linearization[i];
        if (!b->constructor || b->constructor->ast->parameters.empty()) continue;
        if (given.count(b)) continue;
        error(DiagCode::BaseArgumentsCount, c->span,
              fmt::format("no arguments are passed to the constructor of base '{}'", b->name))
            .hint = fmt::format("write 'is {}(...)' or 'constructor(...) {}(...)', or mark '{}' "
                                "abstract",
                                b->name, b->name, c->name);
    }
}

} // namespace mallory::lang::check
