#pragma once
/// The abstract syntax tree of Mallory's Solidity subset (LANGUAGE.md §1–4, §7 annotations).
///
/// Every node carries the half-open source span it was parsed from. Expressions also carry a
/// NodeId, unique within one parse, that later phases use to keep side tables (types, resolved
/// declarations) without mutating the tree. Recursive alternatives are boxed in
/// x3::forward_ast so the tree is a value type that Spirit X3 can build and copy.
///
/// Variants have explicit converting constructors (x3::variant): write `Expression e{node}` or
/// `e = node`. Inspect with `boost::apply_visitor([](const auto& n) {...}, e.get())` (a
/// forward_ast<T> alternative is unwrapped with `.get()`), or `boost::get<T>(&e.get())`.
///
/// The tree is deliberately close to the source: it is what the printer (--print-ast) prints
/// and what the round-trip test compares. Constructs outside the subset are never represented
/// here; the parser reports them with a dedicated diagnostic and skips them.

#include "lang/source.hpp"

#include <boost/spirit/home/x3/support/ast/variant.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mallory::lang::ast {

namespace x3 = boost::spirit::x3;

using NodeId = std::uint32_t;
inline constexpr NodeId no_node = 0;

/// Common base: the span of the node's text.
struct Node {
    Span span;
};

// ---------------------------------------------------------------------------------------------
// Type names
// ---------------------------------------------------------------------------------------------

struct ElementaryTypeName;
struct UserDefinedTypeName;
struct MappingTypeName;
struct ArrayTypeName;
struct FunctionTypeName;

enum class Visibility : std::uint8_t { unspecified, public_, external, internal, private_ };
enum class Mutability : std::uint8_t { nonpayable, view, pure, payable };

using TypeName =
    x3::variant<ElementaryTypeName, UserDefinedTypeName, x3::forward_ast<MappingTypeName>,
                x3::forward_ast<ArrayTypeName>, x3::forward_ast<FunctionTypeName>>;

/// `uint256`, `int8`, `bool`, `address`, `address payable`, `bytes32`, `bytes`, `string`.
/// `uint`/`int` are kept as written; the checker maps them to 256 bits.
struct ElementaryTypeName : Node {
    std::string name;
    bool payable = false; ///< `address payable`
};

/// A contract, interface, struct or enum name, possibly qualified: `IBank`, `Auction.Bid`.
struct UserDefinedTypeName : Node {
    std::vector<std::string> path;
};

/// `mapping(K [keyName] => V [valueName])`.
struct MappingTypeName : Node {
    TypeName key;
    std::string key_name;
    TypeName value;
    std::string value_name;
};

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

struct ExprNode : Node {
    NodeId id = no_node;
};

struct Identifier : ExprNode {
    std::string name;
};

/// A number as written (`1_000`, `0xff`, `1e18`, `2.5`) with its unit (`ether`, `days`, ...,
/// empty when none). The checker evaluates it exactly.
struct NumberLiteral : ExprNode {
    std::string text;
    std::string unit;
};

struct BoolLiteral : ExprNode {
    bool value = false;
};

/// `"..."`, `'...'`, `hex"..."`; adjacent literals are concatenated. `value` holds the decoded
/// bytes; `raw` the source spelling of each piece (for the printer).
struct StringLiteral : ExprNode {
    std::string value;
    bool hex = false;
    bool unicode = false; ///< `unicode"..."`: any UTF-8 text, not only ASCII
    std::vector<std::string> raw;
};

/// An elementary type used as an expression: the callee of a conversion `uint8(x)`,
/// `address(this)`, `payable(a)` (name "payable"), or an element of `abi.decode`'s type tuple.
struct ElementaryTypeExpr : ExprNode {
    ElementaryTypeName type;
};

enum class UnaryOp : std::uint8_t {
    negate,      ///< -x
    logical_not, ///< !x
    bit_not,     ///< ~x
    pre_inc,     ///< ++x
    pre_dec,     ///< --x
    post_inc,    ///< x++
    post_dec,    ///< x--
    del,         ///< delete x
};

enum class BinaryOp : std::uint8_t {
    add,
    sub,
    mul,
    div,
    mod,
    exp,
    shl,
    shr,
    bit_and,
    bit_or,
    bit_xor,
    lt,
    gt,
    le,
    ge,
    eq,
    ne,
    logical_and,
    logical_or,
};

