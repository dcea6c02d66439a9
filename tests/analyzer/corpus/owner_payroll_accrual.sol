// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// A payroll the admin funds and accrues salaries in; employees withdraw to an address of
/// their choice. Only the admin can give anyone a claim, so the attack needs the honest admin
/// to serve the adversary as an employee (`accrue(employee, amount)` names an account, it
/// grants no access). `withdrawTo` pays before it clears the claim: a re-entrant employee is
/// paid twice from the payroll's funds.

contract Payroll {
    mapping(address => uint256) public owed;
    address public immutable admin;

    constructor() {
        admin = msg.sender;
    }

    function fund() external payable {}

    function accrue(address employee, uint256 amount) external {
        require(msg.sender == admin, "admin");
        owed[employee] += amount;
    }

    function withdrawTo(address payable to) external {
        uint256 amount = owed[msg.sender];
        require(amount > 0 && address(this).balance >= amount, "nothing");
        (bool ok, ) = to.call{value: amount}("");
        require(ok, "send");
        owed[msg.sender] = 0;
    }
}
