// expect: safe
// contract: Lender
pragma solidity ^0.8.20;
import "@openzeppelin/contracts/token/ERC20/ERC20.sol";

contract Bond is ERC20 {
    constructor() ERC20("Bond", "BND") {
        _mint(msg.sender, 1_000_000 ether);
    }
}

/// The look-alike of lim_collateral_lender: the debt is recorded before the loan is sent.
contract Lender {
    Bond public immutable bond;
    uint256 public constant PRICE = 0.003 ether; // per whole BND
    uint256 public constant LTV = 80; // percent
    mapping(address => uint256) public collateral;
    mapping(address => uint256) public debt;

    constructor(Bond b) payable {
        bond = b;
    }

    function deposit(uint256 amount) external {
        bond.transferFrom(msg.sender, address(this), amount);
        collateral[msg.sender] += amount;
    }

    function limitOf(address who) public view returns (uint256) {
        return (collateral[who] * PRICE / 1 ether) * LTV / 100;
    }

    function borrow(uint256 amount) external {
        require(debt[msg.sender] + amount <= limitOf(msg.sender), "over the limit");
        debt[msg.sender] += amount;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "loan not sent");
    }

    function repay() external payable {
        debt[msg.sender] -= msg.value;
    }
}