/// `=`, or a compound assignment (`+=` ... `>>=`: `op` holds the binary operator).
enum class AssignOp : std::uint8_t {
    assign,
    add,
    sub,
    mul,
    div,
    mod,
    bit_or,
    bit_and,
    bit_xor,
    shl,
    shr,
};

struct TupleExpr;
struct Unary;
struct Binary;
struct Assignment;
struct Conditional;
struct Call;
struct MemberAccess;
struct IndexAccess;
struct IndexRangeAccess;
struct NewExpr;
struct InlineArray;

using ExpressionVariant =
    x3::variant<Identifier, NumberLiteral, BoolLiteral, StringLiteral, ElementaryTypeExpr,
                x3::forward_ast<TupleExpr>, x3::forward_ast<Unary>, x3::forward_ast<Binary>,
                x3::forward_ast<Assignment>, x3::forward_ast<Conditional>, x3::forward_ast<Call>,
                x3::forward_ast<MemberAccess>, x3::forward_ast<IndexAccess>,
                x3::forward_ast<IndexRangeAccess>, x3::forward_ast<NewExpr>,
                x3::forward_ast<InlineArray>>;

/// Any expression. Use `boost::apply_visitor` (or `.get()` and `boost::get<T>`) to inspect it.
struct Expression : ExpressionVariant {
    using ExpressionVariant::ExpressionVariant;
    using ExpressionVariant::operator=;
};

/// `(a, b)`, `(, x)` in destructuring assignments, or a parenthesised expression (one element).
struct TupleExpr : ExprNode {
    std::vector<std::optional<Expression>> elements;
};

/// `[a, b, c]`: an inline array, a memory `T[N]` whose element type `T` is the elements'
/// common type (lang/check/inline_arrays.cpp); never empty once parsed well.
struct InlineArray : ExprNode {
    std::vector<Expression> elements;
};

/// `T[]` (length absent) or `T[N]`.
struct ArrayTypeName : Node {
    TypeName base;
    std::optional<Expression> length;
};

struct Unary : ExprNode {
    UnaryOp op = UnaryOp::negate;
    Expression operand;
};

struct Binary : ExprNode {
    BinaryOp op = BinaryOp::add;
    Expression lhs;
    Expression rhs;
};

struct Assignment : ExprNode {
    AssignOp op = AssignOp::assign;
    Expression lhs;
    Expression rhs;
};

/// `c ? a : b`
struct Conditional : ExprNode {
    Expression condition;
    Expression when_true;
    Expression when_false;
};

/// One `{name: value}` call option (`value`, `gas`).
struct CallOption : Node {
    std::string name;
    Expression value;
};

/// `callee{options}(args)`. Also covers `type(T)`, `require(...)`, `keccak256(...)`,
/// struct constructors `S(a, b)`, conversions `uint8(x)`, `emit E(...)`'s call, and
/// `new C{value: v}(args)` (callee is a NewExpr).
struct Call : ExprNode {
    Expression callee;
    std::vector<CallOption> options;
    std::vector<Expression> arguments;
    bool has_option_braces = false; ///< `f{...}(...)` was written (even if empty)
    /// `f({a: 1, b: 2})`: the arguments were named; `argument_names[i]` names `arguments[i]`.
    /// The checker puts such a call in parameter order (see lang/check/named_arguments.cpp).
    bool named = false;
    std::vector<std::string> argument_names;
    std::vector<Span> argument_name_spans;
};

/// `object.member`
struct MemberAccess : ExprNode {
    Expression object;
    std::string member;
    Span member_span;
};

/// `object[index]`; `index` is absent in type expressions such as `new uint[](n)` or
/// `abi.decode(d, (uint[]))`.
struct IndexAccess : ExprNode {
    Expression object;
    std::optional<Expression> index;
};

/// `object[start:end]`, either bound omitted (`x[4:]`, `msg.data[:4]`, `x[:]`): a slice of a
/// dynamic calldata array (solc's IndexRangeAccess).
struct IndexRangeAccess : ExprNode {
    Expression object;
    std::optional<Expression> start;
    std::optional<Expression> end;
};

/// `new T` where T is a contract name or a memory array type (`new uint256[](n)`).
struct NewExpr : ExprNode {
    TypeName type;
};

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

