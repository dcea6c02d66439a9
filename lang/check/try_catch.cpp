// try/catch: the call it guards, its returns variables and solc's catch clause forms.
#include "lang/check/checker_impl.hpp"

#include <algorithm>

namespace mallory::lang::check {

namespace {

constexpr const char* try_target_rule =
    "Try can only be used with external function calls and contract creation calls.";

std::string location_given(ast::DataLocation l) {
    switch (l) {
    case ast::DataLocation::memory:
        return "\"memory\"";
    case ast::DataLocation::storage:
        return "\"storage\"";
    case ast::DataLocation::calldata:
        return "\"calldata\"";
    case ast::DataLocation::none:
        break;
    }
    return "none";
}

} // namespace

bool Checker::check_try(const ast::TryStatement& t) {
    std::optional<std::vector<TypePtr>> results = try_call_results(t);
    m_body->scopes.emplace_back(); // the returns variables live in the success block only
    if (t.has_returns) check_try_returns(t, results);
    bool terminated = check_block(t.body, false);
    m_body->scopes.pop_back();
    std::vector<std::string> seen;
    for (const ast::CatchClause& c : t.clauses)
        terminated = check_catch_clause(c, seen) && terminated;
    return terminated;
}

std::optional<std::vector<TypePtr>> Checker::try_call_results(const ast::TryStatement& t) {
    TypePtr type = check_expr(t.call);
    if (is_error(type)) return std::nullopt;
    const auto* call = boost::get<x3::forward_ast<ast::Call>>(&t.call.get());
    const CallKind kind = call ? info(call->get().id).call.kind : CallKind::none;
    if (kind == CallKind::internal) {
        const FunctionInfo* f = info(call->get().id).call.function;
        if (f && f->contract && f->contract->is_library() &&
            (f->visibility == ast::Visibility::public_ ||
             f->visibility == ast::Visibility::external)) {
            error(DiagCode::NotInSubset, span_of(t.call),
                  "'try' on a library function call is not in Mallory's subset: Mallory compiles "
                  "library functions into their callers, so there is no call that can fail");
            return std::nullopt;
        }
    }
    if (kind != CallKind::external && kind != CallKind::creation) {
        error(DiagCode::TryCatchRule, span_of(t.call), try_target_rule).hint =
            "call the function through a contract value (this.f(), c.f()) or 'new C()'";
        return std::nullopt;
    }
    if (type->kind == TypeKind::tuple) return type->components;
    return std::vector<TypePtr>{type};
}

void Checker::check_try_returns(const ast::TryStatement& t,
                                const std::optional<std::vector<TypePtr>>& results) {
    if (results && results->size() != t.returns.size())
        error(DiagCode::TryCatchRule, t.span,
              fmt::format("Function returns {} values, but returns clause has {} variables.",
                          results->size(), t.returns.size()));
    for (std::size_t i = 0; i < t.returns.size(); ++i) { // solc compares the common prefix
        const bool known = results && i < results->size();
        VariableInfo* v = try_variable(t.returns[i], known ? (*results)[i] : nullptr);
        declare_local(v, t.returns[i].span);
    }
}

bool Checker::check_catch_clause(const ast::CatchClause& c, std::vector<std::string>& seen) {
    // Each form takes at most one parameter, of one type: Error(string memory),
    // Panic(uint256), (bytes memory) or none.
    TypePtr wanted;
    const char* form = nullptr;
    const char* duplicate = nullptr;
    if (c.name == "Error") {
        wanted = string_type();
        form = "Expected `catch Error(string memory ...) { ... }`.";
        duplicate = "This try statement already has an \"Error\" catch clause.";
    } else if (c.name == "Panic") {
        wanted = uint_type();
        form = "Expected `catch Panic(uint ...) { ... }`.";
        duplicate = "This try statement already has a \"Panic\" catch clause.";
    } else if (c.name.empty()) {
        wanted = bytes_type();
        form = "Expected `catch (bytes memory ...) { ... }` or `catch { ... }`.";
        duplicate = "This try statement already has a low-level catch clause.";
    } else {
        error(DiagCode::TryCatchRule, c.span,
              "Invalid catch clause name. Expected either `catch (...)`, `catch Error(...)`, or "
              "`catch Panic(...)`.");
    }
    if (form) {
        const bool named = !c.name.empty();
        const std::size_t allowed = named ? 1 : (c.has_parameters ? 1 : 0);
        bool shape_ok = c.parameters.size() == allowed;
        if (shape_ok && allowed == 1) {
            TypePtr t = resolve_type(c.parameters[0].type, m_contract, m_file);
            shape_ok = is_error(t) || same_base_type(*t, *wanted);
        }
        if (!shape_ok) error(DiagCode::TryCatchRule, c.span, form);
        if (std::find(seen.begin(), seen.end(), c.name) != seen.end())
            error(DiagCode::TryCatchRule, c.span, duplicate);
        seen.push_back(c.name);
    }
    m_body->scopes.emplace_back();
    for (const ast::VariableDeclaration& p : c.parameters)
        declare_local(try_variable(p, nullptr), p.span);
    bool terminated = check_block(c.body, false);
    m_body->scopes.pop_back();
    return terminated;
}

VariableInfo* Checker::try_variable(const ast::VariableDeclaration& v, const TypePtr& expected) {
    TypePtr t = resolve_type(v.type, m_contract, m_file);
    if (!is_error(t)) {
        if (is_reference_type(*t)) {
            if (v.location != ast::DataLocation::memory)
                error(DiagCode::DataLocationInvalid, v.span,
                      fmt::format("Data location must be \"memory\" for parameter in function, "
                                  "but {} was given.",
                                  location_given(v.location)));
            t = with_location(t, Location::memory);
        } else if (v.location != ast::DataLocation::none) {
            error(DiagCode::DataLocationInvalid, v.span,
                  fmt::format("data location can only be given for arrays, structs and mappings, "
                              "but '{}' is {}",
                              v.name, to_string(*t)));
        }
        if (expected && !is_error(expected) &&
            !same_type(*t, *with_location(expected, t->location)))
            error(DiagCode::TypeMismatch, v.span,
                  fmt::format("Invalid type, expected {} but got {}.", to_string(*expected),
                              to_string(*t)));
    }
    const Declaration* owner =
        m_body->function ? static_cast<const Declaration*>(m_body->function) : m_body->modifier;
    return make_local(v, VarKind::local, owner, t);
}

} // namespace mallory::lang::check
