#pragma once
/// Internal to the compiler: the code generator for one deployable contract.
///
/// Conventions of the generated code (see also vm/README.md):
/// - function 0 is the dispatcher; the constructor is one function; every Solidity function
///   that is reachable becomes one VM function taking its parameters and returning its return
///   values (modifiers are inlined around the body, as solc does);
/// - statements leave the operand stack empty, so every label sits at height 0 between
///   statements and RETF only needs the return values pushed;
/// - value types are one stack item, kept clean (uintN zero-extended, intN sign-extended,
///   bytesN left-aligned); memory references are byte addresses, storage references slots;
/// - memory: scratch at [0, 0x40), the free-memory pointer at 0x40, allocations from 0x80.

#include "lang/check/model.hpp"
#include "lang/compile/emitter.hpp"
#include "lang/compile/layout.hpp"
#include "lang/compiler.hpp"
#include "lang/diagnostic.hpp"
#include "vm/message.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace mallory::lang::codegen {

using check::ContractInfo;
using check::FunctionInfo;
using check::ModifierInfo;
using check::Type;
using check::TypeKind;
using check::TypePtr;
using check::VariableInfo;

/// Thrown inside the generator for a construct it cannot translate; caught per contract and
/// turned into a CompileUnsupported diagnostic at `span`.
struct Unsupported {
    Span span;
    std::string what;
};

/// Where an assignable value lives once its location is computed.
struct LValue {
    enum class Kind : std::uint8_t {
        local,
        storage,
        memory,
        memory_byte,
        storage_byte,
        transient ///< a transient state variable: the temp holds its slot (TLOAD/TSTORE)
    } kind = Kind::local;
    std::uint16_t slot = 0; ///< local: the frame slot; others: a temp holding the location
    TypePtr type;
    std::uint16_t byte = 0; ///< storage_byte: a temp holding the byte's position in its word
    /// local: holds the word inline assembly assigned, cleaned on every Solidity read
    bool raw = false;
    /// storage, transient: byte offset of a value type packed into its slot (see layout.hpp)
    std::uint8_t offset = 0;
};

class ContractCompiler;
class ScratchScope;

/// A Yul function definition waiting for its VM function's body (codegen_yul.cpp): it is
/// declared where its block is compiled and compiled after the function that holds it.
struct YulFunctionJob {
    const ast::YulStatement* definition = nullptr;
    std::uint16_t index = 0; ///< its VM function
    /// The Yul functions its body can call (those of its block and the blocks around it, itself
    /// included): name -> VM function. Yul allows no shadowing, so one map holds them all.
    std::map<std::string, std::uint16_t> functions;
};

/// Whether `t` is `bytes` or `string` (one encoding in storage, memory and calldata).
bool is_byte_array(const Type& t);

/// Whether the ABI encodes `t` in the tail of a tuple (an offset in the head): bytes, string,
/// dynamic arrays, and arrays and structs holding one.
bool abi_is_dynamic(const Type& t);

/// Bytes a value of type `t` takes in the head of an ABI tuple.
std::uint64_t abi_head_size(const Type& t);

/// Bytes the heads of a struct's fields or of a fixed array's elements take (solc's
/// calldataEncodedTailSize for one whose encoding is dynamic).
std::uint64_t abi_heads_size(const Type& t);

/// Whether a calldata value of type `t` may hold `lazy_element_marker` somewhere: it has an
/// array whose elements the ABI encodes dynamically (codegen_calldata_tails.cpp).
bool holds_lazy_elements(const Type& t);

/// What a decoded calldata array holds, instead of a memory pointer, for an element that solc
/// would reject when it is read: never a memory address, so a read that missed the check
/// would fail rather than see data.
inline vm::U256 lazy_element_marker() {
    return ~vm::U256{0};
}

/// Fixed arrays up to this many elements are encoded and defaulted by straight-line code;
/// longer ones by a loop (code size).
inline constexpr std::uint64_t unrolled_elements_max = 16;

/// Two's-complement word of an integral rational constant.
vm::U256 constant_word(const check::Rational& value);

/// Generates the code of one VM function (a Solidity function with its modifiers, a getter,
/// the dispatcher or the constructor).
class FunctionCompiler {
public:
    FunctionCompiler(ContractCompiler& contract, Emitter& out);

