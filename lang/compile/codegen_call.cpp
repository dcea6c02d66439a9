// Calls: internal, external (with revert bubbling), builtins, conversions, creation, events.
#include "lang/check/console_functions.hpp"
#include "lang/compile/codegen.hpp"
#include "lang/parser/ast_util.hpp"
#include "vm/keccak.hpp"
#include "vm/precompiles.hpp"

namespace mallory::lang::codegen {

using vm::Op;

namespace {

/// Foundry's console address: 0x000000000000000000636F6e736F6c652e6c6f67.
vm::U256 console_address() {
    const char* text = "console.log";
    vm::U256 value;
    for (const char* p = text; *p; ++p)
        value = vm::shl(value, 8) | vm::U256{static_cast<std::uint8_t>(*p)};
    return value;
}

/// The ABI type a console.log argument is sent as (Foundry's overloads).
std::string console_type(const Type& t) {
    switch (t.kind) {
    case TypeKind::string:
    case TypeKind::string_literal:
        return "string";
    case TypeKind::boolean:
        return "bool";
    case TypeKind::address:
    case TypeKind::contract:
        return "address";
    case TypeKind::integer:
        return t.is_signed ? "int256" : "uint256";
    case TypeKind::rational:
        return t.value < 0 ? "int256" : "uint256";
    case TypeKind::fixed_bytes:
        return "bytes32";
    case TypeKind::bytes:
        return "bytes";
    default:
        return "uint256";
    }
}

TypePtr console_value_type(const Type& t) {
    std::string name = console_type(t);
    if (name == "string") return check::string_type();
    if (name == "bool") return check::bool_type();
    if (name == "address") return check::address_type();
    if (name == "int256") return check::int_type();
    if (name == "bytes32") return check::fixed_bytes_type(32);
    if (name == "bytes") return check::bytes_type();
    return check::uint_type();
}

std::uint32_t selector_word(std::string_view signature) {
    auto s = vm::selector_of(signature);
    return (std::uint32_t{s[0]} << 24) | (std::uint32_t{s[1]} << 16) | (std::uint32_t{s[2]} << 8) |
           s[3];
}

} // namespace

const ast::Expression* FunctionCompiler::call_option(const ast::Call& c, std::string_view name) {
    for (const ast::CallOption& option : c.options)
        if (option.name == name) return &option.value;
    // `x.f{value: v}(...)` may also be written `x.f.value(v)` in old Solidity: not in 0.8.
    return nullptr;
}

const ast::Expression& FunctionCompiler::callee_object(const ast::Call& c) {
    auto member = ast::get_if<ast::MemberAccess>(ast::unparenthesized(c.callee));
    if (!member) unsupported(c.span, "a member call without an object");
    return member->object;
}

int FunctionCompiler::call(const ast::Call& c) {
    const check::ExprInfo& info = *m_model.expr(c.id);
    span(c.span);
    using K = check::CallKind;
    switch (info.call.kind) {
    case K::internal:
        return internal_call(c, info);
    case K::external:
        return external_call(c, info);
    case K::builtin:
        return builtin_call(c, info);
    case K::conversion:
        return conversion_call(c);
    case K::struct_ctor:
        return struct_constructor(c, info);
    case K::creation:
        return creation(c, info);
    case K::new_array:
        return new_array(c);
    default:
        unsupported(c.span, "this kind of call");
    }
}

int FunctionCompiler::internal_call(const ast::Call& c, const check::ExprInfo& info) {
    if (!info.call.function) return pointer_call(c);
    const FunctionInfo* target = info.call.function;
    const ContractInfo& self = m_contract.contract();
    if (info.call.is_super)
        target = self.resolve_super(target, m_lexical_contract);
    else if (info.call.virtual_dispatch)
        target = self.resolve_virtual(target);
    if (!target || !target->implemented) unsupported(c.span, "a call to a function without a body");
    // `x.f(y)` through `using`: x is the first argument, evaluated first as in solc.
    std::size_t first = 0;
    if (info.call.bound && !target->parameter_types.empty()) {
        expression_as(callee_object(c), target->parameter_types[0]);
        first = 1;
    }
    for (std::size_t i = 0; i < c.arguments.size() && i + first < target->parameter_types.size();
         ++i)
        expression_as(c.arguments[i], target->parameter_types[i + first]);
    span(c.span);
    m_out.callf(m_contract.function_index(*target));
    return static_cast<int>(target->return_types.size());
}

int FunctionCompiler::external_call(const ast::Call& c, const check::ExprInfo& info,
                                    std::optional<Label> on_failure) {
    const FunctionInfo* target = info.call.function;
    if (!target) return external_value_call(c, on_failure);
    expression(callee_object(c));
    const MessageCall call{target->parameter_types, target->return_types,
                           target->mutability,      to_temp(),
                           target->selector,        std::nullopt};
    return message_call(c, call, on_failure);
}

int FunctionCompiler::message_call(const ast::Call& c, const MessageCall& call,
                                   std::optional<Label> on_failure) {
    const std::uint16_t address = call.address;
    std::uint16_t value = temp(), gas = temp();
    const ast::Expression* value_option = call_option(c, "value");
    const ast::Expression* gas_option = call_option(c, "gas");
    if (value_option)
        expression_as(*value_option, check::uint_type());
    else
        m_out.push(0);
    m_out.lset(value);
    if (gas_option) {
        expression_as(*gas_option, check::uint_type());
        m_out.lset(gas);
    }
    std::vector<std::uint16_t> args;
    for (std::size_t i = 0; i < c.arguments.size() && i < call.parameters.size(); ++i) {
        expression_as(c.arguments[i], call.parameters[i]);
        args.push_back(to_temp());
    }
    span(c.span);
    // solc: calling an account without code reverts; when return data is expected the
    // check is left to the decoder (which reverts on empty data), so a precompile can answer.
    if (call.returns.empty()) {
        m_out.lget(address);
        m_out.op(Op::EXTCODESIZE);
        revert_unless();
    }
    if (call.selector_word)
        abi_encode_with_dynamic_selector(call.parameters, args, *call.selector_word);
    else
        abi_encode(call.parameters, args, call.selector);
    std::uint16_t data = to_temp();
    bool is_static =
        call.mutability == ast::Mutability::view || call.mutability == ast::Mutability::pure;
    if (gas_option)
        m_out.lget(gas);
    else
        m_out.op(Op::GAS);
    m_out.lget(address);
    if (!is_static) m_out.lget(value);
    m_out.lget(data);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(data);
    m_out.op(Op::MLOAD);
    m_out.push(0);
    m_out.push(0);
    m_out.op(is_static ? Op::STATICCALL : Op::CALL);
    if (on_failure) {
        m_out.jump(Op::JUMPZ, *on_failure);
    } else {
        Label ok = m_out.new_label();
        m_out.jump(Op::JUMPI, ok);
        bubble_revert();
        m_out.bind(ok);
    }
    return decode_return_data(call.returns);
}

int FunctionCompiler::decode_return_data(const std::vector<TypePtr>& types) {
    if (types.empty()) return 0;
    std::uint64_t head = 0;
    for (const TypePtr& t : types)
        head += abi_head_size(*t);
    m_out.op(Op::RETURNDATASIZE); // too short to hold the results: revert, as solc does
    m_out.push(head);
    m_out.op(Op::LT);
    m_out.op(Op::ISZERO);
    revert_unless();
    m_out.op(Op::RETURNDATASIZE);
    m_out.push(31);
    m_out.op(Op::ADD);
    m_out.push(~vm::U256{31});
    m_out.op(Op::AND);
    alloc_dynamic();
    std::uint16_t base = to_temp();
    m_out.lget(base);
    m_out.push(0);
    m_out.op(Op::RETURNDATASIZE);
    m_out.op(Op::RETURNDATACOPY);
    m_out.op(Op::RETURNDATASIZE);
    m_out.lget(base);
    m_out.op(Op::ADD);
    std::uint16_t end = to_temp();
    std::uint64_t offset = 0;
    for (const TypePtr& t : types) {
        decode_memory(*t, base, offset, end);
        offset += abi_head_size(*t);
    }
    return static_cast<int>(types.size());
}

bool FunctionCompiler::user_operator(ast::NodeId id,
                                     std::initializer_list<const ast::Expression*> operands) {
    const check::ExprInfo* info = m_model.expr(id);
    const FunctionInfo* f = info ? info->call.function : nullptr;
    if (!f || info->call.kind != check::CallKind::internal) return false;
    std::size_t i = 0;
    for (const ast::Expression* e : operands)
        expression_as(*e, f->parameter_types[i++]);
    m_out.callf(m_contract.function_index(*f));
    return true;
}

int FunctionCompiler::conversion_call(const ast::Call& c) {
    if (c.arguments.size() != 1) unsupported(c.span, "a conversion without exactly one argument");
    expression_as(c.arguments[0], m_model.type_of(c.id));
    return 1;
}

int FunctionCompiler::struct_constructor(const ast::Call& c, const check::ExprInfo&) {
    TypePtr type = m_model.type_of(c.id);
    if (type->kind != TypeKind::struct_) unsupported(c.span, "a struct constructor");
    const auto& fields = type->struct_info->fields;
    std::vector<std::uint16_t> values;
    std::size_t argument = 0;
    for (const auto& field : fields) {
        if (field.type->kind == TypeKind::mapping) { // solc leaves mappings out of the arguments
            values.push_back(0xFFFF);
            continue;
        }
        if (argument >= c.arguments.size()) unsupported(c.span, "too few struct fields");
        expression_as(c.arguments[argument++],
                      check::with_location(field.type, check::Location::memory));
        values.push_back(to_temp());
    }
    alloc(32 * fields.size());
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (values[i] == 0xFFFF) continue;
        m_out.dup(1);
        m_out.push(32 * i);
        m_out.op(Op::ADD);
        m_out.lget(values[i]);
        m_out.op(Op::MSTORE);
    }
    return 1;
}

