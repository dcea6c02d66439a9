#pragma once
// Receipts (what a transaction did: status, gas, logs, created address, return or revert
// data) and the decoding of Solidity's revert data into a readable reason.

#include "chain/rlp.hpp"
#include "vm/gas.hpp"
#include "vm/message.hpp"
#include "vm/state.hpp"

#include <optional>
#include <string>
#include <vector>

namespace mallory::chain {

using vm::Address;
using vm::Bytes;
using vm::BytesView;
using vm::Hash;
using vm::U256;

struct Receipt {
    Hash tx_hash{};
    std::uint64_t block_number = 0;
    std::uint32_t index = 0; ///< position in the block
    vm::Status status = vm::Status::Success;
    vm::Gas gas_used = 0;       ///< after the refund: what the sender paid for
    vm::Gas cumulative_gas = 0; ///< gas used by the block up to and including this transaction
    std::vector<vm::Log> logs;  ///< empty unless the transaction succeeded
    std::optional<Address> created;
    Bytes output; ///< return data on success, revert data otherwise

    [[nodiscard]] bool success() const noexcept { return status == vm::Status::Success; }
    /// The revert reason as a developer reads it ("" on success); see decode_revert().
    [[nodiscard]] std::string revert_reason() const;

    /// RLP, the form hashed into the receipts root and persisted.
    [[nodiscard]] Bytes encode() const;
    static bool decode(BytesView in, Receipt& out);
    friend bool operator==(const Receipt&, const Receipt&) = default;
};

/// The meaning of a Solidity panic code (0x11 -> "arithmetic overflow or underflow").
std::string_view panic_meaning(std::uint64_t code) noexcept;

/// Decodes revert data: Error(string) gives the string, Panic(uint256) "panic 0x11:
/// arithmetic overflow or underflow", empty data "reverted without a reason", anything else
/// "custom error 0x<selector>" or the hex of the data.
std::string decode_revert(BytesView data);

} // namespace mallory::chain
