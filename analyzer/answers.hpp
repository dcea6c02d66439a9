#pragma once
/// The adversary's answers: the return data it gives a call it receives. The caller expects a
/// function (decoded from the call's selector through the program's ABI); the adversary's
/// choice at the callback includes which value of each return type it answers with, from a
/// small deterministic per-type domain. The default answer is always the first choice.

#include "analyzer/program.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace mallory::analyzer {

struct Domains;

/// The selector of a call's data, or nullopt when it has fewer than four bytes.
std::optional<std::uint32_t> selector_of(vm::BytesView input);

/// The default answer to a call of `f`: zero words, `true` for booleans, and for `bytes4`
/// the called function's own selector (the ERC-721/1155 receiver hooks' magic value).
vm::Bytes default_answer(const check::FunctionInfo& f, std::uint32_t selector);

/// The other answers to a call of `f`, one return value varied at a time (the others at
/// their default): booleans false; integers from the argument domains (0, 1, the program's
/// constants, max); `bytesN` the program's word constants (Domains::words) cut to N bytes, and
/// for `bytes4` also a wrong (zero) value; addresses the known accounts. Empty when `f` returns
/// nothing or only dynamic types. Deterministic; the default answer is never among them.
std::vector<vm::Bytes> alternative_answers(const check::FunctionInfo& f, std::uint32_t selector,
                                           const Domains& d);

/// The ether a caller may expect back from a callback that sent `value` with `input`: a
/// flash lender checks, once its callback returns, that the loan came back with its fee. The
/// fee is one of the callback's arguments (ERC-3156's `onFlashLoan(initiator, amount, fee,
/// data)`), so each static argument word that reads as an amount (nonzero, at most 96 bits)
/// is added to `value`; then `value` itself (a loan without fee). A callback that sent nothing
/// may still be owed: a fill paid from its callback names the price (`onFill(id, price)`), a
/// pool's mint callback the amounts owed, so each such word alone, and after the second of two
/// such words side by side their sum (a loan of tokens and its fee). Distinct, in argument
/// order.
std::vector<vm::U256> repayment_amounts(const vm::U256& value, vm::BytesView input);

/// The program's 32-byte constants a caller may compare an answer with: keccak256 of each
/// string literal (ERC-3156's `keccak256("ERC3156FlashBorrower.onFlashLoan")`) and integer
/// literals wider than an address (hex `bytes32` constants); distinct, in source order, at
/// most `max_word_constants`.
std::vector<vm::U256> word_constants(const Program& p);
inline constexpr std::size_t max_word_constants = 8;

} // namespace mallory::analyzer
