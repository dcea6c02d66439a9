// Inline assembly: Mallory's subset of Yul (LANGUAGE.md §4.1). Yul names are scoped per block
// (a `for`'s init block encloses its condition, post block and body). Functions are hoisted:
// each is known in its whole block, before its definition too, and in the blocks nested in it;
// a function body reaches only its parameters, returns and own variables, as in solc. No name
// may be declared twice where both are visible. Solidity variables are
// reached as values (value-type locals and parameters), memory references as their address,
// storage pointers through `x.slot` (assignable for local storage pointers, as solc allows) and
// `x.offset` (0 for a pointer: what it points to starts a slot), and state variables through
// `x.slot` / `x.offset` only (inside a Yul function: state variables and constants only, as
// solc allows). Builtins, with what state they touch, come from one table (yul_builtins.hpp).
#include "lang/check/checker_impl.hpp"
#include "lang/yul_builtins.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace mallory::lang::check {

namespace {

constexpr std::string_view subset_hint =
    "Mallory's inline assembly has Yul's statements and function definitions, its "
    "arithmetic, storage, memory, call and environment builtins, and Solidity value types, "
    "memory references and storage pointers (LANGUAGE.md §4.1)";

/// The Yul names one block declares.
struct YulScope {
    std::vector<std::string> variables;
    std::vector<const ast::YulStatement*> functions; ///< hoisted: known from the block's start
    /// A function's own scope (its parameters and returns): the variables of the scopes around
    /// it are out of reach from here in, its functions are not.
    bool function_body = false;
};

struct YulChecker {
    Checker& ck;
    /// Yul's scopes, innermost last.
    std::vector<YulScope> scopes;

    static bool has(const std::vector<std::string>& names, const std::string& name) {
        return std::find(names.begin(), names.end(), name) != names.end();
    }

    /// Whether `name` is a Yul variable that code here can read.
    bool declared_in_yul(const std::string& name) const {
        for (auto it = scopes.rbegin(); it != scopes.rend(); ++it) {
            if (has(it->variables, name)) return true;
            if (it->function_body) return false;
        }
        return false;
    }

    /// Whether `name` is a Yul variable of a scope beyond the enclosing function's boundary.
    bool beyond_function(const std::string& name) const {
        bool crossed = false;
        for (auto it = scopes.rbegin(); it != scopes.rend(); ++it) {
            if (crossed && has(it->variables, name)) return true;
            crossed = crossed || it->function_body;
        }
        return false;
    }

    const ast::YulStatement* find_function(const std::string& name) const {
        for (const YulScope& scope : scopes)
            for (const ast::YulStatement* f : scope.functions)
                if (f->name == name) return f;
        return nullptr;
    }

    bool inside_function() const {
        return std::any_of(scopes.begin(), scopes.end(),
                           [](const YulScope& scope) { return scope.function_body; });
    }

    /// Whether a Yul name `name` is declared in any enclosing scope: Yul allows no shadowing,
    /// not even across a function's boundary (solc's Scope::exists).
    bool taken(const std::string& name) const {
        return find_function(name) ||
               std::any_of(scopes.begin(), scopes.end(),
                           [&](const YulScope& scope) { return has(scope.variables, name); });
    }

    void outside(Span span, std::string message) {
        ck.error(DiagCode::UnsupportedAssembly, span, std::move(message)).hint =
            std::string(subset_hint);
    }

    void block(const std::vector<ast::YulStatement>& body) {
        scopes.emplace_back();
        declare_functions(body);
        for (const ast::YulStatement& s : body)
            statement(s);
        scopes.pop_back();
    }

    /// Whether `t` may name a Yul variable or function; reports why not otherwise.
    bool declarable(const ast::YulExpression& t) {
        if (!t.suffix.empty() || t.name.find('.') != std::string::npos) {
            ck.error(DiagCode::YulRule, t.span,
                     fmt::format("'{}' cannot be declared: Mallory's Yul names have no '.'",
                                 t.name + (t.suffix.empty() ? "" : "." + t.suffix)));
            return false;
        }
        // Solidity reserves these names everywhere, Yul blocks included (solc 4113).
        if (t.name == "this" || t.name == "super" || t.name == "_") {
            ck.error(DiagCode::YulRule, t.span,
                     fmt::format("The identifier name \"{}\" is reserved.", t.name));
            return false;
        }
        return true;
    }

    /// Hoists the functions a block defines: callable anywhere in it, before their definition
    /// too (solc's ScopeFiller registers them before the block's statements).
    void declare_functions(const std::vector<ast::YulStatement>& body) {
        for (const ast::YulStatement& s : body) {
            if (s.kind != ast::YulStatement::Kind::function_) continue;
            ast::YulExpression name;
            name.name = s.name;
            name.span = s.name_span;
            if (!declarable(name)) continue;
            if (taken(s.name)) {
                ck.error(DiagCode::YulRule, s.name_span,
                         fmt::format("Function name {} already taken in this scope.",
                                     s.name)); // solc 6052
                continue;
            }
            scopes.back().functions.push_back(&s);
        }
    }

