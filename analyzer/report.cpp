#include "analyzer/analyzer.hpp"
#include "analyzer/world.hpp"

#include <algorithm>
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

} // namespace

std::string render_text(const Report& r, const Program& p, bool color) {
    std::string out;
    const char* bold = color ? "\x1b[1m" : "";
    const char* red = color ? "\x1b[1;31m" : "";
    const char* off = color ? "\x1b[0m" : "";
    std::size_t n = 0;
    std::set<std::string> fix_shown; // each contract's diff once
    for (const Finding& f : r.findings) {
        out += fmt::format("{}{}:{}:{}: {}{} [{}{}]{}: {}{}\n", bold, f.location.file,
                           f.location.line, f.location.column, red, to_string(f.severity), f.check,
                           f.kind.empty() ? "" : "/" + f.kind,
                           f.confirmed ? ", confirmed" : ", unconfirmed", off, f.message);
        out += caret(p, f.location, f.check == "reentrancy" ? "the external call" : "the property",
                     color);
        if (f.related) out += caret(p, *f.related, "the state updated too late", color);
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
    out += fmt::format(
        "{} finding{}{}; {} states, {} transactions executed, {:.2f} s, {} properties checked, {} "
        "proved{}\n",
        n, n == 1 ? "" : "s", r.suppressed ? fmt::format(" ({} suppressed)", r.suppressed) : "",
        r.stats.states, r.stats.transactions, r.stats.seconds, r.properties, proved,
        r.stats.timed_out ? " (timed out: results may be incomplete)" : "");
    return out;
}

json render_json(const Report& r, const std::string& version) {
    json findings = json::array();
    for (const Finding& f : r.findings) {
        json j{{"check", f.check},
               {"kind", f.kind.empty() ? json(nullptr) : json(f.kind)},
               {"severity", to_string(f.severity)},
               {"contract", f.contract},
               {"function", f.function},
               {"location", location_json(f.location)},
               {"message", f.message},
               {"confirmed", f.confirmed},
               {"witness", f.witness ? to_json(*f.witness) : json(nullptr)},
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
        cands.push_back(json{{"check", c.check},
                             {"kind", c.kind},
                             {"contract", c.contract},
                             {"function", c.function},
                             {"variable", c.variable}});
    return json{{"tool", "mallory"},
                {"version", version},
                {"findings", findings},
                {"proofs", proofs},
                {"candidates", cands},
                {"stats", json{{"states", r.stats.states},
                               {"transactions", r.stats.transactions},
                               {"seconds", r.stats.seconds},
                               {"properties", r.properties},
                               {"proved", std::count_if(r.proofs.begin(), r.proofs.end(),
                                                        [](const ProofEntry& pe) {
                                                            return pe.status ==
                                                                   PropertyStatus::proved;
                                                        })},
                               {"suppressed", r.suppressed},
                               {"timed_out", r.stats.timed_out}}}};
}

json render_sarif(const Report& r, const std::string& version) {
    json rules = json::array();
    for (const auto& c : registry())
        rules.push_back(json{{"id", std::string(c->id())},
                             {"shortDescription", json{{"text", std::string(c->explanation())}}},
                             {"help", json{{"text", std::string(c->recommendation())}}}});
    json results = json::array();
    for (const Finding& f : r.findings) {
        json locs = json::array();
        locs.push_back(
            json{{"physicalLocation", json{{"artifactLocation", json{{"uri", f.location.file}}},
                                           {"region", json{{"startLine", f.location.line},
                                                           {"startColumn", f.location.column}}}}}});
        results.push_back(json{{"ruleId", f.check},
                               {"level", f.severity == Severity::high     ? "error"
                                         : f.severity == Severity::medium ? "warning"
                                                                          : "note"},
                               {"message", json{{"text", f.message}}},
                               {"locations", locs},
                               {"properties", json{{"confirmed", f.confirmed}, {"kind", f.kind}}}});
    }
    return json{
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", json::array({json{
                     {"tool", json{{"driver", json{{"name", "mallory"},
                                                   {"version", version},
                                                   {"informationUri", "https://github.com/mallory"},
                                                   {"rules", rules}}}}},
                     {"results", results}}})}};
}

