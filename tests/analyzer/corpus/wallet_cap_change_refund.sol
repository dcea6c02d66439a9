// expect: reentrancy same-function
// options: defaults
pragma solidity ^0.8.20;
/// A members' presale: each allowlisted wallet may buy at most MAX_PER_WALLET seats, and any
/// overpayment is returned as change before the purchase is counted. The buyer's contract buys
/// again from the change it receives: the wallet limit, read before either purchase was
/// counted, lets both through and the wallet ends above its cap. No ether is stolen (each
/// seat is paid for): the harm is the per-wallet cap broken, which no holding measures.
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
        if (msg.value > cost) {
            (bool ok, ) = msg.sender.call{value: msg.value - cost}("");
            require(ok, "change failed");
        }
        seats[msg.sender] += count;
    }
}
