// Declarations, imports, inheritance (C3), member tables, signatures and contract-level rules.
#include "lang/check/abi.hpp"
#include "lang/check/c3.hpp"
#include "lang/check/checker_impl.hpp"

#include <algorithm>

namespace mallory::lang::check {

namespace {

/// The user-defined type names in `t`: itself, an array's elements, a mapping's key and value
/// (not the parameters of a function type).
void collect_user_type_names(const ast::TypeName& t,
                             std::vector<const ast::UserDefinedTypeName*>& out) {
    if (const auto* u = boost::get<ast::UserDefinedTypeName>(&t.get()))
        out.push_back(u);
    else if (const auto* a = boost::get<x3::forward_ast<ast::ArrayTypeName>>(&t.get()))
        collect_user_type_names(a->get().base, out);
    else if (const auto* m = boost::get<x3::forward_ast<ast::MappingTypeName>>(&t.get())) {
        collect_user_type_names(m->get().key, out);
        collect_user_type_names(m->get().value, out);
    }
}

} // namespace

void check(const SourceManager& sources, const std::vector<UnitInput>& units,
           Diagnostics& diagnostics, SemanticModel& model) {
    Checker checker(sources, units, diagnostics, model);
    checker.run();
}

Diagnostic& Checker::error(DiagCode code, Span span, std::string message) {
    return m_diags.error(code, span, std::move(message));
}

Diagnostic& Checker::warning(DiagCode code, Span span, std::string message) {
    return m_diags.warning(code, span, std::move(message));
}

std::string Checker::text_of(Span span) const {
    return std::string(m_sources.text(span));
}

bool Checker::file_uses_abi_coder_v1(FileId file) const {
    return std::any_of(m_units.begin(), m_units.end(), [&](const UnitInput& u) {
        return u.file == file && u.unit &&
               std::any_of(u.unit->pragmas.begin(), u.unit->pragmas.end(), [](const auto& p) {
                   return p.name == "abicoder" && p.value.find("v1") != std::string::npos;
               });
    });
}

void Checker::run() {
    m_parse_errors = m_diags.has_errors();
    declare_contracts();
    declare_file_levels();
    build_file_scopes();
    resolve_inheritance();
    for (ContractInfo* c : m_contracts)
        if (!c->is_file_level()) declare_members(c);
    for (ContractInfo* c : m_contracts)
        build_member_tables(c);
    // Struct fields first: parameter types may need to know whether a struct holds a mapping.
    for (ContractInfo* c : m_contracts) {
        m_contract = c;
        m_file = m_contract_file[c];
        for (const StructInfo* cs : c->structs) {
            auto* s = const_cast<StructInfo*>(cs);
            for (const ast::VariableDeclaration& f : s->ast->members) {
                TypePtr t = resolve_type(f.type, c, m_file);
                s->fields.push_back({f.name, t});
            }
            if (s->fields.empty())
                error(DiagCode::RecursiveStruct, s->span,
                      fmt::format("struct '{}' has no members; Solidity requires at least one",
                                  s->name));
        }
    }
    // Recursive structs.
    for (ContractInfo* c : m_contracts) {
        for (const StructInfo* cs : c->structs) {
            auto* s = const_cast<StructInfo*>(cs);
            std::vector<const StructInfo*> stack{s};
            std::set<const StructInfo*> seen;
            while (!stack.empty() && !s->recursive) {
                const StructInfo* cur = stack.back();
                stack.pop_back();
                for (const auto& f : cur->fields) {
                    const Type* t = f.type.get();
                    while (t && (t->kind == TypeKind::array || t->kind == TypeKind::mapping))
                        t = t->element.get();
                    if (!t || t->kind != TypeKind::struct_ || !t->struct_info) continue;
                    if (t->struct_info == s)
                        s->recursive = true;
                    else if (seen.insert(t->struct_info).second)
                        stack.push_back(t->struct_info);
                }
            }
            if (s->recursive)
                error(DiagCode::RecursiveStruct, s->span,
                      fmt::format("struct '{}' contains itself; recursive structs are not in "
                                  "Mallory's subset",
                                  s->name));
        }
    }
    // Constants first, in every contract and file: an array length in a signature may name
    // one (`uint[LEN] memory a`), of its own contract, a base or the file.
    for (ContractInfo* c : m_contracts)
        resolve_constant_types(c);
    for (ContractInfo* c : m_contracts)
        resolve_signatures(c);
    resolve_usings();
    // Contract-level rules, bases before derived contracts (linearization length order).
    std::vector<ContractInfo*> order = m_contracts;
    std::stable_sort(order.begin(), order.end(), [](const ContractInfo* a, const ContractInfo* b) {
        return a->linearization.size() < b->linearization.size();
    });
    for (ContractInfo* c : order) {
        m_contract = c;
        m_file = m_contract_file[c];
        check_contract_rules(c);
        check_library_rules(c);
        check_overrides(c);
        compute_effective(c);
        check_inherited_abi_coder(c);
        check_base_constructor_args(c);
    }
    for (ContractInfo* c : m_contracts)
        check_bodies(c);
    check_msg_value_modifiers();
    report_modifier_pointer_reads();
    check_constant_cycles();
    check_bytecode_cycles();
    check_error_collisions();
}

// ---------------------------------------------------------------------------------------------
// Contracts and file scopes
// ---------------------------------------------------------------------------------------------

void Checker::declare_contracts() {
    for (const UnitInput& in : m_units) {
        if (!in.unit) continue;
        auto& scope = m_file_scopes[in.file];
        for (const ast::ContractDefinition& def : in.unit->contracts) {
            ContractInfo* c = m_model.make<ContractInfo>();
            c->name = def.name;
            c->span = def.name_span;
            c->ast = &def;
            c->contract_kind = def.kind;
            // forge-std's console2 is console under the name it had while console's selectors
            // were Hardhat's (uint, not uint256): the same object here.
            c->builtin_console = in.builtin && (def.name == "console" || def.name == "console2");
            check_reserved_name(def.name, def.span);
            m_model.bind(&def, c);
            m_model.add_contract(c);
            m_contracts.push_back(c);
            m_contract_file[c] = in.file;
            auto [it, inserted] = scope.emplace(def.name, c);
            if (!inserted) {
                error(DiagCode::Redeclaration, def.name_span,
                      fmt::format("'{}' is already declared in this file", def.name))
                    .notes.push_back({it->second->span, "previous declaration is here"});
            }
        }
    }
}

void Checker::build_file_scopes() {
    auto pass = [&](bool report) {
        bool changed = false;
        for (const UnitInput& in : m_units) {
            if (!in.unit) continue;
            auto& scope = m_file_scopes[in.file];
            for (std::size_t i = 0; i < in.unit->imports.size() && i < in.imports.size(); ++i) {
                const ast::ImportDirective& imp = in.unit->imports[i];
                if (!in.imports[i]) continue;
                const UnitInput& target = m_units[*in.imports[i]];
                const auto& exported = m_file_scopes[target.file];
                auto add = [&](const std::string& name, const Declaration* d, Span span) {
                    auto [it, inserted] = scope.emplace(name, d);
                    if (inserted) {
                        changed = true;
                    } else if (it->second != d && report) {
                        // Reported at the later of the two, as solc does.
                        const Span other = it->second->span;
                        if (other.file == in.file && other.begin > span.begin)
                            error(DiagCode::Redeclaration, other,
                                  fmt::format("'{}' is already declared by an import", name))
                                .notes.push_back({span, "the import is here"});
                        else
                            error(DiagCode::Redeclaration, span,
                                  fmt::format("import of '{}' clashes with another declaration "
                                              "of that name",
                                              name))
                                .notes.push_back({other, "other declaration is here"});
                    }
                };
                if (!imp.unit_alias.empty()) {
                    add(imp.unit_alias, module_of(imp, target.file), imp.span);
                    continue;
                }
                if (imp.symbols.empty()) {
                    for (const auto& [name, d] : exported)
                        add(name, d, imp.span);
                    continue;
                }
                for (const ast::ImportSymbol& sym : imp.symbols) {
                    auto it = exported.find(sym.name);
                    if (it == exported.end()) {
                        if (report) {
                            std::vector<std::string> names;
                            for (const auto& [n, d] : exported)
                                names.push_back(n);
                            auto& d = error(
                                DiagCode::ImportSymbolNotFound, sym.span,
                                fmt::format("'{}' is not declared in \"{}\"", sym.name, imp.path));
                            if (auto best = closest_name(sym.name, names))
                                d.hint = fmt::format("did you mean '{}'?", *best);
                            else if (!names.empty()) {
                                std::string list;
                                for (const auto& n : names)
                                    list += (list.empty() ? "" : ", ") + n;
                                d.hint = fmt::format("\"{}\" declares: {}", imp.path, list);
                            }
                        }
                        continue;
                    }
                    add(sym.alias.empty() ? sym.name : sym.alias, it->second, sym.span);
                }
            }
        }
        return changed;
    };
    for (std::size_t i = 0; i <= m_units.size() + 1 && pass(false); ++i) {
    }
    pass(true);
}

const ModuleInfo* Checker::module_of(const ast::ImportDirective& imp, FileId target) {
    auto [it, inserted] = m_modules.emplace(&imp, nullptr);
    if (inserted) {
        auto* m = m_model.make<ModuleInfo>();
        m->name = imp.unit_alias;
        m->span = imp.span;
        m->file = target;
        m->path = m_sources.file(target).path();
        it->second = m;
    }
    return it->second;
}

const Declaration* Checker::module_member(const ModuleInfo& module, const std::string& name) {
    const auto& scope = m_file_scopes[module.file];
    auto it = scope.find(name);
    return it == scope.end() ? nullptr : it->second;
}

void Checker::report_module_member_not_found(const ModuleInfo& module, const std::string& name,
                                             Span span) {
    std::vector<std::string> names;
    for (const auto& [n, d] : m_file_scopes[module.file])
        names.push_back(n);
    auto& d = error(DiagCode::MemberNotFound, span,
                    fmt::format("module \"{}\" has no member '{}'", module.path, name));
    for (const auto& [n, decl] : m_file_scopes[module.file])
        if (decl->name == name) { // imported there under another name
            d.hint = fmt::format("\"{}\" has it as '{}'", module.path, n);
            return;
        }
    if (auto best = closest_name(name, names))
        d.hint = fmt::format("did you mean '{}'?", *best);
    else if (names.empty())
        d.hint = fmt::format("\"{}\" declares nothing at file level", module.path);
}

const Declaration* Checker::lookup_type_path(const std::vector<std::string>& path,
                                             const ContractInfo* contract, FileId file, Span span,
                                             bool report) {
    if (path.empty()) return nullptr;
    const Declaration* found = nullptr;
    if (contract) {
        if (auto* list = contract_members(contract, path[0]))
            for (const Declaration* d : *list)
                if (is_type_declaration(*d)) found = d;
    }
    if (!found) {
        auto& scope = m_file_scopes[file];
        auto it = scope.find(path[0]);
        if (it != scope.end()) found = it->second;
    }
    if (!found) {
        const auto* members = contract ? contract_members(contract, path[0]) : nullptr;
        if (report && members && !members->empty()) {
            // Declared, but as a function, variable, event, error or modifier.
            const DeclKind k = members->front()->kind;
            const char* what = k == DeclKind::function   ? "a function"
                               : k == DeclKind::variable ? "a state variable"
                               : k == DeclKind::event    ? "an event"
                               : k == DeclKind::error_   ? "an error"
                               : k == DeclKind::modifier ? "a modifier"
                                                         : "a member";
            error(
                DiagCode::NotAType, span,
                fmt::format("'{}' is not a type: it is {} of '{}'", path[0], what, contract->name));
            return nullptr;
        }
        if (report) {
            std::vector<std::string> names;
            for (const auto& [n, d] : m_file_scopes[file])
                names.push_back(n);
            if (contract)
                for (const auto& [n, ds] : m_members[contract])
                    names.push_back(n);
            auto& d = error(DiagCode::UndeclaredIdentifier, span,
                            fmt::format("undeclared type '{}'", path[0]));
            if (auto best = closest_name(path[0], names))
                d.hint = fmt::format("did you mean '{}'?", *best);
        }
        return nullptr;
    }
    for (std::size_t i = 1; i < path.size(); ++i) {
        if (const auto* module = dynamic_cast<const ModuleInfo*>(found)) {
            found = module_member(*module, path[i]);
            if (!found) {
                if (report) report_module_member_not_found(*module, path[i], span);
                return nullptr;
            }
            continue;
        }
        const auto* c = dynamic_cast<const ContractInfo*>(found);
        const Declaration* next = nullptr;
        if (c) {
            if (auto* list = contract_members(c, path[i]))
                for (const Declaration* d : *list)
                    if (is_type_declaration(*d)) next = d;
        }
        if (!next) {
            if (report)
                error(DiagCode::UndeclaredIdentifier, span,
                      fmt::format("'{}' has no type named '{}'", path[i - 1], path[i]));
            return nullptr;
        }
        found = next;
    }
    return found;
}

void Checker::resolve_inheritance() {
    for (ContractInfo* c : m_contracts) {
        FileId file = m_contract_file[c];
        for (const ast::InheritanceSpecifier& spec : c->ast->bases) {
            // `A.S` names a member of a contract (a struct or enum; contracts do not nest).
            // Members are declared after inheritance, so say so here rather than look it up;
            // `M.C` and `M.N.C` name a contract through import aliases.
            const auto& path = spec.base.path;
            if (path.size() > 1 &&
                !dynamic_cast<const ModuleInfo*>(lookup_type_path(
                    {path.begin(), path.end() - 1}, nullptr, file, spec.base.span, false))) {
                error(DiagCode::NotAContract, spec.base.span,
                      fmt::format("'{}' is not a contract or interface and cannot be a base",
                                  text_of(spec.base.span)));
                continue;
            }
            const Declaration* d =
                lookup_type_path(spec.base.path, nullptr, file, spec.base.span, true);
            if (!d) continue;
            const auto* base = dynamic_cast<const ContractInfo*>(d);
            if (!base) {
                error(DiagCode::NotAContract, spec.base.span,
                      fmt::format("'{}' is not a contract or interface and cannot be a base",
                                  d->name));
                continue;
            }
            if (base == c) {
                error(DiagCode::InheritanceCycle, spec.base.span,
                      fmt::format("contract '{}' cannot inherit from itself", c->name));
                continue;
            }
            if (std::find(c->direct_bases.begin(), c->direct_bases.end(), base) !=
                c->direct_bases.end()) {
                error(DiagCode::Redeclaration, spec.base.span,
                      fmt::format("base '{}' is listed twice", base->name));
                continue;
            }
            if (c->is_interface() && !base->is_interface())
                error(DiagCode::InterfaceRule, spec.base.span,
                      fmt::format("interface '{}' can only inherit from interfaces, but '{}' is "
                                  "a contract",
                                  c->name, base->name));
            if (base->builtin_console)
                error(DiagCode::NotAContract, spec.base.span,
                      "'console' is a built-in object and cannot be inherited");
            c->direct_bases.push_back(base);
        }
    }
    std::function<std::vector<const ContractInfo*>(const ContractInfo*)> bases =
        [](const ContractInfo* x) { return x->direct_bases; };
    C3Memo<const ContractInfo*> memo; // shared: every contract is linearized once
    for (ContractInfo* c : m_contracts) {
        auto lin = c3_linearize<const ContractInfo*>(c, bases, memo);
        if (lin) {
            c->linearization = std::move(*lin);
            continue;
        }
        // Cycle or inconsistent order: tell which.
        std::set<const ContractInfo*> seen;
        std::vector<const ContractInfo*> stack(c->direct_bases.begin(), c->direct_bases.end());
        bool cycle = false;
        while (!stack.empty() && !cycle) {
            const ContractInfo* x = stack.back();
            stack.pop_back();
            if (x == c)
                cycle = true;
            else if (seen.insert(x).second)
                stack.insert(stack.end(), x->direct_bases.begin(), x->direct_bases.end());
        }
        if (cycle) {
            error(DiagCode::InheritanceCycle, c->span,
                  fmt::format("contract '{}' inherits from itself through its bases", c->name));
        } else {
            auto& d = error(DiagCode::LinearizationImpossible, c->span,
                            fmt::format("linearization of the inheritance graph of '{}' is "
                                        "impossible",
                                        c->name));
            d.hint = "in 'is A, B' the bases go from \"most base-like\" to \"most derived\": a "
                     "base listed later must not be a base of one listed earlier";
        }
        c->linearization = {c};
    }
}

// ---------------------------------------------------------------------------------------------
// Members
// ---------------------------------------------------------------------------------------------

namespace {

std::string function_display_name(const ast::FunctionDefinition& f) {
    switch (f.kind) {
    case ast::FunctionKind::constructor:
        return "constructor";
    case ast::FunctionKind::receive:
        return "receive";
    case ast::FunctionKind::fallback:
        return "fallback";
    default:
        return f.name;
    }
}

} // namespace

void Checker::declare_members(ContractInfo* c) {
    for (const ast::ContractMember& member : c->ast->members) {
        const auto& var = member.get();
        check_reserved_name(member, c->is_interface());
        if (const auto* sv = boost::get<ast::StateVariableDeclaration>(&var)) {
            auto* v = m_model.make<VariableInfo>();
            v->var_kind = VarKind::state;
            v->name = sv->name;
            v->span = sv->name_span;
            v->contract = c;
            v->ast_state = sv;
            v->visibility = sv->visibility == ast::Visibility::unspecified
                                ? ast::Visibility::internal
                                : sv->visibility;
            v->constant = sv->constant;
            v->immutable = sv->immutable;
            v->transient = sv->transient;
            m_model.bind(sv, v);
            c->state_variables.push_back(v);
        } else if (const auto* sd = boost::get<ast::StructDefinition>(&var)) {
            auto* s = m_model.make<StructInfo>();
            s->name = sd->name;
            s->span = sd->name_span;
            s->contract = c;
            s->ast = sd;
            m_model.bind(sd, s);
            c->structs.push_back(s);
        } else if (const auto* ed = boost::get<ast::EnumDefinition>(&var)) {
            auto* e = m_model.make<EnumInfo>();
            e->name = ed->name;
            e->span = ed->name_span;
            e->contract = c;
            e->ast = ed;
            std::set<std::string> names;
            for (const auto& value : ed->values) {
                if (!names.insert(value.name).second)
                    error(DiagCode::Redeclaration, value.span,
                          fmt::format("enum value '{}' is declared twice in '{}'", value.name,
                                      ed->name));
                e->values.push_back(value.name);
            }
            if (e->values.empty())
                error(DiagCode::TypeMismatch, ed->name_span,
                      fmt::format("enum '{}' has no values; Solidity requires at least one",
                                  ed->name));
            if (e->values.size() > 256)
                error(DiagCode::TypeMismatch, ed->name_span,
                      fmt::format("enum '{}' has more than 256 values", ed->name));
            m_model.bind(ed, e);
            c->enums.push_back(e);
        } else if (const auto* vd = boost::get<ast::UserValueTypeDefinition>(&var)) {
            declare_value_type(c, *vd);
        } else if (const auto* evd = boost::get<ast::EventDefinition>(&var)) {
            auto* e = m_model.make<EventInfo>();
            e->name = evd->name;
            e->span = evd->name_span;
            e->contract = c;
            e->ast = evd;
            m_model.bind(evd, e);
            c->events.push_back(e);
        } else if (const auto* erd = boost::get<ast::ErrorDefinition>(&var)) {
            auto* e = m_model.make<ErrorInfo>();
            e->name = erd->name;
            e->span = erd->name_span;
            e->contract = c;
            e->ast = erd;
            m_model.bind(erd, e);
            c->errors.push_back(e);
        } else if (const auto* md = boost::get<ast::ModifierDefinition>(&var)) {
            auto* m = m_model.make<ModifierInfo>();
            m->name = md->name;
            m->span = md->name_span;
            m->contract = c;
            m->ast = md;
            m->is_virtual = md->is_virtual;
            m_model.bind(md, m);
            c->modifiers.push_back(m);
        } else if (const auto* fd = boost::get<ast::FunctionDefinition>(&var)) {
            auto* f = m_model.make<FunctionInfo>();
            f->name = function_display_name(*fd);
            f->span = fd->kind == ast::FunctionKind::function ? fd->name_span : fd->span;
            if (f->span.size() == 0) f->span = fd->span;
            f->contract = c;
            f->ast = fd;
            f->function_kind = fd->kind;
            f->visibility = fd->visibility;
            if (fd->kind == ast::FunctionKind::constructor &&
                fd->visibility == ast::Visibility::unspecified)
                f->visibility = ast::Visibility::public_;
            if (f->visibility == ast::Visibility::unspecified)
                f->visibility = c->is_interface()    ? ast::Visibility::external
                                : c->is_file_level() ? ast::Visibility::internal
                                                     : ast::Visibility::public_;
            f->mutability = fd->mutability;
            f->is_virtual = fd->is_virtual || c->is_interface();
            f->implemented = fd->body.has_value();
            m_model.bind(fd, f);
            c->functions.push_back(f);
            if (fd->kind == ast::FunctionKind::constructor && !c->constructor) c->constructor = f;
        }
    }
}

const std::vector<const Declaration*>* Checker::contract_members(const ContractInfo* c,
                                                                 const std::string& name) const {
    auto it = m_members.find(c);
    if (it == m_members.end()) return nullptr;
    auto jt = it->second.find(name);
    if (jt == it->second.end()) return nullptr;
    return &jt->second;
}

void Checker::build_member_tables(const ContractInfo* c) {
    auto& table = m_members[c];
    for (auto it = c->linearization.rbegin(); it != c->linearization.rend(); ++it) {
        const ContractInfo* x = *it;
        bool own = x == c;
        auto add = [&](const Declaration* d) {
            auto& list = table[d->name];
            if (d->kind == DeclKind::function || d->kind == DeclKind::modifier) {
                // A more derived function with the same parameters replaces the base one:
                // done after types are known (check_overrides). Keep all here.
            }
            list.push_back(d);
        };
        for (const VariableInfo* v : x->state_variables)
            if (own || v->visibility != ast::Visibility::private_) add(v);
        for (const FunctionInfo* f : x->functions)
            if (f->function_kind == ast::FunctionKind::function &&
                (own || f->visibility != ast::Visibility::private_))
                add(f);
        for (const ModifierInfo* m : x->modifiers)
            add(m);
        for (const StructInfo* s : x->structs)
            add(s);
        for (const EnumInfo* e : x->enums)
            add(e);
        for (const UserValueTypeInfo* v : x->value_types)
            add(v);
        for (const EventInfo* e : x->events)
            add(e);
        for (const ErrorInfo* e : x->errors)
            add(e);
    }
}

std::string Checker::signature_of(const std::string& name, const std::vector<TypePtr>& params) {
    std::string out = name + "(";
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (i) out += ",";
        out += params[i] ? abi_name(*params[i]) : "";
    }
    return out + ")";
}

