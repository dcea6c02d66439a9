// expect: adversary-profit same-function
// options: defaults
// contract: TeamVesting
// Linear vesting of a team token. The constructor keeps the schedule as given (a start and
// a duration, no check against the clock); the schedule is read through a view that takes the
// time as an argument, which `claimable` passes as `block.timestamp`. The token notifies a
// recipient's registered hook, and `release` pays before it books the amount, so a
// beneficiary's hook re-enters `release` and is paid what has vested twice. The analysis must
// choose a schedule that has started (a start in the future needs a jump of the clock before
// anything vests) and that is not over at the first transaction.
pragma solidity ^0.8.20;

interface IReceiveHook {
    function tokensReceived(address from, uint256 amount) external;
}

contract TeamToken {
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    mapping(address => address) public hookOf;

    constructor(uint256 supply) {
        totalSupply = supply;
        balanceOf[msg.sender] = supply;
    }

    function registerHook(address hook) external { hookOf[msg.sender] = hook; }

    function approve(address spender, uint256 value) external returns (bool) {
        allowance[msg.sender][spender] = value;
        return true;
    }

    function transfer(address to, uint256 value) external returns (bool) {
        _move(msg.sender, to, value);
        return true;
    }

    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        allowance[from][msg.sender] -= value;
        _move(from, to, value);
        return true;
    }

    function _move(address from, address to, uint256 value) internal {
        balanceOf[from] -= value;
        balanceOf[to] += value;
        if (hookOf[to] != address(0)) IReceiveHook(hookOf[to]).tokensReceived(from, value);
    }
}

contract TeamVesting {
    TeamToken public immutable token;
    address public admin;
    uint64 public immutable startsAt;
    uint64 public immutable length;
    mapping(address => uint256) public granted;
    mapping(address => uint256) public paid;

    constructor(TeamToken _token, uint64 _startsAt, uint64 _length) {
        require(_length > 0, "length");
        token = _token;
        admin = msg.sender;
        startsAt = _startsAt;
        length = _length;
    }

    function grant(address member, uint256 amount) external {
        require(msg.sender == admin, "admin");
        require(granted[member] == 0, "granted");
        require(token.transferFrom(msg.sender, address(this), amount), "pull");
        granted[member] = amount;
    }

    function vestedAt(address member, uint64 when) public view returns (uint256) {
        uint256 total = granted[member];
        if (when < startsAt) return 0;
        if (when >= startsAt + length) return total;
        return (total * (when - startsAt)) / length;
    }

    function claimable(address member) public view returns (uint256) {
        return vestedAt(member, uint64(block.timestamp)) - paid[member];
    }

    function release(address member) external {
        uint256 amount = claimable(member);
        require(amount > 0, "nothing");
        require(token.transfer(member, amount), "push");
        paid[member] += amount;
    }
}
