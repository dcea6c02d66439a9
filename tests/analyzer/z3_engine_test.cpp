// The Z3 engine: invariants proved for all values (the DAO fixes, the fixed seed model, safe
// corpus banks), not proved for the vulnerable ones, and `unknown` with a reason for loops,
// unsupported constructs, unchecked overflow and non-inductive invariants.
#include "analyzer/z3_engine.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <sstream>

namespace mallory::analyzer {
namespace {

constexpr double timeout = 120;

std::string source_path(const std::string& rel) {
    return (std::filesystem::path(MALLORY_SOURCE_DIR) / rel).string();
}

std::string read(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Status and reason per invariant property (kind invariant) of the first target, in order.
std::vector<ProofResult> prove_all(const Program& p, PropertyKind kind = PropertyKind::invariant) {
    Z3Engine engine;
    std::vector<ProofResult> out;
    for (const Property& pr : collect_properties(p))
        if (pr.kind == kind && pr.target == 0) out.push_back(engine.prove(p, pr, timeout));
    return out;
}

std::vector<ProofResult> prove_file(const std::string& rel, const std::string& contract) {
    auto p = Program::load({source_path(rel)});
    EXPECT_TRUE(p->ok()) << p->errors(false);
    EXPECT_TRUE(p->select(contract));
    return prove_all(*p);
}

std::vector<ProofResult> prove_source(const std::string& text) {
    auto p = Program::from_sources({{"inline.sol", text}});
    EXPECT_TRUE(p->ok()) << p->errors(false);
    return prove_all(*p);
}

void expect_proved(const std::vector<ProofResult>& rs, std::size_t count) {
    ASSERT_EQ(rs.size(), count);
    for (const ProofResult& r : rs)
        EXPECT_EQ(r.status, PropertyStatus::proved) << r.reason;
}

void expect_unknown(const ProofResult& r, const std::string& reason_part) {
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find(reason_part), std::string::npos) << r.reason;
}

TEST(Z3Engine, ProvesDAOFixed) {
    const auto start = std::chrono::steady_clock::now();
    expect_proved(prove_file("contracts/dao/DAOFixed.sol", "DAOFixed"), 2);
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    RecordProperty("seconds", std::to_string(s));
}

TEST(Z3Engine, ProvesDAOMutexBecauseReentryIsBlocked) {
    expect_proved(prove_file("contracts/dao/DAOMutex.sol", "DAOMutex"), 2);
}

TEST(Z3Engine, AtCallPropertiesShareTheProof) {
    auto p = Program::load({source_path("contracts/dao/DAOFixed.sol")});
    ASSERT_TRUE(p->ok());
    expect_proved(prove_all(*p, PropertyKind::invariant_at_call), 2);
}

TEST(Z3Engine, ProvesSeedModelFixedForAllConstructorArguments) {
    auto p = Program::load({source_path("contracts/dao/SeedModelFixed.sol")});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    ASSERT_TRUE(p->select("SeedModelFixed"));
    ASSERT_FALSE(p->targets()[0].ctor_args.has_value());
    expect_proved(prove_all(*p), 1);
}

TEST(Z3Engine, DoesNotProveTheVulnerableDAO) {
    const auto rs = prove_file("contracts/dao/DAO.sol", "DAO");
    ASSERT_EQ(rs.size(), 2u);
    // totalSupply == sum(balances) really holds in DAO.sol (the attack drains ether, the token
    // books stay consistent); the balance invariant is broken at the payout call.
    EXPECT_EQ(rs[0].status, PropertyStatus::proved) << rs[0].reason;
    expect_unknown(rs[1], "not inductive: splitDAO at");
}

TEST(Z3Engine, DoesNotProveTheVulnerableSeedModel) {
    const auto rs = prove_file("contracts/dao/SeedModel.sol", "SeedModel");
    ASSERT_EQ(rs.size(), 1u);
    expect_unknown(rs[0], "not inductive: bankWithdraw at");
}

TEST(Z3Engine, ProvesTokenSupplies) {
    // SimpleToken needs the pair facts of sum(), CappedToken base constructor arguments.
    expect_proved(prove_file("contracts/examples/SimpleToken.sol", "SimpleToken"), 1);
    expect_proved(prove_file("contracts/examples/CappedToken.sol", "CappedToken"), 2);
}

/// A corpus bank with `address(this).balance >= sum(balances)` added.
std::vector<ProofResult> prove_corpus_bank(const std::string& file) {
    std::string text = read(source_path("tests/analyzer/corpus/" + file));
    const auto at = text.find("contract ");
    EXPECT_NE(at, std::string::npos);
    text.insert(at, "/// #invariant address(this).balance >= sum(balances);\n");
    return prove_source(text);
}

TEST(Z3Engine, ProvesSafeCorpusBanks) {
    for (const char* f :
         {"bank_cei_safe.sol", "bank_mutex_odd_safe.sol", "bank_transfer_stipend_safe.sol"}) {
        SCOPED_TRACE(f);
        expect_proved(prove_corpus_bank(f), 1);
    }
}

TEST(Z3Engine, DoesNotProveVulnerableCorpusBanks) {
    for (const char* f : {"bank_same_function.sol", "cross_function_transfer.sol"}) {
        SCOPED_TRACE(f);
        const auto rs = prove_corpus_bank(f);
        ASSERT_FALSE(rs.empty());
        expect_unknown(rs[0], "not inductive: withdraw at");
    }
}

TEST(Z3Engine, CheckedOverflowRevertsAndIsPartOfTheProof) {
    const char* checked = R"(pragma solidity ^0.8.20;
/// #invariant total >= part;
contract C {
    uint256 public total;
    uint256 public part;
    function add(uint256 v) external { total += v; part += v; }
})";
    expect_proved(prove_source(checked), 1);
    const char* wrapping = R"(pragma solidity ^0.8.20;
/// #invariant total >= part;
contract C {
    uint256 public total;
    uint256 public part;
    function add(uint256 v) external { unchecked { total += v; } part += v; }
})";
    const auto rs = prove_source(wrapping);
    ASSERT_EQ(rs.size(), 1u);
    expect_unknown(rs[0], "not inductive: add at inline.sol:6");
}

