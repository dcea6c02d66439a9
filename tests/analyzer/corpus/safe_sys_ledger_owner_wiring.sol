// expect: safe
// options: defaults
pragma solidity ^0.8.20;
/// The look-alike of sys_ledger_owner_wiring: withdraw clears the ledger before it pays.

contract Ledger {
    address public owner;
    mapping(address => uint256) public balanceOf;

    constructor() {
        owner = msg.sender;
    }

    function setOwner(address o) external {
        require(msg.sender == owner, "owner");
        owner = o;
    }

    function credit(address who, uint256 amount) external {
        require(msg.sender == owner, "owner");
        balanceOf[who] += amount;
    }

    function clear(address who) external {
        require(msg.sender == owner, "owner");
        balanceOf[who] = 0;
    }
}

contract Bank {
    Ledger public immutable ledger;

    constructor(Ledger l) {
        ledger = l;
    }

    function deposit() external payable {
        ledger.credit(msg.sender, msg.value);
    }

    function withdraw() external {
        uint256 amount = ledger.balanceOf(msg.sender);
        require(amount > 0, "empty");
        ledger.clear(msg.sender);
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send");
    }
}