TypePtr Checker::resolve_type(const ast::TypeName& name, const ContractInfo* contract,
                              FileId file) {
    struct Visitor {
        Checker& ck;
        const ContractInfo* contract;
        FileId file;
        TypePtr operator()(const ast::ElementaryTypeName& e) const {
            const std::string& n = e.name;
            if (n == "bool") return bool_type();
            if (n == "address") return address_type(e.payable);
            if (n == "string") return string_type(Location::none);
            if (n == "bytes") return bytes_type(Location::none);
            auto number = [&](std::size_t prefix) -> int {
                if (n.size() == prefix) return -1;
                int v = 0;
                for (std::size_t i = prefix; i < n.size(); ++i) {
                    if (n[i] < '0' || n[i] > '9' || v > 1000) return -2;
                    v = v * 10 + (n[i] - '0');
                }
                return v;
            };
            if (n.rfind("uint", 0) == 0 || n.rfind("int", 0) == 0) {
                bool is_signed = n[0] == 'i';
                int bits = number(is_signed ? 3 : 4);
                if (bits == -1) bits = 256;
                if (bits >= 8 && bits <= 256 && bits % 8 == 0)
                    return is_signed ? int_type(static_cast<unsigned>(bits))
                                     : uint_type(static_cast<unsigned>(bits));
            }
            if (n.rfind("bytes", 0) == 0) {
                int size = number(5);
                if (size >= 1 && size <= 32) return fixed_bytes_type(static_cast<unsigned>(size));
            }
            ck.error(
                DiagCode::UnsupportedType, e.span,
                fmt::format("type '{}' is not supported by Mallory's subset (LANGUAGE.md §3)", n));
            return error_type();
        }
        TypePtr operator()(const ast::UserDefinedTypeName& u) const {
            const Declaration* d = ck.lookup_type_path(u.path, contract, file, u.span, true);
            if (!d) return error_type();
            Type t;
            if (const auto* c = dynamic_cast<const ContractInfo*>(d)) {
                if (c->builtin_console) {
                    ck.error(DiagCode::NotAType, u.span, "'console' is an object, not a type");
                    return error_type();
                }
                if (c->is_library()) {
                    ck.error(DiagCode::NotAType, u.span, "Invalid use of a library name.");
                    return error_type();
                }
                t.kind = TypeKind::contract;
                t.contract = c;
            } else if (const auto* s = dynamic_cast<const StructInfo*>(d)) {
                t.kind = TypeKind::struct_;
                t.struct_info = s;
            } else if (const auto* e = dynamic_cast<const EnumInfo*>(d)) {
                t.kind = TypeKind::enum_;
                t.enum_info = e;
            } else if (const auto* v = dynamic_cast<const UserValueTypeInfo*>(d)) {
                return v->type ? v->type : error_type();
            } else {
                ck.error(DiagCode::NotAType, u.span, fmt::format("'{}' is not a type", d->name));
                return error_type();
            }
            return std::make_shared<const Type>(std::move(t));
        }
        /// solc 1809: the key and value names of a mapping and of the mappings nested in its
        /// value (`mapping(address owner => mapping(address owner => uint))`) must differ;
        /// one error per repeated name, at the outermost mapping that holds both.
        void report_conflicting_mapping_names(const ast::MappingTypeName& m) const {
            std::vector<std::string> names;
            for (const ast::MappingTypeName* at = &m; at;) {
                if (!at->key_name.empty()) names.push_back(at->key_name);
                if (!at->value_name.empty()) names.push_back(at->value_name);
                const auto* inner =
                    boost::get<x3::forward_ast<ast::MappingTypeName>>(&at->value.get());
                at = inner ? &inner->get() : nullptr;
            }
            for (std::size_t i = 1; i < names.size(); ++i)
                if (std::find(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(i),
                              names[i]) != names.begin() + static_cast<std::ptrdiff_t>(i))
                    ck.error(
                        DiagCode::Redeclaration, m.span,
                        fmt::format("conflicting parameter name '{}' in mapping: the key and value "
                                    "names of nested mappings must differ",
                                    names[i]));
        }
        TypePtr operator()(const x3::forward_ast<ast::MappingTypeName>& fm) const {
            const ast::MappingTypeName& m = fm.get();
            report_conflicting_mapping_names(m);
            TypePtr key = boost::apply_visitor(*this, m.key.get());
            TypePtr value = boost::apply_visitor(*this, m.value.get());
            const bool byte_array_key =
                !is_error(key) && (key->kind == TypeKind::bytes || key->kind == TypeKind::string);
            if (!is_error(key) && key->kind == TypeKind::address && key->payable) { // solc 2314
                ck.error(DiagCode::SyntaxError, m.span, "Expected '=>' but got 'payable'").hint =
                    "a mapping key is a plain 'address'";
                key = error_type();
            } else if (!is_error(key) &&
                       (!is_value_type(*key) || key->kind == TypeKind::function) &&
                       !byte_array_key) {
                ck.error(DiagCode::TypeMismatch, m.key.get().which() >= 0 ? m.span : m.span,
                         fmt::format("{} cannot be a mapping key: only value types (integers, "
                                     "bool, address, bytesN, enums, contracts), string and "
                                     "bytes are allowed",
                                     to_string(*key)));
                key = error_type();
            }
            // A string or bytes key is hashed from memory: storage and calldata keys convert.
            if (byte_array_key) key = with_location(key, Location::memory);
            Type t;
            t.kind = TypeKind::mapping;
            t.key = key;
            t.element = with_location(value, Location::storage);
            t.location = Location::storage;
            return std::make_shared<const Type>(std::move(t));
        }
        TypePtr operator()(const x3::forward_ast<ast::FunctionTypeName>& ff) const {
            return ck.resolve_function_type(ff.get(), contract, file);
        }
        TypePtr operator()(const x3::forward_ast<ast::ArrayTypeName>& fa) const {
            const ast::ArrayTypeName& a = fa.get();
            TypePtr base = boost::apply_visitor(*this, a.base.get());
            Type t;
            t.kind = TypeKind::array;
            t.element = base;
            if (a.length) {
                TypePtr lt = ck.check_expr(*a.length);
                const ExprInfo& li = ck.info(ck.id_of(*a.length));
                Span span = ck.span_of(*a.length);
                if (is_error(lt)) return error_type();
                // A literal expression has its exact value; anything else has the value solc's
                // constant evaluator gives it (`uint[N]`, `uint[c / 2]`; not `uint[L.N]`).
                const std::optional<Rational> length =
                    lt->kind == TypeKind::rational ? li.constant : ck.evaluate_constant(*a.length);
                if (!length) {
                    ck.error(DiagCode::InvalidArrayLength, span,
                             fmt::format("array length must be a literal or arithmetic on "
                                         "literals and constants, but '{}' has no value solc can "
                                         "evaluate",
                                         ck.text_of(span)))
                        .hint = "solc's constant evaluator follows constants by name only: not "
                                "members ('L.N'), conversions or calls";
                    return error_type();
                }
                if (boost::multiprecision::denominator(*length) != 1 || *length <= 0 ||
                    *length > Rational(BigInt(1) << 32)) {
                    ck.error(DiagCode::InvalidArrayLength, span,
                             fmt::format("array length must be a positive integer constant "
                                         "below 2**32, but '{}' is {}",
                                         ck.text_of(span), to_string(*lt)));
                    return error_type();
                }
                t.length = static_cast<std::uint64_t>(boost::multiprecision::numerator(*length));
            }
            return std::make_shared<const Type>(std::move(t));
        }
    };
    return boost::apply_visitor(Visitor{*this, contract, file}, name.get());
}

