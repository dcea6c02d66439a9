// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title VestingWallet: ether released linearly to a beneficiary after a cliff
/// @notice Anyone can fund the wallet by sending ether. Nothing vests before `start + cliff`;
/// after that the vested amount grows linearly until `start + duration`, when everything is
/// vested. The beneficiary (or anyone on her behalf) calls `release`.
contract VestingWallet {
    /// @notice Who receives the ether.
    address payable public immutable beneficiary;
    /// @notice When vesting starts.
    uint64 public immutable start;
    /// @notice Seconds after start before anything vests.
    uint64 public immutable cliff;
    /// @notice Seconds from start to full vesting.
    uint64 public immutable duration;
    /// @notice Ether released so far.
    uint256 public released;

    event EtherReleased(uint256 amount);
    event Funded(address indexed from, uint256 amount);

    /// @param beneficiary_ the beneficiary
    /// @param startTimestamp when vesting starts
    /// @param cliffSeconds the cliff, in seconds
    /// @param durationSeconds the full vesting time, in seconds
    constructor(address payable beneficiary_, uint64 startTimestamp, uint64 cliffSeconds, uint64 durationSeconds)
        payable
    {
        require(beneficiary_ != address(0), "zero beneficiary");
        require(cliffSeconds <= durationSeconds, "cliff after end");
        require(durationSeconds >= 30 days, "vesting too short");
        beneficiary = beneficiary_;
        start = startTimestamp;
        cliff = cliffSeconds;
        duration = durationSeconds;
    }

    receive() external payable {
        emit Funded(msg.sender, msg.value);
    }

    /// @notice Everything ever put into the wallet.
    function totalAllocation() public view returns (uint256) {
        return address(this).balance + released;
    }

    /// @notice Amount vested at `timestamp`.
    function vestedAmount(uint64 timestamp) public view returns (uint256) {
        uint256 total = totalAllocation();
        if (timestamp < start + cliff) {
            return 0;
        } else if (timestamp >= start + duration) {
            return total;
        } else {
            return (total * (timestamp - start)) / duration;
        }
    }

    /// @notice Vested and not yet released.
    function releasable() public view returns (uint256) {
        return vestedAmount(uint64(block.timestamp)) - released;
    }

    /// @notice Sends the releasable ether to the beneficiary.
    /// #if_succeeds released > old(released);
    function release() external {
        uint256 amount = releasable();
        require(amount > 0, "nothing to release");
        released += amount;
        emit EtherReleased(amount);
        (bool ok, ) = beneficiary.call{value: amount}("");
        require(ok, "release failed");
    }

    /// @notice Seconds until everything is vested (0 once it is).
    function timeLeft() external view returns (uint256) {
        uint256 end = uint256(start) + duration;
        return block.timestamp >= end ? 0 : end - block.timestamp;
    }
}
