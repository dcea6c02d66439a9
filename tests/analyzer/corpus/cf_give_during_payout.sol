// expect: reentrancy cross-function
pragma solidity ^0.8.20;
/// A wallet whose `withdrawAll` is locked but whose `give` is not: the
/// caller gives her balance to a friend from the payout callback.
contract GiftWallet {
    mapping(address => uint256) public balanceOf;
    uint256 private entered;
    modifier once() {
        require(entered == 0, "re-entered");
        entered = 1;
        _;
        entered = 0;
    }
    function fund() external payable once { balanceOf[msg.sender] += msg.value; }
    function give(address to, uint256 amount) external {
        require(balanceOf[msg.sender] >= amount, "low");
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
    }
    function withdrawAll() external once {
        uint256 b = balanceOf[msg.sender];
        require(b > 0, "empty");
        (bool ok, ) = msg.sender.call{value: b}("");
        require(ok, "failed");
        balanceOf[msg.sender] = 0;
    }
}
