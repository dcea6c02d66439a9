// expect: safe
// options: defaults
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The look-alike of ctor_list_payment_split: `release` records the payment before it pays,
/// as OpenZeppelin's splitter does.

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
        released[account] += payment;
        totalReleased += payment;
        (bool ok, ) = account.call{value: payment}("");
        require(ok, "send");
    }
}
