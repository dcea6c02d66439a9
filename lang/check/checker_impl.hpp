#pragma once
/// Internal: the checker's state and passes. Split over declare.cpp (declarations, imports,
/// inheritance, overrides), expr.cpp (expressions), call.cpp (calls and members) and stmt.cpp
/// (function bodies).

#include "lang/check/checker.hpp"

#include <fmt/format.h>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace mallory::lang::check {

namespace x3 = boost::spirit::x3;

/// Reads and writes of state found in a body, for view/pure checks.
enum class Effect : std::uint8_t { none, read, write };

/// solc's message 3464 for a storage or calldata pointer `accessed` or `returned` before any
/// assignment.
std::string unassigned_pointer_message(const Type& pointer, std::string_view use);

struct Scope {
    std::unordered_map<std::string, const Declaration*> names;
};

/// Per-body state: the function or modifier being checked.
struct BodyContext {
    const ContractInfo* contract = nullptr;
    const FunctionInfo* function = nullptr;
    const ModifierInfo* modifier = nullptr;
    ast::Mutability mutability = ast::Mutability::nonpayable;
    bool enforce_mutability = false; ///< false for state-variable initializers, modifiers
    const VariableInfo* constant_init = nullptr; ///< checking this constant's initializer
    int placeholders = 0;
    bool in_annotation = false; ///< `/// #invariant` / `#if_succeeds`: sum(m), old(e) allowed
    bool is_constructor = false;
    bool msg_value_allowed = true;
    int loop_depth = 0;
    bool in_unchecked = false;
    /// Where a storage-pointer return variable is assigned (`r = s`, `r.slot := s`), outside
    /// the operands that may not run (`a && (r = s).f`, `c ? (r = s).f : x`): the paths that
    /// reach the function's end must all pass one (storage_return_flow.cpp).
    struct PointerUse {
        const VariableInfo* var;
        Span at; ///< in the body's file
    };
    std::vector<PointerUse> pointer_assignments;
    /// Where one is read (any use but as a whole assignment target): none may come first.
    std::vector<PointerUse> pointer_reads;
    int conditional_depth = 0; ///< inside operands that may not run
    /// Local storage pointers declared without a value (`S storage c;`): like a storage-pointer
    /// return variable, no read may come before an assignment on a path (solc 3464).
    std::vector<const VariableInfo*> unset_pointers;
    std::vector<Scope> scopes;
    std::vector<const VariableInfo*> returns;
    Effect effect = Effect::none; ///< strongest effect seen (modifiers)
    Span effect_span;
    std::map<const VariableInfo*, int> uses;
    std::vector<const VariableInfo*> declared; ///< in order, for unused warnings
};

class Checker {
public:
    Checker(const SourceManager& sources, const std::vector<UnitInput>& units, Diagnostics& diags,
            SemanticModel& model)
        : m_sources(sources), m_units(units), m_diags(diags), m_model(model) {}

    void run();