    /// A function's parameters and returns in its own scope, then its body.
    void function_definition(const ast::YulStatement& s) {
        scopes.emplace_back();
        scopes.back().function_body = true;
        for (const auto* names : {&s.parameters, &s.returns})
            for (const ast::YulExpression& p : *names) {
                if (!declarable(p)) continue;
                if (taken(p.name)) {
                    ck.error(DiagCode::YulRule, p.span,
                             fmt::format("Variable name {} already taken in this scope.",
                                         p.name)); // solc 1395
                    continue;
                }
                scopes.back().variables.push_back(p.name);
            }
        block(s.body);
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
            if (expression(s.value.front()) > 0)
                ck.error(DiagCode::YulRule, s.span,
                         "a Yul expression statement must not return a value: use pop(...) to "
                         "discard it");
            return;
        case ast::YulStatement::Kind::if_:
            condition(s.value.front());
            return block(s.body);
        case ast::YulStatement::Kind::switch_:
            return switch_statement(s);
        case ast::YulStatement::Kind::case_: // only inside a switch (the parser's shape)
            return block(s.body);
        case ast::YulStatement::Kind::for_:
            scopes.emplace_back(); // the init block's names live through the whole loop
            // (it defines no functions: the parser's rule, solc's 3441)
            for (const ast::YulStatement& i : s.init)
                statement(i);
            condition(s.value.front());
            block(s.post);
            block(s.body);
            scopes.pop_back();
            return;
        case ast::YulStatement::Kind::function_:
            return function_definition(s);
        case ast::YulStatement::Kind::break_:
        case ast::YulStatement::Kind::continue_:
        case ast::YulStatement::Kind::leave:
            return; // the parser admits them only in a loop body, a function body
        }
    }

    /// An `if`, `for` or `switch` tests exactly one value.
    void condition(const ast::YulExpression& e) {
        if (const int values = expression(e); values >= 0 && values != 1)
            ck.error(DiagCode::YulRule, e.span, "a Yul condition must have exactly one value");
    }

    void switch_statement(const ast::YulStatement& s) {
        condition(s.value.front());
        std::vector<vm::U256> seen;
        const bool only_default = s.body.size() == 1 && s.body.front().value.empty();
        if (only_default)
            ck.warning(DiagCode::YulRule, s.span,
                       "\"switch\" statement with only a default case."); // solc 9592
        for (const ast::YulStatement& c : s.body) {
            if (!c.value.empty()) {
                const ast::YulExpression& literal = c.value.front();
                expression(literal);
                if (const auto value = yul_literal_value(literal)) {
                    if (std::find(seen.begin(), seen.end(), *value) != seen.end())
                        ck.error(DiagCode::YulRule, literal.span,
                                 fmt::format("Duplicate case \"{}\" defined.", literal.name));
                    seen.push_back(*value);
                }
            }
            block(c.body);
        }
    }

    /// Checks the value of a `let` or an assignment: one value for each target (a function
    /// call may give several), with solc's messages (3812, 8678).
    void values_for_targets(const ast::YulStatement& s) {
        if (s.value.empty()) return;
        const int values = expression(s.value.front());
        if (values < 0 || static_cast<std::size_t>(values) == s.targets.size()) return;
        std::string names;
        for (const ast::YulExpression& t : s.targets)
            names +=
                (names.empty() ? "" : ", ") + t.name + (t.suffix.empty() ? "" : "." + t.suffix);
        if (s.kind == ast::YulStatement::Kind::let)
            ck.error(DiagCode::YulRule, s.span,
                     fmt::format("Variable count mismatch for declaration of \"{}\": {} variables "
                                 "and {} values.",
                                 names, s.targets.size(), values));
        else
            ck.error(DiagCode::YulRule, s.span,
                     fmt::format("Variable count for assignment to \"{}\" does not match number "
                                 "of values ({} vs. {})",
                                 names, s.targets.size(), values));
    }

    void let(const ast::YulStatement& s) {
        values_for_targets(s); // the value is evaluated before the names exist
        for (const ast::YulExpression& t : s.targets) {
            if (!declarable(t)) continue;
            if (find_function(t.name)) {
                ck.error(DiagCode::YulRule, t.span,
                         fmt::format("Variable name {} already taken in this scope.",
                                     t.name)); // solc 1395
                continue;
            }
            if (taken(t.name) || !ck.lookup(t.name).empty()) {
                ck.error(DiagCode::YulRule, t.span,
                         fmt::format("'{}' is already declared: a Yul variable cannot shadow a "
                                     "Yul variable or a Solidity name",
                                     t.name));
                continue;
            }
            scopes.back().variables.push_back(t.name);
        }
    }

