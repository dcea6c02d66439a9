// The tour as text: a few screens a new user reads top to bottom (coloured on a terminal).
#include "cli/dao/tour.hpp"

#include <fmt/format.h>

namespace mallory::cli::dao {

namespace {

/// ANSI styles, empty when colour is off.
struct Style {
    const char *head, *bold, *red, *green, *yellow, *dim, *off;
    explicit Style(bool color)
        : head(color ? "\x1b[1;36m" : ""), bold(color ? "\x1b[1m" : ""),
          red(color ? "\x1b[1;31m" : ""), green(color ? "\x1b[1;32m" : ""),
          yellow(color ? "\x1b[1;33m" : ""), dim(color ? "\x1b[2m" : ""),
          off(color ? "\x1b[0m" : "") {}
};

std::string heading(const Style& s, int number, const std::string& title) {
    return fmt::format("\n{}━━ {}. {} ━━{}\n", s.head, number, title, s.off);
}

std::string variant_title(Variant v) {
    switch (v) {
    case Variant::vulnerable:
        return "The vulnerable DAO";
    case Variant::fixed:
        return "The fix: checks-effects-interactions";
    case Variant::mutex:
        return "The fix: a reentrancy guard (mutex)";
    }
    return "";
}

std::string mark_text(const Style& s, ListingLine::Mark m) {
    switch (m) {
    case ListingLine::Mark::call:
        return fmt::format("{}◀ ether and control leave the DAO here{}", s.yellow, s.off);
    case ListingLine::Mark::late_write:
        return fmt::format("{}◀ ✗ books updated after the call{}", s.red, s.off);
    case ListingLine::Mark::guarded_late_write:
        return fmt::format("{}◀ updated after the call, but the guard keeps re-entries out{}",
                           s.green, s.off);
    case ListingLine::Mark::early_write:
        return fmt::format("{}◀ ✓ updated before the call{}", s.green, s.off);
    case ListingLine::Mark::guard:
        return fmt::format("{}◀ ✓ the guard{}", s.green, s.off);
    case ListingLine::Mark::none:
        return "";
    }
    return "";
}

std::string listing_text(const Style& s, const Listing& l) {
    std::string out;
    std::size_t width = 0;
    for (const auto& block : l.blocks)
        for (const ListingLine& line : block)
            width = std::max(width, line.text.size());
    for (const auto& block : l.blocks) {
        for (const ListingLine& line : block) {
            const bool marked = line.mark != ListingLine::Mark::none;
            out += fmt::format("  {}{:>4} │{} {}{}{}", s.dim, line.line, s.off,
                               marked ? s.bold : "", line.text, marked ? s.off : "");
            if (marked)
                out += std::string(width - line.text.size() + 2, ' ') + mark_text(s, line.mark);
            out += "\n";
        }
        out += "\n";
    }
    return out;
}

std::string proofs_text(const Style& s, const std::vector<analyzer::ProofEntry>& proofs) {
    std::string out;
    for (const analyzer::ProofEntry& p : proofs) {
        const char* colour = p.status == analyzer::PropertyStatus::proved     ? s.green
                             : p.status == analyzer::PropertyStatus::violated ? s.red
                                                                              : s.yellow;
        out += fmt::format(
            "    {}{:<8}{} {}{}\n", colour, analyzer::to_string(p.status), s.off, p.property,
            p.status == analyzer::PropertyStatus::proved ? fmt::format(" ({} engine)", p.engine)
            : p.reason.empty()                           ? ""
                                                         : " (" + p.reason + ")");
    }
    return out;
}

std::string analysis_text(const Style& s, const Analysis& a, const std::string& command) {
    std::string out = fmt::format("  {}$ {}{}\n", s.dim, command, s.off);
    if (a.finding) {
        const analyzer::Finding& f = *a.finding;
        out += fmt::format("  {}{} [{}]{} {}\n", s.red, analyzer::to_string(f.severity),
                           analyzer::check_label(f), s.off, f.message);
        out += fmt::format("    the external call: {}:{}:{}\n", f.location.file, f.location.line,
                           f.location.column);
        if (f.related)
            out += fmt::format("    the state updated too late: {}:{}:{}\n", f.related->file,
                               f.related->line, f.related->column);
        out += fmt::format("  The witness, found before deployment ({} states, {} transactions in "
                           "{:.2f} s), replayed "
                           "on a fresh chain:\n",
                           a.stats.states, a.stats.transactions, a.stats.seconds);
        for (const std::string& line : a.replay_log)
            out += "    " + line + "\n";
        out += fmt::format("  fix: {}\n", f.hint);
        if (f.fix)
            out += fmt::format("  checked fix: Mallory applied a {} to a copy of the source and "
                               "analyzed it again: {}\n",
                               f.fix->kind == "guard" ? "reentrancy guard"
                                                      : "reordering (checks-effects-interactions)",
                               f.fix->verified ? "no finding (verified)"
                                               : "still findings (not verified)");
    } else {
        out += fmt::format("  {}no finding{} ({} states, {} transactions in {:.2f} s)\n", s.green,
                           s.off, a.stats.states, a.stats.transactions, a.stats.seconds);
    }
    if (!a.others.empty()) {
        out +=
            fmt::format("  {} more finding{}:\n", a.others.size(), a.others.size() == 1 ? "" : "s");
        for (const std::string& o : a.others)
            out += "    " + o + "\n";
    }
    if (!a.proofs.empty()) out += "  properties:\n" + proofs_text(s, a.proofs);
    return out;
}

std::string row_label(const StepRow& r) {
    const std::string indent(2 * static_cast<std::size_t>(r.depth), ' ');
    if (r.exit) return fmt::format("{}← {}.{} {}", indent, r.from, r.what, r.outcome);
    const std::string value =
        r.value.is_zero() ? "" : fmt::format("{{value: {}}}", ether_text(r.value));
    return fmt::format("{}{} → {}.{}{}", indent, r.from, r.to, r.what, value);
}

std::string step_table(const Style& s, const AttackRun& run) {
    std::size_t width = 30;
    for (const StepRow& r : run.rows)
        width = std::max(width, row_label(r).size());
    std::string out = fmt::format("  {}{:>4}  {:>5}  {:<{}}  {:>12}  {:>12}  {:>14}  {:>12}{}\n",
                                  s.bold, "step", "depth", "who calls what", width, "DAO balance",
                                  "Mallory", "her DAO tokens", "totalSupply", s.off);
    for (const StepRow& r : run.rows) {
        const bool payout =
            !r.exit && r.from != "Mallory" && r.to == "Mallory" && !r.value.is_zero();
        out +=
            fmt::format("  {:>4}  {:>5}  {}{:<{}}{}  {:>12}  {:>12}  {:>14}  {:>12}\n", r.step,
                        r.depth, payout ? s.yellow : "", row_label(r), width, payout ? s.off : "",
                        ether_text(r.dao_balance), ether_text(r.mallory_balance),
                        ether_text(r.tokens), ether_text(r.total_supply));
    }
    return out;
}

std::string indent_block(const std::string& text, const char* prefix) {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        out += prefix + text.substr(start, end - start) + "\n";
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return out;
}

std::string run_text(const Style& s, const TourReport& r, const VariantReport& v) {
    const AttackRun& run = v.run;
    std::string out;
    std::string names;
    for (std::size_t i = 0; i < run.investors.size(); ++i)
        names += (i == 0                          ? ""
                  : i + 1 == run.investors.size() ? " and "
                                                  : ", ") +
                 run.investors[i].name;
    out += fmt::format(
        "  {} deposit {} each: the DAO holds {}. Mallory's contract deposits {} and splits,\n"
        "  re-entering splitDAO from its receive() up to {} times.\n\n",
        names, run.investors.empty() ? "" : ether_text(run.investors.front().deposited),
        ether_text(run.dao_before), ether_text(run.mallory_deposit), r.options.reentries);
    out += step_table(s, run);
    out += fmt::format("\n  The call tree of the attack transaction (gas per call):\n{}",
                       indent_block(run.trace, "  "));
    out += fmt::format(
        "\n  The attack transaction {}; re-entries attempted {}, accepted by the DAO {}.\n",
        run.attack_succeeded ? "succeeded" : "reverted (" + run.attack_failure + ")",
        vm::to_dec(run.reentries), vm::to_dec(run.landed));
    out += fmt::format("  The DAO holds {} and its books say it owes {}{}.\n",
                       ether_text(run.dao_after), ether_text(run.total_supply_after),
                       run.shortfall.is_zero() ? ""
                                               : fmt::format(": {}{} missing{}", s.red,
                                                             ether_text(run.shortfall), s.off));
    out += "  Then every investor leaves (splitDAO):";
    for (const InvestorOutcome& i : run.investors)
        out += i.failure.empty() ? fmt::format(" {} gets {} back;", i.name, ether_text(i.refunded))
                                 : fmt::format(" {}{}'s split fails ({}){}: 0 of {};", s.red,
                                               i.name, i.failure, s.off, ether_text(i.deposited));
    out.back() = '.';
    out += "\n";
    const char* colour = run.stolen.is_zero() ? s.green : s.red;
    out += fmt::format(
        "  {}Mallory stole {} (beyond her own deposit of {}); the investors lost {}.{}\n", colour,
        ether_text(run.stolen), ether_text(run.mallory_deposit), ether_text(run.investor_loss),
        s.off);
    return out;
}

std::string seed_text(const Style& s, const SeedReport& seed, bool analyzed) {
    std::string out;
    out += "  The paper models the DAO withdrawal in PlusCal (Fig. 5a): the bank dispenses the "
           "money before\n"
           "  it updates Mallory's balance, and Mallory withdraws again when the money arrives. "
           "Its model\n"
           "  checker (TLC) reports a counterexample of 8 steps (reconstructed from the model):\n";
    int n = 0;
    for (const auto& [label, what] : paper_counterexample())
        out += fmt::format("    {}. {:<15} {}\n", ++n, label, what);
    out += "\n  The same model as contracts (contracts/dao/SeedModel.sol), run on the chain with "
           "BALANCE = 10,\n"
           "  AMOUNT = 4. Solidity 0.8 checks arithmetic, which the paper's integers do not:\n";
    for (const SeedRun& r : seed.runs) {
        out +=
            fmt::format("    attack = {}{}: ", r.attack, r.attack == 3 ? " (the paper's run)" : "");
        if (!r.success) {
            out += fmt::format(
                "the transaction reverts ({}):\n"
                "      four nested withdrawals pass the check; while they unwind, the third\n"
                "      `bankBalance - amount` (10 - 4 - 4 - 4) underflows, and nothing moves\n"
                "      (bankBalance {}, malloryBalance {}).\n",
                r.failure, vm::to_dec(r.bank_balance), vm::to_dec(r.mallory_balance));
            continue;
        }
        out += "succeeds:\n";
        for (const Dispense& d : r.dispensed)
            out += fmt::format("      the bank dispenses {}: bankBalance {}, malloryBalance {}\n",
                               vm::to_dec(d.amount), vm::to_dec(d.bank_balance),
                               vm::to_dec(d.mallory_balance));
        out += fmt::format(
            "      at the end bankBalance {} and malloryBalance {}: {}{}{}\n",
            vm::to_dec(r.bank_balance), vm::to_dec(r.mallory_balance),
            r.safe_withdrawal ? s.green : s.red,
            r.safe_withdrawal ? "SafeWithdrawal holds" : "SafeWithdrawal is violated", s.off);
    }
    if (!analyzed) return out;
    out += "\n  Mallory's analyzer on the faulty model, before deployment:\n";
    out += analysis_text(s, seed.faulty, "mallory analyze contracts/dao/SeedModel.sol");
    out += "\n  The fixed model (Fig. 5b, contracts/dao/SeedModelFixed.sol) subtracts before it "
           "dispenses; its\n"
           "  Invariant must hold for every BALANCE and AMOUNT, not only 10 and 4:\n";
    out += analysis_text(s, seed.fixed, "mallory analyze contracts/dao/SeedModelFixed.sol");
    return out;
}

std::string summary_text(const Style& s, const TourReport& r) {
    std::string out = fmt::format("  {}{:<11} {:<10} {:>14}  {:<24} {}{}\n", s.bold, "variant",
                                  "contract", "stolen", "investors lost", "analyzer", s.off);
    for (const VariantReport& v : r.variants) {
        // Every property: the #invariants and the built-in callback-freedom and adversary
        // profit, which the Z3 engine proves for the fixes too.
        std::size_t proved = 0;
        for (const analyzer::ProofEntry& p : v.analysis.proofs)
            proved += p.status == analyzer::PropertyStatus::proved;
        const std::string verdict =
            !r.options.analyze ? "not run"
            : v.analysis.finding
                ? std::string(analyzer::to_string(v.analysis.finding->check)) + " found, confirmed"
                : fmt::format("no finding, properties proved: {}/{}", proved,
                              v.analysis.proofs.size());
        out += fmt::format("  {:<11} {:<10} {:>14}  {:<24} {}\n", variant_name(v.variant),
                           variant_contract(v.variant), ether_text(v.run.stolen),
                           ether_text(v.run.investor_loss), verdict);
    }
    return out;
}

} // namespace

std::string tour_text(const TourReport& r, bool color) {
    const Style s(color);
    std::string out =
        fmt::format("{}Mallory: the DAO attack, step by step{}\n"
                    "In June 2016 an attacker drained 3.6 million ether from \"The DAO\". Its "
                    "split function paid a\n"
                    "leaving investor before it updated its books, and the attacker's contract "
                    "called back into it\n"
                    "while the payment was in flight, to be paid again and again. This tour finds "
                    "that bug before\n"
                    "deployment, replays the attack on a simulated chain, and checks the fixes.\n",
                    s.bold, s.off);
    int section = 0;
    for (const VariantReport& v : r.variants) {
        out += heading(s, ++section, variant_title(v.variant) + ": " + v.listing.file);
        if (v.variant == Variant::vulnerable)
            out += "  splitDAO pays the caller (withdrawRewardFor) before it burns her tokens:\n\n";
        else if (v.variant == Variant::fixed)
            out += "  The same DAO with the books updated before the payment:\n\n";
        else
            out += "  The same order as the vulnerable DAO, but every entry point runs under a "
                   "mutex:\n\n";
        out += listing_text(s, v.listing);
        if (r.options.analyze)
            out += analysis_text(s, v.analysis, "mallory analyze " + v.listing.file) + "\n";
        out += run_text(s, r, v);
    }
    if (r.seed) {
        out += heading(s, ++section,
                       "The seed model: \"Bridging Paxos and Blockchain Consensus\", Fig. 5");
        out += seed_text(s, *r.seed, r.options.analyze);
    }
    if (!r.variants.empty()) {
        out += heading(s, ++section, "Summary");
        out += summary_text(s, r);
        out += "\n  Next: README.md shows how to write, test (`mallory test`) and analyze "
               "(`mallory analyze`)\n"
               "  a contract of your own; `mallory dao --help` lists the tour's options.\n";
    }
    if (!r.error.empty())
        out += fmt::format("\n{}the tour could not finish: {}{}\n", s.red, r.error, s.off);
    return out;
}

} // namespace mallory::cli::dao
