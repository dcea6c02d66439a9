// The callback-freedom proof (issue 10 item 11): proved for all values behind a mutex and
// with checks-effects-interactions, never on a vulnerable contract, and `unknown` with the
// reason for what the argument cannot cover (a second call, a late write, a delegatecall).
#include "analyzer/callback_proof.hpp"
#include "analyzer/z3_engine.hpp"
#include "tests/analyzer/load_program.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace mallory::analyzer {
namespace {

ProofResult prove(const std::string& text) {
    auto p = load_program(text, "inline.sol");
    return prove_callback_freedom(*p, std::chrono::steady_clock::now() + std::chrono::seconds(30));
}

const char* const bank_head = R"(
pragma solidity ^0.8.20;
contract Bank {
    mapping(address => uint256) public balances;
    function deposit() external payable { balances[msg.sender] += msg.value; }
)";

std::string bank(const std::string& rest) {
    return std::string(bank_head) + rest + "}\n";
}

TEST(CallbackProof, APaymentThroughAStorageReferenceAfterAClockCheckIsNotProved) {
    // The request is marked claimed after the payment, through a local storage reference;
    // the claim waits for a time the request set in the future. Re-entry pays twice.
    const ProofResult r = prove(R"(pragma solidity ^0.8.20;
contract Pool {
    struct Request { uint256 amount; uint256 readyAt; bool claimed; }
    mapping(address => uint256) public staked;
    mapping(address => Request) public requests;
    function stake() external payable { staked[msg.sender] += msg.value; }
    function request(uint256 amount) external {
        require(staked[msg.sender] >= amount);
        staked[msg.sender] -= amount;
        requests[msg.sender] = Request(amount, block.timestamp + 259200, false);
    }
    function claim() external {
        Request storage r = requests[msg.sender];
        require(r.amount > 0 && !r.claimed);
        require(block.timestamp >= r.readyAt, "cooling");
        uint256 amount = r.amount;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
        r.claimed = true;
        r.amount = 0;
    }
})");
    EXPECT_NE(r.status, PropertyStatus::proved) << r.reason;
}

TEST(CallbackProof, ChecksEffectsInteractionsIsProved) {
    const ProofResult r = prove(bank(R"(
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        balances[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
    })"));
    EXPECT_EQ(r.status, PropertyStatus::proved) << r.reason;
    EXPECT_NE(r.reason.find("1 external call"), std::string::npos) << r.reason;
}

TEST(CallbackProof, LateWriteIsNeverProved) {
    const ProofResult r = prove(bank(R"(
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    })"));
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("writes `balances` at inline.sol:"), std::string::npos) << r.reason;
}

TEST(CallbackProof, MutexIsProvedWithTheLateWrite) {
    for (const char* guard : {"require(!locked, \"locked\");", "if (locked) revert(\"locked\");"}) {
        const ProofResult r = prove(std::string(R"(
pragma solidity ^0.8.20;
contract Bank {
    mapping(address => uint256) public balances;
    bool private locked;
    modifier nonReentrant() {
        )") + guard + R"(
        locked = true;
        _;
        locked = false;
    }
    function deposit() external payable nonReentrant { balances[msg.sender] += msg.value; }
    function withdraw() external nonReentrant {
        uint256 amount = balances[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
})");
        EXPECT_EQ(r.status, PropertyStatus::proved) << guard << ": " << r.reason;
    }
}

TEST(CallbackProof, AMutexIsSeenPastACodeLengthCheck) {
    // Contracts are paid through a call, accounts through transfer: whether the caller has code
    // is any value in the symbolic run that finds the lock closed.
    const ProofResult r = prove(R"(pragma solidity ^0.8.20;
contract Bank {
    mapping(address => uint256) public balances;
    bool private locked;
    modifier nonReentrant() {
        require(!locked, "locked");
        locked = true;
        _;
        locked = false;
    }
    function deposit() external payable nonReentrant { balances[msg.sender] += msg.value; }
    function withdraw() external nonReentrant {
        uint256 amount = balances[msg.sender];
        if (msg.sender.code.length > 0) {
            (bool ok, ) = msg.sender.call{value: amount}("");
            require(ok, "failed");
        } else {
            payable(msg.sender).transfer(amount);
        }
        balances[msg.sender] = 0;
    }
})");
    EXPECT_EQ(r.status, PropertyStatus::proved) << r.reason;
}

TEST(CallbackProof, AMutexIsSeenThroughStorageStructFields) {
    // The symbolic run that finds the lock closed reads and writes a mapping to a struct,
    // through a field and through a storage reference (an interest accrual before the payout).
    const char* bank = R"(pragma solidity ^0.8.20;
contract Savings {
    struct Account { uint256 balance; uint64 lastAccrual; }
    mapping(address => Account) public accounts;
    uint256 public totalDeposits;
    uint256 private locked = 1;
    modifier nonReentrant() {
        require(locked == 1, "reentrant call");
        locked = 2;
        _;
        locked = 1;
    }
    function accrue(address user) internal {
        Account storage acc = accounts[user];
        acc.lastAccrual = uint64(block.timestamp);
    }
    function deposit() external payable nonReentrant {
        accrue(msg.sender);
        accounts[msg.sender].balance += msg.value;
        totalDeposits += msg.value;
    }
    function close() external nonReentrant {
        accrue(msg.sender);
        uint256 amount = accounts[msg.sender].balance;
        require(amount > 0, "no account");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "payout failed");
        totalDeposits -= amount;
        delete accounts[msg.sender];
    }
})";
    const ProofResult guarded = prove(bank);
    EXPECT_EQ(guarded.status, PropertyStatus::proved) << guarded.reason;
    // Without the modifier on deposit, deposit is open during the payout and writes what
    // close reads after it.
    std::string open = bank;
    open.replace(open.find("payable nonReentrant"), 20, "payable");
    const ProofResult r = prove(open);
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("`totalDeposits`"), std::string::npos) << r.reason;
}

TEST(CallbackProof, OpenFunctionBesideTheMutexIsNotProved) {
    // transfer() has no guard: it stays open during the payout and moves the stale balance.
    const ProofResult r = prove(R"(
pragma solidity ^0.8.20;
contract Bank {
    mapping(address => uint256) public balances;
    uint256 private status = 1;
    modifier nonReentrant() {
        require(status != 2, "locked");
        status = 2;
        _;
        status = 1;
    }
    function deposit() external payable nonReentrant { balances[msg.sender] += msg.value; }
    function transfer(address to, uint256 amount) external {
        require(balances[msg.sender] >= amount, "low");
        balances[msg.sender] -= amount;
        balances[to] += amount;
    }
    function withdraw() external nonReentrant {
        uint256 amount = balances[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
})");
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("`balances`"), std::string::npos) << r.reason;
}

TEST(CallbackProof, AnotherContractReadingAPublicGetterDuringThePayoutIsNotProved) {
    // The vault's mutex closes the vault, but the lender is open during the payout and reads
    // the stale stake through the getter `balanceOf` (read-only reentrancy).
    const ProofResult r = prove(R"(
pragma solidity ^0.8.20;
contract Vault {
    mapping(address => uint256) public balanceOf;
    bool private locked;
    modifier nonReentrant() { require(!locked, "locked"); locked = true; _; locked = false; }
    function stake() external payable nonReentrant { balanceOf[msg.sender] += msg.value; }
    function unstake(uint256 amount) external nonReentrant {
        require(balanceOf[msg.sender] >= amount, "low");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balanceOf[msg.sender] -= amount;
    }
}
contract Lender {
    Vault public immutable vault;
    mapping(address => uint256) public debt;
    constructor() { vault = new Vault(); }
    function fund() external payable {}
    function borrow(uint256 amount) external {
        require((debt[msg.sender] + amount) * 2 <= vault.balanceOf(msg.sender), "collateral");
        debt[msg.sender] += amount;
        payable(msg.sender).transfer(amount);
    }
})");
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("`balanceOf`"), std::string::npos) << r.reason;
}

/// A bank behind a mutex whose `credit` is open during the payout but only to `owner`,
/// declared and set as `owner_decl` says.
std::string owned_bank(const std::string& owner_decl, const std::string& more = "") {
    return R"(
pragma solidity ^0.8.20;
contract Bank {
    mapping(address => uint256) public balances;
    bool private locked;
    )" + owner_decl +
           R"(
    modifier nonReentrant() { require(!locked, "locked"); locked = true; _; locked = false; }
    function fund() external payable {}
    function credit(address who, uint256 amount) external {
        require(msg.sender == owner, "owner");
        balances[who] += amount;
    }
    function withdraw() external nonReentrant {
        uint256 amount = balances[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
)" + more + "}\n";
}

TEST(CallbackProof, AFunctionOnlyTheDeployerMayCallIsClosedToTheCallback) {
    // The owner fixed at deployment is the honest deployer, never the adversary's callback.
    for (const char* decl : {"address public immutable owner = msg.sender;",
                             "address public owner; constructor() { owner = msg.sender; }"}) {
        const ProofResult r = prove(owned_bank(decl));
        EXPECT_EQ(r.status, PropertyStatus::proved) << decl << ": " << r.reason;
    }
    // An owner anyone can become (or that a function hands on) may be the adversary.
    const ProofResult claimable =
        prove(owned_bank("address public owner = msg.sender;",
                         "    function claim() external { owner = msg.sender; }\n"));
    EXPECT_EQ(claimable.status, PropertyStatus::unknown);
    EXPECT_NE(claimable.reason.find("`balances`"), std::string::npos) << claimable.reason;
}

TEST(CallbackProof, SecondExternalCallIsUnknown) {
    const ProofResult r = prove(bank(R"(
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        balances[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount / 2}("");
        (bool ok2, ) = msg.sender.call{value: amount - amount / 2}("");
        require(ok && ok2, "failed");
    })"));
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    // The second call may carry ether a deposit during the first one paid for.
    EXPECT_NE(r.reason.find("sends ether after the external call"), std::string::npos) << r.reason;
}

TEST(CallbackProof, CallsOnTwoSidesOfAnIfAreNotOneAfterTheOther) {
    // Each side pays once after its own write: no run makes both calls, and nothing follows
    // either call. Walked one after the other, the sides would look like a second call.
    const ProofResult r = prove(bank(R"(
    function withdraw(bool all) external {
        uint256 amount = balances[msg.sender];
        if (all) {
            balances[msg.sender] = 0;
            (bool ok, ) = msg.sender.call{value: amount}("");
            require(ok, "failed");
        } else {
            balances[msg.sender] = amount - amount / 2;
            (bool ok, ) = msg.sender.call{value: amount / 2}("");
            require(ok, "failed");
        }
    })"));
    EXPECT_EQ(r.status, PropertyStatus::proved) << r.reason;
    EXPECT_NE(r.reason.find("2 external calls"), std::string::npos) << r.reason;
}

TEST(CallbackProof, TheRestOfABlockAnEarlyReturnLeavesIsNotAfterItsCall) {
    for (const char* leave : {"return;", "revert(\"paid\");"}) {
        const ProofResult r = prove(bank(std::string(R"(
    function withdraw(uint256 part) external {
        uint256 amount = balances[msg.sender];
        if (part == 0) {
            balances[msg.sender] = 0;
            (bool ok, ) = msg.sender.call{value: amount}("");
            require(ok, "failed");
            )") + leave + R"(
        }
        balances[msg.sender] = amount - part;
    })"));
        EXPECT_EQ(r.status, PropertyStatus::proved) << leave << ": " << r.reason;
    }
}

TEST(CallbackProof, AWriteAfterAnIfIsAfterTheCallInsideIt) {
    // The write after the `if` runs after the call on its then side: the same late write.
    const ProofResult r = prove(bank(R"(
    function withdraw(bool all) external {
        uint256 amount = balances[msg.sender];
        if (all) {
            (bool ok, ) = msg.sender.call{value: amount}("");
            require(ok, "failed");
        } else {
            amount = 0;
        }
        balances[msg.sender] = 0;
    })"));
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("writes `balances`"), std::string::npos) << r.reason;
}

TEST(CallbackProof, ALateWriteOnTheCallsOwnSideIsStillAfterIt) {
    const ProofResult r = prove(bank(R"(
    function withdraw(bool all) external {
        uint256 amount = balances[msg.sender];
        if (all) {
            (bool ok, ) = msg.sender.call{value: amount}("");
            require(ok, "failed");
            balances[msg.sender] = 0;
            return;
        }
        balances[msg.sender] = amount / 2;
    })"));
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("writes `balances`"), std::string::npos) << r.reason;
}

TEST(CallbackProof, ACallInALoopThatContinuesIsFollowedByTheNextIteration) {
    // `continue` leaves this iteration's rest, not the next iteration's write and call.
    const ProofResult r = prove(bank(R"(
    function withdraw(uint256 n) external {
        for (uint256 i = 0; i < n; i++) {
            if (i == 0) {
                (bool ok, ) = msg.sender.call{value: 1}("");
                require(ok, "failed");
                continue;
            }
            balances[msg.sender] -= 1;
        }
    })"));
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("after the external call at inline.sol:10"), std::string::npos)
        << r.reason;
}

const char* const hooked_token = R"(pragma solidity ^0.8.20;
interface IHook { function onMint(uint256 amount) external; }
contract Token {
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => bool)) public approved;
    uint256 private locked = 1;
    modifier nonReentrant() {
        require(locked == 1, "reentrant call");
        locked = 2;
        _;
        locked = 1;
    }
    function approve(address operator) external OPEN { approved[msg.sender][operator] = true; }
    function transfer(address to, uint256 amount) external nonReentrant {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
    }
    function mintPair(address a, address b) external nonReentrant {
        balanceOf[a] += 1;
        balanceOf[b] += 1;
        IHook(a).onMint(1);
        IHook(b).onMint(1);
    }
})";

TEST(CallbackProof, ASecondCallAfterAnInertCallbackIsArguedOnItsOwn) {
    // Every function that writes is closed during both hooks: the first hook's callback
    // changes nothing, so the second call is covered by the same argument.
    std::string closed = hooked_token;
    closed.replace(closed.find("OPEN"), 4, "nonReentrant");
    const ProofResult r = prove(closed);
    EXPECT_EQ(r.status, PropertyStatus::proved) << r.reason;
    EXPECT_NE(r.reason.find("2 external calls"), std::string::npos) << r.reason;
    // One open function that writes: the first hook's callback may change the state the
    // second call runs in.
    std::string open = hooked_token;
    open.replace(open.find("OPEN"), 4, "");
    const ProofResult u = prove(open);
    EXPECT_EQ(u.status, PropertyStatus::unknown);
    EXPECT_NE(u.reason.find("second external call"), std::string::npos) << u.reason;
}

TEST(CallbackProof, AViewReadAfterACallbackThatWritesIsUnknown) {
    // The shop credits the price move across the hook: a callback that sets the price makes
    // a credit no order of the same calls without it gives (both orders credit 0).
    const ProofResult r = prove(R"(pragma solidity ^0.8.20;
interface IHook { function ping() external; }
contract Oracle {
    uint256 public price = 1;
    function set(uint256 p) external { price = p; }
}
contract Shop {
    Oracle public immutable oracle;
    mapping(address => uint256) public credit;
    bool private locked;
    constructor() { oracle = new Oracle(); }
    function redeem(address hook) external {
        require(!locked, "locked");
        locked = true;
        uint256 before = oracle.price();
        IHook(hook).ping();
        credit[msg.sender] = oracle.price() - before;
        locked = false;
    }
})");
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("second external call"), std::string::npos) << r.reason;
}

