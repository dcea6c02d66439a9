// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title DAO: a compact model of the 2016 DAO's vulnerable withdrawal path
/// @notice Investors buy DAO tokens 1:1 with ether (`deposit`), the fund may earn rewards
/// (`payReward`), and a token holder leaves with `splitDAO`, which pays out her share of the
/// fund and her unpaid rewards and burns her tokens.
/// @dev VULNERABLE ON PURPOSE. As in the original (DAO.sol lines 1010-1016 of the 2016
/// contract), `splitDAO` calls `withdrawRewardFor(msg.sender)`, which sends ether to the
/// caller, BEFORE it updates the books:
///     withdrawRewardFor(msg.sender); // be nice, and get his rewards
///     totalSupply -= balances[msg.sender];
///     balances[msg.sender] = 0;
///     paidOut[msg.sender] = 0;
/// A caller whose receive() calls `splitDAO` again is paid her share again and again, because
/// `balances[msg.sender]` still holds her tokens. See Mallory.sol for the attacker,
/// DAOFixed.sol and DAOMutex.sol for the two usual fixes.
/// Compact model: in 2016 `splitDAO` first moved the splitter's share of the fund into a new
/// child DAO she controlled, and `withdrawRewardFor` then paid her rewards through the DAO's
/// separate reward account. Here both payments are one ether transfer made inside
/// `withdrawRewardFor`, and the reward account is a counter of the ether held for rewards.
/// What matters is kept: ether leaves, and control passes to the caller, before the books
/// are updated. One token is worth one wei of the fund.
/// #invariant totalSupply == sum(balances);
/// #invariant address(this).balance >= totalSupply + rewardAccount;
contract DAO {
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

    /// @notice Buys DAO tokens: one token per wei sent.
    function deposit() external payable {
        require(msg.value > 0, "nothing to deposit");
        balances[msg.sender] += msg.value;
        totalSupply += msg.value;
        paidOut[msg.sender] += (msg.value * rewardPerToken) / 1e18;
        emit Transfer(address(0), msg.sender, msg.value);
    }

    /// @notice Pays ether into the reward account, shared by all current token holders.
    function payReward() external payable {
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
    function transfer(address to, uint256 amount) external returns (bool) {
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
    function splitDAO() external returns (bool) {
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
