// expect: adversary-profit same-function
// txs: 3
pragma solidity ^0.8.20;
/// An ether pool whose liquidity providers hold shares they may move. Removing liquidity
/// prices the shares at the pool's balance and pays before burning them, so a re-entrant
/// removal prices the same shares again against what is left. (Before, the witness had an
/// honest provider hand its shares to the adversary first; honest users act for themselves.)
contract LiquidityPool {
    mapping(address => uint256) public shares;
    uint256 public totalShares;

    function addLiquidity() external payable returns (uint256 minted) {
        require(msg.value > 0, "zero");
        uint256 reserve = address(this).balance - msg.value;
        minted = totalShares == 0 ? msg.value : (msg.value * totalShares) / reserve;
        shares[msg.sender] += minted;
        totalShares += minted;
    }

    function removeLiquidity(uint256 amount) external {
        require(amount > 0 && shares[msg.sender] >= amount, "shares");
        uint256 out = (amount * address(this).balance) / totalShares;
        (bool ok, ) = payable(msg.sender).call{value: out}("");
        require(ok, "send");
        shares[msg.sender] -= amount;
        totalShares -= amount;
    }

    function transferShares(address to, uint256 amount) external {
        require(shares[msg.sender] >= amount, "shares");
        shares[msg.sender] -= amount;
        shares[to] += amount;
    }
}