int FunctionCompiler::creation(const ast::Call& c, const check::ExprInfo& info,
                               std::optional<Label> on_failure) {
    auto contract = dynamic_cast<const ContractInfo*>(info.call.target);
    if (!contract) {
        TypePtr type = m_model.type_of(c.id);
        contract = type->contract;
    }
    if (!contract) unsupported(c.span, "'new' of something that is not a contract");
    std::uint16_t child = m_contract.child_index(*contract, c.span);
    // The options in the order written (as solc evaluates them), then the arguments.
    std::uint16_t value = temp();
    m_out.push(0);
    m_out.lset(value);
    std::optional<std::uint16_t> salt;
    for (const ast::CallOption& o : c.options) {
        if (o.name == "value") {
            expression_as(o.value, check::uint_type());
            m_out.lset(value);
        } else if (o.name == "salt") {
            expression_as(o.value, check::fixed_bytes_type(32));
            salt = to_temp();
        }
    }
    std::vector<TypePtr> types;
    if (contract->constructor) types = contract->constructor->parameter_types;
    std::vector<std::uint16_t> args;
    for (std::size_t i = 0; i < c.arguments.size() && i < types.size(); ++i) {
        expression_as(c.arguments[i], types[i]);
        args.push_back(to_temp());
    }
    abi_encode(types, args, std::nullopt);
    std::uint16_t data = to_temp();
    span(c.span);
    m_out.lget(value);
    m_out.lget(data);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(data);
    m_out.op(Op::MLOAD);
    if (salt) {
        m_out.lget(*salt);
        m_out.create2(child);
    } else {
        m_out.create(child);
    }
    m_out.dup(1);
    Label ok = m_out.new_label();
    m_out.jump(Op::JUMPI, ok);
    if (on_failure) { // the failed creation's zero address is not a result
        m_out.op(Op::POP);
        m_out.jump(Op::JUMP, *on_failure);
    } else {
        bubble_revert();
    }
    m_out.bind(ok);
    return 1;
}

