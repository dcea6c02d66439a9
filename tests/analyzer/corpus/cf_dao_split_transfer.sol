// expect: reentrancy cross-function
pragma solidity ^0.8.20;
/// The DAO's second attack: splitDAO holds a lock, but the token transfer does not, so the
/// splitter hands her tokens to another account before they are burnt.
/// #invariant totalSupply == sum(balances);
contract LockedSplitDAO {
    mapping(address => uint256) public balances;
    uint256 public totalSupply;
    bool private splitting;
    function buy() external payable {
        require(!splitting, "busy");
        balances[msg.sender] += msg.value;
        totalSupply += msg.value;
    }
    function transfer(address to, uint256 amount) external returns (bool) {
        require(balances[msg.sender] >= amount, "insufficient");
        balances[msg.sender] -= amount;
        balances[to] += amount;
        return true;
    }
    function splitDAO() external returns (bool) {
        require(!splitting, "busy");
        splitting = true;
        uint256 share = balances[msg.sender];
        require(share > 0, "no tokens");
        (bool ok, ) = msg.sender.call{value: share}("");
        require(ok, "payout failed");
        totalSupply -= share;
        balances[msg.sender] = 0;
        splitting = false;
        return true;
    }
}
