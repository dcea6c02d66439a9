#pragma once
/// The symbolic state of one target contract for the Z3 engine, and the environment one proof
/// shares (Z3 context, background facts, the `sum(m)` ghosts and their axioms).
///
/// Encoding. Every word is a Z3 *integer* constrained to [0, 2^256) (values of narrower types
/// to their range), and every operation makes the EVM's 256-bit behaviour explicit: a checked
/// `a + b` of uintN reverts when the exact sum exceeds 2^N - 1, an unchecked one subtracts
/// 2^N, `~a` is `2^N - 1 - a`, bitwise operators and variable shifts go through Z3's exact
/// int2bv/bv2int. This is the bit-vector semantics, decided by linear arithmetic: Z3 needed
/// 6-13 s to bit-blast `total >= part` across two checked 256-bit additions, the integer
/// encoding decides it in milliseconds.
/// - a value-type storage variable (uintN, bool, address, enum, bytes32) is one term;
/// - a mapping is a Z3 array Int -> Int, a nested mapping an array of arrays; every value read
///   from one gets its type's range as a fact;
/// - a storage struct whose fields are all value types (a flat struct) is an array from the
///   field's index to its value, so a mapping to one is an array of arrays; a local
///   `S storage r = m[k]` names that location (the keys evaluated where it is declared);
/// - `address(this).balance` is one term;
/// - `sum(m)` of a mapping m of value types is a *ghost* integer holding the exact
///   mathematical sum of m's values (never reduced modulo anything). Every write `m[k] = v`
///   updates it to `sum - old + v`. The specification's `sum(m)` is defined only when the ghost
///   is below 2^256 (the concrete evaluator's checked sum is undefined otherwise). The facts
///   `m[k] <= sum(m)` and, for two keys, `k1 != k2 -> m[k1] + m[k2] <= sum(m)` are added
///   lazily for the keys the proof touches and every array whose sum is known exactly (entry
///   states and havocked states).
/// - immutables are the constructor's results (functions of the constructor's own symbolic
///   arguments), constants their compile-time values.

#include "analyzer/program.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>
#include <z3++.h>

namespace mallory::analyzer::sym {

inline constexpr unsigned word_bits = 256;

/// Raised for constructs the engine does not model; the proof answers `unknown` with the
/// message (which names the construct and its file:line).
struct Unsupported {
    std::string reason;
};

/// Storage, ghost sums and balance of the target at one program point.
struct State {
    std::map<const check::VariableInfo*, z3::expr>
        vars; ///< storage (and immutables in the constructor)
    std::map<const check::VariableInfo*, z3::expr> sums; ///< ghosts, for mappings used in sum()
    std::optional<z3::expr> balance;
};

/// Everything one target's proof shares.
class Env {
public:
    Env(z3::context& c, const Program& p, const Target& t)
        : ctx(c), program(p), target(t), facts(c), self(c.int_const("this")) {}

    z3::context& ctx;
    const Program& program;
    const Target& target;
    /// Background facts: true in every execution the proof considers.
    z3::expr_vector facts;
    /// `address(this)`: one unknown address for the whole proof.
    z3::expr self;
    /// Mappings with a ghost sum (those `sum()` reads in some invariant).
    std::set<const check::VariableInfo*> summed;
    /// Immutables in function proofs (the constructor's values); empty in the constructor.
    std::map<const check::VariableInfo*, z3::expr> immutables;
    /// Uninterpreted multiplication/division instead of bit-blasted ones (fast, less precise).
    bool abstract_arith = true;

    z3::expr word(std::uint64_t v) { return ctx.int_val(v); }
    z3::expr word(const vm::U256& v);
    /// 2^bits - 1.
    z3::expr max_value(unsigned bits);
    /// A fresh word in [0, 2^256).
    z3::expr fresh(const std::string& base);
    /// A fresh non-negative integer (ghost sums).
    z3::expr fresh_natural(const std::string& base);
    z3::expr fresh_bool(const std::string& base);
    z3::expr fresh_array(const std::string& base, const check::Type& mapping);
    /// Any value of a storage variable of type `t`: an array for a mapping or a flat struct,
    /// else a word in its type's range.
    z3::expr fresh_of(const std::string& base, const check::Type& t);
    /// The value of a storage variable of type `t` before anything is written to it.
    z3::expr zero_of(const check::Type& t);
    /// Registers an array whose ghost sum is exact, instantiating `m[k] <= sum` for the keys seen.
    void add_sum_base(const check::VariableInfo* m, const z3::expr& array, const z3::expr& sum);
    /// Records a key used on `m` and instantiates the axiom for every base.
    void touch_key(const check::VariableInfo* m, const z3::expr& key);

    /// "file.sol:12"
    std::string where(lang::Span span) const;

private:
    /// Two distinct keys' values are part of the sum: `a != b -> m[a] + m[b] <= sum`.
    static z3::expr pair_fact(const z3::expr& array, const z3::expr& sum, const z3::expr& a,
                              const z3::expr& b);

    unsigned m_counter = 0;
    std::map<const check::VariableInfo*, std::vector<std::pair<z3::expr, z3::expr>>> m_bases;
    std::map<const check::VariableInfo*, std::vector<z3::expr>> m_keys;
};

/// The Z3 sort of a storage variable of type `t` (Int or nested arrays of Int).
z3::sort sort_of(z3::context& ctx, const check::Type& t);

/// A value type the engine models (what type_max bounds).
bool modelled_value(const check::Type& t);

/// A struct whose fields are all modelled value types.
bool flat_struct(const check::Type& t);

/// The largest value of a value type (uintN, bool, address, enum, bytes32), or nullopt when
/// the type is not one the engine models (signed integers, bytesN < 32, reference types).
std::optional<z3::expr> type_max(Env& env, const check::Type& t);

/// `0 <= x && x <= max`.
inline z3::expr in_range(const z3::expr& x, const z3::expr& max) {
    return x >= 0 && x <= max;
}

} // namespace mallory::analyzer::sym
