// expect: reentrancy cross-function
pragma solidity ^0.8.20;
/// Credits convert to points; converting while a cash-out of the same credits is paying
/// leaves the caller with both the ether and the points.
contract CreditPoints {
    mapping(address => uint256) public credits;
    mapping(address => uint256) public points;
    enum Phase { Open, Paying }
    Phase private phase;
    function buyCredits() external payable {
        require(phase == Phase.Open, "paying");
        credits[msg.sender] += msg.value;
    }
    function toPoints() external {
        uint256 c = credits[msg.sender];
        require(c > 0, "no credits");
        credits[msg.sender] = 0;
        points[msg.sender] += c;
    }
    function cashOut() external {
        require(phase == Phase.Open, "paying");
        phase = Phase.Paying;
        uint256 c = credits[msg.sender];
        require(c > 0, "no credits");
        (bool ok, ) = msg.sender.call{value: c}("");
        require(ok, "failed");
        credits[msg.sender] = 0;
        phase = Phase.Open;
    }
}
