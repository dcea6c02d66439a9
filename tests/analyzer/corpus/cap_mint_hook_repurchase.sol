// expect: reentrancy same-function
pragma solidity ^0.8.20;
/// A limited drop: each wallet may buy at most MAX_PER_WALLET passes, at the price the deployer
/// set (no constant of the program: a re-entered purchase pays what the first one paid). The
/// sale mints through a receiver hook (`onERC721Received`, as `_safeMint` does) before it
/// counts the purchase: the buyer's contract buys again from the hook, paying again, and the
/// wallet limit, read before either purchase was counted, lets both through.
interface IERC721Receiver {
    function onERC721Received(address operator, address from, uint256 id, bytes calldata data)
        external
        returns (bytes4);
}

contract LimitedDrop {
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
        if (msg.sender.code.length > 0) {
            bytes4 answer = IERC721Receiver(msg.sender).onERC721Received(msg.sender, address(0), id, "");
            require(answer == IERC721Receiver.onERC721Received.selector, "not a receiver");
        }
        bought[msg.sender] += 1;
    }

    function withdraw() external {
        require(msg.sender == owner, "not the owner");
        (bool ok, ) = payable(owner).call{value: address(this).balance}("");
        require(ok, "transfer failed");
    }
}
