// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
interface ITokenReceiver {
    function onTokenReceived(address from, uint256 id) external returns (bytes4);
}
/// One NFT per address; everything is booked before the receiver hook runs.
contract CEINFT {
    uint256 public constant PRICE = 1 ether;
    uint256 public nextId = 1;
    mapping(uint256 => address) public ownerOf;
    mapping(address => uint256) public mintedBy;
    function mint() external payable {
        require(msg.value == PRICE, "price");
        require(mintedBy[msg.sender] == 0, "one per address");
        mintedBy[msg.sender] = 1;
        uint256 id = nextId;
        nextId = id + 1;
        ownerOf[id] = msg.sender;
        require(ITokenReceiver(msg.sender).onTokenReceived(address(0), id) == ITokenReceiver.onTokenReceived.selector, "rejected");
    }
}
