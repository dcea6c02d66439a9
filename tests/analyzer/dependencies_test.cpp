// The dependency analysis that directs the explorer's deeper levels (analyzer/dependencies.hpp):
// sinks, the storage their guards read, the functions that enable them, the privileged ones.
#include "analyzer/dependencies.hpp"

#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

const char* market = R"(pragma solidity ^0.8.20;
contract Market {
    address public owner;
    bool public open;
    uint256 public pings;
    mapping(address => uint256) public deposits;
    mapping(address => bool) public member;
    constructor() { owner = msg.sender; }
    modifier onlyOwner() { require(msg.sender == owner, "owner"); _; }
    function openMarket() external onlyOwner { open = true; }
    function join() external { require(open, "closed"); member[msg.sender] = true; }
    function deposit() external payable { deposits[msg.sender] += msg.value; }
    function ping() external { pings += 1; }
    function withdraw() external {
        require(member[msg.sender], "not a member");
        uint256 amount = deposits[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        deposits[msg.sender] = 0;
    }
}
)";

CallSpec call(const char* signature, unsigned value = 0) {
    return CallSpec{"Market", signature, {}, vm::U256{value}};
}

std::set<std::string> names(const std::set<const check::VariableInfo*>& vars) {
    std::set<std::string> out;
    for (const check::VariableInfo* v : vars)
        out.insert(v->name);
    return out;
}

