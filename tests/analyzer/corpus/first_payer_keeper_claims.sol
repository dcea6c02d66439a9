// expect: reentrancy same-function
// A supper club: whoever pays the first fee becomes its keeper, and the keeper is reimbursed for
// costs up to a fifth of all fees. claimCosts pays the keeper before it books the amount, so a
// keeper that re-enters from the payment claims the budget again and again. The adversary can
// always pay first at a fresh deployment and hold the keeper role before any honest member joins.
pragma solidity ^0.8.20;

contract SupperClub {
    uint256 public immutable fee;
    address public keeper;
    mapping(address => bool) public joined;
    uint256 public fees;
    uint256 public costsPaid;

    constructor() {
        fee = 1 ether;
    }

    function enrol() external payable {
        require(msg.value == fee, "fee");
        require(!joined[msg.sender], "joined");
        joined[msg.sender] = true;
        fees += msg.value;
        if (keeper == address(0)) keeper = msg.sender;
    }

    function claimCosts(uint256 amount) external {
        require(msg.sender == keeper, "keeper only");
        require(costsPaid + amount <= fees / 5, "over budget");
        (bool ok, ) = payable(msg.sender).call{value: amount}("");
        require(ok, "send failed");
        costsPaid += amount;
    }
}
