#include "analyzer/fix.hpp"

#include "analyzer/ast_util.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace mallory::analyzer {

namespace {

namespace ast = lang::ast;
using astutil::span_of;

bool within(lang::Span outer, lang::Span inner) {
    return outer.file == inner.file && outer.begin <= inner.begin && inner.end <= outer.end;
}

/// The innermost block of `b` with a direct statement containing `span`, and that statement.
struct Place {
    const ast::Block* block = nullptr;
    std::size_t index = 0;
};

std::optional<Place> place_in(const ast::Block& b, lang::Span span);

std::optional<Place> place_in(const ast::Statement& s, lang::Span span) {
    return astutil::visit(s, [&](const auto& n) -> std::optional<Place> {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, ast::Block>)
            return place_in(n, span);
        else if constexpr (std::is_same_v<T, ast::IfStatement>) {
            if (auto p = place_in(n.then_branch, span)) return p;
            if (n.else_branch) return place_in(*n.else_branch, span);
            return std::nullopt;
        } else if constexpr (std::is_same_v<T, ast::ForStatement> ||
                             std::is_same_v<T, ast::WhileStatement> ||
                             std::is_same_v<T, ast::DoWhileStatement>)
            return place_in(n.body, span);
        else if constexpr (std::is_same_v<T, ast::TryStatement>) {
            if (auto p = place_in(n.body, span)) return p;
            for (const ast::CatchClause& c : n.clauses)
                if (auto p = place_in(c.body, span)) return p;
            return std::nullopt;
        } else
            return std::nullopt;
    });
}

std::optional<Place> place_in(const ast::Block& b, lang::Span span) {
    for (std::size_t i = 0; i < b.statements.size(); ++i) {
        const ast::Statement& s = b.statements[i];
        if (!within(span_of(s), span)) continue;
        if (auto inner = place_in(s, span)) return inner;
        return Place{&b, i};
    }
    return std::nullopt;
}

/// A file's text as lines (without terminators) and back.
std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            if (start < text.size()) out.push_back(text.substr(start));
            break;
        }
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines)
        out += l + "\n";
    return out;
}

std::string indentation(const std::string& line) {
    return line.substr(0, line.find_first_not_of(" \t"));
}

const ast::ContractDefinition* contract_ast(const Program& p, const std::string& name) {
    const Target* t = p.target(name);
    return t && t->info ? t->info->ast : nullptr;
}

std::vector<const ast::FunctionDefinition*> functions_of(const ast::ContractDefinition& c) {
    std::vector<const ast::FunctionDefinition*> out;
    for (const ast::ContractMember& m : c.members)
        if (const auto* f = boost::get<ast::FunctionDefinition>(&m)) out.push_back(f);
    return out;
}

/// The function whose body contains `span`.
const ast::FunctionDefinition* function_at(const ast::ContractDefinition& c, lang::Span span) {
    for (const ast::FunctionDefinition* f : functions_of(c))
        if (f->body && within(f->body->span, span)) return f;
    return nullptr;
}

/// Names declared by the statements of `b` from `from` on (locals the moved writes must not use).
std::set<std::string> locals_from(const ast::Block& b, std::size_t from) {
    std::set<std::string> out;
    for (std::size_t i = from; i < b.statements.size(); ++i)
        if (const auto* d = boost::get<ast::VariableDeclarationStatement>(&b.statements[i].get()))
            for (const auto& v : d->variables)
                if (v) out.insert(v->name);
    return out;
}

bool mentions(std::string_view text, const std::string& name) {
    for (std::size_t at = text.find(name); at != std::string_view::npos;
         at = text.find(name, at + 1)) {
        const auto ident = [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
        };
        const bool left = at == 0 || !ident(text[at - 1]);
        const bool right = at + name.size() >= text.size() || !ident(text[at + name.size()]);
        if (left && right) return true;
    }
    return false;
}

