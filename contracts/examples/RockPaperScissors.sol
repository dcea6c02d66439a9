// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title RockPaperScissors: a two-player game with commit-reveal and a stake
/// @notice Player one commits keccak256(abi.encodePacked(move, salt)) with a stake; player
/// two joins with the same stake and a plain move (she cannot see player one's move). Player
/// one then reveals; the winner takes both stakes, a draw returns them. If player one does
/// not reveal within REVEAL_TIMEOUT, player two claims everything.
contract RockPaperScissors {
    enum Move {
        None,
        Rock,
        Paper,
        Scissors
    }

    enum Stage {
        Open,
        Joined,
        Done
    }

    uint256 public constant REVEAL_TIMEOUT = 1 hours;

    address payable public immutable playerOne;
    /// @notice The commitment of player one's move.
    bytes32 public immutable commitment;
    /// @notice Stake of each player, in wei.
    uint256 public immutable stake;
    address payable public playerTwo;
    Move public moveTwo;
    /// @notice When player two joined.
    uint256 public joinedAt;
    Stage public stage;

    event Joined(address indexed player, Move move);
    event Result(address winner, Move moveOne, Move moveTwo, int8 outcome);

    /// @param commitment_ keccak256(abi.encodePacked(uint8(move), salt)) of player one's move
    constructor(bytes32 commitment_) payable {
        require(msg.value > 0, "stake something");
        playerOne = payable(msg.sender);
        commitment = commitment_;
        stake = msg.value;
    }

    /// @notice The commitment for `move` and `salt`.
    function commitmentOf(Move move, bytes32 salt) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(uint8(move), salt));
    }

    /// @notice Player two joins with her move and the same stake.
    function join(Move move) external payable {
        require(stage == Stage.Open, "not open");
        require(msg.sender != playerOne, "cannot play yourself");
        require(msg.value == stake, "match the stake");
        require(move != Move.None, "no move");
        playerTwo = payable(msg.sender);
        moveTwo = move;
        joinedAt = block.timestamp;
        stage = Stage.Joined;
        emit Joined(msg.sender, move);
    }

    /// @notice +1 if `a` beats `b`, -1 if it loses, 0 on a draw.
    function outcome(Move a, Move b) public pure returns (int8) {
        if (a == b) return 0;
        // Rock=1, Paper=2, Scissors=3: a wins when a == b % 3 + 1
        return uint8(a) == (uint8(b) % 3) + 1 ? int8(1) : int8(-1);
    }

    /// @notice Player one reveals; the stakes are paid out.
    function reveal(Move move, bytes32 salt) external {
        require(stage == Stage.Joined, "nobody joined");
        require(msg.sender == playerOne, "not player one");
        require(commitmentOf(move, salt) == commitment, "does not match the commitment");
        require(move != Move.None, "no move");
        stage = Stage.Done;
        int8 result = outcome(move, moveTwo);
        address winner = result > 0 ? playerOne : result < 0 ? playerTwo : address(0);
        emit Result(winner, move, moveTwo, result);
        if (result == 0) {
            playerOne.transfer(stake);
            playerTwo.transfer(stake);
        } else {
            payable(winner).transfer(2 * stake);
        }
    }

    /// @notice Player two takes both stakes if player one never reveals.
    function claimTimeout() external {
        require(stage == Stage.Joined, "nothing to claim");
        require(block.timestamp > joinedAt + REVEAL_TIMEOUT, "wait for the reveal");
        stage = Stage.Done;
        emit Result(playerTwo, Move.None, moveTwo, -1);
        playerTwo.transfer(address(this).balance);
    }

    /// @notice Player one cancels before anyone joined.
    function cancel() external {
        require(stage == Stage.Open && msg.sender == playerOne, "cannot cancel");
        stage = Stage.Done;
        playerOne.transfer(stake);
    }
}
