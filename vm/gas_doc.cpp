#include "vm/gas_doc.hpp"

#include "vm/gas.hpp"
#include "vm/opcodes.hpp"

#include <fmt/format.h>

namespace mallory::vm {

namespace {

std::string_view imm_name(Imm k) {
    switch (k) {
    case Imm::None:
        return "";
    case Imm::U8:
        return "u8";
    case Imm::Type:
        return "type";
    case Imm::Width:
        return "width";
    case Imm::Local:
        return "local";
    case Imm::Func:
        return "func";
    case Imm::Const:
        return "const";
    case Imm::Child:
        return "child";
    case Imm::Target:
        return "target";
    case Imm::U64:
        return "u64";
    }
    return "?";
}

std::string stack_count(std::int8_t n) {
    return n == VAR ? "var" : std::to_string(n);
}

std::string immediates(const OpInfo& op) {
    std::string s;
    for (Imm k : op.imms) {
        if (k == Imm::None) continue;
        if (!s.empty()) s += ", ";
        s += imm_name(k);
    }
    return s;
}

constexpr std::string_view kIntro = R"(# Mallory VM gas schedule

Generated from `vm/opcodes.def` by `cmake --build <dir> --target vm_gas_doc`; do not edit by
hand (the test `GasDoc.CommittedFileIsUpToDate` fails when this file is stale).

Costs follow the EVM (Berlin/London) for the same actions, so that gas figures of a
Mallory-compiled function are of the same order as solc's. Each instruction is charged its
static gas before it runs; the dynamic column lists what is added at run time by the helpers
of `vm/gas.hpp`.

## Dynamic costs

| what | cost |
| --- | --- |
| memory expansion to `w` words | `3*w + w*w/512`, charged as the difference to the current size |
| copy (CALLDATACOPY, RETURNDATACOPY, MCOPY) | 3 per 32-byte word |
| KECCAK256 | 6 per word of input |
| SHA256 | 12 per word of input (as the EVM's precompile) |
| LOGn | 8 per byte of data |
| EXP / CEXP | 50 per byte of the exponent |
| cold account (BALANCE, EXTCODESIZE, calls) | +2500 (EIP-2929: 2600 instead of 100) |
| cold slot (SLOAD) | +2000 (EIP-2929: 2100 instead of 100) |
| SSTORE | EIP-2200 with EIP-2929/3529: +2100 if cold; 100 if unchanged; 20000 (0 to nonzero) or 2900 on the first change in the transaction; 100 afterwards; refunds 4800 for clearing, 19900/2800 for restoring the original; fails if gas left <= 2300 |
| CALL with value | +9000, +25000 if the recipient is empty; the callee gets a 2300 stipend |
| forwarded gas | min(requested, all but 1/64 of what is left) for calls; all but 1/64 for CREATE |
| code deposit | 200 per byte of the created contract's code |
| transaction | 21000 (+32000 for creation) + 16 per nonzero and 4 per zero data byte; refund capped at gas used / 5 |

## Instructions

| opcode | name | immediates | in | out | gas | dynamic | stack | meaning |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
)";

} // namespace

std::string render_gas_markdown() {
    std::string out(kIntro);
    for (std::size_t i = 0; i < op_table.size(); ++i) {
        const OpInfo& op = op_table[i];
        out += fmt::format("| 0x{:02x} | {} | {} | {} | {} | {} | {} | `{}` | {} |\n", i, op.name,
                           immediates(op), stack_count(op.in), stack_count(op.out), op.gas,
                           op.dynamic, op.stack, op.doc);
    }
    return out;
}

} // namespace mallory::vm
