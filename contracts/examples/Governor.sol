// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Governor: a small DAO with ether-weighted voting and proposal execution
/// @notice Members join by locking ether; voting power is the ether locked. A member with
/// enough power proposes a call (target, value, calldata hash, description hash); members
/// vote for or against during the voting period; a proposal with a quorum and more for than
/// against votes is executed after a queue delay. Locked ether cannot leave while its owner
/// has an open vote on an active proposal, so votes cannot be counted twice.
/// @dev Tallies are signed: `support` is +1 or -1 times the voter's weight, and the margin
/// is an int256.
contract Governor {
    enum ProposalState {
        Pending,
        Active,
        Defeated,
        Succeeded,
        Executed,
        Cancelled
    }

    struct Proposal {
        address proposer;
        address target;
        uint256 value;
        bytes32 dataHash;
        bytes32 descriptionHash;
        uint64 voteStart;
        uint64 voteEnd;
        uint256 forVotes;
        uint256 againstVotes;
        bool executed;
        bool cancelled;
    }

    uint256 public constant VOTING_DELAY = 1 days;
    uint256 public constant VOTING_PERIOD = 5 days;
    uint256 public constant EXECUTION_DELAY = 2 days;
    /// @notice Percentage of the locked ether that must take part.
    uint256 public constant QUORUM_PERCENT = 20;
    uint256 public constant PROPOSAL_THRESHOLD = 1 ether;

    /// @notice Ether locked by each member (their voting power).
    mapping(address => uint256) public power;
    /// @notice Total ether locked.
    uint256 public totalPower;
    /// @notice Proposals by id (ids start at 1).
    mapping(uint256 => Proposal) public proposals;
    uint256 public proposalCount;
    /// @notice hasVoted[proposalId][member].
    mapping(uint256 => mapping(address => bool)) public hasVoted;
    /// @notice End of the latest vote of each member: their ether is locked until then.
    mapping(address => uint256) public lockedUntil;

    event Joined(address indexed member, uint256 amount);
    event Left(address indexed member, uint256 amount);
    event Proposed(uint256 indexed id, address indexed proposer, address target, uint256 value, bytes data, string description);
    event VoteCast(address indexed voter, uint256 indexed id, bool support, uint256 weight);
    event ProposalExecuted(uint256 indexed id);

    error InsufficientPower(uint256 have, uint256 need);
    error WrongState(uint256 id, ProposalState state);

    /// @notice Locks ether as voting power.
    function join() external payable {
        power[msg.sender] += msg.value;
        totalPower += msg.value;
        emit Joined(msg.sender, msg.value);
    }

    /// @notice Unlocks `amount` of the caller's ether once her votes are over.
    function leave(uint256 amount) external {
        require(block.timestamp > lockedUntil[msg.sender], "votes still open");
        power[msg.sender] -= amount;
        totalPower -= amount;
        emit Left(msg.sender, amount);
        payable(msg.sender).transfer(amount);
    }

    /// @notice Proposes calling `target` with `value` and `data`.
    function propose(address target, uint256 value, bytes memory data, string memory description)
        external
        returns (uint256 id)
    {
        if (power[msg.sender] < PROPOSAL_THRESHOLD) revert InsufficientPower(power[msg.sender], PROPOSAL_THRESHOLD);
        id = ++proposalCount;
        uint64 start = uint64(block.timestamp + VOTING_DELAY);
        proposals[id] = Proposal(
            msg.sender,
            target,
            value,
            keccak256(data),
            keccak256(abi.encodePacked(description)),
            start,
            start + uint64(VOTING_PERIOD),
            0,
            0,
            false,
            false
        );
        emit Proposed(id, msg.sender, target, value, data, description);
    }

    /// @notice Where proposal `id` stands.
    function state(uint256 id) public view returns (ProposalState) {
        Proposal storage p = proposals[id];
        require(p.proposer != address(0), "unknown proposal");
        if (p.cancelled) return ProposalState.Cancelled;
        if (p.executed) return ProposalState.Executed;
        if (block.timestamp < p.voteStart) return ProposalState.Pending;
        if (block.timestamp <= p.voteEnd) return ProposalState.Active;
        bool quorum = (p.forVotes + p.againstVotes) * 100 >= totalPower * QUORUM_PERCENT;
        return quorum && margin(id) > 0 ? ProposalState.Succeeded : ProposalState.Defeated;
    }

    /// @notice For votes minus against votes, signed.
    function margin(uint256 id) public view returns (int256) {
        Proposal storage p = proposals[id];
        return int256(p.forVotes) - int256(p.againstVotes);
    }

    /// @notice Votes on an active proposal with all the caller's power.
    function castVote(uint256 id, bool support) external {
        ProposalState s = state(id);
        if (s != ProposalState.Active) revert WrongState(id, s);
        require(!hasVoted[id][msg.sender], "already voted");
        uint256 weight = power[msg.sender];
        require(weight > 0, "no power");
        hasVoted[id][msg.sender] = true;
        Proposal storage p = proposals[id];
        if (support) p.forVotes += weight;
        else p.againstVotes += weight;
        if (p.voteEnd > lockedUntil[msg.sender]) lockedUntil[msg.sender] = p.voteEnd;
        emit VoteCast(msg.sender, id, support, weight);
    }

    /// @notice Executes a succeeded proposal after the execution delay.
    function execute(uint256 id, bytes memory data) external returns (bytes memory result) {
        ProposalState s = state(id);
        if (s != ProposalState.Succeeded) revert WrongState(id, s);
        Proposal storage p = proposals[id];
        require(block.timestamp >= p.voteEnd + EXECUTION_DELAY, "execution delay");
        require(keccak256(data) == p.dataHash, "data mismatch");
        p.executed = true;
        bool ok;
        (ok, result) = p.target.call{value: p.value}(data);
        require(ok, "proposal call reverted");
        emit ProposalExecuted(id);
    }

    /// @notice The proposer withdraws a proposal that has not started.
    function cancel(uint256 id) external {
        Proposal storage p = proposals[id];
        require(msg.sender == p.proposer, "not proposer");
        ProposalState s = state(id);
        if (s != ProposalState.Pending) revert WrongState(id, s);
        p.cancelled = true;
    }

    /// @notice Ether sent without a call funds the treasury (it is not voting power).
    receive() external payable {}
}
