// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// An inline array of named internal functions is an array of function values of their common
// type (pure ones join a view one as view), as in solc: a dispatch table.
contract InlineArrayOfFunctions {
    event U(uint256);

    function add(uint256 a, uint256 b) internal pure returns (uint256) {
        return a + b;
    }

    function mul(uint256 a, uint256 b) internal pure returns (uint256) {
        return a * b;
    }

    function plusBalance(uint256 a, uint256 b) internal view returns (uint256) {
        return a + b + (address(this).balance > 0 ? 1000 : 0);
    }

    function run() public payable {
        function(uint256, uint256) internal pure returns (uint256)[2] memory ops = [add, mul];
        emit U(ops[0](7, 8));
        emit U(ops[1](7, 8));
        ops[0] = ops[1];
        emit U(ops[0](3, 3));
        for (uint256 i = 0; i < 3; i++) emit U([add, mul, plusBalance][i](2, 5));
    }
}
// ----
// success
// U("15")
// U("56")
// U("9")
// U("7")
// U("10")
// U("1007")
