pragma solidity ^0.8.20;
/// No invariant is written: the harm is the adversary's profit. redeemAll pays before it
/// burns the shares, so a callback that redeems again is paid twice, out of the other
/// depositors' ether.
contract SharesVault {
    mapping(address => uint256) public shares;
    uint256 public totalShares;

    function deposit() external payable {
        shares[msg.sender] += msg.value;
        totalShares += msg.value;
    }

    function redeemAll() external {
        uint256 amount = shares[msg.sender];
        require(amount > 0, "nothing to redeem");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
        totalShares -= amount;
        shares[msg.sender] = 0;
    }
}