TypePtr Checker::resolve_param_type(const ast::VariableDeclaration& v, const ContractInfo* contract,
                                    FileId file, bool is_external, bool is_public, bool is_event) {
    TypePtr t = resolve_type(v.type, contract, file);
    if (is_error(t)) return t;
    if (is_external || is_public) reject_internal_function_in_abi(t, v.span);
    if (is_event && contains_internal_function(*t)) { // solc 3417
        error(DiagCode::EventErrorRule, v.span,
              "Internal or recursive type is not allowed as event parameter.");
        return error_type();
    }
    if (is_event) {
        if (v.location != ast::DataLocation::none)
            error(DiagCode::DataLocationInvalid, v.span,
                  "event and error parameters cannot have a data location");
        if (contains_mapping(*t)) {
            error(DiagCode::TypeMismatch, v.span,
                  fmt::format("type {} cannot be an event or error parameter", to_string(*t)));
            return error_type();
        }
        return with_location(t, Location::memory);
    }
    if (!is_reference_type(*t)) {
        if (v.location != ast::DataLocation::none)
            error(DiagCode::DataLocationInvalid, v.span,
                  fmt::format("data location can only be given for arrays, structs and "
                              "mappings, but '{}' is {}",
                              v.name.empty() ? text_of(v.span) : v.name, to_string(*t)));
        return t;
    }
    Location loc = Location::memory;
    switch (v.location) {
    case ast::DataLocation::none:
        error(DiagCode::DataLocationRequired, v.span,
              fmt::format("data location must be \"memory\"{} for {} of type {}, but none was "
                          "given",
                          (is_external || is_public) ? "" : " or \"storage\"",
                          v.name.empty() ? "a parameter" : "parameter " + squote(v.name),
                          to_string(*t)))
            .hint = "add 'memory' after the type";
        break;
    case ast::DataLocation::calldata:
        loc = Location::calldata;
        break;
    case ast::DataLocation::memory:
        break;
    case ast::DataLocation::storage:
        if (is_external || is_public) {
            error(DiagCode::DataLocationInvalid, v.span,
                  "data location must be \"memory\" for parameters of public or external "
                  "functions, but \"storage\" was given");
        } else {
            loc = Location::storage;
        }
        break;
    }
    if (loc != Location::storage && contains_mapping(*t)) {
        error(DiagCode::DataLocationInvalid, v.span,
              fmt::format("type {} is only valid in storage", to_string(*t)));
        return error_type();
    }
    return with_location(t, loc);
}

