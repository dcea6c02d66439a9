#pragma once
/// The types of Mallory's Solidity subset (LANGUAGE.md §3) as the checker and the compiler see
/// them, with Solidity 0.8's implicit and explicit conversion rules.
///
/// A Type is an immutable value shared through TypePtr. Compare types with `same_type`, never by
/// pointer. Reference types (arrays, structs, bytes, string, mappings) carry their data location.
/// Literal number expressions have the `rational` kind and hold their exact value, so that
/// `2**256 - 1` and `0.5 ether` are evaluated exactly and range-checked on conversion.

#include "lang/ast.hpp"

#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mallory::lang::check {

using BigInt = boost::multiprecision::cpp_int;
using Rational = boost::multiprecision::cpp_rational;

struct ContractInfo;
struct StructInfo;
struct EnumInfo;
struct FunctionInfo;
struct EventInfo;
struct ErrorInfo;
struct ModifierInfo;
struct UserValueTypeInfo;
struct ModuleInfo;

enum class TypeKind : std::uint8_t {
    error,   ///< already diagnosed: converts to and from everything, silences cascades
    integer, ///< uintN / intN
    boolean,
    address,        ///< `payable` tells address payable
    fixed_bytes,    ///< bytes4, bytes32
    bytes,          ///< dynamic `bytes` (memory/calldata)
    string,         ///< `string` (memory/calldata)
    rational,       ///< literal number expression, exact
    string_literal, ///< "..." before it meets a target type
    mapping,
    array,
    struct_,
    enum_,
    contract, ///< contract or interface type (`contract` info says which)
    tuple,    ///< zero or more values: function results, `(a, b)`
    function, ///< something callable (see FunctionType)
    type,     ///< a type used as an expression: `uint8` in `uint8(x)`, `C` in `C(a)`
    magic,    ///< `msg`, `block`, `tx`, `abi`, `type(T)`, `console`, `super`
    modifier,
    event,
    error_def,
    module, ///< an import alias used as an expression: `M` in `M.f()` (see ModuleInfo)
};

enum class Location : std::uint8_t { none, storage, memory, calldata };

/// What calling a value of function type does; the compiler switches on it.
enum class CallKind : std::uint8_t {
    none,
    internal,    ///< jump to a function of this contract (incl. `super.f()` and base calls)
    external,    ///< message call through a contract/interface value or `this.f`
    builtin,     ///< see Builtin
    conversion,  ///< `uint8(x)`, `address(c)`, `payable(a)`, `IBank(a)`, `E(i)`
    struct_ctor, ///< `S(a, b)`
    creation,    ///< `new C(args)`
    new_array,   ///< `new uint[](n)`
    event,       ///< the call inside `emit E(...)`
    error,       ///< the call inside `revert E(...)`
};

/// Built-in functions and members. The compiler gives each its own code path.
enum class Builtin : std::uint8_t {
    none,
    require,
    assert_,
    revert,
    keccak256,
    sha256,
    ripemd160,
    ecrecover,
    gasleft,
    blockhash,
    selfdestruct, ///< selfdestruct(payable recipient): all ether to it; deletion per EIP-6780
    addmod,       ///< addmod(x, y, k): (x + y) % k without overflow; Panic 0x12 when k == 0
    mulmod,       ///< mulmod(x, y, k): (x * y) % k without overflow; Panic 0x12 when k == 0
    abi_encode,
    abi_encode_packed,
    abi_encode_with_signature,
    abi_encode_with_selector,
    abi_encode_call,
    abi_decode,
    address_transfer,
    address_send,
    address_call,
    address_staticcall,
    address_delegatecall,
    array_push,
    array_pop,
    console_log,       ///< console.log(up to 4 values)
    console_log_value, ///< console.logUint(x), logBytes32(b), ...: one value of a fixed type
};

struct Type;
using TypePtr = std::shared_ptr<const Type>;

