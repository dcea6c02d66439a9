// expect: adversary-profit same-function
// options: defaults
// contract: Fundraiser
// A fundraiser whose target and length the deployer passes to the constructor. Until the end
// donors give; after it the organiser collects when the target was reached, and otherwise every
// donor takes its gift back. `withdrawGift` pays before it forgets the gift, so a donor's
// fallback withdraws again. A small target is reached by the honest donors' gifts, and then
// no refund ever runs: the analysis must choose a target above what they give.
pragma solidity ^0.8.20;

contract Fundraiser {
    address public immutable organiser;
    uint256 public immutable target;
    uint256 public immutable endsAt;
    uint256 public raised;
    bool public collected;
    mapping(address => uint256) public giftOf;

    constructor(address organiser_, uint256 target_, uint256 lengthInDays) {
        require(organiser_ != address(0) && target_ > 0, "bad setup");
        require(lengthInDays >= 1 && lengthInDays <= 60, "bad length");
        organiser = organiser_;
        target = target_;
        endsAt = block.timestamp + lengthInDays * 1 days;
    }

    function give() external payable {
        require(block.timestamp < endsAt, "over");
        require(msg.value > 0, "nothing given");
        giftOf[msg.sender] += msg.value;
        raised += msg.value;
    }

    function collect() external {
        require(msg.sender == organiser, "not the organiser");
        require(block.timestamp >= endsAt && raised >= target && !collected, "cannot collect");
        collected = true;
        (bool ok, ) = organiser.call{value: address(this).balance}("");
        require(ok, "collect failed");
    }

    function withdrawGift() external {
        require(block.timestamp >= endsAt, "still running");
        require(raised < target, "target reached");
        uint256 gift = giftOf[msg.sender];
        require(gift > 0, "no gift");
        (bool ok, ) = msg.sender.call{value: gift}("");
        require(ok, "refund failed");
        giftOf[msg.sender] = 0;
    }
}
