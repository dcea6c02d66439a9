#pragma once
/// Witnesses: the transaction sequence, with the adversary's choice at every callback, that
/// leads to a violation. The same structure drives the explorer (a script per transaction),
/// is written as JSON (`--witness-out`, the report), and is replayed by `mallory replay` on a
/// fresh in-memory chain.

#include "analyzer/kinds.hpp"
#include "vm/types.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace mallory::analyzer {

/// One message to a target: `contract.signature(args)` with `value` wei. An empty signature
/// is a plain ether transfer (receive/fallback).
struct CallSpec {
    std::string contract;
    std::string signature;
    std::vector<vm::U256> args; ///< static ABI words
    vm::U256 value;
    friend bool operator==(const CallSpec&, const CallSpec&) = default;
};

enum class ChoiceKind : std::uint8_t { ret, revert, reenter };

/// What the adversary does when a target calls it.
struct Choice {
    ChoiceKind kind = ChoiceKind::ret;
    CallSpec call; ///< reenter only
    /// The raw return data the adversary answers with (ret and reenter; after the re-entry).
    /// nullopt: the default answer of the function the caller expects (see answers.hpp).
    std::optional<vm::Bytes> returns = std::nullopt;
    /// reenter only: a second call the adversary makes after `call` returned, in the same
    /// callback: the repayment a flash lender checks for once the callback returns, after a
    /// re-entry that used the loan (`deposit()` at the low price, then `repay{value}()`).
    std::optional<CallSpec> then = std::nullopt;
    /// Whether this choice is the default one (a plain return with the default answer).
    bool is_default() const { return kind == ChoiceKind::ret && !returns; }
    friend bool operator==(const Choice&, const Choice&) = default;
};

/// One transaction. `choices[i]` is the adversary's answer to the i-th call it receives in
/// this transaction (in execution order, nested calls included); missing entries: return.
struct TxStep {
    std::string sender; ///< dev account name ("mallory" is the adversary)
    CallSpec call;
    std::vector<Choice> choices;
    /// A warp step sends no transaction: its block comes `warp` seconds later than usual
    /// (deadlines, lock times, vesting), after `roll` empty blocks (a lock counted in blocks:
    /// `block.number >= unlockBlock`). Its sender and call are empty.
    std::uint64_t warp = 0;
    std::uint64_t roll = 0;
    bool is_warp() const { return (warp > 0 || roll > 0) && call.contract.empty(); }
    /// Whether the adversary answers any call of this transaction other than by default.
    bool has_choices() const;
    /// Re-entrant calls this transaction's answers make (a re-entry with a second call in
    /// the same callback counts twice).
    std::size_t reentries() const;
    friend bool operator==(const TxStep&, const TxStep&) = default;
};

/// The most empty blocks one warp step may mine (TxStep::roll): the replay mines each.
inline constexpr std::uint64_t max_roll = 1'000'000;

/// Re-entrant calls over `steps` (TxStep::reentries summed).
std::size_t reentries(const std::vector<TxStep>& steps);

struct Deployment {
    std::string contract;
    std::vector<vm::U256> args;
    vm::U256 value;
    /// Deployed only because a selected contract's constructor needs it (Target::selected:
    /// `analyze --contract X` deploys X's helpers too); the replay selects the others.
    bool helper = false;
    friend bool operator==(const Deployment&, const Deployment&) = default;
};

struct Witness {
    std::vector<std::string> files;      ///< source files (as given to analyze)
    std::vector<Deployment> deployments; ///< by the deployer, in order
    std::vector<TxStep> setup;           ///< honest users' deposits
    /// The untrusted stand-ins at which the world placed a standard token (token.hpp,
    /// Accounts::tokens), by name; absent in older witnesses (no tokens: the adversary
    /// answers at every stand-in).
    std::vector<std::string> tokens;
    std::vector<TxStep> steps;                              ///< the attack
    PropertyKind property = PropertyKind::callback_freedom; ///< what the replay checks at the end
    std::string contract;                                   ///< whose property
    std::string function;                                   ///< if_succeeds: the function
    int index = 0;          ///< which annotation of the contract/function
    std::string expression; ///< the annotation as written (for people)
    friend bool operator==(const Witness&, const Witness&) = default;

    /// Number of successful-or-not re-entries the witness asks for.
    std::size_t reentries() const;
};

inline constexpr const char* deployer_name = "alice";
inline constexpr const char* adversary_name = "mallory";
/// The honest user who pays in only during the search (Accounts::users).
inline constexpr const char* latecomer_name = "dave";
/// The adversary's second contract (Accounts::accomplice).
inline constexpr const char* accomplice_name = "accomplice";

nlohmann::json to_json(const Witness& w);
/// Reads a witness; nullopt with `error` set on a malformed document.
std::optional<Witness> witness_from_json(const nlohmann::json& j, std::string* error);

/// "DAO.withdraw(1000000000000000000){value: 1 ether}"
std::string describe(const CallSpec& c);
/// Decimal wei as "1.5 ether" when it is a round amount, else "123 wei".
std::string format_wei(const vm::U256& v);

/// ABI calldata of a call: selector and static words (empty for receive).
vm::Bytes calldata_of(const CallSpec& c);

} // namespace mallory::analyzer
