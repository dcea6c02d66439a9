// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The DAO's split with its books updated before the payout (the fix of 2016's bug).
/// #invariant totalSupply == sum(balances);
/// #invariant address(this).balance >= totalSupply;
contract CeiDAO {
    mapping(address => uint256) public balances;
    uint256 public totalSupply;
    function deposit() external payable {
        require(msg.value > 0, "nothing");
        balances[msg.sender] += msg.value;
        totalSupply += msg.value;
    }
    function transfer(address to, uint256 amount) external returns (bool) {
        require(amount <= balances[msg.sender], "insufficient");
        balances[msg.sender] -= amount;
        balances[to] += amount;
        return true;
    }
    function splitDAO() external returns (bool) {
        uint256 share = balances[msg.sender];
        require(share > 0, "no tokens");
        totalSupply -= share;
        balances[msg.sender] = 0;
        (bool ok, ) = payable(msg.sender).call{value: share}("");
        require(ok, "payout failed");
        return true;
    }
}
