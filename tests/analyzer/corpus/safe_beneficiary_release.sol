// expect: safe
pragma solidity ^0.8.20;
/// Anyone may release vested ether, but only to the immutable beneficiary fixed at
/// deployment; the release is booked after the call. The beneficiary is the deployer's.
contract Vesting {
    address payable public immutable beneficiary;
    uint256 public released;
    constructor(address payable b) payable { beneficiary = b; }
    function release() external {
        uint256 amount = address(this).balance;
        require(amount > 0, "nothing to release");
        (bool ok, ) = beneficiary.call{value: amount}("");
        require(ok, "failed");
        released += amount;
    }
}
