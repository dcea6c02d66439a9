// string.concat and bytes.concat: the arguments' bytes back to back, from memory, calldata,
// storage and literals; bytesN arguments contribute their width; no arguments give empty.
pragma solidity ^0.8.20;

contract Joiner {
    string public greeting = "hello";
    bytes public blob = hex"0102";
    string public long = "a string that is longer than thirty-one bytes, stored out of line";

    function join(string calldata a, bytes calldata b) external view returns (string memory, bytes memory) {
        return (string.concat(greeting, ", ", a, "!"), bytes.concat(blob, b, bytes2(0xfffe)));
    }
}

contract Concat {
    event S(string v);
    event B(bytes v);
    event U(uint256 v);
    event Flag(bool v);

    string stored = "stored";
    bytes stored_bytes = hex"aabbcc";

    function run() external payable {
        string memory a = "abc";
        string memory empty;
        emit S(string.concat(a, "def", empty, a));
        emit S(string.concat());
        emit S(string.concat(stored, "/", a));
        emit B(bytes.concat());
        bytes memory m = hex"00ff";
        bytes3 b3 = 0x112233;
        bytes32 full = keccak256("x");
        emit B(bytes.concat(m, b3, bytes1(0x44), "lit", stored_bytes));
        emit B(bytes.concat(full, full));
        emit B(bytes.concat(bytes(a), bytes(stored)));
        emit U(bytes.concat(m, m, m).length);
        emit Flag(keccak256(bytes(string.concat("ab", "c"))) == keccak256(bytes(a)));
        Joiner j = new Joiner();
        (string memory s, bytes memory b) = j.join("world", hex"0304");
        emit S(s);
        emit B(b);
        emit S(string.concat(j.long(), j.greeting()));
        // nested, and the result stays usable as a memory value
        string memory nested = string.concat(string.concat(a, a), string.concat("-", a));
        emit S(nested);
        emit U(bytes(nested).length);
    }
}
// ----
// success
// S("abcdefabc")
// S("")
// S("stored/abc")
// B("0x")
// B("0x00ff112233446c6974aabbcc")
// B("0x7521d1cadbcfa91eec65aa16715b94ffc1c9654ba57ea2ef1a2127bca1127a837521d1cadbcfa91eec65aa16715b94ffc1c9654ba57ea2ef1a2127bca1127a83")
// B("0x61626373746f726564")
// U("6")
// Flag(true)
// S("hello, world!")
// B("0x01020304fffe")
// S("a string that is longer than thirty-one bytes, stored out of linehello")
// S("abcabc-abc")
// U("10")
