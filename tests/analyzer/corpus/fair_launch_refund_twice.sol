// expect: adversary-profit same-function
// options: defaults
// An oversubscribed fair launch: buyers commit to a quantity at a price set at deployment
// (immutable, so no constant names it), at most 20 units a wallet, until the sale ends; after
// it each buyer claims its pro-rata allocation and a refund of the rest, paid before the claim
// is recorded. The adversary must pay exactly quantity * price for a quantity within the
// limit, wait for the end, then re-enter the claim from its refund.
pragma solidity ^0.8.20;

contract FairLaunch {
    uint256 public immutable price;
    uint256 public immutable supply;
    uint256 public immutable saleEnd;
    uint256 public constant MAX_PER_WALLET = 20;

    uint256 public totalRequested;
    mapping(address => uint256) public requested;
    mapping(address => uint256) public allocated;
    mapping(address => bool) public claimed;

    error SaleClosed();
    error SaleOpen();
    error WrongPayment();
    error OverLimit();
    error Nothing();

    constructor(uint256 price_, uint256 supply_, uint256 duration) {
        price = price_;
        supply = supply_;
        saleEnd = block.timestamp + duration;
    }

    function commit(uint256 quantity) external payable {
        if (block.timestamp >= saleEnd) revert SaleClosed();
        if (quantity == 0 || msg.value != quantity * price) revert WrongPayment();
        if (requested[msg.sender] + quantity > MAX_PER_WALLET) revert OverLimit();
        requested[msg.sender] += quantity;
        totalRequested += quantity;
    }

    function allocation(address buyer) public view returns (uint256) {
        if (totalRequested <= supply) return requested[buyer];
        return (requested[buyer] * supply) / totalRequested;
    }

    function claim() external {
        if (block.timestamp < saleEnd) revert SaleOpen();
        if (claimed[msg.sender] || requested[msg.sender] == 0) revert Nothing();
        uint256 alloc = allocation(msg.sender);
        allocated[msg.sender] += alloc;
        uint256 refund = (requested[msg.sender] - alloc) * price;
        if (refund > 0) {
            (bool ok, ) = msg.sender.call{value: refund}("");
            require(ok, "refund failed");
        }
        claimed[msg.sender] = true;
    }
}
