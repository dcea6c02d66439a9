#pragma once
/// Which transactions lead toward an attack: the dependency analysis that directs the
/// explorer's deeper levels (issue 10 item 8), over the read/write sets of Facts.
///
/// A *sink* is a function where a property can break: one with an external call that can
/// re-enter (the re-entry point), an `#if_succeeds`, or a write to what an `#invariant` reads.
/// The *relevant* storage is what the sinks read (their guards and the preconditions of their
/// calls: `require(open)`, `payee != address(0)`), closed under "read by a function that writes
/// relevant storage": the guard of an enabling function is relevant too (`join` needs `open`,
/// which `openMarket` writes). An action is *enabling* when it writes relevant storage, or
/// sends ether while something relevant reads a balance. A prefix of actions that enable
/// nothing leaves every sink's reads as they were, so it cannot make a later sink behave
/// differently: the explorer's directed levels skip such prefixes. A *privileged* function
/// compares msg.sender with something (`onlyOwner`): the deployer, an honest owner, calls it.
/// A function that *grants* writes what such comparisons read: who may call.

#include "analyzer/facts.hpp"
#include "analyzer/monitor.hpp"
#include "analyzer/witness.hpp"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace mallory::analyzer {

/// What one function can do for an attack (see the header comment).
struct ActionRole {
    bool sink = false;
    bool enabling = false;
    bool privileged = false;
    /// It writes access-control state (FunctionFacts::sender_guards: `owner`, `isMinter`):
    /// the honest owner never names the adversary in it...
    bool grants = false;
    /// ...unless all it grants is eligibility (Dependencies::eligibility): a place on an
    /// allowlist, which the owner gives any user, the adversary's contract among them.
    bool grants_eligibility = false;
};

class Dependencies {
public:
    Dependencies(const Program& p, const Facts& facts, const std::vector<Property>& props);
    /// The role of a call (`value` counts: ether sent may enable a balance guard). A call of
    /// a function the facts do not know (none) is a sink and enabling: nothing is skipped.
    ActionRole role(const CallSpec& call) const;
    /// Whether `writer` writes storage that `reader` reads (its callees' effects included),
    /// or pays ether where `reader` reads a balance: `reader` may behave differently after
    /// it. True when the facts know either function not.
    bool feeds(const CallSpec& writer, const CallSpec& reader) const;
    /// The relevant storage variables (unit tests, reports).
    const std::set<const check::VariableInfo*>& relevant() const { return m_relevant; }
    /// Whether something relevant reads an ether balance (`address(this).balance`).
    bool balance_relevant() const { return m_balance; }
    /// The sender lists that only make their members eligible for something done for
    /// themselves: every function requiring one (`require(allowlisted[msg.sender])`) checks
    /// nothing else of its caller, takes no address (it acts for the caller alone), grants no
    /// right in turn, and calls out (pays or hands the caller something: a free mint, a
    /// claim). An allowlist, not a role: `isMinter` gates `mint(to, ...)`, `isPauser` a
    /// `pause()` that pays no one.
    const std::set<const check::VariableInfo*>& eligibility() const { return m_eligibility; }

private:
    struct Info {
        ActionRole role;
        std::set<const check::VariableInfo*> reads, writes;
        bool reads_balance = false;
        /// The functions of the system its high-level calls reach (their effects are its own).
        std::vector<const Info*> callees;
    };
    /// Adds each function's callees' reads and writes to its own, transitively.
    void include_callee_effects();
    std::map<std::pair<std::string, std::string>, Info> m_functions; ///< (contract, signature)
    /// Computes m_eligibility from the facts (see eligibility()).
    void find_eligibility_lists(const Facts& facts,
                                const std::set<const check::VariableInfo*>& access);
    std::set<const check::VariableInfo*> m_relevant;
    std::set<const check::VariableInfo*> m_eligibility;
    bool m_balance = false;
};

} // namespace mallory::analyzer