/// solc 5172: a function's parameters and return variables are declared in the function's own
/// scope, where its parameter types are looked up too; a type written with the name of one of
/// them (`S memory S`, `E a` beside `returns (uint E)`) names that variable, not the type.
void Checker::report_types_named_by_parameters(const ast::FunctionDefinition& fd) {
    std::vector<std::string> names;
    for (const auto* list : {&fd.parameters, &fd.returns})
        for (const ast::VariableDeclaration& p : *list)
            if (!p.name.empty()) names.push_back(p.name);
    for (const auto* list : {&fd.parameters, &fd.returns})
        for (const ast::VariableDeclaration& p : *list) {
            std::vector<const ast::UserDefinedTypeName*> types;
            collect_user_type_names(p.type, types);
            for (const ast::UserDefinedTypeName* u : types)
                if (!u->path.empty() &&
                    std::find(names.begin(), names.end(), u->path.front()) != names.end())
                    error(DiagCode::NotAType, u->span, "Name has to refer to a user-defined type.")
                        .hint = fmt::format("'{}' is a parameter or return variable of this "
                                            "function: rename it",
                                            u->path.front());
        }
}

// solc keeps the names of its built-in errors and the selectors that revert data cannot tell
// apart from "no selector" (0x00000000) or a failed low-level call padding (0xffffffff).
void Checker::check_error_name(const ErrorInfo& e) {
    if (e.name == "Error" || e.name == "Panic")
        error(DiagCode::EventErrorRule, e.span,
              "The built-in errors \"Error\" and \"Panic\" cannot be re-defined.");
    else if (e.selector == 0 || e.selector == 0xffffffffU)
        error(DiagCode::EventErrorRule, e.span,
              fmt::format("The selector {} is reserved. Please rename the error to avoid the "
                          "collision.",
                          selector_hex(e.selector)));
}

