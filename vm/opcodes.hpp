#pragma once
// The instruction set as C++: the enum and the per-opcode metadata, both expanded from
// vm/opcodes.def so that they cannot drift apart.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace mallory::vm {

/// Kinds of immediate operands; the byte size of each is imm_size().
enum class Imm : std::uint8_t { None, U8, Type, Width, Local, Func, Const, Child, Target, U64 };

constexpr std::size_t imm_size(Imm k) noexcept {
    switch (k) {
    case Imm::None:
        return 0;
    case Imm::U8:
    case Imm::Type:
    case Imm::Width:
        return 1;
    case Imm::Local:
    case Imm::Func:
    case Imm::Const:
    case Imm::Child:
        return 2;
    case Imm::Target:
        return 4;
    case Imm::U64:
        return 8;
    }
    return 0;
}

enum class Op : std::uint8_t {
#define OP(NAME, I1, I2, I3, IN, OUT, GAS, DYN, STACK, DOC) NAME,
#include "vm/opcodes.def"
#undef OP
};

/// Number of defined opcodes; opcode bytes >= this are invalid.
inline constexpr std::size_t op_count = 0
#define OP(NAME, I1, I2, I3, IN, OUT, GAS, DYN, STACK, DOC) +1
#include "vm/opcodes.def"
#undef OP
    ;
static_assert(op_count <= 256, "opcodes must fit in one byte");

/// Stack effect that depends on the immediate (DUP, SWAP, CALLF, RETF).
inline constexpr std::int8_t VAR = -1;

struct OpInfo {
    std::string_view name;
    std::array<Imm, 3> imms;
    std::int8_t in;  ///< items popped, or VAR
    std::int8_t out; ///< items pushed, or VAR
    std::int32_t gas;
    std::string_view dynamic; ///< what is charged at run time on top of `gas`
    std::string_view stack;   ///< Forth-style stack comment
    std::string_view doc;     ///< one-line meaning
    std::uint8_t imm_bytes;   ///< total size of the immediates

    /// False for the unused entries of a 256-entry view.
    [[nodiscard]] constexpr bool defined() const noexcept { return !name.empty(); }
};

namespace detail {
constexpr std::uint8_t imm_total(Imm a, Imm b, Imm c) noexcept {
    return static_cast<std::uint8_t>(imm_size(a) + imm_size(b) + imm_size(c));
}
} // namespace detail

inline constexpr std::array<OpInfo, op_count> op_table = {{
#define OP(NAME, I1, I2, I3, IN, OUT, GAS, DYN, STACK, DOC)                                        \
    OpInfo{#NAME,                                                                                  \
           {Imm::I1, Imm::I2, Imm::I3},                                                            \
           IN,                                                                                     \
           OUT,                                                                                    \
           GAS,                                                                                    \
           DYN,                                                                                    \
           STACK,                                                                                  \
           DOC,                                                                                    \
           detail::imm_total(Imm::I1, Imm::I2, Imm::I3)},
#include "vm/opcodes.def"
#undef OP
}};

/// Metadata of an opcode byte, or nullptr when the byte is not an instruction.
constexpr const OpInfo* op_info(std::uint8_t byte) noexcept {
    return byte < op_count ? &op_table[byte] : nullptr;
}
constexpr const OpInfo& info(Op op) noexcept {
    return op_table[static_cast<std::size_t>(op)];
}

/// Static gas of an opcode, usable in constant expressions (the interpreter's handlers).
constexpr std::int64_t static_gas(Op op) noexcept {
    return info(op).gas;
}

/// Instructions that end a basic block without falling through.
constexpr bool is_terminator(Op op) noexcept {
    switch (op) {
    case Op::STOP:
    case Op::JUMP:
    case Op::RETF:
    case Op::RETURN:
    case Op::REVERT:
    case Op::INVALID:
    case Op::PANIC:
    case Op::SELFDESTRUCT:
        return true;
    default:
        return false;
    }
}

/// Type immediate of the checked instructions: bit 7 = signed, low bits = width in bytes.
struct IntType {
    std::uint8_t bytes; ///< 1..32
    bool is_signed;
    [[nodiscard]] constexpr unsigned bits() const noexcept { return bytes * 8u; }
    [[nodiscard]] constexpr std::uint8_t encode() const noexcept {
        return static_cast<std::uint8_t>((is_signed ? 0x80 : 0) | bytes);
    }
    static constexpr IntType decode(std::uint8_t b) noexcept {
        return {static_cast<std::uint8_t>(b & 0x3F), (b & 0x80) != 0};
    }
    static constexpr bool valid(std::uint8_t b) noexcept {
        return (b & 0x40) == 0 && (b & 0x3F) >= 1 && (b & 0x3F) <= 32;
    }
};
inline constexpr IntType uint256_t{32, false};
inline constexpr IntType int256_t{32, true};

// The gas of a few opcodes is referred to by name elsewhere; keep them in step with the table.
static_assert(static_gas(Op::ADD) == 3 && static_gas(Op::SLOAD) == 100 &&
              static_gas(Op::CREATE) == 32000 && static_gas(Op::SSTORE) == 0);
static_assert(info(Op::LOG4).in == 6 && info(Op::LOG0).in == 2);

} // namespace mallory::vm
