// expect: safe
// options: defaults
// The vesting grants with a claim that books the amount as claimed before paying it
// (checks-effects-interactions): a re-entered claim finds nothing more vested.
pragma solidity ^0.8.20;

contract VestingGrants {
    struct Grant {
        address funder;
        address beneficiary;
        uint128 amount;
        uint128 claimed;
        uint64 start;
        uint64 end;
    }

    uint256 public nextId = 1;
    mapping(uint256 => Grant) public grants;

    error BadSchedule();
    error NotBeneficiary();
    error NothingVested();
    error PayFailed();

    event Granted(uint256 indexed id, address indexed beneficiary, uint256 amount);
    event Claimed(uint256 indexed id, uint256 amount);

    function grant(address beneficiary, uint64 start, uint64 end) external payable returns (uint256 id) {
        if (msg.value == 0 || beneficiary == address(0)) revert BadSchedule();
        if (start < block.timestamp || end <= start) revert BadSchedule();
        id = nextId++;
        grants[id] = Grant(msg.sender, beneficiary, uint128(msg.value), 0, start, end);
        emit Granted(id, beneficiary, msg.value);
    }

    function vested(uint256 id) public view returns (uint256) {
        Grant storage g = grants[id];
        if (block.timestamp <= g.start) return 0;
        if (block.timestamp >= g.end) return g.amount;
        return (uint256(g.amount) * (block.timestamp - g.start)) / (g.end - g.start);
    }

    function claim(uint256 id) external {
        Grant storage g = grants[id];
        if (msg.sender != g.beneficiary) revert NotBeneficiary();
        uint256 amount = vested(id) - g.claimed;
        if (amount == 0) revert NothingVested();
        g.claimed += uint128(amount);
        (bool ok, ) = msg.sender.call{value: amount}("");
        if (!ok) revert PayFailed();
        emit Claimed(id, amount);
    }
}