enum class DataLocation : std::uint8_t { none, memory, storage, calldata };

/// A parameter, return value, local variable, struct member or event/error parameter.
struct VariableDeclaration : Node {
    TypeName type;
    DataLocation location = DataLocation::none;
    bool indexed = false; ///< only in event parameters
    std::string name;     ///< may be empty (unnamed parameter / return value)
    Span name_span;
};

/// `function (uint) internal pure returns (uint)`: a function type. Only `internal` and
/// `external` are valid visibilities (the checker says so); unnamed parameters are usual.
struct FunctionTypeName : Node {
    std::vector<VariableDeclaration> parameters;
    std::vector<VariableDeclaration> returns;
    Visibility visibility = Visibility::unspecified;
    Mutability mutability = Mutability::nonpayable;
};

struct Block;
struct IfStatement;
struct ForStatement;
struct WhileStatement;
struct DoWhileStatement;
struct TryStatement;

/// `T x = e;`, `T x;`, `(T a, , T b) = e;` — empty optionals are skipped tuple slots.
struct VariableDeclarationStatement : Node {
    std::vector<std::optional<VariableDeclaration>> variables;
    std::optional<Expression> initial_value;
    bool is_tuple = false; ///< written with parentheses
};

struct ExpressionStatement : Node {
    Expression expression;
};

struct ReturnStatement : Node {
    std::optional<Expression> value;
};

struct BreakStatement : Node {};
struct ContinueStatement : Node {};
/// `_;` inside a modifier body.
struct PlaceholderStatement : Node {};

/// `emit E(args);` — `event_call` is a Call whose callee names the event.
struct EmitStatement : Node {
    Expression event_call;
};

/// `revert E(args);` with a custom error (the `revert(...)`/`revert()` function forms are
/// ordinary calls in an ExpressionStatement).
struct RevertStatement : Node {
    Expression error_call;
};

// ---------------------------------------------------------------------------------------------
// Inline assembly (Yul): plain structs rather than variants, since Mallory's subset of Yul is
// small (LANGUAGE.md §4.1) and only the checker and the code generator walk it.
// ---------------------------------------------------------------------------------------------

/// A Yul expression: a literal (`42`, `0x2a`, `true`), an identifier (`x`, or `x.slot` /
/// `x.offset` of a Solidity variable) or a call of a builtin or of a Yul function (`add(x, 1)`,
/// `sload(s)`, `f(a)`).
struct YulExpression : Node {
    enum class Kind : std::uint8_t { literal, identifier, call } kind = Kind::literal;
    NodeId id = no_node;
    std::string name;   ///< identifier or builtin name; a literal's text as written
    std::string suffix; ///< "slot" or "offset" after `x.`, else empty
    Span name_span;
    std::vector<YulExpression> arguments; ///< of a call
};

/// A Yul statement: `let a := e` (`let a` alone), `a := e`, a call for its effect
/// (`sstore(k, v)`), a nested `{ ... }` block, `if c { ... }`, `switch e case 1 { ... }
/// default { ... }`, `for { init } c { post } { ... }`, `break`, `continue`, a function
/// definition `function f(a, b) -> c, d { ... }` or `leave`.
struct YulStatement : Node {
    enum class Kind : std::uint8_t {
        let,
        assign,
        expression,
        block,
        if_,       ///< value: the condition; body: the block
        switch_,   ///< value: the expression; body: its cases, in order
        case_,     ///< value: the literal, none for `default`; body: the block
        for_,      ///< init, value (the condition), post, body: the loop's four parts
        break_,    ///< leaves the innermost `for` body
        continue_, ///< goes on with the innermost `for`'s post block
        function_, ///< name, parameters, returns; body: the function's block
        leave,     ///< returns from the innermost Yul function
    } kind = Kind::block;
    std::vector<YulExpression> targets; ///< identifiers declared or assigned
    std::vector<YulExpression> value;   ///< zero or one: the value, the call, the condition
    /// Of a block, an if, a case, a loop, a function; a switch's cases.
    std::vector<YulStatement> body;
    std::vector<YulStatement> init;        ///< of a `for`: runs once, its names live in the loop
    std::vector<YulStatement> post;        ///< of a `for`: runs after each pass of the body
    std::string name;                      ///< of a function definition
    Span name_span;                        ///< of a function definition's name
    std::vector<YulExpression> parameters; ///< of a function definition: identifiers
    std::vector<YulExpression> returns;    ///< of a function definition: identifiers
};