std::string foundry_test(const Witness& w, const Program& p) {
    (void)p;
    std::string imports;
    for (const std::string& f : w.files)
        imports += fmt::format("import \"{}\";\n", f);
    auto call_expr = [&](const CallSpec& c, const std::string& target) {
        std::string args;
        for (const vm::U256& a : c.args)
            args += (args.empty() ? "" : ", ") + vm::to_dec(a);
        if (c.signature.empty())
            return fmt::format("(bool ok_, ) = address({}).call{{value: {}}}(\"\"); ok_;", target,
                               vm::to_dec(c.value));
        return fmt::format("(bool ok_, ) = address({}).call{{value: "
                           "{}}}(abi.encodeWithSignature(\"{}\"{}{})); ok_;",
                           target, vm::to_dec(c.value), c.signature, args.empty() ? "" : ", ",
                           args);
    };
    std::string body, hooks;
    int idx = 0;
    for (const TxStep& s : w.steps)
        for (const Choice& c : s.choices) {
            if (c.kind == ChoiceKind::reenter)
                hooks += fmt::format("        if (n == {}) {{ {} }}\n", idx,
                                     call_expr(c.call, "t_" + c.call.contract));
            if (c.kind == ChoiceKind::revert)
                hooks += fmt::format("        if (n == {}) revert(\"mallory\");\n", idx);
            ++idx;
        }
    std::string decls, deploys, fields;
    for (const Deployment& d : w.deployments) {
        std::string args;
        for (const vm::U256& a : d.args)
            args += (args.empty() ? "" : ", ") + vm::to_dec(a);
        fields += fmt::format("    address t_{};\n", d.contract);
        deploys += fmt::format(
            "        t_{} = address(new {}{}({}));\n", d.contract, d.contract,
            d.value.is_zero() ? "" : fmt::format("{{value: {}}}", vm::to_dec(d.value)), args);
    }
    for (const TxStep& s : w.setup)
        body += fmt::format("        vm.deal(makeAddr(\"{0}\"), 100 ether);\n        "
                            "vm.prank(makeAddr(\"{0}\"));\n        {{ {1} }}\n",
                            s.sender, call_expr(s.call, "t_" + s.call.contract));
    for (const TxStep& s : w.steps)
        body += s.sender == adversary_name
                    ? fmt::format("        attacker.run{{value: {}}}(t_{}, "
                                  "abi.encodeWithSignature(\"{}\"{}));\n",
                                  vm::to_dec(s.call.value), s.call.contract, s.call.signature,
                                  [&] {
                                      std::string a;
                                      for (const vm::U256& x : s.call.args)
                                          a += ", " + vm::to_dec(x);
                                      return a;
                                  }())
                    : fmt::format("        vm.prank(makeAddr(\"{}\"));\n        {{ {} }}\n",
                                  s.sender, call_expr(s.call, "t_" + s.call.contract));
    return fmt::format(R"(// SPDX-License-Identifier: MIT
// Generated by mallory analyze: reproduces the witness for {} of {} ({}).
pragma solidity ^0.8.20;

import "forge-std/Test.sol";
{}
contract Attacker {{
{}    uint256 n;
    function run(address target, bytes memory data) external payable {{
        (bool ok_, ) = target.call{{value: msg.value}}(data);
        require(ok_, "attack transaction reverted");
    }}
    function hook() internal {{
        uint256 current = n;
        n += 1;
        current;
{}    }}
    receive() external payable {{ hook(); }}
    fallback() external payable {{ hook(); }}
}}

contract MalloryWitnessTest is Test {{
{}
    function test_witness() public {{
{}        Attacker attacker = new Attacker();
        vm.deal(address(attacker), 100 ether);
{}        // The property `{}` should now be violated: assert it here once fixed.
    }}
}}
)",
                       to_string(w.property), w.contract, w.expression, imports, fields,
                       hooks.empty() ? ""
                                     : std::string("        uint256 n_ = current; n_;\n") +
                                           [&] {
                                               std::string h = hooks;
                                               for (std::size_t pos; (pos = h.find("if (n ==")) !=
                                                                     std::string::npos;)
                                                   h.replace(pos, 8, "if (current ==");
                                               return h;
                                           }(),
                       fields, deploys, body, w.expression);
}

} // namespace mallory::analyzer
