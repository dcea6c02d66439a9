// The delegatecall check (issue 10 item 10): a delegatecall whose target the system does not
// fix is its own high-severity static finding, with the reason; targets fixed to system code or
// set only by a trusted owner are not flagged.
#include "analyzer/analyzer.hpp"
#include "analyzer/delegatecall_check.hpp"

#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

std::vector<DelegatecallFinding> check(const std::string& text, const std::string& trust = "") {
    // The findings point into the program: keep every program alive for the whole run.
    static std::vector<std::unique_ptr<Program>> programs;
    programs.push_back(Program::from_sources({{"inline.sol", text}}));
    Program* p = programs.back().get();
    EXPECT_TRUE(p->ok()) << p->errors(false);
    if (!trust.empty()) {
        std::string err;
        EXPECT_TRUE(p->set_trusted(trust, &err)) << err;
    }
    return untrusted_delegatecalls(*p);
}

TEST(DelegatecallCheck, ParameterTargetIsFlagged) {
    const auto f = check(R"sol(
pragma solidity ^0.8.20;
contract Wallet {
    function run(address plugin, bytes calldata data) external {
        (bool ok, ) = plugin.delegatecall(data);
        require(ok, "failed");
    }
})sol");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].function->name, "run");
    EXPECT_NE(f[0].why.find("the parameter `plugin` of run"), std::string::npos) << f[0].why;
}

const char* const proxy = R"sol(
pragma solidity ^0.8.20;
contract Proxy {
    address public owner;
    address public implementation;
    constructor() { owner = msg.sender; }
    function upgradeTo(address next) external {
        GUARD
        implementation = next;
    }
    function execute(bytes calldata data) external { forward(implementation, data); }
    function forward(address impl, bytes calldata data) internal {
        (bool ok, ) = impl.delegatecall(data);
        require(ok, "failed");
    }
})sol";

std::string with_guard(const std::string& guard) {
    std::string s = proxy;
    s.replace(s.find("GUARD"), 5, guard);
    return s;
}

TEST(DelegatecallCheck, StorageTargetAnyoneSetsIsFlagged) {
    const auto f = check(with_guard(""));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].why.find("can be set by anyone through upgradeTo"), std::string::npos)
        << f[0].why;
}

TEST(DelegatecallCheck, OwnerSetTargetIsNotFlagged) {
    EXPECT_TRUE(check(with_guard("require(msg.sender == owner, \"owner\");")).empty());
    EXPECT_TRUE(check(with_guard("if (msg.sender != owner) revert(\"owner\");")).empty());
    // An owner check that anything else satisfies is no check.
    EXPECT_EQ(check(with_guard("require(msg.sender == owner || true, \"owner\");")).size(), 1u);
}

TEST(DelegatecallCheck, OwnerAnyoneCanTakeIsFlagged) {
    std::string s = with_guard("require(msg.sender == owner, \"owner\");");
    s.insert(s.rfind('}'), "    function claim() external { owner = msg.sender; }\n");
    const auto f = check(s);
    ASSERT_EQ(f.size(), 1u) << s;
}

const char* const ctor_target = R"sol(
pragma solidity ^0.8.20;
contract Delegator {
    address public immutable lib;
    constructor(address lib_) { lib = lib_; }
    function bump() external {
        (bool ok, ) = lib.delegatecall(abi.encodeWithSignature("bump()"));
require(ok, "failed");
}
})sol";

TEST(DelegatecallCheck, UnvouchedConstructorArgumentIsFlaggedUnlessTrusted) {
    const auto f = check(ctor_target);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].why.find("constructor argument `lib_`"), std::string::npos) << f[0].why;
    EXPECT_NE(f[0].why.find("--trust lib_"), std::string::npos) << f[0].why;
    EXPECT_TRUE(check(ctor_target, "lib_").empty());
}

TEST(DelegatecallCheck, CreatedLibraryAndThisAreTrusted) {
    EXPECT_TRUE(check(R"sol(
pragma solidity ^0.8.20;
contract Logic { uint256 public n; function bump() external { n += 1; } }
contract User {
    uint256 public n;
    address public immutable logic;
    constructor() { logic = address(new Logic()); }
    function bump() external {
        (bool ok, ) = logic.delegatecall(abi.encodeWithSignature("bump()"));
    require(ok, "failed");
}
})sol")
                    .empty());
}

TEST(DelegatecallCheck, ReportedAsHighUnconfirmedStaticFinding) {
    auto p = Program::from_sources({{"inline.sol", with_guard("")}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    AnalyzeOptions o;
    o.explore.txs = 1;
    o.explore.depth = 1;
    o.fixes = false;
    const Report r = analyze(*p, o);
    int n = 0;
    for (const Finding& f : r.findings) {
        if (f.check != CheckId::delegatecall) continue;
        ++n;
        EXPECT_EQ(f.severity, Severity::high);
        EXPECT_FALSE(f.confirmed);
        EXPECT_FALSE(f.witness);
        EXPECT_EQ(f.location.line, 13u);
        EXPECT_NE(f.message.find("not replayed"), std::string::npos) << f.message;
    }
    EXPECT_EQ(n, 1);
    const nlohmann::json j = render_json(r, "t");
    bool listed = false;
    for (const auto& f : j["findings"])
        listed |= f["check"] == "delegatecall";
    EXPECT_TRUE(listed) << j.dump(2);
}

} // namespace
} // namespace mallory::analyzer