    // ---- declare.cpp ----
    void declare_contracts();
    void build_file_scopes();
    /// The declaration of `import "x" as M;` (one per directive, made on first use).
    const ModuleInfo* module_of(const ast::ImportDirective& imp, FileId target);
    /// What `M.name` refers to: `name` in the scope of M's file, nullptr when it has none.
    const Declaration* module_member(const ModuleInfo& module, const std::string& name);
    /// solc 9582 for `M.name`: the names M's file has, the closest one as a hint.
    void report_module_member_not_found(const ModuleInfo& module, const std::string& name,
                                        Span span);
    void resolve_inheritance();
    void declare_members(ContractInfo* c);
    void build_member_tables(const ContractInfo* c);
    void resolve_constant_types(ContractInfo* c);
    void resolve_signatures(ContractInfo* c);
    void check_error_name(const ErrorInfo& e);
    void check_constant_cycles();
    /// The event of `candidates` an `emit` with these arguments (checked here, by position or
    /// by name) calls, as solc's argument-dependent lookup picks it; null after an error.
    const EventInfo* pick_event(const ast::Call& c,
                                const std::vector<const EventInfo*>& candidates);
    std::size_t named_matches(const ast::Call& c,
                              const std::vector<const FunctionInfo*>& candidates);
    /// A `new C` in some code: a function, a modifier, or a contract's state initializers.
    struct Creation {
        const ContractInfo* created = nullptr;
        Span span;
    };
    const Declaration* code_owner() const;
    void note_function_reference(const FunctionInfo* f);
    void note_creation(const ContractInfo* created, Span span);
    std::vector<Creation> reachable_creations(const ContractInfo* c) const;
    void check_bytecode_cycles();
    std::vector<const Declaration*> reachable_code(const ContractInfo* c) const;
    void note_error_use(const ErrorInfo* e);
    void check_error_collisions();
    const VariableInfo* constant_cycle(const VariableInfo* v, std::set<const VariableInfo*> seen);
    void check_contract_rules(ContractInfo* c);
    void check_transient_variable(const VariableInfo& v); // transient.cpp
    void check_overrides(ContractInfo* c);
    void report_overridden_getters(const ContractInfo* c, const FunctionInfo& f);
    void check_duplicate_events(const ContractInfo* c);
    void check_inherited_modifiers(const ContractInfo* c); // inherited_names.cpp
    void check_inherited_names(const ContractInfo* c);     // inherited_names.cpp
    void compute_effective(ContractInfo* c);
    void report_ambiguous_inheritance(const ContractInfo* c,
                                      const std::vector<const FunctionInfo*>& same_signature);
    /// solc 5359 and 2763: what a public state variable's getter `g` returns (declare.cpp).
    void check_getter_returns(const VariableInfo& v, const FunctionInfo& g, bool of_struct,
                              bool coder_v1);
    void check_inherited_abi_coder(const ContractInfo* c);
    void check_base_constructor_args(ContractInfo* c);
    TypePtr resolve_type(const ast::TypeName& name, const ContractInfo* contract, FileId file);
    TypePtr resolve_param_type(const ast::VariableDeclaration& v, const ContractInfo* contract,
                               FileId file, bool is_external, bool is_public, bool is_event);
    /// solc 5172: a parameter's type spelled with the name of a parameter (declare.cpp).
    void report_types_named_by_parameters(const ast::FunctionDefinition& fd);
    // ---- function_types.cpp ----
    TypePtr resolve_function_type(const ast::FunctionTypeName& f, const ContractInfo* contract,
                                  FileId file);
    /// solc's rules on an external function type's parameter or result: no internal function
    /// types in it (2582), no storage reference (6651). Reports and returns false otherwise.
    bool fits_external_function_type(const TypePtr& t, Span span);
    /// solc 4103: an internal function value cannot cross the ABI.
    void reject_internal_function_in_abi(const TypePtr& t, Span span);
    std::string signature_of(const std::string& name, const std::vector<TypePtr>& params);
    const Declaration* lookup_type_path(const std::vector<std::string>& path,
                                        const ContractInfo* contract, FileId file, Span span,
                                        bool report);

    // ---- stmt.cpp ----
    void check_bodies(const ContractInfo* c);
    void check_function_body(const FunctionInfo* f);
    void check_modifier_body(const ModifierInfo* m);
    /// solc 4006: a public or external function that is not payable cannot use a modifier
    /// that reads `msg.value` (run after every body: the modifier may be declared later).
    void check_msg_value_modifiers();
    void check_modifier_invocations(const FunctionInfo* f);
    /// `C.m` or `M.C.m`: the modifier m of C, a base of the current contract (solc 9428
    /// otherwise). Nullptr when the path names no modifier, and `failed` set when it does but
    /// cannot be used here (reported).
    const ModifierInfo* qualified_modifier(const ast::ModifierInvocation& mi, bool& failed);
    void check_state_initializer(const VariableInfo* v);
    bool check_statement(const ast::Statement& s); ///< returns true if it terminates the path
    bool check_block(const ast::Block& b, bool new_scope = true);
    void check_var_decl_statement(const ast::VariableDeclarationStatement& s);
    void check_return(const ast::ReturnStatement& r);
    // ---- try_catch.cpp ----
    bool check_try(const ast::TryStatement& t); ///< returns true if every branch terminates
    /// The types the try call produces (its return values, or the created contract), or
    /// nullopt after an error.
    std::optional<std::vector<TypePtr>> try_call_results(const ast::TryStatement& t);
    void check_try_returns(const ast::TryStatement& t,
                           const std::optional<std::vector<TypePtr>>& results);
    bool check_catch_clause(const ast::CatchClause& c, std::vector<std::string>& seen);
    /// A returns variable or catch parameter of type `expected` (nullptr: take the declared
    /// type); solc wants `memory` for reference types.
    VariableInfo* try_variable(const ast::VariableDeclaration& v, const TypePtr& expected);
    void declare_local(const VariableInfo* v, Span span);
    VariableInfo* make_local(const ast::VariableDeclaration& v, VarKind kind,
                             const Declaration* owner, TypePtr type);
    void finish_unused_warnings();
    void ensure_constant(const VariableInfo* v);
    /// An immutable initialised by a literal number (`uint immutable x = 1;`, `2 ** 8`): solc's
    /// view/pure checker counts reading it as pure, as a constant; any other immutable is
    /// state that only the deployment fixed.
    bool immutable_of_literal(const VariableInfo& v) const;
    void check_args_against(const std::vector<ast::Expression>& args,
                            const std::vector<TypePtr>& params, Span span, std::string_view what);

