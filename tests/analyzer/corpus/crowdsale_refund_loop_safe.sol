// expect: safe
// options: defaults
pragma solidity ^0.8.20;
/// A crowdsale that refunds every contributor in one loop, paying each before zeroing the
/// contribution and ignoring a failed payment. The honest set-up deposits are first in the
/// list; the theft needs an honest contributor after the adversary: its re-entrant
/// `refundAll` pays the adversary a second time from the latecomer's funds, whose own payment
/// then fails and is zeroed.
/// The safe look-alike: the contribution is zeroed before the payment (checks-effects-
/// interactions), and a contributor is listed once, so a re-entrant `contribute` during the
/// refund is not listed twice.

contract Crowdsale {
    address public owner;
    address[] public contributors;
    mapping(address => uint256) public contributed;
    mapping(address => bool) public listed;
    uint256 public goal = 100 ether;

    constructor() {
        owner = msg.sender;
    }

    function contribute() external payable {
        require(msg.value > 0, "zero");
        if (!listed[msg.sender]) {
            listed[msg.sender] = true;
            contributors.push(msg.sender);
        }
        contributed[msg.sender] += msg.value;
    }

    function refundAll() external {
        require(address(this).balance < goal, "goal reached");
        for (uint256 i = 0; i < contributors.length; i++) {
            address c = contributors[i];
            uint256 amount = contributed[c];
            if (amount > 0) {
                contributed[c] = 0;
                (bool ok, ) = c.call{value: amount}("");
                ok;
            }
        }
    }
}
