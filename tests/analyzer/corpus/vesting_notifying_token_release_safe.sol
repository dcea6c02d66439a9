// expect: safe
// options: defaults
// contract: ContributorVesting
pragma solidity ^0.8.20;
/// vesting_notifying_token_release.sol fixed: the release is recorded before the token
/// transfer, so a release from the token's hook finds nothing more due.
interface ITokenRecipient {
    function onTokenReceived(address from, uint256 amount) external;
}

contract NotifyingToken {
    mapping(address => uint256) public balanceOf;

    constructor(uint256 supply) {
        balanceOf[msg.sender] = supply;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        if (to.code.length > 0) ITokenRecipient(to).onTokenReceived(msg.sender, amount);
        return true;
    }
}

contract ContributorVesting {
    struct Schedule {
        uint256 amount;
        uint256 claimed;
        uint64 begin;
        uint64 cliff;
        uint64 length;
    }

    NotifyingToken public immutable token;
    address public immutable owner;
    uint256 public committed;
    mapping(address => Schedule) public schedules;

    constructor(NotifyingToken token_) {
        token = token_;
        owner = msg.sender;
    }

    function onTokenReceived(address, uint256) external view {
        require(msg.sender == address(token), "wrong token");
    }

    function grant(address who, uint256 amount, uint64 cliff, uint64 length) external {
        require(msg.sender == owner, "owner only");
        require(schedules[who].amount == 0 && length > 0 && cliff <= length, "bad grant");
        require(token.balanceOf(address(this)) >= committed + amount, "unfunded");
        schedules[who] = Schedule(amount, 0, uint64(block.timestamp), cliff, length);
        committed += amount;
    }

    function vested(address who) public view returns (uint256) {
        Schedule memory s = schedules[who];
        if (block.timestamp < s.begin + s.cliff) return 0;
        if (block.timestamp >= s.begin + s.length) return s.amount;
        return (s.amount * (block.timestamp - s.begin)) / s.length;
    }

    function release() external {
        Schedule storage s = schedules[msg.sender];
        uint256 due = vested(msg.sender) - s.claimed;
        require(due > 0, "nothing due");
        s.claimed += due;
        committed -= due;
        token.transfer(msg.sender, due);
    }
}
