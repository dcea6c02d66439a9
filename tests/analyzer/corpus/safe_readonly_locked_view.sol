// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The pool books its reserves late, but its view refuses to answer while the lock is held,
/// so the cache cannot record the stale price from inside the callback.
contract LockedViewPool {
    mapping(address => uint256) public shares;
    uint256 public totalShares;
    uint256 public reserves;
    bool private locked;
    function deposit() external payable {
        require(!locked, "locked");
        shares[msg.sender] += msg.value;
        totalShares += msg.value;
        reserves += msg.value;
    }
    function withdraw() external {
        require(!locked, "locked");
        locked = true;
        uint256 s = shares[msg.sender];
        require(s > 0, "no shares");
        shares[msg.sender] = 0;
        totalShares -= s;
        (bool ok, ) = msg.sender.call{value: s}("");
        require(ok, "failed");
        reserves -= s;
        locked = false;
    }
    function price() external view returns (uint256) {
        require(!locked, "locked");
        return totalShares == 0 ? 1e18 : (reserves * 1e18) / totalShares;
    }
}
contract LockedViewCache {
    LockedViewPool public immutable pool;
    uint256 public cached;
    constructor(LockedViewPool p) { pool = p; }
    function refresh() external { cached = pool.price(); }
}
