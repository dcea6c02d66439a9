#include "vm/builder.hpp"

#include "vm/verify.hpp"

#include <stdexcept>

namespace mallory::vm {

Label FunctionBuilder::label() {
    m_labels.push_back(-1);
    return Label{static_cast<std::uint32_t>(m_labels.size() - 1)};
}

FunctionBuilder& FunctionBuilder::bind(Label l) {
    m_labels.at(l.id) = static_cast<std::int64_t>(m_code.size());
    return *this;
}

FunctionBuilder& FunctionBuilder::emit(Op op, std::initializer_list<Operand> operands) {
    const OpInfo& inf = info(op);
    if (m_span) {
        const auto at = static_cast<std::uint32_t>(m_code.size());
        if (m_spans.empty() || !(m_spans.back().span == *m_span)) m_spans.push_back({at, *m_span});
    }
    m_code.push_back(static_cast<std::uint8_t>(op));
    auto it = operands.begin();
    for (Imm k : inf.imms) {
        if (k == Imm::None) continue;
        if (it == operands.end())
            throw std::logic_error("missing operand for " + std::string(inf.name));
        const Operand& o = *it++;
        if (o.label) m_fixups.push_back({static_cast<std::uint32_t>(m_code.size()), *o.label});
        for (std::size_t i = 0; i < imm_size(k); ++i)
            m_code.push_back(static_cast<std::uint8_t>(o.value >> (8 * i)));
    }
    if (it != operands.end())
        throw std::logic_error("too many operands for " + std::string(inf.name));
    return *this;
}

FunctionBuilder& FunctionBuilder::push(const U256& v) {
    if (v.is_zero()) return emit(Op::PUSH0);
    if (v.fits64() && v.w[0] < 256) return emit(Op::PUSH1, {v.w[0]});
    if (v.fits64()) return emit(Op::PUSH8, {v.w[0]});
    return emit(Op::PUSHK, {m_builder->constant(v)});
}

FunctionBuilder& FunctionBuilder::raw(std::initializer_list<std::uint8_t> bytes) {
    m_code.insert(m_code.end(), bytes.begin(), bytes.end());
    return *this;
}

FunctionBuilder& FunctionBuilder::span(SourceSpan s) {
    m_span = s;
    return *this;
}

FunctionBuilder& FunctionBuilder::declare_max_stack(std::uint16_t n) {
    m_max_stack = n;
    return *this;
}

Builder::Builder() = default;
Builder::~Builder() = default;

Builder& Builder::name(std::string n) {
    m_name = std::move(n);
    return *this;
}

FunctionBuilder& Builder::function(std::uint16_t inputs, std::uint16_t outputs,
                                   std::uint16_t locals) {
    FunctionInfo fi;
    fi.inputs = inputs;
    fi.outputs = outputs;
    fi.locals = locals;
    m_functions.push_back(std::unique_ptr<FunctionBuilder>(new FunctionBuilder(*this, fi)));
    return *m_functions.back();
}

std::uint16_t Builder::constant(const U256& v) {
    for (std::size_t i = 0; i < m_constants.size(); ++i)
        if (m_constants[i] == v) return static_cast<std::uint16_t>(i);
    m_constants.push_back(v);
    return static_cast<std::uint16_t>(m_constants.size() - 1);
}

std::uint16_t Builder::child(std::shared_ptr<const ContractCode> c) {
    m_children.push_back(std::move(c));
    return static_cast<std::uint16_t>(m_children.size() - 1);
}

Builder& Builder::constructor(std::uint16_t fn) {
    m_constructor = fn;
    return *this;
}

Builder& Builder::abi(AbiEntry e) {
    m_abi.push_back(std::move(e));
    return *this;
}

std::uint32_t Builder::file(std::string name) {
    m_files.push_back(std::move(name));
    return static_cast<std::uint32_t>(m_files.size() - 1);
}

ContractCode Builder::build() const {
    ContractCode c;
    c.name = m_name;
    c.constants = m_constants;
    c.children = m_children;
    c.constructor = m_constructor;
    c.abi = m_abi;
    c.files = m_files;
    for (const auto& fb : m_functions) {
        FunctionInfo fi = fb->m_info;
        fi.offset = static_cast<std::uint32_t>(c.code.size());
        fi.size = fb->size();
        Bytes code = fb->m_code;
        for (const auto& fx : fb->m_fixups) {
            const std::int64_t pos = fb->m_labels.at(fx.label.id);
            if (pos < 0) throw std::logic_error("unbound label in function builder");
            const auto target = static_cast<std::uint32_t>(fi.offset + pos);
            for (int i = 0; i < 4; ++i)
                code[fx.at + i] = static_cast<std::uint8_t>(target >> (8 * i));
        }
        for (const SourceMapEntry& e : fb->m_spans)
            c.source_map.push_back({fi.offset + e.offset, e.span});
        c.code.insert(c.code.end(), code.begin(), code.end());
        c.functions.push_back(fi);
    }
    for (std::size_t i = 0; i < m_functions.size(); ++i) {
        if (m_functions[i]->m_max_stack) {
            c.functions[i].max_stack = *m_functions[i]->m_max_stack;
            continue;
        }
        const int ms = compute_max_stack(c, i);
        c.functions[i].max_stack = static_cast<std::uint16_t>(ms < 0 ? 0 : ms);
    }
    return c;
}

AbiEntry abi_function(std::string signature, std::vector<std::string> outputs, Mutability m) {
    AbiEntry e;
    e.kind = AbiKind::Function;
    const auto paren = signature.find('(');
    e.name = signature.substr(0, paren);
    if (paren != std::string::npos && signature.size() > paren + 2) {
        std::string args = signature.substr(paren + 1, signature.size() - paren - 2);
        std::size_t start = 0;
        int depth = 0;
        for (std::size_t i = 0; i <= args.size(); ++i) {
            if (i == args.size() || (args[i] == ',' && depth == 0)) {
                e.inputs.push_back(args.substr(start, i - start));
                start = i + 1;
            } else if (args[i] == '(') {
                ++depth;
            } else if (args[i] == ')') {
                --depth;
            }
        }
    }
    e.signature = std::move(signature);
    e.outputs = std::move(outputs);
    e.mutability = m;
    return e;
}

} // namespace mallory::vm