/// Checks-effects-interactions: the late writes after the statement making the call (in the
/// function that calls out, and in its caller when the call sits in an internal function) move
/// just before that statement.
std::optional<FixCandidate> reorder(const Program& p, const FunctionFacts& ff, int call,
                                    const Finding& f) {
    const ast::ContractDefinition* c = contract_ast(p, f.contract);
    if (!c || !ff.function->ast || !ff.function->ast->body) return std::nullopt;
    const lang::Span call_span = ff.effects[static_cast<std::size_t>(call)].span;
    const lang::SourceFile& file = p.sources().file(call_span.file);
    std::vector<std::string> lines = lines_of(file.text());
    const auto line_of = [&](std::uint32_t offset) { return file.line_col(offset).line; };

    // Anchors: the statement with the call, and (if the call is in an internal function G) the
    // statement of the public function that calls G.
    struct Anchor {
        Place place;
        const ast::FunctionDefinition* function;
    };
    std::vector<Anchor> anchors;
    const ast::FunctionDefinition* holder = function_at(*c, call_span);
    if (!holder) return std::nullopt;
    if (auto pl = place_in(*holder->body, call_span)) anchors.push_back({*pl, holder});
    const ast::FunctionDefinition* outer = ff.function->ast;
    if (outer != holder && !holder->name.empty()) {
        for (std::size_t i = 0; i < outer->body->statements.size(); ++i) {
            const lang::Span s = span_of(outer->body->statements[i]);
            if (mentions(std::string_view(file.text()).substr(s.begin, s.size()), holder->name)) {
                anchors.push_back({Place{&*outer->body, i}, outer});
                break;
            }
        }
    }
    std::set<const check::VariableInfo*> moved_vars;
    struct Move {
        std::uint32_t first, last; ///< lines of the moved statement
        std::uint32_t anchor;      ///< line of the anchor statement
    };
    std::vector<Move> moves;
    for (const Effect* w : ff.writes_after(call)) {
        for (const Anchor& a : anchors) {
            const auto pl = place_in(*a.function->body, w->span);
            if (!pl || pl->block != a.place.block || pl->index <= a.place.index) continue;
            const ast::Statement& st = pl->block->statements[pl->index];
            if (!boost::get<ast::ExpressionStatement>(&st.get())) continue;
            const lang::Span s = span_of(st);
            const std::string_view text = std::string_view(file.text()).substr(s.begin, s.size());
            bool uses_later_local = false;
            for (const std::string& local : locals_from(*pl->block, a.place.index))
                uses_later_local |= mentions(text, local);
            if (uses_later_local) continue;
            const Move m{line_of(s.begin), line_of(s.end - 1),
                         line_of(span_of(a.place.block->statements[a.place.index]).begin)};
            if (std::none_of(moves.begin(), moves.end(),
                             [&](const Move& x) { return x.first == m.first; })) {
                moves.push_back(m);
                moved_vars.insert(w->var);
            }
        }
    }
    if (moves.empty()) return std::nullopt;
    // What the call statement reads before the call must not be what the moved writes change.
    for (int i = 0; i < call; ++i) {
        const Effect& e = ff.effects[static_cast<std::size_t>(i)];
        if (e.kind != Effect::read || !moved_vars.count(e.var)) continue;
        for (const Anchor& a : anchors)
            if (within(span_of(a.place.block->statements[a.place.index]), e.span) ||
                (a.function != holder && within(holder->body->span, e.span)))
                return std::nullopt; // the call itself reads what would now be written first
    }
    // Rewrite by lines: the moved statements (each on lines of its own) go above their anchor.
    std::sort(moves.begin(), moves.end(),
              [](const Move& a, const Move& b) { return a.first < b.first; });
    std::vector<std::vector<std::string>> inserted(lines.size() + 2);
    std::vector<bool> removed(lines.size() + 2, false);
    for (const Move& m : moves) {
        const std::string indent = indentation(lines[m.anchor - 1]);
        const std::string base = indentation(lines[m.first - 1]);
        for (std::uint32_t l = m.first; l <= m.last; ++l) {
            removed[l] = true;
            std::string text = lines[l - 1];
            if (text.rfind(base, 0) == 0) text = indent + text.substr(base.size());
            inserted[m.anchor].push_back(text);
        }
    }
    std::vector<std::string> out;
    for (std::uint32_t l = 1; l <= lines.size(); ++l) {
        for (const std::string& s : inserted[l])
            out.push_back(s);
        if (!removed[l]) out.push_back(lines[l - 1]);
    }
    return FixCandidate{"reorder", file.path(), file.text(), join_lines(out)};
}

/// Position of `returns` at parenthesis depth 0 in a function header, or npos.
std::size_t returns_keyword(std::string_view header) {
    int depth = 0;
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == '(')
            ++depth;
        else if (header[i] == ')')
            --depth;
        else if (depth == 0 && header.compare(i, 7, "returns") == 0 &&
                 (i == 0 || std::isspace(static_cast<unsigned char>(header[i - 1]))))
            return i;
    }
    return std::string_view::npos;
}

/// The names the contract declares or inherits: its and its bases' modifiers, state
/// variables and functions (a fix must not declare one again: solc refuses the shadowing).
std::set<std::string> names_in_scope(const Program& p, const std::string& contract) {
    std::set<std::string> names;
    const Target* t = p.target(contract);
    if (!t || !t->info) return names;
    for (const check::ContractInfo* base : t->info->linearization) {
        if (!base->ast) continue;
        for (const ast::ContractMember& m : base->ast->members) {
            if (const auto* mod = boost::get<ast::ModifierDefinition>(&m)) names.insert(mod->name);
            if (const auto* v = boost::get<ast::StateVariableDeclaration>(&m))
                names.insert(v->name);
            if (const auto* fn = boost::get<ast::FunctionDefinition>(&m)) names.insert(fn->name);
        }
    }
    return names;
}

