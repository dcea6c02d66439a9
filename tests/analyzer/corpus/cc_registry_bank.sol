// expect: reentrancy cross-contract
pragma solidity ^0.8.20;
/// A membership registry and a bank that pays members their deposit back when they leave.
/// Leaving pays before it deregisters: from the callback, the member transfers her
/// membership (and the deposit it carries) to a friend in the registry.
contract Registry {
    mapping(address => uint256) public deposit;
    mapping(address => bool) public member;
    address public bank;
    function bind() external {
        require(bank == address(0), "bound");
        bank = msg.sender;
    }
    function register(address who, uint256 amount) external {
        require(msg.sender == bank, "only bank");
        member[who] = true;
        deposit[who] += amount;
    }
    function deregister(address who) external {
        require(msg.sender == bank, "only bank");
        member[who] = false;
        deposit[who] = 0;
    }
    function handOver(address to) external {
        require(member[msg.sender] && to != msg.sender, "cannot hand over");
        member[to] = true;
        deposit[to] += deposit[msg.sender];
        member[msg.sender] = false;
        deposit[msg.sender] = 0;
    }
}
contract MemberBank {
    Registry public immutable registry;
    bool private paying;
    constructor(Registry r) {
        registry = r;
        r.bind();
    }
    function join() external payable {
        require(!paying && msg.value > 0, "cannot join");
        registry.register(msg.sender, msg.value);
    }
    function leave() external {
        require(!paying, "busy");
        require(registry.member(msg.sender), "not a member");
        paying = true;
        uint256 d = registry.deposit(msg.sender);
        (bool ok, ) = msg.sender.call{value: d}("");
        require(ok, "failed");
        registry.deregister(msg.sender);
        paying = false;
    }
}
