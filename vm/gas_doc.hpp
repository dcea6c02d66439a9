#pragma once
// vm/GAS.md is rendered from the instruction table by this function; a test keeps the
// committed file equal to it and the vm_gas_doc target rewrites it.

#include <string>

namespace mallory::vm {

std::string render_gas_markdown();

} // namespace mallory::vm
