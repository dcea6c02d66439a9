#pragma once
/// The semantic model: everything the checker learned about a compilation, in the form the
/// compiler and the analyzer consume. Built by `check()` (lang/check/checker.hpp); read-only
/// afterwards.
///
/// What you can ask:
/// - `expr(id)`: for every expression NodeId, its type, the declaration an identifier or member
///   access refers to, whether it is an lvalue (and its data location, in the type), its
///   compile-time constant value, and for calls what kind of call it is (CallKind/Builtin).
/// - `contracts()`: every contract/interface, each with its C3 linearization (most derived
///   first, like solc's `linearizedBaseContracts`), its own members, the effective external
///   interface after overriding (functions and public getters, each with signature and
///   selector), constructor/receive/fallback, storage variables in layout order, and
///   `resolve_virtual`/`resolve_super` for dispatch.
/// - `function_of`, `variable_of`, `contract_of`, `modifier_of`, ...: from an AST node to its
///   info.
///
/// Every pointer in the model points into the model itself or into the AST it was built from:
/// both must outlive every use (FrontendResult owns both).

#include "lang/ast.hpp"
#include "lang/check/types.hpp"
#include "lang/magic.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace mallory::lang::check {

enum class DeclKind : std::uint8_t {
    contract,
    function,
    modifier,
    variable,
    struct_,
    enum_,
    event,
    error_,
    user_value_type,
    module, ///< `import "x.sol" as M;`: the alias names the imported file's scope
};

/// Base of every named declaration. `contract` is the contract that declares it (nullptr for
/// top-level contracts themselves).
struct Declaration {
    explicit Declaration(DeclKind k) : kind(k) {}
    virtual ~Declaration() = default;
    Declaration(const Declaration&) = delete;
    Declaration& operator=(const Declaration&) = delete;

    DeclKind kind;
    std::string name;
    Span span; ///< the name's span
    const ContractInfo* contract = nullptr;
};

enum class VarKind : std::uint8_t { state, local, parameter, return_value };

struct VariableInfo : Declaration {
    VariableInfo() : Declaration(DeclKind::variable) {}
    VarKind var_kind = VarKind::local;
    TypePtr type;
    /// Exactly one of these is set: the declaring AST node.
    const ast::VariableDeclaration* ast_var = nullptr;
    const ast::StateVariableDeclaration* ast_state = nullptr;
    ast::Visibility visibility = ast::Visibility::internal; ///< state variables
    bool constant = false;
    bool immutable = false;
    bool transient = false; ///< in transient storage (EIP-1153): TLOAD/TSTORE, zero per tx
    /// Value of a `constant` whose initializer is a compile-time constant (rational or bool).
    std::optional<Rational> constant_value;
    /// The function or modifier a local/parameter/return belongs to (nullptr for state).
    const Declaration* owner = nullptr;
    /// For public state variables: the getter function (external, view).
    const FunctionInfo* getter = nullptr;
};

/// A modifier applied to a function, in source order.
struct ModifierUse {
    const ast::ModifierInvocation* ast = nullptr;
    /// The modifier as named in the source; the one that runs in a contract C is
    /// `C.resolve_modifier(modifier)` (modifiers can be virtual).
    const ModifierInfo* modifier = nullptr;
};

/// A base constructor call on a constructor (`constructor() Base(1)`) or in the inheritance
/// list (`is Base(1)`).
struct BaseConstructorArgs {
    const ContractInfo* base = nullptr;
    const std::vector<ast::Expression>* arguments = nullptr;
    Span span;
    const ContractInfo* written_in = nullptr; ///< the contract whose source names them
};

struct FunctionInfo : Declaration {
    FunctionInfo() : Declaration(DeclKind::function) {}
    const ast::FunctionDefinition* ast = nullptr; ///< nullptr for public getters
    ast::FunctionKind function_kind = ast::FunctionKind::function;
    ast::Visibility visibility = ast::Visibility::public_;
    ast::Mutability mutability = ast::Mutability::nonpayable;
    bool is_virtual = false;
    bool implemented = false;
    std::vector<const VariableInfo*> parameters; ///< empty for getters (see parameter_types)
    std::vector<const VariableInfo*> returns;
    std::vector<TypePtr> parameter_types;
    std::vector<TypePtr> return_types;
    std::vector<ModifierUse> modifiers;
    std::vector<BaseConstructorArgs> base_constructor_calls; ///< constructors only
    /// The functions this one overrides (directly), in linearization order.
    std::vector<const FunctionInfo*> overrides;
    /// Non-null when this is the getter of a public state variable.
    const VariableInfo* getter_of = nullptr;
    /// `f(uint256,address)`, for external/public functions and getters; empty otherwise.
    std::string signature;
    std::uint32_t selector = 0;
    bool has_selector() const { return !signature.empty(); }
};

struct ModifierInfo : Declaration {
    ModifierInfo() : Declaration(DeclKind::modifier) {}
    const ast::ModifierDefinition* ast = nullptr;
    std::vector<const VariableInfo*> parameters;
    bool is_virtual = false;
    /// Its body reads `msg.value`: a public function it modifies must be payable.
    bool reads_msg_value = false;
};

