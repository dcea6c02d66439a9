#pragma once
// Foundry's random cheatcodes (vm.randomUint(), vm.randomUint(min, max), vm.randomAddress(),
// vm.randomBytes(len), ...): values a test draws for itself. forge draws them from its test
// runner's generator; Mallory draws them from a stream seeded by --fuzz-seed and the test's
// name, so that a run repeats exactly and adding a test does not change another's values.

#include "vm/types.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mallory::chain::foundry {

/// The most bytes vm.randomBytes gives in one call (1 MiB): a test's memory stays bounded
/// whatever length it asks for.
inline constexpr std::size_t kMaxRandomBytes = std::size_t{1} << 20;

/// The generator the random cheatcodes draw from: splitmix64, the same sequence on every
/// platform.
class RandomStream {
public:
    explicit RandomStream(std::uint64_t seed) noexcept : m_state(seed) {}
    /// The next 64 random bits.
    std::uint64_t next() noexcept;
    /// The next 256 random bits (four draws, low limb first).
    vm::U256 word() noexcept;

private:
    std::uint64_t m_state;
};

/// The seed of test `test`'s stream under the run's --fuzz-seed `seed`: apart from the stream
/// its fuzz inputs are drawn from, so the values do not mirror the inputs.
std::uint64_t random_seed(const vm::U256& seed, std::string_view test);

/// The answer of random cheatcode `sig` ("randomUint(uint256,uint256)", ...) called with ABI
/// arguments `args`, drawn from `rng` and ABI-encoded as the signature returns it. Arguments
/// forge refuses are errors with its messages (`vm.randomUint: min must be less than or equal
/// to max`, `vm.randomInt: number of bits cannot exceed 256`), and a vm.randomBytes length above
/// kMaxRandomBytes is refused; the result is then nullopt. nullopt with `error` empty: `sig` is
/// not a random cheatcode.
std::optional<vm::Bytes> random_cheat(std::string_view sig, vm::BytesView args, RandomStream& rng,
                                      std::string& error);

/// Whether `sig` is one of them.
bool is_random_cheat(std::string_view sig);

/// The type random cheatcode `sig` returns ("uint256", "bytes4"), for traces, or nullopt.
std::optional<std::string_view> random_cheat_returns(std::string_view sig);

/// The signature of the random cheatcode with `selector`, or nullopt: the one list of them.
std::optional<std::string_view> random_cheat_signature(std::array<std::uint8_t, 4> selector);

} // namespace mallory::chain::foundry
