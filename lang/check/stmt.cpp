// Function, modifier and initializer bodies: scopes, statements, returns, modifiers, effects.
#include "lang/check/checker_impl.hpp"

namespace mallory::lang::check {

std::string mutability_name(ast::Mutability m);

namespace {

const std::set<std::string>& builtin_names() {
    static const std::set<std::string> names = {
        "msg",    "block",        "tx",        "abi",    "this",      "super",    "require",
        "assert", "revert",       "keccak256", "sha256", "ecrecover", "gasleft",  "type",
        "now",    "selfdestruct", "blockhash", "addmod", "mulmod",    "ripemd160"};
    return names;
}

} // namespace

VariableInfo* Checker::make_local(const ast::VariableDeclaration& v, VarKind kind,
                                  const Declaration* owner, TypePtr type) {
    check_reserved_name(v.name, v.span);
    auto* info = m_model.make<VariableInfo>();
    info->var_kind = kind;
    info->name = v.name;
    info->span = v.name.empty() ? v.span : v.name_span;
    info->contract = m_contract;
    info->ast_var = &v;
    info->type = std::move(type);
    info->owner = owner;
    m_model.bind(&v, info);
    return info;
}

void Checker::declare_local(const VariableInfo* v, Span span) {
    if (!m_body || v->name.empty()) return;
    Scope& inner = m_body->scopes.back();
    auto it = inner.names.find(v->name);
    if (it != inner.names.end()) {
        error(DiagCode::Redeclaration, span, fmt::format("'{}' is already declared", v->name))
            .notes.push_back({it->second->span, "previous declaration is here"});
        return;
    }
    const Declaration* shadowed = nullptr;
    for (std::size_t i = 0; i + 1 < m_body->scopes.size() && !shadowed; ++i) {
        auto jt = m_body->scopes[i].names.find(v->name);
        if (jt != m_body->scopes[i].names.end()) shadowed = jt->second;
    }
    if (!shadowed && m_contract)
        if (auto* list = contract_members(m_contract, v->name); list && !list->empty())
            shadowed = list->front();
    if (shadowed) {
        warning(DiagCode::Shadowing, span,
                fmt::format("this declaration of '{}' shadows an existing declaration", v->name))
            .notes.push_back({shadowed->span, "the shadowed declaration is here"});
    } else if (builtin_names().count(v->name)) {
        warning(DiagCode::Shadowing, span,
                fmt::format("this declaration of '{}' shadows a builtin symbol", v->name));
    }
    inner.names[v->name] = v;
    m_body->declared.push_back(v);
}

void Checker::finish_unused_warnings() {
    if (m_parse_errors || !m_body || !m_body->function || !m_body->function->implemented) return;
    for (const VariableInfo* v : m_body->declared) {
        if (v->name.empty() || m_body->uses[v] > 0) continue;
        if (v->var_kind == VarKind::return_value) continue;
        if (v->var_kind == VarKind::parameter)
            warning(DiagCode::UnusedVariable, v->ast_var ? v->ast_var->span : v->span,
                    fmt::format("unused function parameter '{}'", v->name))
                .hint = "remove or comment out the name to silence this warning";
        else
            warning(DiagCode::UnusedVariable, v->ast_var ? v->ast_var->span : v->span,
                    fmt::format("unused local variable '{}'", v->name));
    }
}

void Checker::note_effect(Effect e, Span span) {
    if (!m_body || e == Effect::none) return;
    if (e > m_body->effect) {
        m_body->effect = e;
        m_body->effect_span = span;
    }
    if (m_body->constant_init) {
        error(DiagCode::NotConstant, span,
              fmt::format("the initial value of constant '{}' must be a compile-time constant, "
                          "but this expression {}",
                          m_body->constant_init->name,
                          e == Effect::write ? "modifies the state" : "reads the state"));
        m_body->effect = Effect::none; // once per initializer is enough
        m_body->constant_init = nullptr;
        return;
    }
    if (!m_body->enforce_mutability) return;
    const std::string& fname = m_body->function ? m_body->function->name : std::string("?");
    if (m_body->mutability == ast::Mutability::pure && e >= Effect::read) {
        error(DiagCode::MutabilityViolation, span,
              fmt::format("function '{}' is declared 'pure', but this expression {}", fname,
                          e == Effect::write ? "modifies the state"
                                             : "reads the state or the environment"))
            .hint = e == Effect::write ? "remove 'pure'" : "declare the function 'view'";
    } else if (m_body->mutability == ast::Mutability::view && e == Effect::write) {
        error(DiagCode::MutabilityViolation, span,
              fmt::format("function '{}' is declared 'view', but this expression (potentially) "
                          "modifies the state",
                          fname))
            .hint = "remove 'view'";
    }
}

void Checker::note_call_effect(ast::Mutability m, Span span) {
    switch (m) {
    case ast::Mutability::pure:
        return;
    case ast::Mutability::view:
        note_effect(Effect::read, span);
        return;
    default:
        note_effect(Effect::write, span);
        return;
    }
}

void Checker::ensure_constant(const VariableInfo* cv) {
    auto* v = const_cast<VariableInfo*>(cv);
    if (!v->constant || !v->ast_state || !v->ast_state->initial_value) return;
    if (v->constant_value || m_constants_in_progress.count(v)) return;
    if (!v->type) return;
    m_constants_in_progress.insert(v);
    BodyContext ctx;
    ctx.contract = v->contract;
    ctx.constant_init = v;
    ctx.scopes.emplace_back();
    BodyContext* saved_body = m_body;
    const ContractInfo* saved_contract = m_contract;
    FileId saved_file = m_file;
    m_body = &ctx;
    m_contract = v->contract;
    m_file = m_contract_file[v->contract];
    const ast::Expression& init = *v->ast_state->initial_value;
    expect(init, v->type, "constant initializer");
    const ExprInfo& ei = info(id_of(init));
    if (ei.constant) v->constant_value = ei.constant;
    m_body = saved_body;
    m_contract = saved_contract;
    m_file = saved_file;
}

// Like solc, a constant is reported when its initializer leads to a cycle, naming the constant
// it depends on through which the cycle is reached (not only the constants on the cycle).
void Checker::check_constant_cycles() {
    for (const ContractInfo* c : m_contracts)
        for (const VariableInfo* v : c->state_variables) {
            if (!v->constant) continue;
            if (const VariableInfo* via = constant_cycle(v, {}))
                error(DiagCode::NotConstant, v->span,
                      fmt::format("The value of the constant {} has a cyclic dependency via {}.",
                                  v->name, via->name));
        }
}

const VariableInfo* Checker::constant_cycle(const VariableInfo* v,
                                            std::set<const VariableInfo*> seen) {
    auto it = m_constant_dependencies.find(v);
    if (it == m_constant_dependencies.end()) return nullptr;
    seen.insert(v);
    for (const VariableInfo* dep : it->second)
        if (seen.count(dep) || constant_cycle(dep, seen)) return dep;
    return nullptr;
}

void Checker::check_state_initializer(const VariableInfo* v) {
    if (v->constant) {
        ensure_constant(v);
        return;
    }
    if (!v->ast_state || !v->ast_state->initial_value || !v->type) return;
    BodyContext ctx;
    ctx.contract = m_contract;
    ctx.scopes.emplace_back();
    m_body = &ctx;
    expect(*v->ast_state->initial_value, v->type, "initial value");
    m_body = nullptr;
}

void Checker::check_bodies(const ContractInfo* c) {
    m_contract = c;
    m_file = m_contract_file[c];
    for (const VariableInfo* v : c->state_variables)
        check_state_initializer(v);
    // Base constructor arguments written in the inheritance list.
    for (const ast::InheritanceSpecifier& spec : c->ast->bases) {
        if (!spec.arguments) continue;
        const auto* base = dynamic_cast<const ContractInfo*>(
            lookup_type_path(spec.base.path, nullptr, m_file, spec.span, false));
        BodyContext ctx;
        ctx.contract = c;
        ctx.scopes.emplace_back();
        m_body = &ctx;
        std::vector<TypePtr> params;
        if (base && base->constructor) params = base->constructor->parameter_types;
        for (std::size_t i = 0; i < spec.arguments->size(); ++i) {
            if (i < params.size())
                expect((*spec.arguments)[i], params[i], "constructor argument");
            else
                check_expr((*spec.arguments)[i]);
        }
        m_body = nullptr;
    }
    for (const ModifierInfo* m : c->modifiers)
        check_modifier_body(m);
    for (const FunctionInfo* f : c->functions)
        check_function_body(f);
    for (const ast::Annotation& a : c->ast->annotations) {
        BodyContext ctx;
        ctx.contract = c;
        ctx.scopes.emplace_back();
        ctx.in_annotation = true;
        m_body = &ctx;
        expect(a.condition, bool_type(), "invariant");
        m_body = nullptr;
    }
}

void Checker::check_msg_value_modifiers() {
    for (const ContractInfo* c : m_contracts)
        for (const FunctionInfo* f : c->functions) {
            if (f->mutability == ast::Mutability::payable ||
                (f->visibility != ast::Visibility::public_ &&
                 f->visibility != ast::Visibility::external) ||
                f->function_kind == ast::FunctionKind::constructor || c->is_library())
                continue;
            for (const ModifierUse& use : f->modifiers) {
                const ModifierInfo* m = use.modifier ? c->resolve_modifier(use.modifier) : nullptr;
                if (!m || !m->reads_msg_value || !use.ast) continue;
                error(DiagCode::MsgValueNonPayable, use.ast->span,
                      fmt::format("modifier '{}' reads 'msg.value', so '{}' must be payable or "
                                  "internal",
                                  m->name, f->name))
                    .hint =
                    "make the function 'payable', or use the modifier on payable or internal "
                    "functions only";
            }
        }
}

void Checker::check_modifier_body(const ModifierInfo* m) {
    BodyContext ctx;
    ctx.contract = m_contract;
    ctx.modifier = m;
    ctx.scopes.emplace_back();
    m_body = &ctx;
    for (const VariableInfo* p : m->parameters)
        declare_local(p, p->span);
    if (m->ast->body) {
        check_block(*m->ast->body, false);
        check_modifier_pointer_reads(*m);
        if (ctx.placeholders == 0)
            error(DiagCode::ModifierRule, m->span,
                  fmt::format("modifier '{}' has no '_' placeholder: the function body would "
                              "never run",
                              m->name))
                .hint = "add '_;' where the function body should run";
    } else if (!m->is_virtual) {
        error(DiagCode::ModifierRule, m->span,
              fmt::format("modifier '{}' has no body and must be marked 'virtual'", m->name));
    }
    m_modifier_effects[m] = {ctx.effect, ctx.effect_span};
    m_body = nullptr;
}

void Checker::check_modifier_invocations(const FunctionInfo* cf) {
    auto* f = const_cast<FunctionInfo*>(cf);
    for (const ast::ModifierInvocation& mi : f->ast->modifiers) {
        const std::string& name = mi.name.path.empty() ? std::string() : mi.name.path[0];
        const ModifierInfo* mod = nullptr;
        const ContractInfo* base = nullptr;
        if (mi.name.path.size() == 1) {
            if (auto* list = contract_members(m_contract, name))
                for (const Declaration* d : *list)
                    if (d->kind == DeclKind::modifier) mod = static_cast<const ModifierInfo*>(d);
        }
        bool qualified_error = false;
        if (!mod && mi.name.path.size() > 1) mod = qualified_modifier(mi, qualified_error);
        if (!mod && !qualified_error)
            base = dynamic_cast<const ContractInfo*>(
                lookup_type_path(mi.name.path, nullptr, m_file, mi.span, false));
        const std::vector<ast::Expression> no_args;
        const auto& args = mi.arguments ? *mi.arguments : no_args;
        if (qualified_error) {
            for (const auto& a : args)
                check_expr(a);
            continue;
        }
        if (base) {
            if (f->function_kind != ast::FunctionKind::constructor) {
                error(DiagCode::ModifierRule, mi.name.span,
                      fmt::format("'{}' is a contract, not a modifier; base constructor "
                                  "arguments can only be given on a constructor",
                                  text_of(mi.name.span)));
                for (const auto& a : args)
                    check_expr(a);
                continue;
            }
            std::vector<TypePtr> params;
            if (base->constructor) params = base->constructor->parameter_types;
            for (std::size_t i = 0; i < args.size(); ++i) {
                if (i < params.size())
                    expect(args[i], params[i], "constructor argument");
                else
                    check_expr(args[i]);
            }
            continue;
        }
        if (!mod) {
            std::vector<std::string> names;
            for (const auto& [n, ds] : m_members[m_contract])
                for (const Declaration* d : ds)
                    if (d->kind == DeclKind::modifier) names.push_back(n);
            auto& d = error(DiagCode::UndeclaredIdentifier, mi.name.span,
                            fmt::format("undeclared modifier '{}'", text_of(mi.name.span)));
            if (auto best = closest_name(name, names))
                d.hint = fmt::format("did you mean '{}'?", *best);
            for (const auto& a : args)
                check_expr(a);
            continue;
        }
        f->modifiers.push_back({&mi, mod});
        std::vector<TypePtr> params;
        for (const VariableInfo* p : mod->parameters)
            params.push_back(p->type);
        check_args_against(args, params, mi.span, fmt::format("modifier '{}'", mod->name));
        auto eff = m_modifier_effects.find(m_contract->resolve_modifier(mod));
        if (eff != m_modifier_effects.end()) note_effect(eff->second.first, mi.span);
    }
}

const ModifierInfo* Checker::qualified_modifier(const ast::ModifierInvocation& mi, bool& failed) {
    const auto& path = mi.name.path;
    const auto* owner = dynamic_cast<const ContractInfo*>(
        lookup_type_path({path.begin(), path.end() - 1}, nullptr, m_file, mi.span, false));
    if (!owner) return nullptr;
    const ModifierInfo* mod = nullptr;
    for (const ModifierInfo* m : owner->modifiers)
        if (m->name == path.back()) mod = m;
    if (!mod) return nullptr;
    failed = true;
    if (owner->is_library() || !m_contract->derives_from(owner)) {
        error(DiagCode::ModifierRule, mi.name.span,
              "Can only use modifiers defined in the current contract or in base contracts.");
        return nullptr;
    }
    // solc runs exactly the modifier named (no virtual lookup); Mallory looks modifiers up
    // virtually, which is the same only when nothing can override it.
    if (mod->is_virtual) {
        error(DiagCode::NotInSubset, mi.name.span,
              fmt::format("a virtual modifier named through its contract ('{}') is not in "
                          "Mallory's subset",
                          text_of(mi.name.span)))
            .hint = fmt::format("write '{}' to run the most derived version", mod->name);
        return nullptr;
    }
    failed = false;
    return mod;
}

void Checker::check_args_against(const std::vector<ast::Expression>& args,
                                 const std::vector<TypePtr>& params, Span span,
                                 std::string_view what) {
    if (args.size() != params.size()) {
        error(DiagCode::ArgumentCount, span,
              fmt::format("{} takes {} argument{}, but {} {} given", what, params.size(),
                          params.size() == 1 ? "" : "s", args.size(),
                          args.size() == 1 ? "was" : "were"));
        for (const auto& a : args)
            check_expr(a);
        return;
    }
    for (std::size_t i = 0; i < args.size(); ++i)
        expect(args[i], params[i], "argument");
}

void Checker::check_function_body(const FunctionInfo* f) {
    BodyContext ctx;
    ctx.contract = m_contract;
    ctx.function = f;
    ctx.mutability = f->mutability;
    ctx.enforce_mutability = true;
    ctx.is_constructor = f->function_kind == ast::FunctionKind::constructor;
    // A library function runs in its caller's call (solc: by DELEGATECALL), so msg.value is
    // the caller's: solc lets any library function read it, though none may be payable.
    ctx.msg_value_allowed =
        f->mutability == ast::Mutability::payable || f->visibility == ast::Visibility::internal ||
        f->visibility == ast::Visibility::private_ || (f->contract && f->contract->is_library());
    ctx.scopes.emplace_back();
    ctx.returns = f->returns;
    m_body = &ctx;
    for (const VariableInfo* p : f->parameters)
        declare_local(p, p->span);
    for (const VariableInfo* r : f->returns)
        declare_local(r, r->span);
    check_modifier_invocations(f);
    if (f->ast->body) {
        bool terminates = check_block(*f->ast->body, false);
        check_storage_return_paths(*f);
        if (!terminates) {
            for (const VariableInfo* r : f->returns) {
                if (!r->name.empty()) continue;
                // An unnamed storage or calldata pointer can only be set by 'return': a path
                // without one returns whatever the pointer happened to hold (solc 3464). A
                // modifier may revert after '_' or skip it: check_storage_return_paths follows
                // the modifiers' flow for a modified function.
                const bool pointer = r->type && is_pointer_type(*r->type);
                if (pointer && !f->ast->modifiers.empty()) break;
                if (pointer) {
                    error(DiagCode::DataLocationInvalid, r->span,
                          unassigned_pointer_message(*r->type, "returned"))
                        .hint = "end every path that does not revert with a 'return'";
                    break;
                }
                warning(DiagCode::MissingReturn, r->span,
                        "unnamed return variable can remain unassigned: not every path ends "
                        "with a 'return'")
                    .hint = "add a return with a value to every path that does not revert, or "
                            "name the return variable";
                break;
            }
        }
    }
    ctx.in_annotation = true;
    ctx.enforce_mutability = false;
    for (const ast::Annotation& a : f->ast->annotations)
        expect(a.condition, bool_type(), "annotation");
    finish_unused_warnings();
    m_body = nullptr;
}

bool Checker::check_block(const ast::Block& b, bool new_scope) {
    if (!m_body) return false;
    bool saved_unchecked = m_body->in_unchecked;
    if (b.unchecked) {
        if (m_body->in_unchecked)
            error(DiagCode::UncheckedRule, b.span, "'unchecked' blocks cannot be nested");
        m_body->in_unchecked = true;
    }
    if (new_scope) m_body->scopes.emplace_back();
    bool terminated = false;
    bool warned = false;
    for (std::size_t i = 0; i < b.statements.size(); ++i) {
        const ast::Statement& s = b.statements[i];
        if (terminated && !warned) {
            warned = true;
            Span first = boost::apply_visitor(
                [](const auto& n) -> Span {
                    if constexpr (requires { n.get(); })
                        return n.get().span;
                    else
                        return n.span;
                },
                s.get());
            Span last = boost::apply_visitor(
                [](const auto& n) -> Span {
                    if constexpr (requires { n.get(); })
                        return n.get().span;
                    else
                        return n.span;
                },
                b.statements.back().get());
            warning(DiagCode::UnreachableCode, Span{first.file, first.begin, last.end},
                    "unreachable code");
        }
        if (check_statement(s)) terminated = true;
    }
    if (new_scope) m_body->scopes.pop_back();
    m_body->in_unchecked = saved_unchecked;
    return terminated;
}

namespace {

bool is_revert_call(const ast::Expression& e) {
    const auto* call = boost::get<x3::forward_ast<ast::Call>>(&e.get());
    if (!call) return false;
    const auto* id = boost::get<ast::Identifier>(&call->get().callee.get());
    return id && id->name == "revert";
}

} // namespace

bool Checker::check_statement(const ast::Statement& s) {
    struct Visitor {
        Checker& ck;
        /// The body of `if`, `else` and the loops: a declaration there would have a scope of one
        /// statement, and solc (9079) wants it inside a block.
        bool body(const ast::Statement& s) const {
            if (const auto* b = boost::get<x3::forward_ast<ast::Block>>(&s.get());
                b && b->get().unchecked) // solc 5296
                ck.error(DiagCode::UncheckedRule, b->get().span,
                         "\"unchecked\" blocks can only be used inside regular blocks.")
                    .hint = "put it in braces: { unchecked { ... } }";
            if (const auto* v = boost::get<ast::VariableDeclarationStatement>(&s.get()))
                ck.error(DiagCode::DeclarationNeedsBlock, v->span,
                         "Variable declarations can only be used inside blocks.")
                    .hint = "put it in braces: { ... }";
            return ck.check_statement(s);
        }
        bool operator()(const x3::forward_ast<ast::Block>& b) const {
            return ck.check_block(b.get(), true);
        }
        bool operator()(const ast::VariableDeclarationStatement& v) const {
            ck.check_var_decl_statement(v);
            return false;
        }
        bool operator()(const ast::ExpressionStatement& e) const {
            const TypePtr t = ck.check_expr(e.expression);
            // `revert;` and `require;` name an overloaded builtin without calling it: solc
            // finds no single declaration to refer to (2144).
            if (const auto* id = boost::get<ast::Identifier>(&e.expression.get());
                id && (id->name == "revert" || id->name == "require") && !is_error(t) &&
                !ck.info(id->id).decl)
                ck.error(DiagCode::UndeclaredIdentifier, id->span,
                         "No matching declaration found after variable lookup.")
                    .hint = fmt::format("call it: {}(...)", id->name);
            return is_revert_call(e.expression);
        }
        bool operator()(const x3::forward_ast<ast::IfStatement>& fi) const {
            const ast::IfStatement& i = fi.get();
            ck.expect(i.condition, bool_type(), "if condition");
            ck.m_body->scopes.emplace_back();
            bool t = body(i.then_branch);
            ck.m_body->scopes.pop_back();
            bool e = false;
            if (i.else_branch) {
                ck.m_body->scopes.emplace_back();
                e = body(*i.else_branch);
                ck.m_body->scopes.pop_back();
            }
            return t && e;
        }
        bool operator()(const x3::forward_ast<ast::ForStatement>& ff) const {
            const ast::ForStatement& f = ff.get();
            ck.m_body->scopes.emplace_back();
            if (f.init) ck.check_statement(*f.init);
            if (f.condition) ck.expect(*f.condition, bool_type(), "loop condition");
            if (f.step) ck.check_expr(*f.step);
            ++ck.m_body->loop_depth;
            ck.m_body->scopes.emplace_back();
            body(f.body);
            ck.m_body->scopes.pop_back();
            --ck.m_body->loop_depth;
            ck.m_body->scopes.pop_back();
            return false;
        }
        bool operator()(const x3::forward_ast<ast::WhileStatement>& fw) const {
            ck.expect(fw.get().condition, bool_type(), "loop condition");
            ++ck.m_body->loop_depth;
            ck.m_body->scopes.emplace_back();
            body(fw.get().body);
            ck.m_body->scopes.pop_back();
            --ck.m_body->loop_depth;
            return false;
        }
        bool operator()(const x3::forward_ast<ast::DoWhileStatement>& fd) const {
            ++ck.m_body->loop_depth;
            ck.m_body->scopes.emplace_back();
            body(fd.get().body);
            ck.m_body->scopes.pop_back();
            --ck.m_body->loop_depth;
            ck.expect(fd.get().condition, bool_type(), "loop condition");
            return false;
        }
        bool operator()(const ast::ReturnStatement& r) const {
            ck.check_return(r);
            return true;
        }
        bool operator()(const ast::BreakStatement& b) const {
            if (ck.m_body->loop_depth == 0)
                ck.error(DiagCode::BreakOutsideLoop, b.span, "'break' outside of a loop");
            return true;
        }
        bool operator()(const ast::ContinueStatement& c) const {
            if (ck.m_body->loop_depth == 0)
                ck.error(DiagCode::BreakOutsideLoop, c.span, "'continue' outside of a loop");
            return true;
        }
        bool operator()(const ast::PlaceholderStatement& p) const {
            // Outside a modifier solc reads `_;` as an expression statement naming `_`: a
            // public or external function may be called so (solc's exception to 3726).
            if (!ck.m_body->modifier) {
                if (ck.lookup("_").empty())
                    ck.error(DiagCode::UndeclaredIdentifier, p.span, "Undeclared identifier.")
                        .hint = "'_' is the placeholder only in a modifier's body";
                return false;
            }
            if (ck.m_body->in_unchecked) // solc 2573
                ck.error(DiagCode::UncheckedRule, p.span,
                         "The placeholder statement \"_\" cannot be used inside an \"unchecked\" "
                         "block.");
            ++ck.m_body->placeholders;
            return false;
        }
        bool operator()(const ast::EmitStatement& e) const {
            const auto* call = boost::get<x3::forward_ast<ast::Call>>(&e.event_call.get());
            if (!call) {
                ck.error(DiagCode::EmitNeedsEvent, e.span,
                         "'emit' must be followed by an event call: emit EventName(arguments)");
                ck.check_expr(e.event_call);
                return false;
            }
            ck.check_call(call->get(), true, false);
            ck.set_type(call->get().id, empty_tuple());
            return false;
        }
        bool operator()(const ast::RevertStatement& r) const {
            const auto* call = boost::get<x3::forward_ast<ast::Call>>(&r.error_call.get());
            if (!call) {
                ck.error(DiagCode::RevertNeedsError, r.span,
                         "'revert' must be followed by an error call: revert ErrorName(arguments)");
                ck.check_expr(r.error_call);
                return true;
            }
            ck.check_call(call->get(), false, true);
            ck.set_type(call->get().id, empty_tuple());
            return true;
        }
        bool operator()(const x3::forward_ast<ast::TryStatement>& t) const {
            return ck.check_try(t.get());
        }
        bool operator()(const ast::InlineAssembly& a) const {
            ck.check_assembly(a);
            return false;
        }
    };
    if (!m_body) return false;
    return boost::apply_visitor(Visitor{*this}, s.get());
}

void Checker::check_var_decl_statement(const ast::VariableDeclarationStatement& s) {
    std::vector<VariableInfo*> vars;
    std::vector<TypePtr> types;
    for (const auto& ov : s.variables) {
        if (!ov) {
            vars.push_back(nullptr);
            types.push_back(nullptr);
            continue;
        }
        const ast::VariableDeclaration& v = *ov;
        TypePtr t = resolve_type(v.type, m_contract, m_file);
        if (!is_error(t)) {
            if (!is_reference_type(*t)) {
                if (v.location != ast::DataLocation::none)
                    error(DiagCode::DataLocationInvalid, v.span,
                          fmt::format("data location can only be given for arrays, structs and "
                                      "mappings, but '{}' is {}",
                                      v.name, to_string(*t)));
            } else {
                Location loc = Location::memory;
                switch (v.location) {
                case ast::DataLocation::none:
                    error(DiagCode::DataLocationRequired, v.span,
                          fmt::format("data location must be \"storage\" or \"memory\" for "
                                      "variable '{}' of type {}, but none was given",
                                      v.name, to_string(*t)))
                        .hint = t->kind == TypeKind::mapping ? "write 'storage'"
                                                             : "write 'memory' for a copy or "
                                                               "'storage' for a reference";
                    break;
                case ast::DataLocation::calldata:
                    loc = Location::calldata;
                    break;
                case ast::DataLocation::storage:
                    loc = Location::storage;
                    break;
                case ast::DataLocation::memory:
                    break;
                }
                if (loc == Location::memory && contains_mapping(*t)) {
                    error(DiagCode::DataLocationInvalid, v.span,
                          fmt::format("type {} is only valid in storage", to_string(*t)))
                        .hint = "write 'storage'";
                    t = error_type();
                }
                if (!is_error(t)) t = with_location(t, loc);
            }
        }
        VariableInfo* info_v = make_local(
            v, VarKind::local,
            m_body->function ? static_cast<const Declaration*>(m_body->function) : m_body->modifier,
            t);
        vars.push_back(info_v);
        types.push_back(t);
    }
    if (s.initial_value) {
        const ast::Expression& init = *s.initial_value;
        if (vars.size() == 1 && !s.is_tuple) {
            TypePtr target = types[0];
            if (target && target->location == Location::storage && is_reference_type(*target)) {
                expect_storage_pointer(init, check_expr(init), target);
            } else {
                expect(init, target ? target : error_type(), "initial value");
            }
        } else {
            TypePtr got = check_expr(init);
            if (!is_error(got)) {
                std::size_t n = got->kind == TypeKind::tuple ? got->components.size() : 1;
                if (n != vars.size()) {
                    error(DiagCode::TupleArity, s.span,
                          fmt::format("different number of components: {} declared, but the "
                                      "value has {} ({})",
                                      vars.size(), n, to_string(*got)));
                } else {
                    for (std::size_t i = 0; i < n; ++i) {
                        if (!types[i]) continue;
                        TypePtr comp = got->kind == TypeKind::tuple ? got->components[i] : got;
                        if (comp) expect_convertible(comp, types[i], vars[i]->span);
                    }
                }
            }
        }
    } else {
        for (std::size_t i = 0; i < vars.size(); ++i) {
            if (!types[i] || is_error(types[i])) continue;
            // solc accepts a later assignment when flow analysis proves it precedes every read
            // (check_storage_return_paths follows the paths).
            if (is_pointer_type(*types[i])) m_body->unset_pointers.push_back(vars[i]);
        }
    }
    for (VariableInfo* v : vars)
        if (v) declare_local(v, v->ast_var->span);
}

void Checker::check_return(const ast::ReturnStatement& r) {
    if (!m_body) return;
    if (m_body->modifier) {
        if (r.value) {
            error(DiagCode::ReturnMismatch, r.span, "a modifier cannot return a value");
            check_expr(*r.value);
        }
        return;
    }
    const auto& rets = m_body->returns;
    if (!r.value) {
        // solc 6777: named return variables do not make a bare `return;` valid either.
        if (!rets.empty())
            error(DiagCode::ReturnMismatch, r.span,
                  fmt::format("'return' needs {} value{} here", rets.size(),
                              rets.size() == 1 ? "" : "s"));
        return;
    }
    if (rets.empty()) {
        error(DiagCode::ReturnMismatch, span_of(*r.value),
              "this function declares no return values, but 'return' has one")
            .hint = "add 'returns (...)' to the function, or remove the value";
        check_expr(*r.value);
        return;
    }
    if (rets.size() == 1) {
        expect(*r.value, rets[0]->type ? rets[0]->type : error_type(), "return value");
        return;
    }
    TypePtr got = check_expr(*r.value);
    if (is_error(got)) return;
    std::size_t n = got->kind == TypeKind::tuple ? got->components.size() : 1;
    if (n != rets.size()) {
        error(DiagCode::ReturnMismatch, span_of(*r.value),
              fmt::format("'return' has {} value{}, but the function returns {}", n,
                          n == 1 ? "" : "s", rets.size()));
        return;
    }
    const auto* tuple = boost::get<x3::forward_ast<ast::TupleExpr>>(&r.value->get());
    for (std::size_t i = 0; i < n; ++i) {
        Span sp = span_of(*r.value);
        if (tuple && i < tuple->get().elements.size() && tuple->get().elements[i])
            sp = span_of(*tuple->get().elements[i]);
        if (got->components[i] && rets[i]->type)
            expect_convertible(got->components[i], rets[i]->type, sp, "return value");
    }
}

} // namespace mallory::lang::check
