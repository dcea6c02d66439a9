#include "analyzer/analyzer.hpp"

#include "analyzer/ast_util.hpp"
#include "analyzer/fix.hpp"
#include "analyzer/replay.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <sstream>

namespace mallory::analyzer {

std::string_view to_string(PropertyStatus s) {
    switch (s) {
    case PropertyStatus::proved:
        return "proved";
    case PropertyStatus::violated:
        return "violated";
    case PropertyStatus::unknown:
        return "unknown";
    }
    return "?";
}

namespace {

Location locate(const Program& p, lang::Span span) {
    Location l;
    l.span = span;
    if (span.file >= p.sources().size()) return l;
    const lang::SourceFile& f = p.sources().file(span.file);
    l.file = f.path();
    const lang::LineCol lc = f.line_col(span.begin);
    l.line = lc.line;
    l.column = lc.column;
    return l;
}

const char* check_name(PropertyKind k) {
    switch (k) {
    case PropertyKind::callback_freedom:
        return "reentrancy";
    case PropertyKind::invariant:
        return "invariant";
    case PropertyKind::invariant_at_call:
        return "invariant-at-call";
    case PropertyKind::if_succeeds:
        return "if-succeeds";
    case PropertyKind::ether:
        return "ether-conservation";
    }
    return "?";
}

bool suppressed(const Program& p, const Finding& f) {
    for (const Location* l : {&f.location, f.related ? &*f.related : nullptr}) {
        if (!l || l->line < 2) continue;
        const lang::SourceFile& file = p.sources().file(l->span.file);
        const std::string_view prev = file.line_text(l->line - 1);
        const auto at = prev.find("mallory-disable-next-line");
        if (at == std::string_view::npos) continue;
        const std::string_view rest = prev.substr(at + 25);
        if (rest.find(f.check) != std::string_view::npos ||
            (f.check.rfind("reentrancy", 0) == 0 &&
             rest.find("reentrancy") != std::string_view::npos))
            return true;
    }
    return false;
}

void place(const Program& p, const Facts& facts, const std::vector<Candidate>& cands, Finding& f,
           const std::optional<ReentryShape>& shape) {
    const FunctionFacts* ff = nullptr;
    if (shape) {
        for (const FunctionFacts& x : facts.functions())
            if (x.target->name() == shape->interrupted_contract &&
                (shape->interrupted_function.empty() ||
                 x.function->signature == shape->interrupted_function) &&
                x.first_risky_call() >= 0) {
                ff = &x;
                break;
            }
    }
    if (ff) {
        const int c = ff->first_risky_call();
        f.location = locate(p, ff->effects[static_cast<std::size_t>(c)].span);
        const auto late = ff->writes_after(c);
        if (!late.empty()) f.related = locate(p, late.front()->span);
        if (f.function.empty()) f.function = ff->function->name;
        return;
    }
    for (const Candidate& c : cands)
        if (c.contract == f.contract) {
            f.location = locate(p, c.call);
            f.related = locate(p, c.late);
            if (f.function.empty()) f.function = c.function;
            return;
        }
}

} // namespace

Report analyze(Program& program, const AnalyzeOptions& options) {
    Report report;
    const Facts facts(program);
    report.candidates = static_candidates(facts);
    ExploreOptions explore_options = options.explore;
    explore_options.hint_engines = options.engines;
    ExploreResult ex = explore(program, explore_options);
    report.stats = ex.stats;
    report.properties = ex.properties.size();
    for (std::size_t i = 0; i < ex.properties.size(); ++i) {
        const Property& pr = ex.properties[i];
        bool violated = false;
        for (int mode = 0; mode < 2; ++mode) {
            const auto& v = ex.violations[i][static_cast<std::size_t>(mode)];
            if (!v) continue;
            Finding f;
            f.check = check_name(pr.kind);
            f.contract = program.targets()[pr.target].name();
            f.function = pr.function ? pr.function->name : "";
            if (v->shape) {
                f.kind = v->shape->kind;
                if (f.function.empty() && v->shape->interrupted_contract == f.contract)
                    f.function = v->shape->interrupted_function.substr(
                        0, v->shape->interrupted_function.find('('));
            }
            if (const Check* c = find_check(f.check)) f.severity = c->severity();
            f.location = locate(program, pr.annotation ? pr.annotation->span
                                                       : program.targets()[pr.target].info->span);
            if (pr.kind == PropertyKind::callback_freedom || v->via_reentry)
                place(program, facts, report.candidates, f, v->shape);
            f.witness = v->witness;
            const ReplayResult rr = replay(program, v->witness);
            f.confirmed = rr.ran && rr.violated;
            f.replay_log = rr.log;
            const std::string how =
                v->via_reentry && v->shape
                    ? fmt::format(" when {} re-enters {}.{} from the external call of {}.{}",
                                  adversary_name, v->shape->reentered_contract,
                                  v->shape->reentered_function, v->shape->interrupted_contract,
                                  v->shape->interrupted_function)
                    : "";
            switch (pr.kind) {
            case PropertyKind::callback_freedom:
                f.message = fmt::format(
                    "{} is reentrancy-vulnerable ({}): a re-entrant execution reaches a state that "
                    "no order of the same calls without re-entry reaches{}",
                    f.contract, f.kind, how);
                break;
            case PropertyKind::invariant:
                f.message =
                    fmt::format("invariant `{}` of {} is violated{}", pr.text, f.contract, how);
                break;
            case PropertyKind::invariant_at_call:
                f.message = fmt::format(
                    "invariant `{}` of {} is false during an external call and a re-entrant call "
                    "acts on it{}",
                    pr.text, f.contract, how);
                break;
            case PropertyKind::if_succeeds:
                f.message = fmt::format("postcondition `{}` of {}.{} fails{}", pr.text, f.contract,
                                        f.function, how);
                break;
            case PropertyKind::ether:
                f.message = fmt::format("ether was created: the accounts' total grew{}", how);
                break;
            }
            if (!rr.verdict.empty()) f.message += "; replay: " + rr.verdict;
            f.hint =
                f.related
                    ? fmt::format("move the write at line {} before the external call at line {} "
                                  "(checks-effects-interactions), or add a nonReentrant modifier",
                                  f.related->line, f.location.line)
                    : "restore the property before any external call, or guard the functions with "
                      "a mutex";
            if (suppressed(program, f)) {
                ++report.suppressed;
                continue;
            }
            violated |= f.confirmed;
            report.findings.push_back(std::move(f));
        }
        ProofEntry pe;
        pe.contract = program.targets()[pr.target].name();
        pe.property = pr.name(program);
        pe.engine = "explorer";
        pe.status = violated ? PropertyStatus::violated : PropertyStatus::unknown;
        if (!violated) {
            pe.reason = fmt::format("no violation within {} transactions and {} re-entries{}",
                                    options.explore.txs, options.explore.depth,
                                    ex.stats.timed_out    ? " (timed out)"
                                    : ex.stats.budget_hit ? " (budget reached)"
                                                          : "");
            for (ProofEngine* e : options.engines) {
                ProofResult r = e->prove(program, pr, options.explore.timeout_seconds);
                if (r.status == PropertyStatus::proved) {
                    pe.status = r.status;
                    pe.engine = std::string(e->name());
                    pe.reason.clear();
                    break;
                }
                if (!r.reason.empty()) pe.reason += fmt::format("; {}: {}", e->name(), r.reason);
            }
        }
        report.proofs.push_back(pe);
    }
    if (options.fixes) attach_fixes(program, facts, options, report);
    std::stable_sort(
        report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
            return std::make_tuple(a.location.file, a.location.line, a.location.column, a.check) <
                   std::make_tuple(b.location.file, b.location.line, b.location.column, b.check);
        });
    return report;
}

} // namespace mallory::analyzer
