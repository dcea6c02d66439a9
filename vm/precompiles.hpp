#pragma once
// The EVM's precompiled contracts that Mallory runs: accounts 0x02 (SHA-256), 0x03
// (RIPEMD-160) and 0x04 (identity). A call to one of them runs no bytecode: the executor asks
// here first, with the EVM's gas formula (a base cost plus a cost per word of input).

#include "vm/message.hpp"

#include <optional>

namespace mallory::vm {

/// The result of calling precompile `msg.code_address`, or nothing when that address is not
/// one Mallory implements (the call then goes on as to any other account). Out of gas consumes
/// all of `msg.gas`, as on the EVM.
std::optional<Result> run_precompile(const Message& msg);

} // namespace mallory::vm