    // ---- Solidity functions -----------------------------------------------------------------
    /// Body of `f` (with modifiers) as VM function `index`: inputs = parameters, outputs =
    /// return values.
    void compile_function(const FunctionInfo& f, std::uint16_t index);
    /// The constructor of the deployed contract: decodes arguments, initialises state
    /// variables and runs every constructor of the linearization, most base first.
    void compile_constructor(std::uint16_t index);
    /// Function 0: selector dispatch, argument decoding, return encoding, receive/fallback.
    void compile_dispatcher(std::uint16_t index);
    /// A Yul function as its own VM function: inputs = parameters, outputs = returns (zero at
    /// entry, as Yul's return variables start); `leave` jumps to its end.
    void compile_yul_function(const YulFunctionJob& job);

    /// The dispatcher's entry for one external function: value check, argument decoding, the
    /// call, return encoding.
    void external_stub(const FunctionInfo& f);
    /// p --: ends the call returning the bytes at memory `p` (length-prefixed) as they are.
    void return_raw_bytes();
    void compile_getter(const FunctionInfo& f);
    void initialise_state_variables(const ContractInfo& base);
    /// Evaluates every base constructor's arguments in solc's order; one list of locals per
    /// contract of the linearization (the own constructor's parameters first).
    std::vector<std::vector<std::uint16_t>> base_constructor_arguments();

private:
    friend class ContractCompiler;
    friend class ScratchScope;

    // ---- statements (codegen_stmt.cpp) ------------------------------------------------------
    void statement(const ast::Statement& s);
    void block(const ast::Block& b);
    void variable_declaration(const ast::VariableDeclarationStatement& s);
    void if_statement(const ast::IfStatement& s);
    void for_statement(const ast::ForStatement& s);
    void while_statement(const ast::WhileStatement& s);
    void do_while_statement(const ast::DoWhileStatement& s);
    void return_statement(const ast::ReturnStatement& s);
    void emit_statement(const ast::EmitStatement& s);
    /// Replaces the memory pointer of an indexed reference argument by its topic hash.
    void hash_indexed(const Type& t, Span at);
    void revert_statement(const ast::RevertStatement& s);
    // ---- try/catch (codegen_try.cpp) --------------------------------------------------------
    void try_statement(const ast::TryStatement& s);
    /// At a failed try call: runs the first clause that matches the return data, or re-raises.
    void catch_clauses(const ast::TryStatement& s, Label end);
    /// Runs `c` with its parameter bound to the value on the stack (if it has one), then jumps
    /// to `end`.
    void catch_body(const ast::CatchClause& c, Label end, bool value_on_stack);
    /// data -- reason: solc's decoding of Error(string) return data (a copy of it in `data`,
    /// a bytes value); jumps to `no_match` (with nothing pushed) when it is malformed.
    void decode_error_message(std::uint16_t data, Label no_match);
    void modifier_chain(const FunctionInfo& f, std::size_t index);
    void bind_parameters_of_modifier(const check::ModifierUse& use, const ModifierInfo& m);

    // ---- inline assembly (codegen_yul.cpp) ---------------------------------------------------
    /// The Yul names of one block: variables (name -> frame slot) and the functions it defines
    /// (name -> VM function), hoisted to the block's start.
    struct YulScope {
        std::map<std::string, std::uint16_t> variables;
        std::map<std::string, std::uint16_t> functions;
    };
    /// Yul's scopes, innermost last.
    using YulScopes = std::vector<YulScope>;
    void inline_assembly(const ast::InlineAssembly& a);
    /// Declares the functions `body` defines as VM functions, queued for compilation.
    void yul_functions(const std::vector<ast::YulStatement>& body, YulScopes& scopes);
    /// The VM function of the Yul function `name` visible here (Unsupported if there is none).
    std::uint16_t yul_function(const std::string& name, Span at, const YulScopes& scopes) const;
    void yul_block(const std::vector<ast::YulStatement>& body, YulScopes& scopes);
    void yul_statement(const ast::YulStatement& s, YulScopes& scopes);
    void yul_switch(const ast::YulStatement& s, YulScopes& scopes);
    void yul_for(const ast::YulStatement& s, YulScopes& scopes);
    /// Pushes the arguments of a builtin call in the VM's order (the first deepest), evaluated
    /// right to left as the EVM does.
    void yul_arguments(const ast::YulExpression& call, const YulScopes& scopes);
    /// Pushes the value of `e` (nothing for sstore and pop).
    void yul_expression(const ast::YulExpression& e, const YulScopes& scopes);
    void yul_identifier(const ast::YulExpression& e, const YulScopes& scopes);
    /// Pops the top of the stack into the variable `target` names.
    void yul_store(const ast::YulExpression& target, const YulScopes& scopes);
    /// Finds the narrower-than-a-word locals that inline assembly in `body` assigns: they hold
    /// Yul's word as solc keeps it (Yul reads it back whole), and Solidity reads clean it.
    void find_raw_locals(const ast::Block& body);
    /// w -- w': the word cleaned to a value of value type `t` (as solc cleans before use).
    void clean_word(const Type& t);
    /// Pushes a local's value for Solidity code: cleaned when it may hold a raw Yul word.
    void load_local(const VariableInfo* v);