struct StructInfo : Declaration {
    StructInfo() : Declaration(DeclKind::struct_) {}
    struct Field {
        std::string name;
        TypePtr type; ///< location-free (storage when inside storage)
    };
    const ast::StructDefinition* ast = nullptr;
    std::vector<Field> fields;
    bool recursive = false;
};

struct EnumInfo : Declaration {
    EnumInfo() : Declaration(DeclKind::enum_) {}
    const ast::EnumDefinition* ast = nullptr;
    std::vector<std::string> values;
};

/// `type Price is uint128;`, at file level or in a contract or library.
struct UserValueTypeInfo : Declaration {
    UserValueTypeInfo() : Declaration(DeclKind::user_value_type) {}
    const ast::UserValueTypeDefinition* ast = nullptr;
    TypePtr type; ///< the type itself (`user_value` set); the error type if invalid
};

/// The alias of `import "x.sol" as M;` (or `import * as M from "x.sol";`): `M.f`, `M.C`, `M.S`
/// name what x.sol has at file level, its own declarations and what it imports, aliases of other
/// files among them (`M.N.f`). One per import directive; as types, two aliases of one file are
/// the same module.
struct ModuleInfo : Declaration {
    ModuleInfo() : Declaration(DeclKind::module) {}
    FileId file = 0;
    std::string path; ///< the file's path as loaded, solc's `module "x.sol"` in messages
};

/// `Price` at file level, `C.Price` in contract C: solc's name for the type in messages.
std::string qualified_name(const UserValueTypeInfo& v);

/// Whether `d` names a type that a type name may refer to (besides contracts).
inline bool is_type_declaration(const Declaration& d) {
    return d.kind == DeclKind::struct_ || d.kind == DeclKind::enum_ ||
           d.kind == DeclKind::user_value_type;
}

struct EventInfo : Declaration {
    EventInfo() : Declaration(DeclKind::event) {}
    const ast::EventDefinition* ast = nullptr;
    std::vector<TypePtr> parameter_types;
    std::vector<bool> indexed;
    std::string signature;                ///< `Transfer(address,address,uint256)`
    std::array<std::uint8_t, 32> topic{}; ///< keccak256(signature): topic 0 unless anonymous
};

struct ErrorInfo : Declaration {
    ErrorInfo() : Declaration(DeclKind::error_) {}
    const ast::ErrorDefinition* ast = nullptr;
    std::vector<TypePtr> parameter_types;
    std::string signature;
    std::uint32_t selector = 0;
};

struct ContractInfo : Declaration {
    ContractInfo() : Declaration(DeclKind::contract) {}
    const ast::ContractDefinition* ast = nullptr;
    ast::ContractKind contract_kind = ast::ContractKind::contract;
    bool is_interface() const { return contract_kind == ast::ContractKind::interface; }
    bool is_abstract() const { return contract_kind == ast::ContractKind::abstract_contract; }
    bool is_library() const { return contract_kind == ast::ContractKind::library; }
    /// The unnamed container of a file's free functions and file-level declarations.
    bool is_file_level() const { return contract_kind == ast::ContractKind::file_level; }
    /// Whether the compiler gives it bytecode: libraries' functions are compiled into the
    /// contracts that call them (see LANGUAGE.md, libraries).
    bool is_deployable() const {
        return contract_kind == ast::ContractKind::contract && unimplemented.empty();
    }
    bool builtin_console = false; ///< forge-std's `console` (see contracts/forge-std/console.sol)
    /// `pragma abicoder v1;` in its file: its decoders clean value types (solc's legacy
    /// decoder) where ABI coder v2 reverts on dirty bits.
    bool abi_coder_v1 = false;

    /// C3 linearization, this contract first, then its bases from most derived to most base
    /// (solc's linearizedBaseContracts). Empty if linearization failed.
    std::vector<const ContractInfo*> linearization;
    std::vector<const ContractInfo*> direct_bases; ///< as written after `is`

    // Own members, in declaration order.
    std::vector<const VariableInfo*> state_variables;
    std::vector<const FunctionInfo*> functions; ///< incl. constructor, receive, fallback
    std::vector<const ModifierInfo*> modifiers;
    std::vector<const StructInfo*> structs;
    std::vector<const EnumInfo*> enums;
    std::vector<const UserValueTypeInfo*> value_types;
    std::vector<const EventInfo*> events;
    std::vector<const ErrorInfo*> errors;
    std::vector<const FunctionInfo*> getters; ///< of own public state variables

