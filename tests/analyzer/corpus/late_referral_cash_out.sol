// expect: adversary-profit same-function
// options: defaults
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
/// A members' club with a referral bonus: joining costs an exact fee, and the member who
/// referred the newcomer earns a bonus, cashed out with `cashOut`, which pays before it zeroes
/// the earnings. The adversary joins; a newcomer joins on its referral (an honest user paying
/// the exact fee, naming the adversary); the adversary cashes out and re-enters `cashOut` from
/// the payment, taking its bonus twice out of the members' fees.

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
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "payment");
        earned[msg.sender] = 0;
    }
}