    // ---- expressions (codegen_expr.cpp) -----------------------------------------------------
    /// Pushes the value(s) of `e` (a tuple pushes each component; storage/memory references
    /// push their location). Returns the number of items pushed.
    int expression(const ast::Expression& e);
    /// Pushes the value of `e` converted to `target` (implicit conversion at assignments,
    /// arguments, returns): literal constants, widening, storage -> memory copies.
    void expression_as(const ast::Expression& e, const TypePtr& target);
    /// Pushes `e` and discards its values (expression statements).
    void expression_for_effect(const ast::Expression& e);
    void identifier(const ast::Identifier& id);
    /// Pushes the value of state variable `var` (a storage reference for a reference type),
    /// named alone (`x`) or through its contract (`C.x`).
    void state_variable(const VariableInfo& var);
    void literal_string(const ast::StringLiteral& s, const TypePtr& target);
    void unary(const ast::Unary& u, bool keep);
    void binary(const ast::Binary& b);
    /// A user-defined operator (`a + b` on a value type): a call of the function that defines
    /// it, its operands evaluated left to right as solc does. False if `id` is a built-in one.
    bool user_operator(ast::NodeId id, std::initializer_list<const ast::Expression*> operands);
    void logical(const ast::Binary& b);
    void assignment(const ast::Assignment& a, bool keep);
    /// `(a, (b, c)) = (1, (2, 3))`, `(x, y) = f()`: the values, then the targets.
    void tuple_assignment(const ast::Assignment& a);
    /// The values of a tuple on the right of '=', nested tuples flattened (`((5, 6), 7)`),
    /// each converted to the target leaf at its position (`leaves`), into temps in order;
    /// `from_storage` marks those left as storage slots for a storage-to-storage copy.
    void tuple_values(const ast::TupleExpr& rhs, const std::vector<const ast::Expression*>& leaves,
                      std::vector<std::uint16_t>& values, std::vector<bool>& from_storage);
    void assign_reference(const ast::Expression& lhs, const ast::Expression& rhs,
                          const TypePtr& target);
    /// The type a value assigned to `lhs` is converted to: memory for a copy into storage (the
    /// store then copies memory to storage), the target's own type otherwise.
    TypePtr copy_target(const ast::Expression& lhs);
    int conditional(const ast::Conditional& c);
    void member_access(const ast::MemberAccess& m);
    /// Replaces the top of the stack by 0 when the code runs in a creation frame (where the
    /// EVM's calldata is empty).
    void zero_while_constructing();
    void magic_member(const ast::MemberAccess& m, const Type& object);
    void msg_sig();
    void msg_data();
    void index_access(const ast::IndexAccess& i);
    // ---- slices (codegen_slices.cpp) --------------------------------------------------------
    /// `x[a:b]` of a calldata array: -- copy of the elements in range (bounds checked).
    void index_range_access(const ast::IndexRangeAccess& r);
    /// -- new array of the elements [start, end) of the memory array in temp `source`.
    void copy_elements(const Type& array, std::uint16_t source, std::uint16_t start,
                       std::uint16_t end);
    /// `bytesN(b)` for `bytes` in any location: b -- bytesN.
    void bytes_to_fixed_bytes(const Type& from, unsigned size);
    int tuple(const ast::TupleExpr& t);
    // ---- inline arrays (codegen_inline_arrays.cpp) ------------------------------------------
    /// -- ptr: `[a, b, c]` built as `target` (its memory shape: a longer fixed array or a
    /// dynamic one when it is copied to storage), as its own type when `target` is null.
    void inline_array(const ast::InlineArray& a, const TypePtr& target);
    /// Whether a memory (or calldata) array of `from` must be rebuilt element by element to be
    /// stored as `to` (solc's implicit conversion towards storage: `uint8[3]` into `uint[]`).
    static bool needs_array_conversion(const Type& from, const Type& to);
    /// ptr -- ptr': that rebuilding, into a new memory array of `to`'s shape.
    void convert_array(const Type& from, const Type& to);
    /// -- base + data + 32 * index, with `base` and `index` in temps.
    void element_address(std::uint16_t base, std::uint64_t data, std::uint16_t index);
    bool push_constant(ast::NodeId id, const TypePtr& target);
    /// Pushes the value of `e` when the checker folded it to a constant, after running what
    /// else it does (`h().f.selector` still calls h(), as in solc); false when not constant.
    bool constant_expression(const ast::Expression& e, const TypePtr& target);
    /// The code of `e` by its kind, without folding it to a constant.
    int evaluate(const ast::Expression& e);
    /// Evaluates `e` for its effects only (members and conditionals by their parts), leaving
    /// nothing on the stack.
    void effects_only(const ast::Expression& e);
    void arithmetic(ast::BinaryOp op, const Type& type, bool checked, Span span);
    void compare(ast::BinaryOp op, const Type& operand);
    /// Whether evaluating `e` can change state or emit (calls, assignments, ++/--, delete,
    /// new): only then is the order of evaluation observable.
    bool has_effects(const ast::Expression& e) const;
    /// The binary operator of a compound assignment (`+=` -> add).
    static ast::BinaryOp compound_op(ast::AssignOp op);
    /// Pushes the right-hand side of an assignment converted for its operator.
    void compound_operand(const ast::Assignment& a, const TypePtr& target);
    /// Pushes `lhs rhs` of a binary operator, evaluated in solc's order (right first).
    void operands(const ast::Binary& b, const TypePtr& lhs, const TypePtr& rhs);
    void convert(const TypePtr& from, const TypePtr& to);
    void cleanup(const Type& type);
    /// slot -- value: reads a value of value type `t` packed at byte `offset` of its slot
    /// (transient storage when `transient`), masked and cleaned as solc reads it.
    void load_packed(const Type& t, std::uint8_t offset, bool transient = false);
    /// slot -- value: load_packed with the load instruction `load` (SLOAD, TLOAD, CSLOAD).
    void load_packed_with(vm::Op load, const Type& t, std::uint8_t offset);
    /// slot -- value: reads state variable `var` (of value type) at `offset` of its slot: an
    /// immutable from the code's account (CSLOAD), a transient one with TLOAD.
    void load_state_variable(const VariableInfo& var, std::uint8_t offset);
    /// slot value -- : writes a clean value of value type `t` at byte `offset` of its slot,
    /// keeping the other bytes of the word (read-modify-write when it shares the slot).
    void store_packed(const Type& t, std::uint8_t offset, bool transient = false);