TEST(Dependencies, SinksTheirGuardsAndTheFunctionsThatEnableThem) {
    auto p = Program::from_sources({{"Market.sol", market}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Dependencies d(*p, Facts(*p), collect_properties(*p));
    // withdraw makes the call that can re-enter: the sink. Its guard reads `member`, which
    // join writes; join's guard reads `open`, which openMarket writes.
    EXPECT_TRUE(d.role(call("withdraw()")).sink);
    for (const char* f : {"openMarket()", "join()", "deposit()"}) {
        EXPECT_TRUE(d.role(call(f)).enabling) << f;
        EXPECT_FALSE(d.role(call(f)).sink) << f;
    }
    // ping writes a counter nothing relevant reads: a prefix of pings leads nowhere.
    EXPECT_FALSE(d.role(call("ping()")).enabling);
    EXPECT_FALSE(d.role(call("ping()")).sink);
    // openMarket's own guard reads `owner`: relevant too (who may open it).
    EXPECT_EQ(names(d.relevant()), (std::set<std::string>{"deposits", "member", "open", "owner"}));
    // Only openMarket compares msg.sender (in its modifier): the owner's action.
    EXPECT_TRUE(d.role(call("openMarket()")).privileged);
    for (const char* f : {"join()", "deposit()", "ping()", "withdraw()"})
        EXPECT_FALSE(d.role(call(f)).privileged) << f;
}

TEST(Dependencies, AFunctionFeedsTheOnesThatReadWhatItWrites) {
    auto p = Program::from_sources({{"Market.sol", market}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Dependencies d(*p, Facts(*p), collect_properties(*p));
    // openMarket writes `open`, which join reads; join writes `member`, which withdraw reads.
    EXPECT_TRUE(d.feeds(call("openMarket()"), call("join()")));
    EXPECT_TRUE(d.feeds(call("join()"), call("withdraw()")));
    EXPECT_TRUE(d.feeds(call("deposit()", 1), call("withdraw()")));
    // Not the other way round, and a counter feeds nothing.
    EXPECT_FALSE(d.feeds(call("join()"), call("openMarket()")));
    EXPECT_FALSE(d.feeds(call("ping()"), call("withdraw()")));
    EXPECT_FALSE(d.feeds(call("openMarket()"), call("withdraw()")));
    // A function the facts do not know may feed anything.
    EXPECT_TRUE(d.feeds(call("unknown()"), call("withdraw()")));
}

TEST(Dependencies, AFunctionGrantsWhenItWritesWhatCallersAreCheckedAgainst) {
    auto p = Program::from_sources({{"Treasury.sol", R"(pragma solidity ^0.8.20;
contract Treasury {
    address public owner;
    mapping(address => bool) public isMinter;
    mapping(address => uint256) public claims;
    mapping(address => bool) public paused;
    constructor() { owner = msg.sender; }
    modifier onlyOwner() { require(msg.sender == owner, "owner"); _; }
    function setOwner(address o) external onlyOwner { owner = o; }
    function addMinter(address who) external onlyOwner { isMinter[who] = true; }
    function payout(address to, uint256 amount) external onlyOwner { claims[to] += amount; }
    function pause(address who) external onlyOwner { paused[who] = true; }
    function mint() external { require(isMinter[msg.sender], "minter"); }
}
)"}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Facts facts(*p);
    const Dependencies d(*p, facts, collect_properties(*p));
    const auto treasury = [](const char* s) { return CallSpec{"Treasury", s, {}, vm::U256{}}; };
    // What msg.sender is compared with (`owner`) and booleans looked up by it (`isMinter`).
    EXPECT_EQ(names(facts.find("Treasury", "mint()")->sender_guards),
              (std::set<std::string>{"isMinter"}));
    EXPECT_TRUE(d.role(treasury("setOwner(address)")).grants);
    EXPECT_TRUE(d.role(treasury("addMinter(address)")).grants);
    // A claim and a flag nobody checks the caller against grant nothing.
    EXPECT_FALSE(d.role(treasury("payout(address,uint256)")).grants);
    EXPECT_FALSE(d.role(treasury("pause(address)")).grants);
    EXPECT_TRUE(d.role(treasury("payout(address,uint256)")).privileged);
}

TEST(Dependencies, AnAllowlistForTheCallersOwnClaimIsEligibilityNotARole) {
    auto p = Program::from_sources({{"Drop.sol", R"(pragma solidity ^0.8.20;
contract Drop {
    address public owner;
    mapping(address => bool) public listed;
    mapping(address => bool) public claimed;
    mapping(address => bool) public isMinter;
    mapping(address => bool) public isPauser;
    mapping(uint256 => address) public holderOf;
    uint256 public next;
    bool public paused;
    constructor() { owner = msg.sender; }
    modifier onlyOwner() { require(msg.sender == owner, "owner"); _; }
    function allow(address[] calldata who) external onlyOwner {
        for (uint256 i = 0; i < who.length; i++) listed[who[i]] = true;
    }
    function addMinter(address who) external onlyOwner { isMinter[who] = true; }
    function addPauser(address who) external onlyOwner { isPauser[who] = true; }
    function claim() external {
        require(listed[msg.sender], "not listed");
        require(!claimed[msg.sender], "claimed");
        holderOf[++next] = msg.sender;
        (bool ok, ) = msg.sender.call{value: 1}("");
        require(ok, "pay");
        claimed[msg.sender] = true;
    }
    function mint(address to) external {
        require(isMinter[msg.sender], "minter");
        holderOf[++next] = to;
        (bool ok, ) = to.call("");
        require(ok, "hook");
    }
    function pause() external { require(isPauser[msg.sender], "pauser"); paused = true; }
}
)"}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Facts facts(*p);
    const Dependencies d(*p, facts, collect_properties(*p));
    const auto drop = [](const char* s) { return CallSpec{"Drop", s, {}, vm::U256{}}; };
    // `listed` only lets its members claim for themselves (its own mark `claimed` aside, and
    // the claimed item's holder record): the owner lists any user. A minter mints to anyone;
    // a pauser pays no one and changes what everyone may do.
    EXPECT_EQ(names(d.eligibility()), (std::set<std::string>{"listed"}));
    EXPECT_TRUE(d.role(drop("allow(address[])")).grants);
    EXPECT_TRUE(d.role(drop("allow(address[])")).grants_eligibility);
    EXPECT_FALSE(d.role(drop("addMinter(address)")).grants_eligibility);
    EXPECT_FALSE(d.role(drop("addPauser(address)")).grants_eligibility);
}

TEST(Dependencies, TheCallerThroughContextsMsgSenderIsASenderCheck) {
    // OpenZeppelin's Ownable compares `owner()` with `_msgSender()`, an internal virtual
    // function whose body returns msg.sender; an override that does more is not the caller.
    auto p = Program::from_sources({{"Owned.sol", R"(pragma solidity ^0.8.20;
abstract contract Context {
    function _msgSender() internal view virtual returns (address) { return msg.sender; }
}
contract Owned is Context {
    address private _owner;
    bool public paused;
    mapping(address => bool) public isKeeper;
    constructor() { _owner = _msgSender(); }
    function owner() public view returns (address) { return _owner; }
    function _checkOwner() internal view {
        if (owner() != _msgSender()) revert("owner");
    }
    modifier onlyOwner() { _checkOwner(); _; }
    function pause() external onlyOwner { paused = true; }
    function poke() external { require(isKeeper[_msgSender()], "keeper"); }
    function open() external { paused = false; }
}
contract Relayed is Owned {
    function _msgSender() internal view override returns (address) {
        return msg.data.length >= 20 ? address(bytes20(msg.data[msg.data.length - 20:])) : msg.sender;
    }
    function halt() external onlyOwner { paused = true; }
}
)"}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Facts facts(*p);
    const Dependencies d(*p, facts, collect_properties(*p));
    const auto owned = [](const char* s) { return CallSpec{"Owned", s, {}, vm::U256{}}; };
    EXPECT_TRUE(d.role(owned("pause()")).privileged);
    EXPECT_FALSE(d.role(owned("open()")).privileged);
    // A boolean looked up by the caller is an access list.
    EXPECT_EQ(names(facts.find("Owned", "poke()")->sender_guards),
              (std::set<std::string>{"isKeeper"}));
    EXPECT_FALSE(d.role(CallSpec{"Relayed", "halt()", {}, vm::U256{}}).privileged);
}

TEST(Dependencies, ACallThroughAnExternalFunctionValueCanReEnter) {
    // `hook()` is a message call to whatever address and selector the value holds: a sink, as
    // `c.f()` on an untrusted contract, never an internal call.
    auto p = Program::from_sources({{"Hooked.sol", R"(pragma solidity ^0.8.20;
contract Hooked {
    function() external hook;
    uint256 public count;
    function setHook(function() external h) external { hook = h; }
    function fire() external { hook(); count += 1; }
    function ping() external { count += 1; }
}
)"}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Dependencies d(*p, Facts(*p), collect_properties(*p));
    EXPECT_TRUE(d.role(CallSpec{"Hooked", "fire()", {}, vm::U256{0}}).sink);
    EXPECT_FALSE(d.role(CallSpec{"Hooked", "ping()", {}, vm::U256{0}}).sink);
}

TEST(Dependencies, InvariantReadsMakeTheirWritersSinks) {
    auto p = Program::from_sources({{"Capped.sol", R"(pragma solidity ^0.8.20;
/// #invariant total <= 100;
contract Capped {
    uint256 public total;
    uint256 public other;
    function bump(uint256 x) external { total += x; }
    function note(uint256 x) external { other = x; }
}
)"}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Dependencies d(*p, Facts(*p), collect_properties(*p));
    EXPECT_TRUE(d.role(CallSpec{"Capped", "bump(uint256)", {}, {}}).sink);
    EXPECT_FALSE(d.role(CallSpec{"Capped", "note(uint256)", {}, {}}).sink);
    EXPECT_FALSE(d.role(CallSpec{"Capped", "note(uint256)", {}, {}}).enabling);
    EXPECT_EQ(names(d.relevant()), (std::set<std::string>{"total"}));
}

TEST(Dependencies, EtherEnablesWhenABalanceIsRead) {
    auto p = Program::from_sources({{"Pot.sol", R"(pragma solidity ^0.8.20;
contract Pot {
    function fund() external payable {}
    function pay() external {
        require(address(this).balance >= 3 ether, "not yet");
        (bool ok, ) = msg.sender.call{value: 1 ether}("");
        require(ok, "failed");
    }
}
)"}});
    ASSERT_TRUE(p->ok()) << p->errors(false);
    const Dependencies d(*p, Facts(*p), collect_properties(*p));
    EXPECT_TRUE(d.balance_relevant());
    EXPECT_TRUE(d.role(CallSpec{"Pot", "fund()", {}, vm::U256{1}}).enabling);
    EXPECT_FALSE(d.role(CallSpec{"Pot", "fund()", {}, vm::U256{}}).enabling);
    // A function the facts do not know is never skipped.
    const ActionRole unknown = d.role(CallSpec{"Pot", "nope()", {}, {}});
    EXPECT_TRUE(unknown.sink && unknown.enabling);
}

} // namespace
} // namespace mallory::analyzer
