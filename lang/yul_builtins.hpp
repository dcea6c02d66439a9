#pragma once
/// Mallory's subset of Yul (LANGUAGE.md §4.1) as one table: the builtins inline assembly may
/// call, with their arity, what state they touch and the VM instruction each becomes. The checker
/// rejects every other builtin by name; the code generator emits from the same entry.

#include "lang/ast.hpp"
#include "vm/opcodes.hpp"
#include "vm/u256.hpp"

#include <optional>
#include <string_view>

namespace mallory::lang {

namespace check {
struct VariableInfo;
class SemanticModel;
} // namespace check

/// What a builtin may touch, as solc's ViewPureChecker sees it: reading the chain's state
/// (storage, balances, the environment of the call) needs `view`, changing it (storage, logs,
/// message calls that may change state) a state-changing function.
enum class YulAccess : std::uint8_t { pure, reads_state, writes_state };

struct YulBuiltin {
    std::string_view name;
    vm::Op op;
    unsigned arguments;
    bool returns; ///< one value (every builtin here returns one value or none)
    /// The VM takes the first two operands in the other order than Yul writes them: Yul's
    /// `shl(shift, value)` is the VM's `value shift -- value<<shift`.
    bool swapped;
    YulAccess access;
    /// Changes memory, storage, the return data or the logs, calls out or halts: Yul evaluates
    /// arguments right to left, which only such a builtin inside an argument can tell apart.
    bool effects;
};

/// The builtin called `name`, nullptr when it is outside the subset (or not a builtin).
const YulBuiltin* find_yul_builtin(std::string_view name);

/// Whether `name` is one of Yul's EVM builtins (in the subset or not): a `let` cannot declare it.
bool is_evm_builtin_name(std::string_view name);

/// Whether an assembly block makes a message call (call, staticcall, delegatecall): the
/// analyzer cannot tell whom it calls.
bool yul_calls_out(const ast::InlineAssembly& a);

/// Whether an assembly block calls sload, sstore, tload or tstore (the analyzer cannot tie
/// those slots to variables; storage-pointer moves like `r.slot := s` alone do not count).
bool yul_uses_storage(const ast::InlineAssembly& a);

/// The constant a chain of constants initialised by each other's names ends at (`uint constant
/// b = a;` ends at `a`), as solc's rootConstVariableDeclaration; null on a cycle or when a
/// constant has no initializer.
const check::VariableInfo* root_constant(const check::VariableInfo& v,
                                         const check::SemanticModel& model);

/// Whether inline assembly can read constant `v` by name (solc's error 7615 otherwise): its root
/// constant has a value type and is initialised by a literal (`0xabcd`, `"abc"`, `true`, an
/// address) or by arithmetic on literal numbers (`2 + 3`, `1 ether`), not by a conversion or
/// `type(T).max`. The code generator pushes that initializer where the name stands.
bool assembly_readable_constant(const check::VariableInfo& v, const check::SemanticModel& model);

/// The word a Yul literal stands for: decimal, 0x-hex, `true` (1) or `false` (0); nullopt when
/// it is not one of these or does not fit in 256 bits.
std::optional<vm::U256> yul_literal_value(const ast::YulExpression& literal);

} // namespace mallory::lang
