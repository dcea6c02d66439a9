// expect: safe
// options: defaults
pragma solidity ^0.8.20;
/// The owner adds minters (`isMinter[who] = true`) and pays out ether to any account. Making
/// the adversary a minter would hand it access, so the honest owner never names the
/// adversary there; paying it (`payout(to, amount)` records a claim) is a service. Claims are
/// cleared before the payment: nothing here is re-entrant.

contract Treasury {
    address public owner;
    mapping(address => bool) public isMinter;
    mapping(address => uint256) public claims;
    uint256 public minted;

    constructor() {
        owner = msg.sender;
    }

    function fund() external payable {}

    function addMinter(address who) external {
        require(msg.sender == owner, "owner");
        isMinter[who] = true;
    }

    function mint(uint256 amount) external {
        require(isMinter[msg.sender], "minter");
        minted += amount;
    }

    function payout(address to, uint256 amount) external {
        require(msg.sender == owner, "owner");
        claims[to] += amount;
    }

    function claim() external {
        uint256 amount = claims[msg.sender];
        require(amount > 0 && address(this).balance >= amount, "nothing");
        claims[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send");
    }
}
