// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Timelock: queued admin calls that can run only after a delay
/// @notice The admin queues a call (target, value, selector, arguments, eta); it may run
/// between `eta` and `eta + GRACE_PERIOD`, and may be cancelled before. The call's identity
/// is keccak256(abi.encode(target, value, selector, args, eta)). Modeled on Compound's
/// Timelock, with the call data split as a selector and ABI-encoded arguments.
contract Timelock {
    uint256 public constant GRACE_PERIOD = 14 days;
    uint256 public constant MINIMUM_DELAY = 2 days;
    uint256 public constant MAXIMUM_DELAY = 30 days;

    /// @notice The account that queues, cancels and executes.
    address public admin;
    /// @notice Delay between queueing and earliest execution, in seconds.
    uint256 public delay;
    /// @notice True for queued call ids.
    mapping(bytes32 => bool) public queued;

    event NewDelay(uint256 indexed newDelay);
    event NewAdmin(address indexed newAdmin);
    event Queued(bytes32 indexed id, address indexed target, uint256 value, bytes4 selector, bytes args, uint256 eta);
    event Cancelled(bytes32 indexed id);
    event Executed(bytes32 indexed id, address indexed target, uint256 value, bytes result);

    error NotAdmin();
    error NotTimelock();
    error DelayOutOfRange(uint256 delay);
    error EtaTooSoon(uint256 eta, uint256 earliest);
    error NotQueued(bytes32 id);
    error TooEarly(uint256 eta);
    error Stale(uint256 eta);
    error CallReverted(bytes reason);

    modifier onlyAdmin() {
        if (msg.sender != admin) revert NotAdmin();
        _;
    }

    /// @param admin_ the admin
    /// @param delay_ the delay in seconds, within [MINIMUM_DELAY, MAXIMUM_DELAY]
    constructor(address admin_, uint256 delay_) {
        if (delay_ < MINIMUM_DELAY || delay_ > MAXIMUM_DELAY) revert DelayOutOfRange(delay_);
        admin = admin_;
        delay = delay_;
    }

    receive() external payable {}

    /// @notice Changes the delay; only through a queued call of the timelock itself.
    function setDelay(uint256 newDelay) external {
        if (msg.sender != address(this)) revert NotTimelock();
        if (newDelay < MINIMUM_DELAY || newDelay > MAXIMUM_DELAY) revert DelayOutOfRange(newDelay);
        delay = newDelay;
        emit NewDelay(newDelay);
    }

    /// @notice Changes the admin; only through a queued call of the timelock itself.
    function setAdmin(address newAdmin) external {
        if (msg.sender != address(this)) revert NotTimelock();
        admin = newAdmin;
        emit NewAdmin(newAdmin);
    }

    /// @notice The id of a call.
    function callId(address target, uint256 value, bytes4 selector, bytes memory args, uint256 eta)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(target, value, selector, args, eta));
    }

    /// @notice Queues a call to run at or after `eta`.
    function queue(address target, uint256 value, bytes4 selector, bytes memory args, uint256 eta)
        external
        onlyAdmin
        returns (bytes32 id)
    {
        if (eta < block.timestamp + delay) revert EtaTooSoon(eta, block.timestamp + delay);
        id = callId(target, value, selector, args, eta);
        queued[id] = true;
        emit Queued(id, target, value, selector, args, eta);
    }

    /// @notice Cancels a queued call.
    function cancel(address target, uint256 value, bytes4 selector, bytes memory args, uint256 eta)
        external
        onlyAdmin
    {
        bytes32 id = callId(target, value, selector, args, eta);
        delete queued[id];
        emit Cancelled(id);
    }

    /// @notice Runs a queued call whose time has come.
    function execute(address target, uint256 value, bytes4 selector, bytes memory args, uint256 eta)
        external
        payable
        onlyAdmin
        returns (bytes memory)
    {
        bytes32 id = callId(target, value, selector, args, eta);
        if (!queued[id]) revert NotQueued(id);
        if (block.timestamp < eta) revert TooEarly(eta);
        if (block.timestamp > eta + GRACE_PERIOD) revert Stale(eta);
        queued[id] = false;
        (bool ok, bytes memory result) = target.call{value: value}(abi.encodePacked(selector, args));
        if (!ok) revert CallReverted(result);
        emit Executed(id, target, value, result);
        return result;
    }

    /// @notice Helper for admins: the `args` of a setDelay call.
    function encodeSetDelay(uint256 newDelay) external pure returns (bytes4 selector, bytes memory args) {
        selector = Timelock.setDelay.selector;
        args = abi.encode(newDelay);
    }
}
