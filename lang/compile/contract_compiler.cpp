// One deployable contract: dispatcher, constructor, getters, ABI; and compile() over a program.
#include "lang/compile/codegen.hpp"
#include "lang/parser/ast_util.hpp"

#include <algorithm>
#include <filesystem>

namespace mallory::lang::codegen {

using vm::Op;

namespace {

vm::Mutability abi_mutability(ast::Mutability m) {
    switch (m) {
    case ast::Mutability::pure:
        return vm::Mutability::Pure;
    case ast::Mutability::view:
        return vm::Mutability::View;
    case ast::Mutability::payable:
        return vm::Mutability::Payable;
    case ast::Mutability::nonpayable:
        return vm::Mutability::NonPayable;
    }
    return vm::Mutability::NonPayable;
}

/// The file name stored in a container's source map: where the checkout or the built-in
/// forge-std live must not change the code (its size is charged at deployment), so absolute
/// paths become `forge-std/...` or relative to the working directory.
std::string portable_path(const std::string& path) {
    namespace fs = std::filesystem;
    fs::path p(path);
    if (!p.is_absolute()) return path;
    std::string text = p.generic_string();
    if (auto at = text.rfind("/forge-std/"); at != std::string::npos) return text.substr(at + 1);
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    if (!ec) {
        fs::path relative = p.lexically_relative(cwd);
        if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
    }
    return p.filename().generic_string();
}

std::vector<std::string> abi_names(const std::vector<TypePtr>& types) {
    std::vector<std::string> out;
    for (const TypePtr& t : types)
        out.push_back(check::abi_name(*t));
    return out;
}

} // namespace

// ---- function 0: the dispatcher -----------------------------------------------------------------

void FunctionCompiler::compile_dispatcher(std::uint16_t index) {
    const ContractInfo& c = m_contract.contract();
    m_out.begin_function(index);
    if (c.ast) span(c.ast->name_span);
    m_out.push(0x40); // free memory pointer := 0x80
    m_out.push(0x80);
    m_out.op(Op::MSTORE);
    Label no_selector = m_out.new_label(), fallback = m_out.new_label();
    m_out.op(Op::CALLDATASIZE);
    m_out.push(4);
    m_out.op(Op::LT);
    m_out.jump(Op::JUMPI, no_selector);
    m_out.push(0);
    m_out.op(Op::CALLDATALOAD);
    m_out.push(224);
    m_out.op(Op::SHR);
    std::uint16_t selector = to_temp();
    std::vector<std::pair<const FunctionInfo*, Label>> stubs;
    for (const FunctionInfo* f : c.external_functions) {
        Label stub = m_out.new_label();
        m_out.lget(selector);
        m_out.push(f->selector);
        m_out.op(Op::EQ);
        m_out.jump(Op::JUMPI, stub);
        stubs.emplace_back(f, stub);
    }
    m_out.jump(Op::JUMP, fallback);

    m_out.bind(no_selector); // empty calldata goes to receive() when there is one
    if (c.receive) {
        Label receive = m_out.new_label();
        m_out.op(Op::CALLDATASIZE);
        m_out.jump(Op::JUMPZ, receive);
        m_out.jump(Op::JUMP, fallback);
        m_out.bind(receive);
        if (c.receive->ast) span(c.receive->ast->span);
        m_out.callf(m_contract.function_index(*c.receive));
        m_out.op(Op::STOP);
    }
    m_out.bind(fallback);
    if (c.fallback) {
        if (c.fallback->ast) span(c.fallback->ast->span);
        if (c.fallback->mutability != ast::Mutability::payable) {
            m_out.op(Op::CALLVALUE);
            m_out.op(Op::ISZERO);
            revert_unless();
        }
        if (c.fallback->parameter_types.empty()) {
            m_out.callf(m_contract.function_index(*c.fallback));
            m_out.op(Op::STOP);
        } else { // fallback(bytes calldata input) returns (bytes memory output)
            msg_data();
            m_out.callf(m_contract.function_index(*c.fallback));
            return_raw_bytes();
        }
    } else {
        revert_empty();
    }
    for (auto& [f, stub] : stubs) {
        m_out.bind(stub);
        external_stub(*f);
    }
    m_out.end_function();
}

void FunctionCompiler::return_raw_bytes() { // p --: returns p's bytes, not ABI-encoded
    data_and_length();
    m_out.op(Op::RETURN);
}

void FunctionCompiler::external_stub(const FunctionInfo& f) {
    if (f.ast)
        span(f.ast->name_span.end ? f.ast->name_span : f.ast->span);
    else if (f.getter_of)
        span(f.getter_of->span);
    if (f.mutability != ast::Mutability::payable) {
        m_out.op(Op::CALLVALUE);
        m_out.op(Op::ISZERO);
        revert_unless();
    }
    std::uint64_t head = 0;
    for (const TypePtr& t : f.parameter_types)
        head += abi_head_size(*t);
    if (head > 0) { // calldata too short for the arguments: revert, as solc does
        m_out.op(Op::CALLDATASIZE);
        m_out.push(4 + head);
        m_out.op(Op::LT);
        m_out.op(Op::ISZERO);
        revert_unless();
    }
    std::uint64_t pos = 4;
    for (const TypePtr& t : f.parameter_types) {
        decode_calldata(*t, pos, 4);
        pos += abi_head_size(*t);
    }
    m_out.callf(m_contract.function_index(f));
    std::vector<std::uint16_t> results(f.return_types.size());
    for (std::size_t i = results.size(); i-- > 0;)
        results[i] = to_temp();
    std::vector<TypePtr> types;
    for (const TypePtr& t : f.return_types)
        types.push_back(
            check::is_reference_type(*t) ? check::with_location(t, check::Location::memory) : t);
    abi_encode(types, results, std::nullopt);
    return_raw_bytes();
}

// ---- getters of public state variables ---------------------------------------------------------

void FunctionCompiler::compile_getter(const FunctionInfo& f) {
    const VariableInfo* var = f.getter_of;
    span(var->span);
    TypePtr type = var->type;
    if (var->constant) {
        if (!var->constant_value) {
            if (!var->ast_state || !var->ast_state->initial_value)
                unsupported(var->span, "a constant without a value");
            expression_as(*var->ast_state->initial_value, type);
        } else {
            // A bytesN constant's value is its number; the getter returns it left-aligned
            // (`bytes4 public constant X = 0x12345678`), as push_constant does for every use.
            const unsigned pad =
                type->kind == TypeKind::fixed_bytes ? 8u * (32u - type->byte_size) : 0u;
            m_out.push(vm::shl(constant_word(*var->constant_value), pad));
        }
        m_out.retf();
        m_out.end_function();
        return;
    }
    const StorageLocation at = m_contract.layout().location_of(var);
    m_out.push(at.slot);
    for (std::size_t i = 0; i < f.parameter_types.size(); ++i) {
        auto key = static_cast<std::uint16_t>(i);
        if (type->kind == TypeKind::mapping) {
            if (is_byte_array(*type->key)) {
                m_out.lget(key);
                bytes_key_slot();
                type = type->element;
                continue;
            }
            std::uint16_t slot = to_temp();
            m_out.lget(key);
            m_out.lget(slot);
            keccak_of_words(2);
            type = type->element;
        } else if (type->kind == TypeKind::array) {
            std::uint16_t location = to_temp();
            m_out.lget(key);
            if (type->length)
                m_out.push(*type->length);
            else {
                m_out.lget(location);
                m_out.op(Op::SLOAD);
            }
            m_out.op(Op::LT);
            revert_unless(); // solc's getters revert without data here, not with a Panic
            m_out.lget(location);
            if (!type->length) keccak_of_words(1);
            m_out.lget(key);
            std::uint64_t size = storage_slots(*type->element).value_or(1);
            if (size != 1) {
                m_out.push(size);
                m_out.op(Op::MUL);
            }
            m_out.op(Op::ADD);
            type = type->element;
        }
    }
    if (type->kind == TypeKind::struct_) {
        // solc returns the members that are values, byte arrays and structs (a memory copy),
        // and leaves out arrays and mappings, as the getter's return types (check) say.
        std::uint16_t slot = to_temp();
        for (const auto& field : type->struct_info->fields) {
            if (field.type->kind == TypeKind::mapping || field.type->kind == TypeKind::array)
                continue;
            const StorageLocation field_at = field_location(*type->struct_info, field.name);
            m_out.lget(slot);
            m_out.push(field_at.slot);
            m_out.op(Op::ADD);
            if (is_byte_array(*field.type))
                storage_bytes_to_memory();
            else if (field.type->kind == TypeKind::struct_)
                copy_storage_to_memory(*field.type);
            else
                load_packed(*field.type, field_at.offset);
        }
    } else if (is_byte_array(*type)) {
        storage_bytes_to_memory();
    } else if (f.parameter_types.empty()) { // the variable itself
        load_state_variable(*var, at.offset);
    } else { // a value reached through keys starts its own slot
        load_packed(*type, 0, var->transient);
    }
    m_out.retf();
    m_out.end_function();
}

// ---- the constructor
// -----------------------------------------------------------------------------

void FunctionCompiler::compile_constructor(std::uint16_t index) {
    const ContractInfo& c = m_contract.contract();
    m_out.begin_function(index);
    if (c.ast) span(c.ast->name_span);
    m_out.push(0x40);
    m_out.push(0x80);
    m_out.op(Op::MSTORE);
    const FunctionInfo* own = c.constructor;
    if (!own || own->mutability != ast::Mutability::payable) {
        m_out.op(Op::CALLVALUE);
        m_out.op(Op::ISZERO);
        revert_unless();
    }
    if (own) { // constructor arguments are the calldata of the creation frame
        std::uint64_t head = 0;
        for (const TypePtr& t : own->parameter_types)
            head += abi_head_size(*t);
        if (head > 0) {
            m_out.op(Op::CALLDATASIZE);
            m_out.push(head);
            m_out.op(Op::LT);
            m_out.op(Op::ISZERO);
            revert_unless();
        }
        std::uint64_t pos = 0;
        for (std::size_t i = 0; i < own->parameters.size(); ++i) {
            decode_calldata(*own->parameter_types[i], pos, 0);
            pos += abi_head_size(*own->parameter_types[i]);
            m_locals[own->parameters[i]] = to_temp();
        }
    }
    // As solc does: every state variable initialiser runs first, base to derived, and only
    // then the constructors (a derived initialiser reading a base's variable sees it before
    // the base's constructor body has run).
    std::vector<const ContractInfo*> order(c.linearization.rbegin(), c.linearization.rend());
    for (const ContractInfo* base : order) {
        m_lexical_contract = base;
        initialise_state_variables(*base);
    }
    std::vector<std::vector<std::uint16_t>> arguments = base_constructor_arguments();
    for (std::size_t i = order.size(); i-- > 0;) {
        const ContractInfo* base = c.linearization[i];
        m_lexical_contract = base;
        const FunctionInfo* ctor = base->constructor;
        if (!ctor || !ctor->implemented) continue;
        for (std::uint16_t local : arguments[i])
            m_out.lget(local);
        m_out.callf(m_contract.function_index(*ctor));
    }
    m_out.op(Op::STOP);
    m_out.end_function();
}

std::vector<std::vector<std::uint16_t>> FunctionCompiler::base_constructor_arguments() {
    // solc's legacy order: a constructor evaluates the arguments of the next base constructor
    // of the linearization before its own modifiers and body, and that base does the same; so
    // every argument is evaluated first, most derived base first, and the bodies run after,
    // most base first. An argument may read the parameters of the constructor that names it.
    const ContractInfo& c = m_contract.contract();
    std::vector<std::vector<std::uint16_t>> arguments(c.linearization.size());
    if (c.constructor)
        for (const VariableInfo* p : c.constructor->parameters)
            arguments[0].push_back(m_locals.at(p));
    for (std::size_t i = 1; i < c.linearization.size(); ++i) {
        const FunctionInfo* ctor = c.linearization[i]->constructor;
        if (!ctor || !ctor->implemented || ctor->parameters.empty()) continue;
        const check::BaseConstructorArgs* args = nullptr;
        for (const auto& a : c.base_arguments)
            if (a.base == c.linearization[i]) args = &a;
        if (!args || !args->arguments) {
            unsupported(ctor->span, "a base constructor whose arguments are not given");
            continue;
        }
        m_lexical_contract = args->written_in;
        for (std::size_t k = 0; k < ctor->parameter_types.size(); ++k) {
            expression_as((*args->arguments)[k], ctor->parameter_types[k]);
            arguments[i].push_back(to_temp());
            m_locals[ctor->parameters[k]] = arguments[i].back();
        }
    }
    return arguments;
}

void FunctionCompiler::initialise_state_variables(const ContractInfo& base) {
    for (const VariableInfo* var : base.state_variables) {
        if (var->constant || !var->ast_state || !var->ast_state->initial_value) continue;
        span(var->ast_state->span);
        const ast::Expression& value = *var->ast_state->initial_value;
        const StorageLocation at = m_contract.layout().location_of(var);
        if (check::is_reference_type(*var->type)) {
            m_out.push(at.slot);
            TypePtr source = type_of(value);
            if (source->location != check::Location::storage &&
                (ast::get_if<ast::InlineArray>(value) ||
                 needs_array_conversion(*source, *var->type)))
                expression_as(value, var->type); // built in the variable's memory shape
            else
                expression(value);
            if (source->location == check::Location::storage)
                copy_storage_to_storage(*var->type);
            else
                copy_memory_to_storage(*var->type);
            continue;
        }
        m_out.push(at.slot);
        expression_as(value, var->type);
        store_packed(*var->type, at.offset);
    }
}

// ---- ContractCompiler
// ----------------------------------------------------------------------------

ContractCompiler::ContractCompiler(const SourceManager& sources, const check::SemanticModel& model,
                                   const ContractInfo& contract, const CompileOutput& compiled)
    : m_sources(sources), m_model(model), m_contract(contract), m_compiled(compiled),
      m_layout(contract) {}

std::uint16_t ContractCompiler::function_index(const FunctionInfo& f) {
    auto it = m_function_indices.find(&f);
    if (it != m_function_indices.end()) return it->second;
    std::uint16_t index =
        m_emitter.declare_function(static_cast<std::uint16_t>(f.parameter_types.size()),
                                   static_cast<std::uint16_t>(f.return_types.size()));
    m_function_indices[&f] = index;
    m_queue.push_back(&f);
    return index;
}

std::shared_ptr<const vm::ContractCode> ContractCompiler::compiled_code(const ContractInfo& c,
                                                                        Span span) const {
    const CompiledContract* compiled = m_compiled.find(c.name);
    if (!compiled || compiled->info != &c)
        throw Unsupported{span, "creating '" + c.name +
                                    "', which must be compiled first (it is "
                                    "abstract, failed to compile, or creates this contract)"};
    return compiled->code;
}

std::uint16_t ContractCompiler::child_index(const ContractInfo& c, Span span) {
    for (std::size_t i = 0; i < m_child_infos.size(); ++i)
        if (m_child_infos[i] == &c) return static_cast<std::uint16_t>(i);
    m_children.push_back(compiled_code(c, span));
    m_child_infos.push_back(&c);
    return static_cast<std::uint16_t>(m_children.size() - 1);
}

std::shared_ptr<vm::ContractCode> ContractCompiler::run() {
    try {
        return compile_contract();
    } catch (const CodeLimitExceeded& e) {
        throw Unsupported{e.span.end > 0 ? e.span : m_contract.span, e.what};
    }
}

std::shared_ptr<vm::ContractCode> ContractCompiler::compile_contract() {
    auto out = std::make_shared<vm::ContractCode>();
    out->name = m_contract.name;
    if (!m_layout.ok()) throw Unsupported{m_contract.span, "storage layout over 2^64 slots"};
    std::uint16_t dispatcher = m_emitter.declare_function(0, 0);
    std::uint16_t constructor = m_emitter.declare_function(0, 0);
    FunctionCompiler(*this, m_emitter).compile_dispatcher(dispatcher);
    FunctionCompiler(*this, m_emitter).compile_constructor(constructor);
    // Both queues grow while compiling: a body with inline assembly queues its Yul functions.
    for (std::size_t i = 0, j = 0; i < m_queue.size() || j < m_yul_queue.size();) {
        if (i < m_queue.size()) {
            const FunctionInfo* f = m_queue[i++];
            FunctionCompiler(*this, m_emitter).compile_function(*f, m_function_indices.at(f));
        } else {
            const YulFunctionJob job = m_yul_queue[j++]; // a copy: the queue may reallocate
            FunctionCompiler(*this, m_emitter).compile_yul_function(job);
        }
    }
    std::vector<std::string> files;
    for (std::size_t i = 0; i < m_sources.size(); ++i)
        files.push_back(portable_path(m_sources.file(static_cast<FileId>(i)).path()));
    m_emitter.finish(*out, files);
    out->constructor = constructor;
    out->children = m_children;
    build_abi(*out);
    return out;
}

void ContractCompiler::note_used(const check::Declaration& d) {
    if (std::find(m_used.begin(), m_used.end(), &d) == m_used.end()) m_used.push_back(&d);
}

void ContractCompiler::build_abi(vm::ContractCode& out) const {
    for (const FunctionInfo* f : m_contract.external_functions) {
        vm::AbiEntry e;
        e.kind = vm::AbiKind::Function;
        e.name = f->name;
        e.signature = f->signature;
        e.inputs = abi_names(f->parameter_types);
        e.outputs = abi_names(f->return_types);
        e.mutability = abi_mutability(f->mutability);
        out.abi.push_back(std::move(e));
    }
    if (const FunctionInfo* ctor = m_contract.constructor) {
        vm::AbiEntry e;
        e.kind = vm::AbiKind::Constructor;
        e.inputs = abi_names(ctor->parameter_types);
        e.mutability = abi_mutability(ctor->mutability);
        out.abi.push_back(std::move(e));
    }
    if (m_contract.receive)
        out.abi.push_back(
            {vm::AbiKind::Receive, "", "", {}, {}, {}, vm::Mutability::Payable, false});
    if (m_contract.fallback)
        out.abi.push_back({vm::AbiKind::Fallback,
                           "",
                           "",
                           {},
                           {},
                           {},
                           abi_mutability(m_contract.fallback->mutability),
                           false});
    auto add_event = [&](const check::EventInfo& ev) {
        vm::AbiEntry e;
        e.kind = vm::AbiKind::Event;
        e.name = ev.name;
        e.signature = ev.signature;
        e.inputs = abi_names(ev.parameter_types);
        e.indexed = ev.indexed;
        e.anonymous = ev.ast && ev.ast->anonymous;
        out.abi.push_back(std::move(e));
    };
    auto add_error = [&](const check::ErrorInfo& er) {
        vm::AbiEntry e;
        e.kind = vm::AbiKind::Error;
        e.name = er.name;
        e.signature = er.signature;
        e.inputs = abi_names(er.parameter_types);
        out.abi.push_back(std::move(e));
    };
    for (const ContractInfo* base : m_contract.linearization) {
        for (const check::EventInfo* ev : base->events)
            add_event(*ev);
        for (const check::ErrorInfo* er : base->errors)
            add_error(*er);
    }
    for (const check::Declaration* d : m_used) {
        if (d->contract && m_contract.derives_from(d->contract)) continue; // listed above
        if (const auto* ev = dynamic_cast<const check::EventInfo*>(d)) add_event(*ev);
        if (const auto* er = dynamic_cast<const check::ErrorInfo*>(d)) add_error(*er);
    }
}

} // namespace mallory::lang::codegen

