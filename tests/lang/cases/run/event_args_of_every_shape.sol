// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// Events whose arguments are structs (static and with dynamic fields), arrays of dynamic values
// and arrays of structs, decoded as the EVM encodes them, and an event that code run by
// delegatecall emits from the caller, which does not declare it.
contract Logic {
    event Stepped(uint256 step, string note);

    // Payable: a delegatecall keeps the caller's msg.value (run() is sent ether).
    function step(uint256 n) external payable {
        emit Stepped(n, "by logic");
    }
}

contract EventArgsOfEveryShape {
    struct Point {
        uint256 x;
        int64 y;
    }
    struct Tagged {
        string tag;
        uint8[] codes;
        Point at;
    }

    event Moved(Point p, bool ok);
    event Named(string[] names, uint256 count, bytes32 id);
    event Labelled(Tagged t, Point[] trail);
    event Nested(uint16[][2] grid, address who);

    function run() public payable {
        emit Moved(Point(3, -4), true);
        string[] memory names = new string[](2);
        names[0] = "ann";
        names[1] = "a name longer than thirty-two bytes, to span words";
        emit Named(names, 2, keccak256("id"));
        uint8[] memory codes = new uint8[](3);
        codes[0] = 1;
        codes[2] = 255;
        Point[] memory trail = new Point[](2);
        trail[1] = Point(7, type(int64).min);
        emit Labelled(Tagged("t", codes, Point(1, 2)), trail);
        uint16[][2] memory grid;
        grid[0] = new uint16[](1);
        grid[0][0] = 9;
        grid[1] = new uint16[](2);
        grid[1][1] = 65535;
        emit Nested(grid, address(0xBEEF));
        Logic logic = new Logic();
        (bool ok, ) = address(logic).delegatecall(abi.encodeCall(Logic.step, (42)));
        require(ok, "delegatecall failed");
    }
}
// ----
// success
// Moved(["3","-4"], true)
// Named(["ann","a name longer than thirty-two bytes, to span words"], "2", "0xa709fd3aa96d9faf770e44a5aef2f4808a6fe3a5ddf546568f36ad3a3873f31d")
// Labelled(["t",["1","0","255"],["1","2"]], [["0","0"],["7","-9223372036854775808"]])
// Nested([["9"],["0","65535"]], "0x000000000000000000000000000000000000beef")
// Stepped("42", "by logic")
