// Calls with named arguments: `f({a: 1, b: 2})`, `emit E({...})`, `revert Err({...})`,
// `S({x: 1})`, `new C({...})` (LANGUAGE.md §4).
//
// solc compiles such a call with its arguments sorted into parameter order
// (FunctionCall::sortedArguments) and evaluates them in that order, so the checker rewrites the
// call once into that order: every later phase (types, compiler, analyzer) sees a positional
// call whose evaluation order is solc's.
#include "lang/check/checker_impl.hpp"
#include "lang/parser/ast_util.hpp"

#include <algorithm>
#include <iterator>

namespace mallory::lang::check {

namespace {

std::vector<std::string> names_of(const std::vector<ast::VariableDeclaration>& params) {
    std::vector<std::string> out;
    for (const ast::VariableDeclaration& p : params)
        out.push_back(p.name);
    return out;
}

std::vector<std::string> names_of(const std::vector<const VariableInfo*>& params) {
    std::vector<std::string> out;
    for (const VariableInfo* p : params)
        out.push_back(p ? p->name : std::string());
    return out;
}

bool same_names(std::vector<std::string> a, std::vector<std::string> b) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

} // namespace

std::optional<std::vector<std::string>>
Checker::named_parameters(const ast::Call& c, const Type& callee, std::string& what) {
    what = "function call";
    switch (callee.kind) {
    case TypeKind::type:
        if (callee.element && callee.element->kind == TypeKind::struct_) {
            what = "struct constructor";
            std::vector<std::string> out;
            for (const auto& f : callee.element->struct_info->fields)
                if (f.type && f.type->kind != TypeKind::mapping) out.push_back(f.name);
            return out;
        }
        error(DiagCode::ArgumentCount, c.span, "Type conversion cannot allow named arguments.");
        return std::nullopt;
    case TypeKind::event:
        if (!callee.event || !callee.event->ast) return std::vector<std::string>{};
        return names_of(callee.event->ast->parameters);
    case TypeKind::error_def:
        if (!callee.error || !callee.error->ast) return std::vector<std::string>{};
        return names_of(callee.error->ast->parameters);
    case TypeKind::function:
        break;
    default:
        return std::vector<std::string>{}; // not callable: reported by check_call
    }
    const FunctionInfo* f = callee.function;
    if (callee.call_kind == CallKind::builtin || (!f && callee.call_kind != CallKind::creation)) {
        error(DiagCode::ArgumentCount, c.span,
              "Named arguments cannot be used for functions that take arbitrary parameters.");
        return std::nullopt;
    }
    if (!f) return std::vector<std::string>{}; // `new C({...})` without a constructor
    ast::NodeId callee_id = id_of(ast::unparenthesized(c.callee));
    bool bound = m_bound_members.count(callee_id) > 0;
    // Overloads: the candidate whose parameter names are the names written.
    std::vector<const FunctionInfo*> candidates{f};
    if (auto it = m_bound_members.find(callee_id); it != m_bound_members.end())
        candidates = it->second;
    else if (auto ov = m_overloads.find(callee_id); ov != m_overloads.end())
        candidates = ov->second;
    for (const FunctionInfo* g : candidates) {
        std::vector<std::string> names = names_of(g->parameters);
        if (bound && !names.empty()) names.erase(names.begin());
        if (candidates.size() == 1 || same_names(names, c.argument_names)) return names;
    }
    error(DiagCode::AmbiguousOverload, c.span,
          "No matching declaration found after argument-dependent lookup.");
    return std::nullopt;
}

const EventInfo* Checker::pick_event(const ast::Call& c, const std::vector<const EventInfo*>& all) {
    std::vector<TypePtr> args;
    for (const ast::Expression& a : c.arguments)
        args.push_back(check_expr(a));
    // An event reached twice through bases is one event.
    std::vector<const EventInfo*> candidates;
    for (const EventInfo* e : all)
        if (std::none_of(candidates.begin(), candidates.end(),
                         [&](const EventInfo* o) { return o->signature == e->signature; }))
            candidates.push_back(e);
    if (candidates.size() == 1) return candidates.front();
    // Whether `e` takes these arguments, each by position or by its name.
    auto takes = [&](const EventInfo* e) {
        if (!e->ast || e->parameter_types.size() != args.size()) return false;
        const std::vector<std::string> names = names_of(e->ast->parameters);
        if (c.named && !same_names(names, c.argument_names)) return false;
        for (std::size_t k = 0; k < args.size(); ++k) {
            std::size_t i = k;
            if (c.named)
                i = static_cast<std::size_t>(
                    std::find(c.argument_names.begin(), c.argument_names.end(), names[k]) -
                    c.argument_names.begin());
            const TypePtr& want = e->parameter_types[k];
            if (args[i] && !is_error(args[i]) && want && !is_error(want) &&
                !implicitly_convertible(*args[i], *want))
                return false;
        }
        return true;
    };
    std::vector<const EventInfo*> ok;
    std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(ok), takes);
    if (ok.size() == 1) return ok.front();
    auto& d = error(DiagCode::AmbiguousOverload, span_of(c.callee),
                    ok.empty() ? "No matching declaration found after argument-dependent lookup."
                               : "No unique declaration found after argument-dependent lookup.");
    for (const EventInfo* e : ok.empty() ? candidates : ok)
        d.notes.push_back({e->span, fmt::format("candidate: {}", e->signature)});
    return nullptr;
}

