// Mallory's annotations in `///` doc comments (LANGUAGE.md §7): `/// #invariant <expr>;` before a
// contract, `/// #if_succeeds <expr>;` before a function. The expression is parsed with the
// grammar's own expression rule from a copy of the comment in which every `///` is blanked
// out, so that an annotation may continue over several lines and every span still points at
// the right byte of the file.
#include "lang/parser/ast_util.hpp"
#include "lang/parser/lexer.hpp"
#include "lang/parser/passes.hpp"
#include "lang/parser/recovery.hpp"

#include <algorithm>
#include <map>

namespace mallory::lang::parser {

namespace {

/// Consecutive doc lines with only whitespace between them.
struct DocGroup {
    std::size_t first = 0; ///< index into the doc lines
    std::size_t last = 0;  ///< inclusive
    bool used = false;
};

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (is_space(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        out += c;
        space = false;
    }
    return out;
}

/// `what` may appear here: an invariant before a contract, a postcondition before a function,
/// nothing elsewhere (std::nullopt).
struct GroupParser {
    ParseState& file_state;
    std::string_view text;
    const std::vector<DocLine>& lines;
    const DocGroup& group;
    std::optional<ast::AnnotationKind> allowed;
    std::vector<ast::Annotation>& out;

    std::uint32_t base = 0;
    std::string buffer;
    ParseState state;

    void run() {
        base = lines[group.first].begin;
        buffer = std::string(text.substr(base, lines[group.last].end - base));
        for (std::size_t i = group.first; i <= group.last; ++i)
            std::fill_n(buffer.begin() + (lines[i].begin - base), 3, ' ');
        state = file_state;
        state.origin = buffer.data();
        state.bias = base;
        state.depth = 0;
        state.eof_reported = false;
        state.contract_begin = nullptr;

        const char* consumed = buffer.data();
        for (std::size_t i = group.first; i <= group.last; ++i) {
            const char* at = buffer.data() + (lines[i].text - base);
            const char* line_end = buffer.data() + (lines[i].end - base);
            if (at < consumed) continue;
            while (at != line_end && (*at == ' ' || *at == '\t'))
                ++at;
            while (at != line_end && *at == '#') {
                at = one(at);
                consumed = at;
                while (at < line_end && (*at == ' ' || *at == '\t'))
                    ++at;
                if (at >= line_end) break;
            }
        }
    }

    /// Parses the annotation whose '#' is at `hash`; returns where scanning may continue.
    const char* one(const char* hash) {
        const char* end = buffer.data() + buffer.size();
        std::string_view tag = word_at(hash + 1, end);
        if (tag.empty()) return end_of_line(hash);
        const char* tag_end = hash + 1 + tag.size();
        ast::AnnotationKind kind;
        if (tag == "invariant") {
            kind = ast::AnnotationKind::invariant;
        } else if (tag == "if_succeeds") {
            kind = ast::AnnotationKind::if_succeeds;
        } else {
            Diagnostic& d = file_state.diagnostics->error(
                DiagCode::UnknownAnnotation, state.span(hash, tag_end),
                "unknown annotation '#" + std::string(tag) + "'");
            auto guess = closest_name(tag, {"invariant", "if_succeeds"});
            d.hint = guess ? "did you mean '#" + *guess + "'?"
                           : "Mallory's annotations are '#invariant' (before a contract) and "
                             "'#if_succeeds' (before a function)";
            return end_of_line(hash);
        }
        if (allowed != kind) {
            file_state.diagnostics->error(
                DiagCode::MisplacedAnnotation, state.span(hash, tag_end),
                kind == ast::AnnotationKind::invariant
                    ? "'#invariant' must be written in the doc comment directly before a contract"
                    : "'#if_succeeds' must be written in the doc comment directly before a "
                      "function");
            return end_of_line(hash);
        }
        ast::Annotation annotation;
        annotation.kind = kind;
        const char* stop = run_expression(state, tag_end, end, annotation.condition,
                                          DiagCode::MalformedAnnotation);
        if (!stop) return end_of_line(hash);
        const char* semicolon = skip_trivia(stop, end);
        if (semicolon == end || *semicolon != ';') {
            Diagnostic& d = file_state.diagnostics->error(
                DiagCode::MalformedAnnotation, state.span(stop, stop),
                "expected ';' to end the '#" + std::string(tag) + "' annotation");
            d.hint = "an annotation runs over the following '///' lines until its ';'";
            return end_of_line(hash);
        }
        Span cond = ast::span_of(annotation.condition);
        annotation.text = collapse_whitespace(
            std::string_view(buffer).substr(cond.begin - base, cond.end - cond.begin));
        annotation.span = state.span(hash, semicolon + 1);
        out.push_back(std::move(annotation));
        return semicolon + 1;
    }

    const char* end_of_line(const char* at) const {
        const char* end = buffer.data() + buffer.size();
        while (at != end && *at != '\n')
            ++at;
        return at;
    }
};

} // namespace

void attach_annotations(ParseState& state, std::string_view text, const std::vector<DocLine>& lines,
                        ast::SourceUnit& unit) {
    if (lines.empty()) return;
    // Group the lines, and key each group by the offset of the first token after it.
    std::vector<DocGroup> groups;
    std::multimap<std::uint32_t, std::size_t> by_target;
    const char* data = text.data();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        bool joined = false;
        if (!groups.empty()) {
            const DocLine& previous = lines[groups.back().last];
            const char* p = data + previous.end;
            while (p != data + lines[i].begin && is_space(*p))
                ++p;
            joined = p == data + lines[i].begin;
        }
        if (joined)
            groups.back().last = i;
        else
            groups.push_back({i, i, false});
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const char* after = skip_trivia(data + lines[groups[g].last].end, data + text.size());
        by_target.emplace(static_cast<std::uint32_t>(after - data), g);
    }
    auto attach = [&](std::uint32_t target, ast::AnnotationKind kind,
                      std::vector<ast::Annotation>& out) {
        auto [from, to] = by_target.equal_range(target);
        for (auto it = from; it != to; ++it) {
            groups[it->second].used = true;
            GroupParser{state, text, lines, groups[it->second], kind, out, 0, {}, {}}.run();
        }
    };
    for (ast::ContractDefinition& contract : unit.contracts) {
        attach(contract.span.begin, ast::AnnotationKind::invariant, contract.annotations);
        for (ast::ContractMember& member : contract.members)
            if (auto* function = boost::get<ast::FunctionDefinition>(&member.get()))
                attach(function->span.begin, ast::AnnotationKind::if_succeeds,
                       function->annotations);
    }
    std::vector<ast::Annotation> ignored;
    for (const DocGroup& group : groups)
        if (!group.used)
            GroupParser{state, text, lines, group, std::nullopt, ignored, 0, {}, {}}.run();
}

} // namespace mallory::lang::parser
