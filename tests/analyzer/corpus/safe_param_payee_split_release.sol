// expect: safe
// contract: RoyaltySplit
// callback-freedom: proved
pragma solidity ^0.8.20;

/// The look-alike of param_payee_split_release: the books are updated before the payment, so
/// a re-entrant release finds nothing more pending.
contract RoyaltySplit {
    address public immutable first;
    address public immutable second;
    mapping(address => uint256) public sharesOf;
    mapping(address => uint256) public paidOut;
    uint256 public totalPaid;

    constructor(address a, address b) {
        require(a != address(0) && b != address(0) && a != b, "payees");
        first = a;
        second = b;
        sharesOf[a] = 3;
        sharesOf[b] = 1;
    }

    receive() external payable {}

    function pending(address payee) public view returns (uint256) {
        uint256 received = address(this).balance + totalPaid;
        return (received * sharesOf[payee]) / 4 - paidOut[payee];
    }

    function release(address payee) external {
        uint256 amount = pending(payee);
        require(amount > 0, "nothing to release");
        paidOut[payee] += amount;
        totalPaid += amount;
        (bool ok, ) = payable(payee).call{value: amount}("");
        require(ok, "payment");
    }
}
