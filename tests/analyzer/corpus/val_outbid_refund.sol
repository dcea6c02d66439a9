// expect: reentrancy same-function
// txs: 3
pragma solidity ^0.8.20;
/// An auction whose outbid bidders withdraw their pending returns, paid before they are
/// cleared. Reaching it needs bids above the honest users' (values larger than anything the
/// contract holds): outbid them, outbid yourself, then withdraw and re-enter.
contract PullAuctionLate {
    address public highestBidder;
    uint256 public highestBid;
    mapping(address => uint256) public pendingReturns;
    function bid() external payable {
        require(msg.value > highestBid, "too low");
        if (highestBidder != address(0)) pendingReturns[highestBidder] += highestBid;
        highestBidder = msg.sender;
        highestBid = msg.value;
    }
    function withdraw() external {
        uint256 a = pendingReturns[msg.sender];
        require(a > 0, "nothing");
        (bool ok, ) = msg.sender.call{value: a}("");
        require(ok, "failed");
        pendingReturns[msg.sender] = 0;
    }
}
