// Ether through transfer, send and call options (receive sees the 2300 stipend and its own
// balance), packed encodings of strings and small integers, keccak256 of memory bytes, loops.
pragma solidity ^0.8.20;
contract Sink {
    event Got(uint256 v, uint256 bal);
    receive() external payable { emit Got(msg.value, address(this).balance); }
    function take() external payable returns (uint256) { return msg.value * 2; }
}
contract ValueAndBytes {
    event U(uint256 v);
    event B(bytes v);
    event H(bytes32 v);
    event Flag(bool v);
    function run() external payable {
        Sink s = new Sink();
        payable(address(s)).transfer(1);
        emit Flag(payable(address(s)).send(2));
        emit U(s.take{value: 3}());
        emit U(address(s).balance);
        bytes memory b = abi.encodePacked("ab", uint16(0x0102), "c");
        emit B(b);
        emit U(b.length);
        emit B(b);
        emit H(keccak256(b));
        emit H(keccak256(abi.encodePacked("hello", " ", "world")));
        string memory str = "xyz";
        emit H(keccak256(bytes(str)));
        emit U(bytes(str).length);
        emit Flag(keccak256(bytes("a")) == keccak256("a"));
        uint256 total;
        for (uint256 i = 0; i < 10; i++) {
            if (i % 2 == 0) continue;
            if (i > 7) break;
            total += i;
        }
        emit U(total);
        uint256 k = 0;
        while (true) { k++; if (k == 5) break; }
        emit U(k);
        emit U(address(this).code.length > 0 ? 1 : 0);
        emit U(address(0xdead).code.length);
        emit U(block.number);
        emit U(tx.gasprice);
    }
}
// ----
// success
// Got("1", "1")
// Got("2", "3")
// Flag(true)
// U("6")
// U("6")
// B("0x6162010263")
// U("5")
// B("0x6162010263")
// H("0xcd2c5ff6cbe82ed8e17310d47000dd9505f2bf849aed8182c6e2a5e303512a44")
// H("0x47173285a8d7341e5e972fc677286384f802f8ef42a5ec5f03bbfa254cb01fad")
// H("0x9dd2c369a187b4e6b9c402f030e50743e619301ea62aa4c0737d4ef7e10a3d49")
// U("3")
// Flag(true)
// U("16")
// U("5")
// U("1")
// U("0")
// U("1")
// U("0")
