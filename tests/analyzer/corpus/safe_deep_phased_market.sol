// expect: safe
// contract: PhasedMarket
// options: defaults
pragma solidity ^0.8.20;
/// The look-alike of deep_phased_market: the withdrawal books before it pays.
contract PhasedMarket {
    address public owner;
    bool public open;
    mapping(address => uint256) public deposits;
    mapping(address => bool) public member;
    mapping(address => mapping(address => uint256)) public allowance;

    constructor() {
        owner = msg.sender;
    }

    function deposit() external payable {
        deposits[msg.sender] += msg.value;
    }

    function openMarket() external {
        require(msg.sender == owner, "only the owner");
        open = true;
    }

    function join() external {
        require(open, "closed");
        require(deposits[msg.sender] > 0, "deposit first");
        member[msg.sender] = true;
    }

    function approve(address operator, uint256 amount) external {
        require(member[msg.sender], "not a member");
        allowance[msg.sender][operator] = amount;
    }

    function withdrawAllFrom(address account) external {
        require(open, "closed");
        require(member[account], "not a member");
        uint256 amount = deposits[account];
        require(amount > 0, "nothing");
        require(allowance[account][msg.sender] >= amount, "not allowed");
        deposits[account] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "payout failed");
    }
}
