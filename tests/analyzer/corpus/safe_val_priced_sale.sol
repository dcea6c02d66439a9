// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The look-alike of val_priced_sale: the credits are burnt before the payment.
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
        credits[msg.sender] -= n;
        issued -= n;
        (bool ok, ) = payable(msg.sender).call{value: n * PRICE}("");
        require(ok, "payment failed");
    }
}