    void assign(const ast::YulStatement& s) {
        values_for_targets(s);
        for (const ast::YulExpression& t : s.targets)
            target(t);
    }

    bool names_solidity_local(const std::string& name) const {
        const std::vector<const Declaration*> found = ck.lookup(name);
        return !found.empty() && found.front()->kind == DeclKind::variable &&
               static_cast<const VariableInfo*>(found.front())->var_kind != VarKind::state;
    }

    void local_in_function(const ast::YulExpression& e) {
        ck.error(DiagCode::YulRule, e.name_span,
                 "Cannot access local Solidity variables from inside an inline assembly "
                 "function."); // solc 6578
    }

    /// The Solidity variable a Yul identifier names (recorded for the code generator), nullptr
    /// for a Yul variable or after reporting that the name is unknown.
    const VariableInfo* solidity_variable(const ast::YulExpression& e) {
        if (e.suffix.empty() && declared_in_yul(e.name)) {
            // solc resolves a name against Solidity first: a Yul function's parameter or return
            // named like a Solidity local cannot be used (its declaration is allowed).
            if (inside_function() && names_solidity_local(e.name)) local_in_function(e);
            return nullptr;
        }
        if (e.suffix.empty() && beyond_function(e.name)) {
            ck.error(DiagCode::YulRule, e.name_span,
                     fmt::format("Identifier \"{}\" not found.", e.name)); // solc 8198
            return nullptr;
        }
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
        // A Yul function has no Solidity frame around it: only state variables and constants.
        if (v->var_kind != VarKind::state && inside_function()) {
            local_in_function(e);
            return nullptr;
        }
        ExprInfo& info = ck.info(e.id);
        info.decl = v;
        info.type = v->type; // the model only reports ids that have a type

        if (ck.m_body) ++ck.m_body->uses[v];
        ck.note_pointer_read(v, e.span); // an assignment target's own read is discounted
        return v;
    }

    /// Whether `v` with `e`'s suffix is something Mallory's Yul can read; reports otherwise.
    bool readable(const ast::YulExpression& e, const VariableInfo& v) {
        const Type& t = *v.type;
        const bool storage_ref = is_reference_type(t) && t.location == Location::storage;
        if (is_reference_type(t) && t.location == Location::calldata &&
            v.var_kind != VarKind::state)
            return calldata_readable(e, v);
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
            if (v.constant && e.suffix.empty()) {
                ck.ensure_constant(&v); // a file-level constant may not be checked yet
                if (assembly_readable_constant(v, ck.m_model)) return true;
                ck.error(DiagCode::YulRule, e.span,
                         "Only direct number constants and references to such constants are "
                         "supported by inline assembly."); // solc 7615
                return false;
            }
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
        if (is_reference_type(t) && t.location != Location::memory && !storage_ref) {
            outside(e.span, fmt::format("'{}' ({}) in inline assembly is outside Mallory's "
                                        "subset: only value types, memory references and "
                                        "storage pointers",
                                        v.name, to_string(t)));
            return false;
        }
        return true;
    }

    /// A calldata array or bytes: its `x.offset` and `x.length`, as in solc (x.length only for
    /// dynamic ones).
    bool calldata_readable(const ast::YulExpression& e, const VariableInfo& v) {
        const Type& t = *v.type;
        const bool dynamic = t.kind == TypeKind::bytes || t.kind == TypeKind::string ||
                             (t.kind == TypeKind::array && !t.length);
        if (e.suffix.empty()) {
            ck.error(DiagCode::YulRule, e.span,
                     "Call data elements cannot be accessed directly. Use \".offset\" and "
                     "\".length\" to access the calldata offset and length of this array and "
                     "then use \"calldatacopy\"."); // solc 1397
            return false;
        }
        if (e.suffix == "offset" || (e.suffix == "length" && dynamic)) return true;
        outside(e.span, fmt::format("'{}.{}' of calldata '{}' ({}) is outside Mallory's subset "
                                    "of inline assembly",
                                    e.name, e.suffix, v.name, to_string(t)));
        return false;
    }