int FunctionCompiler::new_array(const ast::Call& c) {
    if (c.arguments.size() != 1) unsupported(c.span, "'new T[](n)' needs one length argument");
    expression_as(c.arguments[0], check::uint_type());
    std::uint16_t length = to_temp();
    m_out.lget(length);
    // solc: Panic(0x41) for a length beyond 64 bits; a shorter one too large for the gas
    // runs out of it when the memory is cleared.
    m_out.push(0xFFFFFFFFFFFFFFFFull);
    m_out.op(Op::GT);
    m_out.op(Op::ISZERO);
    panic_unless(vm::panic::out_of_memory);
    TypePtr type = m_model.type_of(c.id);
    m_out.lget(length);
    if (type->kind == TypeKind::array) {
        m_out.push(5);
        m_out.op(Op::SHL);
    } else { // bytes/string: round up to words
        m_out.push(31);
        m_out.op(Op::ADD);
        m_out.push(~vm::U256{31});
        m_out.op(Op::AND);
    }
    m_out.push(32);
    m_out.op(Op::ADD);
    const std::uint16_t size = to_temp();
    m_out.lget(size);
    alloc_dynamic();
    zero_fresh(size);
    m_out.dup(1);
    m_out.lget(length);
    m_out.op(Op::MSTORE);
    if (type->kind == TypeKind::array && check::is_reference_type(*type->element)) {
        std::uint16_t array = to_temp(); // each element gets its own default value, as in solc
        counted_loop(length, [&](std::uint16_t i) {
            m_out.lget(array);
            m_out.push(32);
            m_out.op(Op::ADD);
            m_out.lget(i);
            m_out.push(5);
            m_out.op(Op::SHL);
            m_out.op(Op::ADD);
            zero_memory_value(*type->element);
            m_out.op(Op::MSTORE);
        });
        m_out.lget(array);
    }
    return 1;
}

