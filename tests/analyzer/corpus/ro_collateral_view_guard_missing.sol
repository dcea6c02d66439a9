// expect: reentrancy read-only
pragma solidity ^0.8.20;
/// A vault whose `redeem` is locked but whose `assetsPerShare()` view is not; a minter that
/// prices its mints off that view mints at the inflated mid-redeem price.
contract SharesVault {
    mapping(address => uint256) public shares;
    uint256 public totalShares;
    uint256 public assets;
    uint256 private locked = 1;
    function deposit() external payable {
        require(locked == 1, "locked");
        shares[msg.sender] += msg.value;
        totalShares += msg.value;
        assets += msg.value;
    }
    function redeem() external {
        require(locked == 1, "locked");
        locked = 2;
        uint256 s = shares[msg.sender];
        require(s > 0, "none");
        shares[msg.sender] = 0;
        totalShares -= s;
        (bool ok, ) = msg.sender.call{value: s}("");
        require(ok, "failed");
        assets -= s;
        locked = 1;
    }
    function assetsPerShare() external view returns (uint256) {
        return totalShares == 0 ? 1e18 : (assets * 1e18) / totalShares;
    }
}
/// #invariant minted % 1e18 == 0;
contract PointsMinter {
    SharesVault public immutable vault;
    mapping(address => bool) public done;
    uint256 public minted;
    constructor(SharesVault v) { vault = v; }
    function mintPoints() external {
        require(!done[msg.sender], "done");
        done[msg.sender] = true;
        minted += vault.assetsPerShare();
    }
}