TEST(CallbackProof, EtherSentAfterTheCallWhileACallbackReadsTheBalanceIsUnknown) {
    // buy prices shares by the pool's balance; exit pays its fee after the payout, so a buy
    // during the payout sees a balance the same calls made in order never show it.
    const ProofResult r = prove(R"(pragma solidity ^0.8.20;
contract Pool {
    mapping(address => uint256) public shares;
    uint256 public totalShares;
    address public immutable feeTo = address(0xFEE);
    function buy() external payable {
        uint256 minted = totalShares == 0 ? msg.value
            : msg.value * totalShares / (address(this).balance - msg.value);
        shares[msg.sender] += minted;
        totalShares += minted;
    }
    function exit() external {
        uint256 s = shares[msg.sender];
        uint256 amount = s * address(this).balance / totalShares;
        shares[msg.sender] = 0;
        totalShares -= s;
        (bool ok, ) = msg.sender.call{value: amount - 1}("");
        require(ok, "failed");
        payable(feeTo).transfer(1);
    }
})");
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("sends ether after the external call"), std::string::npos) << r.reason;
    // A deposit during the hook pays for the transfer after it: in the order without the
    // callback the transfer may fail.
    const ProofResult t = prove(bank(R"(
    function withdraw(address hook) external {
        uint256 amount = balances[msg.sender];
        balances[msg.sender] = 0;
        (bool ok, ) = hook.call("");
        require(ok, "failed");
        payable(msg.sender).transfer(amount);
    })"));
    EXPECT_EQ(t.status, PropertyStatus::unknown);
    EXPECT_NE(t.reason.find("changes a balance"), std::string::npos) << t.reason;
}