    // ---- expr.cpp ----
    TypePtr check_expr(const ast::Expression& e);
    /// Checks `e` and requires it to convert implicitly to `target` (reports at e's span).
    TypePtr expect(const ast::Expression& e, const TypePtr& target, std::string_view what = {});
    /// As expect, for `e` already checked with type `got`.
    TypePtr expect_checked(const ast::Expression& e, const TypePtr& got, const TypePtr& target,
                           std::string_view what = {});
    bool expect_convertible(const TypePtr& from, const TypePtr& to, Span span,
                            std::string_view what = {});
    /// Requires a value for a storage pointer of type `target` (a local, parameter or return
    /// variable in storage): it must already be in storage, of the same base type. A memory
    /// value is not copied into it, as for a state variable: solc rejects it (7407, 9553).
    bool expect_storage_pointer(const ast::Expression& value, const TypePtr& got,
                                const TypePtr& target);
    TypePtr check_identifier(const ast::Identifier& id);
    TypePtr check_number(const ast::NumberLiteral& n);
    TypePtr check_unary(const ast::Unary& u);
    TypePtr check_binary(const ast::Binary& b);
    /// The value solc's constant evaluator gives `e` (literals, constants, arithmetic), if any.
    std::optional<Rational> evaluate_constant(const ast::Expression& e, int depth = 0);
    /// A value of solc's constant evaluator: a literal's exact number (no type), or a number
    /// of the integer type of the constant it comes from, computed as the EVM computes it.
    struct EvaluatedConstant {
        Rational value;
        TypePtr type; ///< null: a literal's exact value
    };
    std::optional<EvaluatedConstant> evaluate_typed_constant(const ast::Expression& e, int depth);
    TypePtr binary_result(ast::BinaryOp op, const TypePtr& l, const TypePtr& r, Span span,
                          ast::NodeId id);
    TypePtr check_assignment(const ast::Assignment& a);
    /// A target of a tuple assignment: a nested tuple of targets (gaps allowed) or an
    /// expression.
    TypePtr check_assignment_target(const ast::Expression& e);
    /// `from` assigned to the target `target` of type `to`, nested tuples component-wise.
    void expect_assignable(const TypePtr& from, const TypePtr& to, const ast::Expression& target);
    TypePtr check_conditional(const ast::Conditional& c);
    TypePtr check_tuple(const ast::TupleExpr& t);
    /// `[a, b, c]` (inline_arrays.cpp): `T[N] memory`, T the elements' common type.
    TypePtr check_inline_array(const ast::InlineArray& a);
    TypePtr check_index(const ast::IndexAccess& ia);
    /// `x[a:b]` (slices.cpp).
    TypePtr check_index_range(const ast::IndexRangeAccess& r);
    /// Whether `e` names a local variable, parameter or return value that points to storage.
    bool is_local_storage_pointer(const ast::Expression& e);
    void check_lvalue(const ast::Expression& e, Span span, bool is_delete = false);
    /// Reports solc's read-only error when `e` writes into a calldata array or struct.
    bool read_only_calldata(const ast::Expression& e, Span at);
    /// solc's rule that an override keeps the data locations of its parameters and returns.
    void check_override_locations(const FunctionInfo* f, const FunctionInfo* g);
    TypePtr declaration_type(const Declaration* d, Span span, ast::NodeId id);
    /// The type a value gets when it is stored or passed without a target type (mobile type
    /// of literals, memory for string literals).
    TypePtr materialize(const TypePtr& t, Span span);