void Checker::resolve_constant_types(ContractInfo* c) {
    m_contract = c;
    m_file = m_contract_file[c];
    for (const VariableInfo* cv : c->state_variables) {
        if (!cv->constant) continue;
        TypePtr t = resolve_type(cv->ast_state->type, c, m_file);
        // A string or bytes constant is a fresh memory copy at each use, as in solc.
        if (t->kind == TypeKind::string || t->kind == TypeKind::bytes)
            t = with_location(t, Location::memory);
        const_cast<VariableInfo*>(cv)->type = t;
    }
}

/// solc's rules on what a public state variable's getter returns: a struct getter leaves out
/// its arrays and mappings and must keep something (5359); under `pragma abicoder v1` its
/// parameters and results are types the v1 coder encodes (2763), so no struct member.
void Checker::check_getter_returns(const VariableInfo& v, const FunctionInfo& g, bool of_struct,
                                   bool coder_v1) {
    if (of_struct && g.return_types.empty()) {
        error(DiagCode::VisibilityRule, v.span,
              "The struct has all its members omitted, therefore the getter cannot return any "
              "values.")
            .hint = "a getter leaves out a struct's arrays and mappings: remove 'public' and "
                    "write a function that returns what is needed";
        return;
    }
    if (!coder_v1) return;
    std::string unsupported;
    for (const auto* types : {&g.parameter_types, &g.return_types})
        for (const TypePtr& t : *types)
            if (t && !is_error(t) && !supported_by_abi_coder_v1(*t))
                unsupported += (unsupported.empty() ? "" : ", ") +
                               to_string(*with_location(t, Location::memory));
    if (!unsupported.empty())
        error(DiagCode::TypeMismatch, v.span,
              fmt::format("The following types are only supported for getters in ABI coder v2: "
                          "{}. Either remove \"public\" or use \"pragma abicoder v2;\" to enable "
                          "the feature.",
                          unsupported));
}

