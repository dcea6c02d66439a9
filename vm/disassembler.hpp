#pragma once
// Listing of a ContractCode: one line per instruction with its offset, mnemonic, immediates,
// static gas (plus what is charged dynamically) and, when sources are given, the source line
// it came from. `mallory build --asm` prints this.

#include "vm/code.hpp"

#include <string>
#include <vector>

namespace mallory::vm {

/// Source texts indexed like ContractCode::files (missing entries are fine).
using SourceTexts = std::vector<std::string>;

std::string disassemble(const ContractCode& code, const SourceTexts* sources = nullptr);

} // namespace mallory::vm