// ---- builtins ----------------------------------------------------------------------------------

int FunctionCompiler::builtin_call(const ast::Call& c, const check::ExprInfo& info) {
    using B = check::Builtin;
    switch (info.call.builtin) {
    case B::require:
        require_call(c);
        return 0;
    case B::assert_:
        expression_as(c.arguments.at(0), check::bool_type());
        panic_unless(vm::panic::assert_failed);
        return 0;
    case B::revert:
        revert_call(c);
        return 0;
    case B::gasleft:
        m_out.op(Op::GAS);
        return 1;
    case B::blockhash:
        expression_as(c.arguments.at(0), check::uint_type());
        m_out.op(Op::BLOCKHASH);
        return 1;
    case B::selfdestruct:
        expression_as(c.arguments.at(0), check::address_type(true));
        m_out.op(Op::SELFDESTRUCT);
        return 0;
    case B::addmod:
    case B::mulmod:
        modular_arithmetic(c, info.call.builtin == B::addmod ? Op::ADDMOD : Op::MULMOD);
        return 1;
    case B::keccak256:
    case B::sha256:
        expression_as(c.arguments.at(0), check::bytes_type());
        data_and_length();
        m_out.op(info.call.builtin == B::sha256 ? Op::SHA256 : Op::KECCAK256);
        return 1;
    case B::ecrecover:
        ecrecover_call(c);
        return 1;
    case B::ripemd160:
        ripemd160_call(c);
        return 1;
    case B::abi_encode:
    case B::abi_encode_packed:
    case B::abi_encode_with_signature:
    case B::abi_encode_with_selector:
    case B::abi_encode_call:
        abi_encode_builtin(c, info.call.builtin);
        return 1;
    case B::abi_decode:
        return abi_decode_builtin(c);
    case B::address_transfer:
        value_transfer(c, true);
        return 0;
    case B::address_send:
        value_transfer(c, false);
        return 1;
    case B::address_call:
    case B::address_staticcall:
    case B::address_delegatecall:
        low_level_call(c, info);
        return 2;
    case B::array_push:
        array_push(c);
        return m_model.type_of(c.id)->kind == TypeKind::tuple ? 0 : 1;
    case B::array_pop:
        array_pop(c);
        return 0;
    case B::console_log:
        console_log(c);
        return 0;
    case B::console_log_value:
        console_log_value(c);
        return 0;
    default:
        unsupported(c.span, "this builtin function");
    }
}

// As solc's legacy code generator: the modulus first, checked (Panic 0x12 when zero), then the
// other two arguments right to left. ADDMOD and MULMOD compute the sum or product exactly.
void FunctionCompiler::modular_arithmetic(const ast::Call& c, Op op) { // -- (x op y) % k
    expression_as(c.arguments.at(2), check::uint_type());
    m_out.dup(1);
    panic_unless(vm::panic::division_by_zero);
    std::uint16_t modulus = to_temp();
    expression_as(c.arguments.at(1), check::uint_type());
    std::uint16_t y = to_temp();
    expression_as(c.arguments.at(0), check::uint_type());
    m_out.lget(y);
    m_out.lget(modulus);
    m_out.op(op); // x y k -- (x op y) % k
}

