// Libraries, free functions, file-level declarations and `using ... for` (LANGUAGE.md §1, §2).
//
// A file's free functions, structs, enums, events, errors and constants live in an unnamed
// container of kind file_level: the checker declares it like a library whose names are added
// to the file scope, so every later pass (types, signatures, bodies) treats it like any other
// contract. Library functions are compiled into the contracts that call them: solc reaches
// public library functions by DELEGATECALL, which keeps msg.sender, msg.value, address(this),
// storage and the emitter of events, so an internal call has the same observable result.
#include "lang/check/checker_impl.hpp"

#include <algorithm>
#include <type_traits>

namespace mallory::lang::check {

namespace {

const char* kind_of_decl(DeclKind k) {
    switch (k) {
    case DeclKind::function:
        return "function";
    case DeclKind::struct_:
        return "struct";
    case DeclKind::enum_:
        return "enum";
    case DeclKind::user_value_type:
        return "user-defined value type";
    case DeclKind::event:
        return "event";
    case DeclKind::error_:
        return "error";
    case DeclKind::module:
        return "module";
    default:
        return "declaration";
    }
}

} // namespace

void Checker::declare_file_levels() {
    for (const UnitInput& in : m_units) {
        if (!in.unit) continue;
        const ast::ContractDefinition& def = in.unit->file_level;
        if (def.members.empty() && def.usings.empty()) continue;
        ContractInfo* c = m_model.make<ContractInfo>();
        c->ast = &def;
        c->span = def.span;
        c->contract_kind = ast::ContractKind::file_level;
        m_model.bind(&def, c);
        m_model.add_contract(c);
        m_contracts.push_back(c);
        m_contract_file[c] = in.file;
        m_file_level[in.file] = c;
        declare_members(c);
        auto& scope = m_file_scopes[in.file];
        auto add = [&](const Declaration* d) {
            auto [it, inserted] = scope.emplace(d->name, d);
            // Free functions overload: the scope names the first, lookup finds all of them
            // (free_function_overloads), and two with the same parameter types are reported
            // with the container's other members (check_contract_rules).
            if (inserted ||
                (it->second->kind == DeclKind::function && d->kind == DeclKind::function))
                return;
            error(DiagCode::Redeclaration, d->span,
                  fmt::format("'{}' is already declared in this file", d->name))
                .notes.push_back({it->second->span, "previous declaration is here"});
        };
        // In source order: a clash is reported at the later declaration, as solc does.
        std::vector<const Declaration*> declared(c->state_variables.begin(),
                                                 c->state_variables.end());
        declared.insert(declared.end(), c->functions.begin(), c->functions.end());
        declared.insert(declared.end(), c->structs.begin(), c->structs.end());
        declared.insert(declared.end(), c->enums.begin(), c->enums.end());
        declared.insert(declared.end(), c->value_types.begin(), c->value_types.end());
        declared.insert(declared.end(), c->events.begin(), c->events.end());
        declared.insert(declared.end(), c->errors.begin(), c->errors.end());
        std::stable_sort(declared.begin(), declared.end(),
                         [](const Declaration* a, const Declaration* b) {
                             return a->span.begin < b->span.begin;
                         });
        for (const Declaration* d : declared)
            add(d);
    }
}

std::vector<const Declaration*> Checker::free_function_overloads(const Declaration* d) const {
    if (d->kind != DeclKind::function) return {d};
    const auto* f = static_cast<const FunctionInfo*>(d);
    if (!f->contract || !f->contract->is_file_level()) return {d};
    std::vector<const Declaration*> out;
    for (const FunctionInfo* g : f->contract->functions)
        if (g->name == f->name) out.push_back(g);
    return out;
}

TypePtr Checker::this_outside_contract(const ast::Identifier& id) {
    error(DiagCode::UndeclaredIdentifier, id.span, "Undeclared identifier.").hint =
        "'this' does not exist in a free function";
    return error_type();
}

void Checker::check_reserved_name(const ast::ContractMember& member, bool in_interface) {
    // solc's exception: a name of the external interface (an event, a public or external
    // function) may be `this`, `super` or `_`, which only a call through the contract or its
    // selector uses.
    boost::apply_visitor(
        [&](const auto& node) {
            using Node = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<Node, ast::EventDefinition>) {
                return;
            } else if constexpr (std::is_same_v<Node, ast::FunctionDefinition>) {
                const bool external = in_interface || node.visibility == ast::Visibility::public_ ||
                                      node.visibility == ast::Visibility::external;
                if (node.kind == ast::FunctionKind::function && !external)
                    check_reserved_name(node.name, node.span);
            } else {
                check_reserved_name(node.name, node.span);
            }
        },
        member.get());
}

