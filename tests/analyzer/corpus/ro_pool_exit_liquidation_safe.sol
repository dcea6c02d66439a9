// expect: safe
// contract: LoanMarket
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The look-alike of ro_pool_exit_liquidation: the pool burns the shares before it pays,
/// so the price its view reads during the exit's callback is the price after the exit: no
/// healthy loan looks liquidatable inside it.
contract StakePool {
    mapping(address => uint256) public shares;
    uint256 public totalShares;
    uint256 public reserves;
    function join() external payable {
        require(msg.value > 0, "nothing");
        shares[msg.sender] += msg.value;
        totalShares += msg.value;
        reserves += msg.value;
    }
    function exit() external {
        uint256 s = shares[msg.sender];
        require(s > 0, "no shares");
        shares[msg.sender] = 0;
        reserves -= s;
        totalShares -= s;
        (bool ok, ) = msg.sender.call{value: s}("");
        require(ok, "failed");
    }
    function sharePrice() public view returns (uint256) {
        return totalShares == 0 ? 1e18 : (reserves * 1e18) / totalShares;
    }
}
contract LoanMarket {
    StakePool public immutable pool;
    mapping(address => uint256) public collateral;
    mapping(address => uint256) public debt;
    constructor(StakePool p) { pool = p; }
    function supply() external payable {
        require(msg.value > 0, "nothing");
        collateral[msg.sender] += msg.value;
    }
    function value(address who) public view returns (uint256) {
        return (collateral[who] * pool.sharePrice()) / 1e18;
    }
    function borrow(uint256 amount) external {
        require(debt[msg.sender] + amount <= value(msg.sender) / 2, "limit");
        debt[msg.sender] += amount;
        payable(msg.sender).transfer(amount);
    }
    function repay() external payable {
        require(msg.value <= debt[msg.sender], "too much");
        debt[msg.sender] -= msg.value;
    }
    function liquidate(address who) external payable {
        uint256 owed = debt[who];
        require(owed > 0, "no debt");
        require(owed * 10 > value(who) * 8, "healthy");
        require(msg.value == owed, "repay all");
        uint256 seized = collateral[who];
        debt[who] = 0;
        collateral[who] = 0;
        payable(msg.sender).transfer(seized);
    }
}
