// expect: safe
pragma solidity ^0.8.20;
/// cap_mint_hook_repurchase.sol fixed: the purchase is counted before the receiver hook
/// runs, so a purchase from the hook meets the wallet limit.
interface IERC721Receiver {
    function onERC721Received(address operator, address from, uint256 id, bytes calldata data)
        external
        returns (bytes4);
}

contract LimitedDropCEI {
    uint256 public immutable price;
    uint256 public constant MAX_PER_WALLET = 1;
    address public immutable owner;
    uint256 public nextId = 1;
    mapping(uint256 => address) public ownerOf;
    mapping(address => uint256) public balanceOf;
    mapping(address => uint256) public bought;

    constructor(uint256 price_) {
        require(price_ > 0, "free drop");
        owner = msg.sender;
        price = price_;
    }

    function buy() external payable {
        require(msg.value == price, "wrong payment");
        require(bought[msg.sender] < MAX_PER_WALLET, "wallet limit reached");
        uint256 id = nextId++;
        ownerOf[id] = msg.sender;
        balanceOf[msg.sender] += 1;
        bought[msg.sender] += 1;
        if (msg.sender.code.length > 0) {
            bytes4 answer = IERC721Receiver(msg.sender).onERC721Received(msg.sender, address(0), id, "");
            require(answer == IERC721Receiver.onERC721Received.selector, "not a receiver");
        }
    }

    function withdraw() external {
        require(msg.sender == owner, "not the owner");
        (bool ok, ) = payable(owner).call{value: address(this).balance}("");
        require(ok, "transfer failed");
    }
}
