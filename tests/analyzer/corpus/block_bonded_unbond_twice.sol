// expect: adversary-profit same-function
// options: defaults
// Bonded deposits that unlock after a number of blocks, not seconds: a bond can be taken back
// once `block.number` passes its release block. The unbonding pays before it clears the bond,
// so a re-entered unbond is paid again from the other bonds. The attack needs the chain to
// move a week of blocks between the bond and the unbond.
pragma solidity ^0.8.20;

contract BlockBondedDeposits {
    uint256 public constant BOND_BLOCKS = 50_400;

    mapping(address => uint256) public bonded;
    mapping(address => uint256) public releaseBlock;

    function bond() external payable {
        require(msg.value > 0, "nothing sent");
        bonded[msg.sender] += msg.value;
        releaseBlock[msg.sender] = block.number + BOND_BLOCKS;
    }

    function blocksLeft(address who) external view returns (uint256) {
        return block.number >= releaseBlock[who] ? 0 : releaseBlock[who] - block.number;
    }

    function unbond() external {
        uint256 amount = bonded[msg.sender];
        require(amount > 0, "nothing bonded");
        require(block.number >= releaseBlock[msg.sender], "still bonded");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "payment failed");
        bonded[msg.sender] = 0;
    }
}
