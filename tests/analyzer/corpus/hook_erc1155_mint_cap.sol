// expect: reentrancy same-function
pragma solidity ^0.8.20;
interface IERC1155Receiver {
    function onERC1155Received(address operator, address from, uint256 id, uint256 amount, bytes calldata data) external returns (bytes4);
}
/// An ERC-1155 edition with a per-wallet cap: mint checks the cap, credits the edition and
/// calls the receiver's onERC1155Received hook (a safe transfer), and only then books what
/// the wallet minted, so the hook mints again past the cap (the shape of the ERC-1155/721
/// mint-hook reentrancies of NFT drops).
contract EditionMinter {
    uint256 public constant MAX_PER_WALLET = 2;
    mapping(address => uint256) public editionBalance;
    mapping(address => uint256) public minted;
    uint256 public totalMinted;
    function mint(uint256 amount) external {
        require(amount > 0 && minted[msg.sender] + amount <= MAX_PER_WALLET, "cap");
        editionBalance[msg.sender] += amount;
        totalMinted += amount;
        require(IERC1155Receiver(msg.sender).onERC1155Received(msg.sender, address(0), 1, amount, "") == IERC1155Receiver.onERC1155Received.selector, "rejected");
        minted[msg.sender] += amount;
    }
}