    // ---- locations (codegen_expr.cpp) -------------------------------------------------------
    /// Computes where `e` lives; stores any computed location in a temp.
    LValue lvalue(const ast::Expression& e);
    /// Where state variable `var` (non-constant), seen as `type`, lives.
    LValue state_variable_lvalue(const VariableInfo& var, const TypePtr& type);
    void load(const LValue& lv);
    /// Stores the value on top of the stack into `lv` (consumes it).
    void store(const LValue& lv);
    /// Pushes the storage slot or memory address of a reference-typed expression.
    void reference(const ast::Expression& e);
    /// With the base location on the stack, replaces it by the location of element `index`
    /// (index expression evaluated here), with bounds checks.
    void index_location(const Type& base, const ast::Expression& index);
    void mapping_slot(const Type& mapping, const ast::Expression& key);
    StorageLocation field_location(const check::StructInfo& s, const std::string& field);
    std::size_t field_index(const check::StructInfo& s, const std::string& field);

    // ---- calls (codegen_call.cpp) -----------------------------------------------------------
    int call(const ast::Call& c);
    int internal_call(const ast::Call& c, const check::ExprInfo& info);
    // ---- internal function values (codegen_function_values.cpp) -----------------------------
    /// -- value: the internal function that `e` (`f`, `super.f`, `B.f`, `L.f`) names.
    void function_reference(const ast::Expression& e, const FunctionInfo& named);
    /// A call through an internal function value: the arguments, the value, then a dispatch
    /// over the targets of its type; Panic 0x51 for the zero value.
    int pointer_call(const ast::Call& c);
    /// A failed call re-raises the callee's revert, or jumps to `on_failure` (a `try`) with the
    /// stack as it was before the call.
    int external_call(const ast::Call& c, const check::ExprInfo& info,
                      std::optional<Label> on_failure = std::nullopt);
    /// What a message call sends: the signature, the callee's address (a temp) and the selector,
    /// known (`c.f`) or in a temp as a left-aligned bytes4 (a function value).
    struct MessageCall {
        const std::vector<TypePtr>& parameters;
        const std::vector<TypePtr>& returns;
        ast::Mutability mutability;
        std::uint16_t address;
        std::uint32_t selector;
        std::optional<std::uint16_t> selector_word;
    };
    /// The call options, arguments, call and result decoding shared by every message call.
    int message_call(const ast::Call& c, const MessageCall& call, std::optional<Label> on_failure);
    /// A call through an external function value (codegen_external_function_values.cpp).
    int external_value_call(const ast::Call& c, std::optional<Label> on_failure);
    /// `this.f`, `c.f` as a value: address and selector in one word, laid out as bytes24.
    void external_function_reference(const ast::MemberAccess& m, const FunctionInfo& f);
    /// `.address` and `.selector` of an external function (value or named); false if `m` is not
    /// one of them.
    bool external_function_member(const ast::MemberAccess& m);
    int builtin_call(const ast::Call& c, const check::ExprInfo& info);
    int conversion_call(const ast::Call& c);
    int struct_constructor(const ast::Call& c, const check::ExprInfo& info);
    int creation(const ast::Call& c, const check::ExprInfo& info,
                 std::optional<Label> on_failure = std::nullopt);
    int new_array(const ast::Call& c);
    void require_call(const ast::Call& c);
    void revert_call(const ast::Call& c);
    /// ecrecover(hash, v, r, s): a static call of the precompile at address 1, as solc's.
    void ecrecover_call(const ast::Call& c);
    /// ripemd160(data): a static call of the precompile at address 3, as solc compiles it.
    void ripemd160_call(const ast::Call& c);
    void precompile_static_call(std::uint8_t address, const std::function<void()>& push_input,
                                std::uint16_t out);
    /// `addmod(x, y, k)` / `mulmod(x, y, k)` with `op` ADDMOD or MULMOD.
    void modular_arithmetic(const ast::Call& c, vm::Op op);
    void low_level_call(const ast::Call& c, const check::ExprInfo& info);
    void value_transfer(const ast::Call& c, bool reverts);
    /// `a.push(x)`, `a.push()`: the latter pushes the new element's value, or its location
    /// (slot) when `as_location` or when it is a reference.
    void array_push(const ast::Call& c, bool as_location = false);
    LValue pushed_element(const ast::Call& c);
    void array_pop(const ast::Call& c);
    void console_log(const ast::Call& c);
    /// console.logUint(x), logBytes32(b), ...: lang/check/console_functions.hpp.
    void console_log_value(const ast::Call& c);
    /// The staticcall to the console address with the ABI-encoded `values` of `types`.
    void send_to_console(const std::string& signature, const std::vector<TypePtr>& types,
                         const std::vector<std::uint16_t>& values, Span at);
    const ast::Expression* call_option(const ast::Call& c, std::string_view name);
    /// Pushes the receiver of a member call `x.f(...)` (the object of the callee).
    /// The custom error a call names (`Err(args)` in `revert`/`require`), or nullptr.
    const check::ErrorInfo* custom_error_of(const ast::Call& call);
    /// Evaluates a custom error's arguments in order into temporaries.
    std::vector<std::uint16_t> error_arguments(const ast::Call& call,
                                               const check::ErrorInfo& error);
    const ast::Expression& callee_object(const ast::Call& c);

