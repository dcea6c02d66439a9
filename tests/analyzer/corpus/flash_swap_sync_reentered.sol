// expect: reentrancy cross-contract
// contract: MiniDex
pragma solidity ^0.8.20;
/// A constant-product pair with flash swaps and no lock: the swap's callback re-enters sync(),
/// which books the balance the swap just paid out as the new reserve, so the check after the
/// callback sees the output as input and the caller keeps both tokens without paying.
interface IFlashSwapCallee {
    function flashSwapCall(address sender, uint256 amount0, uint256 amount1, bytes calldata data) external;
}

contract DexToken {
    address public immutable dex = msg.sender;
    mapping(address => uint256) public balanceOf;

    function mint(address to, uint256 amount) external {
        require(msg.sender == dex, "only dex");
        balanceOf[to] += amount;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}

contract Pair {
    DexToken public immutable token0;
    DexToken public immutable token1;
    uint256 public reserve0;
    uint256 public reserve1;
    mapping(address => uint256) public shares;

    constructor(DexToken t0, DexToken t1) {
        token0 = t0;
        token1 = t1;
    }

    function mint(address to) external {
        uint256 b0 = token0.balanceOf(address(this));
        uint256 b1 = token1.balanceOf(address(this));
        shares[to] += (b0 - reserve0) + (b1 - reserve1);
        reserve0 = b0;
        reserve1 = b1;
    }

    function swap(uint256 out0, uint256 out1, address to, bytes calldata data) external {
        require(out0 > 0 || out1 > 0, "no output");
        require(out0 < reserve0 && out1 < reserve1, "no liquidity");
        if (out0 > 0) token0.transfer(to, out0);
        if (out1 > 0) token1.transfer(to, out1);
        if (data.length > 0) IFlashSwapCallee(to).flashSwapCall(msg.sender, out0, out1, data);
        uint256 b0 = token0.balanceOf(address(this));
        uint256 b1 = token1.balanceOf(address(this));
        uint256 in0 = b0 > reserve0 - out0 ? b0 - (reserve0 - out0) : 0;
        uint256 in1 = b1 > reserve1 - out1 ? b1 - (reserve1 - out1) : 0;
        require(in0 > 0 || in1 > 0, "no input");
        require(b0 * b1 >= reserve0 * reserve1, "K");
        reserve0 = b0;
        reserve1 = b1;
    }

    function sync() external {
        reserve0 = token0.balanceOf(address(this));
        reserve1 = token1.balanceOf(address(this));
    }
}

contract MiniDex {
    DexToken public immutable tokenA;
    DexToken public immutable tokenB;
    Pair public immutable pair;

    constructor() {
        tokenA = new DexToken();
        tokenB = new DexToken();
        pair = new Pair(tokenA, tokenB);
    }

    function addLiquidity() external payable {
        require(msg.value >= 2, "too little");
        tokenA.mint(address(pair), msg.value / 2);
        tokenB.mint(address(pair), msg.value - msg.value / 2);
        pair.mint(msg.sender);
    }
}
