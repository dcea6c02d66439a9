#pragma once
// Inputs of fuzz tests (test functions with parameters), as `forge test` draws them: a seeded,
// deterministic generator (same seed, same inputs, on any machine) biased to edge values (0, 1,
// max, min, max-1, powers of two) and to the constants of the program under test; the ABI
// encoding of those inputs; and the shrinking of a failing input toward a minimal one (integers
// toward zero, byte strings and arrays toward shorter), so that a counterexample reads well.
//
// Types: uintN, intN, address, bool, bytesN, bytes, string, tuples (struct parameters) and
// fixed or dynamic arrays of any of them (nested too).

#include "chain/foundry/abi.hpp"
#include "chain/foundry/abi_type.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mallory::chain::foundry {

/// A parameter type a fuzz input can take: any ABI type (abi_type.hpp).
using FuzzType = AbiType;

/// Parses a canonical ABI type; nullopt (with `why`) for a type the fuzzer cannot generate.
std::optional<FuzzType> parse_fuzz_type(std::string_view canonical, std::string* why = nullptr);

/// One generated value: a word for value types (integers sign-extended, bytesN left-aligned),
/// bytes for `bytes`/`string`, items for arrays and tuples (one per component).
struct FuzzValue {
    U256 word;
    Bytes bytes;
    std::vector<FuzzValue> items;
    friend bool operator==(const FuzzValue&, const FuzzValue&) = default;
};

/// ABI-encodes `values` (one per type) as call arguments, without a selector.
Bytes encode_fuzz_args(const std::vector<FuzzType>& types, const std::vector<FuzzValue>& values);

/// The constants inputs are steered toward, in two tiers: those written in the code under test,
/// drawn most of the time, and those of the libraries it is built on (forge-std's helpers), which
/// would otherwise drown a test's one magic number among hundreds of their own.
struct FuzzDictionary {
    std::vector<U256> own;
    std::vector<U256> library;

    [[nodiscard]] bool empty() const noexcept { return own.empty() && library.empty(); }
    /// Adds `other`'s constants after these; a constant own in either is own in the result.
    void merge(const FuzzDictionary& other);
    /// Moves `names` (selectors, event topics: the compiler's, not the program's thresholds)
    /// to the library tier.
    void demote(const std::vector<U256>& names);
};

/// The selectors of a contract's functions and errors (as a word and left-aligned, as code
/// pushes them), its events' topics, and those of Error(string) and Panic(uint256); with the
/// contracts it creates.
std::vector<U256> abi_names(const vm::ContractCode& code);

/// Whether a source file of compiled code is library code (its constants are the second tier).
using IsLibraryFile = std::function<bool(std::string_view path)>;

/// The integer constants of compiled code (its push immediates and pooled constants, and those
/// of the contracts it creates), each in the tier of the source file its instruction came from;
/// pooled constants no instruction names, and code without a source map, count as library when
/// `is_library` is given. Distinct, in order of appearance; without the values the generator
/// draws anyway (0, powers of two, all-ones masks and their negations).
FuzzDictionary code_constants(const vm::ContractCode& code, const IsLibraryFile& is_library = {});

/// Deterministic input generator (splitmix64 over a 64-bit seed).
class FuzzGenerator {
public:
    /// `dictionary`: constants inputs are drawn from (with their neighbours) part of the time.
    FuzzGenerator(std::uint64_t seed, FuzzDictionary dictionary);

    FuzzValue value(const FuzzType& type);
    std::vector<FuzzValue> values(const std::vector<FuzzType>& types);
    /// The next 64 random bits.
    std::uint64_t next();

private:
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; }
    U256 random_bits(unsigned bits);
    U256 unsigned_value(unsigned bits);
    U256 signed_value(unsigned bits);
    U256 fixed_bytes(unsigned size);
    Bytes byte_string(bool printable);
    /// A constant of the dictionary, the code under test's own three times in four.
    U256 dictionary_word();

    std::uint64_t m_state;
    FuzzDictionary m_dictionary;
};

/// Folds a user's seed (any 256-bit value) and a test's signature into one generator seed, so
/// that each test has its own stream and adding a test does not change the others' inputs.
std::uint64_t fuzz_seed(const U256& seed, std::string_view test);

/// Whether an input still fails (the property is checked by running the test).
using StillFails = std::function<bool(const std::vector<FuzzValue>&)>;

/// Shrinks a failing input: each argument in turn toward zero (integers by bisection, so a
/// threshold property ends exactly at its threshold), false, empty or shorter, keeping only
/// changes after which the input still fails; at most `max_attempts` runs of `fails`.
std::vector<FuzzValue> shrink(const std::vector<FuzzType>& types, std::vector<FuzzValue> failing,
                              const StillFails& fails, std::size_t max_attempts = 4096);

} // namespace mallory::chain::foundry
