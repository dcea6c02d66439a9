#include "analyzer/analyzer.hpp"

#include "analyzer/actions.hpp"
#include "analyzer/ast_util.hpp"
#include "analyzer/delegatecall_check.hpp"
#include "analyzer/enlarge.hpp"
#include "analyzer/fix.hpp"
#include "analyzer/replay.hpp"

#include <algorithm>
#include <chrono>
#include <fmt/format.h>
#include <regex>
#include <set>
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

std::string_view to_string(Verdict v) {
    switch (v) {
    case Verdict::clean:
        return "clean";
    case Verdict::findings:
        return "findings";
    case Verdict::inconclusive:
        return "inconclusive";
    }
    return "?";
}

std::size_t Report::functions_run() const {
    return static_cast<std::size_t>(std::count_if(functions.begin(), functions.end(),
                                                  [](const FunctionCoverage& f) { return f.run; }));
}

Verdict Report::verdict() const {
    if (!findings.empty()) return Verdict::findings;
    return inconclusive.empty() ? Verdict::clean : Verdict::inconclusive;
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

bool suppressed(const Program& p, const Finding& f) {
    for (const Location* l : {&f.location, f.related ? &*f.related : nullptr}) {
        if (!l || l->line < 2) continue;
        const lang::SourceFile& file = p.sources().file(l->span.file);
        const std::string_view prev = file.line_text(l->line - 1);
        const auto at = prev.find("mallory-disable-next-line");
        if (at == std::string_view::npos) continue;
        const std::string_view rest = prev.substr(at + 25);
        const std::string_view id = to_string(f.check);
        if (rest.find(id) != std::string_view::npos ||
            (id.starts_with("reentrancy") && rest.find("reentrancy") != std::string_view::npos))
            return true;
    }
    return false;
}

void place(const Program& p, const Facts& facts, const std::vector<Candidate>& cands, Finding& f,
           const std::optional<ReentryShape>& shape) {
    const FunctionFacts* ff = nullptr;
    int call = -1;
    // The interrupted function's first call that can re-enter, else its first call out (the
    // callback came through system code it trusts: an ERC-721's safe transfer).
    for (const bool trusted_too : {false, true})
        for (const FunctionFacts& x : facts.functions()) {
            if (ff || !shape || x.target->name() != shape->interrupted_contract ||
                (!shape->interrupted_function.empty() &&
                 x.function->signature != shape->interrupted_function))
                continue;
            call = trusted_too ? x.first_call_out() : x.first_risky_call();
            if (call >= 0) ff = &x;
        }
    if (ff) {
        // Both where the function itself makes them: the line of its own body to reorder.
        f.location = locate(p, ff->effects[static_cast<std::size_t>(call)].site);
        const auto late = ff->writes_after(call);
        if (!late.empty()) f.related = locate(p, late.front()->site);
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

using Clock = std::chrono::steady_clock;

/// A function of `contract` as a message names it: its signature, `receive()` or
/// `fallback()` for the plain entry (whose signature is empty).
std::string entry_text(const Program& program, const std::string& contract,
                       const std::string& signature) {
    if (!signature.empty()) return signature;
    const Target* t = program.target(contract);
    const check::FunctionInfo* plain = t ? plain_entry(*t->info) : nullptr;
    return plain && plain->function_kind == lang::ast::FunctionKind::fallback ? "fallback()"
                                                                              : "receive()";
}

/// The message of a finding: what is violated, and how the adversary got there.
std::string finding_message(const Program& program, const Property& pr, const Violation& v,
                            const Finding& f) {
    const std::string how =
        v.via_reentry && v.shape
            ? fmt::format(
                  " when {} re-enters {}.{} from the external call of {}.{}", adversary_name,
                  v.shape->reentered_contract,
                  entry_text(program, v.shape->reentered_contract, v.shape->reentered_function),
                  v.shape->interrupted_contract,
                  entry_text(program, v.shape->interrupted_contract, v.shape->interrupted_function))
            : "";
    switch (pr.kind) {
    case PropertyKind::callback_freedom:
        return fmt::format(
            "{} is reentrancy-vulnerable ({}): a re-entrant execution reaches a state that no "
            "order of the same calls without re-entry reaches{}",
            f.contract, to_string(f.kind), how);
    case PropertyKind::invariant:
        return fmt::format("invariant `{}` of {} is violated{}", pr.text, f.contract, how);
    case PropertyKind::invariant_at_call:
        return fmt::format("invariant `{}` of {} is false during an external call and a "
                           "re-entrant call acts on it{}",
                           pr.text, f.contract, how);
    case PropertyKind::if_succeeds:
        return fmt::format("postcondition `{}` of {}.{} fails{}", pr.text, f.contract, f.function,
                           how);
    case PropertyKind::adversary_profit:
        // With tokens in the world the gain may be in any asset (monitor.hpp, Holdings).
        return fmt::format("the adversary ends with more {} than it put in and than the same "
                           "calls without its callbacks give it{}",
                           v.witness.tokens.empty() && Accounts::make(program).ledgers.empty()
                               ? "ether"
                               : "value (ether or tokens)",
                           how);
    }
    return {};
}

/// A finding for one violation, its witness replayed on a fresh chain.
Finding make_finding(const Program& program, const Facts& facts,
                     const std::vector<Candidate>& candidates, const Property& pr,
                     const Violation& v, Clock::time_point deadline) {
    Finding f;
    f.check = check_of(pr.kind);
    f.contract = program.targets()[pr.target].name();
    f.function = pr.function ? pr.function->name : "";
    // The adversary's profit is a property of the whole system: its finding belongs to the
    // contract whose external call was re-entered, the one the fix changes (not the first
    // target, which may be the token it borrowed against).
    if (pr.kind == PropertyKind::adversary_profit && v.shape &&
        program.target(v.shape->interrupted_contract))
        f.contract = v.shape->interrupted_contract;
    if (v.shape) {
        f.kind = v.shape->kind;
        if (f.function.empty() && v.shape->interrupted_contract == f.contract)
            f.function =
                v.shape->interrupted_function.substr(0, v.shape->interrupted_function.find('('));
    }
    if (const Check* c = find_check(f.check)) f.severity = c->severity();
    f.location = locate(program, pr.annotation ? pr.annotation->span
                                               : program.targets()[pr.target].info->span);
    if (pr.kind == PropertyKind::callback_freedom || v.via_reentry)
        place(program, facts, candidates, f, v.shape);
    f.witness = v.witness;
    ReplayResult rr = replay(program, v.witness);
    // A re-entrant attack is reported asking the most it can (enlarge.hpp): the borrow the
    // search landed with 2 wei takes what the collateral allows.
    if (v.via_reentry && !v.self_harm && rr.ran && rr.violated && rr.impact) {
        f.witness = enlarged(program, v.witness, *rr.impact, deadline);
        if (f.witness != v.witness) rr = replay(program, *f.witness);
    }
    f.confirmed = rr.ran && rr.violated;
    f.replay_log = rr.log;
    f.impact = rr.impact;
    f.message = finding_message(program, pr, v, f);
    for (std::size_t i = 0; i < v.assumptions.size(); ++i)
        f.message += (i == 0 ? "; assuming " : " and ") + v.assumptions[i];
    if (pr.kind == PropertyKind::adversary_profit && f.confirmed && !rr.reentry_gain.empty()) {
        // The impact counts the whole attack, the honest share included; this is what the
        // re-entry itself added. Dust is real, but not an attack worth a high: a payout split
        // again, a division rounding its way.
        if (rr.dust) f.severity = Severity::low;
        f.message += rr.dust ? fmt::format("; rounding dust: beyond the closest run without "
                                           "callbacks the re-entry gains only {}, under a "
                                           "millionth of the gain",
                                           rr.reentry_gain)
                             : fmt::format("; beyond the closest run without callbacks the "
                                           "re-entry gains {}",
                                           rr.reentry_gain);
    }
    if (v.self_harm) {
        // What the re-entry changed is the adversary's own loss: worth knowing, not an attack.
        f.severity = Severity::info;
        f.message += "; self-harm: the re-entry costs only the adversary (it ends with less "
                     "ether, tokens or credit with the system than without re-entry), and no "
                     "one else loses";
    }
    if (!rr.verdict.empty()) f.message += "; replay: " + rr.verdict;
    if (f.impact) f.message += "; impact: " + f.impact->describe();
    // Lines name their file when the write and the call are in different ones (a call made
    // in a library such as OpenZeppelin's ERC721Utils).
    const auto at = [&](const Location& l, const Location& other) {
        return l.file == other.file ? fmt::format("line {}", l.line)
                                    : fmt::format("{}:{}", l.file, l.line);
    };
    f.hint = f.related
                 ? fmt::format("move the write at {} before the external call at {} "
                               "(checks-effects-interactions), or add a nonReentrant modifier",
                               at(*f.related, f.location), at(f.location, *f.related))
                 : "restore the property before any external call, or guard the functions with "
                   "a mutex";
    return f;
}

/// "C.f(...)" of every function a successful transaction ran: those it called at top level,
/// and the functions of the system their high-level calls name, transitively (a ledger that
/// only its bank may call runs when the bank's functions do).
std::set<std::string> functions_run(const Facts& facts, const ExploreStats& stats) {
    std::set<std::string> run(stats.covered.begin(), stats.covered.end());
    const auto key = [](const FunctionFacts& f) {
        return f.target->name() + "." + call_signature(*f.function);
    };
    for (bool grew = true; grew;) {
        grew = false;
        for (const FunctionFacts& f : facts.functions()) {
            if (!run.contains(key(f))) continue;
            for (const Effect& e : f.effects)
                if (e.kind == Effect::call && e.callee)
                    for (const FunctionFacts* g : facts.implementations(e.callee))
                        if (g->target != f.target) grew |= run.insert(key(*g)).second;
        }
    }
    return run;
}

/// "C.f(...)" of every function a violation's attack re-entered successfully (its shape names
/// the first successful re-entry).
std::set<std::string> functions_reentered(const ExploreResult& ex) {
    std::set<std::string> out;
    for (const auto& pair : ex.violations)
        for (const std::optional<Violation>& v : pair)
            if (v && v->via_reentry && v->shape)
                out.insert(v->shape->reentered_contract + "." + v->shape->reentered_function);
    return out;
}

/// The functions the explorer may call on each target (non-view, receive included).
std::vector<FunctionCoverage> coverage_of(const Program& p, const Facts& facts,
                                          const ExploreResult& ex) {
    const std::set<std::string> run = functions_run(facts, ex.stats);
    const std::set<std::string> reentered = functions_reentered(ex);
    std::vector<FunctionCoverage> out;
    for (const Target& t : p.targets()) {
        std::vector<const check::FunctionInfo*> fs;
        for (const check::FunctionInfo* f : t.info->external_functions)
            if (!f->getter_of && f->mutability != lang::ast::Mutability::view &&
                f->mutability != lang::ast::Mutability::pure)
                fs.push_back(f);
        std::sort(fs.begin(), fs.end(), [](auto* a, auto* b) {
            return std::make_pair(a->span.file, a->span.begin) <
                   std::make_pair(b->span.file, b->span.begin);
        });
        if (const check::FunctionInfo* plain = plain_entry(*t.info)) fs.push_back(plain);
        for (const check::FunctionInfo* f : fs) {
            FunctionCoverage c{t.name(), call_signature(*f), false};
            const std::string key = c.contract + "." + c.signature;
            c.run = run.contains(key);
            c.reentry_only = !c.run && reentered.contains(key);
            c.run |= c.reentry_only;
            out.push_back(std::move(c));
        }
    }
    return out;
}

/// Whether some top-level transaction of `function` ("C.signature") ran in the search but none
/// of them called the adversary back (ExploreStats::called_back).
bool never_called_back(const ExploreStats& stats, const std::string& function) {
    return std::binary_search(stats.covered.begin(), stats.covered.end(), function) &&
           !std::binary_search(stats.called_back.begin(), stats.called_back.end(), function);
}

/// Whether some top-level transaction of `function` called the adversary back but none of them
/// sent it ether (ExploreStats::paid_back).
bool never_paid_back(const ExploreStats& stats, const std::string& function) {
    return std::binary_search(stats.called_back.begin(), stats.called_back.end(), function) &&
           !std::binary_search(stats.paid_back.begin(), stats.paid_back.end(), function);
}

/// Whether the call `e` names an amount of ether to send (`{value: amount}`) other than zero.
bool sends_ether(const Program& p, const Effect& e) {
    static const std::regex value(R"(\{[^}]*\bvalue\s*:\s*(?!0\s*[,}])[^}]*\})");
    const std::string text(p.sources().text(e.span));
    return std::regex_search(text, value);
}

/// Whether Mallory chose `t`'s constructor arguments (it has parameters, and no --args).
bool chose_constructor_arguments(const Target& t) {
    return !t.ctor_args && !t.creator && t.info->constructor &&
           !t.info->constructor->parameters.empty();
}

/// Functions that call out (to an untrusted callee, or into system code that may call back, a
/// token with a receiver hook, and write after the call) of which no transaction succeeded, or
/// that call an untrusted callee but ran only without calling the adversary back (a refund of
/// zero skipped by `if (refund > 0)`), while their contract's callback-freedom is not proved:
/// the search never re-entered them, so its silence says nothing about them.

std::vector<std::string> unexplored_calls_out(const Program& p, const Facts& facts,
                                              const Report& r) {
    std::vector<std::string> out;
    for (const FunctionFacts& f : facts.functions()) {
        // An untrusted callee re-enters whatever follows; system code (a token's hook) is
        // counted when something is written after it.
        const int risky = f.first_risky_call(), out_call = f.first_call_out();
        const bool late_write = out_call >= 0 && !f.writes_after(out_call).empty();
        const int call = risky >= 0 ? risky : late_write ? out_call : -1;
        if (f.is_view || call < 0) continue;
        const std::string contract = f.target->name();
        const bool proved = std::any_of(r.proofs.begin(), r.proofs.end(), [&](const ProofEntry& e) {
            return e.contract == contract && e.status == PropertyStatus::proved &&
                   e.property ==
                       fmt::format("{}: {}", contract, to_string(PropertyKind::callback_freedom));
        });
        const std::string signature = call_signature(*f.function);
        const auto coverage =
            std::find_if(r.functions.begin(), r.functions.end(), [&](const FunctionCoverage& c) {
                return c.contract == contract && c.signature == signature;
            });
        if (coverage == r.functions.end() || proved) continue;
        const auto where = [&](int effect) {
            const lang::Span& at = f.effects[static_cast<std::size_t>(effect)].site;
            const lang::SourceFile& file = p.sources().file(at.file);
            return fmt::format("{}:{}", file.path(), file.line_col(at.begin).line);
        };
        if (!coverage->run) {
            out.push_back(
                fmt::format("no transaction of {}.{} succeeded, which calls out at "
                            "{}{}: its re-entries were never explored",
                            contract, f.function->name, where(call),
                            f.writes_after(call).empty() ? "" : " and writes after the call"));
            continue;
        }
        const int outward = facts.first_call_to_a_caller_given_account(p, f);
        if (outward >= 0 && !f.writes_after(outward).empty() &&
            sends_ether(p, f.effects[static_cast<std::size_t>(outward)]) &&
            never_paid_back(r.stats, contract + "." + signature)) {
            out.push_back(fmt::format(
                "transactions of {}.{} reached its call at {} but never sent the attacker any "
                "ether there: a re-entry after a payout was never explored (the amount it pays "
                "was zero every time)",
                contract, f.function->name, where(outward)));
            continue;
        }
        if (outward >= 0 && never_called_back(r.stats, contract + "." + signature))
            out.push_back(fmt::format(
                "transactions of {}.{} ran, but none reached its call at {}, which may go to the "
                "attacker: its re-entries were never explored (a condition before the call never "
                "held{})",
                contract, f.function->name, where(outward),
                chose_constructor_arguments(*f.target)
                    ? fmt::format("; the constructor arguments Mallory chose for {} may be why: "
                                  "pass --args {}:...",
                                  contract, contract)
                    : ""));
    }
    return out;
}

/// The constructor parameters of `t` (deployed as `d`) that got an untrusted stand-in: an
/// account that may be attacker code and never sends a transaction, so a role it stands for
/// (`landlord`, an operator) is never exercised. Only for constructors of value-type
/// parameters, whose arguments are one word each.
std::vector<std::string> stand_in_parameters(const Program& p, const Target& t,
                                             const Deployment& d) {
    std::vector<std::string> out;
    const check::FunctionInfo* ctor = t.info->constructor;
    if (!ctor || ctor->parameters.size() != d.args.size()) return out;
    const Accounts accounts = Accounts::make(p);
    for (std::size_t i = 0; i < d.args.size(); ++i) {
        const check::VariableInfo* param = ctor->parameters[i];
        if (!param || !param->type || param->type->kind != check::TypeKind::address) continue;
        for (const auto& [name, addr] : accounts.untrusted)
            if (addr.to_word() == d.args[i]) out.push_back(param->name);
    }
    return out;
}

/// How to give a stand-in's role to the deployer, when the search ran nothing of `t`.
std::string stand_in_hint(const Program& p, const Report& r, const Target& t) {
    for (const Deployment& d : r.stats.deployments) {
        if (d.contract != t.name()) continue;
        const std::vector<std::string> names = stand_in_parameters(p, t, d);
        if (names.empty()) continue;
        std::string list;
        for (const std::string& n : names)
            list += (list.empty() ? "" : ",") + n;
        return fmt::format("; its constructor parameter{} `{}` got an untrusted account that "
                           "never sends a transaction: if {} a role the deployer holds, pass "
                           "--trust {} (or give {} with --args)",
                           names.size() == 1 ? "" : "s", list,
                           names.size() == 1 ? "it stands for" : "they stand for", list,
                           names.size() == 1 ? "it" : "them");
    }
    return "";
}

/// How many of `contract`'s functions the report covers, and how many of them ran.
struct FunctionsRun {
    std::size_t total = 0, run = 0;
};

FunctionsRun functions_run(const Report& r, const std::string& contract) {
    FunctionsRun out;
    for (const FunctionCoverage& f : r.functions)
        if (f.contract == contract) {
            ++out.total;
            out.run += f.run;
        }
    return out;
}

/// The reasons an analysis without findings would not mean "clean" (DESIGN.md: an analysis
/// that could not deploy or execute the targets, or that a timeout cut, is inconclusive; with
/// `require_proof`, also one that left a property unproved).
std::vector<std::string> inconclusive_reasons(const Program& p, const Facts& facts, const Report& r,
                                              bool require_proof) {
    std::vector<std::string> out;
    if (!r.deploy_error.empty()) out.push_back(r.deploy_error);
    for (const Target& t : p.targets()) {
        const auto [total, run] = functions_run(r, t.name());
        if (r.deploy_error.empty() && total > 0 && run == 0)
            out.push_back(fmt::format("no transaction of {}'s {} function{} succeeded{}", t.name(),
                                      total, total == 1 ? "" : "s", stand_in_hint(p, r, t)));
    }
    // The search explored nothing beyond the deployed state; proofs for all values still hold.
    const bool all_proved = std::all_of(r.proofs.begin(), r.proofs.end(), [](const ProofEntry& e) {
        return e.status == PropertyStatus::proved;
    });
    if (r.deploy_error.empty() && !r.stats.searched && !r.functions.empty() && out.empty() &&
        !all_proved)
        out.push_back("no transaction of the search succeeded, only the set-up's (the honest "
                      "deposits): nothing beyond the deployed state was explored");
    if (r.deploy_error.empty() && out.empty())
        for (std::string& why : unexplored_calls_out(p, facts, r))
            out.push_back(std::move(why));
    if (r.timed_out)
        out.push_back("the timeout cut the analysis (raise --timeout, or lower --txs/--depth)");
    if (require_proof)
        for (const ProofEntry& e : r.proofs)
            if (e.status == PropertyStatus::unknown)
                out.push_back(fmt::format("{} is not violated within the search's bound but not "
                                          "proved for all values (--require-proof)",
                                          e.property));
    return out;
}

/// The findings of property `i` (one per mode: without and with re-entry), each replayed on a
/// fresh chain; returns whether one of them was confirmed.
bool report_violations(Program& program, const Facts& facts, const ExploreResult& ex, std::size_t i,
                       Clock::time_point deadline, Report& report) {
    const Property& pr = ex.properties[i];
    bool violated = false;
    for (int mode = 0; mode < 2; ++mode) {
        const auto& v = ex.violations[i][static_cast<std::size_t>(mode)];
        if (!v) continue;
        Finding f = make_finding(program, facts, report.candidates, pr, *v, deadline);
        if (suppressed(program, f)) {
            ++report.suppressed;
            continue;
        }
        violated |= f.confirmed;
        report.findings.push_back(std::move(f));
    }
    return violated;
}

/// The status of property `pr`: violated (confirmed finding), else what the engines prove
/// within the analysis's deadline, else unknown with the reasons.
ProofEntry prove_property(const Program& program, const Property& pr, bool violated,
                          const ExploreStats& stats, const AnalyzeOptions& options,
                          Clock::time_point deadline) {
    ProofEntry pe;
    pe.contract = program.targets()[pr.target].name();
    pe.property = pr.name(program);
    pe.engine = "explorer";
    pe.status = violated ? PropertyStatus::violated : PropertyStatus::unknown;
    if (violated) return pe;
    const SearchBound& b = stats.bound;
    const std::string within =
        b.exhausted
            ? fmt::format("in any reachable state (none new after {} transactions)", b.complete)
        : b.deepest > b.complete
            ? fmt::format("within {} transactions (directed: {})", b.complete, b.deepest)
            : fmt::format("within {} transactions", b.complete);
    pe.reason = fmt::format("no violation {} and {} re-entries{}", within, options.explore.depth,
                            !stats.deployed    ? " (the targets did not deploy)"
                            : stats.timed_out  ? " (timed out)"
                            : stats.budget_hit ? " (budget reached)"
                                               : "");
    if (!stats.deployed) return pe;
    for (ProofEngine* e : options.engines) {
        const double left = std::chrono::duration<double>(deadline - Clock::now()).count();
        ProofResult r = e->prove(program, pr, std::max(left, 0.0));
        if (r.status == PropertyStatus::proved) {
            pe.status = r.status;
            pe.engine = std::string(e->name());
            pe.reason = r.reason; // the argument, when the engine states one
            break;
        }
        if (!r.reason.empty()) pe.reason += fmt::format("; {}: {}", e->name(), r.reason);
    }
    return pe;
}

/// The delegatecall check's findings: static, so never confirmed and without a witness.
void report_delegatecalls(const Program& program, Report& report) {
    for (const DelegatecallFinding& d : untrusted_delegatecalls(program)) {
        Finding f;
        f.check = CheckId::delegatecall;
        f.severity = find_check(CheckId::delegatecall)->severity();
        f.contract = program.targets()[d.target].name();
        f.function = d.function->name;
        f.location = locate(program, d.call);
        f.message = fmt::format("{}.{} delegatecalls into code it does not control: {}; that "
                                "code runs with {}'s storage and balance (total compromise); "
                                "static finding, not replayed on the VM",
                                f.contract, f.function, d.why, f.contract);
        f.hint = "delegatecall only to code fixed at deployment or set by a trusted owner";
        if (suppressed(program, f)) {
            ++report.suppressed;
            continue;
        }
        report.findings.push_back(std::move(f));
    }
}

/// One analysis of `program` as it stands, within `opts.deadline` (set), started at `start`.
Report analyze_once(Program& program, const AnalyzeOptions& opts, Clock::time_point start) {
    const Clock::time_point deadline = *opts.deadline;
    // Argument hints (asked by the explorer before it starts) get at most a quarter of the
    // time: on a large function they could otherwise leave the explorer nothing.
    const Clock::time_point hints_deadline = start + (deadline - start) / 4;
    for (ProofEngine* e : opts.engines)
        e->set_deadline(std::min(deadline, hints_deadline));
    Report report;
    const Facts facts(program);
    report.candidates = static_candidates(facts);
    report_delegatecalls(program, report);
    ExploreOptions explore_options = opts.explore;
    explore_options.hint_engines = opts.engines;
    // The explorer gets what is left of the whole analysis's time (hints come out of it too),
    // less a quarter kept for the proof engines: a search the clock cuts must not also leave the
    // proofs for all values (which hold whatever the search reached) without a second.
    const double total = std::max(std::chrono::duration<double>(deadline - start).count(), 0.0);
    explore_options.timeout_seconds = opts.engines.empty() ? total : total * 3 / 4;
    ExploreResult ex = explore(program, explore_options);
    for (ProofEngine* e : opts.engines)
        e->set_deadline(deadline);
    report.stats = ex.stats;
    report.deploy_error = ex.error;
    report.properties = ex.properties.size();
    for (std::size_t i = 0; i < ex.properties.size(); ++i) {
        const bool violated = report_violations(program, facts, ex, i, deadline, report);
        report.proofs.push_back(
            prove_property(program, ex.properties[i], violated, ex.stats, opts, deadline));
    }
    report.timed_out = ex.stats.timed_out || Clock::now() > deadline;
    report.functions = coverage_of(program, facts, ex);
    const Accounts accounts = Accounts::make(program);
    for (const Deployment& d : report.stats.deployments)
        report.constructor_args.push_back(describe_ctor_args(program, accounts, d));
    report.inconclusive = inconclusive_reasons(program, facts, report, opts.require_proof);
    if (opts.fixes) attach_fixes(program, facts, opts, report);
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding& a, const Finding& b) {
                         // By the check's name, not its enumerator: the order users and goldens
                         // know.
                         return std::make_tuple(a.location.file, a.location.line, a.location.column,
                                                to_string(a.check)) <
                                std::make_tuple(b.location.file, b.location.line, b.location.column,
                                                to_string(b.check));
                     });
    report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return report;
}

/// A target of which no transaction succeeded, and the constructor parameters that got an
/// untrusted account (a stand-in that never sends a transaction) and whose arguments the user
/// did not give: roles nobody played (`onlyLandlord` where `landlord = _landlord`).
struct IdleRoles {
    std::string target;
    std::vector<std::string> parameters;
};

std::vector<IdleRoles> idle_roles(const Program& p, const Report& r) {
    std::vector<IdleRoles> out;
    for (const Target& t : p.targets()) {
        if (t.ctor_args) continue;
        if (const auto [total, run] = functions_run(r, t.name()); total == 0 || run > 0) continue;
        for (const Deployment& d : r.stats.deployments)
            if (d.contract == t.name())
                if (std::vector<std::string> ps = stand_in_parameters(p, t, d); !ps.empty())
                    out.push_back({t.name(), std::move(ps)});
    }
    return out;
}

/// The constructor parameters of target `t` (arguments Mallory chose) that a function of `t`
/// that never ran reads, through the variable the constructor stores each in: a threshold the
/// honest deposits already passed (a campaign's goal, met by the first pledge, so `refund`
/// never runs).
std::vector<std::string> unreached_thresholds(const Program& p, const Facts& facts, const Target& t,
                                              const Report& r) {
    const check::FunctionInfo* ctor = t.info->constructor;
    if (t.ctor_args || t.creator || !ctor || !ctor->ast) return {};
    // Storage the facts follow; an immutable (`goal`) by its name in the function's source.
    std::set<std::string> unreached_reads;
    std::string unreached_text;
    for (const FunctionCoverage& c : r.functions)
        if (c.contract == t.name() && !c.run)
            if (const FunctionFacts* f = facts.find(t.name(), c.signature)) {
                for (const Effect& e : f->effects)
                    if (e.kind == Effect::read && e.var) unreached_reads.insert(e.var->name);
                if (f->function->ast)
                    unreached_text += std::string(p.sources().text(f->function->ast->span));
            }
    for (const check::VariableInfo* v : t.info->immutable_variables)
        if (std::regex_search(
                unreached_text,
                std::regex(R"((^|[^\w$.]))" + astutil::identifier_regex(v->name) + R"((?![\w$]))")))
            unreached_reads.insert(v->name);
    const std::string_view body = p.sources().text(ctor->ast->span);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < ctor->parameters.size(); ++i) {
        const check::VariableInfo* param = ctor->parameters[i];
        if (!param || ctor->parameter_types[i]->kind != check::TypeKind::integer) continue;
        for (const std::string& kept : stored_names(body, param->name))
            if (unreached_reads.contains(kept)) {
                out.push_back(param->name);
                break;
            }
    }
    return out;
}

