#include "cli/dao/tour.hpp"

#include "analyzer/facts.hpp"
#include "cli/dao/sources.hpp"

#include <fmt/format.h>
#include <map>

namespace mallory::cli::dao {

namespace {

using nlohmann::json;

std::unique_ptr<analyzer::Program> load(const std::vector<std::string>& files, std::string* error) {
    auto p = analyzer::Program::from_sources(sources(files));
    if (!p->ok()) {
        *error = "the tour's contracts do not compile:\n" + p->errors(false);
        return nullptr;
    }
    return p;
}

/// "bankWithdraw(10)" or "splitDAO() with 1 re-entry": a witness in a few words.
std::string describe_steps(const analyzer::Witness& w) {
    std::string out;
    for (const analyzer::TxStep& s : w.steps)
        out += (out.empty() ? "" : ", then ") + analyzer::describe(s.call);
    const std::size_t n = w.reentries();
    if (n > 0) out += fmt::format(" with {} re-entr{}", n, n == 1 ? "y" : "ies");
    return out;
}

/// Analyzes `contract` of `files` the way `mallory analyze` does by default.
Analysis analyze(const std::vector<std::string>& files, const std::string& contract,
                 const TourOptions& o) {
    Analysis a;
    auto p = load(files, &a.error);
    if (!p) return a;
    if (!p->select(contract)) {
        a.error = "no deployable contract " + contract;
        return a;
    }
    analyzer::AnalyzeOptions ao;
    ao.explore.timeout_seconds = o.timeout_seconds;
    ao.explore.jobs = o.jobs;
    ao.engines = o.engines;
    const analyzer::Report r = analyzer::analyze(*p, ao);
    a.stats = r.stats;
    a.proofs = r.proofs;
    a.findings = r.findings.size();
    const json rendered = analyzer::render_json(r, MALLORY_VERSION);
    // The finding to show: confirmed, with re-entry in its witness, reentrancy first.
    const auto rank = [&](const analyzer::Finding& f) {
        const bool reenters = f.witness && f.witness->reentries() > 0;
        return (reenters ? 2 : 0) + (f.check == analyzer::CheckId::reentrancy ? 1 : 0);
    };
    std::optional<std::size_t> pick;
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
        const analyzer::Finding& f = r.findings[i];
        if (f.confirmed && (!pick || rank(f) > rank(r.findings[*pick]))) pick = i;
    }
    for (std::size_t i = 0; i < r.findings.size(); ++i)
        if (!pick || i != *pick)
            a.others.push_back(
                fmt::format("[{}] {}", analyzer::check_label(r.findings[i]),
                            r.findings[i].witness ? describe_steps(*r.findings[i].witness) : ""));
    if (pick) {
        a.finding = r.findings[*pick];
        a.finding_json = rendered["findings"][*pick];
        a.replay_log = r.findings[*pick].replay_log;
    }
    return a;
}

/// Lines [first, last] of `span`'s file.
std::pair<std::uint32_t, std::uint32_t> lines_of(const lang::SourceFile& f, lang::Span span) {
    return {f.line_col(span.begin).line,
            f.line_col(span.end > span.begin ? span.end - 1 : span.begin).line};
}

bool contains(lang::Span outer, lang::Span inner) {
    return outer.file == inner.file && outer.begin <= inner.begin && inner.end <= outer.end;
}

/// splitDAO, the function holding its first external call, and the contract's modifiers, with
/// the analyzer's facts marked: the call, writes before and after it, the mutex guard.
Listing listing_of(const analyzer::Program& p, const std::string& contract) {
    Listing out;
    const analyzer::Facts facts(p);
    const analyzer::FunctionFacts* ff = facts.find(contract, "splitDAO()");
    const analyzer::Target* t = p.target(contract);
    if (!ff || !t || !ff->function->ast) return out;
    const lang::SourceFile& file = p.sources().file(ff->function->ast->span.file);
    out.file = file.path();
    std::map<std::uint32_t, ListingLine::Mark> marks;
    const int call = ff->first_risky_call();
    for (int i = 0; i < static_cast<int>(ff->effects.size()); ++i) {
        const analyzer::Effect& e = ff->effects[static_cast<std::size_t>(i)];
        const std::uint32_t line = file.line_col(e.span.begin).line;
        if (i == call)
            marks[line] = ListingLine::Mark::call;
        else if (e.kind == analyzer::Effect::write && !ff->mutexes.count(e.var) &&
                 !marks.count(line))
            marks[line] = call < 0 || i < call  ? ListingLine::Mark::early_write
                          : ff->mutexes.empty() ? ListingLine::Mark::late_write
                                                : ListingLine::Mark::guarded_late_write;
        else if (e.var && ff->mutexes.count(e.var))
            marks[line] = ListingLine::Mark::guard;
    }
    std::vector<lang::Span> spans{ff->function->ast->span};
    if (call >= 0) {
        const lang::Span at = ff->effects[static_cast<std::size_t>(call)].span;
        for (const lang::check::FunctionInfo* f : t->info->functions)
            if (f->ast && f != ff->function && contains(f->ast->span, at))
                spans.push_back(f->ast->span);
    }
    if (!ff->mutexes.empty())
        for (const lang::check::ModifierInfo* m : t->info->modifiers)
            if (m->ast) spans.insert(spans.begin(), m->ast->span);
    for (const lang::Span& span : spans) {
        const auto [first, last] = lines_of(file, span);
        std::vector<ListingLine> block;
        for (std::uint32_t l = first; l <= last; ++l) {
            const auto m = marks.find(l);
            block.push_back({l, std::string(file.line_text(l)),
                             m == marks.end() ? ListingLine::Mark::none : m->second});
        }
        out.blocks.push_back(std::move(block));
    }
    return out;
}

json wei(const vm::U256& v) {
    return vm::to_dec(v);
}

json proofs_json(const std::vector<analyzer::ProofEntry>& proofs) {
    json out = json::array();
    for (const analyzer::ProofEntry& p : proofs)
        out.push_back(json{{"contract", p.contract},
                           {"property", p.property},
                           {"status", analyzer::to_string(p.status)},
                           {"engine", p.engine},
                           {"reason", p.reason}});
    return out;
}

json analysis_json(const Analysis& a) {
    return json{{"finding", a.finding_json},
                {"findings", a.findings},
                {"proofs", proofs_json(a.proofs)},
                {"states", a.stats.states},
                {"transactions", a.stats.transactions},
                {"seconds", a.stats.seconds}};
}

json run_json(const AttackRun& r) {
    json rows = json::array();
    for (const StepRow& s : r.rows)
        rows.push_back(json{{"step", s.step},
                            {"depth", s.depth},
                            {"exit", s.exit},
                            {"from", s.from},
                            {"to", s.to},
                            {"call", s.what},
                            {"value_wei", wei(s.value)},
                            {"outcome", s.outcome},
                            {"dao_balance_wei", wei(s.dao_balance)},
                            {"mallory_balance_wei", wei(s.mallory_balance)},
                            {"mallory_tokens", wei(s.tokens)},
                            {"total_supply", wei(s.total_supply)}});
    json investors = json::array();
    for (const InvestorOutcome& i : r.investors)
        investors.push_back(json{{"name", i.name},
                                 {"deposited_wei", wei(i.deposited)},
                                 {"refunded_wei", wei(i.refunded)},
                                 {"failure", i.failure.empty() ? json(nullptr) : json(i.failure)}});
    return json{
        {"attack_succeeded", r.attack_succeeded},
        {"attack_failure", r.attack_failure.empty() ? json(nullptr) : json(r.attack_failure)},
        {"attack_gas", r.attack_gas},
        {"reentries", wei(r.reentries)},
        {"landed", wei(r.landed)},
        {"dao_balance_before_wei", wei(r.dao_before)},
        {"dao_balance_after_wei", wei(r.dao_after)},
        {"total_supply_after", wei(r.total_supply_after)},
        {"mallory_deposit_wei", wei(r.mallory_deposit)},
        {"mallory_balance_after_wei", wei(r.mallory_after)},
        {"shortfall_wei", wei(r.shortfall)},
        {"steps", rows},
        {"investors", investors}};
}

json seed_run_json(const SeedRun& r) {
    json dispensed = json::array();
    for (const Dispense& d : r.dispensed)
        dispensed.push_back(json{{"amount", wei(d.amount)},
                                 {"bank_balance", wei(d.bank_balance)},
                                 {"mallory_balance", wei(d.mallory_balance)}});
    return json{{"attack", r.attack},
                {"success", r.success},
                {"failure", r.failure.empty() ? json(nullptr) : json(r.failure)},
                {"bank_balance", wei(r.bank_balance)},
                {"mallory_balance", wei(r.mallory_balance)},
                {"safe_withdrawal", r.safe_withdrawal},
                {"dispensed", dispensed}};
}

} // namespace

