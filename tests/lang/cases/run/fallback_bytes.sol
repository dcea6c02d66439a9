// fallback(bytes calldata) returns (bytes memory): the whole call data in (selector included),
// the output returned raw (not ABI-encoded); an unknown selector, empty data with no receive,
// a value call, a forwarding proxy's round trip, and an override that drops the shape.
pragma solidity ^0.8.20;

contract Echo {
    uint256 public calls;
    bytes public last;
    fallback(bytes calldata input) external payable virtual returns (bytes memory) {
        calls += 1;
        last = input;
        if (input.length >= 4 && bytes4(input[0:4]) == bytes4(0xdeadbeef)) revert("no beef");
        return abi.encodePacked(uint8(input.length), msg.value > 0, input);
    }
}

contract Target {
    function twice(uint256 x) external pure returns (uint256) { return 2 * x; }
}

contract Proxy {
    address immutable target;
    constructor(address t) { target = t; }
    fallback(bytes calldata input) external returns (bytes memory) {
        (bool ok, bytes memory out) = target.call(input);
        require(ok, "forward failed");
        return out;
    }
}

contract Plain is Echo {
    fallback() external payable override { }
}

contract Run {
    event Out(bool ok, bytes data);
    event U(uint256 v);
    function run() external payable {
        Echo e = new Echo();
        (bool ok, bytes memory d) = address(e).call(abi.encodeWithSignature("f(uint256)", 7));
        emit Out(ok, d);
        (ok, d) = address(e).call("");
        emit Out(ok, d);
        (ok, d) = address(e).call{value: 3}(hex"0102");
        emit Out(ok, d);
        (ok, d) = address(e).call(hex"deadbeef00");
        emit Out(ok, d);
        emit U(e.calls());
        emit Out(true, e.last());
        Proxy p = new Proxy(address(new Target()));
        emit U(Target(address(p)).twice(21));
        (ok, d) = address(p).call(hex"12");
        emit Out(ok, d);
        (ok, d) = address(new Plain()).call(hex"0102");
        emit Out(ok, d);
    }
}
// ----
// success
// Out(true, "0x2400b3de648b0000000000000000000000000000000000000000000000000000000000000007")
// Out(true, "0x0000")
// Out(true, "0x02010102")
// Out(false, "0x08c379a0000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000076e6f206265656600000000000000000000000000000000000000000000000000")
// U("3")
// Out(true, "0x0102")
// U("42")
// Out(false, "0x08c379a00000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000000e666f7277617264206661696c6564000000000000000000000000000000000000")
// Out(true, "0x")