void FunctionCompiler::require_call(const ast::Call& c) {
    // solc evaluates the condition, then a computed message or the error's arguments whether or
    // not the condition holds (their side effects happen either way), then reverts if it is
    // false. A literal message has no effect to order: it is only built on the failing path.
    const ast::Call* error_call =
        c.arguments.size() < 2 ? nullptr : ast::get_if<ast::Call>(c.arguments[1]);
    const check::ErrorInfo* error = error_call ? custom_error_of(*error_call) : nullptr;
    auto literal =
        c.arguments.size() < 2 ? nullptr : ast::get_if<ast::StringLiteral>(c.arguments[1]);
    expression_as(c.arguments.at(0), check::bool_type());
    std::vector<std::uint16_t> values;
    if (c.arguments.size() >= 2 && !literal) {
        std::uint16_t condition = to_temp();
        if (error) {
            values = error_arguments(*error_call, *error);
        } else {
            expression_as(c.arguments[1], check::string_type());
            values.push_back(to_temp());
        }
        m_out.lget(condition);
    }
    Label ok = m_out.new_label();
    m_out.jump(Op::JUMPI, ok);
    if (c.arguments.size() < 2) {
        revert_empty();
    } else if (literal) {
        revert_with_message(literal->value);
    } else if (error) {
        abi_encode(error->parameter_types, values, error->selector);
        revert_with_data_on_stack();
    } else {
        abi_encode({check::string_type()}, values, 0x08c379a0u);
        revert_with_data_on_stack();
    }
    m_out.bind(ok);
}

void FunctionCompiler::revert_call(const ast::Call& c) {
    if (c.arguments.empty()) return revert_empty();
    if (auto literal = ast::get_if<ast::StringLiteral>(c.arguments[0]))
        return revert_with_message(literal->value);
    expression_as(c.arguments[0], check::string_type());
    std::uint16_t message = to_temp();
    abi_encode({check::string_type()}, {message}, 0x08c379a0u);
    revert_with_data_on_stack();
}

void FunctionCompiler::value_transfer(const ast::Call& c, bool reverts) {
    expression(callee_object(c));
    std::uint16_t address = to_temp();
    expression_as(c.arguments.at(0), check::uint_type());
    std::uint16_t value = to_temp();
    span(c.span);
    // gas = value == 0 ? 2300 : 0 (the VM adds the 2300 stipend to value transfers)
    m_out.lget(value);
    m_out.op(Op::ISZERO);
    m_out.push(2300);
    m_out.op(Op::MUL);
    m_out.lget(address);
    m_out.lget(value);
    m_out.push(0);
    m_out.push(0);
    m_out.push(0);
    m_out.push(0);
    m_out.op(Op::CALL);
    if (!reverts) return;
    Label ok = m_out.new_label();
    m_out.jump(Op::JUMPI, ok);
    bubble_revert();
    m_out.bind(ok);
}

// A static call of a precompile, as solc makes it: all the gas, the input pushed by
// `push_input` (offset, length), one output word at `out`. A failed call (out of gas)
// reverts with its data.
void FunctionCompiler::precompile_static_call(std::uint8_t address,
                                              const std::function<void()>& push_input,
                                              std::uint16_t out) {
    m_out.op(Op::GAS);
    m_out.push(address);
    push_input();
    m_out.lget(out);
    m_out.push(32);
    m_out.op(Op::STATICCALL);
    Label ok = m_out.new_label();
    m_out.jump(Op::JUMPI, ok);
    bubble_revert();
    m_out.bind(ok);
}

void FunctionCompiler::ripemd160_call(const ast::Call& c) {
    expression_as(c.arguments.at(0), check::bytes_type());
    const std::uint16_t data = to_temp();
    span(c.span);
    m_out.push(32);
    alloc_dynamic();
    const std::uint16_t out = to_temp();
    precompile_static_call(
        vm::precompile::ripemd160_address,
        [&] {
            m_out.lget(data);
            data_and_length();
        },
        out);
    // The precompile right-aligns the 20-byte digest in its word; a bytes20 is left-aligned.
    m_out.lget(out);
    m_out.op(Op::MLOAD);
    m_out.push(96);
    m_out.op(Op::SHL);
}

// The four words in memory, then the output word after them cleared: the precompile returns
// nothing for a signature it cannot recover, which reads as address(0).
void FunctionCompiler::ecrecover_call(const ast::Call& c) {
    static const std::array<check::TypePtr, 4> inputs = {
        check::fixed_bytes_type(32), check::uint_type(8), check::fixed_bytes_type(32),
        check::fixed_bytes_type(32)};
    std::array<std::uint16_t, 4> words{};
    for (std::size_t i = 0; i < words.size(); ++i) {
        expression_as(c.arguments.at(i), inputs[i]);
        words[i] = to_temp();
    }
    span(c.span);
    m_out.push(5 * 32);
    alloc_dynamic();
    const std::uint16_t buffer = to_temp();
    for (std::size_t i = 0; i <= words.size(); ++i) {
        m_out.lget(buffer);
        m_out.push(32 * i);
        m_out.op(Op::ADD);
        if (i < words.size())
            m_out.lget(words[i]);
        else
            m_out.push(0);
        m_out.op(Op::MSTORE);
    }
    m_out.lget(buffer);
    m_out.push(4 * 32);
    m_out.op(Op::ADD);
    const std::uint16_t out = to_temp();
    precompile_static_call(
        vm::precompile::ecrecover_address,
        [&] {
            m_out.lget(buffer);
            m_out.push(4 * 32);
        },
        out);
    m_out.lget(out);
    m_out.op(Op::MLOAD);
}

