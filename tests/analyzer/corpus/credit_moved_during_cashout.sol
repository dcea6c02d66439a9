// expect: adversary-profit cross-function
// contract: ClubWallet
pragma solidity ^0.8.20;
/// A club wallet keeps members' ether as internal balances that members may transfer to each
/// other. `cashOut` is locked against re-entering itself, but it pays before it clears the
/// balance, and `transfer` is not locked: from the payment the adversary transfers the same
/// balance to its accomplice. The ether comes back and the balance survives: run one after the
/// other, the calls give either the ether (the cash-out clears the balance) or the balance
/// (transferred first, nothing is left to cash out), never both. No single asset shows the
/// gain; the pair does.
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
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "payment failed");
        balanceOf[msg.sender] = 0;
    }
}
