// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title DAOMutex: the DAO model of DAO.sol, fixed with a reentrancy guard
/// @notice Investors buy DAO tokens 1:1 with ether (`deposit`), the fund may earn rewards
/// (`payReward`), and a token holder leaves with `splitDAO`, which pays out her share of the
/// fund and her unpaid rewards and burns her tokens.
/// @dev The fix: a mutex. `splitDAO` keeps the DAO's order (pay first, update the books
/// after), but every function that changes state runs under the `nonReentrant` modifier, so
/// a call back into the DAO while a payout is in flight reverts ("reentrant call").
/// The guard must cover every function that touches the books, not only `splitDAO`: with an
/// unguarded `transfer`, the caller could move her not-yet-burned tokens to an accomplice
/// from her receive() and withdraw them again later (cross-function reentrancy).
/// What a mutex does not fix: during the payout the books are still stale, and view
/// functions (`balances`, `totalSupply`, `rewardOf`) show the pre-withdrawal values to anyone
/// who reads them from the callback (read-only reentrancy). Contracts that price anything
/// off this DAO's views must not trust them while it is locked; DAOFixed.sol has no such
/// window. The invariants below hold whenever the DAO can be entered.
/// #invariant totalSupply == sum(balances);
/// #invariant address(this).balance >= totalSupply + rewardAccount;
contract DAOMutex {
    uint256 private constant UNLOCKED = 1;
    uint256 private constant LOCKED = 2;
    // 1 when no call is running, 2 while one is (non-zero both ways: cheaper to flip)
    uint256 private lockState = UNLOCKED;

    /// @notice DAO tokens of each holder (1 token = 1 wei deposited).
    mapping(address => uint256) public balances;
    /// @notice Sum of all balances.
    uint256 public totalSupply;
    /// @notice Ether the DAO holds for rewards that have not been paid out yet, in wei.
    uint256 public rewardAccount;
    /// @notice Accumulated rewards per token, scaled by 1e18 (the reward account's input).
    uint256 public rewardPerToken;
    /// @notice Rewards already settled for each holder, in wei (paid, or earned before the
    /// holder's tokens existed).
    mapping(address => uint256) public paidOut;

    event Transfer(address indexed from, address indexed to, uint256 amount);
    event RewardPaid(address indexed to, uint256 amount);
    event PayOut(address indexed to, uint256 amount);

    /// @dev The mutex: no second entry while a guarded function is running.
    modifier nonReentrant() {
        require(lockState == UNLOCKED, "reentrant call");
        lockState = LOCKED;
        _;
        lockState = UNLOCKED;
    }

    /// @notice Buys DAO tokens: one token per wei sent.
    function deposit() external payable nonReentrant {
        require(msg.value > 0, "nothing to deposit");
        balances[msg.sender] += msg.value;
        totalSupply += msg.value;
        paidOut[msg.sender] += (msg.value * rewardPerToken) / 1e18;
        emit Transfer(address(0), msg.sender, msg.value);
    }

    /// @notice Pays ether into the reward account, shared by all current token holders.
    function payReward() external payable nonReentrant {
        require(totalSupply > 0, "no token holders");
        rewardPerToken += (msg.value * 1e18) / totalSupply;
        rewardAccount += msg.value;
    }

    /// @notice Unpaid reward of `holder`, in wei.
    function rewardOf(address holder) public view returns (uint256) {
        uint256 earned = (balances[holder] * rewardPerToken) / 1e18;
        uint256 reward = earned > paidOut[holder] ? earned - paidOut[holder] : 0;
        return reward < rewardAccount ? reward : rewardAccount;
    }

    /// @notice Moves tokens, and their share of the settled rewards, as the DAO's transfer did.
    function transfer(address to, uint256 amount) external nonReentrant returns (bool) {
        uint256 fromBalance = balances[msg.sender];
        require(amount <= fromBalance, "insufficient tokens");
        uint256 movedPaidOut = fromBalance == 0 ? 0 : (paidOut[msg.sender] * amount) / fromBalance;
        paidOut[msg.sender] -= movedPaidOut;
        paidOut[to] += movedPaidOut;
        balances[msg.sender] = fromBalance - amount;
        balances[to] += amount;
        emit Transfer(msg.sender, to, amount);
        return true;
    }

    /// @notice Leaves the DAO: pays out the caller's share and rewards, then burns her tokens.
    function splitDAO() external nonReentrant returns (bool) {
        require(balances[msg.sender] > 0, "no tokens");
        // Burn DAO Tokens
        emit Transfer(msg.sender, address(0), balances[msg.sender]);
        withdrawRewardFor(msg.sender); // be nice, and get his rewards
        totalSupply -= balances[msg.sender];
        balances[msg.sender] = 0;
        paidOut[msg.sender] = 0;
        return true;
    }

    /// @dev Pays `account` its share of the fund plus its unpaid reward. The external call
    /// hands control to `account` while its tokens are still on the books.
    function withdrawRewardFor(address account) internal returns (bool) {
        uint256 reward = rewardOf(account);
        rewardAccount -= reward;
        uint256 amount = balances[account] + reward;
        (bool ok, ) = payable(account).call{value: amount}("");
        require(ok, "payout failed");
        paidOut[account] += reward;
        emit RewardPaid(account, reward);
        emit PayOut(account, amount);
        return true;
    }
}
