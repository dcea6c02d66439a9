// expect: safe
// contract: WillRegistry
// options: defaults
pragma solidity ^0.8.20;

/// A dead man's switch: a testator locks an estate for one heir, who may claim it once the
/// testator has not checked in for the chosen period. A will must give its heir exactly 100 %
/// (in basis points) and wait at least thirty days: values the argument domains only hold
/// because the code compares the parameters with them. `claim` records the claim before it
/// pays (checks-effects-interactions).
contract WillRegistry {
    struct Will {
        address testator;
        address heir;
        uint256 estate;
        uint256 shareBps;
        uint256 lastCheckIn;
        uint256 period;
    }

    uint256 public constant MIN_PERIOD = 30 days;
    uint256 public wills;
    mapping(uint256 => Will) private willOf;
    mapping(uint256 => bool) public claimed;

    function createWill(address heir, uint256 shareBps, uint256 period) external payable returns (uint256 id) {
        require(msg.value > 0, "empty estate");
        require(heir != address(0), "no heir");
        require(shareBps == 10_000, "shares must add up to 100%");
        require(period >= MIN_PERIOD, "period too short");
        id = ++wills;
        willOf[id] = Will(msg.sender, heir, msg.value, shareBps, block.timestamp, period);
    }

    function checkIn(uint256 id) external {
        require(willOf[id].testator == msg.sender, "not the testator");
        willOf[id].lastCheckIn = block.timestamp;
    }

    function claim(uint256 id) external {
        Will storage w = willOf[id];
        require(w.heir == msg.sender, "not the heir");
        require(block.timestamp > w.lastCheckIn + w.period, "testator still active");
        require(!claimed[id], "claimed");
        claimed[id] = true;
        (bool ok, ) = msg.sender.call{value: w.estate * w.shareBps / 10_000}("");
        require(ok, "transfer failed");
    }
}
