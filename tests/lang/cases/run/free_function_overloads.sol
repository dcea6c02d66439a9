// Free functions overload as contract functions do: a call picks one by its arguments, from a
// contract and from another free function.
pragma solidity ^0.8.20;
function kind(uint8 x) pure returns (string memory) { x; return "uint8"; }
function kind(int256 x) pure returns (string memory) { x; return "int256"; }
function kind(address a, uint256 x) pure returns (string memory) { a; x; return "address,uint256"; }
function scaled(uint256 x) pure returns (uint256) { return x * 10; }
function scaled(uint256 x, uint256 by) pure returns (uint256) { return x * by; }
function scaledTwice(uint256 x) pure returns (uint256) { return scaled(scaled(x), 2); }
contract FreeFunctionOverloads {
    event S(string s, uint256 v);
    function run() external payable {
        emit S(kind(uint8(1)), 0);
        emit S(kind(-1), 0);
        emit S(kind(address(this), 2), 0);
        uint8 small = 7;
        emit S(kind(small), small);
        emit S("scaled", scaled(3));
        emit S("scaled", scaled(3, 4));
        emit S("scaledTwice", scaledTwice(5));
    }
}
// ----
// success
// S("uint8", "0")
// S("int256", "0")
// S("address,uint256", "0")
// S("uint8", "7")
// S("scaled", "30")
// S("scaled", "12")
// S("scaledTwice", "100")
