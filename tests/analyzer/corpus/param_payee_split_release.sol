// expect: reentrancy same-function
// contract: RoyaltySplit
pragma solidity ^0.8.20;

/// Royalties split between two payees fixed at deployment, 3 shares to 1. A payee releases its
/// share of everything ever received (the balance plus what was already paid out), but the
/// books are updated after the payment: a payee re-entering `release` from it computes its
/// share again on a total that lacks the payment just made and is paid a second time. The
/// payees are constructor arguments nobody vouched for, so either may be attacker code.
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
        (bool ok, ) = payable(payee).call{value: amount}("");
        require(ok, "payment");
        paidOut[payee] += amount;
        totalPaid += amount;
    }
}
