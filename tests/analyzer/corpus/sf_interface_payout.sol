// expect: reentrancy same-function
pragma solidity ^0.8.20;
interface IPayee {
    function receivePayment() external payable;
}
/// Pays out through an interface call to the caller, then clears the credit.
contract InterfacePayout {
    mapping(address => uint256) public credit;
    function deposit() external payable { credit[msg.sender] += msg.value; }
    function withdraw() external {
        uint256 amount = credit[msg.sender];
        require(amount > 0, "empty");
        IPayee(msg.sender).receivePayment{value: amount}();
        credit[msg.sender] = 0;
    }
}
