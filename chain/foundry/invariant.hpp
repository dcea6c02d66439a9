#pragma once
// Invariant (stateful fuzz) tests, as `forge test` runs them: for each invariant_*() (or
// statefulFuzz*()) function of a test contract, `runs` times: a fresh session runs setUp(),
// then `depth` random calls to the target contracts from the target senders, checking the
// invariant after setUp and after every call. A call that reverts only counts; an invariant
// that reverts is broken. The breaking sequence is then shrunk (calls, and re-entries, are
// dropped while the invariant still breaks on a fresh replay) and reported with replayable
// lines.
//
// Targets follow forge-std's StdInvariant (contracts/forge-std/StdInvariant.sol): the
// contracts setUp() deployed (not the test contract), unless targetContract() named some;
// minus excludeContract(); their non-view functions, unless targetSelector() named some, minus
// excludeSelector(); senders from targetSender(), else a small pool of fresh addresses, minus
// excludeSender(). With `reentrant`, the re-entering adversary (reentrant_sender.hpp) is one
// of the senders, and each of its calls may re-enter a target from its callbacks.

#include "chain/foundry/abi.hpp"
#include "chain/foundry/reentrant_sender.hpp"
#include "vm/code.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mallory::chain::foundry {

struct TestOptions;
struct TestResult;

struct InvariantOptions {
    std::uint32_t runs = 256;  ///< --invariant-runs
    std::uint32_t depth = 500; ///< --invariant-depth: calls per run
    std::uint64_t seed = 0;    ///< --invariant-seed: the same seed, the same sequences
    bool reentrant = false;    ///< --reentrant
    /// Source file of each contract by name, for the `addr=[path:Contract]` of a report.
    std::map<std::string, std::string> contract_paths;
};

/// One call of a sequence: everything a replay needs.
struct CallStep {
    Address sender;
    Address target;
    Bytes calldata;
    U256 value;
    std::optional<Reentry> reentry; ///< the adversary's re-entry from its callbacks
};

/// What an invariant test reports besides pass/fail.
struct InvariantReport {
    std::uint64_t runs = 0;
    std::uint64_t calls = 0;
    std::uint64_t reverts = 0;
    std::size_t original = 0;          ///< length of the breaking sequence as found
    std::size_t shrunk = 0;            ///< and after shrinking
    std::vector<std::string> sequence; ///< "sender=0x… addr=[path:C]0x… calldata=0x… args=[…]"
    std::string engine; ///< which search broke it: "call sequences" or "reentrant adversary"
};

/// Invariant functions of a contract: public invariant*() / statefulFuzz*() functions
/// without parameters, sorted by name.
std::vector<std::string> discover_invariants(const vm::ContractCode& code);

/// Runs one invariant function of a test contract.
TestResult run_invariant(const std::shared_ptr<const vm::ContractCode>& code,
                         const std::string& invariant, const TestOptions& options);

/// One (contract, selector) pair of StdInvariant's targetSelectors()/excludeSelectors().
struct SelectorPair {
    Address contract;
    std::array<std::uint8_t, 4> selector{};
    friend bool operator==(const SelectorPair&, const SelectorPair&) = default;
};

/// Decodes the return data of targetSelectors()/excludeSelectors(), an ABI-encoded
/// `FuzzSelector[]` with forge-std's `struct FuzzSelector { address addr; bytes4[] selectors; }`,
/// flattened into pairs in order. nullopt when the data are malformed (an offset or a length
/// past the end).
std::optional<std::vector<SelectorPair>> decode_fuzz_selectors(BytesView data);

/// Drops calls (and then re-entries) from a breaking sequence while `breaks` still holds of
/// the shorter one; the result is 1-minimal: removing any one call no longer breaks.
std::vector<CallStep>
shrink_sequence(std::vector<CallStep> steps,
                const std::function<bool(const std::vector<CallStep>&)>& breaks);

} // namespace mallory::chain::foundry