void FunctionCompiler::low_level_call(const ast::Call& c, const check::ExprInfo& info) {
    using B = check::Builtin;
    expression(callee_object(c));
    std::uint16_t address = to_temp();
    std::uint16_t value = temp(), gas = temp();
    const ast::Expression* value_option = call_option(c, "value");
    const ast::Expression* gas_option = call_option(c, "gas");
    if (value_option)
        expression_as(*value_option, check::uint_type());
    else
        m_out.push(0);
    m_out.lset(value);
    if (gas_option) {
        expression_as(*gas_option, check::uint_type());
        m_out.lset(gas);
    }
    if (c.arguments.empty())
        literal_string(ast::StringLiteral{}, nullptr);
    else
        expression_as(c.arguments[0], check::bytes_type());
    std::uint16_t data = to_temp();
    span(c.span);
    if (gas_option)
        m_out.lget(gas);
    else
        m_out.op(Op::GAS);
    m_out.lget(address);
    if (info.call.builtin == B::address_call) m_out.lget(value);
    m_out.lget(data);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(data);
    m_out.op(Op::MLOAD);
    m_out.push(0);
    m_out.push(0);
    m_out.op(info.call.builtin == B::address_call         ? Op::CALL
             : info.call.builtin == B::address_staticcall ? Op::STATICCALL
                                                          : Op::DELEGATECALL);
    return_data_as_bytes();
}

void FunctionCompiler::return_data_as_bytes() { // -- bytes
    m_out.op(Op::RETURNDATASIZE);
    m_out.push(63);
    m_out.op(Op::ADD);
    m_out.push(~vm::U256{31});
    m_out.op(Op::AND);
    alloc_dynamic();
    m_out.dup(1);
    m_out.op(Op::RETURNDATASIZE);
    m_out.op(Op::MSTORE);
    m_out.dup(1);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.push(0);
    m_out.op(Op::RETURNDATASIZE);
    m_out.op(Op::RETURNDATACOPY);
}

void FunctionCompiler::array_push(const ast::Call& c, bool as_location) {
    TypePtr array = type_of(callee_object(c));
    if (array->kind == TypeKind::bytes) {
        expression(callee_object(c));
        if (c.arguments.empty())
            m_out.push(0);
        else
            expression_as(c.arguments[0], check::fixed_bytes_type(1));
        span(c.span);
        storage_bytes_push();
        if (c.arguments.empty()) m_out.push(0); // push() yields the new element, zero
        return;
    }
    if (array->kind != TypeKind::array || array->location != check::Location::storage ||
        array->length)
        unsupported(c.span, "push on something that is not a dynamic storage array");
    expression(callee_object(c));
    std::uint16_t slot = to_temp();
    std::uint16_t value = 0;
    // A storage argument (`ps.push(stored)`) stays a slot: it is copied slot to slot below.
    bool from_storage = false;
    if (!c.arguments.empty()) {
        TypePtr source = type_of(c.arguments[0]);
        from_storage =
            check::is_reference_type(*source) && source->location == check::Location::storage;
        if (from_storage)
            expression(c.arguments[0]);
        else
            expression_as(c.arguments[0], array->element);
        if (source->location == check::Location::calldata) check_calldata_value(*source);
        value = to_temp();
    }
    span(c.span);
    m_out.lget(slot);
    m_out.op(Op::SLOAD);
    std::uint16_t length = to_temp();
    m_out.lget(slot);
    m_out.lget(length);
    m_out.push(1);
    m_out.op(Op::ADD);
    m_out.op(Op::SSTORE);
    m_out.lget(slot);
    keccak_of_words(1);
    m_out.lget(length);
    std::uint64_t size = storage_slots(*array->element).value_or(1);
    if (size != 1) {
        m_out.push(size);
        m_out.op(Op::MUL);
    }
    m_out.op(Op::ADD);
    if (c.arguments.empty()) {
        // As solc, the new element is zeroed: a slot past the end may hold stale data (written
        // through a reference taken before the array shrank).
        m_out.dup(1);
        clear_storage(*array->element);
        // The new element: its slot for a reference or an lvalue, else its (zero) value.
        if (m_model.type_of(c.id)->kind == TypeKind::tuple)
            m_out.op(Op::POP);
        else if (!as_location && !check::is_reference_type(*array->element))
            load_packed(*array->element, 0);
        return;
    }
    m_out.lget(value);
    if (from_storage)
        copy_storage_to_storage(*array->element);
    else if (check::is_reference_type(*array->element))
        copy_memory_to_storage(*array->element);
    else
        store_packed(*array->element, 0);
}

