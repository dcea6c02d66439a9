// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title PaymentSplitter: splits incoming ether among payees by fixed shares
/// @notice Payees and shares are set at deployment. Ether sent to the contract accumulates;
/// each payee pulls its due with `release` whenever it wants. Due amounts are computed from
/// everything ever received, so releases in any order are fair.
/// #invariant totalReleased == sum(released);
contract PaymentSplitter {
    /// @notice Sum of all shares.
    uint256 public totalShares;
    /// @notice Ether released so far, to everybody.
    uint256 public totalReleased;
    /// @notice Shares of each payee.
    mapping(address => uint256) public shares;
    /// @notice Ether released so far to each payee.
    mapping(address => uint256) public released;
    /// @notice The payees, in order.
    address[] public payees;

    event PayeeAdded(address account, uint256 shares);
    event PaymentReleased(address to, uint256 amount);
    event PaymentReceived(address from, uint256 amount);

    /// @param payees_ the payees
    /// @param shares_ the share of each payee, in the same order
    constructor(address[] memory payees_, uint256[] memory shares_) payable {
        require(payees_.length == shares_.length, "payees and shares length mismatch");
        require(payees_.length > 0, "no payees");
        for (uint256 i = 0; i < payees_.length; i++) {
            _addPayee(payees_[i], shares_[i]);
        }
    }

    receive() external payable {
        emit PaymentReceived(msg.sender, msg.value);
    }

    /// @notice Number of payees.
    function payeeCount() external view returns (uint256) {
        return payees.length;
    }

    /// @notice Ether `account` can release now.
    function releasable(address account) public view returns (uint256) {
        uint256 totalReceived = address(this).balance + totalReleased;
        return _pendingPayment(account, totalReceived, released[account]);
    }

    /// @notice Sends `account` what it is due.
    function release(address payable account) public {
        require(shares[account] > 0, "account has no shares");
        uint256 payment = releasable(account);
        require(payment != 0, "account is not due payment");
        // totalReleased is the sum of all released, so it cannot overflow first
        totalReleased += payment;
        unchecked {
            released[account] += payment;
        }
        emit PaymentReleased(account, payment);
        (bool ok, ) = account.call{value: payment}("");
        require(ok, "unable to send value");
    }

    /// @notice Releases to every payee that is due something.
    function releaseAll() external {
        for (uint256 i = 0; i < payees.length; i++) {
            address payable p = payable(payees[i]);
            if (releasable(p) > 0) release(p);
        }
    }

    function _pendingPayment(address account, uint256 totalReceived, uint256 alreadyReleased)
        private
        view
        returns (uint256)
    {
        return (totalReceived * shares[account]) / totalShares - alreadyReleased;
    }

    function _addPayee(address account, uint256 shares_) private {
        require(account != address(0), "account is the zero address");
        require(shares_ > 0, "shares are 0");
        require(shares[account] == 0, "account already has shares");
        payees.push(account);
        shares[account] = shares_;
        totalShares = totalShares + shares_;
        emit PayeeAdded(account, shares_);
    }
}
