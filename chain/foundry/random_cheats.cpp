#include "chain/foundry/random_cheats.hpp"

#include "chain/foundry/abi.hpp"
#include "chain/foundry/fuzz.hpp"
#include "vm/keccak.hpp"

#include <fmt/format.h>

namespace mallory::chain::foundry {

namespace {

Bytes word(const U256& w) {
    Bytes out;
    append_word(out, w);
    return out;
}

/// The `i`-th uint256 argument; the caller checked that there are that many.
U256 arg(BytesView args, std::size_t i) {
    return vm::load_be(args.data() + 32 * i);
}

/// forge's bound on a bit count, or nullopt with its message.
std::optional<unsigned> bit_count(const U256& bits, std::string& error) {
    if (bits > U256{256}) {
        error = "number of bits cannot exceed 256";
        return std::nullopt;
    }
    return static_cast<unsigned>(bits.low());
}

/// An integer of `bits` bits: the low bits of a draw, sign-extended when `is_signed`.
U256 integer(RandomStream& rng, unsigned bits, bool is_signed) {
    const U256 mask = vm::low_mask(bits);
    U256 v = rng.word() & mask;
    if (is_signed && bits > 0 && bits < 256 && !(vm::shr(v, bits - 1) & U256{1}).is_zero())
        v = v | ~mask;
    return v;
}

using Answer = std::optional<Bytes> (*)(BytesView args, RandomStream& rng, std::string& error);

/// Each random cheatcode: its signature (every parameter a uint256), what it returns and how it
/// draws it.
struct RandomCheat {
    std::string_view signature;
    std::string_view returns;
    std::size_t arity;
    Answer answer;
};

constexpr auto kRandomCheats = std::to_array<RandomCheat>({
    // -- any uint256
    {"randomUint()", "uint256", 0,
     [](BytesView, RandomStream& rng, std::string&) { return std::optional{word(rng.word())}; }},
    // min max -- a uint256 in [min, max] (forge's: a draw modulo the width, plus min)
    {"randomUint(uint256,uint256)", "uint256", 2,
     [](BytesView a, RandomStream& rng, std::string& error) -> std::optional<Bytes> {
         const U256 min = arg(a, 0), max = arg(a, 1);
         if (min > max) {
             error = "min must be less than or equal to max";
             return std::nullopt;
         }
         const U256 span = max - min;
         const U256 draw = rng.word();
         return word(min + (span == U256::max() ? draw : vm::umod(draw, span + U256{1})));
     }},
    // bits -- a uint256 below 2^bits
    {"randomUint(uint256)", "uint256", 1,
     [](BytesView a, RandomStream& rng, std::string& error) -> std::optional<Bytes> {
         const auto bits = bit_count(arg(a, 0), error);
         if (!bits) return std::nullopt;
         return word(integer(rng, *bits, false));
     }},
    // -- any int256
    {"randomInt()", "int256", 0,
     [](BytesView, RandomStream& rng, std::string&) { return std::optional{word(rng.word())}; }},
    // bits -- an int256 that fits in `bits` bits
    {"randomInt(uint256)", "int256", 1,
     [](BytesView a, RandomStream& rng, std::string& error) -> std::optional<Bytes> {
         const auto bits = bit_count(arg(a, 0), error);
         if (!bits) return std::nullopt;
         return word(integer(rng, *bits, true));
     }},
    // -- true or false
    {"randomBool()", "bool", 0,
     [](BytesView, RandomStream& rng,
        std::string&) { return std::optional{word(U256{rng.next() & 1u})}; }},
    // -- any address
    {"randomAddress()", "address", 0,
     [](BytesView, RandomStream& rng,
        std::string&) { return std::optional{word(integer(rng, 160, false))}; }},
    // len -- `len` random bytes, at most kMaxRandomBytes
    {"randomBytes(uint256)", "bytes", 1,
     [](BytesView a, RandomStream& rng, std::string& error) -> std::optional<Bytes> {
         const U256 len = arg(a, 0);
         if (len > U256{kMaxRandomBytes}) {
             error = fmt::format("length {} is above Mallory's bound of {} bytes", vm::to_dec(len),
                                 kMaxRandomBytes);
             return std::nullopt;
         }
         Bytes data(static_cast<std::size_t>(len.low()));
         for (std::size_t i = 0; i < data.size(); i += 8) {
             const std::uint64_t draw = rng.next();
             for (std::size_t j = 0; j < 8 && i + j < data.size(); ++j)
                 data[i + j] = static_cast<std::uint8_t>(draw >> (8 * j));
         }
         Bytes out = word(U256{32});
         append_padded(out, data); // its length, then the bytes padded to a word
         return out;
     }},
    // -- 4 random bytes (left-aligned in the word, as bytes4 is)
    {"randomBytes4()", "bytes4", 0,
     [](BytesView, RandomStream& rng,
        std::
            string&) { return std::optional{word(vm::shl(U256{rng.next() & 0xFFFFFFFFu}, 224))}; }},
    // -- 8 random bytes
    {"randomBytes8()", "bytes8", 0,
     [](BytesView, RandomStream& rng,
        std::string&) { return std::optional{word(vm::shl(U256{rng.next()}, 192))}; }},
});

const RandomCheat* find(std::string_view sig) {
    for (const RandomCheat& c : kRandomCheats)
        if (c.signature == sig) return &c;
    return nullptr;
}

} // namespace

std::uint64_t RandomStream::next() noexcept {
    // splitmix64, as the fuzz generator (fuzz.cpp)
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

U256 RandomStream::word() noexcept {
    U256 w;
    for (std::uint64_t& limb : w.w)
        limb = next();
    return w;
}

std::uint64_t random_seed(const U256& seed, std::string_view test) {
    return fuzz_seed(seed, fmt::format("vm.random {}", test));
}

bool is_random_cheat(std::string_view sig) {
    return find(sig) != nullptr;
}

std::optional<std::string_view> random_cheat_returns(std::string_view sig) {
    if (const RandomCheat* c = find(sig)) return c->returns;
    return std::nullopt;
}

std::optional<std::string_view> random_cheat_signature(std::array<std::uint8_t, 4> selector) {
    for (const RandomCheat& c : kRandomCheats)
        if (vm::selector_of(c.signature) == selector) return c.signature;
    return std::nullopt;
}

std::optional<Bytes> random_cheat(std::string_view sig, BytesView args, RandomStream& rng,
                                  std::string& error) {
    error.clear();
    const RandomCheat* c = find(sig);
    if (!c) return std::nullopt;
    // forge names the cheatcode without its parameters: "vm.randomUint: ..."
    const std::string_view name = sig.substr(0, sig.find('('));
    if (args.size() < 32 * c->arity) {
        error = fmt::format("vm.{}: malformed arguments", name);
        return std::nullopt;
    }
    auto out = c->answer(args, rng, error);
    if (!out) error = fmt::format("vm.{}: {}", name, error);
    return out;
}

} // namespace mallory::chain::foundry