/// `name`, or `name` with the first numeric suffix that `taken` does not hold.
std::string fresh_name(const std::string& name, const std::set<std::string>& taken) {
    if (!taken.contains(name)) return name;
    for (int i = 2;; ++i)
        if (!taken.contains(name + std::to_string(i))) return name + std::to_string(i);
}

/// Whether a call of `fn` can do nothing but accept ether (FunctionFacts::only_accepts_ether):
/// its guard would protect nothing, and would refuse the ether a guarded function of the
/// contract is paid back during its own call (a pool's refund into `receive`).
bool only_accepts_ether(const Facts& facts, const ast::FunctionDefinition& fn) {
    return std::any_of(facts.functions().begin(), facts.functions().end(),
                       [&](const FunctionFacts& x) {
                           return x.function && x.function->ast == &fn && x.incomplete.empty() &&
                                  x.only_accepts_ether();
                       });
}

/// A mutex modifier of its own on every state-changing public/external function of the
/// contract (those the contract also calls internally keep their header: the guard would make
/// it revert), under names the contract and its bases leave free: a `nonReentrant` it already
/// has guards some functions only, or is inherited from a base that guards its own lock.
std::optional<FixCandidate> guard(const Program& p, const Facts& facts, const Finding& f) {
    const ast::ContractDefinition* c = contract_ast(p, f.contract);
    if (!c) return std::nullopt;
    const lang::SourceFile& file = p.sources().file(c->span.file);
    const std::string& text = file.text();
    const std::size_t open = text.find('{', c->name_span.end);
    if (open == std::string::npos || open >= c->span.end) return std::nullopt;
    const std::set<std::string> names = names_in_scope(p, f.contract);
    const std::string modifier =
        names.contains("nonReentrant") ? fresh_name("malloryNonReentrant", names) : "nonReentrant";
    const std::string lock = fresh_name("_reentrancyLock", names);
    std::vector<std::pair<std::size_t, std::string>> edits; // (offset, text), applied back to front
    edits.emplace_back(open + 1, fmt::format("\n    uint256 private {1} = 1;\n\n"
                                             "    modifier {0}() {{\n"
                                             "        require({1} == 1, \"reentrant call\");\n"
                                             "        {1} = 2;\n"
                                             "        _;\n"
                                             "        {1} = 1;\n"
                                             "    }}\n",
                                             modifier, lock));
    const auto all = functions_of(*c);
    for (const ast::FunctionDefinition* fn : all) {
        if (!fn->body || fn->kind == ast::FunctionKind::constructor) continue;
        if (fn->visibility != ast::Visibility::public_ &&
            fn->visibility != ast::Visibility::external && fn->kind == ast::FunctionKind::function)
            continue;
        if (fn->mutability == ast::Mutability::view || fn->mutability == ast::Mutability::pure ||
            only_accepts_ether(facts, *fn))
            continue;
        bool called_inside = false;
        for (const ast::FunctionDefinition* other : all)
            if (other != fn && other->body && !fn->name.empty())
                called_inside |= mentions(std::string_view(text).substr(other->body->span.begin,
                                                                        other->body->span.size()),
                                          fn->name);
        if (called_inside) continue;
        const std::string_view header =
            std::string_view(text).substr(fn->span.begin, fn->body->span.begin - fn->span.begin);
        const std::size_t ret = returns_keyword(header);
        if (ret != std::string_view::npos)
            edits.emplace_back(fn->span.begin + ret, modifier + " ");
        else
            edits.emplace_back(fn->body->span.begin, modifier + " ");
    }
    std::sort(edits.begin(), edits.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::string patched = text;
    for (const auto& [at, insert] : edits)
        patched.insert(at, insert);
    return FixCandidate{"guard", file.path(), text, patched};
}

} // namespace

std::vector<FixCandidate> propose_fixes(const Program& p, const Facts& facts, const Finding& f) {
    std::vector<FixCandidate> out;
    const FunctionFacts* ff = nullptr;
    int call = -1;
    for (const FunctionFacts& x : facts.functions()) {
        if (x.target->name() != f.contract) continue;
        const int c = x.first_risky_call();
        if (c < 0) continue;
        if (!ff || x.effects[static_cast<std::size_t>(c)].span == f.location.span) {
            ff = &x;
            call = c;
        }
    }
    if (ff)
        if (auto r = reorder(p, *ff, call, f)) out.push_back(std::move(*r));
    if (auto g = guard(p, facts, f)) out.push_back(std::move(*g));
    return out;
}