    void target(const ast::YulExpression& t) {
        if (t.suffix.empty() && find_function(t.name) && !declared_in_yul(t.name)) {
            ck.error(DiagCode::YulRule, t.span, "Assignment requires variable."); // solc 2657
            return;
        }
        const VariableInfo* v = solidity_variable(t);
        if (!v) return;
        if (!readable(t, *v)) return;
        if (v->type && v->type->location == Location::calldata) {
            outside(t.span, fmt::format("assigning '{}.{}' of a calldata value is outside "
                                        "Mallory's subset of inline assembly",
                                        v->name, t.suffix));
            return;
        }
        if (v->var_kind == VarKind::state) {
            ck.error(
                DiagCode::YulRule, t.span,
                fmt::format("'{}.{}' of a state variable cannot be assigned", v->name, t.suffix));
            return;
        }
        if (t.suffix == "slot") ck.note_pointer_assignment(v, t.span);
        if (t.suffix == "offset") {
            outside(t.span, fmt::format("assigning '{}.offset' is outside Mallory's subset: "
                                        "storage offsets are always 0 in Mallory's layout",
                                        v->name));
            return;
        }
        // A memory reference is its address: Yul may point it elsewhere (`r := mload(0x40)`).
        if (t.suffix.empty() && is_reference_type(*v->type)) return;
        // An internal function value is one word: Yul may give it another function type of the
        // same arity (OpenZeppelin's Arrays turns a bytes32 comparator into a uint256 one).
        if (t.suffix.empty() && v->type->kind == TypeKind::function &&
            !is_external_function_value(*v->type))
            return;
        // Yul writes whole words: a narrower variable keeps the word, as in solc, and Solidity
        // code cleans it where solc cleans it (codegen_yul.cpp). An enum's word would need
        // solc's range check instead.
        const Type& type = value_representation(*v->type);
        const bool cleanable = t.suffix == "slot" || type.kind == TypeKind::fixed_bytes ||
                               type.kind == TypeKind::integer || type.kind == TypeKind::boolean ||
                               type.kind == TypeKind::address || type.kind == TypeKind::contract;
        if (!cleanable)
            outside(t.span, fmt::format("assigning '{}' ({}) in inline assembly is outside "
                                        "Mallory's subset: only integers, bytesN, bool, "
                                        "addresses and '.slot'",
                                        v->name, to_string(*v->type)));
    }

    /// What `expression` returns for a call that was already reported: any count is right.
    static constexpr int unknown_values = -1;

    /// Checks `e`; returns how many values it yields (unknown_values after an error).
    int expression(const ast::YulExpression& e) {
        switch (e.kind) {
        case ast::YulExpression::Kind::literal:
            if (!yul_literal_value(e))
                ck.error(DiagCode::YulRule, e.span,
                         fmt::format("'{}' is not a Yul literal that fits in 256 bits", e.name));
            return 1;
        case ast::YulExpression::Kind::identifier:
            if (e.suffix.empty() && find_function(e.name) && !declared_in_yul(e.name)) {
                ck.error(DiagCode::YulRule, e.span,
                         fmt::format("Function {} used without being called.",
                                     e.name)); // solc 6041
                return 1;
            }
            // `x.slot` of a state variable is a constant: reading it reads no state.
            if (const VariableInfo* v = solidity_variable(e)) readable(e, *v);
            return 1;
        case ast::YulExpression::Kind::call:
            return call(e);
        }
        return 1;
    }

    /// Every argument of a call has one value.
    void arguments(const ast::YulExpression& e) {
        for (const auto& a : e.arguments)
            if (const int values = expression(a); values >= 0 && values != 1)
                ck.error(DiagCode::YulRule, a.span, "a Yul argument must have exactly one value");
    }

    /// A call of a Yul function: its arity; the effects are its body's, checked where it is
    /// defined (as solc's ViewPureChecker walks the whole block).
    int function_call(const ast::YulExpression& e, const ast::YulStatement& f) {
        if (e.arguments.size() != f.parameters.size())
            ck.error(DiagCode::YulRule, e.span,
                     fmt::format("Function \"{}\" expects {} arguments but got {}.", e.name,
                                 f.parameters.size(), e.arguments.size())); // solc 7000
        arguments(e);
        return static_cast<int>(f.returns.size());
    }

    int call(const ast::YulExpression& e) {
        const YulBuiltin* b = find_yul_builtin(e.name);
        if (!b) {
            if (const ast::YulStatement* f = find_function(e.name)) return function_call(e, *f);
            if (is_evm_builtin_name(e.name))
                outside(e.name_span, fmt::format("the Yul builtin '{}' is outside Mallory's "
                                                 "subset of inline assembly",
                                                 e.name));
            else
                ck.error(DiagCode::YulRule, e.name_span,
                         fmt::format("Function \"{}\" not found.", e.name)); // solc 4619
            for (const auto& a : e.arguments)
                expression(a);
            return unknown_values;
        }
        if (e.arguments.size() != b->arguments)
            ck.error(DiagCode::YulRule, e.span,
                     fmt::format("'{}' takes {} argument{}, but {} {} given", e.name, b->arguments,
                                 b->arguments == 1 ? "" : "s", e.arguments.size(),
                                 e.arguments.size() == 1 ? "was" : "were"));
        arguments(e);
        if (b->access == YulAccess::reads_state) ck.note_effect(Effect::read, e.span);
        if (b->access == YulAccess::writes_state) ck.note_effect(Effect::write, e.span);
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