struct Type {
    TypeKind kind = TypeKind::error;
    std::uint16_t bits = 0;              ///< integer width
    bool is_signed = false;              ///< integer
    bool payable = false;                ///< address payable
    std::uint8_t byte_size = 0;          ///< fixed_bytes
    Location location = Location::none;  ///< reference types
    TypePtr key;                         ///< mapping key
    TypePtr element;                     ///< mapping value, array element, denoted type of `type`,
                                         ///< the type argument of `type(T)` magic
    std::optional<std::uint64_t> length; ///< fixed array length
    /// A slice `x[a:b]` of a dynamic calldata array, `bytes` or `string` (solc's ArraySliceType,
    /// printed `bytes calldata slice`): the other fields describe the array sliced.
    bool slice = false;
    const StructInfo* struct_info = nullptr;
    const EnumInfo* enum_info = nullptr;
    const ContractInfo* contract = nullptr;
    /// Set on a user-defined value type (`type Price is uint128;`): the other fields describe
    /// its underlying type, so the compiler, the ABI and storage treat it as that type, while
    /// the checker keeps the two apart (no implicit or explicit conversion, no operators).
    const UserValueTypeInfo* user_value = nullptr;
    /// The import alias of kind `module`: two of the same file are the same type.
    const ModuleInfo* module = nullptr;
    std::vector<TypePtr> components; ///< tuple members; function parameters
    std::vector<TypePtr> returns;    ///< function results
    Rational value;                  ///< rational literal value
    int hex_digits = -1;             ///< rational written as one hex literal: its digit count
    std::string text;                ///< string literal bytes; magic name (`msg`, `block`...)

    // function kind
    CallKind call_kind = CallKind::none;
    Builtin builtin = Builtin::none;
    const FunctionInfo* function = nullptr; ///< internal/external target
    const EventInfo* event = nullptr;
    const ErrorInfo* error = nullptr;
    ast::Mutability mutability = ast::Mutability::nonpayable;
    bool variadic = false; ///< builtins taking any arguments (abi.encode...)
};

// Constructors of common types.
TypePtr error_type();
TypePtr uint_type(unsigned bits = 256);
TypePtr int_type(unsigned bits = 256);
TypePtr bool_type();
TypePtr address_type(bool payable = false);
TypePtr fixed_bytes_type(unsigned size);
TypePtr bytes_type(Location location = Location::memory);
TypePtr string_type(Location location = Location::memory);
TypePtr rational_type(const Rational& value, int hex_digits = -1);
TypePtr string_literal_type(std::string value);
TypePtr tuple_type(std::vector<TypePtr> components);
TypePtr empty_tuple();
TypePtr type_type(TypePtr denoted);
TypePtr magic_type(std::string name, TypePtr argument = nullptr);
TypePtr with_location(const TypePtr& type, Location location);
/// The slice type of the calldata array `array` (`x[a:b]`); a slice's slice is the same type.
TypePtr slice_of(const TypePtr& array);
/// The array a slice type slices (`bytes calldata` for `bytes calldata slice`); `t` otherwise.
TypePtr without_slice(const TypePtr& t);

