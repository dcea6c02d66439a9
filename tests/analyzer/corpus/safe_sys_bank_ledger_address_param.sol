// expect: safe
// contract: Bank
// options: defaults
pragma solidity ^0.8.20;
/// The bank of sys_bank_ledger_address_param, clearing the balance before it pays
/// (checks-effects-interactions).
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
        ledger.clear(msg.sender);
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send");
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
