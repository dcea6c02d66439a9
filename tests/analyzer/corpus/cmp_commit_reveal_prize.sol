// expect: reentrancy same-function
// contract: GuessGame
pragma solidity ^0.8.20;
/// Commit-reveal: a player commits the hash of a guess and its own address with a stake,
/// then reveals the guess and is paid twice the stake. The prize is paid before the
/// commitment is cleared, so a re-entrant reveal is paid again. The adversary's commitment
/// is a hash no constant of the program holds: the explorer learns it from the comparison
/// a reveal makes.
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
        (bool ok, ) = msg.sender.call{value: 2 * c.stake}("");
        require(ok, "prize");
        c.stake = 0;
    }
}