bool is_error(const TypePtr& t);
bool is_value_type(const Type& t);
bool is_reference_type(const Type& t);
/// A storage or calldata reference: it points at data kept elsewhere, so a variable of it that
/// was never assigned points at nothing (solc's error 3464 tracks them).
bool is_pointer_type(const Type& t);
/// solc's typeSupportedByOldABIEncoder: ABI coder v1 has no structs and no arrays whose
/// elements are dynamic arrays, bytes or strings.
bool supported_by_abi_coder_v1(const Type& t);
/// A user-defined value type's underlying type (`uint128` for `Price`); `t` itself otherwise.
TypePtr underlying_type(const TypePtr& t);
/// Structural equality, data location included.
bool same_type(const Type& a, const Type& b);
/// Structural equality ignoring data locations (at any depth).
bool same_base_type(const Type& a, const Type& b);
/// A value of function type whose target is known only at run time: a variable, parameter
/// or element declared `function (...) internal ...` (no declaration, no builtin).
bool is_function_value(const Type& t);
/// Solidity's implicit conversion between function types: same kind, identical parameter and
/// return types, and a state mutability at least as strict (pure -> view -> non-payable,
/// payable -> non-payable). `to` must be a function value type.
bool function_convertible(const Type& from, const Type& to);
/// A value of external function type (`function (uint) external returns (bool)`): an address
/// and a selector, laid out as solc's `bytes24` (address in the high 20 bytes) everywhere.
bool is_external_function_value(const Type& t);
/// The value type of a named external function (`this.f`, `c.f`): its signature without the
/// declaration; nullptr when `f` is not one (getters keep their declaration).
TypePtr external_function_value(const Type& f);
/// Whether two functions take the same parameter types (locations aside): one function, or
/// an override, not two overloads.
bool same_base_signature(const FunctionInfo& a, const FunctionInfo& b);
/// The value type of a named internal function (`add` in `p ? add : sub`): its signature
/// without the declaration, as solc's mobile type; nullptr when `f` cannot be a value (a
/// getter, a function bound by `using for`, a public library function).
TypePtr internal_function_value(const Type& f);
/// The type of `.address` or `.selector` on an external function (value or named); nullptr for
/// other members and other functions.
TypePtr external_function_member(const Type& f, const std::string& member);
/// The type whose bytes a value of `t` has in storage, memory and the ABI: `bytes24` for an
/// external function value, `t` itself otherwise.
const Type& value_representation(const Type& t);
/// True if `t` is or holds (in arrays, mappings, struct fields) an internal function value.
bool contains_internal_function(const Type& t);
/// True if `t` contains a mapping (at any depth): such values exist only in storage.
bool contains_mapping(const Type& t);

/// Solidity's spelling, as in solc's messages: `uint256`, `address payable`, `int_const 256`,
/// `uint256[] memory`, `struct Bank.Account storage ref`, `contract IBank`, `tuple(bool,bytes)`.
std::string to_string(const Type& t);
/// The ABI type name used in canonical signatures: `uint256`, `address`, `(uint256,bool)`,
/// `uint8` for enums, `address` for contracts. Empty for types that have none.
std::string abi_name(const Type& t);

/// Solidity 0.8's implicit conversion (assignment, argument passing, return).
bool implicitly_convertible(const Type& from, const Type& to);
/// Whether assigning `from` copies into the storage array `to` (a state variable, a member
/// or an element, not a storage pointer): solc's ArrayType::isImplicitlyConvertibleTo for a
/// storage reference. From any location, the elements need only convert and a fixed target
/// must be at least as long (`uint256[4] = uint256[2] storage` clears the rest; `uint256[] =
/// uint256[4] storage` takes its length).
bool copies_into_storage_array(const Type& from, const Type& to);
/// Solidity 0.8's explicit conversion `T(x)`.
bool explicitly_convertible(const Type& from, const Type& to);

/// The smallest integer type holding an integral rational (uint8... or int8...); nullptr if
/// fractional or out of the 256-bit range. Solidity's "mobile type".
TypePtr mobile_type(const Type& t);
/// Smallest and largest value of an integer type.
BigInt integer_min(const Type& t);
BigInt integer_max(const Type& t);
/// `0 to 255`, `0 to 2**256 - 1`, `-2**255 to 2**255 - 1`: the range of an integer type.
std::string range_text(const Type& integer);
/// Whether an integral rational fits the integer type.
bool fits(const Rational& value, const Type& integer);
/// An integral value converted to an integer type of `bits` bits as the EVM does: reduced
/// modulo 2^bits, then read as two's complement when `is_signed` (uint8(-57) is 199).
BigInt wrap_integer(const BigInt& value, unsigned bits, bool is_signed);

/// Decimal text of a rational as solc prints it in messages (`256`, `-1`, `1/2` -> "0.5" kept
/// exact as fraction `1/2`).
std::string rational_text(const Rational& value);

} // namespace mallory::lang::check