TEST(CallbackProof, DelegatecallIsUnknown) {
    const ProofResult r = prove(bank(R"(
    function run(address plugin, bytes calldata data) external {
        (bool ok, ) = plugin.delegatecall(data);
        require(ok, "failed");
    })"));
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("delegatecall"), std::string::npos) << r.reason;
}

TEST(CallbackProof, BalanceReadAfterTheCallIsUnknown) {
    const ProofResult r = prove(bank(R"(
    uint256 public lastSeen;
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        balances[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        lastSeen = address(this).balance;
    })"));
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("balance"), std::string::npos) << r.reason;
}

TEST(CallbackProof, WriteThroughStorageReferenceIsUnknown) {
    const ProofResult r = prove(R"(
pragma solidity ^0.8.20;
contract Book {
    struct Account { uint256 amount; }
    mapping(address => Account) accounts;
    function deposit() external payable { accounts[msg.sender].amount += msg.value; }
    function withdraw() external {
        Account storage a = accounts[msg.sender];
        uint256 amount = a.amount;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        a.amount = 0;
    }
})");
    // The reference names part of `accounts`: its late write is seen as one.
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("writes `accounts`"), std::string::npos) << r.reason;
}

TEST(CallbackProof, ChecksEffectsInteractionsThroughStorageReferenceIsProved) {
    const ProofResult r = prove(R"(
pragma solidity ^0.8.20;
contract Book {
    struct Account { uint256 amount; uint256 since; }
    mapping(address => Account) accounts;
    function deposit() external payable {
        Account storage a = accounts[msg.sender];
        a.amount += msg.value;
        a.since = block.timestamp;
    }
    function withdraw() external {
        Account storage a = accounts[msg.sender];
        uint256 amount = a.amount;
        a.amount = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
    }
})");
    EXPECT_EQ(r.status, PropertyStatus::proved) << r.reason;
}

