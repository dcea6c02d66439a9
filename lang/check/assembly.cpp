// Inline assembly: Mallory's subset of Yul (LANGUAGE.md §4.1). Yul names are scoped per block;
// Solidity variables are reached as values (value-type locals and parameters), as storage
// pointers through `x.slot` (assignable for local storage pointers, as solc allows) and
// `x.offset` (0 for a pointer: what it points to starts a slot), and state
// variables through `x.slot` / `x.offset` only. Builtins come from one table (yul_builtins.hpp).
#include "lang/check/checker_impl.hpp"
#include "lang/yul_builtins.hpp"

#include <fmt/format.h>

namespace mallory::lang::check {

namespace {

constexpr std::string_view subset_hint =
    "Mallory accepts the storage-pointer idioms (x.slot := s) and Yul that computes on stack "
    "values with sload/sstore/tload/tstore (LANGUAGE.md §4.1)";

struct YulChecker {
    Checker& ck;
    /// Yul variables by block, innermost last.
    std::vector<std::vector<std::string>> scopes;

    bool declared_in_yul(const std::string& name) const {
        for (const auto& scope : scopes)
            for (const std::string& n : scope)
                if (n == name) return true;
        return false;
    }

    void outside(Span span, std::string message) {
        ck.error(DiagCode::UnsupportedAssembly, span, std::move(message)).hint =
            std::string(subset_hint);
    }

    void block(const std::vector<ast::YulStatement>& body) {
        scopes.emplace_back();
        for (const ast::YulStatement& s : body)
            statement(s);
        scopes.pop_back();
    }

    void statement(const ast::YulStatement& s) {
        switch (s.kind) {
        case ast::YulStatement::Kind::block:
            return block(s.body);
        case ast::YulStatement::Kind::let:
            return let(s);
        case ast::YulStatement::Kind::assign:
            return assign(s);
        case ast::YulStatement::Kind::expression:
            if (expression(s.value.front()) != 0)
                ck.error(DiagCode::YulRule, s.span,
                         "a Yul expression statement must not return a value: use pop(...) to "
                         "discard it");
            return;
        }
    }

    /// Checks the value of a `let` or an assignment: exactly one value for one target.
    void single_value(const ast::YulStatement& s) {
        if (s.value.empty()) return;
        const int values = expression(s.value.front());
        if (values != 1 || s.targets.size() != 1)
            ck.error(DiagCode::YulRule, s.span,
                     fmt::format("{} Yul variable{} assigned from an expression that returns {}",
                                 s.targets.size(), s.targets.size() == 1 ? "" : "s", values));
    }

    void let(const ast::YulStatement& s) {
        single_value(s); // the value is evaluated before the names exist
        for (const ast::YulExpression& t : s.targets) {
            if (!t.suffix.empty() || t.name.find('.') != std::string::npos) {
                ck.error(DiagCode::YulRule, t.span,
                         fmt::format("'{}' cannot be declared: Mallory's Yul names have no '.'",
                                     t.name + (t.suffix.empty() ? "" : "." + t.suffix)));
                continue;
            }
            // Solidity reserves these names everywhere, Yul blocks included (solc 4113).
            if (t.name == "this" || t.name == "super" || t.name == "_") {
                ck.error(DiagCode::YulRule, t.span,
                         fmt::format("The identifier name \"{}\" is reserved.", t.name));
                continue;
            }
            if (declared_in_yul(t.name) || !ck.lookup(t.name).empty()) {
                ck.error(DiagCode::YulRule, t.span,
                         fmt::format("'{}' is already declared: a Yul variable cannot shadow a "
                                     "Yul variable or a Solidity name",
                                     t.name));
                continue;
            }
            scopes.back().push_back(t.name);
        }
    }

    void assign(const ast::YulStatement& s) {
        single_value(s);
        for (const ast::YulExpression& t : s.targets)
            target(t);
    }

    /// The Solidity variable a Yul identifier names (recorded for the code generator), nullptr
    /// for a Yul variable or after reporting that the name is unknown.
    const VariableInfo* solidity_variable(const ast::YulExpression& e) {
        if (e.suffix.empty() && declared_in_yul(e.name)) return nullptr;
        const std::vector<const Declaration*> found = ck.lookup(e.name);
        if (found.empty() || found.front()->kind != DeclKind::variable) {
            ck.error(DiagCode::YulRule, e.name_span,
                     found.empty()
                         ? fmt::format("undeclared identifier '{}' in inline assembly", e.name)
                         : fmt::format("'{}' is not a variable: inline assembly can only name "
                                       "variables",
                                       e.name));
            return nullptr;
        }
        const auto* v = static_cast<const VariableInfo*>(found.front());
        ExprInfo& info = ck.info(e.id);
        info.decl = v;
        info.type = v->type; // the model only reports ids that have a type

        if (ck.m_body) ++ck.m_body->uses[v];
        return v;
    }