// solc 3726: `this`, `super` and `_` name no declaration (contracts, members, parameters,
// local variables): they would hide the builtins.
void Checker::check_reserved_name(const std::string& name, Span span) {
    if (name == "this" || name == "super" || name == "_")
        error(DiagCode::Redeclaration, span, fmt::format("The name \"{}\" is reserved.", name));
}

bool Checker::in_public_library_function() const {
    const FunctionInfo* f = m_body ? m_body->function : nullptr;
    return f && f->contract && f->contract->is_library() &&
           (f->visibility == ast::Visibility::public_ ||
            f->visibility == ast::Visibility::external);
}

void Checker::check_library_rules(const ContractInfo* c) {
    if (c->is_file_level()) {
        check_file_level_rules(c);
        return;
    }
    if (c->is_library()) {
        if (!c->ast->bases.empty())
            error(DiagCode::NotAContract, c->ast->span, "Library is not allowed to inherit.");
        for (const VariableInfo* v : c->state_variables)
            if (!v->constant)
                error(DiagCode::ConstantRule, v->ast_state->span,
                      "Library cannot have non-constant state variables");
        for (const FunctionInfo* f : c->functions) {
            const ast::FunctionDefinition& fd = *f->ast;
            if (fd.kind == ast::FunctionKind::constructor)
                error(DiagCode::SpecialFunctionRule, fd.span,
                      "Constructor cannot be defined in libraries.");
            else if (fd.kind != ast::FunctionKind::function)
                error(DiagCode::SpecialFunctionRule, fd.span,
                      fd.kind == ast::FunctionKind::receive
                          ? "Libraries cannot have receive ether functions."
                          : "Libraries cannot have fallback functions.");
            if (fd.mutability == ast::Mutability::payable)
                error(DiagCode::MutabilityRule, fd.span, "Library functions cannot be payable.");
            if (fd.is_virtual)
                error(DiagCode::SpecialFunctionRule, fd.span,
                      "Library functions cannot be \"virtual\".");
            if (!f->implemented)
                error(DiagCode::MissingAbstract, fd.span, "Library functions must be implemented.");
        }
    }
    if (c->is_library())
        for (const ModifierInfo* m : c->modifiers)
            if (m->is_virtual)
                error(DiagCode::ModifierRule, m->ast->span,
                      "Modifiers in a library cannot be virtual.");
    for (const ContractInfo* base : c->direct_bases)
        if (base->is_library())
            for (const ast::InheritanceSpecifier& spec : c->ast->bases)
                if (spec.base.path.size() == 1 && spec.base.path[0] == base->name)
                    error(DiagCode::NotAContract, spec.base.span,
                          "Libraries cannot be inherited from.");
}

void Checker::check_file_level_rules(const ContractInfo* c) {
    for (const VariableInfo* v : c->state_variables) {
        const ast::StateVariableDeclaration& sv = *v->ast_state;
        if (!sv.constant)
            error(DiagCode::ConstantRule, sv.span,
                  "Only constant variables are allowed at file level.");
        if (sv.visibility != ast::Visibility::unspecified || sv.override_ || sv.immutable)
            error(DiagCode::VisibilityRule, sv.span,
                  "Visibility, 'immutable' and 'override' are not allowed at file level.");
    }
    for (const FunctionInfo* f : c->functions) {
        const ast::FunctionDefinition& fd = *f->ast;
        if (fd.visibility != ast::Visibility::unspecified)
            error(DiagCode::VisibilityRule, fd.span, "Free functions cannot have visibility.");
        if (fd.mutability == ast::Mutability::payable)
            error(DiagCode::MutabilityRule, fd.span, "Free functions cannot be payable.");
        if (fd.is_virtual || fd.override_)
            error(DiagCode::SpecialFunctionRule, fd.span,
                  "Free functions cannot override or be virtual.");
        if (!fd.modifiers.empty())
            error(DiagCode::ModifierRule, fd.modifiers.front().span,
                  "Free functions cannot have modifiers.");
        if (!f->implemented)
            error(DiagCode::MissingAbstract, fd.span, "Free functions must be implemented.");
    }
}

// ---------------------------------------------------------------------------------------------
// `using ... for`
// ---------------------------------------------------------------------------------------------

void Checker::resolve_usings() {
    for (const ContractInfo* c : m_contracts) {
        m_contract = c;
        m_file = m_contract_file[c];
        for (const ast::UsingDirective& u : c->ast->usings)
            resolve_using(c, u);
    }
    m_contract = nullptr;
}