    // ---- ABI (codegen_abi.cpp) --------------------------------------------------------------
    /// Encodes the values in `temps` (one per type) at the free memory pointer, optionally
    /// preceded by a 4-byte selector; leaves `start length` on the stack and bumps the free
    /// pointer past the encoding.
    void abi_encode(const std::vector<TypePtr>& types, const std::vector<std::uint16_t>& temps,
                    std::optional<std::uint32_t> selector, bool packed = false);
    /// Like abi_encode but the selector is a word already on the stack (high 4 bytes).
    void abi_encode_with_dynamic_selector(const std::vector<TypePtr>& types,
                                          const std::vector<std::uint16_t>& temps,
                                          std::uint16_t selector_temp);
    /// Writes one value at the position in `head` (a temp); dynamic data goes to `tail`.
    void encode_value(const Type& t, std::uint16_t value, std::uint16_t head, std::uint16_t start,
                      std::uint16_t tail, bool packed);
    /// Writes the contents of a dynamic struct or of an array of reference types at `tail` (a
    /// temp, advanced past them) as a nested tuple.
    void encode_nested_tail(const Type& t, std::uint16_t value, std::uint16_t tail);
    /// Decodes a value whose head word is at the absolute position in temp `at`, in a tuple
    /// starting at temp `base` of data ending at temp `end`, from calldata or from a memory
    /// buffer; pushes a memory copy.
    /// `tail_checked`: calldata_tail_ok has checked the value's offset and extent, so
    /// decode_nested checks neither again (solc's checks on reading are signed: an offset may
    /// point backwards).
    void decode_nested(const Type& t, bool calldata, std::uint16_t at, std::uint16_t base,
                       std::uint16_t end, bool tail_checked = false);
    /// decode_nested for an element of an array: from calldata, lazily checked (see
    /// decode_calldata_element).
    void decode_element(const Type& t, bool calldata, std::uint16_t at, std::uint16_t base,
                        std::uint16_t end);
    /// Copies bytes, a string or an array of value types whose length word is at the calldata
    /// position in temp `at` into fresh memory (its elements validated); pushes the pointer.
    void copy_calldata_dynamic(const Type& t, std::uint16_t at, std::uint16_t end,
                               bool tail_checked = false);
    /// Copies bytes, a string or an array of value types whose length word is at the memory
    /// position in temp `start` (already checked) into fresh memory; pushes the pointer.
    void copy_memory_dynamic(const Type& t, std::uint16_t start);
    /// Decodes a value of type `t` from calldata at absolute offset `pos`, with `base` the start
    /// of the enclosing tuple; pushes the value (memory copies for dynamic ones).
    void decode_calldata(const Type& t, std::uint64_t pos, std::uint64_t base);
    /// Decodes a value of type `t` from an ABI buffer in memory whose start is in temp `base`
    /// and end in temp `end`, at head `offset`; pushes the value (reference types as copies).
    void decode_memory(const Type& t, std::uint16_t base, std::uint64_t offset, std::uint16_t end);
    // solc's lazy checks of calldata elements (codegen_calldata_tails.cpp).
    /// Whether the tail a calldata head word at temp `at` points to (an offset from temp
    /// `base`) passes solc's access_calldata_tail checks for a `t`: -- ok.
    void calldata_tail_ok(const Type& t, std::uint16_t at, std::uint16_t base, std::uint16_t end);
    /// Decodes an element of a calldata array like decode_nested, but one whose tail solc
    /// would reject on reading becomes lazy_element_marker instead of reverting.
    void decode_calldata_element(const Type& t, std::uint16_t at, std::uint16_t base,
                                 std::uint16_t end);
    /// Reverts (empty data) if the element read is the marker: p -- p.
    void check_lazy_element();
    /// Reverts if any element inside the calldata value of type `t` is the marker, as solc's
    /// copy or encoding of the whole value reads every element: p -- p.
    void check_calldata_value(const Type& t);
    // solc's decoder checks (codegen_abi_checks.cpp); each reverts with empty data.
    /// Reverts unless the length word at temp `at` starts inside the data ending at `end`.
    void check_abi_offset(std::uint16_t at, std::uint16_t end);
    /// Reverts unless `length` items of `stride` bytes from temp `data` end by temp `end`.
    void check_abi_end(std::uint16_t data, std::uint16_t length, std::uint64_t stride,
                       std::uint16_t end);
    /// Bytes, a string or a value array in a memory buffer at temp `start`: its bounds and
    /// elements, as solc checks them when it decodes one from memory.
    void check_memory_dynamic(const Type& t, std::uint16_t start, std::uint16_t end);
    /// Validates each value element of an array or static struct of value types in memory at
    /// temp `ptr` (a dynamic array's length word first).
    void validate_memory_elements(const Type& t, std::uint16_t ptr);
    int decode_return_data(const std::vector<TypePtr>& types);
    void return_data_as_bytes();
    void abi_encode_builtin(const ast::Call& c, check::Builtin which);
    int abi_decode_builtin(const ast::Call& c);
    void validate(const Type& t);
    /// A decoded value type: validated (ABI coder v2), or cleaned as solc's legacy decoder
    /// does when the contract uses ABI coder v1. v -- v
    void accept_decoded(const Type& t);
    /// Reverts with Error(string) carrying a compile-time message.
    void revert_with_message(const std::string& message);
    /// Reverts with a memory `bytes` value's bytes as the revert data. bytes --
    void revert_with_data_on_stack();
    void bubble_revert();

