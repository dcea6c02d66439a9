// expect: safe
// options: defaults
// callback-freedom: proved
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
/// The referral club of late_referral_cash_out with `cashOut` in checks-effects-interactions
/// order: the earnings are zeroed before the payment, so a re-entered `cashOut` finds nothing.

contract ReferralClub {
    uint256 public constant FEE = 0.1 ether;
    uint256 public constant BONUS = 0.05 ether;
    mapping(address => bool) public member;
    mapping(address => uint256) public earned;

    function join(address referrer) external payable {
        require(!member[msg.sender], "already a member");
        require(msg.value == FEE, "fee");
        member[msg.sender] = true;
        if (member[referrer] && referrer != msg.sender) earned[referrer] += BONUS;
    }

    function cashOut() external {
        uint256 amount = earned[msg.sender];
        require(amount > 0, "nothing earned");
        earned[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "payment");
    }
}
