#pragma once
/// Evaluates specification expressions (`#invariant`, `#if_succeeds`) against a VM state.
///
/// Design: a small interpreter over the annotation's AST, not compiled code. Specifications
/// use things the compiled contract does not have (`sum(m)`, `old(e)`), they must be
/// evaluated at moments the contract's code is not running (between transactions, while a
/// frame is suspended at an external call), and reports need the values of the parts
/// ("totalSupply = 3 but sum(balances) = 2"). State variables are read through the compiler's
/// StorageLayout (the same slots the VM writes); `sum(m)` adds the values at the keys the
/// exploration knows (every account that appears); arithmetic is checked (an overflow makes
/// the expression undefined, which never counts as a violation).

#include "analyzer/program.hpp"
#include "vm/executor.hpp"
#include "vm/state.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mallory::analyzer {

/// Runs a read-only message call on the evaluated state: (callee, calldata) -> return data,
/// nullopt when the call failed. Whatever the call writes is rolled back.
using StaticCall = std::function<std::optional<vm::Bytes>(const vm::Address&, const vm::Bytes&)>;

/// The block a view call runs in: that of the transaction just run, so that a view reading
/// `block.timestamp` or `block.number` sees the same clock in the search and in the replay.
using BlockSource = std::function<vm::BlockContext()>;

/// A StaticCall on `state`: a fresh executor in the block `block` gives, whose native accounts
/// are those `bind` installs (the world's token ledgers), with 1M gas.
StaticCall make_static_call(vm::State& state, BlockSource block,
                            std::function<void(vm::Executor&)> bind = {});

/// Everything an expression may refer to.
struct EvalContext {
    vm::State* state = nullptr;
    const Target* target = nullptr;
    const check::SemanticModel* model = nullptr;
    vm::Address self;
    /// Keys `sum(m)` and `forall` range over: the accounts the exploration knows.
    const std::vector<vm::Address>* keys = nullptr;
    // For #if_succeeds: the call being checked.
    const check::FunctionInfo* function = nullptr;
    std::vector<vm::U256> params;  ///< static argument words
    std::vector<vm::U256> returns; ///< static return words
    vm::Address sender;
    vm::U256 value;
    /// Values of the `old(e)` sub-expressions, by the NodeId of the `old(...)` call.
    const std::map<lang::ast::NodeId, vm::U256>* olds = nullptr;
    /// Evaluates calls of external `view`/`pure` functions and getters of other contracts
    /// (`token.balanceOf(address(this))`) on the VM, as a static call from `self`; null:
    /// such a call is unevaluable (and the property holds, as for any undefined value).
    const StaticCall* static_call = nullptr;
};

/// The value of `e`, or nullopt (with the reason) when it cannot be evaluated.
std::optional<vm::U256> evaluate(const lang::ast::Expression& e, const EvalContext& ctx,
                                 std::string* why = nullptr);

/// Evaluates every `old(e)` inside `e` now (at function entry) into `out`.
void capture_olds(const lang::ast::Expression& e, const EvalContext& ctx,
                  std::map<lang::ast::NodeId, vm::U256>& out);

/// "totalSupply = 3, sum(balances) = 2": the values of the state the expression reads.
std::string explain(const lang::ast::Expression& e, const EvalContext& ctx,
                    const lang::SourceManager& sources);

/// Whether `e` mentions `old(...)`.
bool mentions_old(const lang::ast::Expression& e);

} // namespace mallory::analyzer
