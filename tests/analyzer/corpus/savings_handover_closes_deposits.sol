// expect: reentrancy cross-contract
// options: defaults
// The first savings book closes to new savings once the owner names its successor, and hands a
// saver's balance over to the successor on the saver's request (the successor asks for it).
// `close` pays the saver before it clears the balance, under its own lock only: from the
// payment the saver asks the successor to take the same balance over, so it is paid twice.
// The attack needs a saving made before the owner names the successor, so the set-up must not
// name it first (naming it refuses every later saving).
pragma solidity ^0.8.20;

contract SavingsBook {
    address public owner;
    address public successor;
    mapping(address => uint256) public saved;
    bool private busy;

    constructor() {
        owner = msg.sender;
    }

    function setSuccessor(address s) external {
        require(msg.sender == owner, "owner");
        successor = s;
    }

    function save() external payable {
        require(successor == address(0), "closed");
        saved[msg.sender] += msg.value;
    }

    function close() external {
        require(!busy, "busy");
        busy = true;
        uint256 amount = saved[msg.sender];
        require(amount > 0, "nothing");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send");
        saved[msg.sender] = 0;
        busy = false;
    }

    function handOver(address saver) external returns (uint256 amount) {
        require(msg.sender == successor, "successor");
        amount = saved[saver];
        require(amount > 0, "nothing");
        saved[saver] = 0;
        (bool ok, ) = successor.call{value: amount}("");
        require(ok, "send");
    }
}

contract SavingsBookV2 {
    SavingsBook public immutable previous;
    mapping(address => uint256) public saved;

    constructor(SavingsBook p) {
        previous = p;
    }

    receive() external payable {
        require(msg.sender == address(previous), "save instead");
    }

    function save() external payable {
        saved[msg.sender] += msg.value;
    }

    function takeOver() external {
        saved[msg.sender] += previous.handOver(msg.sender);
    }

    function withdraw() external {
        uint256 amount = saved[msg.sender];
        saved[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send");
    }
}
