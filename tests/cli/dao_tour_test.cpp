// The DAO tour's numbers: what the replay on the chain shows, to the wei, for the vulnerable
// DAO and both fixes, the seed model's two runs, the analysis, and the JSON and SVG outputs.
#include "analyzer/z3_engine.hpp"
#include "cli/dao/svg.hpp"
#include "cli/dao/tour.hpp"

#include <gtest/gtest.h>

namespace mallory::cli::dao {
namespace {

const vm::U256 ether{1'000'000'000'000'000'000ULL};

vm::U256 wei(std::uint64_t n_ether) {
    return vm::U256{n_ether} * ether;
}

TourOptions replay_only(int reentries = 5, int investors = 3) {
    TourOptions o;
    o.analyze = false;
    o.seed = false;
    o.reentries = reentries;
    o.investors = investors;
    return o;
}

const VariantReport& variant(const TourReport& r, Variant v) {
    for (const VariantReport& x : r.variants)
        if (x.variant == v) return x;
    throw std::runtime_error("variant missing");
}

/// Sums the ether the DAO paid Mallory's contract, from the step table.
vm::U256 payouts(const AttackRun& run) {
    vm::U256 sum;
    for (const StepRow& r : run.rows)
        if (!r.exit && r.from != "Mallory" && r.from != "mallory" && r.to == "Mallory")
            sum = sum + r.value;
    return sum;
}

TEST(DaoTour, VulnerableDaoLosesOneDepositPerReentry) {
    const TourReport r = run_tour(replay_only());
    ASSERT_TRUE(r.error.empty()) << r.error;
    const AttackRun& run = variant(r, Variant::vulnerable).run;
    EXPECT_TRUE(run.attack_succeeded) << run.attack_failure;
    EXPECT_EQ(run.reentries, vm::U256{5});
    EXPECT_EQ(run.landed, vm::U256{5});
    EXPECT_EQ(run.dao_before, wei(30));
    EXPECT_EQ(run.stolen, wei(5));
    EXPECT_EQ(run.investor_loss, wei(5));
    EXPECT_EQ(run.mallory_after, wei(6));
    EXPECT_EQ(run.dao_after, wei(25));
    EXPECT_EQ(run.total_supply_after, wei(30)); // the books still owe the investors 30
    EXPECT_EQ(run.shortfall, wei(5));
    // The step table agrees with the balances: six payouts of 1 ether (her own and five more).
    EXPECT_EQ(payouts(run), wei(6));
    EXPECT_EQ(run.dao_after, run.dao_before + run.mallory_deposit - payouts(run));
    // During every re-entry the books still say she owns her 1 ether of tokens.
    int reentries_seen = 0;
    for (const StepRow& row : run.rows)
        if (!row.exit && row.from == "Mallory" && row.what == "splitDAO()") {
            ++reentries_seen;
            EXPECT_EQ(row.tokens, wei(1));
        }
    EXPECT_EQ(reentries_seen, 6);
    // The bank run: alice and bob leave with their 10 ether, carol's split cannot be paid.
    ASSERT_EQ(run.investors.size(), 3u);
    EXPECT_EQ(run.investors[0].refunded, wei(10));
    EXPECT_EQ(run.investors[1].refunded, wei(10));
    EXPECT_EQ(run.investors[2].refunded, vm::U256{});
    EXPECT_NE(run.investors[2].failure.find("payout failed"), std::string::npos)
        << run.investors[2].failure;
    EXPECT_NE(run.trace.find("splitDAO"), std::string::npos);
}

TEST(DaoTour, FixesKeepEveryInvestorsFunds) {
    const TourReport r = run_tour(replay_only());
    ASSERT_TRUE(r.error.empty()) << r.error;
    for (Variant v : {Variant::fixed, Variant::mutex}) {
        const AttackRun& run = variant(r, v).run;
        SCOPED_TRACE(std::string(variant_name(v)));
        EXPECT_TRUE(run.attack_succeeded) << run.attack_failure;
        EXPECT_EQ(run.stolen, vm::U256{});
        EXPECT_EQ(run.investor_loss, vm::U256{});
        EXPECT_EQ(run.mallory_after, wei(1)); // her own deposit, nothing more
        EXPECT_EQ(run.reentries, vm::U256{1});
        EXPECT_EQ(run.landed, vm::U256{0});
        EXPECT_EQ(payouts(run), wei(1));
        for (const InvestorOutcome& i : run.investors) {
            EXPECT_EQ(i.refunded, wei(10)) << i.name;
            EXPECT_TRUE(i.failure.empty()) << i.failure;
        }
    }
}

TEST(DaoTour, EnoughReentriesDrainEveryInvestor) {
    const TourReport r = run_tour(replay_only(40, 3));
    ASSERT_TRUE(r.error.empty()) << r.error;
    const AttackRun& run = variant(r, Variant::vulnerable).run;
    EXPECT_EQ(run.stolen, wei(30));
    EXPECT_EQ(run.dao_after, vm::U256{});
    EXPECT_EQ(run.landed, vm::U256{30});
    EXPECT_EQ(run.reentries, vm::U256{31}); // the one that finds the DAO empty fails and ends it
    for (const InvestorOutcome& i : run.investors)
        EXPECT_EQ(i.refunded, vm::U256{}) << i.name;
}

TEST(DaoTour, InvestorsAndReentriesAreParameters) {
    const TourReport r = run_tour(replay_only(2, 5));
    ASSERT_TRUE(r.error.empty()) << r.error;
    const AttackRun& run = variant(r, Variant::vulnerable).run;
    EXPECT_EQ(run.dao_before, wei(50));
    EXPECT_EQ(run.stolen, wei(2));
    EXPECT_EQ(run.investors.size(), 5u);
}

TEST(DaoTour, SeedModelPapersRunRevertsAndOneReentrySucceeds) {
    TourOptions o = replay_only();
    o.variants.clear();
    o.seed = true;
    const TourReport r = run_tour(o);
    ASSERT_TRUE(r.error.empty()) << r.error;
    ASSERT_TRUE(r.seed);
    ASSERT_EQ(r.seed->runs.size(), 2u);
    const SeedRun& paper = r.seed->runs[0];
    EXPECT_EQ(paper.attack, 3);
    EXPECT_FALSE(paper.success);
    EXPECT_NE(paper.failure.find("0x11"), std::string::npos) << paper.failure;
    EXPECT_EQ(paper.bank_balance, vm::U256{10});
    EXPECT_EQ(paper.mallory_balance, vm::U256{});
    const SeedRun& once = r.seed->runs[1];
    EXPECT_TRUE(once.success) << once.failure;
    EXPECT_EQ(once.bank_balance, vm::U256{2});
    EXPECT_EQ(once.mallory_balance, vm::U256{8});
    EXPECT_FALSE(once.safe_withdrawal);
    ASSERT_EQ(once.dispensed.size(), 2u);
    EXPECT_EQ(once.dispensed[1].bank_balance, vm::U256{10}); // the stale check: still 10
    EXPECT_EQ(paper_counterexample().size(), 8u);
}

/// Every status of `a`'s proofs of `#invariant`s (not the built-in properties).
std::vector<analyzer::PropertyStatus> invariant_statuses(const Analysis& a) {
    std::vector<analyzer::PropertyStatus> out;
    for (const analyzer::ProofEntry& p : a.proofs)
        if (p.property.find("invariant") != std::string::npos) out.push_back(p.status);
    return out;
}

TEST(DaoTour, AnalysisFindsTheDaoAndNotTheFixes) {
    analyzer::Z3Engine z3;
    TourOptions o;
    o.seed = false;
    o.timeout_seconds = 60;
    o.engines.push_back(&z3);
    const TourReport r = run_tour(o);
    ASSERT_TRUE(r.error.empty()) << r.error;
    const Analysis& vulnerable = variant(r, Variant::vulnerable).analysis;
    ASSERT_TRUE(vulnerable.finding);
    EXPECT_EQ(vulnerable.finding->check, analyzer::CheckId::reentrancy);
    EXPECT_TRUE(vulnerable.finding->confirmed);
    EXPECT_FALSE(vulnerable.replay_log.empty());
    for (Variant v : {Variant::fixed, Variant::mutex}) {
        EXPECT_FALSE(variant(r, v).analysis.finding) << variant_name(v);
        EXPECT_EQ(variant(r, v).analysis.findings, 0u) << variant_name(v);
        // The fixes' invariants are proved for all values, by the Z3 engine.
        const auto statuses = invariant_statuses(variant(r, v).analysis);
        ASSERT_EQ(statuses.size(), 4u)
            << variant_name(v); // two invariants, between txs and at calls
        for (analyzer::PropertyStatus st : statuses)
            EXPECT_EQ(st, analyzer::PropertyStatus::proved) << variant_name(v);
        // And so are callback-freedom and adversary profit: every property of the fixes.
        const auto& proofs = variant(r, v).analysis.proofs;
        EXPECT_EQ(proofs.size(), 6u) << variant_name(v);
        for (const analyzer::ProofEntry& p : proofs)
            EXPECT_EQ(p.status, analyzer::PropertyStatus::proved)
                << variant_name(v) << ": " << p.property << ": " << p.reason;
    }
    // The listing marks the call and, in the vulnerable DAO only, the writes after it.
    auto count = [](const Listing& l, ListingLine::Mark m) {
        int n = 0;
        for (const auto& block : l.blocks)
            for (const ListingLine& line : block)
                n += line.mark == m;
        return n;
    };
    EXPECT_EQ(count(variant(r, Variant::vulnerable).listing, ListingLine::Mark::call), 1);
    EXPECT_GE(count(variant(r, Variant::vulnerable).listing, ListingLine::Mark::late_write), 3);
    EXPECT_EQ(count(variant(r, Variant::fixed).listing, ListingLine::Mark::late_write), 0);
    EXPECT_GE(count(variant(r, Variant::mutex).listing, ListingLine::Mark::guard), 1);
    EXPECT_EQ(count(variant(r, Variant::mutex).listing, ListingLine::Mark::late_write), 0);
    EXPECT_GE(count(variant(r, Variant::mutex).listing, ListingLine::Mark::guarded_late_write), 3);
}

TEST(DaoTour, SeedWitnessHasThePapersShape) {
    analyzer::Z3Engine z3;
    TourOptions o;
    o.variants.clear();
    o.engines.push_back(&z3);
    const TourReport r = run_tour(o);
    ASSERT_TRUE(r.error.empty()) << r.error;
    ASSERT_TRUE(r.seed && r.seed->faulty.finding);
    const analyzer::Finding& f = *r.seed->faulty.finding;
    EXPECT_TRUE(f.confirmed);
    ASSERT_TRUE(f.witness);
    ASSERT_EQ(f.witness->steps.size(), 1u);
    const analyzer::TxStep& step = f.witness->steps[0];
    EXPECT_EQ(step.call.signature, "bankWithdraw(uint256)"); // withdraw -> receive -> withdraw
    bool reenters_withdraw = false;
    for (const analyzer::Choice& c : step.choices)
        reenters_withdraw |=
            c.kind == analyzer::ChoiceKind::reenter && c.call.signature == "bankWithdraw(uint256)";
    EXPECT_TRUE(reenters_withdraw);
    EXPECT_FALSE(r.seed->fixed.finding);
    // The fixed model's Invariant, for every BALANCE and AMOUNT (no constructor arguments given).
    const auto statuses = invariant_statuses(r.seed->fixed);
    ASSERT_EQ(statuses.size(), 2u);
    for (analyzer::PropertyStatus st : statuses)
        EXPECT_EQ(st, analyzer::PropertyStatus::proved);
}

TEST(DaoTour, JsonCarriesEveryVariantsNumbers) {
    const nlohmann::json j = tour_json(run_tour(replay_only()));
    ASSERT_EQ(j["variants"].size(), 3u);
    EXPECT_EQ(j["variants"][0]["variant"], "vulnerable");
    EXPECT_EQ(j["variants"][0]["stolen_wei"], "5000000000000000000");
    EXPECT_EQ(j["variants"][0]["investor_loss_wei"], "5000000000000000000");
    EXPECT_TRUE(j["variants"][0]["finding"].is_null()); // not analyzed
    EXPECT_TRUE(j["variants"][0]["proofs"].is_array());
    EXPECT_EQ(j["variants"][1]["stolen_wei"], "0");
    EXPECT_EQ(j["variants"][2]["investor_loss_wei"], "0");
    EXPECT_FALSE(j["variants"][0]["replay"]["steps"].empty());
    EXPECT_TRUE(j["error"].is_null());
}

TEST(DaoTour, SvgIsAWellFormedPicture) {
    const std::string svg = tour_svg(run_tour(replay_only(2)));
    EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
    EXPECT_NE(svg.find("<svg"), std::string::npos);
    EXPECT_NE(svg.find("</svg>"), std::string::npos);
    EXPECT_NE(svg.find("<polyline"), std::string::npos);
    EXPECT_NE(svg.find("splitDAO()"), std::string::npos);
    EXPECT_EQ(svg.find("{}"), std::string::npos); // no unformatted placeholders
}

TEST(DaoTour, EtherText) {
    EXPECT_EQ(ether_text(vm::U256{}), "0 ether");
    EXPECT_EQ(ether_text(wei(30)), "30 ether");
    EXPECT_EQ(ether_text(wei(1) + vm::U256{500'000'000'000'000'000ULL}), "1.5 ether");
    EXPECT_EQ(ether_text(vm::U256{123}), "123 wei");
}

} // namespace
} // namespace mallory::cli::dao
