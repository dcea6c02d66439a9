// expect: safe
// options: defaults
pragma solidity ^0.8.20;
/// wallet_cap_change_refund.sol fixed: the seats are counted before the change is returned, so
/// a purchase made from the change sees them and the wallet limit holds.
contract MembersPresale {
    uint256 public constant SEAT_PRICE = 0.25 ether;
    uint256 public constant MAX_PER_WALLET = 2;

    address public immutable admin;
    bool public open;
    mapping(address => bool) public member;
    mapping(address => uint256) public seats;

    constructor() {
        admin = msg.sender;
    }

    function admit(address[] calldata wallets) external {
        require(msg.sender == admin, "admin only");
        for (uint256 i = 0; i < wallets.length; i++) member[wallets[i]] = true;
    }

    function start() external {
        require(msg.sender == admin, "admin only");
        open = true;
    }

    function reserve(uint256 count) external payable {
        require(open && member[msg.sender], "closed");
        require(count > 0, "nothing");
        require(seats[msg.sender] + count <= MAX_PER_WALLET, "wallet limit");
        uint256 cost = count * SEAT_PRICE;
        require(msg.value >= cost, "underpaid");
        seats[msg.sender] += count;
        if (msg.value > cost) {
            (bool ok, ) = msg.sender.call{value: msg.value - cost}("");
            require(ok, "change failed");
        }
    }
}
