// expect: safe
// options: defaults
pragma solidity ^0.8.20;
/// Scholarships: the foundation funds a pool and awards a student an amount, half paid at the
/// start of each term. A student collects its term's half, recorded before it is paid
/// (checks-effects-interactions): a re-entry finds the term paid. The award names the student:
/// one record among many, not a role.
contract Scholarships {
    struct Award {
        address student;
        uint256 amount;
        uint64 start;
        uint8 termsPaid;
    }

    address public immutable foundation;
    uint256 public constant TERM = 180 days;
    uint256 public unassigned;
    Award[] public awards;

    constructor() {
        foundation = msg.sender;
    }

    modifier onlyFoundation() {
        require(msg.sender == foundation, "not the foundation");
        _;
    }

    function fund() external payable onlyFoundation {
        unassigned += msg.value;
    }

    function award(address student, uint256 amount) external onlyFoundation returns (uint256) {
        require(student != address(0) && amount > 0 && amount <= unassigned, "bad award");
        unassigned -= amount;
        awards.push(Award(student, amount, uint64(block.timestamp), 0));
        return awards.length - 1;
    }

    function collect(uint256 id) external {
        Award storage a = awards[id];
        require(msg.sender == a.student, "not the student");
        require(a.termsPaid < 2, "fully paid");
        require(block.timestamp >= a.start + a.termsPaid * TERM, "term not started");
        a.termsPaid += 1;
        (bool ok, ) = msg.sender.call{value: a.amount / 2}("");
        require(ok, "payment failed");
    }
}
