// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Script.sol";

/// A leaderboard written as people write it: inline array literals for defaults, arguments and
/// storage initialisation, and `push()` as an lvalue.
contract Board {
    struct Entry {
        address who;
        uint256[] scores;
    }

    Entry[] entries;
    uint256[3] public prizes = [100, 50, 25];
    bytes public tags;

    function enter(uint256[2] memory firstScores) external {
        Entry storage e = entries.push();
        e.who = msg.sender;
        e.scores.push() = firstScores[0];
        e.scores.push() = firstScores[1];
        tags.push() = 0xaa;
    }

    function total(uint256 i) external view returns (uint256 sum) {
        uint256[] storage s = entries[i].scores;
        for (uint256 k = 0; k < s.length; ++k) sum += s[k];
    }
}

contract InlineArraysScript is Script {
    function run() external {
        Board board = new Board();
        board.enter([uint256(7), 8]);
        board.enter([uint256(1), 2]);
        string[3] memory names = ["first", "second", "third"];
        for (uint256 i = 0; i < 2; ++i)
            console.log(names[i], board.total(i));
        console.log("prize", board.prizes([2, 1, 0][0]));
        console.log("tags", board.tags().length);
    }
}
