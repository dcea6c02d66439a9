#include "vm/secp256k1.hpp"

#include "vm/keccak.hpp"

#include <cstring>
#include <secp256k1.h>
#include <secp256k1_recovery.h>

namespace mallory::vm::secp256k1 {

namespace {

/// The one secp256k1 context of the process: created once, never modified afterwards, so it
/// is safe to share between threads (libsecp256k1's documented contract).
const secp256k1_context* context() noexcept {
    static secp256k1_context* const ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
    return ctx;
}

/// n/2, the largest s a canonical (EIP-2) signature may have.
constexpr U256 half_order{0xDFE92F46681B20A0ULL, 0x5D576E7357A4501DULL, 0xFFFFFFFFFFFFFFFFULL,
                          0x7FFFFFFFFFFFFFFFULL};

PublicKey serialize(const secp256k1_pubkey& pk) noexcept {
    std::uint8_t out[65];
    std::size_t len = sizeof out;
    secp256k1_ec_pubkey_serialize(context(), out, &len, &pk, SECP256K1_EC_UNCOMPRESSED);
    PublicKey key;
    std::memcpy(key.data(), out + 1, 64);
    return key;
}

/// libsecp256k1 only recovers from a lower-half s. A signature with an upper-half s is the
/// same signature as (r, n - s) with the other recovery id: both name the same point R and
/// recover the same key.
Signature with_lower_s(const Signature& sig) noexcept {
    if (sig.s <= half_order) return sig;
    return {sig.r, curve_order - sig.s, static_cast<std::uint8_t>(sig.recovery_id ^ 1u)};
}

} // namespace

bool valid_secret(const Hash& secret) noexcept {
    return secp256k1_ec_seckey_verify(context(), secret.data()) == 1;
}

std::optional<PublicKey> public_key(const Hash& secret) noexcept {
    secp256k1_pubkey pk;
    if (secp256k1_ec_pubkey_create(context(), &pk, secret.data()) != 1) return std::nullopt;
    return serialize(pk);
}

std::optional<Signature> sign(const Hash& digest, const Hash& secret) noexcept {
    secp256k1_ecdsa_recoverable_signature rs;
    if (secp256k1_ecdsa_sign_recoverable(context(), &rs, digest.data(), secret.data(), nullptr,
                                         nullptr) != 1)
        return std::nullopt;
    std::uint8_t compact[64];
    int recid = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(context(), compact, &recid, &rs);
    return Signature{load_be(compact), load_be(compact + 32), static_cast<std::uint8_t>(recid)};
}

std::optional<PublicKey> recover(const Hash& digest, const Signature& given,
                                 UpperS upper_s) noexcept {
    if (given.recovery_id > 1 || given.r.is_zero() || given.s.is_zero() || given.r >= curve_order ||
        given.s >= curve_order)
        return std::nullopt;
    if (given.s > half_order && upper_s == UpperS::reject) return std::nullopt;
    const Signature sig = with_lower_s(given);
    std::uint8_t compact[64];
    store_be(compact, sig.r);
    store_be(compact + 32, sig.s);
    secp256k1_ecdsa_recoverable_signature rs;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(context(), &rs, compact,
                                                            sig.recovery_id) != 1)
        return std::nullopt;
    secp256k1_pubkey pk;
    if (secp256k1_ecdsa_recover(context(), &pk, &rs, digest.data()) != 1) return std::nullopt;
    return serialize(pk);
}

Address address_of(const PublicKey& key) noexcept {
    const Hash h = keccak256(BytesView{key});
    Address a;
    std::memcpy(a.bytes.data(), h.data() + 12, 20);
    return a;
}

} // namespace mallory::vm::secp256k1
