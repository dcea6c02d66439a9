// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Leaderboard: the top five scores of a game, kept sorted in fixed-size arrays
/// @notice The game server submits scores; the board keeps the five best (highest first) in
/// fixed storage arrays and appends every submission to a bounded history (oldest entries
/// are dropped with a shift and `pop`). A season reset clears everything with `delete`.
contract Leaderboard {
    uint256 public constant SIZE = 5;
    uint256 public constant HISTORY_LIMIT = 20;

    /// @notice The account allowed to submit scores.
    address public immutable server;
    /// @notice Players of the top five, best first (zero: empty slot).
    address[5] public topPlayers;
    /// @notice Scores of the top five, best first.
    uint32[5] public topScores;
    /// @notice Last submitted scores, oldest first.
    uint32[] public history;
    /// @notice Best score of each player this season.
    mapping(address => uint32) public best;
    /// @notice Current season number.
    uint16 public season;

    event NewHighScore(address indexed player, uint32 score, uint256 rank);
    event SeasonReset(uint16 season);

    constructor() {
        server = msg.sender;
        season = 1;
    }

    /// @notice Records `score` for `player`; returns its rank (1-5) or 0 if not on the board.
    function submit(address player, uint32 score) external returns (uint256 rank) {
        require(msg.sender == server, "not server");
        _record(score);
        if (score <= best[player]) return 0;
        best[player] = score;
        // remove the player's older entry, if any, so each player appears once
        for (uint256 i = 0; i < SIZE; i++) {
            if (topPlayers[i] == player) {
                for (uint256 j = i; j + 1 < SIZE; j++) {
                    topPlayers[j] = topPlayers[j + 1];
                    topScores[j] = topScores[j + 1];
                }
                delete topPlayers[SIZE - 1];
                delete topScores[SIZE - 1];
                break;
            }
        }
        // find the insertion point
        uint256 pos = SIZE;
        for (uint256 i = 0; i < SIZE; i++) {
            if (topPlayers[i] == address(0) || score > topScores[i]) {
                pos = i;
                break;
            }
        }
        if (pos == SIZE) return 0;
        // shift the lower entries down by one, from the bottom up
        uint256 k = SIZE - 1;
        while (k > pos) {
            topPlayers[k] = topPlayers[k - 1];
            topScores[k] = topScores[k - 1];
            k--;
        }
        topPlayers[pos] = player;
        topScores[pos] = score;
        rank = pos + 1;
        emit NewHighScore(player, score, rank);
    }

    function _record(uint32 score) private {
        if (history.length == HISTORY_LIMIT) {
            for (uint256 i = 0; i + 1 < history.length; i++) {
                history[i] = history[i + 1];
            }
            history.pop();
        }
        history.push(score);
    }

    /// @notice The board as memory arrays.
    function board() external view returns (address[] memory players, uint256[] memory scores) {
        players = new address[](SIZE);
        scores = new uint256[](SIZE);
        for (uint256 i = 0; i < SIZE; i++) {
            players[i] = topPlayers[i];
            scores[i] = topScores[i];
        }
    }

    /// @notice Mean of the recorded history, rounded down (0 if empty).
    function averageRecent() external view returns (uint256) {
        uint256 n = history.length;
        if (n == 0) return 0;
        uint256 total;
        for (uint256 i = 0; i < n; i++) total += history[i];
        return total / n;
    }

    /// @notice Starts a new season: clears the board and the history (bests are per season,
    /// so the server resubmits them as players play again).
    function resetSeason(address[] memory players) external {
        require(msg.sender == server, "not server");
        delete topPlayers;
        delete topScores;
        delete history;
        for (uint256 i = 0; i < players.length; i++) {
            delete best[players[i]];
        }
        season++;
        emit SeasonReset(season);
    }
}
