// expect: adversary-profit same-function
// options: defaults
// A savings circle: an account joins under a nickname (non-zero, each taken once), stakes a
// fixed membership fee, then deposits; deposits can be taken out a week after the last one.
// Payouts use `transfer`, but a member may name a notifier contract, told of each withdrawal
// before the balance is cleared: the notifier re-enters withdraw and is paid again out of the
// other members' deposits. The honest members join, stake and deposit in three steps, the
// first with a nickname of their own.
pragma solidity ^0.8.20;

interface INotifier {
    function notify(address member, uint256 amount) external;
}

contract SavingsCircle {
    uint256 public constant FEE = 0.25 ether;
    uint256 public constant LOCK = 7 days;

    mapping(bytes32 => address) public nicknameOwner;
    mapping(address => bytes32) public nicknameOf;
    mapping(address => bool) public staked;
    mapping(address => uint256) public deposits;
    mapping(address => uint256) public lastDeposit;
    mapping(address => address) public notifier;
    uint256 public totalDeposits;

    function join(bytes32 nickname) external {
        require(nickname != bytes32(0), "empty");
        require(nicknameOwner[nickname] == address(0), "taken");
        require(nicknameOf[msg.sender] == bytes32(0), "joined");
        nicknameOwner[nickname] = msg.sender;
        nicknameOf[msg.sender] = nickname;
    }

    function stake() external payable {
        require(nicknameOf[msg.sender] != bytes32(0), "not a member");
        require(!staked[msg.sender], "staked");
        require(msg.value == FEE, "fee");
        staked[msg.sender] = true;
    }

    function deposit() external payable {
        require(staked[msg.sender], "not staked");
        require(msg.value > 0, "zero");
        deposits[msg.sender] += msg.value;
        lastDeposit[msg.sender] = block.timestamp;
        totalDeposits += msg.value;
    }

    function setNotifier(address n) external {
        require(deposits[msg.sender] > 0, "no deposit");
        require(n.code.length > 0, "not a contract");
        notifier[msg.sender] = n;
    }

    function withdraw() external {
        uint256 amount = deposits[msg.sender];
        require(amount > 0, "nothing");
        require(block.timestamp >= lastDeposit[msg.sender] + LOCK, "locked");
        payable(msg.sender).transfer(amount);
        if (notifier[msg.sender] != address(0)) {
            INotifier(notifier[msg.sender]).notify(msg.sender, amount);
        }
        deposits[msg.sender] = 0;
        totalDeposits -= amount;
    }
}