/// "`a`, `b`": names as the report quotes them.
std::string quoted_list(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names)
        out += (out.empty() ? "`" : ", `") + n + "`";
    return out;
}

/// When nothing was found and a function never ran because a constructor amount Mallory chose
/// is a threshold the honest deposits already passed (unreached_thresholds), the analysis runs
/// again with those amounts above the deposits. Its report is kept when it finds something or
/// runs more functions; a function counts as run when either analysis ran it, and the report
/// says how the system was deployed the second time.
Report with_thresholds_above_deposits(Program& program, const AnalyzeOptions& opts,
                                      Clock::time_point start, Report report) {
    const bool found = std::any_of(report.findings.begin(), report.findings.end(),
                                   [](const Finding& f) { return f.confirmed; });
    if (found || report.timed_out || !report.deploy_error.empty() || Clock::now() >= *opts.deadline)
        return report;
    const Facts facts(program);
    std::vector<std::pair<std::string, std::vector<std::string>>> raised;
    for (const Target& t : program.targets())
        if (std::vector<std::string> ps = unreached_thresholds(program, facts, t, report);
            !ps.empty())
            raised.emplace_back(t.name(), std::move(ps));
    if (raised.empty()) return report;
    for (const auto& [target, params] : raised)
        if (!program.raise_thresholds(target, params)) return report;
    Report again = analyze_once(program, opts, start);
    const auto runs = [](const Report& r) {
        return std::count_if(r.functions.begin(), r.functions.end(),
                             [](const FunctionCoverage& f) { return f.run; });
    };
    const bool found_again = std::any_of(again.findings.begin(), again.findings.end(),
                                         [](const Finding& f) { return f.confirmed; });
    if (!again.deploy_error.empty() || (!found_again && runs(again) <= runs(report))) {
        for (const auto& [target, params] : raised)
            program.raise_thresholds(target, {});
        return report;
    }
    for (FunctionCoverage& f : again.functions)
        for (const FunctionCoverage& before : report.functions)
            if (before.contract == f.contract && before.signature == f.signature && before.run &&
                !f.run) {
                f.run = true;
                f.reentry_only = before.reentry_only;
            }
    again.inconclusive = inconclusive_reasons(program, Facts(program), again, opts.require_proof);
    again.assumptions.insert(again.assumptions.begin(), report.assumptions.begin(),
                             report.assumptions.end());
    for (const auto& [target, params] : raised)
        again.assumptions.push_back(fmt::format(
            "{} was deployed again with {} {} above what the honest users deposit ({}): "
            "with the first choice the deposits met {} and the functions that read {} never ran",
            target, params.size() == 1 ? "its constructor parameter" : "the constructor parameters",
            quoted_list(params), format_wei(threshold_above_deposits),
            params.size() == 1 ? "it" : "them", params.size() == 1 ? "it" : "them"));
    return again;
}

