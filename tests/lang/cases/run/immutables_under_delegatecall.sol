// Immutables live with the code (solc embeds them in the runtime code): read through a proxy's
// DELEGATECALL they are the implementation's values, not the proxy's storage; and code run by
// DELEGATECALL that writes the caller's low slots, or an sstore in assembly, never changes one.
pragma solidity ^0.8.20;

contract Logic {
    uint256 public counter; // slot 0, the proxy's `impl`
    address public immutable self = address(this);
    uint256 public immutable fee;
    bytes4 public immutable tag = 0xcafebabe;
    int16 public immutable delta = -7;

    constructor(uint256 f) {
        fee = f;
        counter = fee + 1; // an immutable read back in the constructor
    }

    function info() external view returns (address, uint256, bool, bytes4, int16) {
        return (self, fee, address(this) != self, tag, delta);
    }

    function scribble() external {
        assembly {
            sstore(1, 99)
            sstore(2, 98)
            sstore(3, 97)
            sstore(4, 96)
        }
    }
}

contract Proxy {
    address public impl; // slot 0
    uint256 public other = 777; // slot 1
    uint256 public more = 888; // slot 2
    address public immutable admin = msg.sender;

    constructor(address i) {
        impl = i;
    }

    fallback() external payable {
        (bool ok, bytes memory r) = impl.delegatecall(msg.data);
        require(ok, "delegatecall failed");
        assembly {
            return(add(r, 32), mload(r))
        }
    }
}

contract Run {
    event Info(bool selfIsLogic, uint256 fee, bool viaProxy, bytes4 tag, int16 delta);
    event U(uint256 a, uint256 b);
    event B(bool b);

    function run() external payable {
        Logic l = new Logic(250);
        Proxy p = new Proxy(address(l));
        (address s, uint256 f, bool via, bytes4 t, int16 d) = Logic(address(p)).info();
        emit Info(s == address(l), f, via, t, d);
        (s, f, via, t, d) = l.info();
        emit Info(s == address(l), f, via, t, d);
        emit U(l.counter(), Logic(address(p)).fee());
        emit B(Logic(address(p)).self() == address(l));
        Logic(address(p)).scribble();
        l.scribble();
        emit U(p.other(), p.more());
        emit B(p.admin() == address(this));
        (s, f, via, t, d) = Logic(address(p)).info();
        emit Info(s == address(l), f, via, t, d);
        (s, f, via, t, d) = l.info();
        emit Info(s == address(l), f, via, t, d);
    }
}
// ----
// success
// Info(true, "250", true, "0xcafebabe", "-7")
// Info(true, "250", false, "0xcafebabe", "-7")
// U("251", "250")
// B(true)
// U("99", "98")
// B(true)
// Info(true, "250", true, "0xcafebabe", "-7")
// Info(true, "250", false, "0xcafebabe", "-7")