    // ---- call.cpp ----
    TypePtr check_call(const ast::Call& c, bool in_emit = false, bool in_revert = false);
    TypePtr check_member(const ast::MemberAccess& m);
    TypePtr check_new(const ast::NewExpr& n);
    TypePtr check_conversion(const ast::Call& c, const TypePtr& target);
    TypePtr call_function(const ast::Call& c, const TypePtr& fn);
    TypePtr call_builtin(const ast::Call& c, const TypePtr& fn);
    void check_call_options(const ast::Call& c, const TypePtr& fn);
    void check_arguments(const ast::Call& c, const std::vector<TypePtr>& params,
                         std::string_view what);
    const FunctionInfo* pick_overload(const ast::Call& c,
                                      const std::vector<const FunctionInfo*>& candidates,
                                      bool external);
    TypePtr function_value(const FunctionInfo* f, CallKind kind);
    TypePtr builtin_function(Builtin b, std::vector<TypePtr> params, std::vector<TypePtr> returns,
                             ast::Mutability m = ast::Mutability::pure, bool variadic = false);
    TypePtr member_of_magic(const ast::MemberAccess& m, const Type& t);
    /// `msg.x`, `block.x`, `tx.x` through lang/magic_members.def; records ExprInfo::magic.
    TypePtr environment_member(const ast::MemberAccess& m, const Type& t);
    /// The rules of single members: msg.value needs payable, msg.data not in receive, ...
    void check_magic_rules(const ast::MemberAccess& m, Magic magic);
    /// `type(I).interfaceId`: the ERC-165 identifier, a bytes4 constant; an error for a
    /// contract or library (solc has the member on interfaces only).
    TypePtr interface_id(const ast::MemberAccess& m, const Type& of);
    TypePtr creation_code(const ast::MemberAccess& m, const ContractInfo& c);
    TypePtr member_of_address(const ast::MemberAccess& m, const Type& t);
    TypePtr member_of_contract(const ast::MemberAccess& m, const Type& t);
    TypePtr member_of_type(const ast::MemberAccess& m, const Type& t);
    /// `M.x` for an import alias M: what x names at file level in M's file.
    TypePtr member_of_module(const ast::MemberAccess& m, const Type& t);
    TypePtr member_of_super(const ast::MemberAccess& m);
    TypePtr abi_decode_types(const ast::Expression& e);
    TypePtr type_expression(const ast::Expression& e); ///< `uint`, `C`, `uint[]` as a type

    // ---- library.cpp ----
    void declare_file_levels();
    void check_library_rules(const ContractInfo* c);
    /// Inside a public/external library function (reached by DELEGATECALL in solc).
    bool in_public_library_function() const;
    /// `this`, `super` and `_` cannot name a declaration (solc's DeclarationError 3726), but
    /// for the external interface's names: events, public and external functions (all of an
    /// interface's).
    void check_reserved_name(const ast::ContractMember& member, bool in_interface);
    void check_reserved_name(const std::string& name, Span span);
    /// `this` in a free function: undeclared, as in solc.
    TypePtr this_outside_contract(const ast::Identifier& id);
    void check_file_level_rules(const ContractInfo* c);
    void resolve_usings();
    void resolve_using(const ContractInfo* c, const ast::UsingDirective& u);
    const FunctionInfo* using_function(const ContractInfo* c, const ast::UsingFunction& uf);
    /// `x.f` where `f` is attached to x's type by a `using` in scope: the function type without
    /// its first parameter (bound to x), or nullptr when no attached function matches.
    TypePtr bound_member(const ast::MemberAccess& m, const TypePtr& object);

