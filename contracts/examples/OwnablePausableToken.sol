// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Context: where the message sender comes from (overridable for meta-transactions)
abstract contract Context {
    function _msgSender() internal view virtual returns (address) {
        return msg.sender;
    }
}

/// @title Ownable: a single owner, transferable in two steps
abstract contract Ownable is Context {
    /// @notice The current owner.
    address public owner;
    /// @notice The account that may accept ownership.
    address public pendingOwner;

    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    error NotOwner(address caller);

    constructor() {
        owner = _msgSender();
        emit OwnershipTransferred(address(0), owner);
    }

    modifier onlyOwner() {
        if (_msgSender() != owner) revert NotOwner(_msgSender());
        _;
    }

    /// @notice Starts handing the contract over to `newOwner`.
    function transferOwnership(address newOwner) public virtual onlyOwner {
        pendingOwner = newOwner;
    }

    /// @notice Completes the hand-over; only the pending owner may call it.
    function acceptOwnership() public virtual {
        require(_msgSender() == pendingOwner, "not the pending owner");
        emit OwnershipTransferred(owner, pendingOwner);
        owner = pendingOwner;
        delete pendingOwner;
    }
}

/// @title Pausable: an emergency stop
abstract contract Pausable is Context {
    /// @notice True while the contract is paused.
    bool public paused;

    event Paused(address account);
    event Unpaused(address account);

    modifier whenNotPaused() {
        require(!paused, "paused");
        _;
    }

    function _setPaused(bool value) internal virtual {
        paused = value;
        if (value) emit Paused(_msgSender());
        else emit Unpaused(_msgSender());
    }
}

/// @title OwnablePausableToken: a mintable token built from Ownable and Pausable
/// @notice The owner mints and may pause all transfers. Linearization (C3):
/// OwnablePausableToken, Pausable, Ownable, Context, so `super._setPaused` in this contract
/// reaches Pausable's and `_msgSender` is Context's, shared once by both bases.
/// #invariant totalSupply == sum(balanceOf);
contract OwnablePausableToken is Ownable, Pausable {
    /// @notice Token balance of each account.
    mapping(address => uint256) public balanceOf;
    /// @notice Total tokens minted and not burned.
    uint256 public totalSupply;
    /// @notice Number of times the token was paused (audit trail).
    uint32 public pauseCount;

    event Transfer(address indexed from, address indexed to, uint256 value);

    /// @notice Mints `amount` tokens to `to`.
    function mint(address to, uint256 amount) external onlyOwner {
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
    }

    /// @notice Burns `amount` of the caller's tokens.
    function burn(uint256 amount) external whenNotPaused {
        balanceOf[_msgSender()] -= amount;
        totalSupply -= amount;
        emit Transfer(_msgSender(), address(0), amount);
    }

    /// @notice Moves tokens; refused while paused.
    function transfer(address to, uint256 amount) external whenNotPaused returns (bool) {
        address from = _msgSender();
        require(balanceOf[from] >= amount, "insufficient balance");
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        emit Transfer(from, to, amount);
        return true;
    }

    /// @notice Pauses or unpauses all transfers.
    function setPaused(bool value) external onlyOwner {
        _setPaused(value);
    }

    /// @dev Counts pauses, then defers to Pausable.
    function _setPaused(bool value) internal override {
        if (value && !paused) pauseCount += 1;
        super._setPaused(value);
    }

    /// @notice Ownership cannot move while paused (a paused token is under incident response).
    function transferOwnership(address newOwner) public override whenNotPaused {
        require(newOwner != address(0), "zero owner");
        super.transferOwnership(newOwner);
    }
}
