#include "lang/yul_builtins.hpp"

#include "lang/check/model.hpp"
#include "lang/parser/ast_util.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace mallory::lang {

namespace {

using vm::Op;

constexpr auto pure = YulAccess::pure;
constexpr auto reads = YulAccess::reads_state;
constexpr auto writes = YulAccess::writes_state;

// clang-format off
constexpr auto builtins = std::to_array<YulBuiltin>({
    // name         op              args returns swapped access effects
    {"add",           Op::ADD,            2, true,  false, pure,   false},
    {"sub",           Op::SUB,            2, true,  false, pure,   false},
    {"mul",           Op::MUL,            2, true,  false, pure,   false},
    {"div",           Op::DIV,            2, true,  false, pure,   false},
    {"sdiv",          Op::SDIV,           2, true,  false, pure,   false},
    {"mod",           Op::MOD,            2, true,  false, pure,   false},
    {"smod",          Op::SMOD,           2, true,  false, pure,   false},
    {"exp",           Op::EXP,            2, true,  false, pure,   false},
    {"addmod",        Op::ADDMOD,         3, true,  false, pure,   false},
    {"mulmod",        Op::MULMOD,         3, true,  false, pure,   false},
    {"signextend",    Op::SIGNEXTEND,     2, true,  true,  pure,   false},
    {"lt",            Op::LT,             2, true,  false, pure,   false},
    {"gt",            Op::GT,             2, true,  false, pure,   false},
    {"slt",           Op::SLT,            2, true,  false, pure,   false},
    {"sgt",           Op::SGT,            2, true,  false, pure,   false},
    {"eq",            Op::EQ,             2, true,  false, pure,   false},
    {"iszero",        Op::ISZERO,         1, true,  false, pure,   false},
    {"and",           Op::AND,            2, true,  false, pure,   false},
    {"or",            Op::OR,             2, true,  false, pure,   false},
    {"xor",           Op::XOR,            2, true,  false, pure,   false},
    {"not",           Op::NOT,            1, true,  false, pure,   false},
    {"byte",          Op::BYTE,           2, true,  true,  pure,   false},
    {"shl",           Op::SHL,            2, true,  true,  pure,   false},
    {"shr",           Op::SHR,            2, true,  true,  pure,   false},
    {"sar",           Op::SAR,            2, true,  true,  pure,   false},
    {"pop",           Op::POP,            1, false, false, pure,   false},
    // storage and transient storage
    {"sload",         Op::SLOAD,          1, true,  false, reads,  false},
    {"sstore",        Op::SSTORE,         2, false, false, writes, true},
    {"tload",         Op::TLOAD,          1, true,  false, reads,  false},
    {"tstore",        Op::TSTORE,         2, false, false, writes, true},
    // memory (solc's layout: scratch, the free-memory pointer at 0x40, allocations from 0x80)
    {"mload",         Op::MLOAD,          1, true,  false, pure,   false},
    {"mstore",        Op::MSTORE,         2, false, false, pure,   true},
    {"mstore8",       Op::MSTORE8,        2, false, false, pure,   true},
    {"mcopy",         Op::MCOPY,          3, false, false, pure,   true},
    {"keccak256",     Op::KECCAK256,      2, true,  false, pure,   false},
    // the message and its data
    {"calldataload",  Op::CALLDATALOAD,   1, true,  false, pure,   false},
    {"calldatasize",  Op::CALLDATASIZE,   0, true,  false, pure,   false},
    {"calldatacopy",  Op::CALLDATACOPY,   3, false, false, pure,   true},
    {"callvalue",     Op::CALLVALUE,      0, true,  false, reads,  false},
    {"caller",        Op::CALLER,         0, true,  false, reads,  false},
    {"origin",        Op::ORIGIN,         0, true,  false, reads,  false},
    {"gasprice",      Op::GASPRICE,       0, true,  false, reads,  false},
    {"gas",           Op::GAS,            0, true,  false, reads,  false},
    // accounts and the block
    {"address",       Op::ADDRESS,        0, true,  false, reads,  false},
    {"balance",       Op::BALANCE,        1, true,  false, reads,  false},
    {"selfbalance",   Op::SELFBALANCE,    0, true,  false, reads,  false},
    {"extcodesize",   Op::EXTCODESIZE,    1, true,  false, reads,  false},
    {"extcodehash",   Op::EXTCODEHASH,    1, true,  false, reads,  false},
    {"coinbase",      Op::COINBASE,       0, true,  false, reads,  false},
    {"timestamp",     Op::TIMESTAMP,      0, true,  false, reads,  false},
    {"number",        Op::NUMBER,         0, true,  false, reads,  false},
    {"chainid",       Op::CHAINID,        0, true,  false, reads,  false},
    {"gaslimit",      Op::GASLIMIT,       0, true,  false, reads,  false},
    {"basefee",       Op::BASEFEE,        0, true,  false, reads,  false},
    {"prevrandao",    Op::PREVRANDAO,     0, true,  false, reads,  false},
    {"blockhash",     Op::BLOCKHASH,      1, true,  false, reads,  false},
    // message calls and their return data
    {"call",          Op::CALL,           7, true,  false, writes, true},
    {"staticcall",    Op::STATICCALL,     6, true,  false, reads,  true},
    {"delegatecall",  Op::DELEGATECALL,   6, true,  false, writes, true},
    {"returndatasize",Op::RETURNDATASIZE, 0, true,  false, pure,   false},
    {"returndatacopy",Op::RETURNDATACOPY, 3, false, false, pure,   true},
    // contract creation from memory (the init code: type(C).creationCode, then the arguments)
    {"create",        Op::CREATEM,        3, true,  false, writes, true},
    {"create2",       Op::CREATE2M,       4, true,  false, writes, true},
    // logs
    {"log0",          Op::LOG0,           2, false, false, writes, true},
    {"log1",          Op::LOG1,           3, false, false, writes, true},
    {"log2",          Op::LOG2,           4, false, false, writes, true},
    {"log3",          Op::LOG3,           5, false, false, writes, true},
    {"log4",          Op::LOG4,           6, false, false, writes, true},
    // halting
    {"return",        Op::RETURN,         2, false, false, pure,   true},
    {"revert",        Op::REVERT,         2, false, false, pure,   true},
    {"stop",          Op::STOP,           0, false, false, pure,   true},
    {"invalid",       Op::INVALID,        0, false, false, pure,   true},
    {"selfdestruct",  Op::SELFDESTRUCT,   1, false, false, writes, true},
});
// clang-format on

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
    return it != builtins.end() ? &*it : nullptr;
}

