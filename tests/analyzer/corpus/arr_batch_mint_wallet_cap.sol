// expect: adversary-profit same-function
pragma solidity ^0.8.20;
interface IBatchReceiver {
    function onERC1155BatchReceived(address operator, address from, uint256[] calldata ids,
                                    uint256[] calldata values, bytes calldata data)
        external
        returns (bytes4);
}
/// The editions a sale mints: a minimal ERC-1155 whose batch mint calls the receiver's hook.
contract Editions {
    address public immutable minter;
    mapping(uint256 => mapping(address => uint256)) public balanceOf;
    constructor() {
        minter = msg.sender;
    }
    function mintBatch(address to, uint256[] memory ids, uint256[] memory values) external {
        require(msg.sender == minter, "only minter");
        require(ids.length == values.length, "length mismatch");
        for (uint256 i = 0; i < ids.length; i++)
            balanceOf[ids[i]][to] += values[i];
        if (to.code.length > 0)
            require(IBatchReceiver(to).onERC1155BatchReceived(msg.sender, address(0), ids, values,
                                                              "") ==
                        IBatchReceiver.onERC1155BatchReceived.selector,
                    "rejected");
    }
}
/// A paid drop with a per-wallet cap of five items, checked before the batch mint and booked
/// after it: a buyer that fills its cap in one purchase (amounts `[5]`) re-enters `buyBatch`
/// from the batch hook and buys five more. The search must try a one-element amount list
/// other than the domain's first value.
contract CappedDrop {
    uint256 public constant PRICE = 0.01 ether;
    uint256 public constant EDITIONS = 3;
    uint256 public constant MAX_PER_WALLET = 5;
    Editions public immutable editions;
    mapping(address => uint256) public purchased;
    constructor() {
        editions = new Editions();
    }
    function buyBatch(uint256[] calldata ids, uint256[] calldata amounts) external payable {
        require(ids.length == amounts.length && ids.length > 0, "bad input");
        uint256 total;
        for (uint256 i = 0; i < ids.length; i++) {
            require(ids[i] < EDITIONS, "unknown edition");
            total += amounts[i];
        }
        require(purchased[msg.sender] + total <= MAX_PER_WALLET, "wallet limit");
        require(msg.value == total * PRICE, "wrong payment");
        editions.mintBatch(msg.sender, ids, amounts);
        purchased[msg.sender] += total;
    }
}
