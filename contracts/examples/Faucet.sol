// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Faucet: rate-limited test ether
/// @notice Anyone may take DRIP_AMOUNT once per COOLDOWN. The faucet sends with a gas cap so
/// that a recipient contract cannot burn the caller's gas; a failed send leaves the claim
/// unused. Donations arrive through receive().
contract Faucet {
    uint256 public constant DRIP_AMOUNT = 0.05 ether;
    uint256 public constant COOLDOWN = 1 days;
    /// @notice Gas given to the recipient on a drip.
    uint256 public constant SEND_GAS = 10_000;

    /// @notice Who may pause the faucet and change the cap.
    address public immutable owner;
    /// @notice Time of each address's last successful drip.
    mapping(address => uint256) public lastDrip;
    /// @notice Largest number of drips per block (0: unlimited).
    uint16 public maxDripsPerBlock;
    /// @notice Drips in each block.
    mapping(uint256 => uint16) public dripsInBlock;
    /// @notice Total ether given out.
    uint256 public totalDripped;
    bool public paused;

    event Drip(address indexed to, uint256 amount);
    event DripFailed(address indexed to);
    event Donation(address indexed from, uint256 amount);

    error CoolingDown(uint256 availableAt);
    error FaucetDry(uint256 balance);

    constructor(uint16 maxDripsPerBlock_) {
        owner = msg.sender;
        maxDripsPerBlock = maxDripsPerBlock_;
    }

    receive() external payable {
        emit Donation(msg.sender, msg.value);
    }

    /// @notice When `account` may take ether again (0: now).
    function availableAt(address account) public view returns (uint256) {
        uint256 last = lastDrip[account];
        return last == 0 || block.timestamp >= last + COOLDOWN ? 0 : last + COOLDOWN;
    }

    /// @notice Sends DRIP_AMOUNT to `to`; returns whether the transfer went through.
    function drip(address payable to) external returns (bool) {
        require(!paused, "paused");
        uint256 at = availableAt(to);
        if (at != 0) revert CoolingDown(at);
        if (address(this).balance < DRIP_AMOUNT) revert FaucetDry(address(this).balance);
        if (maxDripsPerBlock != 0) {
            require(dripsInBlock[block.number] < maxDripsPerBlock, "block quota reached");
        }
        dripsInBlock[block.number] += 1;
        lastDrip[to] = block.timestamp;
        totalDripped += DRIP_AMOUNT;
        (bool ok, ) = to.call{value: DRIP_AMOUNT, gas: SEND_GAS}("");
        if (!ok) {
            // undo the bookkeeping; the recipient may retry with an account that accepts ether
            lastDrip[to] = 0;
            totalDripped -= DRIP_AMOUNT;
            dripsInBlock[block.number] -= 1;
            emit DripFailed(to);
            return false;
        }
        emit Drip(to, DRIP_AMOUNT);
        return true;
    }

    /// @notice Pauses or resumes the faucet.
    function setPaused(bool value) external {
        require(msg.sender == owner, "not owner");
        paused = value;
    }

    /// @notice The owner takes back `amount` (e.g. when the testnet is retired).
    function reclaim(uint256 amount) external {
        require(msg.sender == owner, "not owner");
        bool sent = payable(owner).send(amount);
        require(sent, "send failed");
    }
}