TEST(Z3Engine, NarrowTypesOverflowAtTheirWidth) {
    const char* src = R"(pragma solidity ^0.8.20;
/// #invariant count <= 255;
contract C {
    uint8 public count;
    function bump() external { count++; }
})";
    expect_proved(prove_source(src), 1);
}

TEST(Z3Engine, NonInductiveInvariantIsUnknown) {
    const char* src = R"(pragma solidity ^0.8.20;
/// #invariant x == 0;
/// #invariant y <= 10;
contract C {
    uint256 x;
    uint256 y;
    function set(uint256 v) external { x = v; }
    function small(uint256 v) external { require(v <= 10); y = v; }
})";
    const auto rs = prove_source(src);
    ASSERT_EQ(rs.size(), 2u);
    expect_unknown(rs[0], "not inductive: set at inline.sol:7");
    EXPECT_EQ(rs[1].status, PropertyStatus::proved) << rs[1].reason;
}

TEST(Z3Engine, ConstructorMustEstablishTheInvariant) {
    const char* src = R"(pragma solidity ^0.8.20;
/// #invariant x == 0;
contract C {
    uint256 x = 5;
    function get() external view returns (uint256) { return x; }
})";
    const auto rs = prove_source(src);
    ASSERT_EQ(rs.size(), 1u);
    expect_unknown(rs[0], "not established by the constructor");
}

TEST(Z3Engine, LoopsAreUnknownWithTheirLocation) {
    const char* src = R"(pragma solidity ^0.8.20;
/// #invariant x <= 100;
contract C {
    uint256 x;
    function spin(uint256 n) external {
        for (uint256 i = 0; i < n; i++) { x = 1; }
    }
})";
    const auto rs = prove_source(src);
    ASSERT_EQ(rs.size(), 1u);
    expect_unknown(rs[0], "loop at inline.sol:6");
}

