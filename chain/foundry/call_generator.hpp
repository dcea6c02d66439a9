#pragma once
// Deterministic random inputs for stateful (invariant) tests: a seeded generator and ABI
// arguments drawn from it, biased as fuzzers are to the values that break contracts: type
// edges (0, 1, max, min, max - 1), the program's own constants (and their neighbours), small
// numbers and ether amounts, and addresses the test already knows (senders, targets).
// Arguments are produced as the text encode_arguments() reads, so the same text is what the
// report shows and what a replay encodes.

#include "chain/foundry/abi.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace mallory::chain::foundry {

/// SplitMix64: small, fast, and the same sequence on every machine for a seed.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() noexcept;
    /// Uniform in [0, n); n > 0.
    std::uint64_t below(std::uint64_t n) noexcept { return next() % n; }
    /// True with probability num/den.
    bool chance(std::uint64_t num, std::uint64_t den) noexcept { return below(den) < num; }
    U256 word() noexcept;

private:
    std::uint64_t m_state;
};

/// What the generator draws values from besides chance.
struct Dictionary {
    std::vector<U256> constants;    ///< the target contracts' constants
    std::vector<Address> addresses; ///< senders, targets, the test contract
};

class CallGenerator {
public:
    CallGenerator(Rng& rng, const Dictionary& dict) : m_rng(rng), m_dict(dict) {}
    /// One argument per canonical ABI type, as text for encode_arguments. Types the ABI layer
    /// does not support yield nullopt (the function is then not called).
    std::optional<std::vector<std::string>> arguments(const std::vector<std::string>& types);
    /// A msg.value for a payable call, at most `balance`.
    U256 value(const U256& balance);
    /// A value of `uintN`/`intN` width `bits` as a word (two's complement for int).
    U256 integer(unsigned bits, bool is_signed);

private:
    std::string text_of(const std::string& type);
    std::string hex_bytes(std::size_t n);
    Rng& m_rng;
    const Dictionary& m_dict;
};

} // namespace mallory::chain::foundry
