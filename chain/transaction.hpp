#pragma once
// Transactions as on Ethereum (legacy format with EIP-155 replay protection):
//   signed encoding  rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s])
//   signing hash     keccak256(rlp([nonce, gasPrice, gasLimit, to, value, data, chainId, 0, 0]))
//   hash             keccak256(signed encoding), v = chainId * 2 + 35 + recovery id
// and the closed set of reasons a transaction is rejected, with their text in one table.

#include "chain/keys.hpp"
#include "chain/rlp.hpp"
#include "vm/gas.hpp"

#include <optional>
#include <string>
#include <variant>

namespace mallory::chain {

/// Mallory's default chain id (that of local development chains: Anvil, Hardhat).
inline constexpr std::uint64_t default_chain_id = 31337;

struct Transaction {
    std::uint64_t nonce = 0;
    U256 gas_price;
    std::uint64_t gas_limit = 0;
    std::optional<Address> to; ///< nothing: contract creation, `data` is the init code
    U256 value;
    Bytes data;
    std::uint64_t chain_id = default_chain_id;
    Signature sig;
    /// The sender this transaction claims; sign() sets it, decode() recovers it. Validation
    /// recovers the signer again and rejects the transaction when they differ.
    Address from;

    [[nodiscard]] bool is_create() const noexcept { return !to.has_value(); }
    /// The EIP-155 digest that is signed.
    [[nodiscard]] Hash signing_hash() const;
    [[nodiscard]] Bytes encode() const;
    /// keccak256(encode()): the transaction's identity.
    [[nodiscard]] Hash hash() const;
    /// The signer recovered from the signature, or nothing when it is invalid.
    [[nodiscard]] std::optional<Address> recover_sender() const;
    /// Signs with `key` and sets `from` (chain_id must be set before).
    void sign(const PrivateKey& key);

    /// Decodes a signed encoding and recovers `from` (zero address when the signature does not
    /// recover; validation then rejects it as BadSignature). Never throws.
    /// `recover` false skips the (costly) recovery and leaves `from` zero: for records whose
    /// sender is stored beside them.
    static std::variant<Transaction, rlp::Error> decode(BytesView encoded, bool recover = true);

    friend bool operator==(const Transaction&, const Transaction&) = default;
};

/// Every reason a transaction can be rejected before it runs. A rejected transaction changes
/// nothing: no nonce, no fee, no block space. The text is in TX_ERRORS only.
#define MALLORY_TX_ERRORS(X)                                                                       \
    X(Malformed, "malformed transaction encoding")                                                 \
    X(WrongChainId, "wrong chain id")                                                              \
    X(BadSignature, "bad signature")                                                               \
    X(UnknownSender, "unknown sender (no such account)")                                           \
    X(SenderNotEoa, "sender is a contract, not an externally owned account")                       \
    X(NonceTooLow, "wrong nonce (too low)")                                                        \
    X(NonceTooHigh, "wrong nonce (too high)")                                                      \
    X(IntrinsicGasTooLow, "gas limit below the intrinsic gas")                                     \
    X(GasLimitAboveBlock, "gas limit above the block's gas limit")                                 \
    X(InsufficientFunds, "insufficient funds for value + gasLimit * gasPrice")                     \
    X(AlreadyKnown, "transaction already known")

enum class TxError : std::uint8_t {
#define X(NAME, TEXT) NAME,
    MALLORY_TX_ERRORS(X)
#undef X
};

std::string_view to_string(TxError e) noexcept;
/// The enumerator's name ("NonceTooLow"), for JSON and tests.
std::string_view name_of(TxError e) noexcept;

/// A rejection: the reason and, where it has them, the expected and the actual figures
/// (nonce, chain id, gas, wei).
struct TxRejection {
    TxError error = TxError::Malformed;
    U256 expected;
    U256 got;

    /// One line, e.g. "wrong nonce (too low): expected 3, got 1".
    [[nodiscard]] std::string message() const;
    friend bool operator==(const TxRejection&, const TxRejection&) = default;
};

/// Intrinsic gas: 21000, + 32000 for a creation, + 16 per non-zero and 4 per zero data byte.
vm::Gas intrinsic_gas(const Transaction& tx) noexcept;

} // namespace mallory::chain
