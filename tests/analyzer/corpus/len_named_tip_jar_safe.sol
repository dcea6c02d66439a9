// expect: safe
// options: defaults
pragma solidity ^0.8.20;
/// len_named_tip_jar.sol fixed: `cashOut` clears the balance before it pays
/// (checks-effects-interactions), so a re-entered `cashOut` finds no tips.
contract NamedTipJarCEI {
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
        tips[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "payout failed");
    }
}