TEST(Z3Engine, StorageStructFieldsAreModelled) {
    // A mapping to a struct of values, read and written through a storage reference, a field
    // access and a delete: the cap holds for all values.
    const char* capped = R"(pragma solidity ^0.8.20;
/// #invariant total <= 1000;
contract C {
    struct Account { uint256 balance; bool open; }
    mapping(address => Account) accounts;
    uint256 total;
    function open() external { accounts[msg.sender].open = true; }
    function deposit(uint256 v) external {
        Account storage a = accounts[msg.sender];
        require(a.open, "closed");
        require(total + v <= 1000, "cap");
        a.balance += v;
        total += v;
    }
    function close() external {
        total -= accounts[msg.sender].balance;
        delete accounts[msg.sender];
    }
})";
    expect_proved(prove_source(capped), 1);
    // The bound comes from another field the caller sets: nothing keeps the total capped.
    const char* uncapped = R"(pragma solidity ^0.8.20;
/// #invariant total <= 1000;
contract C {
    struct Quota { uint256 limit; uint256 used; }
    mapping(address => Quota) quotas;
    uint256 total;
    function setLimit(uint256 l) external { quotas[msg.sender].limit = l; }
    function spend(uint256 v) external {
        Quota storage q = quotas[msg.sender];
        require(q.used + v <= q.limit, "quota");
        q.used += v;
        total += v;
    }
})";
    const auto rs = prove_source(uncapped);
    ASSERT_EQ(rs.size(), 1u);
    expect_unknown(rs[0], "not inductive: spend at");
}

TEST(Z3Engine, UnsupportedConstructsAreUnknown) {
    const char* src = R"(pragma solidity ^0.8.20;
/// #invariant total <= 100;
contract C {
    uint256[] items;
    uint256 total;
    function add(uint256 v) external { items.push(v); }
})";
    const auto rs = prove_source(src);
    ASSERT_EQ(rs.size(), 1u);
    expect_unknown(rs[0], "unsupported:");
    expect_unknown(rs[0], "inline.sol:6");
}

TEST(Z3Engine, ProvesPostconditionsWithOld) {
    const char* src = R"(pragma solidity ^0.8.20;
contract C {
    mapping(address => uint256) public balances;
    uint256 public total;
    /// #if_succeeds balances[msg.sender] == old(balances[msg.sender]) + msg.value;
    function deposit() external payable { balances[msg.sender] += msg.value; }
    /// #if_succeeds r == old(total) + v;
    /// #if_succeeds total == old(total);
    function add(uint256 v) external returns (uint256 r) { total += v; r = total; }
})";
    auto p = Program::from_sources({{"inline.sol", src}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    Z3Engine engine;
    std::map<std::string, std::vector<ProofResult>> by_function;
    for (const Property& pr : collect_properties(*p))
        if (pr.kind == PropertyKind::if_succeeds)
            by_function[pr.function->name].push_back(engine.prove(*p, pr, timeout));
    ASSERT_EQ(by_function["deposit"].size(), 1u);
    EXPECT_EQ(by_function["deposit"][0].status, PropertyStatus::proved)
        << by_function["deposit"][0].reason;
    ASSERT_EQ(by_function["add"].size(), 2u);
    EXPECT_EQ(by_function["add"][0].status, PropertyStatus::proved) << by_function["add"][0].reason;
    expect_unknown(by_function["add"][1], "not proved: add at inline.sol:8");
}

// Callback-freedom is answered by the system-wide argument of callback_proof.hpp (issue 10
// item 11): proved on the checks-effects-interactions DAO, unknown with the late write on the
// vulnerable one.
TEST(Z3Engine, CallbackFreedomIsProvedOnlyWhereItHolds) {
    for (const char* file : {"contracts/dao/DAOFixed.sol", "contracts/dao/DAO.sol"}) {
        auto p = Program::load({source_path(file)});
        ASSERT_TRUE(p->ok());
        Z3Engine engine;
        for (const Property& pr : collect_properties(*p)) {
            if (pr.kind != PropertyKind::callback_freedom) continue;
            const ProofResult r = engine.prove(*p, pr, timeout);
            if (std::string(file) == "contracts/dao/DAOFixed.sol")
                EXPECT_EQ(r.status, PropertyStatus::proved) << r.reason;
            else
                expect_unknown(r, "after the external call");
        }
    }
}

TEST(Z3Engine, SameAnswerEveryRun) {
    const auto a = prove_file("contracts/dao/DAO.sol", "DAO");
    const auto b = prove_file("contracts/dao/DAO.sol", "DAO");
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].status, b[i].status);
        EXPECT_EQ(a[i].reason, b[i].reason);
    }
}

} // namespace
} // namespace mallory::analyzer
