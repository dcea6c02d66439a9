#pragma once
// The secp256k1 curve operations Ethereum uses (libsecp256k1): public keys of secrets,
// recoverable ECDSA signatures (RFC 6979 nonces, low s) and public-key recovery. They live in
// the VM because the ecrecover precompile (account 0x01) needs recovery; chain/keys.hpp builds
// accounts, transaction signatures and EIP-55 text on top of them.

#include "vm/types.hpp"

#include <array>
#include <cstdint>
#include <optional>

namespace mallory::vm::secp256k1 {

/// The 64-byte uncompressed public key (x || y), without the 0x04 prefix.
using PublicKey = std::array<std::uint8_t, 64>;

/// A recoverable ECDSA signature: r, s and the recovery id (0 or 1, the parity of R's y).
struct Signature {
    U256 r;
    U256 s;
    std::uint8_t recovery_id = 0;
    friend bool operator==(const Signature&, const Signature&) = default;
};

/// Whether an s in the upper half of the curve order is refused. Transactions refuse it since
/// Homestead (EIP-2, against malleable signatures); the ecrecover precompile accepts it.
enum class UpperS { reject, accept };

/// The curve order n.
inline constexpr U256 curve_order{0xBFD25E8CD0364141ULL, 0xBAAEDCE6AF48A03BULL,
                                  0xFFFFFFFFFFFFFFFEULL, 0xFFFFFFFFFFFFFFFFULL};

/// Whether 32 bytes are a valid secret key: not zero and below the curve order.
bool valid_secret(const Hash& secret) noexcept;
/// The public key of a valid secret (nothing for an invalid one).
std::optional<PublicKey> public_key(const Hash& secret) noexcept;
/// Signs a 32-byte digest with a valid secret (deterministic nonce, low s).
std::optional<Signature> sign(const Hash& digest, const Hash& secret) noexcept;
/// The public key that signed `digest`, or nothing when the signature is invalid: r or s zero
/// or not below the curve order, s in the upper half when `upper_s` rejects it, recovery id
/// not 0/1, or no point recovers.
std::optional<PublicKey> recover(const Hash& digest, const Signature& sig, UpperS upper_s) noexcept;
/// The Ethereum address of a public key: keccak256(key)[12:].
Address address_of(const PublicKey& key) noexcept;

} // namespace mallory::vm::secp256k1
