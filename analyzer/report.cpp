#include "analyzer/analyzer.hpp"
#include "analyzer/world.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <set>

namespace mallory::analyzer {

namespace {

using nlohmann::json;

std::string caret(const Program& p, const Location& l, const char* label, bool color) {
    if (l.line == 0) return {};
    const lang::SourceFile& f = p.sources().file(l.span.file);
    const std::string_view text = f.line_text(l.line);
    const std::uint32_t width = std::max<std::uint32_t>(
        1, std::min<std::uint32_t>(l.span.size(),
                                   static_cast<std::uint32_t>(text.size()) - (l.column - 1)));
    std::string marks(width, '^');
    if (width > 1) marks = "^" + std::string(width - 1, '~');
    const char* on = color ? "\x1b[1;32m" : "";
    const char* off = color ? "\x1b[0m" : "";
    return fmt::format("  --> {}:{}:{}: {}\n   | {}\n   | {}{}{}{}\n", l.file, l.line, l.column,
                       label, text, std::string(l.column - 1, ' '), on, marks, off);
}

json location_json(const Location& l) {
    return json{{"file", l.file}, {"line", l.line}, {"column", l.column}};
}

std::string function_name(const FunctionCoverage& f) {
    return f.contract + "." + (f.signature.empty() ? "receive()" : f.signature);
}

std::string words(const std::vector<vm::U256>& args) {
    std::string out;
    for (const vm::U256& a : args)
        out += (out.empty() ? "" : ", ") + (vm::bit_length(a) > 64 ? vm::to_hex(a) : vm::to_dec(a));
    return out;
}

/// "explored: DAO deployed (...); functions run: 3 of 4 (not run: ...)": what the verdict
/// rests on.
std::string explored_text(const Report& r) {
    if (!r.deploy_error.empty()) return "explored: nothing: " + r.deploy_error + "\n";
    std::string deployed;
    for (std::size_t i = 0; i < r.stats.deployments.size(); ++i) {
        const Deployment& d = r.stats.deployments[i];
        const std::string args =
            i < r.constructor_args.size() ? r.constructor_args[i] : words(d.args);
        deployed += fmt::format("{}{}{}", deployed.empty() ? "" : ", ", d.contract,
                                args.empty() ? "" : " (constructor arguments " + args + ")");
    }
    std::string missing, reentered;
    for (const FunctionCoverage& f : r.functions) {
        if (!f.run) missing += (missing.empty() ? "" : ", ") + function_name(f);
        if (f.reentry_only) reentered += (reentered.empty() ? "" : ", ") + function_name(f);
    }
    std::string notes;
    if (!missing.empty()) notes += "never: " + missing;
    if (!reentered.empty())
        notes += (notes.empty() ? "" : "; ") + ("only inside a re-entry: " + reentered);
    return fmt::format("explored: deployed {}; functions run successfully: {} of {}{}\n",
                       deployed.empty() ? "nothing" : deployed, r.functions_run(),
                       r.functions.size(), notes.empty() ? "" : " (" + notes + ")");
}

/// How far the search went: every sequence up to `complete` transactions, directed ones up to
/// `deepest`, whether the state space was exhausted, else what cut it.
json bound_json(const SearchBound& b) {
    return json{{"complete", b.complete},
                {"deepest", b.deepest},
                {"exhausted", b.exhausted},
                {"cut", to_string(b.cut)},
                {"text", describe(b)}};
}

json coverage_json(const Report& r) {
    json deployments = json::array();
    for (const Deployment& d : r.stats.deployments) {
        json args = json::array();
        for (const vm::U256& a : d.args)
            args.push_back(vm::to_dec(a));
        deployments.push_back(json{{"contract", d.contract}, {"args", args}});
    }
    json functions = json::array();
    for (const FunctionCoverage& f : r.functions)
        functions.push_back(json{{"contract", f.contract},
                                 {"function", f.signature},
                                 {"run", f.run},
                                 {"reentry_only", f.reentry_only}});
    return json{{"deployed", r.deploy_error.empty()},
                {"deploy_error", r.deploy_error.empty() ? json(nullptr) : json(r.deploy_error)},
                {"deployments", deployments},
                {"functions", functions},
                {"functions_run", r.functions_run()},
                {"functions_total", r.functions.size()}};
}

json kind_json(ReentryKind k) {
    return k == ReentryKind::none ? json(nullptr) : json(to_string(k));
}

/// Amounts in wei as decimal strings (as every integer of the report), with the ether text.
/// Token amounts are in the token's units, per token the world placed.
json impact_json(const Impact& i) {
    json tokens = json::array();
    for (const TokenImpact& t : i.tokens)
        tokens.push_back(json{{"token", t.token},
                              {"adversary_gain", vm::to_dec(t.adversary_gain)},
                              {"adversary_loss", vm::to_dec(t.adversary_loss)},
                              {"honest_loss", vm::to_dec(t.honest_loss)}});
    return json{{"adversary_gain_wei", vm::to_dec(i.adversary_gain)},
                {"adversary_gain", format_wei(i.adversary_gain)},
                {"adversary_loss_wei", vm::to_dec(i.adversary_loss)},
                {"honest_loss_wei", vm::to_dec(i.honest_loss)},
                {"honest_loss", format_wei(i.honest_loss)},
                {"tokens", tokens},
                {"invariants_broken", i.broken},
                {"summary", i.describe()}};
}

} // namespace

std::string check_label(const Finding& f) {
    std::string out{to_string(f.check)};
    if (f.kind != ReentryKind::none) out += "/" + std::string(to_string(f.kind));
    return out;
}

std::string uri_encode(std::string_view path) {
    std::string out;
    for (const char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')
            out += ch;
        else
            out += fmt::format("%{:02X}", c);
    }
    return out;
}

std::string render_text(const Report& r, const Program& p, bool color) {
    std::string out;
    const char* bold = color ? "\x1b[1m" : "";
    const char* red = color ? "\x1b[1;31m" : "";
    const char* off = color ? "\x1b[0m" : "";
    std::size_t n = 0;
    std::set<std::string> fix_shown; // each contract's diff once
    for (const Finding& f : r.findings) {
        out +=
            fmt::format("{}{}:{}:{}: {}{} [{}{}]{}: {}\n", bold, f.location.file, f.location.line,
                        f.location.column, red, to_string(f.severity), check_label(f),
                        f.confirmed ? ", confirmed" : ", unconfirmed", off, f.message);
        // Re-entry findings are placed at the external call the adversary re-entered from.
        const bool at_call = f.check == CheckId::reentrancy || f.kind != ReentryKind::none;
        out += caret(p, f.location,
                     f.check == CheckId::delegatecall ? "the delegatecall"
                     : at_call                        ? "the external call"
                                                      : "the property",
                     color);
        if (f.related) out += caret(p, *f.related, "the state updated too late", color);
        if (f.impact) out += "  impact (on the replay's chain): " + f.impact->describe() + "\n";
        if (f.witness) {
            out += "  witness (replayed on a fresh chain):\n";
            for (const std::string& line : f.replay_log)
                out += "    " + line + "\n";
        }
        out += fmt::format("  fix: {}\n", f.hint);
        if (f.fix && !fix_shown.insert(f.contract).second)
            out += fmt::format("  suggested fix ({}): {}, the diff above\n", f.fix->kind,
                               f.fix->verified ? "verified (no finding after it)" : "NOT verified");
        else if (f.fix)
            out += fmt::format("  suggested fix ({}): {}\n{}", f.fix->kind,
                               f.fix->verified ? "verified (no finding after it)" : "NOT verified",
                               f.fix->diff);
        out += "\n";
        ++n;
    }
    for (const ProofEntry& pe : r.proofs)
        out += fmt::format("property {}: {}{}\n", pe.property, to_string(pe.status),
                           pe.reason.empty() ? "" : " (" + pe.reason + ")");
    std::size_t proved = 0;
    for (const ProofEntry& pe : r.proofs)
        proved += pe.status == PropertyStatus::proved;
    out += explored_text(r);
    for (const std::string& a : r.assumptions)
        out += "assumed: " + a + "\n";
    if (r.deploy_error.empty()) out += "search: " + describe(r.stats.bound) + "\n";
    out += fmt::format(
        "{} finding{}{}; {} states, {} transactions executed, {:.2f} s, {} properties checked, {} "
        "proved{}\n",
        n, n == 1 ? "" : "s", r.suppressed ? fmt::format(" ({} suppressed)", r.suppressed) : "",
        r.stats.states, r.stats.transactions, r.seconds, r.properties, proved,
        r.timed_out ? " (timed out: results may be incomplete)" : "");
    // Inconclusive decides the exit code whenever no finding reaches --fail-on: say why even
    // beside findings (info ones, or all of them below the threshold).
    if (!r.inconclusive.empty()) {
        out += fmt::format("{}inconclusive{}: {}:\n", red, off,
                           r.findings.empty() ? "the absence of findings does not mean clean"
                                              : "the findings above may not be all");
        for (const std::string& why : r.inconclusive)
            out += "  - " + why + "\n";
    }
    return out;
}

json render_json(const Report& r, const std::string& version) {
    json findings = json::array();
    for (const Finding& f : r.findings) {
        json j{{"check", to_string(f.check)},
               {"kind", kind_json(f.kind)},
               {"severity", to_string(f.severity)},
               {"contract", f.contract},
               {"function", f.function},
               {"location", location_json(f.location)},
               {"message", f.message},
               {"confirmed", f.confirmed},
               {"witness", f.witness ? to_json(*f.witness) : json(nullptr)},
               {"impact", f.impact ? impact_json(*f.impact) : json(nullptr)},
               {"hint", f.hint}};
        if (f.related) j["related_location"] = location_json(*f.related);
        if (f.fix)
            j["fix"] =
                json{{"kind", f.fix->kind}, {"verified", f.fix->verified}, {"diff", f.fix->diff}};
        findings.push_back(std::move(j));
    }
    json proofs = json::array();
    for (const ProofEntry& p : r.proofs) {
        json j{{"contract", p.contract},
               {"property", p.property},
               {"status", to_string(p.status)},
               {"engine", p.engine}};
        if (!p.reason.empty()) j["reason"] = p.reason;
        proofs.push_back(std::move(j));
    }
    json cands = json::array();
    for (const Candidate& c : r.candidates)
        cands.push_back(json{{"check", to_string(c.check)},
                             {"kind", to_string(c.kind)},
                             {"contract", c.contract},
                             {"function", c.function},
                             {"variable", c.variable}});
    return json{{"tool", "mallory"},
                {"version", version},
                {"status", to_string(r.verdict())},
                {"inconclusive", r.inconclusive},
                {"assumptions", r.assumptions},
                {"coverage", coverage_json(r)},
                {"findings", findings},
                {"proofs", proofs},
                {"candidates", cands},
                {"stats", json{{"states", r.stats.states},
                               {"transactions", r.stats.transactions},
                               {"seconds", r.seconds},
                               {"properties", r.properties},
                               {"proved", std::count_if(r.proofs.begin(), r.proofs.end(),
                                                        [](const ProofEntry& pe) {
                                                            return pe.status ==
                                                                   PropertyStatus::proved;
                                                        })},
                               {"suppressed", r.suppressed},
                               {"timed_out", r.timed_out},
                               {"bound", bound_json(r.stats.bound)}}}};
}

namespace {

json sarif_location(const Location& l) {
    return json{{"physicalLocation",
                 json{{"artifactLocation", json{{"uri", uri_encode(l.file)}}},
                      {"region", json{{"startLine", l.line}, {"startColumn", l.column}}}}}};
}

json sarif_rules() {
    json rules = json::array();
    for (const auto& c : registry())
        rules.push_back(json{{"id", to_string(c->id())},
                             {"shortDescription", json{{"text", std::string(c->explanation())}}},
                             {"help", json{{"text", std::string(c->recommendation())}}}});
    return rules;
}

/// One SARIF 2.1.0 log with a single run; `notifications` (level, text) go in its invocation,
/// which is unsuccessful when one of them is an error.
json sarif_log(const std::string& version, json results,
               const std::vector<std::pair<std::string, std::string>>& notifications,
               const json& properties) {
    json notes = json::array();
    bool failed = false;
    for (const auto& [level, text] : notifications) {
        notes.push_back(json{{"level", level}, {"message", json{{"text", text}}}});
        failed |= level == "error";
    }
    return json{
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", json::array({json{
                     {"tool", json{{"driver", json{{"name", "mallory"},
                                                   {"version", version},
                                                   {"informationUri", "https://github.com/mallory"},
                                                   {"rules", sarif_rules()}}}}},
                     {"invocations", json::array({json{{"executionSuccessful", !failed},
                                                       {"toolExecutionNotifications", notes}}})},
                     {"results", std::move(results)},
                     {"properties", properties}}})}};
}

} // namespace

