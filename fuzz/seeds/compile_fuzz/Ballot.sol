// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Ballot: voting with delegation
/// @notice The chairperson gives voters the right to vote; voters vote for a proposal or
/// delegate their vote to someone they trust (delegation is transitive). Adapted from the
/// Solidity documentation's example, with proposal names as bytes32.
contract Ballot {
    struct Voter {
        uint256 weight; // accumulated by delegation
        bool voted; // if true, that person already voted
        address delegate; // person delegated to
        uint256 vote; // index of the voted proposal
    }

    struct Proposal {
        bytes32 name; // short name (up to 32 bytes)
        uint256 voteCount; // number of accumulated votes
    }

    /// @notice Who gives the right to vote.
    address public chairperson;
    /// @notice Voter data per address.
    mapping(address => Voter) public voters;
    /// @notice The proposals, in the order given at deployment.
    Proposal[] public proposals;
    /// @notice Voting closes at this time.
    uint256 public immutable deadline;

    event RightGiven(address indexed voter);
    event Delegated(address indexed from, address indexed to);
    event Voted(address indexed voter, uint256 indexed proposal, uint256 weight);

    /// @param proposalNames one name per proposal
    /// @param votingPeriod seconds until voting closes
    constructor(bytes32[] memory proposalNames, uint256 votingPeriod) {
        chairperson = msg.sender;
        voters[chairperson].weight = 1;
        deadline = block.timestamp + votingPeriod;
        for (uint256 i = 0; i < proposalNames.length; i++) {
            proposals.push(Proposal(proposalNames[i], 0));
        }
    }

    /// @notice Number of proposals.
    function proposalCount() external view returns (uint256) {
        return proposals.length;
    }

    /// @notice Gives `voter` the right to vote.
    function giveRightToVote(address voter) external {
        require(msg.sender == chairperson, "Only chairperson can give right to vote.");
        require(!voters[voter].voted, "The voter already voted.");
        require(voters[voter].weight == 0, "Already has the right.");
        voters[voter].weight = 1;
        emit RightGiven(voter);
    }

    /// @notice Delegates the caller's vote to `to`.
    function delegate(address to) external {
        require(block.timestamp < deadline, "Voting closed.");
        Voter storage sender = voters[msg.sender];
        require(sender.weight != 0, "You have no right to vote");
        require(!sender.voted, "You already voted.");
        require(to != msg.sender, "Self-delegation is disallowed.");

        // Follow the chain of delegation; it is bounded by the gas limit.
        while (voters[to].delegate != address(0)) {
            to = voters[to].delegate;
            require(to != msg.sender, "Found loop in delegation.");
        }

        Voter storage delegate_ = voters[to];
        require(delegate_.weight >= 1, "Delegate cannot vote.");
        sender.voted = true;
        sender.delegate = to;
        emit Delegated(msg.sender, to);
        if (delegate_.voted) {
            proposals[delegate_.vote].voteCount += sender.weight;
        } else {
            delegate_.weight += sender.weight;
        }
    }

    /// @notice Votes (with the caller's and delegated weight) for proposal `proposal`.
    function vote(uint256 proposal) external {
        require(block.timestamp < deadline, "Voting closed.");
        Voter storage sender = voters[msg.sender];
        require(sender.weight != 0, "Has no right to vote");
        require(!sender.voted, "Already voted.");
        sender.voted = true;
        sender.vote = proposal;
        // out of range: the array access reverts and undoes everything
        proposals[proposal].voteCount += sender.weight;
        emit Voted(msg.sender, proposal, sender.weight);
    }

    /// @notice Index of the winning proposal (the first one on a tie).
    function winningProposal() public view returns (uint256 winningProposal_) {
        uint256 winningVoteCount = 0;
        uint256 p = 0;
        do {
            if (proposals[p].voteCount > winningVoteCount) {
                winningVoteCount = proposals[p].voteCount;
                winningProposal_ = p;
            }
            p++;
        } while (p < proposals.length);
    }

    /// @notice Name of the winning proposal.
    function winnerName() external view returns (bytes32 winnerName_) {
        winnerName_ = proposals[winningProposal()].name;
    }

    /// @notice Vote counts of all proposals, in order.
    function tally() external view returns (uint256[] memory counts) {
        counts = new uint256[](proposals.length);
        for (uint256 i = 0; i < counts.length; i++) {
            counts[i] = proposals[i].voteCount;
        }
    }
}
