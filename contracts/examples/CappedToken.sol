// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title TokenBase: balances, supply and a virtual `_update` hook every movement goes through
abstract contract TokenBase {
    /// @notice Token balance of each account.
    mapping(address => uint256) public balanceOf;
    /// @notice Total supply.
    uint256 public totalSupply;

    event Transfer(address indexed from, address indexed to, uint256 value);

    /// @dev Moves, mints (from == 0) or burns (to == 0) `value` tokens.
    function _update(address from, address to, uint256 value) internal virtual {
        if (from == address(0)) {
            totalSupply += value;
        } else {
            require(balanceOf[from] >= value, "insufficient balance");
            balanceOf[from] -= value;
        }
        if (to == address(0)) {
            totalSupply -= value;
        } else {
            balanceOf[to] += value;
        }
        emit Transfer(from, to, value);
    }

    /// @notice Moves tokens from the caller.
    function transfer(address to, uint256 value) external returns (bool) {
        require(to != address(0), "use burn");
        _update(msg.sender, to, value);
        return true;
    }
}

/// @title Capped: no mint beyond a cap
abstract contract Capped is TokenBase {
    /// @notice Largest total supply ever allowed.
    uint256 public immutable cap;

    constructor(uint256 cap_) {
        cap = cap_;
    }

    function _update(address from, address to, uint256 value) internal virtual override {
        super._update(from, to, value);
        if (from == address(0)) require(totalSupply <= cap, "cap exceeded");
    }
}

/// @title Snapshotted: counts the transfers made in each block-number epoch
abstract contract Snapshotted is TokenBase {
    /// @notice Number of token movements per epoch of 100 blocks.
    mapping(uint256 => uint256) public movesInEpoch;

    function _update(address from, address to, uint256 value) internal virtual override {
        movesInEpoch[block.number / 100] += 1;
        super._update(from, to, value);
    }
}

/// @title CappedToken: a capped, burnable token with a minter
/// @notice Linearization (C3): CappedToken, Snapshotted, Capped, TokenBase. A mint runs
/// Snapshotted._update, then Capped._update, then TokenBase._update, and the cap check
/// happens after the supply has grown.
/// #invariant totalSupply == sum(balanceOf);
/// #invariant totalSupply <= cap;
contract CappedToken is Capped, Snapshotted {
    /// @notice Decimals of the display unit.
    uint8 public constant decimals = 6;
    /// @notice The only account allowed to mint.
    address public minter;
    /// @notice The conventional "dead" address: tokens sent there are out of circulation but
    /// still counted in totalSupply (unlike `burn`).
    address public constant DEAD = 0x000000000000000000000000000000000000dEaD;

    /// @param capInTokens cap in whole tokens
    constructor(uint256 capInTokens) Capped(capInTokens * 10 ** uint256(decimals)) {
        minter = msg.sender;
    }

    /// @notice Mints `value` base units to `to`.
    function mint(address to, uint256 value) external {
        require(msg.sender == minter, "not minter");
        _update(address(0), to, value);
    }

    /// @notice Burns `value` of the caller's tokens.
    function burn(uint256 value) external {
        _update(msg.sender, address(0), value);
    }

    /// @notice Locks `value` of the caller's tokens forever at the dead address.
    function lockForever(uint256 value) external {
        _update(msg.sender, DEAD, value);
    }

    /// @notice Hands the minter role over (or renounces it with address(0)).
    function setMinter(address newMinter) external {
        require(msg.sender == minter, "not minter");
        minter = newMinter;
    }

    function _update(address from, address to, uint256 value) internal override(Capped, Snapshotted) {
        super._update(from, to, value);
    }

    /// @notice How much can still be minted.
    function mintable() external view returns (uint256) {
        return cap - totalSupply;
    }
}