    // ---- memory and helpers (codegen_mem.cpp) -----------------------------------------------
    void alloc(std::uint64_t bytes); ///< pushes the address of `bytes` fresh bytes
    void alloc_dynamic();            ///< size on the stack -> address
    /// Like alloc, with the bytes cleared: for values that start as zeros.
    void alloc_zeroed(std::uint64_t bytes);
    /// p -- p: clears the value of temp `size` bytes from p (fresh memory for a new array).
    void zero_fresh(std::uint16_t size);
    /// `-- p`: a buffer whose first word holds the value of temp `length`, followed by the
    /// value of temp `size` in bytes rounded up to whole words (bytes, strings, arrays).
    void alloc_length_prefixed(std::uint16_t length, std::uint16_t size);
    /// p -- data length: a length-prefixed memory value (bytes, string, an array) as the start
    /// of its data and its length word, the operands of RETURN, REVERT and KECCAK256.
    void data_and_length();
    void load_free_pointer();
    void store_free_pointer();
    void copy_storage_to_memory(const Type& t);  ///< slot -> new memory pointer
    void copy_memory_to_storage(const Type& t);  ///< [dst_slot src_ptr] -> (nothing)
    void copy_storage_to_storage(const Type& t); ///< [dst_slot src_slot] -> (nothing)
    void clear_storage(const Type& t);           ///< slot -> (nothing)
    void clear_dynamic_array_tail(const Type& element, std::uint16_t dst_slot_temp,
                                  std::uint16_t src_ptr_temp);
    void counted_loop(std::uint16_t length_temp, const std::function<void(std::uint16_t)>& body);
    void zero_memory_value(const Type& t); ///< pushes the default value of a memory type
    /// ptr -- ptr: points each element of a fixed array of references at its own default.
    void zero_fixed_array_elements(const Type& t);
    void keccak_of_words(unsigned count); ///< hashes the top `count` words
    void panic_unless(std::uint8_t code); ///< consumes a condition; Panic(code) when it is 0
    void revert_unless();                 ///< consumes a condition; empty revert when 0
    void revert_empty();
    // ---- bytes and string (codegen_bytes.cpp) ----------------------------------------------
    // Storage uses solc's encoding (short form in the slot, long form at keccak256(slot)).
    void byte_array_length_of_word();      ///< slot word -- length
    void storage_bytes_length();           ///< slot -- length
    void words_of_length(std::uint16_t n); ///< -- ceil(n / 32), n in a temp
    void storage_bytes_to_memory();        ///< slot -- ptr
    void memory_bytes_to_storage();        ///< [dst_slot src_ptr] -> (nothing)
    void clear_storage_bytes();            ///< slot -> (nothing)
    /// Zeroes the data words [first_word, ceil(old length / 32)) of a long old value.
    void clear_long_bytes_words(std::uint16_t slot, std::uint16_t old_word,
                                std::uint16_t first_word);
    void keep_leading_bytes(std::uint16_t count); ///< w -- w with only `count` leading bytes
    void storage_bytes_push();                    ///< [slot byte1] -> (nothing)
    void storage_bytes_pop();                     ///< slot -> (nothing); Panic 0x31 when empty
    /// [slot index] -> [word_slot byte_position], Panic 0x32 out of range.
    void storage_byte_location();
    void memory_byte_location(); ///< [ptr index] -> address, Panic 0x32 out of range
    void load_storage_byte(std::uint16_t word_slot, std::uint16_t position);  ///< -- bytes1
    void store_storage_byte(std::uint16_t word_slot, std::uint16_t position); ///< bytes1 --
    void bytes_key_slot(); ///< [slot ptr] -> keccak256(data . slot): a mapping's bytes key
    /// Deep copy of a memory value (calldata values live in memory): ptr -- copy.
    void copy_memory_to_memory(const Type& t);
    /// ptr -- copy: a dynamic memory array of references, each element copied deeply.
    void copy_pointer_array(const Type& element);
    void copy_memory_words(const Type& element, std::uint64_t count); ///< ptr -- copy
    void copy_memory_fields(const std::vector<const Type*>& fields);  ///< ptr -- copy
    /// Pops the top into a scratch local: like to_temp, but the local returns to a pool when
    /// the enclosing ScratchScope ends, so long functions of string code keep small frames.
    /// Only code that writes a scratch local before reading it may use one.
    std::uint16_t to_scratch();
    std::size_t scratch_mark() const { return m_scratch_used.size(); }
    void release_scratch(std::size_t mark);

