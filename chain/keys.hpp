#pragma once
// Accounts' keys as on Ethereum: secp256k1 key pairs (the curve itself is vm/secp256k1.hpp),
// addresses keccak256(uncompressed public key without its 0x04 prefix)[12:], recoverable ECDSA
// signatures of transactions (RFC 6979 nonces, low s), EIP-55 checksummed address text.

#include "vm/secp256k1.hpp"
#include "vm/types.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace mallory::chain {

using vm::Address;
using vm::Bytes;
using vm::BytesView;
using vm::Hash;
using vm::U256;

/// A recoverable ECDSA signature: r, s and the recovery id (0 or 1, the parity of R's y).
using Signature = vm::secp256k1::Signature;

/// Thrown at the API edge for a malformed key, address or hex text; the message says why.
class KeyError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// A secp256k1 private key (a scalar in [1, n-1]).
class PrivateKey {
public:
    /// Throws KeyError when the 32 bytes are zero or not below the curve order.
    static PrivateKey from_bytes(const Hash& secret);
    /// "0x" + 64 hex digits (the prefix is optional).
    static PrivateKey from_hex(std::string_view hex);
    /// The deterministic development key of a name: keccak256("mallory dev account " + name).
    /// Public knowledge: for local chains and tests only.
    static PrivateKey dev(std::string_view name);

    [[nodiscard]] const Hash& secret() const noexcept { return m_secret; }
    /// The 64-byte uncompressed public key (x || y), without the 0x04 prefix.
    [[nodiscard]] std::array<std::uint8_t, 64> public_key() const;
    [[nodiscard]] Address address() const;
    /// Signs a 32-byte digest (deterministic nonce, low s).
    [[nodiscard]] Signature sign(const Hash& digest) const;

private:
    explicit PrivateKey(const Hash& s) noexcept : m_secret(s) {}
    Hash m_secret{};
};

/// The address of a 64-byte public key.
Address address_of(const std::array<std::uint8_t, 64>& public_key) noexcept;

/// The signer of `digest`, or nothing when the signature is invalid: r or s zero or not below
/// the curve order, s in the upper half (EIP-2 malleability), recovery id not 0/1, or no
/// point recovers.
std::optional<Address> recover(const Hash& digest, const Signature& sig) noexcept;

/// EIP-55 mixed-case checksummed text: "0x" + 40 hex digits.
std::string to_checksum(const Address& a);
/// Parses "0x" + 40 hex digits. All-lowercase or all-uppercase digits are accepted as is;
/// mixed case must be a correct EIP-55 checksum. Throws KeyError saying what is wrong.
Address parse_address(std::string_view text);
/// The same without exceptions: nothing on error, `why` (when given) says what is wrong.
std::optional<Address> try_parse_address(std::string_view text, std::string* why = nullptr);

/// Hex text ("0x" optional, even length) to bytes; throws KeyError on bad digits.
Bytes from_hex(std::string_view hex);
/// Hex text of exactly 32 bytes to a hash; throws KeyError otherwise.
Hash hash_from_hex(std::string_view hex);

} // namespace mallory::chain
