#include "lang/yul_builtins.hpp"

#include <algorithm>
#include <array>

namespace mallory::lang {

namespace {

using vm::Op;

// clang-format off
constexpr std::array<YulBuiltin, 27> builtins{{
    // name       op          args returns swapped
    {"add",        Op::ADD,        2, true,  false},
    {"sub",        Op::SUB,        2, true,  false},
    {"mul",        Op::MUL,        2, true,  false},
    {"div",        Op::DIV,        2, true,  false},
    {"sdiv",       Op::SDIV,       2, true,  false},
    {"mod",        Op::MOD,        2, true,  false},
    {"smod",       Op::SMOD,       2, true,  false},
    {"exp",        Op::EXP,        2, true,  false},
    {"addmod",     Op::ADDMOD,     3, true,  false},
    {"mulmod",     Op::MULMOD,     3, true,  false},
    {"signextend", Op::SIGNEXTEND, 2, true,  true},
    {"lt",         Op::LT,         2, true,  false},
    {"gt",         Op::GT,         2, true,  false},
    {"slt",        Op::SLT,        2, true,  false},
    {"sgt",        Op::SGT,        2, true,  false},
    {"eq",         Op::EQ,         2, true,  false},
    {"iszero",     Op::ISZERO,     1, true,  false},
    {"and",        Op::AND,        2, true,  false},
    {"or",         Op::OR,         2, true,  false},
    {"xor",        Op::XOR,        2, true,  false},
    {"not",        Op::NOT,        1, true,  false},
    {"byte",       Op::BYTE,       2, true,  true},
    {"shl",        Op::SHL,        2, true,  true},
    {"shr",        Op::SHR,        2, true,  true},
    {"sar",        Op::SAR,        2, true,  true},
    {"sload",      Op::SLOAD,      1, true,  false},
    {"tload",      Op::TLOAD,      1, true,  false},
}};
// clang-format on

/// sstore, tstore and pop return nothing: kept apart so that the table above stays "one value
/// out".
constexpr std::array<YulBuiltin, 3> statements{{
    {"sstore", Op::SSTORE, 2, false, false},
    {"tstore", Op::TSTORE, 2, false, false},
    {"pop", Op::POP, 1, false, false},
}};

/// Every EVM builtin of Yul (solc's EVMDialect), for the names a `let` may not take.
constexpr std::array<std::string_view, 52> evm_names{
    "stop",       "keccak256",   "address",      "balance",      "selfbalance",    "origin",
    "caller",     "callvalue",   "calldataload", "calldatasize", "calldatacopy",   "codesize",
    "codecopy",   "extcodesize", "extcodecopy",  "extcodehash",  "returndatasize", "returndatacopy",
    "mload",      "mstore",      "mstore8",      "mcopy",        "msize",          "tload",
    "tstore",     "gas",         "gasprice",     "blockhash",    "blobhash",       "coinbase",
    "timestamp",  "number",      "difficulty",   "prevrandao",   "gaslimit",       "chainid",
    "basefee",    "blobbasefee", "log0",         "log1",         "log2",           "log3",
    "log4",       "create",      "create2",      "call",         "callcode",       "delegatecall",
    "staticcall", "return",      "revert",       "invalid"};

} // namespace

const YulBuiltin* find_yul_builtin(std::string_view name) {
    auto it = std::find_if(builtins.begin(), builtins.end(),
                           [&](const YulBuiltin& b) { return b.name == name; });
    if (it != builtins.end()) return &*it;
    auto st = std::find_if(statements.begin(), statements.end(),
                           [&](const YulBuiltin& b) { return b.name == name; });
    return st != statements.end() ? &*st : nullptr;
}

bool is_evm_builtin_name(std::string_view name) {
    return find_yul_builtin(name) != nullptr ||
           std::find(evm_names.begin(), evm_names.end(), name) != evm_names.end() ||
           name == "selfdestruct" || name == "datasize" || name == "dataoffset" ||
           name == "datacopy" || name == "setimmutable" || name == "loadimmutable" ||
           name == "linkersymbol" || name == "memoryguard" || name == "verbatim";
}

namespace {

bool uses_storage(const ast::YulExpression& e) {
    if (e.kind == ast::YulExpression::Kind::call &&
        (e.name == "sload" || e.name == "sstore" || e.name == "tload" || e.name == "tstore"))
        return true;
    return std::any_of(e.arguments.begin(), e.arguments.end(),
                       [](const ast::YulExpression& a) { return uses_storage(a); });
}

bool uses_storage(const std::vector<ast::YulStatement>& body) {
    for (const ast::YulStatement& s : body) {
        if (uses_storage(s.body)) return true;
        for (const ast::YulExpression& v : s.value)
            if (uses_storage(v)) return true;
    }
    return false;
}

} // namespace

bool yul_uses_storage(const ast::InlineAssembly& a) {
    return uses_storage(a.body);
}

std::optional<vm::U256> yul_literal_value(const ast::YulExpression& literal) {
    const std::string& text = literal.name;
    if (text == "true") return vm::U256{1};
    if (text == "false") return vm::U256{0};
    vm::U256 value;
    if (text.empty() || !vm::parse_u256(text, value)) return std::nullopt;
    return value;
}

} // namespace mallory::lang
