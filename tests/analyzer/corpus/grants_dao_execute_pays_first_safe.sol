// expect: safe
// options: defaults
// A grants DAO marks an approved proposal executed before it pays the grant: a re-entry of
// execute finds it executed. Reaching the payment takes a member's proposal naming
// the adversary, the yes votes of two members (a quorum of more than half), and the voting
// period's end: five steps by three accounts, which the guided phase's last pass reaches, and finds safe.
pragma solidity ^0.8.20;

contract GrantsDAO {
    struct Proposal {
        address proposer;
        address recipient;
        uint256 amount;
        uint64 votingEnds;
        uint32 yesVotes;
        uint32 noVotes;
        bool executed;
        string description;
    }

    uint256 public constant MEMBERSHIP_FEE = 1 ether;
    uint256 public constant VOTING_PERIOD = 3 days;

    mapping(address => bool) public isMember;
    uint32 public memberCount;
    Proposal[] public proposals;
    mapping(uint256 => mapping(address => bool)) public hasVoted;

    event Joined(address indexed member);
    event Proposed(uint256 indexed id, address indexed recipient, uint256 amount, string description);
    event Voted(uint256 indexed id, address indexed member, bool support);
    event Executed(uint256 indexed id, address indexed recipient, uint256 amount);

    error NotMember();
    error AlreadyMember();
    error VotingClosed();
    error VotingOpen();
    error AlreadyVoted();
    error Rejected();
    error AlreadyExecuted();

    modifier onlyMember() {
        if (!isMember[msg.sender]) revert NotMember();
        _;
    }

    function join() external payable {
        if (isMember[msg.sender]) revert AlreadyMember();
        require(msg.value == MEMBERSHIP_FEE, "fee is 1 ether");
        isMember[msg.sender] = true;
        memberCount += 1;
        emit Joined(msg.sender);
    }

    function propose(address recipient, uint256 amount, string calldata description) external onlyMember returns (uint256 id) {
        require(recipient != address(0) && amount > 0, "invalid proposal");
        require(amount <= address(this).balance, "exceeds treasury");
        proposals.push(
            Proposal({
                proposer: msg.sender,
                recipient: recipient,
                amount: amount,
                votingEnds: uint64(block.timestamp + VOTING_PERIOD),
                yesVotes: 0,
                noVotes: 0,
                executed: false,
                description: description
            })
        );
        id = proposals.length - 1;
        emit Proposed(id, recipient, amount, description);
    }

    function vote(uint256 id, bool support) external onlyMember {
        Proposal storage p = proposals[id];
        if (block.timestamp >= p.votingEnds) revert VotingClosed();
        if (hasVoted[id][msg.sender]) revert AlreadyVoted();
        hasVoted[id][msg.sender] = true;
        if (support) p.yesVotes += 1;
        else p.noVotes += 1;
        emit Voted(id, msg.sender, support);
    }

    function execute(uint256 id) external {
        Proposal storage p = proposals[id];
        if (block.timestamp < p.votingEnds) revert VotingOpen();
        if (p.executed) revert AlreadyExecuted();
        if (p.yesVotes <= p.noVotes || p.yesVotes * 2 <= memberCount) revert Rejected();

        p.executed = true;

        (bool ok, ) = p.recipient.call{value: p.amount}(abi.encodeWithSignature("onGrant(uint256)", id));
        require(ok, "grant payment failed");
        emit Executed(id, p.recipient, p.amount);
    }

    function proposalCount() external view returns (uint256) {
        return proposals.length;
    }

    receive() external payable {}
}
