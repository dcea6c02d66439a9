// Yul's create and create2 with type(C).creationCode, as Uniswap V2's factory creates its pairs:
// the salted address is the one EIP-1014 predicts and the same salt again fails (0). Addresses
// themselves are not compared with the EVM. (Init code that is not a contract also gives 0, but
// burns the gas forwarded on the EVM: the VM's tests check it.)
pragma solidity ^0.8.20;

contract Pair {
    address public factory;
    address public token0;
    address public token1;

    constructor() {
        factory = msg.sender;
    }

    function initialize(address a, address b) external {
        require(msg.sender == factory, "FORBIDDEN");
        (token0, token1) = (a, b);
    }
}

contract Counter {
    uint256 public count;

    constructor(uint256 start) payable {
        count = start;
    }
}

contract Factory {
    event Created(bool predicted, bool initialized, bool again);
    event Plain(uint256 count, uint256 balance, bool distinct);
    event Poor(bool created, bool created2, uint256 spent);

    function createPair(address t0, address t1) public returns (address pair) {
        bytes memory bytecode = type(Pair).creationCode;
        bytes32 salt = keccak256(abi.encodePacked(t0, t1));
        assembly {
            pair := create2(0, add(bytecode, 32), mload(bytecode), salt)
        }
        if (pair != address(0)) Pair(pair).initialize(t0, t1);
    }

    function predict(address t0, address t1) internal view returns (address) {
        bytes32 salt = keccak256(abi.encodePacked(t0, t1));
        bytes32 h = keccak256(abi.encodePacked(bytes1(0xff), address(this), salt, keccak256(type(Pair).creationCode)));
        return address(uint160(uint256(h)));
    }

    function run() external payable {
        address p = createPair(address(1), address(2));
        address again = createPair(address(1), address(2));
        emit Created(p == predict(address(1), address(2)), Pair(p).token1() == address(2),
                     again == address(0));

        bytes memory init = abi.encodePacked(type(Counter).creationCode, abi.encode(uint256(41)));
        address a;
        address b;
        assembly {
            a := create(7, add(init, 32), mload(init))
            b := create(0, add(init, 32), mload(init))
        }
        emit Plain(Counter(a).count(), a.balance, a != b && b != address(0));

        // More value than the creator holds: no creation, 0, and the creator keeps its ether.
        uint256 held = address(this).balance;
        uint256 tooMuch = held + 1;
        address c;
        address d;
        assembly {
            c := create(tooMuch, add(init, 32), mload(init))
            d := create2(tooMuch, add(init, 32), mload(init), 7)
        }
        emit Poor(c != address(0), d != address(0), held - address(this).balance);
    }
}
// ----
// success
// Created(true, true, true)
// Plain("41", "7", true)
// Poor(false, false, "0")