void Checker::resolve_using(const ContractInfo* c, const ast::UsingDirective& u) {
    if (c->is_interface()) {
        error(DiagCode::InterfaceRule, u.span,
              "The \"using for\" directive is not allowed inside interfaces.");
        return;
    }
    UsingEntry entry;
    entry.span = u.span;
    if (u.type) {
        entry.type = resolve_type(*u.type, c->is_file_level() ? nullptr : c, m_file);
        if (is_error(entry.type)) return;
    }
    if (u.global) {
        const Type* t = entry.type.get();
        const Declaration* owner = nullptr;
        if (t && t->kind == TypeKind::struct_) owner = t->struct_info;
        if (t && t->kind == TypeKind::enum_) owner = t->enum_info;
        if (t && t->user_value) owner = t->user_value;
        if (!c->is_file_level())
            error(DiagCode::NotInSubset, u.span, "\"global\" can only be used at file level.");
        else if (!owner)
            error(DiagCode::TypeMismatch, u.span,
                  "Can only use \"global\" with user-defined types.");
        else if (!owner->contract || !owner->contract->is_file_level() ||
                 m_contract_file[owner->contract] != m_file)
            error(DiagCode::TypeMismatch, u.span,
                  "Can only use \"global\" with types defined in the same source unit at file "
                  "level.");
    }
    if (!u.type && c->is_file_level()) {
        error(DiagCode::TypeMismatch, u.span,
              "The type has to be specified explicitly at file level (cannot use '*').");
        return;
    }
    // solc 3349: `*` attaches a whole library; a list of functions names the type it is for.
    if (!u.type && !u.library) {
        error(DiagCode::TypeMismatch, u.span,
              "The type has to be specified explicitly when attaching specific functions.")
            .hint = "write 'using {...} for T;' with the type of the functions' first parameter";
        return;
    }
    if (u.library) {
        const Declaration* d = lookup_type_path(u.library->path, c->is_file_level() ? nullptr : c,
                                                m_file, u.library->span, true);
        if (!d) return;
        const auto* lib = dynamic_cast<const ContractInfo*>(d);
        if (!lib || !lib->is_library()) {
            error(DiagCode::TypeMismatch, u.library->span,
                  "Library name expected. If you want to attach a function, use '{...}'.");
            return;
        }
        for (const FunctionInfo* f : lib->functions)
            if (f->function_kind == ast::FunctionKind::function) {
                entry.functions.push_back(f);
                entry.names.push_back(f->name);
            }
    }
    for (const ast::UsingFunction& uf : u.functions) {
        const FunctionInfo* f = using_function(c, uf);
        if (!f) continue;
        if (!uf.op.empty()) {
            define_operator(entry, u, uf, f);
            continue;
        }
        if (f->parameter_types.empty()) {
            error(DiagCode::TypeMismatch, uf.span,
                  fmt::format("The function \"{}\" does not have any parameters, and therefore "
                              "cannot be attached to the type \"{}\".",
                              text_of(uf.path.span), entry.type ? type_text(entry.type) : "*"));
            continue;
        }
        if (entry.type && !implicitly_convertible(*entry.type, *f->parameter_types[0])) {
            error(DiagCode::TypeMismatch, uf.span,
                  fmt::format("The function \"{}\" cannot be attached to the type \"{}\" because "
                              "the type cannot be implicitly converted to the first argument "
                              "of the function (\"{}\").",
                              text_of(uf.path.span), type_text(entry.type),
                              type_text(f->parameter_types[0])));
            continue;
        }
        entry.functions.push_back(f);
        entry.names.push_back(uf.path.path.back());
    }
    if (u.global)
        m_global_usings.push_back(std::move(entry));
    else
        m_usings[c].push_back(std::move(entry));
}

