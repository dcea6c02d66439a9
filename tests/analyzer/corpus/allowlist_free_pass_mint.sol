// expect: reentrancy same-function
pragma solidity ^0.8.20;
// A members' club hands each allowlisted wallet one free pass and buys passes back at a floor
// price. The free claim mints (and calls the holder's receiver hook) before it records the
// claim, so an allowlisted contract re-enters and claims again. The owner's allowlist is a
// place any user gets, not a role: the adversary's wallet is on it like anyone's.
interface IPassReceiver {
    function onPassReceived(address from, uint256 passId) external returns (bytes4);
}

contract ClubPasses {
    address public owner;
    uint256 public nextPass = 1;
    uint256 public constant PRICE = 1 ether;
    uint256 public constant FLOOR = 0.5 ether;
    mapping(uint256 => address) public holderOf;
    mapping(address => bool) public listed;
    mapping(address => bool) public gotFree;

    constructor() {
        owner = msg.sender;
    }

    function allow(address[] calldata wallets) external {
        require(msg.sender == owner, "owner only");
        for (uint256 i = 0; i < wallets.length; i++) listed[wallets[i]] = true;
    }

    function buy() external payable {
        require(msg.value == PRICE, "price");
        _issue(msg.sender);
    }

    function claimFree() external {
        require(listed[msg.sender], "not listed");
        require(!gotFree[msg.sender], "claimed");
        _issue(msg.sender);
        gotFree[msg.sender] = true;
    }

    function sellBack(uint256 passId) external {
        require(holderOf[passId] == msg.sender, "not holder");
        holderOf[passId] = address(this);
        (bool ok, ) = msg.sender.call{value: FLOOR}("");
        require(ok, "pay");
    }

    function _issue(address to) internal {
        uint256 id = nextPass++;
        holderOf[id] = to;
        if (to.code.length > 0) {
            require(
                IPassReceiver(to).onPassReceived(msg.sender, id) == IPassReceiver.onPassReceived.selector,
                "refused"
            );
        }
    }
}