bool is_evm_builtin_name(std::string_view name) {
    return find_yul_builtin(name) != nullptr ||
           std::find(evm_names.begin(), evm_names.end(), name) != evm_names.end() ||
           name == "datasize" || name == "dataoffset" || name == "datacopy" ||
           name == "setimmutable" || name == "loadimmutable" || name == "linkersymbol" ||
           name == "memoryguard" || name == "verbatim";
}

namespace {

/// Whether `e` calls a builtin for which `wanted` holds, at any depth.
template <typename Wanted> bool calls(const ast::YulExpression& e, const Wanted& wanted) {
    if (e.kind == ast::YulExpression::Kind::call && wanted(e.name)) return true;
    return std::any_of(e.arguments.begin(), e.arguments.end(),
                       [&](const ast::YulExpression& a) { return calls(a, wanted); });
}

template <typename Wanted>
bool calls(const std::vector<ast::YulStatement>& body, const Wanted& wanted) {
    for (const ast::YulStatement& s : body) {
        if (calls(s.init, wanted) || calls(s.body, wanted) || calls(s.post, wanted)) return true;
        for (const ast::YulExpression& v : s.value)
            if (calls(v, wanted)) return true;
    }
    return false;
}

} // namespace

bool yul_uses_storage(const ast::InlineAssembly& a) {
    return calls(a.body, [](std::string_view name) {
        return name == "sload" || name == "sstore" || name == "tload" || name == "tstore";
    });
}

bool yul_calls_out(const ast::InlineAssembly& a) {
    return calls(a.body, [](std::string_view name) {
        return name == "call" || name == "staticcall" || name == "delegatecall";
    });
}

const check::VariableInfo* root_constant(const check::VariableInfo& v,
                                         const check::SemanticModel& model) {
    const check::VariableInfo* at = &v;
    // A chain longer than the constants there are is a cycle (which the checker reports).
    for (std::size_t steps = 0; steps < 1024; ++steps) {
        if (!at->constant || !at->ast_state || !at->ast_state->initial_value) return nullptr;
        const ast::Expression& init = *at->ast_state->initial_value;
        const auto* name = ast::get_if<ast::Identifier>(init);
        if (!name) return at;
        const check::ExprInfo* info = model.expr(name->id);
        if (!info || !info->decl || info->decl->kind != check::DeclKind::variable) return at;
        const auto* next = static_cast<const check::VariableInfo*>(info->decl);
        if (!next->constant) return at;
        at = next;
    }
    return nullptr;
}

bool assembly_readable_constant(const check::VariableInfo& v, const check::SemanticModel& model) {
    const check::VariableInfo* root = root_constant(v, model);
    if (!root || !root->type || check::is_reference_type(*root->type)) return false;
    const ast::Expression& init = *root->ast_state->initial_value;
    if (ast::get_if<ast::NumberLiteral>(init) || ast::get_if<ast::BoolLiteral>(init) ||
        ast::get_if<ast::StringLiteral>(init))
        return true;
    const check::ExprInfo* info = model.expr(ast::expr_node(init).id);
    return info && info->type && info->type->kind == check::TypeKind::rational;
}

std::optional<vm::U256> yul_literal_value(const ast::YulExpression& literal) {
    const std::string& text = literal.name;
    if (text == "true") return vm::U256{1};
    if (text == "false") return vm::U256{0};
    // A string or hex string literal, spelled `hex"..."` by the parser: its bytes, left-aligned.
    if (text.size() >= 5 && text.starts_with("hex\"") && text.ends_with('"')) {
        const std::string_view digits = std::string_view(text).substr(4, text.size() - 5);
        if (digits.size() > 64 || digits.size() % 2 != 0) return std::nullopt;
        std::string word = "0x" + std::string(digits) + std::string(64 - digits.size(), '0');
        vm::U256 value;
        if (!vm::parse_u256(word, value)) return std::nullopt;
        return value;
    }
    vm::U256 value;
    if (text.empty() || !vm::parse_u256(text, value)) return std::nullopt;
    return value;
}

} // namespace mallory::lang
