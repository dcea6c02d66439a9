// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// A payment splitter in OpenZeppelin's shape: the payees and their shares are constructor
/// lists, and `release` pays a payee before it records the payment. The world deploys it with
/// two-element lists (the adversary and an honest user): the adversary, a listed payee,
/// re-enters `release` while its first payment is in flight, when the recorded total still
/// lacks it, and is paid again out of the other payee's share.

contract PaymentSplitter {
    address[] private payees;
    mapping(address => uint256) public shares;
    mapping(address => uint256) public released;
    uint256 public totalShares;
    uint256 public totalReleased;

    constructor(address[] memory accounts, uint256[] memory amounts) payable {
        require(accounts.length == amounts.length && accounts.length > 0, "lists");
        for (uint256 i = 0; i < accounts.length; i++) {
            require(shares[accounts[i]] == 0, "listed twice");
            payees.push(accounts[i]);
            shares[accounts[i]] = amounts[i];
            totalShares += amounts[i];
        }
    }

    receive() external payable {}

    function releasable(address account) public view returns (uint256) {
        uint256 total = address(this).balance + totalReleased;
        return (total * shares[account]) / totalShares - released[account];
    }

    function release(address payable account) external {
        uint256 payment = releasable(account);
        require(payment > 0, "nothing due");
        (bool ok, ) = account.call{value: payment}("");
        require(ok, "send");
        released[account] += payment;
        totalReleased += payment;
    }
}