    /// Whether `v` with `e`'s suffix is something Mallory's Yul can read; reports otherwise.
    bool readable(const ast::YulExpression& e, const VariableInfo& v) {
        const Type& t = *v.type;
        const bool storage_ref = is_reference_type(t) && t.location == Location::storage;
        if (!e.suffix.empty() && e.suffix != "slot" && e.suffix != "offset") {
            outside(e.span, fmt::format("'{}.{}' is outside Mallory's subset of inline assembly",
                                        e.name, e.suffix));
            return false;
        }
        if (e.suffix.empty() && is_external_function_value(t)) { // address and selector
            ck.error(DiagCode::YulRule, e.span,
                     "Only types that use one stack slot are supported."); // solc 9857
            return false;
        }
        if (v.var_kind == VarKind::state) {
            if (v.constant && e.suffix.empty() && v.constant_value && !is_reference_type(t))
                return true;
            if (!e.suffix.empty() && !v.constant && !v.immutable) return true;
            ck.error(DiagCode::YulRule, e.span,
                     fmt::format("state variable '{}' can only be used in inline assembly "
                                 "through '{}.slot' and '{}.offset'",
                                 v.name, v.name, v.name));
            return false;
        }
        if (storage_ref != !e.suffix.empty()) {
            if (storage_ref)
                ck.error(DiagCode::YulRule, e.span,
                         fmt::format("storage pointer '{}' is used in inline assembly through "
                                     "'{}.slot' and '{}.offset'",
                                     v.name, v.name, v.name));
            else
                ck.error(
                    DiagCode::YulRule, e.span,
                    fmt::format("'{}.{}' is only available on storage pointers", v.name, e.suffix));
            return false;
        }
        if (is_reference_type(t) && !storage_ref) {
            outside(e.span, fmt::format("'{}' ({}) in inline assembly is outside Mallory's "
                                        "subset: only value types and storage pointers",
                                        v.name, to_string(t)));
            return false;
        }
        return true;
    }

    void target(const ast::YulExpression& t) {
        const VariableInfo* v = solidity_variable(t);
        if (!v) return;
        if (!readable(t, *v)) return;
        if (v->var_kind == VarKind::state) {
            ck.error(
                DiagCode::YulRule, t.span,
                fmt::format("'{}.{}' of a state variable cannot be assigned", v->name, t.suffix));
            return;
        }
        if (t.suffix == "offset") {
            outside(t.span, fmt::format("assigning '{}.offset' is outside Mallory's subset: "
                                        "storage offsets are always 0 in Mallory's layout",
                                        v->name));
            return;
        }
        // Yul writes whole words: a narrower value is cleaned as it is stored (as solc cleans
        // it before any comparison, arithmetic check or memory write). An enum's word would
        // need solc's range check instead.
        const Type& type = value_representation(*v->type);
        const bool cleanable = t.suffix == "slot" || type.kind == TypeKind::fixed_bytes ||
                               type.kind == TypeKind::integer || type.kind == TypeKind::boolean ||
                               type.kind == TypeKind::address || type.kind == TypeKind::contract;
        const bool word = t.suffix == "slot" ||
                          (type.kind == TypeKind::fixed_bytes && type.byte_size == 32) ||
                          (type.kind == TypeKind::integer && type.bits == 256);
        if (cleanable && !word && ck.m_body) ck.m_body->assigned_in_yul.insert(v);
        if (!cleanable)
            outside(t.span, fmt::format("assigning '{}' ({}) in inline assembly is outside "
                                        "Mallory's subset: only integers, bytesN, bool, "
                                        "addresses and '.slot'",
                                        v->name, to_string(*v->type)));
    }

    /// Checks `e`; returns how many values it yields.
    int expression(const ast::YulExpression& e) {
        switch (e.kind) {
        case ast::YulExpression::Kind::literal:
            if (!yul_literal_value(e))
                ck.error(
                    DiagCode::YulRule, e.span,
                    fmt::format("'{}' is not a Yul number literal that fits in 256 bits", e.name));
            return 1;
        case ast::YulExpression::Kind::identifier:
            // `x.slot` of a state variable is a constant: reading it reads no state.
            if (const VariableInfo* v = solidity_variable(e)) {
                if (readable(e, *v) && e.suffix.empty() && ck.m_body &&
                    ck.m_body->assigned_in_yul.contains(v))
                    outside(e.span,
                            fmt::format("reading '{}' ({}) in inline assembly after inline "
                                        "assembly assigned it is outside Mallory's subset: "
                                        "solc keeps the assigned word's bits beyond the type, "
                                        "Mallory cleans them",
                                        v->name, to_string(*v->type)));
            }
            return 1;
        case ast::YulExpression::Kind::call:
            return call(e);
        }
        return 1;
    }

    int call(const ast::YulExpression& e) {
        const YulBuiltin* b = find_yul_builtin(e.name);
        if (!b) {
            if (is_evm_builtin_name(e.name))
                outside(e.name_span, fmt::format("the Yul builtin '{}' is outside Mallory's "
                                                 "subset of inline assembly",
                                                 e.name));
            else
                ck.error(DiagCode::YulRule, e.name_span,
                         fmt::format("'{}' is not a Yul builtin, and inline assembly in "
                                     "Mallory's subset defines no functions",
                                     e.name));
            for (const auto& a : e.arguments)
                expression(a);
            return 1;
        }
        if (e.arguments.size() != b->arguments)
            ck.error(DiagCode::YulRule, e.span,
                     fmt::format("'{}' takes {} argument{}, but {} {} given", e.name, b->arguments,
                                 b->arguments == 1 ? "" : "s", e.arguments.size(),
                                 e.arguments.size() == 1 ? "was" : "were"));
        for (const auto& a : e.arguments)
            if (expression(a) != 1)
                ck.error(DiagCode::YulRule, a.span, "a Yul argument must have exactly one value");
        if (b->op == vm::Op::SLOAD || b->op == vm::Op::TLOAD) ck.note_effect(Effect::read, e.span);
        if (b->op == vm::Op::SSTORE || b->op == vm::Op::TSTORE)
            ck.note_effect(Effect::write, e.span);
        return b->returns ? 1 : 0;
    }
};

} // namespace

void Checker::check_assembly(const ast::InlineAssembly& a) {
    if (!m_body) return;
    for (const std::string& flag : a.flags)
        if (flag != "memory-safe")
            warning(DiagCode::YulRule, a.span,
                    fmt::format("unknown inline assembly flag \"{}\" (solc knows \"memory-safe\")",
                                flag));
    YulChecker{*this, {}}.block(a.body);
}

} // namespace mallory::lang::check