// How many overloads take arguments of these names and types, each argument going to the
// parameter of its name (solc's argument-dependent lookup; more than one is ambiguous).
std::size_t Checker::named_matches(const ast::Call& c,
                                   const std::vector<const FunctionInfo*>& candidates) {
    std::size_t matches = 0;
    for (const FunctionInfo* g : candidates) {
        std::vector<std::string> names = names_of(g->parameters);
        if (!same_names(names, c.argument_names)) continue;
        bool all = true;
        for (std::size_t k = 0; k < names.size() && all; ++k) {
            auto it = std::find(c.argument_names.begin(), c.argument_names.end(), names[k]);
            TypePtr arg =
                info(id_of(c.arguments[static_cast<std::size_t>(it - c.argument_names.begin())]))
                    .type;
            if (k < g->parameter_types.size() && arg && !is_error(arg) && g->parameter_types[k] &&
                !implicitly_convertible(*arg, *g->parameter_types[k]))
                all = false;
        }
        matches += all;
    }
    return matches;
}

bool Checker::order_named_arguments(const ast::Call& c, const Type& callee) {
    if (!c.named) return true;
    std::string what;
    std::optional<std::vector<std::string>> params = named_parameters(c, callee, what);
    if (!params) return false;
    const std::vector<std::string>& names = c.argument_names;
    if (names.size() != params->size()) {
        error(DiagCode::ArgumentCount, c.span,
              fmt::format("Wrong argument count for {}: {} arguments given but expected {}.", what,
                          names.size(), params->size()));
        return false;
    }
    for (std::size_t i = 0; i < names.size(); ++i)
        for (std::size_t j = i + 1; j < names.size(); ++j)
            if (names[i] == names[j]) {
                error(DiagCode::ArgumentCount, span_of(c.arguments[i]),
                      fmt::format("Duplicate named argument \"{}\".", names[i]));
                return false;
            }
    std::vector<std::size_t> order; // order[k]: the written argument for parameter k
    for (const std::string& p : *params) {
        auto it = std::find(names.begin(), names.end(), p);
        if (it == names.end()) break;
        order.push_back(static_cast<std::size_t>(it - names.begin()));
    }
    if (order.size() != params->size()) {
        for (const std::string& n : names)
            if (std::find(params->begin(), params->end(), n) == params->end()) {
                error(DiagCode::ArgumentCount, c.span,
                      fmt::format("Named argument \"{}\" does not match function declaration.", n));
                return false;
            }
    }
    // The AST is otherwise read-only to the checker: this one rewrite is what the comment at
    // the top of this file describes. It is idempotent (a second check finds parameter order).
    auto& call = const_cast<ast::Call&>(c);
    std::vector<ast::Expression> arguments;
    std::vector<std::string> sorted_names;
    std::vector<Span> sorted_spans;
    for (std::size_t k : order) {
        arguments.push_back(std::move(call.arguments[k]));
        sorted_names.push_back(call.argument_names[k]);
        sorted_spans.push_back(call.argument_name_spans[k]);
    }
    call.arguments = std::move(arguments);
    call.argument_names = std::move(sorted_names);
    call.argument_name_spans = std::move(sorted_spans);
    return true;
}

} // namespace mallory::lang::check
