// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// A tip jar for creators who register a display name of 5 to 20 bytes; fans tip a
/// registered creator, who cashes out what it holds. `cashOut` pays before it clears the
/// creator's balance: a creator re-enters and is paid again out of the others' tips. Only a
/// registered creator holds tips, so the search must generate a name of an accepted length.
contract NamedTipJar {
    uint256 public constant MIN_NAME = 5;
    uint256 public constant MAX_NAME = 20;
    mapping(address => string) public nameOf;
    mapping(address => uint256) public tips;
    event Registered(address indexed creator, string name);
    event Tipped(address indexed fan, address indexed creator, uint256 amount);
    function register(string calldata name) external {
        require(bytes(name).length >= MIN_NAME && bytes(name).length <= MAX_NAME, "name length");
        require(bytes(nameOf[msg.sender]).length == 0, "registered");
        nameOf[msg.sender] = name;
        emit Registered(msg.sender, name);
    }
    function tip(address creator) external payable {
        require(bytes(nameOf[creator]).length != 0, "unknown creator");
        require(msg.value > 0, "nothing to tip");
        tips[creator] += msg.value;
        emit Tipped(msg.sender, creator, msg.value);
    }
    function cashOut() external {
        uint256 amount = tips[msg.sender];
        require(amount > 0, "no tips");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "payout failed");
        tips[msg.sender] = 0;
    }
}
