#pragma once
// The members of the magic objects `msg`, `block` and `tx`, expanded from
// lang/magic_members.def: the checker resolves `msg.sender` through this table and records
// the Magic value (check::ExprInfo::magic); code generation, the evaluator and the Z3 engine
// switch on that value instead of matching names.

#include "vm/opcodes.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mallory::lang {

/// One magic member, `<object>_<member>`; `none` for every other expression.
enum class Magic : std::uint8_t {
    none,
#define MAGIC_OP(OBJECT, MEMBER, TYPE, EFFECT, OP, DOC) OBJECT##_##MEMBER,
#define MAGIC_CODE(OBJECT, MEMBER, TYPE, EFFECT, DOC) OBJECT##_##MEMBER,
#define MAGIC_UNSUPPORTED(OBJECT, MEMBER, REASON) OBJECT##_##MEMBER,
#include "lang/magic_members.def"
#undef MAGIC_OP
#undef MAGIC_CODE
#undef MAGIC_UNSUPPORTED
};

/// A magic member's result type; the checker maps it to its TypePtr.
enum class MagicType : std::uint8_t {
    none,
    address,
    address_payable,
    uint256,
    bytes_calldata,
    bytes4
};

struct MagicMember {
    Magic magic;
    std::string_view object;
    std::string_view member;
    MagicType type;               ///< none for unsupported members
    bool reads_environment;       ///< a view (not pure) read
    std::optional<vm::Op> op;     ///< the one instruction that yields the value, if one does
    std::string_view unsupported; ///< why Mallory rejects the member; empty if supported
    std::string_view meaning;

    constexpr bool supported() const { return unsupported.empty(); }
};

namespace magic_detail {
constexpr bool reads(std::string_view effect) {
    return effect == "read";
}
} // namespace magic_detail

/// Every row of lang/magic_members.def, in the enum's order (row i is Magic(i + 1)).
inline constexpr MagicMember magic_members[] = {
#define MAGIC_OP(OBJECT, MEMBER, TYPE, EFFECT, OP, DOC)                                            \
    {Magic::OBJECT##_##MEMBER,     #OBJECT,    #MEMBER, MagicType::TYPE,                           \
     magic_detail::reads(#EFFECT), vm::Op::OP, "",      DOC},
#define MAGIC_CODE(OBJECT, MEMBER, TYPE, EFFECT, DOC)                                              \
    {Magic::OBJECT##_##MEMBER,     #OBJECT,      #MEMBER, MagicType::TYPE,                         \
     magic_detail::reads(#EFFECT), std::nullopt, "",      DOC},
#define MAGIC_UNSUPPORTED(OBJECT, MEMBER, REASON)                                                  \
    {Magic::OBJECT##_##MEMBER, #OBJECT, #MEMBER, MagicType::none, false, std::nullopt, REASON, ""},
#include "lang/magic_members.def"
#undef MAGIC_OP
#undef MAGIC_CODE
#undef MAGIC_UNSUPPORTED
};

constexpr bool magic_rows_in_enum_order() {
    for (std::size_t i = 0; i < std::size(magic_members); ++i)
        if (magic_members[i].magic != static_cast<Magic>(i + 1)) return false;
    return true;
}
static_assert(magic_rows_in_enum_order(), "magic_members must follow the Magic enum");

/// The row of a magic member (precondition: `m != Magic::none`).
constexpr const MagicMember& magic_member(Magic m) {
    return magic_members[static_cast<std::size_t>(m) - 1];
}

/// True for `msg`, `block` and `tx`, the objects whose members the table lists.
constexpr bool is_magic_object(std::string_view object) {
    for (const MagicMember& row : magic_members)
        if (row.object == object) return true;
    return false;
}

/// The row of `object.member`, or nullptr if Solidity has no such member.
constexpr const MagicMember* find_magic(std::string_view object, std::string_view member) {
    for (const MagicMember& row : magic_members)
        if (row.object == object && row.member == member) return &row;
    return nullptr;
}

/// The text `object.member` of a magic member, as messages and the analyzer name it.
inline std::string magic_name(Magic m) {
    const MagicMember& row = magic_member(m);
    return std::string(row.object) + "." + std::string(row.member);
}

} // namespace mallory::lang
