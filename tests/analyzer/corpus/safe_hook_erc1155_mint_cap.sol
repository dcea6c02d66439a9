// expect: safe
pragma solidity ^0.8.20;
interface IERC1155Receiver {
    function onERC1155Received(address operator, address from, uint256 id, uint256 amount, bytes calldata data) external returns (bytes4);
}
/// The look-alike of hook_erc1155_mint_cap: the wallet's count is booked before the hook, so
/// a mint from the hook meets the cap.
contract EditionMinter {
    uint256 public constant MAX_PER_WALLET = 2;
    mapping(address => uint256) public editionBalance;
    mapping(address => uint256) public minted;
    uint256 public totalMinted;
    function mint(uint256 amount) external {
        require(amount > 0 && minted[msg.sender] + amount <= MAX_PER_WALLET, "cap");
        minted[msg.sender] += amount;
        editionBalance[msg.sender] += amount;
        totalMinted += amount;
        require(IERC1155Receiver(msg.sender).onERC1155Received(msg.sender, address(0), 1, amount, "") == IERC1155Receiver.onERC1155Received.selector, "rejected");
    }
}
