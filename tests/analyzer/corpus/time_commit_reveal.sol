// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// A sealed-bid auction whose phases the deployer sets in the constructor: bidders commit a
/// hash of their bid and a salt with a deposit, and after the commit phase reveal it; the
/// deposit above the bid is refunded at once. No constant names the phases' lengths: the
/// clock must jump to the deadline the deployed auction holds, and the bid hash is the one
/// reveal computes. The refund is paid before the commitment is deleted: re-entering
/// reveal refunds the deposit again, out of the other bidders' deposits.
contract SealedBids {
    struct Commitment {
        bytes32 sealedBid;
        uint256 deposit;
    }

    address public immutable seller;
    uint256 public immutable commitEnd;
    uint256 public immutable revealEnd;
    uint256 public highestBid;
    address public highestBidder;
    mapping(address => Commitment) public commitments;

    modifier onlyBefore(uint256 t) {
        require(block.timestamp < t, "too late");
        _;
    }

    modifier onlyAfter(uint256 t) {
        require(block.timestamp >= t, "too early");
        _;
    }

    constructor(uint256 commitTime, uint256 revealTime) {
        seller = msg.sender;
        commitEnd = block.timestamp + commitTime;
        revealEnd = commitEnd + revealTime;
    }

    function commit(bytes32 sealedBid) external payable onlyBefore(commitEnd) {
        require(commitments[msg.sender].deposit == 0, "already committed");
        require(msg.value > 0, "deposit required");
        commitments[msg.sender] = Commitment(sealedBid, msg.value);
    }

    function reveal(uint256 bid, bytes32 salt) external onlyAfter(commitEnd) onlyBefore(revealEnd) {
        Commitment storage c = commitments[msg.sender];
        require(c.deposit > 0, "no commitment");
        require(c.sealedBid == keccak256(abi.encodePacked(bid, salt)), "does not match");
        uint256 refund = c.deposit;
        if (bid <= c.deposit && bid > highestBid) {
            highestBid = bid;
            highestBidder = msg.sender;
            refund = c.deposit - bid;
        }
        if (refund > 0) {
            (bool ok, ) = payable(msg.sender).call{value: refund}("");
            require(ok, "refund failed");
        }
        delete commitments[msg.sender];
    }
}