void Checker::resolve_signatures(ContractInfo* c) {
    m_contract = c;
    m_file = m_contract_file[c];
    // solc 3061: under `pragma abicoder v1` the file's ABI (external and public functions,
    // deployable constructors, events, errors) holds only types the v1 coder encodes.
    const bool coder_v1 = file_uses_abi_coder_v1(m_file);
    c->abi_coder_v1 = coder_v1;
    auto check_coder_v1 = [&](const ast::VariableDeclaration& p, const TypePtr& t, bool in_abi) {
        if (coder_v1 && in_abi && !is_error(t) && !supported_by_abi_coder_v1(*t))
            error(DiagCode::TypeMismatch, p.span,
                  "This type is only supported in ABI coder v2. Use \"pragma abicoder v2;\" to "
                  "enable the feature.");
    };
    for (const EventInfo* ce : c->events) {
        auto* e = const_cast<EventInfo*>(ce);
        int indexed = 0;
        for (const ast::VariableDeclaration& p : e->ast->parameters) {
            e->parameter_types.push_back(resolve_param_type(p, c, m_file, false, false, true));
            check_coder_v1(p, e->parameter_types.back(), true);
            e->indexed.push_back(p.indexed);
            indexed += p.indexed;
        }
        if (indexed > (e->ast->anonymous ? 4 : 3))
            error(DiagCode::EventErrorRule, e->span,
                  fmt::format("event '{}' has {} indexed parameters; at most {} are allowed",
                              e->name, indexed, e->ast->anonymous ? 4 : 3));
        e->signature = signature_of(e->name, e->parameter_types);
        e->topic = keccak256(e->signature);
    }
    for (const ErrorInfo* ce : c->errors) {
        auto* e = const_cast<ErrorInfo*>(ce);
        for (const ast::VariableDeclaration& p : e->ast->parameters) {
            e->parameter_types.push_back(resolve_param_type(p, c, m_file, false, false, true));
            check_coder_v1(p, e->parameter_types.back(), true);
        }
        e->signature = signature_of(e->name, e->parameter_types);
        e->selector = selector_of(e->signature);
        check_error_name(*e);
    }
    for (const ModifierInfo* cm : c->modifiers) {
        auto* m = const_cast<ModifierInfo*>(cm);
        for (const ast::VariableDeclaration& p : m->ast->parameters) {
            TypePtr t = resolve_param_type(p, c, m_file, false, false, false);
            if (t->location == Location::calldata)
                error(DiagCode::CalldataLocation, p.span,
                      "a calldata modifier parameter is outside Mallory's subset")
                    .hint = "use 'memory'";
            m->parameters.push_back(make_local(p, VarKind::parameter, m, t));
        }
    }
    for (const FunctionInfo* cf : c->functions) {
        auto* f = const_cast<FunctionInfo*>(cf);
        // Library functions are compiled as internal calls (see library.cpp): like solc's
        // public library functions they take storage references and have no ABI selector.
        // An abstract contract's constructor is internal: only a derived contract's
        // construction calls it, so it may take storage references and internal functions.
        const bool internal_constructor =
            f->function_kind == ast::FunctionKind::constructor && c->is_abstract();
        bool ext = f->visibility == ast::Visibility::external && !c->is_library();
        bool pub =
            f->visibility == ast::Visibility::public_ && !c->is_library() && !internal_constructor;
        // solc 4103 holds for public and external library functions too.
        const bool library_abi = c->is_library() && (f->visibility == ast::Visibility::public_ ||
                                                     f->visibility == ast::Visibility::external);
        report_types_named_by_parameters(*f->ast);
        for (const ast::VariableDeclaration& p : f->ast->parameters) {
            TypePtr t = resolve_param_type(p, c, m_file, ext, pub, false);
            if (library_abi) reject_internal_function_in_abi(t, p.span);
            check_coder_v1(
                p, t,
                ext || pub ||
                    (f->function_kind == ast::FunctionKind::constructor && !c->is_abstract()));
            if (f->function_kind == ast::FunctionKind::constructor &&
                t->location == Location::calldata)
                error(DiagCode::DataLocationInvalid, p.span,
                      "Data location must be \"storage\" or \"memory\" for constructor "
                      "parameter, but \"calldata\" was given.");
            f->parameter_types.push_back(t);
            f->parameters.push_back(make_local(p, VarKind::parameter, f, t));
        }
        for (const ast::VariableDeclaration& p : f->ast->returns) {
            TypePtr t = resolve_param_type(p, c, m_file, ext, pub, false);
            check_coder_v1(p, t, ext || pub);
            f->return_types.push_back(t);
            f->returns.push_back(make_local(p, VarKind::return_value, f, t));
        }
        if ((ext || pub) && f->function_kind == ast::FunctionKind::function) {
            f->signature = signature_of(f->name, f->parameter_types);
            f->selector = selector_of(f->signature);
        }
    }
    // State variables: types, then getters.
    for (const VariableInfo* cv : c->state_variables) {
        auto* v = const_cast<VariableInfo*>(cv);
        const ast::StateVariableDeclaration& sv = *v->ast_state;
        TypePtr t = v->constant ? v->type : resolve_type(sv.type, c, m_file);
        v->type = v->constant || v->immutable ? t : with_location(t, Location::storage);
        if (v->visibility == ast::Visibility::public_ && !is_error(t) &&
            contains_internal_function(*t)) { // solc 6744
            error(DiagCode::VisibilityRule, v->span,
                  "Internal or recursive type is not allowed for public state variables.");
        } else if (v->visibility == ast::Visibility::public_ && !is_error(t)) {
            auto* g = m_model.make<FunctionInfo>();
            g->name = v->name;
            g->span = v->span;
            g->contract = c;
            g->visibility = ast::Visibility::external;
            g->mutability = ast::Mutability::view;
            g->implemented = true;
            g->getter_of = v;
            const Type* cur = t.get();
            while (cur && (cur->kind == TypeKind::mapping || cur->kind == TypeKind::array)) {
                g->parameter_types.push_back(cur->kind == TypeKind::mapping ? cur->key
                                                                            : uint_type());
                cur = cur->element.get();
            }
            if (cur && cur->kind == TypeKind::struct_ && cur->struct_info) {
                // A member that is a struct is returned whole, as a memory copy.
                for (const auto& fld : cur->struct_info->fields)
                    if (fld.type && fld.type->kind != TypeKind::mapping &&
                        fld.type->kind != TypeKind::array)
                        g->return_types.push_back(fld.type->kind == TypeKind::struct_
                                                      ? with_location(fld.type, Location::memory)
                                                      : fld.type);
            } else if (cur) {
                g->return_types.push_back(
                    with_location(std::shared_ptr<const Type>(t, cur), Location::memory));
            }
            if (std::any_of(g->return_types.begin(), g->return_types.end(),
                            [](const TypePtr& r) { return r && contains_mapping(*r); })) {
                // solc 6744: a member struct holding a mapping cannot be returned whole.
                error(DiagCode::VisibilityRule, v->span,
                      "Internal or recursive type is not allowed for public state variables.");
                continue;
            }
            check_getter_returns(*v, *g, cur && cur->kind == TypeKind::struct_, coder_v1);
            g->signature = signature_of(g->name, g->parameter_types);
            g->selector = selector_of(g->signature);
            v->getter = g;
            c->getters.push_back(g);
        }
    }
}

} // namespace mallory::lang::check
