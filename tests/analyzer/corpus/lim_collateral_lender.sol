// expect: reentrancy same-function
// contract: Lender
pragma solidity ^0.8.20;
import "@openzeppelin/contracts/token/ERC20/ERC20.sol";

contract Bond is ERC20 {
    constructor() ERC20("Bond", "BND") {
        _mint(msg.sender, 1_000_000 ether);
    }
}

/// Ether loans against BND collateral valued at a fixed price, up to 80% of its value. The
/// loan is sent before the debt is recorded, so a borrower re-entering `borrow` from the
/// payment passes the limit check again on its old debt and borrows its limit twice. The
/// double borrow needs an amount above half the limit that the borrower's own collateral
/// sets: no constant of the program is one.
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
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "loan not sent");
        debt[msg.sender] += amount;
    }

    function repay() external payable {
        debt[msg.sender] -= msg.value;
    }
}