TourReport run_tour(const TourOptions& options) {
    TourReport report;
    report.options = options;
    for (Variant v : options.variants) {
        VariantReport vr;
        vr.variant = v;
        const std::string contract(variant_contract(v));
        if (options.analyze) vr.analysis = analyze({variant_file(v)}, contract, options);
        auto program = load({variant_file(v), "Mallory.sol"}, &report.error);
        if (!program) return report;
        vr.listing = listing_of(*program, contract);
        AttackConfig config;
        config.variant = v;
        config.investors = options.investors;
        config.reentries = options.reentries;
        vr.run = run_attack(*program, config);
        if (!vr.run.error.empty()) report.error = vr.run.error;
        if (!vr.analysis.error.empty()) report.error = vr.analysis.error;
        report.variants.push_back(std::move(vr));
        if (!report.error.empty()) return report;
    }
    if (options.seed) {
        SeedReport seed;
        auto program = load({"SeedModel.sol"}, &report.error);
        if (!program) return report;
        for (int attack : {3, 1}) {
            seed.runs.push_back(run_seed(*program, attack));
            if (!seed.runs.back().error.empty()) report.error = seed.runs.back().error;
        }
        if (options.analyze) {
            seed.faulty = analyze({"SeedModel.sol"}, "SeedModel", options);
            seed.fixed =
                analyze({"SeedModelFixed.sol", "SeedModel.sol"}, "SeedModelFixed", options);
            if (!seed.faulty.error.empty()) report.error = seed.faulty.error;
            if (!seed.fixed.error.empty()) report.error = seed.fixed.error;
        }
        report.seed = std::move(seed);
    }
    return report;
}

