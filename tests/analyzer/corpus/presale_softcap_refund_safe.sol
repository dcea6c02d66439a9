// expect: safe
// options: defaults
// The presale look-alike that clears the buyer's record before it refunds it
// (checks-effects-interactions).
pragma solidity ^0.8.20;

contract Presale {
    address public organizer;
    uint256 public immutable closesAt;
    uint256 public constant SOFT_CAP = 6 ether;
    uint256 public constant MAX_TICKET = 20 ether;
    uint256 public raised;
    bool public withdrawn;
    mapping(address => uint256) public paidIn;

    constructor() {
        organizer = msg.sender;
        closesAt = block.timestamp + 10 days;
    }

    function contribute() external payable {
        require(block.timestamp < closesAt, "closed");
        require(msg.value > 0 && paidIn[msg.sender] + msg.value <= MAX_TICKET, "amount");
        paidIn[msg.sender] += msg.value;
        raised += msg.value;
    }

    function reachedCap() public view returns (bool) {
        return raised >= SOFT_CAP;
    }

    function takeProceeds() external {
        require(msg.sender == organizer, "organizer");
        require(block.timestamp >= closesAt && reachedCap() && !withdrawn, "not yet");
        withdrawn = true;
        (bool ok, ) = payable(organizer).call{value: address(this).balance}("");
        require(ok, "pay");
    }

    function claimRefund() external {
        require(block.timestamp >= closesAt && !reachedCap(), "no refund");
        uint256 amount = paidIn[msg.sender];
        require(amount > 0, "nothing");
        paidIn[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "pay");
    }
}
