// expect: reentrancy
// contract: Comptroller
pragma solidity ^0.8.20;
/// Two markets created by one comptroller share its ledger of debts. A market pays out a
/// borrow before it records the debt with the comptroller, so a borrower re-enters the
/// other market while the first debt is not yet counted (the lending-market pattern).
contract Market {
    Comptroller public immutable comptroller;
    mapping(address => uint256) public supplied;
    constructor(Comptroller c) payable { comptroller = c; }
    function supply() external payable { supplied[msg.sender] += msg.value; }
    function borrow(uint256 amount) external {
        require(comptroller.canBorrow(msg.sender, amount), "undercollateralised");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        comptroller.recordDebt(msg.sender, amount);
    }
}
contract Comptroller {
    Market public immutable first;
    Market public immutable second;
    mapping(address => uint256) public debt;
    mapping(address => uint256) public collateral;
    constructor() payable {
        first = new Market{value: msg.value / 2}(this);
        second = new Market{value: msg.value / 2}(this);
    }
    function post() external payable { collateral[msg.sender] += msg.value; }
    function canBorrow(address who, uint256 amount) external view returns (bool) {
        return debt[who] + amount <= collateral[who];
    }
    function recordDebt(address who, uint256 amount) external {
        require(msg.sender == address(first) || msg.sender == address(second), "market");
        debt[who] += amount;
    }
}
