// expect: safe
// options: defaults
// callback-freedom: proved
pragma solidity ^0.8.20;
/// A payroll behind a mutex: `withdrawTo` clears the claim after paying, but the only
/// function open during the payment, `accrue`, is the admin's, and the admin is fixed at
/// deployment to the honest deployer. The callback (the adversary's contract) cannot call
/// it, so re-entry changes nothing: callback-freedom is proved, not only explored.

contract Payroll {
    mapping(address => uint256) public owed;
    address public immutable admin;
    bool private locked;

    modifier nonReentrant() {
        require(!locked, "locked");
        locked = true;
        _;
        locked = false;
    }

    constructor() {
        admin = msg.sender;
    }

    function fund() external payable {}

    function accrue(address employee, uint256 amount) external {
        require(msg.sender == admin, "admin");
        owed[employee] += amount;
    }

    function withdrawTo(address payable to) external nonReentrant {
        uint256 amount = owed[msg.sender];
        require(amount > 0 && address(this).balance >= amount, "nothing");
        (bool ok, ) = to.call{value: amount}("");
        require(ok, "send");
        owed[msg.sender] = 0;
    }
}
