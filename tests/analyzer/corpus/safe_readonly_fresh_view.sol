// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The read-only look-alike: a pool and a price cache, but the pool books everything before
/// it pays, so the price a re-entrant reader sees is a consistent one.
/// #invariant reserves == totalShares;
contract FreshPool {
    mapping(address => uint256) public shares;
    uint256 public totalShares;
    uint256 public reserves;
    function deposit() external payable {
        shares[msg.sender] += msg.value;
        totalShares += msg.value;
        reserves += msg.value;
    }
    function withdraw() external {
        uint256 s = shares[msg.sender];
        require(s > 0, "no shares");
        shares[msg.sender] = 0;
        totalShares -= s;
        reserves -= s;
        (bool ok, ) = msg.sender.call{value: s}("");
        require(ok, "failed");
    }
    function price() external view returns (uint256) {
        return totalShares == 0 ? 1e18 : (reserves * 1e18) / totalShares;
    }
}
/// No #invariant here: `cached == 0 || cached == 1e18` holds only because of FreshPool's own
/// invariant, which a proof of this contract alone cannot use.
contract FreshCache {
    FreshPool public immutable pool;
    uint256 public cached;
    constructor(FreshPool p) { pool = p; }
    function refresh() external { cached = pool.price(); }
}
