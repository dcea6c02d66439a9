// The corpus: every file says in its first line what the analyzer must report. Vulnerable
// cases must be found and confirmed with a witness that replays; safe cases get no finding.
#include "analyzer/analyzer.hpp"
#include "analyzer/callback_proof.hpp"
#include "analyzer/facts.hpp"
#include "analyzer/replay.hpp"
#include "analyzer/world.hpp"
#include "analyzer/z3_engine.hpp"
#include "tests/analyzer/search_clock.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace mallory::analyzer {
namespace {

std::vector<std::string> corpus() {
    std::vector<std::string> out;
    const auto dir = std::filesystem::path(MALLORY_SOURCE_DIR) / "tests/analyzer/corpus";
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".sol") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::string first_line(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

/// The header lines of a case after its expectation: `// contract: NAME` analyzes it as
/// `mallory analyze FILE --contract NAME` (else every deployable contract is a target);
/// `// txs: N` lets the search run sequences of N transactions (the default CLI bound is 3;
/// the corpus runs with 2 unless a case needs more); `// options: defaults` runs the case with
/// the CLI's default bounds (--txs 3, --depth 3, --max-txs 6: the directed levels), as users
/// and the attacks that need 4-5 transactions do; `// callback-freedom: proved` pins that the
/// Z3 engine proves callback-freedom for all values on a safe case.
struct CaseHeader {
    std::string contract;
    int txs = 2;
    bool defaults = false;
    bool callback_freedom_proved = false;
};

CaseHeader header_of(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    CaseHeader h;
    while (std::getline(in, line) && line.rfind("// ", 0) == 0) {
        if (line.rfind("// contract: ", 0) == 0) h.contract = line.substr(13);
        if (line.rfind("// txs: ", 0) == 0) h.txs = std::stoi(line.substr(8));
        if (line == "// callback-freedom: proved") h.callback_freedom_proved = true;
        if (line == "// options: defaults") h.defaults = true;
    }
    return h;
}

std::unique_ptr<Program> load_case(const std::string& path) {
    auto p = Program::load({path});
    const CaseHeader h = header_of(path);
    if (p->ok() && !h.contract.empty()) {
        EXPECT_TRUE(p->select(h.contract)) << path << ": no contract " << h.contract;
    }
    return p;
}

/// The wall-clock bound of a vulnerable case's bounded search (search_clock.hpp).
constexpr double vulnerable_timeout_seconds = attack_search_seconds;

/// Small bounds, without the directed levels: the corpus stays fast.
AnalyzeOptions quick() {
    AnalyzeOptions o;
    o.explore.txs = 2;
    o.explore.max_txs = 2;
    o.explore.depth = 2;
    o.explore.timeout_seconds = 20;
    return o;
}

/// Whether a step of the first honest user (not the deployer serving an account, nor the
/// latecomer joining by a referral, nor the user acting in a role it holds, as the poster of a
/// bounty awarding it to a hunter) passes the adversary's address: an honest user never hands
/// its shares or credit to the attacker, so an attack must not rest on that.
bool an_honest_user_acts_for_the_adversary(const Program& p, const Witness& w) {
    const Accounts accounts = Accounts::make(p);
    const Facts facts(p);
    const vm::U256 adversary = accounts.adversary.to_word();
    for (const TxStep& s : w.steps) {
        const FunctionFacts* f = facts.find(s.call.contract, s.call.signature);
        const bool in_a_role = f && !f->sender_guards.empty();
        if (s.sender == accounts.users.front().first && !in_a_role &&
            std::find(s.call.args.begin(), s.call.args.end(), adversary) != s.call.args.end())
            return true;
    }
    return false;
}

/// Whether a violation found by the search is the one a case's `// expect:` line names: a
/// self-harm re-entry for `self-harm`, else one of the expected check and re-entry kind that
/// harms someone else.
std::function<bool(const Violation&)> expected_violation(const std::string& expect) {
    if (expect == "// expect: self-harm") return [](const Violation& v) { return v.self_harm; };
    std::istringstream words(expect.substr(11));
    std::string check, kind;
    words >> check >> kind;
    const std::optional<CheckId> id = parse_check_id(check);
    const std::optional<ReentryKind> shape = parse_reentry_kind(kind);
    return [id, shape](const Violation& v) {
        if (v.self_harm || !id || !shape || check_of(v.witness.property) != *id) return false;
        return *shape == ReentryKind::none || (v.shape && v.shape->kind == *shape);
    };
}

class Corpus : public ::testing::TestWithParam<std::string> {};

TEST_P(Corpus, MatchesExpectation) {
    const std::string path = GetParam();
    const std::string expect = first_line(path);
    ASSERT_EQ(expect.rfind("// expect: ", 0), 0u)
        << path << ": first line must say what is expected";
    // A case searched with the CLI's defaults runs until a budget or the clock stops it; under
    // the sanitizers (15-20 times slower) where the clock cuts it measures the machine's load,
    // not the code, and these cases are half the corpus's time. They run in the release stage,
    // as the end-to-end analyses do (tests/cli/CMakeLists.txt); the sanitizers still see every
    // other case and the directed levels' unit tests.
    if (under_sanitizers && header_of(path).defaults)
        GTEST_SKIP() << "searched with the CLI's defaults: run in the release stage";
    auto p = load_case(path);
    ASSERT_TRUE(p->ok()) << p->errors(false);
    AnalyzeOptions options = quick();
    options.explore.txs = header_of(path).txs;
    options.explore.max_txs = options.explore.txs;
    if (header_of(path).defaults) options.explore = ExploreOptions{};
    // A search that must reach an attack gets the tests' clock for it (search_clock.hpp); with
    // the CLI's defaults, never less than their own timeout.
    if (expect != "// expect: safe")
        options.explore.timeout_seconds =
            header_of(path).defaults
                ? std::max(options.explore.timeout_seconds, vulnerable_timeout_seconds)
                : vulnerable_timeout_seconds;
    // The safe cases' invariants are proved for all values, not merely not violated: one
    // analysis searches (with Z3's hints) and proves.
    Z3Engine z3;
    if (expect == "// expect: safe") {
        options.fixes = false;
        options.engines.push_back(&z3);
    }
    // Under the sanitizers the search stops at the violation the case expects: what follows it
    // (better witnesses, other properties) is what the release run checks.
    if (under_sanitizers && expect != "// expect: safe")
        options.explore.stop_when = expected_violation(expect);
    // The guided phase's last pass (ten times the budget for a sink never run) reruns the
    // same code on more sequences: under the sanitizers it would multiply the time of the
    // cases whose sinks stay closed, and the release run checks what it finds.
    if (under_sanitizers) options.explore.guided_escalation = 1;
    const Report r = analyze(*p, options);
    if (expect == "// expect: self-harm") {
        // A re-entry that costs only the adversary: reported, confirmed, at info severity.
        bool self_harm = false;
        for (const Finding& f : r.findings) {
            EXPECT_EQ(f.severity, Severity::info) << path << ": " << f.message;
            if (f.message.find("self-harm") == std::string::npos) continue;
            self_harm = true;
            EXPECT_TRUE(f.confirmed) << path << ": " << f.message;
        }
        EXPECT_TRUE(self_harm) << path << ": expected a self-harm finding";
        return;
    }
    if (expect == "// expect: safe") {
        for (const Finding& f : r.findings)
            ADD_FAILURE() << path << ": unexpected " << check_label(f) << ": " << f.message;
        // Callback-freedom is proved by Z3 on its own clock: under the sanitizers a search
        // with the CLI's defaults can use the whole analysis timeout, which the report would
        // then rightly state as unproved.
        if (header_of(path).callback_freedom_proved) {
            const ProofResult cf = prove_callback_freedom(*p, std::chrono::steady_clock::now() +
                                                                  std::chrono::seconds(30));
            EXPECT_EQ(cf.status, PropertyStatus::proved) << path << ": " << cf.reason;
        }
        for (const ProofEntry& pe : r.proofs) {
#ifndef MALLORY_TESTS_UNDER_ASAN
            // Without the sanitizers the report itself says so.
            if (header_of(path).callback_freedom_proved &&
                pe.property.ends_with(": callback-freedom")) {
                EXPECT_EQ(pe.status, PropertyStatus::proved) << path << ": " << pe.reason;
            }
#endif
            if (pe.property.find(": invariant ") == std::string::npos) continue;
            EXPECT_EQ(pe.status, PropertyStatus::proved)
                << path << ": " << pe.property << ": " << pe.reason;
        }
        return;
    }
    std::istringstream words(expect.substr(11));
    std::string check, kind;
    words >> check >> kind;
    const std::optional<CheckId> id = parse_check_id(check);
    ASSERT_TRUE(id) << path << ": unknown check " << check;
    const std::optional<ReentryKind> shape = parse_reentry_kind(kind);
    ASSERT_TRUE(shape) << path << ": unknown re-entry kind " << kind;
    // Soundness of the callback proof: a case attacked through a re-entry is never proved
    // callback-free.
    if (*shape != ReentryKind::none || check.starts_with("reentrancy") ||
        *id == CheckId::adversary_profit) {
        const ProofResult cf =
            prove_callback_freedom(*p, std::chrono::steady_clock::now() + std::chrono::seconds(10));
        EXPECT_NE(cf.status, PropertyStatus::proved) << path << ": callback-freedom proved";
    }
    const bool is_static = find_check(*id)->kind() == "static";
    bool found = false;
    for (const Finding& f : r.findings) {
        const bool static_finding = find_check(f.check)->kind() == "static";
        // Every finding says who gained and who lost, measured on the replay's chain (static
        // findings are not replayed).
        EXPECT_TRUE(f.impact || static_finding) << path << ": " << f.message;
        if (f.check != *id) continue;
        if (*shape != ReentryKind::none && f.kind != *shape) continue;
        found = true;
        if (is_static) {
            // A static finding says so and never claims a replay.
            EXPECT_FALSE(f.confirmed) << path;
            EXPECT_FALSE(f.witness) << path;
            EXPECT_NE(f.message.find("not replayed"), std::string::npos) << f.message;
            continue;
        }
        EXPECT_TRUE(f.confirmed) << path << ": " << f.message;
        EXPECT_NE(f.severity, Severity::info) << path << ": an attack reported as self-harm";
        ASSERT_TRUE(f.witness);
        EXPECT_TRUE(replay(*p, *f.witness).violated) << path;
        EXPECT_FALSE(an_honest_user_acts_for_the_adversary(*p, *f.witness)) << path;
    }
    EXPECT_TRUE(found) << path << ": expected " << check << " " << kind;
}

INSTANTIATE_TEST_SUITE_P(Analyzer, Corpus, ::testing::ValuesIn(corpus()),
                         [](const auto& param_info) {
                             std::string n =
                                 std::filesystem::path(param_info.param).stem().string();
                             for (char& c : n)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return n;
                         });

// Issue 5: the corpus is large enough to mean something, and balanced.
TEST(CorpusShape, AtLeastFiftyWithTwentyFiveOfEachKind) {
    std::size_t safe = 0, vulnerable = 0;
    for (const std::string& path : corpus()) {
        if (first_line(path) == "// expect: self-harm") continue;
        (first_line(path) == "// expect: safe" ? safe : vulnerable)++;
    }
    EXPECT_GE(safe + vulnerable, 50u);
    EXPECT_GE(safe, 25u);
    EXPECT_GE(vulnerable, 25u);
}

std::string dao(const char* f) {
    return std::string(MALLORY_SOURCE_DIR) + "/contracts/dao/" + f;
}

TEST(Dao, FoundConfirmedWithDefaults) {
    auto p = Program::load({dao("DAO.sol"), dao("Mallory.sol")});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Report r = analyze(*p, AnalyzeOptions{});
    bool reentrancy = false;
    for (const Finding& f : r.findings)
        if (f.check == CheckId::reentrancy && f.contract == "DAO") {
            reentrancy = true;
            EXPECT_TRUE(f.confirmed);
            EXPECT_EQ(f.kind, ReentryKind::same_function);
        }
    EXPECT_TRUE(reentrancy);
}

TEST(Dao, FixesAreClean) {
    for (const char* f : {"DAOFixed.sol", "DAOMutex.sol"}) {
        auto p = Program::load({dao(f)});
        ASSERT_TRUE(p->ok()) << p->errors(false);
        const Report r = analyze(*p, AnalyzeOptions{});
        for (const Finding& x : r.findings)
            ADD_FAILURE() << f << ": " << x.message;
    }
}

TEST(Witness, JsonRoundTrip) {
    auto p = Program::load({dao("DAO.sol")});
    ASSERT_TRUE(p->ok());
    const Report r = analyze(*p, quick());
    ASSERT_FALSE(r.findings.empty());
    Witness w = *r.findings.front().witness;
    std::string err;
    auto back = witness_from_json(nlohmann::json::parse(to_json(w).dump()), &err);
    ASSERT_TRUE(back) << err;
    EXPECT_EQ(*back, w);
    w.deployments.insert(w.deployments.begin(), Deployment{"Helper", {}, {}, true});
    back = witness_from_json(nlohmann::json::parse(to_json(w).dump()), &err);
    ASSERT_TRUE(back) << err;
    EXPECT_EQ(*back, w);
}

TEST(Explorer, SameOutputForAnyJobs) {
    auto p = Program::load({dao("DAO.sol")});
    ASSERT_TRUE(p->ok());
    AnalyzeOptions one = quick(), two = quick();
    // Every bound of the search is counted, not timed; the clock must not be the one that binds
    // (under the sanitizers on a loaded machine 20 s did, and cut one run and not the other).
    one.explore.timeout_seconds = two.explore.timeout_seconds = 3600;
    two.explore.jobs = 2;
    const Report a = analyze(*p, one), b = analyze(*p, two);
    EXPECT_FALSE(a.timed_out);
    EXPECT_FALSE(b.timed_out);
    auto strip = [](nlohmann::json j) {
        j["stats"].erase("seconds");
        return j.dump();
    };
    EXPECT_EQ(strip(render_json(a, "t")), strip(render_json(b, "t")));
}

} // namespace
} // namespace mallory::analyzer
