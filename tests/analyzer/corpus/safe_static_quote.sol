// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
interface IQuoter {
    function quote(uint256 amount) external view returns (uint256);
}
/// Asks a caller-chosen quoter for a price through a view call (STATICCALL: the quoter
/// cannot change state or call back into a state-changing function), then books.
contract QuotedShop {
    mapping(address => uint256) public bought;
    uint256 public sales;
    function buy(address quoter) external payable {
        uint256 q = IQuoter(quoter).quote(msg.value);
        require(q <= msg.value, "bad quote");
        bought[msg.sender] += msg.value;
        sales += 1;
    }
}
