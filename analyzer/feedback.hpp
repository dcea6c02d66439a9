#pragma once
/// Comparison feedback: the words the program compares while it runs, and the arguments they
/// suggest (the input-to-state correspondence of coverage-guided fuzzers). Two uses: hash-wide
/// words compared for equality, which a `bytes32` parameter must hold to pass a commitment
/// check (actions.cpp compared_words), and the limits an amount is compared with, which the
/// explorer tries in place of an argument its call was refused with (`require(debt + amount
/// <= limit)` with a limit the adversary's own collateral sets).

#include "vm/tracer.hpp"

#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace mallory::analyzer {

/// Records, for one or more runs, the operands of the comparisons the code executes: EQ with an
/// operand wider than an address (a hash), and the ordering comparisons (LT, GT, SLT, SGT)
/// whose operands both fit 128 bits (amounts, counts, times). At most `max_pairs` of each,
/// in execution order.
class ComparisonLog : public vm::Tracer {
public:
    static constexpr std::size_t max_pairs = 64;
    ComparisonLog() : vm::Tracer(vm::StepHook::on) {}
    void on_step(const vm::StepInfo& step) override;

    struct Pair {
        vm::U256 left, right; ///< the instruction's first (top of stack) and second operands
        friend bool operator==(const Pair&, const Pair&) = default;
    };
    /// Hash-wide words compared for equality, distinct, in order.
    std::vector<vm::U256> hashes;
    /// The results of KECCAK256 over non-empty inputs of other than one or two words, distinct,
    /// in order: an id the program computes from a name or a packed tuple (`keccak256(bytes(name))`
    /// keying a record), which a later call names. One and two words are left out: those are
    /// the slots of arrays and mappings, one per element the program touches.
    std::vector<vm::U256> computed;
    /// Operands of the ordering comparisons, in order (duplicates dropped).
    std::vector<Pair> orderings;
    /// The operands of the last ordering comparison that fit 128 bits: in a refused call, the
    /// check that refused it (a revert path compares nothing more).
    std::optional<Pair> last_ordering;
    /// Operands of the equality comparisons whose operands both fit 128 bits, in order
    /// (duplicates dropped): a payment checked against a price (`msg.value == 2 * PRICE`).
    std::vector<Pair> equalities;

private:
    /// The depth of the frame whose last instruction was a KECCAK256 to record, or -1: its
    /// result is the top of that frame's stack at its next instruction.
    int m_hash_depth = -1;
};

/// How far a refused call got: the distinct branch points (JUMPI) and storage reads (SLOAD) it
/// executed, by code and offset. Each check a call passes runs the code behind it, with its own
/// reads and branches; distinct points, so a loop does not count as progress, and neither does
/// the revert's encoding (a Panic or an Error(string): no branch, no read). The explorer's guided
/// search (explorer.cpp, Search::guide) scores states by it, as search-based testing scores
/// inputs by branch distance.
class ProgressLog : public vm::Tracer {
public:
    ProgressLog() : vm::Tracer(vm::StepHook::on) {}
    void on_step(const vm::StepInfo& step) override;
    /// The distinct points executed since construction.
    std::size_t points() const { return m_points.size(); }
    /// The distance between the operands of the last ordering comparison (LT, GT, SLT, SGT)
    /// executed, as unsigned words: in a refused call, how far the check that refused it is from
    /// passing (`debt * 10_000 > value * 8_000` nears as the price falls). None compared: zero.
    const vm::U256& distance() const { return m_distance; }

private:
    std::set<std::pair<const void*, std::uint32_t>> m_points;
    vm::U256 m_distance;
};

/// The amounts a payment `sent` was compared with (recorded by a log of a call that sent it):
/// the other side of each equality and ordering comparison one of whose sides is `sent`, in
/// order, non-zero and at most 96 bits, without `sent` and without duplicates, at most `max`:
/// the price a payable function asks (`require(msg.value == DEPOSIT + days_ * FEE)`).
/// Unit-tested.
/// Prices taken from payments_asked per payer and probe (a sale and a rental's deposit).
inline constexpr std::size_t max_prices_asked = 4;

std::vector<vm::U256> payments_asked(const ComparisonLog& log, const vm::U256& sent,
                                     std::size_t max);

/// The values an unsigned argument `v` could take to meet the limits of `orderings` (recorded
/// while a call with `v` ran and was refused), most promising first, without `v` and without
/// duplicates, at most `max`: for a side equal to `v`, the other side and one less (`v <= limit`
/// and `v < limit`); for a side that exceeds `v` by `d` (a sum `held + v`), the other side less
/// `d` and one less again (unless `sums` is false). Pairs where neither side holds `v` suggest
/// nothing. Unit-tested.
std::vector<vm::U256> limits_for(const std::vector<ComparisonLog::Pair>& orderings,
                                 const vm::U256& v, std::size_t max, bool sums = true);

} // namespace mallory::analyzer
