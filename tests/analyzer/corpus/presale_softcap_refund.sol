// expect: reentrancy same-function claimRefund
// options: defaults
// A presale that refunds its buyers when it closes below its soft cap. The honest users' usual
// deposits (5 and 3 ether) already reach the cap, so no refund ever pays in the explorer's usual
// world; the guided search's second world, whose users deposit a hundredth as much, leaves the
// sale short, and a purchase smaller than the pool is refunded again from inside its refund.
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
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "pay");
        paidIn[msg.sender] = 0;
    }
}