TEST(CallbackProof, StorageReferenceAssignedAgainIsUnknown) {
    const ProofResult r = prove(R"(
pragma solidity ^0.8.20;
contract Book {
    struct Account { uint256 amount; }
    mapping(address => Account) accounts;
    mapping(address => Account) archive;
    function deposit() external payable { accounts[msg.sender].amount += msg.value; }
    function withdraw(bool old) external {
        Account storage a = accounts[msg.sender];
        if (old) a = archive[msg.sender];
        uint256 amount = a.amount;
        a.amount = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
    }
})");
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("assigned again"), std::string::npos) << r.reason;
}

TEST(CallbackProof, ReadThroughStorageReferenceAfterTheCallIsUnknown) {
    const ProofResult r = prove(R"(
pragma solidity ^0.8.20;
contract Book {
    struct Account { uint256 amount; }
    mapping(address => Account) accounts;
    uint256 public paid;
    function deposit() external payable { accounts[msg.sender].amount += msg.value; }
    function withdraw() external {
        Account storage a = accounts[msg.sender];
        (bool ok, ) = msg.sender.call{value: 1}("");
        require(ok && a.amount > 0, "failed");
    }
})");
    // A callback can deposit: the read through the reference is a read of `accounts`.
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("accounts"), std::string::npos) << r.reason;
}

