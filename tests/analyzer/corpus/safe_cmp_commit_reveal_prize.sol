// expect: safe
// contract: GuessGame
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The guessing game of cmp_commit_reveal_prize.sol with the commitment cleared before the
/// prize is paid (checks-effects-interactions): a re-entrant reveal finds nothing committed.
contract GuessGame {
    struct Commitment {
        bytes32 hash;
        uint256 stake;
    }
    mapping(address => Commitment) public commitments;
    uint256 public constant STAKE = 1 ether;
    constructor() payable {}
    function commit(bytes32 hash) external payable {
        require(msg.value == STAKE, "stake");
        require(commitments[msg.sender].stake == 0, "committed");
        commitments[msg.sender] = Commitment(hash, msg.value);
    }
    function reveal(uint256 guess) external {
        Commitment storage c = commitments[msg.sender];
        require(c.stake > 0, "nothing committed");
        require(keccak256(abi.encodePacked(guess, msg.sender)) == c.hash, "wrong reveal");
        uint256 prize = 2 * c.stake;
        c.stake = 0;
        (bool ok, ) = msg.sender.call{value: prize}("");
        require(ok, "prize");
    }
}