/// `assembly ("memory-safe") { ... }`: the flags as written and the Yul block.
struct InlineAssembly : Node {
    std::vector<std::string> flags;
    std::vector<YulStatement> body;
};

using StatementVariant =
    x3::variant<x3::forward_ast<Block>, VariableDeclarationStatement, ExpressionStatement,
                x3::forward_ast<IfStatement>, x3::forward_ast<ForStatement>,
                x3::forward_ast<WhileStatement>, x3::forward_ast<DoWhileStatement>, ReturnStatement,
                BreakStatement, ContinueStatement, PlaceholderStatement, EmitStatement,
                RevertStatement, x3::forward_ast<TryStatement>, InlineAssembly>;

struct Statement : StatementVariant {
    using StatementVariant::StatementVariant;
    using StatementVariant::operator=;
};

/// `{ ... }` or `unchecked { ... }`.
struct Block : Node {
    bool unchecked = false;
    std::vector<Statement> statements;
};

struct IfStatement : Node {
    Expression condition;
    Statement then_branch;
    std::optional<Statement> else_branch;
};

/// `for (init; condition; step) body` — each header part may be absent.
struct ForStatement : Node {
    std::optional<Statement> init; ///< a VariableDeclarationStatement or ExpressionStatement
    std::optional<Expression> condition;
    std::optional<Expression> step;
    Statement body;
};

struct WhileStatement : Node {
    Expression condition;
    Statement body;
};

struct DoWhileStatement : Node {
    Statement body;
    Expression condition;
};

/// `catch Error(string memory r) { ... }`, `catch Panic(uint c) { ... }`,
/// `catch (bytes memory d) { ... }` or `catch { ... }`. The parser takes any name and parameter
/// list; the checker keeps solc's forms.
struct CatchClause : Node {
    std::string name; ///< empty for `catch (...)` and `catch { ... }`
    Span name_span;
    bool has_parameters = false; ///< `(...)` was written
    std::vector<VariableDeclaration> parameters;
    Block body;
};

/// `try call [returns (T a, ...)] { ... } catch ... { ... }`: `call` is an external call or a
/// contract creation; the returns variables are visible in the success block only.
struct TryStatement : Node {
    Expression call;
    bool has_returns = false;
    std::vector<VariableDeclaration> returns;
    Block body;
    std::vector<CatchClause> clauses;
};

// ---------------------------------------------------------------------------------------------
// Contract members
// ---------------------------------------------------------------------------------------------

/// A Mallory annotation from a `///` doc comment (LANGUAGE.md §7).
enum class AnnotationKind : std::uint8_t { invariant, if_succeeds };

struct Annotation : Node {
    AnnotationKind kind = AnnotationKind::invariant;
    Expression condition;
    std::string text; ///< the expression as written, for reports
};

/// `override` or `override(A, B)`.
struct OverrideSpecifier : Node {
    std::vector<UserDefinedTypeName> bases;
};

/// `T [public|internal|private] [constant|immutable] [override] name [= value];`
struct StateVariableDeclaration : Node {
    TypeName type;
    Visibility visibility = Visibility::unspecified;
    bool constant = false;
    bool immutable = false;
    bool transient = false; ///< `transient` data location (EIP-1153 transient storage)
    std::optional<OverrideSpecifier> override_;
    std::string name;
    Span name_span;
    std::optional<Expression> initial_value;
};

struct StructDefinition : Node {
    std::string name;
    Span name_span;
    std::vector<VariableDeclaration> members;
};

struct EnumValue : Node {
    std::string name;
};

struct EnumDefinition : Node {
    std::string name;
    Span name_span;
    std::vector<EnumValue> values;
};

/// `type Price is uint128;`: a user-defined value type over an elementary value type.
struct UserValueTypeDefinition : Node {
    std::string name;
    Span name_span;
    TypeName underlying;
};

struct EventDefinition : Node {
    std::string name;
    Span name_span;
    std::vector<VariableDeclaration> parameters;
    bool anonymous = false;
};

struct ErrorDefinition : Node {
    std::string name;
    Span name_span;
    std::vector<VariableDeclaration> parameters;
};

