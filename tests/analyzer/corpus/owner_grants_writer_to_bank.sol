// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// A ledger that only approved writers may credit (`writers[msg.sender]`), and a bank that
/// keeps its accounts there. The owner approves writers (`addWriter(bank)`): a function that
/// grants access, so the honest owner names only the system's own contracts and honest
/// accounts in it, never the adversary, but it does call it. `withdraw` pays before it clears
/// the ledger: once the bank is a writer, a re-entrant withdrawal is paid twice.

contract Ledger {
    address public immutable owner = msg.sender;
    mapping(address => bool) public writers;
    mapping(address => uint256) public credit;

    function addWriter(address w) external {
        require(msg.sender == owner, "owner");
        writers[w] = true;
    }

    function add(address who, uint256 amount) external {
        require(writers[msg.sender], "writer");
        credit[who] += amount;
    }

    function clear(address who) external {
        require(writers[msg.sender], "writer");
        credit[who] = 0;
    }
}

contract Bank {
    Ledger public immutable ledger;

    constructor(Ledger l) {
        ledger = l;
    }

    function deposit() external payable {
        ledger.add(msg.sender, msg.value);
    }

    function withdraw() external {
        uint256 amount = ledger.credit(msg.sender);
        require(amount > 0, "empty");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send");
        ledger.clear(msg.sender);
    }
}
