// expect: invariant
pragma solidity ^0.8.20;
contract Schedule {
    uint256 public immutable start;
    constructor() { start = block.timestamp + 1 days; }
    function vested(uint256 amount) external view returns (uint256) {
        return block.timestamp >= start ? amount : 0;
    }
}

/// The vesting vault of safe_inv_vesting_view_clock.sol, whose release() checks the amount
/// against the total instead of against what has vested: releasing before the schedule
/// unlocks breaks the invariant, which reads the schedule's clock-dependent view.
/// #invariant released <= schedule.vested(total);
contract VestingVault {
    Schedule public immutable schedule;
    address public immutable beneficiary;
    uint256 public constant total = 10 ether;
    uint256 public released;
    constructor() payable {
        schedule = new Schedule();
        beneficiary = msg.sender;
    }
    function release(uint256 amount) external {
        require(amount > 0 && released + amount <= total, "amount");
        released += amount;
        payable(beneficiary).transfer(amount);
    }
    receive() external payable {}
}
