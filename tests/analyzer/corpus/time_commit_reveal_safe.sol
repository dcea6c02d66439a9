// expect: safe
// options: defaults
pragma solidity ^0.8.20;
/// time_commit_reveal.sol fixed: reveal deletes the commitment before it refunds the
/// deposit, so a re-entered reveal finds no commitment.
contract SealedBidsCEI {
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
        delete commitments[msg.sender];
        if (refund > 0) {
            (bool ok, ) = payable(msg.sender).call{value: refund}("");
            require(ok, "refund failed");
        }
    }
}
