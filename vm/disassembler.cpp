#include "vm/disassembler.hpp"

#include "vm/opcodes.hpp"

#include <fmt/format.h>

namespace mallory::vm {

namespace {

std::uint64_t read_le(const std::uint8_t* p, std::size_t n) {
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < n; ++i)
        v |= std::uint64_t{p[i]} << (8 * i);
    return v;
}

std::string format_imm(const ContractCode& c, Imm k, std::uint64_t v) {
    switch (k) {
    case Imm::Type: {
        const IntType t = IntType::decode(static_cast<std::uint8_t>(v));
        return fmt::format("{}{}", t.is_signed ? "int" : "uint", t.bits());
    }
    case Imm::Local:
        return fmt::format("${}", v);
    case Imm::Func:
        return fmt::format("f{}", v);
    case Imm::Const:
        return v < c.constants.size() ? fmt::format("k{}={}", v, to_hex(c.constants[v]))
                                      : fmt::format("k{}", v);
    case Imm::Child:
        return fmt::format("child{}", v);
    case Imm::Target:
        return fmt::format("@{:04x}", v);
    case Imm::U8:
    case Imm::U64:
        return fmt::format("{:#x}", v);
    default:
        return fmt::format("{}", v);
    }
}

/// 1-based line number and text of byte offset `pos` in `text`.
std::pair<std::size_t, std::string> line_of(const std::string& text, std::size_t pos) {
    pos = std::min(pos, text.size());
    std::size_t line = 1, start = 0;
    for (std::size_t i = 0; i < pos; ++i)
        if (text[i] == '\n') ++line, start = i + 1;
    const std::size_t end = text.find('\n', start);
    return {line, text.substr(start, end == std::string::npos ? std::string::npos : end - start)};
}

std::string source_note(const ContractCode& c, std::uint32_t pc, const SourceTexts* sources,
                        std::optional<SourceSpan>& last) {
    const auto span = c.span_at(pc);
    if (!span || (last && *last == *span)) return {};
    last = span;
    const std::string file = span->file < c.files.size() ? c.files[span->file] : "?";
    if (!sources || span->file >= sources->size())
        return fmt::format("  ; {}:{}", file, span->begin);
    const auto [line, text] = line_of((*sources)[span->file], span->begin);
    return fmt::format("  ; {}:{}: {}", file, line, text);
}

} // namespace

std::string disassemble(const ContractCode& c, const SourceTexts* sources) {
    std::string out =
        fmt::format("contract {} ({} bytes of code, {} functions)\n",
                    c.name.empty() ? "<unnamed>" : c.name, c.code.size(), c.functions.size());
    for (std::size_t fi = 0; fi < c.functions.size(); ++fi) {
        const FunctionInfo& f = c.functions[fi];
        out += fmt::format("\nf{}: inputs={} outputs={} locals={} max_stack={}{}\n", fi, f.inputs,
                           f.outputs, f.locals, f.max_stack,
                           c.constructor && *c.constructor == fi ? " (constructor)" : "");
        std::optional<SourceSpan> last;
        const std::uint64_t end =
            std::min<std::uint64_t>(std::uint64_t{f.offset} + f.size, c.code.size());
        for (std::uint64_t pc = f.offset; pc < end;) {
            const OpInfo* op = op_info(c.code[pc]);
            if (!op) {
                out += fmt::format("  {:04x}  .byte {:#04x}\n", pc, c.code[pc]);
                ++pc;
                continue;
            }
            std::string operands;
            std::uint64_t ipos = pc + 1;
            for (Imm k : op->imms) {
                if (k == Imm::None) continue;
                const std::size_t n = imm_size(k);
                if (ipos + n > end) {
                    operands += " <truncated>";
                    break;
                }
                operands += " " + format_imm(c, k, read_le(c.code.data() + ipos, n));
                ipos += n;
            }
            const std::string gas =
                op->dynamic.empty() ? fmt::format("{}", op->gas) : fmt::format("{}+", op->gas);
            std::string line =
                fmt::format("  {:04x}  {:<14}{:<28} gas {:>6}", pc, op->name, operands, gas);
            line += source_note(c, static_cast<std::uint32_t>(pc), sources, last);
            out += line + "\n";
            pc += 1 + op->imm_bytes;
        }
    }
    for (std::size_t i = 0; i < c.children.size(); ++i)
        if (c.children[i])
            out += fmt::format("\nchild{}: ", i) + disassemble(*c.children[i], sources);
    return out;
}

} // namespace mallory::vm
