// expect: safe
// contract: ClubWallet
pragma solidity ^0.8.20;
/// The look-alike of credit_moved_during_cashout: `cashOut` clears the balance before it pays,
/// so the balance a re-entered `transfer` finds is already gone.
contract ClubWallet {
    mapping(address => uint256) public balanceOf;
    bool private busy;

    modifier locked() {
        require(!busy, "busy");
        busy = true;
        _;
        busy = false;
    }

    function join() external payable locked {
        require(msg.value > 0, "no dues");
        balanceOf[msg.sender] += msg.value;
    }

    function transfer(address to, uint256 amount) external {
        require(to != address(0), "nobody");
        require(balanceOf[msg.sender] >= amount, "not enough");
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
    }

    function cashOut() external locked {
        uint256 amount = balanceOf[msg.sender];
        require(amount > 0, "nothing to cash out");
        balanceOf[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "payment failed");
    }
}