/// A modifier invocation on a function (`onlyOwner`, `costs(10)`) or a base-constructor call
/// on a constructor (`Base(1)`): the checker tells them apart.
struct ModifierInvocation : Node {
    UserDefinedTypeName name;
    std::optional<std::vector<Expression>> arguments; ///< absent when written without parentheses
};

struct ModifierDefinition : Node {
    std::string name;
    Span name_span;
    std::vector<VariableDeclaration> parameters;
    bool is_virtual = false;
    std::optional<OverrideSpecifier> override_;
    std::optional<Block> body; ///< absent in `modifier m() virtual;`
};

enum class FunctionKind : std::uint8_t { function, constructor, receive, fallback };

struct FunctionDefinition : Node {
    FunctionKind kind = FunctionKind::function;
    std::string name; ///< empty for constructor/receive/fallback
    Span name_span;
    std::vector<VariableDeclaration> parameters;
    Visibility visibility = Visibility::unspecified;
    Mutability mutability = Mutability::nonpayable;
    std::vector<ModifierInvocation> modifiers;
    bool is_virtual = false;
    std::optional<OverrideSpecifier> override_;
    std::vector<VariableDeclaration> returns;
    std::optional<Block> body;           ///< absent for interface/abstract declarations
    std::vector<Annotation> annotations; ///< `/// #if_succeeds ...;`
};

using ContractMemberVariant =
    x3::variant<StateVariableDeclaration, StructDefinition, EnumDefinition, EventDefinition,
                ErrorDefinition, ModifierDefinition, FunctionDefinition, UserValueTypeDefinition>;

struct ContractMember : ContractMemberVariant {
    using ContractMemberVariant::ContractMemberVariant;
    using ContractMemberVariant::operator=;
};

/// `is A, B(args)`.
struct InheritanceSpecifier : Node {
    UserDefinedTypeName base;
    std::optional<std::vector<Expression>> arguments;
};

/// `file_level` is the parser's container for a file's free functions, structs, enums, events,
/// errors, constants and `using` directives (SourceUnit::file_level): the checker treats it as
/// an unnamed library whose names are visible in the whole file.
enum class ContractKind : std::uint8_t {
    contract,
    abstract_contract,
    interface,
    library,
    file_level
};

/// One function in `using {f, L.g} for T;`.
struct UsingFunction : Node {
    UserDefinedTypeName path;
    std::string op; ///< `f as +`: the user-defined operator it implements; empty when none
};

/// `using L for T;`, `using L for *;`, `using {f, g} for T [global];`.
struct UsingDirective : Node {
    std::optional<UserDefinedTypeName> library; ///< `using L for` (absent with a function list)
    std::vector<UsingFunction> functions;       ///< `using {f, g} for`
    std::optional<TypeName> type;               ///< absent for `*`
    bool global = false;
};

struct ContractDefinition : Node {
    ContractKind kind = ContractKind::contract;
    std::string name;
    Span name_span;
    std::vector<InheritanceSpecifier> bases;
    std::vector<ContractMember> members;
    std::vector<UsingDirective> usings;  ///< `using ... for ...;` in the body, in order
    std::vector<Annotation> annotations; ///< `/// #invariant ...;` before the contract
};

// ---------------------------------------------------------------------------------------------
// Source units
// ---------------------------------------------------------------------------------------------

/// `pragma solidity ^0.8.20;` (or another pragma): the tokens after `pragma` as written.
struct PragmaDirective : Node {
    std::string name;  ///< "solidity", "abicoder", ...
    std::string value; ///< "^0.8.20"
};

struct ImportSymbol : Node {
    std::string name;
    std::string alias; ///< empty when not renamed
};

/// `import "./A.sol";`, `import "./A.sol" as A;` or `import {X, Y as Z} from "./A.sol";`.
struct ImportDirective : Node {
    std::string path;
    Span path_span;
    std::string unit_alias;
    std::vector<ImportSymbol> symbols;
};

struct SourceUnit : Node {
    std::vector<PragmaDirective> pragmas;
    std::vector<ImportDirective> imports;
    std::vector<ContractDefinition> contracts;
    /// Free functions, file-level structs, enums, events, errors, constants and `using`
    /// directives (kind file_level, no name); empty members when the file has none.
    ContractDefinition file_level;
    NodeId node_count = 0; ///< one past the largest NodeId handed out in this unit
};

} // namespace mallory::lang::ast