const FunctionInfo* Checker::using_function(const ContractInfo* c, const ast::UsingFunction& uf) {
    const auto& path = uf.path.path;
    const Declaration* d = nullptr;
    if (path.size() == 1) {
        auto& scope = m_file_scopes[m_file];
        if (auto it = scope.find(path[0]); it != scope.end()) d = it->second;
        if (!d && !c->is_file_level())
            if (auto* list = contract_members(c, path[0]); list && !list->empty())
                d = list->front();
    } else if (path.size() >= 2) {
        // `L.f`, `M.f` and `M.L.f` (M an import alias).
        const Declaration* owner =
            lookup_type_path({path.begin(), path.end() - 1}, nullptr, m_file, uf.span, true);
        if (!owner) return nullptr;
        const auto* lib = dynamic_cast<const ContractInfo*>(owner);
        if (const auto* module = dynamic_cast<const ModuleInfo*>(owner)) {
            d = module_member(*module, path.back());
        } else if (!lib || !lib->is_library()) {
            error(DiagCode::TypeMismatch, uf.span,
                  "Only file-level functions and library functions can be attached to a type in "
                  "a \"using\" statement");
            return nullptr;
        } else if (auto* list = contract_members(lib, path.back()); list && !list->empty()) {
            d = list->front();
        }
    }
    if (!d) {
        error(DiagCode::UndeclaredIdentifier, uf.span,
              fmt::format("Identifier not found or not unique: '{}'", text_of(uf.path.span)));
        return nullptr;
    }
    const auto* f = dynamic_cast<const FunctionInfo*>(d);
    if (!f || !f->contract || !(f->contract->is_file_level() || f->contract->is_library())) {
        error(DiagCode::TypeMismatch, uf.span,
              fmt::format("Only file-level functions and library functions can be attached to a "
                          "type in a \"using\" statement ('{}' is a {})",
                          text_of(uf.path.span), kind_of_decl(d->kind)));
        return nullptr;
    }
    if (f->visibility == ast::Visibility::private_ && f->contract->is_library() &&
        f->contract != c) {
        error(DiagCode::NotVisible, uf.span,
              fmt::format("Function \"{}\" is private and therefore cannot be attached to a type "
                          "outside of the library where it is defined.",
                          text_of(uf.path.span)));
        return nullptr;
    }
    return f;
}

TypePtr Checker::bound_member(const ast::MemberAccess& m, const TypePtr& object) {
    if (!object || is_error(object)) return nullptr;
    const Type& t = *object;
    if (t.kind == TypeKind::type || t.kind == TypeKind::magic || t.kind == TypeKind::function)
        return nullptr;
    // A literal has no type a directive can name, but `using L for *` attaches to it what
    // takes it (`"abc".len()`, `(5).twice()`), as in solc.
    const bool literal = t.kind == TypeKind::rational || t.kind == TypeKind::string_literal;
    std::vector<const FunctionInfo*> found;
    auto scan = [&](const std::vector<UsingEntry>& entries) {
        for (const UsingEntry& e : entries) {
            if (e.type && (literal || !same_base_type(*e.type, t))) continue;
            for (std::size_t i = 0; i < e.functions.size(); ++i) {
                const FunctionInfo* f = e.functions[i];
                if (e.names[i] != m.member || f->parameter_types.empty()) continue;
                if (f->visibility == ast::Visibility::private_ && f->contract != m_contract)
                    continue;
                if (!implicitly_convertible(t, *f->parameter_types[0])) continue;
                if (std::find(found.begin(), found.end(), f) == found.end()) found.push_back(f);
            }
        }
    };
    if (m_contract) {
        if (auto it = m_usings.find(m_contract); it != m_usings.end()) scan(it->second);
    }
    if (auto fl = m_file_level.find(m_file); fl != m_file_level.end() && fl->second != m_contract)
        if (auto it = m_usings.find(fl->second); it != m_usings.end()) scan(it->second);
    scan(m_global_usings);
    if (found.empty()) return nullptr;
    m_bound_members[m.id] = found;
    info(m.id).decl = found.front();
    TypePtr fn = function_value(found.front(), CallKind::internal);
    Type copy = *fn;
    copy.components.erase(copy.components.begin());
    return std::make_shared<const Type>(std::move(copy));
}

const FunctionInfo* Checker::pick_bound(const ast::Call& c,
                                        const std::vector<const FunctionInfo*>& candidates,
                                        const std::vector<TypePtr>& arg_types) {
    std::vector<const FunctionInfo*> fits;
    for (const FunctionInfo* f : candidates) {
        if (f->parameter_types.size() != arg_types.size() + 1) continue;
        bool ok = true;
        for (std::size_t i = 0; i < arg_types.size() && ok; ++i)
            ok = arg_types[i] && !is_error(arg_types[i]) &&
                 implicitly_convertible(*arg_types[i], *f->parameter_types[i + 1]);
        if (ok) fits.push_back(f);
    }
    if (fits.size() == 1) return fits.front();
    error(DiagCode::AmbiguousOverload, c.span,
          fits.empty() ? "Member not found or not visible after argument-dependent lookup."
                       : "Member not unique after argument-dependent lookup.");
    return nullptr;
}

} // namespace mallory::lang::check