// `b.push() = x`, `a.push().f = y`: push() leaves the new element to assign to.
LValue FunctionCompiler::pushed_element(const ast::Call& c) {
    const TypePtr array = type_of(callee_object(c));
    const TypePtr type = m_model.type_of(c.id);
    if (array->kind != TypeKind::bytes) {
        array_push(c, true);
        return LValue{LValue::Kind::storage, to_temp(), type};
    }
    expression(callee_object(c));
    const std::uint16_t slot = to_temp();
    span(c.span);
    m_out.lget(slot);
    m_out.push(0);
    storage_bytes_push();
    m_out.lget(slot);
    m_out.lget(slot);
    storage_bytes_length();
    m_out.push(1);
    m_out.op(Op::SUB);
    storage_byte_location();
    const std::uint16_t position = to_temp();
    LValue lv{LValue::Kind::storage_byte, to_temp(), type};
    lv.byte = position;
    return lv;
}

void FunctionCompiler::array_pop(const ast::Call& c) {
    TypePtr array = type_of(callee_object(c));
    expression(callee_object(c));
    if (array->kind == TypeKind::bytes) {
        span(c.span);
        return storage_bytes_pop();
    }
    std::uint16_t slot = to_temp();
    span(c.span);
    m_out.lget(slot);
    m_out.op(Op::SLOAD);
    m_out.dup(1);
    panic_unless(vm::panic::pop_empty);
    m_out.push(1);
    m_out.op(Op::SUB);
    std::uint16_t length = to_temp();
    m_out.lget(slot);
    keccak_of_words(1);
    m_out.lget(length);
    std::uint64_t size = storage_slots(*array->element).value_or(1);
    if (size != 1) {
        m_out.push(size);
        m_out.op(Op::MUL);
    }
    m_out.op(Op::ADD);
    clear_storage(*array->element);
    m_out.lget(slot);
    m_out.lget(length);
    m_out.op(Op::SSTORE);
}

void FunctionCompiler::console_log(const ast::Call& c) {
    std::vector<TypePtr> types;
    std::vector<std::uint16_t> values;
    std::string signature = "log(";
    for (std::size_t i = 0; i < c.arguments.size(); ++i) {
        const Type& t = *type_of(c.arguments[i]);
        signature += (i ? "," : "") + console_type(t);
        TypePtr as = console_value_type(t);
        expression_as(c.arguments[i], as);
        types.push_back(as);
        values.push_back(to_temp());
    }
    signature += ")";
    send_to_console(signature, types, values, c.span);
}

void FunctionCompiler::console_log_value(const ast::Call& c) {
    const auto& member = ast::get_if<ast::MemberAccess>(ast::unparenthesized(c.callee))->member;
    const check::ConsoleValueLog log = *check::console_value_log(member);
    expression_as(c.arguments[0], log.parameter);
    const std::vector<std::uint16_t> values{to_temp()};
    send_to_console(log.signature, {log.parameter}, values, c.span);
}

void FunctionCompiler::send_to_console(const std::string& signature,
                                       const std::vector<TypePtr>& types,
                                       const std::vector<std::uint16_t>& values, Span at) {
    abi_encode(types, values, selector_word(signature));
    std::uint16_t data = to_temp();
    span(at);
    m_out.op(Op::GAS);
    m_out.push(console_address());
    m_out.lget(data);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(data);
    m_out.op(Op::MLOAD);
    m_out.push(0);
    m_out.push(0);
    m_out.op(Op::STATICCALL);
    m_out.op(Op::POP);
}

// ---- events and errors -------------------------------------------------------------------------

