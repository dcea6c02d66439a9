// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title DAOFixed: the DAO model of DAO.sol, fixed with checks-effects-interactions
/// @notice Investors buy DAO tokens 1:1 with ether (`deposit`), the fund may earn rewards
/// (`payReward`), and a token holder leaves with `splitDAO`, which pays out her share of the
/// fund and her unpaid rewards and burns her tokens.
/// @dev The fix: `splitDAO` works out what it owes, updates the books (burns the tokens,
/// settles the reward account) and only then sends the ether. A re-entrant `splitDAO` from
/// the caller's receive() finds her balance already zero and reverts ("no tokens"), so no
/// state that the books disagree with is ever visible to her. Everything else is as in
/// DAO.sol, so the two can be compared line by line.
/// #invariant totalSupply == sum(balances);
/// #invariant address(this).balance >= totalSupply + rewardAccount;
contract DAOFixed {
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

    /// @notice Leaves the DAO: burns the caller's tokens, then pays out her share and rewards.
    function splitDAO() external returns (bool) {
        uint256 share = balances[msg.sender];
        require(share > 0, "no tokens");
        uint256 reward = rewardOf(msg.sender);
        // Checks done; effects first: burn DAO tokens and settle the reward account
        emit Transfer(msg.sender, address(0), share);
        totalSupply -= share;
        balances[msg.sender] = 0;
        paidOut[msg.sender] = 0;
        rewardAccount -= reward;
        // Interaction last
        payOut(msg.sender, share + reward, reward);
        return true;
    }

    /// @dev Sends `amount` wei to `account`; the books were settled before this call.
    function payOut(address account, uint256 amount, uint256 reward) internal {
        (bool ok, ) = payable(account).call{value: amount}("");
        require(ok, "payout failed");
        emit RewardPaid(account, reward);
        emit PayOut(account, amount);
    }
}