    /// decode_calldata is decoding a `calldata` parameter: its elements are checked lazily.
    bool m_lazy_calldata = false;
    std::uint16_t temp();
    std::uint16_t to_temp(); ///< pops the top into a fresh temp
    std::uint16_t slot_of(const VariableInfo* v);
    void span(Span s) { m_out.set_span(s); }

    TypePtr type_of(const ast::Expression& e) const;
    const check::ExprInfo& info_of(const ast::Expression& e) const;
    [[noreturn]] void unsupported(Span span, std::string what) const;

    ContractCompiler& m_contract;
    Emitter& m_out;
    const check::SemanticModel& m_model;
    std::unordered_map<const VariableInfo*, std::uint16_t> m_locals;
    std::set<const VariableInfo*> m_raw_locals; ///< see find_raw_locals
    std::vector<std::uint16_t> m_return_slots;
    struct LoopLabels {
        Label break_label;
        Label continue_label;
    };
    std::vector<LoopLabels> m_loops;
    std::optional<Label> m_return_label;
    std::optional<Label> m_yul_leave; ///< the end of the Yul function being compiled
    /// What `_` expands to in the modifiers being inlined (innermost last).
    std::vector<std::function<void()>> m_placeholders;
    const FunctionInfo* m_function = nullptr;
    const ContractInfo* m_lexical_contract = nullptr; ///< for `super`
    std::vector<std::uint16_t> m_scratch_pool;        ///< scratch locals free for reuse
    std::vector<std::uint16_t> m_scratch_used;        ///< scratch locals taken, in order
};