/// An indexed reference value is a topic holding keccak256 of its in-place encoding, as in
/// solc: the bytes of a string or bytes, the 32-byte words of an array's elements (no length)
/// or of a struct's fields.
void FunctionCompiler::hash_indexed(const Type& t, Span at) { // ptr -- hash
    if (t.kind == TypeKind::bytes || t.kind == TypeKind::string ||
        (t.kind == TypeKind::array && !t.length && !check::is_reference_type(*t.element))) {
        data_and_length();
        if (t.kind == TypeKind::array) {
            m_out.push(5);
            m_out.op(Op::SHL);
        }
        m_out.op(Op::KECCAK256);
        return;
    }
    std::size_t words = t.kind == TypeKind::struct_             ? t.struct_info->fields.size()
                        : t.kind == TypeKind::array && t.length ? *t.length
                                                                : 0;
    bool flat = words > 0;
    if (t.kind == TypeKind::struct_)
        for (const auto& f : t.struct_info->fields)
            flat = flat && !check::is_reference_type(*f.type);
    else if (t.kind == TypeKind::array)
        flat = flat && !check::is_reference_type(*t.element);
    if (!flat) unsupported(at, "an indexed event parameter of type " + check::to_string(t));
    m_out.push(32 * words);
    m_out.op(Op::KECCAK256);
}

void FunctionCompiler::emit_statement(const ast::EmitStatement& s) {
    auto call_node = ast::get_if<ast::Call>(s.event_call);
    const check::ExprInfo* info = call_node ? m_model.expr(call_node->id) : nullptr;
    const check::EventInfo* event =
        info ? dynamic_cast<const check::EventInfo*>(info->call.target) : nullptr;
    if (!event && info && info->type) event = info->type->event;
    if (!call_node || !event) unsupported(s.span, "an emit without an event");
    m_contract.note_used(*event);
    std::vector<std::uint16_t> topics;
    std::vector<TypePtr> data_types;
    std::vector<std::uint16_t> data_values;
    for (std::size_t i = 0; i < call_node->arguments.size() && i < event->parameter_types.size();
         ++i) {
        const TypePtr& t = event->parameter_types[i];
        expression_as(call_node->arguments[i], t);
        if (event->indexed[i]) {
            if (check::is_reference_type(*t)) hash_indexed(*t, s.span);
            topics.push_back(to_temp());
        } else {
            data_types.push_back(t);
            data_values.push_back(to_temp());
        }
    }
    abi_encode(data_types, data_values, std::nullopt);
    std::uint16_t data = to_temp();
    span(s.span);
    m_out.lget(data);
    m_out.push(32);
    m_out.op(Op::ADD);
    m_out.lget(data);
    m_out.op(Op::MLOAD);
    bool anonymous = event->ast && event->ast->anonymous;
    if (!anonymous) m_out.push(vm::load_be(event->topic.data()));
    for (std::uint16_t t : topics)
        m_out.lget(t);
    static constexpr Op logs[] = {Op::LOG0, Op::LOG1, Op::LOG2, Op::LOG3, Op::LOG4};
    std::size_t count = topics.size() + (anonymous ? 0 : 1);
    if (count > 4) unsupported(s.span, "an event with more than 4 topics");
    m_out.op(logs[count]);
}

const check::ErrorInfo* FunctionCompiler::custom_error_of(const ast::Call& call) {
    const check::ExprInfo* info = m_model.expr(call.id);
    if (!info || info->call.kind != check::CallKind::error) return nullptr;
    const auto* error = dynamic_cast<const check::ErrorInfo*>(info->call.target);
    if (!error && info->type) error = info->type->error;
    if (error) m_contract.note_used(*error);
    return error;
}

std::vector<std::uint16_t> FunctionCompiler::error_arguments(const ast::Call& call,
                                                             const check::ErrorInfo& error) {
    std::vector<std::uint16_t> values;
    for (std::size_t i = 0; i < call.arguments.size() && i < error.parameter_types.size(); ++i) {
        expression_as(call.arguments[i], error.parameter_types[i]);
        values.push_back(to_temp());
    }
    return values;
}

void FunctionCompiler::revert_statement(const ast::RevertStatement& s) {
    auto call_node = ast::get_if<ast::Call>(s.error_call);
    const check::ErrorInfo* error = call_node ? custom_error_of(*call_node) : nullptr;
    if (!call_node || !error) unsupported(s.span, "a revert without a custom error");
    std::vector<std::uint16_t> values = error_arguments(*call_node, *error);
    span(s.span);
    abi_encode(error->parameter_types, values, error->selector);
    revert_with_data_on_stack();
}

} // namespace mallory::lang::codegen
