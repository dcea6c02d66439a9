#pragma once
/// A standard token the adversary can hold: the ledger the world places at an untrusted
/// address that the targets use as a token (a constructor parameter of an interface type
/// with ERC-20/ERC-777 functions), instead of the adversary answering there.
///
/// Why a native ledger and not Solidity source compiled by Mallory: the token must be the
/// same on the explorer's journaled state and on the replay chain, cost nothing to "deploy"
/// at an address fixed in advance (a stand-in's address is the adversary owner's nonce,
/// which a compiled contract could not be created at without extra transactions that would
/// shift every later address), and its ledger must be plain storage so that the journal
/// reverts it and the observer hashes it. The handler keeps its ledger in the storage of its
/// own account, at the slots solc would use for
///     mapping(address => uint256) balanceOf;                      // slot 0
///     mapping(address => mapping(address => uint256)) allowance;  // slot 1
///     uint256 totalSupply;                                        // slot 2
/// so `token.balanceOf(x)` read by the targets or by an invariant sees the same numbers.
///
/// Semantics are those of an ERC-777 token seen through its ERC-20 face (the imBTC model):
/// transfer/transferFrom/send/operatorSend move balances (reverting on a short balance or
/// allowance; an allowance of 2^256-1 is infinite), and every movement calls the holder's
/// hooks when the holder is the adversary (it registered them, as an ERC-1820 implementer):
/// `tokensToSend` on the sender before the balances move, `tokensReceived` on the recipient
/// after. A hook is a callback like any other: the adversary may return, revert, or re-enter.
/// Honest accounts and the system's contracts register no hooks.

#include "vm/executor.hpp"
#include "vm/types.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace mallory::analyzer {

/// Token units each holder starts with (100 tokens of 18 decimals): the adversary, the
/// deployer and each honest user, like their ether.
vm::U256 initial_token_balance();
/// Gas a token operation costs (a warm ERC-20 transfer with its two SSTOREs, rounded up).
inline constexpr vm::Gas token_op_gas = 30000;

/// Storage slot of `balanceOf[holder]` in a token's account.
vm::U256 token_balance_slot(const vm::Address& holder);
/// Storage slot of `allowance[owner][spender]`.
vm::U256 token_allowance_slot(const vm::Address& owner, const vm::Address& spender);
/// Storage slot of `totalSupply`.
vm::U256 token_supply_slot();

/// `balanceOf[holder]` of the token at `token`.
vm::U256 token_balance(vm::State& state, const vm::Address& token, const vm::Address& holder);

/// Gives each of `holders` initial_token_balance() of the token at `token` and makes each
/// approve every one of `spenders` without limit (users approve a protocol before using it).
void seed_token(vm::State& state, const vm::Address& token, const std::vector<vm::Address>& holders,
                const std::vector<vm::Address>& spenders);

/// Whether a selector is one of the token functions the ledger implements.
bool is_token_selector(std::uint32_t selector);
/// Whether a signature is one of them (`transfer(address,uint256)`).
bool is_token_function(std::string_view signature);

/// The native handler of a token account. `hooked(a)` says whether `a` registered the
/// ERC-777 hooks (the adversary's accounts).
vm::NativeHandler token_handler(std::function<bool(const vm::Address&)> hooked);

} // namespace mallory::analyzer
