// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// An auction that never pushes refunds: outbid bidders withdraw their pending returns,
/// which are zeroed first.
/// #invariant address(this).balance >= highestBid + sum(pendingReturns);
contract PullAuction {
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
        pendingReturns[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: a}("");
        require(ok, "failed");
    }
}