/// Compiles one deployable contract into a ContractCode.
class ContractCompiler {
public:
    ContractCompiler(const SourceManager& sources, const check::SemanticModel& model,
                     const ContractInfo& contract, const CompileOutput& compiled);

    /// The contract's code; a construct it cannot compile, or a limit of the code format it
    /// exceeds, throws Unsupported at its span.
    std::shared_ptr<vm::ContractCode> run();

    const check::SemanticModel& model() const { return m_model; }
    const ContractInfo& contract() const { return m_contract; }
    const StorageLayout& layout() const { return m_layout; }
    /// The VM function index of a Solidity function implementation (queued on first use).
    std::uint16_t function_index(const FunctionInfo& f);
    /// Whether inline assembly anywhere in the program gives an internal function value
    /// another function type (codegen_yul.cpp): calls through a value then also consider the
    /// targets of the same arity, as solc's jump to the value's code would reach them.
    bool function_values_retyped();
    /// The functions an internal function value of this contract can name; a value is its
    /// target's 1-based position here (0 is the zero value).
    const std::vector<const FunctionInfo*>& pointer_targets();
    /// The value of internal function `f` (one of pointer_targets(); Unsupported otherwise).
    std::uint64_t pointer_id(const FunctionInfo& f, Span span);
    /// Queues a Yul function whose VM function is declared, to be compiled after the current one.
    void queue_yul_function(YulFunctionJob job) { m_yul_queue.push_back(std::move(job)); }
    /// The index in `children` of a contract this one creates with `new`.
    std::uint16_t child_index(const ContractInfo& c, Span span);
    /// The code of `c`, compiled before this contract (else Unsupported, and a later pass).
    std::shared_ptr<const vm::ContractCode> compiled_code(const ContractInfo& c, Span span) const;
    /// Records an event this contract's code emits or an error it raises: those declared in a
    /// library or at file level join the ABI, as in solc's.
    void note_used(const check::Declaration& d);

private:
    std::shared_ptr<vm::ContractCode> compile_contract();
    void build_abi(vm::ContractCode& out) const;

    const SourceManager& m_sources;
    const check::SemanticModel& m_model;
    const ContractInfo& m_contract;
    const CompileOutput& m_compiled;
    StorageLayout m_layout;
    Emitter m_emitter;
    std::unordered_map<const FunctionInfo*, std::uint16_t> m_function_indices;
    std::vector<const FunctionInfo*> m_queue;
    std::vector<YulFunctionJob> m_yul_queue;            ///< see queue_yul_function
    std::vector<const FunctionInfo*> m_pointer_targets; ///< see pointer_targets()
    bool m_pointer_targets_built = false;
    std::optional<bool> m_retyped; ///< function_values_retyped, computed once
    std::vector<std::shared_ptr<const vm::ContractCode>> m_children;
    std::vector<const ContractInfo*> m_child_infos;
    std::vector<const check::Declaration*> m_used; ///< see note_used, in first-use order
};

} // namespace mallory::lang::codegen
