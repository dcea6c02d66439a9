#pragma once
// Keccak-256 as Ethereum uses it (original Keccak padding, not SHA3-256).

#include "vm/types.hpp"

namespace mallory::vm {

Hash keccak256(BytesView data) noexcept;
inline Hash keccak256(std::string_view s) noexcept {
    return keccak256(BytesView{reinterpret_cast<const std::uint8_t*>(s.data()), s.size()});
}
/// The hash as a word (KECCAK256's result, storage slots of mappings).
inline U256 keccak256_word(BytesView data) noexcept {
    return load_be(keccak256(data).data());
}

/// First four bytes of keccak256(signature), e.g. "transfer(address,uint256)" -> a9059cbb.
std::array<std::uint8_t, 4> selector_of(std::string_view canonical_signature) noexcept;

/// CREATE's address: keccak256(rlp([sender, nonce]))[12:].
Address create_address(const Address& sender, std::uint64_t nonce) noexcept;
/// CREATE2's address (EIP-1014): keccak256(0xff ++ sender ++ salt ++ init_code_hash)[12:].
Address create2_address(const Address& sender, const U256& salt,
                        const Hash& init_code_hash) noexcept;

} // namespace mallory::vm