    // Effective view over the linearization.
    /// Storage variables (neither constant, immutable nor transient) in layout order: most base
    /// contract first, each contract's in declaration order (as solc lays out storage).
    std::vector<const VariableInfo*> storage_variables;
    /// Immutable variables, same order.
    std::vector<const VariableInfo*> immutable_variables;
    /// Transient storage variables, same order: their own slot space from 0 (as solc), never
    /// in storage_variables.
    std::vector<const VariableInfo*> transient_variables;
    /// Externally callable functions after overriding (public/external functions and getters),
    /// sorted by selector. This is the dispatch table.
    std::vector<const FunctionInfo*> external_functions;
    const FunctionInfo* constructor = nullptr; ///< own constructor (bases' run via linearization)
    const FunctionInfo* receive = nullptr;     ///< effective (possibly inherited)
    const FunctionInfo* fallback = nullptr;    ///< effective (possibly inherited)
    /// Base constructor arguments per base (from `is B(x)` or `constructor() B(x)`), as
    /// collected for this contract being the most derived one.
    std::vector<BaseConstructorArgs> base_arguments;
    /// Functions without implementation after overriding (non-empty means abstract).
    std::vector<const FunctionInfo*> unimplemented;

    /// The implementation that runs for virtual function `f` when `this` is this contract.
    const FunctionInfo* resolve_virtual(const FunctionInfo* f) const;
    /// The target of `super.f()` written in `from` (a contract of this linearization).
    const FunctionInfo* resolve_super(const FunctionInfo* f, const ContractInfo* from) const;
    /// The modifier that runs for `m` in this contract (modifiers may be overridden).
    const ModifierInfo* resolve_modifier(const ModifierInfo* m) const;
    /// True if `base` is this contract or one of its bases.
    bool derives_from(const ContractInfo* base) const;
};

/// How a call expression was resolved (for Call NodeIds).
struct CallInfo {
    CallKind kind = CallKind::none;
    Builtin builtin = Builtin::none;
    const FunctionInfo* function = nullptr; ///< internal/external target (as named)
    const Declaration* target = nullptr;    ///< struct/event/error/contract for other kinds
    bool is_super = false;                  ///< `super.f()`: resolve with resolve_super
    bool virtual_dispatch = false;          ///< plain `f()`: resolve with resolve_virtual
    /// `x.f(y)` through `using L for T`: the member access's object is the first argument.
    bool bound = false;
};

/// What the checker knows about one expression.
struct ExprInfo {
    TypePtr type;                      ///< never null once checked (error type if invalid)
    const Declaration* decl = nullptr; ///< identifier/member access target, if a declaration
    bool lvalue = false;
    bool checked = false; ///< false inside `unchecked { }`
    /// Constant value: rational literals and constant expressions (bool as 0/1 is not used).
    std::optional<Rational> constant;
    std::optional<bool> constant_bool;
    std::optional<std::size_t> enum_value; ///< `E.A`: index of the value
    CallInfo call;                         ///< for Call nodes
    Magic magic = Magic::none;             ///< `msg.sender`, `block.timestamp`, ...
};

class SemanticModel {
public:
    /// Info of an expression; nullptr if the id was never checked (dead code after errors).
    const ExprInfo* expr(ast::NodeId id) const;
    /// Every compile-time integer constant the checker computed (literals and constant
    /// expressions, each occurrence; not address literals), in node order: the analyzer's
    /// argument domains.
    std::vector<Rational> integer_constants() const;
    /// The value of every address literal (each occurrence), in node order: the analyzer's
    /// untrusted callees.
    std::vector<Rational> address_literals() const;
    TypePtr type_of(ast::NodeId id) const;

    const std::vector<const ContractInfo*>& contracts() const { return m_contracts; }
    /// The first contract with this name (names are unique within a compilation).
    const ContractInfo* find_contract(std::string_view name) const;

    /// Every function some code names (called or taken as a value), in first-use order: the
    /// possible targets of a call through an internal function value.
    const std::vector<const FunctionInfo*>& named_functions() const { return m_named_functions; }

    const ContractInfo* contract_of(const ast::ContractDefinition* node) const;
    const FunctionInfo* function_of(const ast::FunctionDefinition* node) const;
    const ModifierInfo* modifier_of(const ast::ModifierDefinition* node) const;
    const VariableInfo* variable_of(const ast::VariableDeclaration* node) const;
    const VariableInfo* variable_of(const ast::StateVariableDeclaration* node) const;
    const StructInfo* struct_of(const ast::StructDefinition* node) const;
    const EventInfo* event_of(const ast::EventDefinition* node) const;
    const ErrorInfo* error_of(const ast::ErrorDefinition* node) const;

    // ---- construction (checker only) ----
    template <typename T> T* make() {
        auto owned = std::make_unique<T>();
        T* raw = owned.get();
        m_decls.push_back(std::move(owned));
        return raw;
    }
    ExprInfo& expr_mut(ast::NodeId id);
    void bind(const void* ast_node, const Declaration* decl) { m_by_ast[ast_node] = decl; }
    void add_contract(const ContractInfo* c) { m_contracts.push_back(c); }
    void note_named_function(const FunctionInfo* f);

private:
    const Declaration* lookup(const void* node) const;

    std::vector<std::unique_ptr<Declaration>> m_decls;
    std::vector<const ContractInfo*> m_contracts;
    std::vector<const FunctionInfo*> m_named_functions;
    std::unordered_set<const FunctionInfo*> m_named_set;
    std::unordered_map<const void*, const Declaration*> m_by_ast;
    std::vector<ExprInfo> m_exprs;
};

} // namespace mallory::lang::check