namespace mallory::lang {

const CompiledContract* CompileOutput::find(std::string_view name) const {
    for (const CompiledContract& c : contracts)
        if (c.name == name) return &c;
    return nullptr;
}

CompileOutput compile(const SourceManager& sources, const check::SemanticModel& model,
                      Diagnostics& diagnostics) {
    CompileOutput output;
    // A contract is compiled after every contract it creates; repeat passes until no progress.
    std::vector<const check::ContractInfo*> pending;
    for (const check::ContractInfo* c : model.contracts())
        if (c->is_deployable() && !c->builtin_console) pending.push_back(c);
    std::vector<codegen::Unsupported> last_errors;
    while (!pending.empty()) {
        std::vector<const check::ContractInfo*> failed;
        last_errors.clear();
        for (const check::ContractInfo* c : pending) {
            try {
                codegen::ContractCompiler compiler(sources, model, *c, output);
                output.contracts.push_back({c->name, c, compiler.run()});
            } catch (const codegen::Unsupported& e) {
                failed.push_back(c);
                last_errors.push_back(e);
            }
        }
        if (failed.size() == pending.size()) break;
        pending = std::move(failed);
    }
    for (const codegen::Unsupported& e : last_errors)
        diagnostics.error(DiagCode::CompileUnsupported, e.span, "cannot compile " + e.what);
    // keep source order, independent of the passes
    std::vector<CompiledContract> ordered;
    for (const check::ContractInfo* c : model.contracts())
        if (const CompiledContract* done = output.find(c->name); done && done->info == c)
            ordered.push_back(*done);
    output.contracts = std::move(ordered);
    return output;
}

} // namespace mallory::lang
