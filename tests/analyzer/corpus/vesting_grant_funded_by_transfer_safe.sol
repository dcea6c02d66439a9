// expect: safe
// options: defaults
// contract: StudioVesting
pragma solidity ^0.8.20;
/// vesting_grant_funded_by_transfer.sol fixed: the payment is recorded before the transfer,
/// so a claim from the token's hook finds nothing more vested.
interface IReceiver {
    function tokenFallback(address from, uint256 value, bytes calldata data) external;
}

contract StudioToken {
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;

    constructor(uint256 supply) {
        totalSupply = supply;
        balanceOf[msg.sender] = supply;
    }

    function transfer(address to, uint256 value) external returns (bool) {
        balanceOf[msg.sender] -= value;
        balanceOf[to] += value;
        if (to.code.length > 0) IReceiver(to).tokenFallback(msg.sender, value, "");
        return true;
    }
}

contract StudioVesting is IReceiver {
    struct Grant {
        uint256 total;
        uint256 paid;
        uint64 start;
        uint64 cliff;
        uint64 span;
    }

    StudioToken public immutable token;
    address public immutable lead;
    uint256 public promised;
    mapping(address => Grant) public grants;

    constructor(StudioToken token_) {
        token = token_;
        lead = msg.sender;
    }

    function tokenFallback(address, uint256, bytes calldata) external view override {
        require(msg.sender == address(token), "unknown token");
    }

    function addGrant(address member, uint256 total, uint64 cliff, uint64 span) external {
        require(msg.sender == lead, "lead only");
        require(grants[member].total == 0 && span > 0 && cliff <= span, "bad grant");
        require(token.balanceOf(address(this)) >= promised + total, "not funded");
        grants[member] = Grant(total, 0, uint64(block.timestamp), cliff, span);
        promised += total;
    }

    function vested(address member) public view returns (uint256) {
        Grant memory g = grants[member];
        if (block.timestamp < g.start + g.cliff) return 0;
        if (block.timestamp >= g.start + g.span) return g.total;
        return (g.total * (block.timestamp - g.start)) / g.span;
    }

    function claim() external {
        Grant storage g = grants[msg.sender];
        require(g.total > 0, "no grant");
        uint256 amount = vested(msg.sender) - g.paid;
        require(amount > 0, "nothing vested");
        g.paid += amount;
        promised -= amount;
        token.transfer(msg.sender, amount);
    }
}
