// expect: safe
// options: defaults
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The auction of honest_outbids_auction_refund, clearing what is owed before it pays
/// (checks-effects-interactions).
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
        owed[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send");
    }
}
