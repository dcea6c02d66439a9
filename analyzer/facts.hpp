#pragma once
/// Shared static analyses, computed once per program: for every externally callable function
/// of every target, the ordered effects of its body (modifiers wrapped around it, internal
/// calls inlined, loop bodies visited twice so that effects after a call inside a loop are
/// seen again before it): external calls (every kind), storage reads and writes, and the
/// mutex guards protecting it. The checks (checks.hpp) are thin filters over these facts.

#include "analyzer/program.hpp"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace mallory::analyzer {

enum class CallSiteKind : std::uint8_t {
    high_level,
    low_level_call,
    static_call,
    delegate_call,
    transfer,
    send,
    creation
};
std::string_view to_string(CallSiteKind k);

struct Effect {
    enum Kind : std::uint8_t { read, write, call } kind = read;
    const check::VariableInfo* var = nullptr; ///< read/write
    CallSiteKind call_kind = CallSiteKind::high_level;
    bool trusted = false;   ///< call to a constant/immutable address or `this`
    bool stipend = false;   ///< transfer/send: 2300 gas, cannot re-enter
    bool view_call = false; ///< high-level call of a view function (read-only reentrancy)
    /// A read of an ether balance (`x.balance`): `var` is null. Ether moved by a callback
    /// changes it, so the callback proof treats it as one more storage location.
    bool balance = false;
    /// The address a call goes to (`x` in `x.delegatecall(d)`), with the parameters of inlined
    /// internal functions replaced by their arguments; null for internal and creation calls.
    const lang::ast::Expression* receiver = nullptr;
    /// The account behind `receiver`: conversions removed and inlined parameters replaced by
    /// their arguments, through any number of helpers (`arbiter` for `_send(arbiter, x)` whose
    /// body calls `payable(to).call`); null where `receiver` is.
    const lang::ast::Expression* account = nullptr;
    /// The function a high-level external call names (`ledger.credit` -> Ledger.credit, an
    /// interface's declaration for `IERC20(x).transfer`); null for other calls.
    const check::FunctionInfo* callee = nullptr;
    lang::Span span;
    /// The analysed function's own expression this effect happens in: `span` itself, or the
    /// internal call (`payable(to).sendValue(x)`) whose inlined body holds it.
    lang::Span site;
    /// The sides of the `if` statements this effect is under: (the visit of the `if`, then).
    /// The statements after an `if` whose one side always leaves the block (`return`,
    /// `revert`, `break`, `continue`) are under its other side.
    std::vector<std::pair<std::uint32_t, bool>> branches;

    /// No run of the function has both effects: they lie on two sides of one `if`.
    [[nodiscard]] bool excludes(const Effect& other) const;
};

struct FunctionFacts {
    const Target* target = nullptr;
    const check::FunctionInfo* function = nullptr;
    std::vector<Effect> effects; ///< in execution order
    /// Storage variables used as a mutex by a guard around the whole body.
    std::set<const check::VariableInfo*> mutexes;
    bool is_view = false;
    /// The body or a modifier compares `msg.sender` with something (`msg.sender == owner`):
    /// a privileged function, which the deployer may call when its users may not.
    bool sender_checked = false;
    /// The access-control state its checks read: what `msg.sender` is compared with (`owner`)
    /// and booleans looked up by it (`isMinter[msg.sender]`). A function that writes one
    /// grants or revokes the right to call something.
    std::set<const check::VariableInfo*> sender_guards;
    /// The boolean lists its checks require the caller to be on (`require(isOwner[msg.sender])`;
    /// not `!voted[msg.sender]`, nor one object's record `backed[id][msg.sender]`). When the
    /// deployer is on one from deployment, the function is sender_checked.
    std::set<const check::VariableInfo*> sender_lists;
    /// Why the effects may miss some (a write through a local storage reference, recursion
    /// cut short); empty when they are complete. Proofs built on the effects need it empty.
    std::string incomplete;
    /// First external call that can re-enter (not trusted, not stipend-limited), or -1.
    int first_risky_call() const;
    /// First external call that may lead to a callback, trusted or not (a call into system code
    /// that calls the adversary back: an ERC-721's safe transfer), or -1.
    int first_call_out() const;
    /// Whether the one external call is the last effect, to an untrusted callee: when that
    /// call reaches the adversary, nothing of the function is left to run (no read, no write,
    /// no call; a call in a loop or before a modifier's epilogue is followed by effects), so
    /// whatever the adversary re-enters there is the same as the same call made right after
    /// the function returned. Only the answers matter at such a callback (a token's hook at
    /// the end of a transfer). False when the effects are incomplete.
    bool ends_with_its_only_call() const;
    /// Whether a call of it can do nothing but accept ether: it writes no storage and calls
    /// nothing (an empty `receive`, one that only checks its sender or emits an event).
    bool only_accepts_ether() const;
    /// Writes after effect `i`.
    std::vector<const Effect*> writes_after(int i) const;
    std::set<const check::VariableInfo*> touched() const;
};

class Facts {
public:
    explicit Facts(const Program& program);
    const std::vector<FunctionFacts>& functions() const { return m_functions; }
    const FunctionFacts* find(const std::string& contract, const std::string& signature) const;
    /// The facts of the system's functions a high-level call of `callee` can run: `callee`
    /// in every target that has it, and for an interface's declaration every target function
    /// of the same signature.
    std::vector<const FunctionFacts*> implementations(const check::FunctionInfo* callee) const;
    /// The first call of `f` that can re-enter and goes to an account its callers may choose
    /// (an index into f.effects): not into the system (`registry.issue`), nor to a plain state
    /// variable (`payable(till)`, `owner`: an instance or a role the deployment fixed), but to
    /// `msg.sender`, a parameter, an entry of a mapping or a list, or what a call returned. -1
    /// when there is none.
    int first_call_to_a_caller_given_account(const Program& p, const FunctionFacts& f) const;

    /// Address variables that hold the deployer for the contract's whole life: set to
    /// `msg.sender` by an initializer or a constructor (`owner = msg.sender`, an immutable
    /// `admin`) and written by no function after deployment. The deployer is honest, so a
    /// caller checked against one (`msg.sender == owner`) is never the adversary's contract.
    const std::set<const check::VariableInfo*>& deployer_held() const { return m_deployer_held; }
    /// The access-control state of the system: every variable some function's access check
    /// compares the caller with (the union of FunctionFacts::sender_guards: `owner`,
    /// `isMinter`).
    const std::set<const check::VariableInfo*>& access_variables() const { return m_access; }

private:
    std::vector<FunctionFacts> m_functions;
    std::set<const check::VariableInfo*> m_deployer_held;
    std::set<const check::VariableInfo*> m_access;
};

/// The functions a call of which can only pay (FunctionFacts::only_accepts_ether), as
/// (target name, call_signature) pairs: what CallSpec names.
std::set<std::pair<std::string, std::string>> payment_functions(const Facts& facts);

} // namespace mallory::analyzer
