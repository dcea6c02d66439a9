// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title SimpleToken: a fixed-supply ERC20 token
/// @notice The whole supply is minted to the deployer. Name and symbol are bytes32 constants
/// (the wallet decodes them); approvals of type(uint256).max never decrease ("infinite
/// approval"), as most wallets expect.
/// #invariant totalSupply == sum(balanceOf);
contract SimpleToken {
    /// @notice Token name, right-padded ASCII.
    bytes32 public constant name = "Simple Token";
    /// @notice Token symbol, right-padded ASCII.
    bytes32 public constant symbol = "SMPL";
    /// @notice Decimals of the display unit.
    uint8 public constant decimals = 18;

    /// @notice Total number of tokens (in base units).
    uint256 public immutable totalSupply;
    /// @notice Token balance of each account.
    mapping(address => uint256) public balanceOf;
    /// @notice allowance[owner][spender]: what `spender` may still move from `owner`.
    mapping(address => mapping(address => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    error InsufficientBalance(address from, uint256 balance, uint256 needed);
    error InsufficientAllowance(address spender, uint256 allowance, uint256 needed);
    error InvalidReceiver(address to);

    /// @param supply total supply in whole tokens (scaled by 10**decimals)
    constructor(uint256 supply) {
        uint256 amount = supply * 10 ** decimals;
        totalSupply = amount;
        balanceOf[msg.sender] = amount;
        emit Transfer(address(0), msg.sender, amount);
    }

    /// @notice Moves `value` tokens from the caller to `to`.
    /// #if_succeeds totalSupply == old(totalSupply);
    function transfer(address to, uint256 value) external returns (bool) {
        _transfer(msg.sender, to, value);
        return true;
    }

    /// @notice Lets `spender` move up to `value` of the caller's tokens.
    function approve(address spender, uint256 value) external returns (bool) {
        allowance[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    /// @notice Moves `value` tokens from `from` to `to` using the caller's allowance.
    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        uint256 allowed = allowance[from][msg.sender];
        if (allowed != type(uint256).max) {
            if (allowed < value) revert InsufficientAllowance(msg.sender, allowed, value);
            unchecked {
                allowance[from][msg.sender] = allowed - value;
            }
        }
        _transfer(from, to, value);
        return true;
    }

    function _transfer(address from, address to, uint256 value) internal {
        if (to == address(0) || to == address(this)) revert InvalidReceiver(to);
        uint256 fromBalance = balanceOf[from];
        if (fromBalance < value) revert InsufficientBalance(from, fromBalance, value);
        unchecked {
            // cannot underflow (checked above) nor overflow (sum of balances is totalSupply)
            balanceOf[from] = fromBalance - value;
            balanceOf[to] += value;
        }
        emit Transfer(from, to, value);
    }
}