json tour_json(const TourReport& r) {
    json variants = json::array();
    for (const VariantReport& v : r.variants) {
        json j{{"variant", variant_name(v.variant)},
               {"contract", variant_contract(v.variant)},
               {"stolen_wei", wei(v.run.stolen)},
               {"investor_loss_wei", wei(v.run.investor_loss)},
               {"finding", r.options.analyze ? v.analysis.finding_json : json(nullptr)},
               {"proofs", proofs_json(v.analysis.proofs)},
               {"replay", run_json(v.run)}};
        if (r.options.analyze) j["analysis"] = analysis_json(v.analysis);
        variants.push_back(std::move(j));
    }
    json out{{"tool", "mallory"},
             {"version", MALLORY_VERSION},
             {"investors", r.options.investors},
             {"reentries", r.options.reentries},
             {"variants", variants},
             {"error", r.error.empty() ? json(nullptr) : json(r.error)}};
    if (r.seed) {
        json runs = json::array();
        for (const SeedRun& s : r.seed->runs)
            runs.push_back(seed_run_json(s));
        json paper = json::array();
        for (const auto& [label, what] : paper_counterexample())
            paper.push_back(json{{"label", label}, {"state", what}});
        out["seed_model"] = json{{"balance", seed_balance},
                                 {"amount", seed_amount},
                                 {"paper_counterexample", paper},
                                 {"runs", runs},
                                 {"faulty", analysis_json(r.seed->faulty)},
                                 {"fixed", analysis_json(r.seed->fixed)}};
    }
    return out;
}

} // namespace mallory::cli::dao
