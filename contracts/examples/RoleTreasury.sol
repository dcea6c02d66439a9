// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title RoleTreasury: a treasury with bitmask roles and spending limits
/// @notice Each account holds a set of roles stored as bits of a uint8 (bit i = role i).
/// Admins grant and revoke roles; spenders pay out up to a daily limit; auditors may freeze
/// the treasury. While frozen, only admins may spend (twice the ordinary checks).
contract RoleTreasury {
    enum Role {
        Admin,
        Spender,
        Auditor
    }

    /// @notice Roles of each account, one bit per Role.
    mapping(address => uint8) public roles;
    /// @notice Largest total a spender may pay out per day.
    uint256 public dailyLimit;
    /// @notice Spent per day number (block.timestamp / 1 days).
    mapping(uint256 => uint256) public spentOnDay;
    /// @notice True while an auditor has frozen the treasury.
    bool public frozen;

    event RoleGranted(address indexed account, Role role, address indexed by);
    event RoleRevoked(address indexed account, Role role, address indexed by);
    event Spent(address indexed to, uint256 amount, string memo);
    event FrozenSet(bool frozen, address by);

    error MissingRole(address account, Role role);
    error OverDailyLimit(uint256 requested, uint256 remaining);

    /// @param dailyLimit_ the daily spending limit in wei
    constructor(uint256 dailyLimit_) payable {
        dailyLimit = dailyLimit_;
        roles[msg.sender] = uint8(1 << uint8(Role.Admin)) | uint8(1 << uint8(Role.Auditor));
    }

    receive() external payable {}

    /// @notice True if `account` has `role`.
    function hasRole(address account, Role role) public view returns (bool) {
        return (roles[account] >> uint8(role)) & 1 == 1;
    }

    modifier onlyRole(Role role) {
        if (!hasRole(msg.sender, role)) revert MissingRole(msg.sender, role);
        _;
    }

    /// @dev Runs the body for spenders while not frozen and for admins always; the admin
    /// path skips the daily limit. Two placeholders, one per path.
    modifier spendAllowed(uint256 amount) {
        if (hasRole(msg.sender, Role.Admin)) {
            _;
        } else {
            require(!frozen, "frozen");
            if (!hasRole(msg.sender, Role.Spender)) revert MissingRole(msg.sender, Role.Spender);
            uint256 today = block.timestamp / 1 days;
            uint256 remaining = dailyLimit - spentOnDay[today];
            if (amount > remaining) revert OverDailyLimit(amount, remaining);
            spentOnDay[today] += amount;
            _;
        }
    }

    /// @notice Grants `role` to `account`.
    function grantRole(address account, Role role) external onlyRole(Role.Admin) {
        roles[account] |= uint8(1 << uint8(role));
        emit RoleGranted(account, role, msg.sender);
    }

    /// @notice Revokes `role` from `account`.
    function revokeRole(address account, Role role) external onlyRole(Role.Admin) {
        roles[account] &= ~uint8(1 << uint8(role));
        emit RoleRevoked(account, role, msg.sender);
    }

    /// @notice Number of roles `account` holds.
    function roleCount(address account) external view returns (uint256 n) {
        uint8 bits = roles[account];
        while (bits != 0) {
            n += bits & 1;
            bits >>= 1;
        }
    }

    /// @notice Pays `amount` to `to`, with a memo for the books.
    function spend(address payable to, uint256 amount, string memory memo) external spendAllowed(amount) {
        require(amount <= address(this).balance, "insufficient funds");
        emit Spent(to, amount, memo);
        to.transfer(amount);
    }

    /// @notice Freezes or unfreezes spending by spenders.
    function setFrozen(bool value) external onlyRole(Role.Auditor) {
        frozen = value;
        emit FrozenSet(value, msg.sender);
    }

    /// @notice Changes the daily limit.
    function setDailyLimit(uint256 newLimit) external onlyRole(Role.Admin) {
        dailyLimit = newLimit;
    }
}
