// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// An English auction for a day. An outbid bidder's ether is owed back, claimable once the
/// seller has finalized the auction after its end; the claim pays before it clears what is
/// owed. The adversary's refund exists only once someone outbids it: an honest latecomer
/// bids over it, the clock passes the end, the seller finalizes, and the adversary's claim
/// re-enters itself and is paid its refund again, out of the winning bid.
contract DayAuction {
    address public immutable seller;
    uint256 public immutable endsAt;
    bool public finalized;
    address public leader;
    uint256 public leadingBid;
    mapping(address => uint256) public owed;

    constructor() {
        seller = msg.sender;
        endsAt = block.timestamp + 1 days;
    }

    function bid() external payable {
        require(block.timestamp < endsAt, "over");
        require(msg.value > leadingBid, "low");
        if (leader != address(0)) owed[leader] += leadingBid;
        leader = msg.sender;
        leadingBid = msg.value;
    }

    function finalize() external {
        require(msg.sender == seller, "seller");
        require(block.timestamp >= endsAt, "running");
        require(!finalized, "done");
        finalized = true;
    }

    function claim() external {
        require(finalized, "not final");
        uint256 amount = owed[msg.sender];
        require(amount > 0, "none");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send");
        owed[msg.sender] = 0;
    }
}
