pragma solidity ^0.8.20;
interface IVault {
    function deposit() external payable;
    function balanceOf(address who) external view returns (uint256);
}
abstract contract Owned {
    address owner;
    function owned() public view virtual returns (address) { return owner; }
}
contract A is Owned {
    function owned() public view virtual override returns (address) { return owner; }
}
contract B is Owned {
    function owned() public view virtual override returns (address) { return owner; }
}
contract Vault is IVault, A, B {
    mapping(address => uint256) public override balanceOf;
    function deposit() external payable override {
        balanceOf[msg.sender] += msg.value;
    }
    function owned() public view override(A, B) returns (address) { return owner; }
}
// ----