/// A role given to an account that never acts leaves the functions it guards unexplored
/// (inconclusive). The deployer holds such a role far more often than an attacker does (a
/// landlord, an arbiter, an operator), so the analysis runs again with the role the
/// deployer's, as `--trust` would give it, and says so.
Report with_idle_roles_trusted(Program& program, const AnalyzeOptions& opts,
                               Clock::time_point start, Report report) {
    const std::vector<IdleRoles> idle = idle_roles(program, report);
    if (idle.empty() || Clock::now() >= *opts.deadline) return report;
    std::string trust;
    for (const IdleRoles& i : idle)
        for (const std::string& n : i.parameters)
            trust += (trust.empty() ? "" : ",") + n;
    if (!program.set_trusted(trust, nullptr)) return report;
    Report again = analyze_once(program, opts, start);
    for (const IdleRoles& i : idle)
        again.assumptions.push_back(fmt::format(
            "{}'s constructor parameter{} {} {} the deployer's (an honest account that sends "
            "transactions): given to an untrusted account that never sends one, no transaction "
            "of {} succeeded; pass --args {}:... to choose",
            i.target, i.parameters.size() == 1 ? "" : "s", quoted_list(i.parameters),
            i.parameters.size() == 1 ? "is" : "are", i.target, i.target));
    return again;
}

} // namespace

Report analyze(Program& program, const AnalyzeOptions& options) {
    const auto start = Clock::now();
    AnalyzeOptions opts = options;
    if (!opts.deadline)
        opts.deadline = start + std::chrono::duration_cast<Clock::duration>(
                                    std::chrono::duration<double>(options.explore.timeout_seconds));
    Report report =
        with_idle_roles_trusted(program, opts, start, analyze_once(program, opts, start));
    return with_thresholds_above_deposits(program, opts, start, std::move(report));
}

} // namespace mallory::analyzer