    // ---- value_types.cpp ----
    void declare_value_type(ContractInfo* c, const ast::UserValueTypeDefinition& d);
    /// `Price.wrap` / `Price.unwrap`: a special function (CallKind::conversion).
    TypePtr value_type_member(const ast::MemberAccess& m, const TypePtr& of);
    TypePtr check_value_type_call(const ast::Call& c, const TypePtr& fn);
    struct UsingEntry;
    /// `f as op` in a `using` directive: checks solc's rules and records it in `entry`.
    void define_operator(UsingEntry& entry, const ast::UsingDirective& u,
                         const ast::UsingFunction& uf, const FunctionInfo* f);
    std::vector<const FunctionInfo*>
    operator_definitions(const std::string& op, const Type& operand, std::size_t arity) const;
    /// A binary or unary operator on a user-defined value type: the type of the call of its
    /// user-defined operator (or the error type, reported); nullopt when no operand is one.
    std::optional<TypePtr> user_binary_operator(const ast::Binary& b, const TypePtr& l,
                                                const TypePtr& r);
    std::optional<TypePtr> user_unary_operator(const ast::Unary& u, const TypePtr& t);
    TypePtr use_operator(ast::NodeId id, const FunctionInfo* f, Span span);
    const FunctionInfo* pick_bound(const ast::Call& c,
                                   const std::vector<const FunctionInfo*>& candidates,
                                   const std::vector<TypePtr>& arg_types);

    // ---- named_arguments.cpp ----
    /// Puts `f({b: 2, a: 1})` in parameter order (solc's order of evaluation); reports and
    /// returns false when the names do not match the callee's parameters.
    bool order_named_arguments(const ast::Call& c, const Type& callee);
    std::optional<std::vector<std::string>> named_parameters(const ast::Call& c, const Type& callee,
                                                             std::string& what);

    // ---- assembly.cpp ----
    /// Inline assembly in Mallory's subset of Yul (LANGUAGE.md §4.1): Yul names, the Solidity
    /// variables it reaches (recorded in the model for the code generator) and its builtins.
    void check_assembly(const ast::InlineAssembly& a);
    /// Records an assignment of `v` at `at` when it is a storage-pointer return variable or a
    /// local storage pointer declared without a value.
    void note_pointer_assignment(const VariableInfo* v, Span at);
    /// Records a use of `v` at `at` when it is one of those.
    void note_pointer_read(const Declaration* d, Span at);
    /// solc 3464: a named storage-pointer return variable must be assigned on every path that
    /// reaches the end of the function or a `return;`, and no storage pointer read before it
    /// is assigned (storage_return_flow.cpp).
    void check_storage_return_paths(const FunctionInfo& f);
    /// solc 3464 for the local storage pointers of a modifier's body: the reads that may come
    /// before an assignment, kept until report_modifier_pointer_reads.
    void check_modifier_pointer_reads(const ModifierInfo& m);
    /// Reports them for each modifier some function runs (solc follows a modifier only inlined
    /// into a function that is part of a contract).
    void report_modifier_pointer_reads();
    bool modified_function_leaves_unassigned(const FunctionInfo& f, const VariableInfo& r);

    // ---- effects ----
    void note_effect(Effect e, Span span);
    void note_call_effect(ast::Mutability m, Span span);

    // ---- lookup ----
    /// Every declaration visible under `name` from the current body (locals, contract members
    /// incl. inherited, file scope). Empty if none.
    std::vector<const Declaration*> lookup(const std::string& name) const;
    /// A free function's overloads: the functions of its file that share its name, in
    /// declaration order; any other declaration alone.
    std::vector<const Declaration*> free_function_overloads(const Declaration* d) const;
    /// `value` (the first of `fns`), its text "overloaded" when the others differ from it in
    /// their parameters: a call picks one by its arguments, a value cannot.
    static TypePtr as_overloaded(TypePtr value, const std::vector<const FunctionInfo*>& fns);
    std::vector<std::string> visible_names() const;
    const std::vector<const Declaration*>* contract_members(const ContractInfo* c,
                                                            const std::string& name) const;

