#pragma once
// A small assembler for Mallory bytecode: functions with labels, constant pooling, source
// spans recorded with each instruction, and max_stack computed by the verifier's analysis.
// Used by tests, benchmarks and fuzz seeds; the compiler can use it as its emitter.
//
//   Builder b;
//   auto& f = b.function(0, 0);           // function 0: the entry
//   auto loop = f.label();
//   f.push(10).lset(0) ...;  f.bind(loop) ...;  f.emit(Op::JUMPI, {loop});
//   ContractCode code = b.build();

#include "vm/code.hpp"
#include "vm/opcodes.hpp"

#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace mallory::vm {

struct Label {
    std::uint32_t id;
};

/// An immediate operand: a number, or a label for Target immediates.
struct Operand {
    std::uint64_t value = 0;
    std::optional<Label> label;
    template <std::integral T>
    Operand(T v) : value(static_cast<std::uint64_t>(v)) {} // NOLINT: implicit, for brace lists
    Operand(Label l) : label(l) {}                         // NOLINT
};

class Builder;

class FunctionBuilder {
public:
    Label label();
    FunctionBuilder& bind(Label l);
    /// Emits an instruction; operands are encoded according to the opcode's immediate kinds.
    FunctionBuilder& emit(Op op, std::initializer_list<Operand> operands = {});
    /// Pushes a value with the shortest encoding (PUSH0, PUSH1, PUSH8 or a pooled PUSHK).
    FunctionBuilder& push(const U256& v);
    FunctionBuilder& lget(std::uint16_t slot) { return emit(Op::LGET, {slot}); }
    FunctionBuilder& lset(std::uint16_t slot) { return emit(Op::LSET, {slot}); }
    FunctionBuilder& callf(std::uint16_t fn) { return emit(Op::CALLF, {fn}); }
    FunctionBuilder& checked(Op op, IntType t) { return emit(op, {t.encode()}); }
    /// Raw bytes (hostile-input tests only).
    FunctionBuilder& raw(std::initializer_list<std::uint8_t> bytes);
    /// Source span attached to the instructions emitted from now on.
    FunctionBuilder& span(SourceSpan s);
    /// Overrides the computed max_stack (for verifier tests).
    FunctionBuilder& declare_max_stack(std::uint16_t n);

    [[nodiscard]] std::uint32_t size() const noexcept {
        return static_cast<std::uint32_t>(m_code.size());
    }

private:
    friend class Builder;
    FunctionBuilder(Builder& b, FunctionInfo info) : m_builder(&b), m_info(info) {}

    struct Fixup {
        std::uint32_t at;
        Label label;
    };
    Builder* m_builder;
    FunctionInfo m_info;
    Bytes m_code;
    std::vector<std::int64_t> m_labels; ///< position per label id, -1 while unbound
    std::vector<Fixup> m_fixups;
    std::vector<SourceMapEntry> m_spans; ///< offsets relative to the function
    std::optional<SourceSpan> m_span;
    std::optional<std::uint16_t> m_max_stack;
};

class Builder {
public:
    Builder();
    ~Builder();
    Builder(const Builder&) = delete;
    Builder& operator=(const Builder&) = delete;

    Builder& name(std::string n);
    /// Adds the next function (index = number of functions added before).
    FunctionBuilder& function(std::uint16_t inputs, std::uint16_t outputs,
                              std::uint16_t locals = 0);
    FunctionBuilder& function_at(std::size_t index) { return *m_functions.at(index); }
    std::uint16_t constant(const U256& v);
    std::uint16_t child(std::shared_ptr<const ContractCode> c);
    Builder& constructor(std::uint16_t fn);
    Builder& abi(AbiEntry e);
    std::uint32_t file(std::string name);

    /// Lays out the functions, resolves labels and computes max_stack. Throws
    /// std::logic_error for an unbound label (a bug in the caller, not bad input).
    ContractCode build() const;

private:
    std::string m_name;
    std::vector<std::unique_ptr<FunctionBuilder>> m_functions;
    std::vector<U256> m_constants;
    std::vector<std::shared_ptr<const ContractCode>> m_children;
    std::optional<std::uint16_t> m_constructor;
    std::vector<AbiEntry> m_abi;
    std::vector<std::string> m_files;
};

/// ABI entry for a function from its canonical signature, e.g. "transfer(address,uint256)".
AbiEntry abi_function(std::string signature, std::vector<std::string> outputs = {},
                      Mutability m = Mutability::NonPayable);

} // namespace mallory::vm
