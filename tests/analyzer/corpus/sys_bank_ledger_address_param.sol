// expect: reentrancy same-function
// contract: Bank
// options: defaults
pragma solidity ^0.8.20;
/// A bank that keeps the ether and a ledger that keeps the books, wired as a deployment script
/// does: the ledger first, the bank given its address (a plain `address`, converted to the
/// ledger's type in the constructor), then the ledger's owner makes the bank its writer.
/// `--contract Bank` analyses the bank with the ledger it needs. The withdrawal pays before it
/// tells the ledger to clear the balance, so a re-entrant withdrawal is paid the same balance.
contract Bank {
    Ledger public immutable ledger;

    constructor(address ledgerAddress) {
        ledger = Ledger(ledgerAddress);
    }

    function deposit() external payable {
        require(msg.value > 0, "zero");
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

contract Ledger {
    address public owner;
    address public writer;
    mapping(address => uint256) public balanceOf;

    constructor() {
        owner = msg.sender;
    }

    function setWriter(address w) external {
        require(msg.sender == owner, "owner");
        writer = w;
    }

    function credit(address user, uint256 amount) external {
        require(msg.sender == writer, "writer");
        balanceOf[user] += amount;
    }

    function clear(address user) external {
        require(msg.sender == writer, "writer");
        balanceOf[user] = 0;
    }
}
