// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// A bank that keeps its accounts in a separate ledger only the ledger's owner may change.
/// The deployment script hands the ledger to the bank (`ledger.setOwner(bank)`): the world
/// wires the system the same way before the honest users deposit. `withdraw` pays before it
/// clears the ledger, so a re-entrant withdrawal is paid twice from the honest deposits.

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
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send");
        ledger.clear(msg.sender);
    }
}
