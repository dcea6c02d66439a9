// expect: reentrancy same-function
pragma solidity ^0.8.20;
/// A sale of credits at a fixed unit price: `buy(n)` takes exactly n * PRICE wei, `sell(n)`
/// pays them back before it burns the credits. Buying needs a quantity and a payment that
/// agree, for the honest buyers as for the adversary.
contract CreditSale {
    uint256 public constant PRICE = 1e15;
    mapping(address => uint256) public credits;
    uint256 public issued;

    function buy(uint256 n) external payable {
        require(msg.value == n * PRICE, "pay n * PRICE");
        credits[msg.sender] += n;
        issued += n;
    }

    function sell(uint256 n) external {
        require(credits[msg.sender] >= n, "not enough credits");
        (bool ok, ) = payable(msg.sender).call{value: n * PRICE}("");
        require(ok, "payment failed");
        unchecked {
            credits[msg.sender] -= n;
        }
        issued -= n;
    }
}
