// expect: adversary-profit same-function
// txs: 3
pragma solidity ^0.8.20;
/// The Solidity documentation's open auction, with withdraw paying before it zeroes. The
/// bidding time is a constructor argument added to the clock: the world deploys it with a
/// day, so the bids happen before the end.

contract OpenAuction {
    address public beneficiary;
    uint256 public auctionEnd;
    address public highestBidder;
    uint256 public highestBid;
    bool public ended;
    mapping(address => uint256) public pendingReturns;

    constructor(uint256 biddingTime) {
        beneficiary = msg.sender;
        auctionEnd = block.timestamp + biddingTime;
    }

    function bid() external payable {
        require(block.timestamp <= auctionEnd, "ended");
        require(msg.value > highestBid, "low");
        if (highestBid != 0) pendingReturns[highestBidder] += highestBid;
        highestBidder = msg.sender;
        highestBid = msg.value;
    }

    function withdraw() external returns (bool) {
        uint256 amount = pendingReturns[msg.sender];
        if (amount > 0) {
            (bool ok, ) = payable(msg.sender).call{value: amount}("");
            if (!ok) return false;
            pendingReturns[msg.sender] = 0;
        }
        return true;
    }

    function endAuction() external {
        require(block.timestamp >= auctionEnd, "not yet");
        require(!ended, "done");
        ended = true;
        payable(beneficiary).transfer(highestBid);
    }
}