std::optional<FixResult> check_fixes(const Program& p, const std::vector<FixCandidate>& candidates,
                                     const AnalyzeOptions& options) {
    std::optional<FixResult> first;
    for (const FixCandidate& c : candidates) {
        std::vector<std::pair<std::string, std::string>> files;
        bool placed = false;
        for (const auto& u : p.front().units) {
            if (!u->root || u->builtin) continue;
            const lang::SourceFile& sf = p.sources().file(u->file);
            const bool edited = sf.path() == c.path;
            placed |= edited;
            files.emplace_back(sf.path(), edited ? c.patched : sf.text());
        }
        if (!placed) files.emplace_back(c.path, c.patched);
        FixResult r;
        r.kind = c.kind;
        r.diff = unified_diff(c.path, c.original, c.patched);
        auto fixed = Program::from_sources(files);
        if (!fixed->ok()) continue; // a patch that does not compile is no suggestion
        // The same system: its root selected when the analysed system was one root's (the
        // instances its constructors or set-up create follow it).
        std::vector<std::string> deployed;
        for (const Target& t : p.targets())
            if (!t.creator) deployed.push_back(t.name());
        if (!deployed.empty() && fixed->system_of(deployed.front()) == deployed)
            fixed->select(deployed.front());
        for (Target& t : fixed->targets())
            if (const Target* orig = p.target(t.name())) t.ctor_args = orig->ctor_args;
        AnalyzeOptions again = options;
        again.fixes = false;
        again.require_proof = false; // a fix is verified as the search verifies, always
        again.explore.progress = nullptr;
        const Report report = analyze(*fixed, again);
        // A re-analysis the deadline cut proves nothing about the fix.
        r.verified = report.findings.empty() && report.inconclusive.empty();
        if (r.verified) return r;
        if (!first) first = std::move(r);
    }
    return first;
}

void attach_fixes(const Program& p, const Facts& facts, const AnalyzeOptions& options,
                  Report& report) {
    std::map<std::string, std::optional<FixResult>> by_contract;
    for (Finding& f : report.findings) {
        if (!f.confirmed || (f.check != CheckId::reentrancy && f.kind == ReentryKind::none))
            continue;
        auto it = by_contract.find(f.contract);
        if (it == by_contract.end())
            it =
                by_contract.emplace(f.contract, check_fixes(p, propose_fixes(p, facts, f), options))
                    .first;
        f.fix = it->second;
    }
}

std::string unified_diff(const std::string& path, const std::string& before,
                         const std::string& after) {
    const std::vector<std::string> a = lines_of(before), b = lines_of(after);
    const std::size_t n = a.size(), m = b.size();
    // Longest common subsequence table, from the ends (files are a few hundred lines).
    std::vector<std::vector<std::uint32_t>> lcs(n + 1, std::vector<std::uint32_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            lcs[i][j] =
                a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    struct Op {
        char kind; // ' ', '-', '+'
        std::size_t ai, bi;
    };
    std::vector<Op> ops;
    for (std::size_t i = 0, j = 0; i < n || j < m;) {
        if (i < n && j < m && a[i] == b[j])
            ops.push_back({' ', i++, j++});
        else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]))
            ops.push_back({'-', i++, j});
        else
            ops.push_back({'+', i, j++});
    }
    std::string out = fmt::format("--- a/{}\n+++ b/{}\n", path, path);
    constexpr std::size_t context = 3;
    std::vector<std::size_t> changes;
    for (std::size_t k = 0; k < ops.size(); ++k)
        if (ops[k].kind != ' ') changes.push_back(k);
    for (std::size_t c = 0; c < changes.size();) {
        // A hunk: changes closer than two contexts to each other, with context around them.
        std::size_t last = c;
        while (last + 1 < changes.size() && changes[last + 1] - changes[last] <= 2 * context)
            ++last;
        const std::size_t start = changes[c] >= context ? changes[c] - context : 0;
        const std::size_t stop = std::min(ops.size(), changes[last] + context + 1);
        std::size_t a_count = 0, b_count = 0;
        for (std::size_t x = start; x < stop; ++x) {
            a_count += ops[x].kind != '+';
            b_count += ops[x].kind != '-';
        }
        out += fmt::format("@@ -{},{} +{},{} @@\n", ops[start].ai + 1, a_count, ops[start].bi + 1,
                           b_count);
        for (std::size_t x = start; x < stop; ++x)
            out += ops[x].kind + (ops[x].kind == '+' ? b[ops[x].bi] : a[ops[x].ai]) + "\n";
        c = last + 1;
    }
    return out;
}

} // namespace mallory::analyzer