json render_sarif(const Report& r, const std::string& version) {
    json results = json::array();
    for (const Finding& f : r.findings) {
        json result{
            {"ruleId", to_string(f.check)},
            {"level", f.severity == Severity::high     ? "error"
                      : f.severity == Severity::medium ? "warning"
                                                       : "note"},
            {"message", json{{"text", f.message}}},
            {"locations", json::array({sarif_location(f.location)})},
            {"properties", json{{"confirmed", f.confirmed},
                                {"kind", to_string(f.kind)},
                                {"impact", f.impact ? impact_json(*f.impact) : json(nullptr)}}}};
        if (f.related) {
            json related = sarif_location(*f.related);
            related["id"] = 1;
            related["message"] = json{{"text", "the state updated too late"}};
            result["relatedLocations"] = json::array({related});
        }
        results.push_back(std::move(result));
    }
    std::vector<std::pair<std::string, std::string>> notes;
    for (const std::string& why : r.inconclusive)
        notes.emplace_back("error", "inconclusive: " + why);
    for (const std::string& a : r.assumptions)
        notes.emplace_back("note", "assumed: " + a);
    return sarif_log(version, std::move(results), notes,
                     json{{"status", to_string(r.verdict())}, {"coverage", coverage_json(r)}});
}

json render_json_error(const json& diagnostics, const std::string& version) {
    return json{{"tool", "mallory"},         {"version", version},
                {"status", "error"},         {"diagnostics", diagnostics},
                {"findings", json::array()}, {"proofs", json::array()}};
}

json render_sarif_error(const json& diagnostics, const std::string& version) {
    std::vector<std::pair<std::string, std::string>> notes;
    for (const json& d : diagnostics) {
        std::string where;
        if (d.contains("file") && d["file"].is_string())
            where = fmt::format("{}:{}:{}: ", d["file"].get<std::string>(), d.value("line", 0),
                                d.value("column", 0));
        notes.emplace_back("error", where + d.value("message", std::string("error")));
    }
    return sarif_log(version, json::array(), notes, json{{"status", "error"}});
}

} // namespace mallory::analyzer
