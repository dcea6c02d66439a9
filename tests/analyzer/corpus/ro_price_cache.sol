// expect: reentrancy read-only
pragma solidity ^0.8.20;
/// Read-only reentrancy (the Curve virtual-price pattern). The pool burns the shares, pays,
/// and only then books the reserves: during the payout `price()` is inflated. The pool
/// itself is guarded, but a price cache that any keeper may refresh records the inflated
/// price from inside the callback.
contract Pool {
    mapping(address => uint256) public shares;
    uint256 public totalShares;
    uint256 public reserves;
    bool private locked;
    modifier guarded() {
        require(!locked, "locked");
        locked = true;
        _;
        locked = false;
    }
    function deposit() external payable guarded {
        shares[msg.sender] += msg.value;
        totalShares += msg.value;
        reserves += msg.value;
    }
    function withdraw() external guarded {
        uint256 s = shares[msg.sender];
        require(s > 0, "no shares");
        shares[msg.sender] = 0;
        totalShares -= s;
        (bool ok, ) = msg.sender.call{value: s}("");
        require(ok, "failed");
        reserves -= s;
    }
    /// Reserves per share, scaled by 1e18.
    function price() external view returns (uint256) {
        return totalShares == 0 ? 1e18 : (reserves * 1e18) / totalShares;
    }
}
/// #invariant cached == 0 || cached == 1e18;
contract PriceCache {
    Pool public immutable pool;
    uint256 public cached;
    constructor(Pool p) { pool = p; }
    function refresh() external { cached = pool.price(); }
}
