// expect: reentrancy read-only
// contract: Lender
pragma solidity ^0.8.20;
/// ro_lender_collateral analyzed as `--contract Lender`: the pool it is given at deployment is
/// part of the system (an instance of the parameter's type), not dropped.
contract LiquidityPool {
    mapping(address => uint256) public shares;
    uint256 public totalShares;
    uint256 public reserves;
    uint256 private busy;
    function join() external payable {
        require(busy == 0, "busy");
        shares[msg.sender] += msg.value;
        totalShares += msg.value;
        reserves += msg.value;
    }
    function exit() external {
        require(busy == 0, "busy");
        busy = 1;
        uint256 s = shares[msg.sender];
        require(s > 0, "no shares");
        shares[msg.sender] = 0;
        totalShares -= s;
        (bool ok, ) = msg.sender.call{value: s}("");
        require(ok, "failed");
        reserves -= s;
        busy = 0;
    }
    function sharePrice() external view returns (uint256) {
        return totalShares == 0 ? 1e18 : (reserves * 1e18) / totalShares;
    }
}
contract Lender {
    LiquidityPool public immutable pool;
    mapping(address => uint256) public creditLine;
    constructor(LiquidityPool p) { pool = p; }
    function openCredit() external {
        require(creditLine[msg.sender] == 0, "open");
        creditLine[msg.sender] = pool.sharePrice();
    }
}
