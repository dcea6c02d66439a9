// expect: safe
// options: defaults
// The bonded deposits with an unbonding that clears the bond before it pays
// (checks-effects-interactions): a re-entered unbond finds nothing bonded.
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
        bonded[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "payment failed");
    }
}
