// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The pool of lp_remove_pays_before_burn, burning before it pays (checks-effects-interactions).
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
        shares[msg.sender] -= amount;
        totalShares -= amount;
        (bool ok, ) = payable(msg.sender).call{value: out}("");
        require(ok, "send");
    }

    function transferShares(address to, uint256 amount) external {
        require(shares[msg.sender] >= amount, "shares");
        shares[msg.sender] -= amount;
        shares[to] += amount;
    }
}
