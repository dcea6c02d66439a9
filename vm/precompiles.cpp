#include "vm/precompiles.hpp"

#include "vm/gas.hpp"
#include "vm/precompiled/blake2f.hpp"
#include "vm/precompiled/bn254.hpp"
#include "vm/precompiled/modexp.hpp"
#include "vm/secp256k1.hpp"

#include <algorithm>
#include <array>
#include <cryptopp/ripemd.h>
#include <cryptopp/sha.h>

namespace mallory::vm {

namespace {

/// One precompiled contract: its price for an input, and its output (nothing: the input is
/// invalid and the call fails, consuming all its gas, as on the EVM).
struct Precompile {
    std::uint8_t address;
    Gas (*gas)(BytesView input);
    std::optional<Bytes> (*run)(BytesView input);
};

/// The EVM's per-word pricing: `base + per_word * ceil(len / 32)` (yellow paper, appendix E).
template <Gas Base, Gas PerWord> Gas per_word(BytesView in) {
    return Base + PerWord * static_cast<Gas>((in.size() + 31) / 32);
}

template <Gas Cost> Gas flat(BytesView) {
    return Cost;
}

/// Input bytes [from, from + 32), the bytes past the input read as zero.
std::array<std::uint8_t, 32> word_at(BytesView in, std::size_t from) {
    std::array<std::uint8_t, 32> w{};
    if (from < in.size())
        std::copy_n(in.begin() + static_cast<std::ptrdiff_t>(from),
                    std::min<std::size_t>(32, in.size() - from), w.begin());
    return w;
}

/// ecrecover (0x01): input (hash, v, r, s); the signer's address as a word, or empty output
/// (the call still succeeds) when v is not 27/28 or no key recovers. Unlike transactions, the
/// precompile accepts an s in the upper half of the curve order.
std::optional<Bytes> ecrecover(BytesView in) {
    const auto digest = word_at(in, 0);
    const U256 v = load_be(word_at(in, 32).data());
    if (v != U256{27u} && v != U256{28u}) return Bytes{};
    const secp256k1::Signature sig{load_be(word_at(in, 64).data()), load_be(word_at(in, 96).data()),
                                   static_cast<std::uint8_t>(v.w[0] - 27)};
    Hash h;
    std::copy(digest.begin(), digest.end(), h.begin());
    const auto key = secp256k1::recover(h, sig, secp256k1::UpperS::accept);
    if (!key) return Bytes{};
    Bytes out(32, 0);
    const Address a = secp256k1::address_of(*key);
    std::copy(a.bytes.begin(), a.bytes.end(), out.begin() + 12);
    return out;
}

std::optional<Bytes> sha256(BytesView in) {
    Bytes out(CryptoPP::SHA256::DIGESTSIZE);
    CryptoPP::SHA256().CalculateDigest(out.data(), in.data(), in.size());
    return out;
}

std::optional<Bytes> ripemd160(BytesView in) { // the 20-byte digest, right-aligned in a word
    Bytes out(32, 0);
    CryptoPP::RIPEMD160().CalculateDigest(out.data() + 12, in.data(), in.size());
    return out;
}

std::optional<Bytes> identity(BytesView in) {
    return Bytes(in.begin(), in.end());
}

std::optional<Bytes> modexp(BytesView in) {
    return precompiled::modexp(in);
}

/// The precompiles of the Cancun EVM that Mallory runs, by address. Missing: the BN254
/// pairing check (0x08) and the KZG point evaluation (0x0a).
constexpr std::array<Precompile, 8> precompiles = {{
    {precompile::ecrecover_address, flat<3000>, ecrecover},
    {precompile::sha256_address, per_word<60, 12>, sha256},
    {precompile::ripemd160_address, per_word<600, 120>, ripemd160},
    {precompile::identity_address, per_word<15, 3>, identity},
    {precompile::modexp_address, precompiled::modexp_gas, modexp},
    {precompile::bn254_add_address, flat<precompiled::bn254_add_gas>, precompiled::bn254_add},
    {precompile::bn254_mul_address, flat<precompiled::bn254_mul_gas>, precompiled::bn254_mul},
    {precompile::blake2f_address, precompiled::blake2f_gas, precompiled::blake2f},
}};

const Precompile* find(const Address& a) {
    const U256 word = a.to_word();
    if (word > U256{0xffu}) return nullptr;
    const auto it = std::find_if(precompiles.begin(), precompiles.end(),
                                 [&](const Precompile& p) { return p.address == word.w[0]; });
    return it == precompiles.end() ? nullptr : &*it;
}

} // namespace

std::optional<Result> run_precompile(const Message& msg) {
    const Precompile* p = find(msg.code_address);
    if (!p) return std::nullopt;
    const Gas cost = p->gas(msg.input);
    if (cost > msg.gas) return Result{Status::OutOfGas, 0, 0, {}, {}};
    std::optional<Bytes> output = p->run(msg.input);
    if (!output) return Result{Status::PrecompileFailure, 0, 0, {}, {}};
    return Result{Status::Success, msg.gas - cost, 0, std::move(*output), {}};
}

} // namespace mallory::vm
