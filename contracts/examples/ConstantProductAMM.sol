// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice The ERC20 functions the pool uses.
interface IERC20Token {
    function transfer(address to, uint256 amount) external returns (bool);

    function transferFrom(address from, address to, uint256 amount) external returns (bool);

    function balanceOf(address account) external view returns (uint256);
}

/// @title ConstantProductAMM: a two-token x*y=k pool with a 0.3% fee
/// @notice Liquidity providers deposit both tokens in the pool's ratio and receive pool
/// shares; traders swap one token for the other. All arithmetic is checked (Solidity 0.8),
/// so a swap that would overflow reverts instead of wrapping.
/// #invariant totalSupply == sum(balanceOf);
contract ConstantProductAMM {
    IERC20Token public immutable token0;
    IERC20Token public immutable token1;

    /// @notice Pool's accounting of token0.
    uint256 public reserve0;
    /// @notice Pool's accounting of token1.
    uint256 public reserve1;
    /// @notice Total pool shares.
    uint256 public totalSupply;
    /// @notice Pool shares of each provider.
    mapping(address => uint256) public balanceOf;

    uint256 public constant FEE_NUMERATOR = 997;
    uint256 public constant FEE_DENOMINATOR = 1000;

    event Swap(address indexed trader, address indexed tokenIn, uint256 amountIn, uint256 amountOut);
    event AddLiquidity(address indexed provider, uint256 amount0, uint256 amount1, uint256 shares);
    event RemoveLiquidity(address indexed provider, uint256 amount0, uint256 amount1, uint256 shares);

    error InvalidToken(address token);
    error InsufficientOutput(uint256 out, uint256 minOut);

    constructor(address token0_, address token1_) {
        require(token0_ != token1_, "identical tokens");
        token0 = IERC20Token(token0_);
        token1 = IERC20Token(token1_);
    }

    /// @notice Both reserves in one call.
    function getReserves() public view returns (uint256, uint256) {
        return (reserve0, reserve1);
    }

    /// @notice Output of a swap of `amountIn` of `tokenIn` at the current reserves.
    function quote(address tokenIn, uint256 amountIn) public view returns (uint256 amountOut) {
        bool isToken0 = tokenIn == address(token0);
        if (!isToken0 && tokenIn != address(token1)) revert InvalidToken(tokenIn);
        (uint256 reserveIn, uint256 reserveOut) = isToken0 ? (reserve0, reserve1) : (reserve1, reserve0);
        uint256 amountInWithFee = (amountIn * FEE_NUMERATOR) / FEE_DENOMINATOR;
        amountOut = (reserveOut * amountInWithFee) / (reserveIn + amountInWithFee);
    }

    /// @notice Swaps `amountIn` of `tokenIn` for at least `minOut` of the other token.
    function swap(address tokenIn, uint256 amountIn, uint256 minOut) external returns (uint256 amountOut) {
        require(amountIn > 0, "amount in = 0");
        amountOut = quote(tokenIn, amountIn);
        if (amountOut < minOut) revert InsufficientOutput(amountOut, minOut);
        bool isToken0 = tokenIn == address(token0);
        (IERC20Token tIn, IERC20Token tOut) = isToken0 ? (token0, token1) : (token1, token0);
        require(tIn.transferFrom(msg.sender, address(this), amountIn), "transferFrom failed");
        require(tOut.transfer(msg.sender, amountOut), "transfer failed");
        _sync();
        emit Swap(msg.sender, tokenIn, amountIn, amountOut);
    }

    /// @notice Adds liquidity in the current ratio (any ratio for the first deposit).
    function addLiquidity(uint256 amount0, uint256 amount1) external returns (uint256 shares) {
        if (reserve0 > 0 || reserve1 > 0) {
            require(reserve0 * amount1 == reserve1 * amount0, "x / y != dx / dy");
        }
        require(token0.transferFrom(msg.sender, address(this), amount0), "transferFrom failed");
        require(token1.transferFrom(msg.sender, address(this), amount1), "transferFrom failed");
        if (totalSupply == 0) {
            shares = _sqrt(amount0 * amount1);
        } else {
            shares = _min((amount0 * totalSupply) / reserve0, (amount1 * totalSupply) / reserve1);
        }
        require(shares > 0, "shares = 0");
        balanceOf[msg.sender] += shares;
        totalSupply += shares;
        _sync();
        emit AddLiquidity(msg.sender, amount0, amount1, shares);
    }

    /// @notice Burns `shares` for the matching amounts of both tokens.
    function removeLiquidity(uint256 shares) external returns (uint256 amount0, uint256 amount1) {
        uint256 bal0 = token0.balanceOf(address(this));
        uint256 bal1 = token1.balanceOf(address(this));
        amount0 = (shares * bal0) / totalSupply;
        amount1 = (shares * bal1) / totalSupply;
        require(amount0 > 0 && amount1 > 0, "amount0 or amount1 = 0");
        balanceOf[msg.sender] -= shares;
        totalSupply -= shares;
        require(token0.transfer(msg.sender, amount0), "transfer failed");
        require(token1.transfer(msg.sender, amount1), "transfer failed");
        _sync();
        emit RemoveLiquidity(msg.sender, amount0, amount1, shares);
    }

    function _sync() private {
        reserve0 = token0.balanceOf(address(this));
        reserve1 = token1.balanceOf(address(this));
    }

    /// @dev Babylonian square root, rounding down.
    function _sqrt(uint256 y) private pure returns (uint256 z) {
        if (y > 3) {
            z = y;
            uint256 x = y / 2 + 1;
            while (x < z) {
                z = x;
                x = (y / x + x) / 2;
            }
        } else if (y != 0) {
            z = 1;
        }
    }

    function _min(uint256 x, uint256 y) private pure returns (uint256) {
        return x <= y ? x : y;
    }
}
