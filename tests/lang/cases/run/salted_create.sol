// CREATE2 (`new C{salt: s}(...)`): the address depends on the salt and on the init code (the
// constructor arguments included), not on the creator's nonce. Addresses themselves are not
// compared with the EVM (Mallory's code is not solc's bytecode), only what follows from them:
// EIP-1014's prediction from type(C).creationCode holds on both.
pragma solidity ^0.8.20;

contract Child {
    uint256 public x;

    constructor(uint256 x_) payable {
        x = x_;
    }

    function worth() external view returns (uint256) {
        return address(this).balance * 1000 + x;
    }
}

contract Factory {
    event Differs(bool saltsDiffer, bool argumentsDiffer, bool nonceIgnored);
    event Worth(uint256 p, uint256 q, uint256 ordered);
    event Collision(bool caught, uint256 fromConstructor);
    event Predicted(bool matches, bool codeNonEmpty);

    Child public made;
    uint256 public evaluated;

    constructor() {
        made = new Child{salt: "ctor"}(99);
    }

    function predict(bytes32 salt, uint256 x) internal view returns (address) {
        bytes32 init = keccak256(abi.encodePacked(type(Child).creationCode, abi.encode(x)));
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), address(this), salt, init)))));
    }

    function next() internal returns (uint256) {
        return ++evaluated;
    }

    function run() external payable {
        Child a = new Child{salt: "a"}(1);
        Child b = new Child{salt: "b"}(1);
        Child a2 = new Child{salt: "a"}(2);
        Child plain = new Child(1);
        emit Differs(a != b, a != a2, address(plain) != address(a) && address(plain) != address(b));

        Child p = new Child{salt: "abc", value: 3}(7);
        Child q = new Child{value: 3, salt: "abc"}(8);
        // The options are evaluated in the order written, then the arguments.
        Child o = new Child{value: next(), salt: bytes32(next())}(next() * 10);
        emit Worth(p.worth(), q.worth(), o.worth());

        bool caught;
        try new Child{salt: "a"}(1) returns (Child) {
            caught = false;
        } catch {
            caught = true;
        }
        emit Collision(caught, made.x());

        Child d = new Child{salt: "d"}(4);
        emit Predicted(address(d) == predict("d", 4) && address(d) != predict("d", 5),
                       type(Child).creationCode.length > 0);
    }
}
// ----
// success
// Differs(true, true, true)
// Worth("3007", "3008", "1030")
// Collision(true, "99")
// Predicted(true, true)