TEST(CallbackProof, PostCallReadOfStateNoCallbackWritesIsProved) {
    // `limit` is written by no function: reading it after the call commutes with any callback.
    const ProofResult r = prove(bank(R"(
    uint256 public limit = 10 ether;
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        balances[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok && amount <= limit, "failed");
    })"));
    EXPECT_EQ(r.status, PropertyStatus::proved) << r.reason;
}

TEST(CallbackProof, PostCallWriteOfItsOwnStateIsUnknown) {
    // Re-entering withdraw writes `payouts` too: the two writes are not shown to commute.
    const ProofResult r = prove(bank(R"(
    uint256 private payouts;
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        balances[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        payouts = 1;
    })"));
    EXPECT_EQ(r.status, PropertyStatus::unknown);
    EXPECT_NE(r.reason.find("writes `payouts`"), std::string::npos) << r.reason;
}

TEST(CallbackProof, EngineAnswersBothPropertiesWithTheArgument) {
    auto p = load_program(bank(R"(
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        balances[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
    })"),
                          "inline.sol");
    Z3Engine engine;
    int seen = 0;
    for (const Property& pr : collect_properties(*p)) {
        if (pr.kind != PropertyKind::callback_freedom && pr.kind != PropertyKind::adversary_profit)
            continue;
        ++seen;
        const ProofResult r = engine.prove(*p, pr, 30);
        EXPECT_EQ(r.status, PropertyStatus::proved) << pr.text << ": " << r.reason;
        if (pr.kind == PropertyKind::adversary_profit) {
            EXPECT_NE(r.reason.find("callback-free order"), std::string::npos) << r.reason;
        }
    }
    EXPECT_EQ(seen, 2);
}

TEST(CallbackProof, DaoFixesAreProvedAndTheDaoIsNot) {
    const auto dir = std::filesystem::path(MALLORY_SOURCE_DIR) / "contracts/dao";
    for (const char* f : {"DAOFixed.sol", "DAOMutex.sol", "DAO.sol"}) {
        auto p = Program::load({(dir / f).string()});
        ASSERT_TRUE(p->ok()) << p->errors(false);
        const ProofResult r =
            prove_callback_freedom(*p, std::chrono::steady_clock::now() + std::chrono::seconds(30));
        EXPECT_EQ(r.status == PropertyStatus::proved, std::string(f) != "DAO.sol")
            << f << ": " << r.reason;
    }
}

// Corpus-wide soundness: no case attacked through a re-entry (first line `// expect: <check>
// <re-entry kind>`, or a reentrancy/adversary-profit check) is ever proved callback-free; a
// case whose bug needs no re-entry (an oracle's answer) may be. Prints each case's verdict and
// the proof's time.
TEST(CallbackProof, NoVulnerableCorpusCaseIsProved) {
    const auto dir = std::filesystem::path(MALLORY_SOURCE_DIR) / "tests/analyzer/corpus";
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".sol") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::size_t proved = 0;
    for (const auto& path : files) {
        std::ifstream in(path);
        std::string first;
        std::getline(in, first);
        auto p = Program::load({path.string()});
        ASSERT_TRUE(p->ok()) << path << p->errors(false);
        const auto t0 = std::chrono::steady_clock::now();
        const ProofResult r =
            prove_callback_freedom(*p, std::chrono::steady_clock::now() + std::chrono::seconds(30));
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count();
        const bool safe = first == "// expect: safe";
        std::istringstream words(first.substr(std::min<std::size_t>(first.size(), 11)));
        std::string check, kind;
        words >> check >> kind;
        const bool via_reentry = !safe && (!kind.empty() || check.starts_with("reentrancy") ||
                                           check == "adversary-profit");
        proved += r.status == PropertyStatus::proved;
        std::printf("%-44s %-10s %-8s %7.1f ms  %s\n", path.filename().c_str(),
                    safe ? "safe" : "vulnerable", std::string(to_string(r.status)).c_str(), ms,
                    r.reason.c_str());
        if (via_reentry) {
            EXPECT_NE(r.status, PropertyStatus::proved) << path << ": " << first;
        }
    }
    EXPECT_GT(proved, 0u);
}

} // namespace
} // namespace mallory::analyzer