    // ---- helpers ----
    Diagnostic& error(DiagCode code, Span span, std::string message);
    Diagnostic& warning(DiagCode code, Span span, std::string message);
    ExprInfo& info(ast::NodeId id) { return m_model.expr_mut(id); }
    TypePtr set_type(ast::NodeId id, TypePtr t);
    Span span_of(const ast::Expression& e) const;
    ast::NodeId id_of(const ast::Expression& e) const;
    /// Whether `e` names functions of one name with different parameters (a call picks one
    /// by its arguments; a value cannot).
    bool names_overloads(const ast::Expression& e) const;
    std::string text_of(Span span) const;
    /// `pragma abicoder v1;` in `file`: ABI-v2-only types stay out of its ABI (solc 2428...).
    bool file_uses_abi_coder_v1(FileId file) const;
    /// solc 2443/2428: code compiled with ABI coder v1 cannot pass or receive v2-only types.
    void check_call_abi_coder_v1(const ast::Call& c, const Type& fn);
    void check_arguments_abi_coder_v1(const ast::Call& c, const std::vector<TypePtr>& params);

    const SourceManager& m_sources;
    const std::vector<UnitInput>& m_units;
    Diagnostics& m_diags;
    SemanticModel& m_model;

    std::vector<ContractInfo*> m_contracts;
    /// Per file: the names visible at file level (own contracts and imported ones).
    std::map<FileId, std::map<std::string, const Declaration*>> m_file_scopes;
    /// The alias of each `import "x" as M;`, by directive.
    std::map<const ast::ImportDirective*, const ModuleInfo*> m_modules;
    /// Per contract: its own plus inherited (non-private) members, by name.
    std::map<const ContractInfo*, std::map<std::string, std::vector<const Declaration*>>> m_members;
    std::map<const ContractInfo*, FileId> m_contract_file;
    std::map<const ModifierInfo*, std::pair<Effect, Span>> m_modifier_effects;
    /// Per modifier, the reads of its local storage or calldata pointers that may come before
    /// an assignment, with their messages: reported when a function runs the modifier
    /// (report_modifier_pointer_reads).
    std::map<const ModifierInfo*, std::vector<std::pair<Span, std::string>>> m_modifier_early_reads;
    /// Overload candidates of a callee expression, by its NodeId.
    std::unordered_map<ast::NodeId, std::vector<const FunctionInfo*>> m_overloads;
    /// Identifiers naming overloaded events (an `emit` picks one by its arguments).
    std::unordered_map<ast::NodeId, std::vector<const EventInfo*>> m_event_overloads;

    /// One `using` directive: the functions it attaches and to which type (nullptr for `*`).
    struct UsingEntry {
        std::vector<const FunctionInfo*> functions;
        /// Parallel to `functions`: the member name each is attached under, the last name of
        /// its path in `using {M.g} for` (an import may have renamed it), else its own name.
        std::vector<std::string> names;
        /// `{f as +}`: user-defined operators (global directives for value types only).
        std::vector<std::pair<std::string, const FunctionInfo*>> operators;
        TypePtr type;
        Span span;
    };
    /// Per contract (or file-level container): its own `using` directives (not inherited).
    std::map<const ContractInfo*, std::vector<UsingEntry>> m_usings;
    std::vector<UsingEntry> m_global_usings; ///< `using ... for T global;`
    std::map<FileId, const ContractInfo*> m_file_level;
    /// Bound member accesses `x.f` and their candidate functions, by the member's NodeId.
    std::unordered_map<ast::NodeId, std::vector<const FunctionInfo*>> m_bound_members;

    std::set<const VariableInfo*> m_constants_in_progress;
    /// The constants each constant's initializer names, in source order (solc's error 6161).
    std::map<const VariableInfo*, std::vector<const VariableInfo*>> m_constant_dependencies;
    /// What each piece of code creates and which free or library functions it names (solc 7813).
    std::map<const Declaration*, std::vector<Creation>> m_creations;
    std::map<const Declaration*, std::vector<const FunctionInfo*>> m_code_references;
    std::map<const Declaration*, std::set<const ErrorInfo*>> m_error_uses;
    bool m_parse_errors = false;   ///< syntax errors before checking: no unused-variable warnings
    BodyContext* m_body = nullptr; ///< nullptr outside bodies (contract level)
    /// Set while checking `this.f` of `this.f.selector`: a constant, so `this` reads nothing
    /// there (solc accepts it in a pure function).
    bool m_this_for_selector = false;
    const ContractInfo* m_contract = nullptr;
    FileId m_file = 0;
};

inline std::string squote(std::string_view s) {
    return fmt::format("'{}'", s);
}
inline std::string type_text(const TypePtr& t) {
    return t ? to_string(*t) : "<error>";
}

} // namespace mallory::lang::check
