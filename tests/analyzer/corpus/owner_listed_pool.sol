// expect: reentrancy same-function
// contract: PoolRegistry
pragma solidity ^0.8.20;

/// A registry whose owner lists ether pools after deployment, one contract per pool (a
/// protocol that adds markets by governance). The pools exist only once the owner listed them.
contract PoolRegistry {
    address public immutable owner;
    Pool[] public pools;

    event Listed(address pool, uint256 cap);

    constructor() {
        owner = msg.sender;
    }

    function list(uint256 cap) external returns (Pool pool) {
        require(msg.sender == owner, "only owner");
        require(cap >= 1 ether, "cap too small");
        pool = new Pool(cap);
        pools.push(pool);
        emit Listed(address(pool), cap);
    }

    function count() external view returns (uint256) {
        return pools.length;
    }
}

contract Pool {
    uint256 public immutable cap;
    mapping(address => uint256) public shares;
    uint256 public total;

    constructor(uint256 cap_) {
        cap = cap_;
    }

    function join() external payable {
        require(msg.value > 0 && shares[msg.sender] + msg.value <= cap, "over the cap");
        shares[msg.sender] += msg.value;
        total += msg.value;
    }

    /// Pays a member out in full; the share is cleared after the transfer (the bug).
    function leave() external {
        uint256 s = shares[msg.sender];
        require(s > 0, "no share");
        (bool ok, ) = msg.sender.call{value: s}("");
        require(ok, "transfer failed");
        shares[msg.sender] = 0;
        total -= s;
    }
}
