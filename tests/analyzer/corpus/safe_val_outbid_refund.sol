// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// A push-refund auction (not the look-alike of val_outbid_refund, whose safe twin is
/// safe_auction_pull): the new bid is booked before the refund, paid with a 2300-gas stipend.
contract PushAuction {
    address public highestBidder;
    uint256 public highestBid;
    mapping(address => uint256) public refunds;
    function bid() external payable {
        require(msg.value > highestBid, "too low");
        address previous = highestBidder;
        uint256 amount = highestBid;
        highestBidder = msg.sender;
        highestBid = msg.value;
        if (previous != address(0)) {
            refunds[previous] += amount;
            payable(previous).transfer(amount);
        }
    }
}
