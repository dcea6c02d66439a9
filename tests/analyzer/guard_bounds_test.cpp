// The bounds the targets' own checks keep (analyzer/guard_bounds.hpp): which checks count, and
// when a state breaks one.
#include "analyzer/guard_bounds.hpp"
#include "analyzer/world.hpp"
#include "lang/compile/layout.hpp"
#include "tests/analyzer/load_program.hpp"
#include "vm/memory_state.hpp"

#include <gtest/gtest.h>

namespace mallory::analyzer {
namespace {

using vm::U256;

std::vector<std::string> texts(const std::vector<GuardBound>& bounds) {
    std::vector<std::string> out;
    for (const GuardBound& g : bounds)
        out.push_back(g.text);
    return out;
}

TEST(GuardBounds, AChecksSumBeforeTheRaiseIsABound) {
    const auto p = load_program(R"(pragma solidity ^0.8.20;
contract Sale {
    error Full();
    uint256 public constant CAP = 100;
    uint256 public max = 7;
    uint256 public sold;
    uint256 public minted;
    uint256 public tickets;
    function buy(uint256 n) external {
        require(sold + n <= CAP, "cap");
        sold += n;
    }
    function mint(uint256 n) external {
        require(max > n + minted);
        minted = minted + n;
    }
    function book(uint256 n) external {
        if (tickets + n >= CAP) revert Full();
        tickets += n;
    }
    function again(uint256 n) external {
        require((sold + n) <= CAP);
        sold += n;
    }
})");
    const std::vector<GuardBound> b = p->guard_bounds();
    EXPECT_EQ(texts(b), (std::vector<std::string>{
                            "sold <= CAP (checked by Sale.buy at line 10)",
                            "minted < max (checked by Sale.mint at line 14)",
                            "tickets < CAP (checked by Sale.book at line 18)",
                        }));
    ASSERT_EQ(b.size(), 3u);
    EXPECT_FALSE(b[0].strict);
    EXPECT_TRUE(b[1].strict);
}

TEST(GuardBounds, ChecksThatBoundNothingTheFunctionRaisesAreNot) {
    const auto p = load_program(R"(pragma solidity ^0.8.20;
contract Sale {
    uint256 public constant CAP = 100;
    uint256 public sold;
    uint256 public other;
    mapping(address => uint256) public bought;
    function checkOnly(uint256 n) external view returns (bool) {
        require(sold + n <= CAP);
        return true;
    }
    function raisesAnother(uint256 n) external {
        require(sold + n <= CAP);
        other += n;
    }
    function byParameter(uint256 n, uint256 limit) external {
        require(sold + n <= limit);
        sold += n;
    }
    function lowerBound(uint256 n) external {
        require(sold + n >= CAP);
        sold += n;
    }
    function entryOfAnother(address to, uint256 n) external {
        require(bought[to] + n <= CAP);
        bought[to] += n;
    }
    function entryOfTheCallerRaisedForAnother(address to, uint256 n) external {
        require(bought[msg.sender] + n <= CAP);
        bought[to] += n;
    }
    function raisedFirst(uint256 n) external {
        sold += n;
        require(sold + n <= CAP);
    }
})");
    EXPECT_TRUE(p->guard_bounds().empty()) << texts(p->guard_bounds()).front();
}

TEST(GuardBounds, AStateBreaksABoundWhenTheVariableExceedsItsLimit) {
    const auto p = load_program(R"(pragma solidity ^0.8.20;
contract Sale {
    uint256 public constant CAP = 100;
    uint256 public sold;
    function buy(uint256 n) external {
        require(sold + n <= CAP);
        sold += n;
    }
})");
    const std::vector<GuardBound> bounds = p->guard_bounds();
    ASSERT_EQ(bounds.size(), 1u);
    Accounts accounts;
    const vm::Address sale = vm::Address::from_word(U256{0x5a1e});
    accounts.contracts = {{"Sale", sale}};
    const Target& t = p->targets().front();
    const U256 slot{t.layout->location_of(t.info->storage_variables.front()).slot};
    vm::MemoryState state;
    state.sstore(sale, slot, U256{100});
    EXPECT_EQ(broken_bounds(*p, bounds, accounts, state), 0u);
    state.sstore(sale, slot, U256{101});
    EXPECT_EQ(broken_bounds(*p, bounds, accounts, state), 1u);
}

TEST(GuardBounds, ACapPerAccountBoundsEveryKnownAccountsEntry) {
    const auto p = load_program(R"(pragma solidity ^0.8.20;
contract Presale {
    uint256 public constant MAX_PER_WALLET = 2;
    mapping(address => uint256) public purchased;
    function buy(uint256 n) external payable {
        require(purchased[msg.sender] + n <= MAX_PER_WALLET, "wallet limit");
        purchased[msg.sender] += n;
    }
})");
    const std::vector<GuardBound> bounds = p->guard_bounds();
    EXPECT_EQ(texts(bounds),
              (std::vector<std::string>{
                  "purchased[msg.sender] <= MAX_PER_WALLET (checked by Presale.buy at line 6)"}));
    ASSERT_EQ(bounds.size(), 1u);
    Accounts accounts;
    const vm::Address sale = vm::Address::from_word(U256{0x5a1e});
    const vm::Address known = vm::Address::from_word(U256{0xb0b});
    const vm::Address stranger = vm::Address::from_word(U256{0x57a});
    accounts.contracts = {{"Presale", sale}};
    accounts.known = {sale, known};
    const Target& t = p->targets().front();
    const U256 slot{t.layout->location_of(t.info->storage_variables.front()).slot};
    const auto entry = [&](const vm::Address& a) {
        return lang::codegen::mapping_entry_slot(slot, a.to_word());
    };
    vm::MemoryState state;
    state.sstore(sale, entry(known), U256{2});
    state.sstore(sale, entry(stranger), U256{3}); // not an account the system knows
    EXPECT_EQ(broken_bounds(*p, bounds, accounts, state), 0u);
    state.sstore(sale, entry(known), U256{3});
    EXPECT_EQ(broken_bounds(*p, bounds, accounts, state), 1u);
}

} // namespace
} // namespace mallory::analyzer
