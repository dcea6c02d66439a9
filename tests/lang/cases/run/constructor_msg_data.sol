// In a constructor (and in what it calls) msg.data is empty and msg.sig is zero: the
// arguments travel with the init code, not as calldata.
pragma solidity ^0.8.20;

contract Made {
    bytes public seen;
    bytes4 public sig;
    uint256 public inner;

    constructor(uint256) {
        seen = msg.data;
        sig = msg.sig;
        inner = length_of_data();
    }

    function length_of_data() internal pure returns (uint256) {
        return msg.data.length;
    }

    function later() external view returns (uint256, bytes4) {
        return (length_of_data(), msg.sig);
    }
}

contract ConstructorMsgData {
    event Seen(bytes d, bytes4 s, uint256 n);
    event Later(uint256 n, bytes4 s);

    function run() external payable {
        Made m = new Made(42);
        emit Seen(m.seen(), m.sig(), m.inner());
        (uint256 n, bytes4 s) = m.later();
        emit Later(n, s);
    }
}
// ----
// success
// Seen("0x", "0x00000000", "0")
// Later("4", "0xc7cc4ee9")
