// Since solc 0.8.21 an immutable is written anywhere while its contract is constructed: a
// derived contract's constructor, an inheritance list's arguments, another initializer, any
// number of times, with `delete` and `++`; read before it is written it is zero.
pragma solidity ^0.8.20;

contract Base {
    uint256 immutable x = x + 1;
    uint256 immutable y = x += 2;
    uint8 immutable cleared = 0x42;
    uint256 immutable counted;

    constructor(uint256) {
        x += 64;
        delete cleared;
        counted++;
        counted++;
    }

    function values() public view returns (uint256, uint256, uint8, uint256) {
        return (x, y, cleared, counted);
    }
}

contract Middle is Base(Base.x += 8) {
    uint256 immutable z;

    constructor(uint256 seed) {
        z = seed;
        z *= 3;
        x += 128;
    }

    function zed() public view returns (uint256) {
        return z;
    }
}

contract ImmutablesWhileConstructing is Middle {
    event U(uint256 v);

    constructor() Middle(x += 4) {}

    function run() external payable {
        (uint256 a, uint256 b, uint8 c, uint256 d) = values();
        emit U(a);
        emit U(b);
        emit U(c);
        emit U(d);
        emit U(zed());
    }
}
// ----
// success
// U("207")
// U("3")
// U("0")
// U("2")
// U("21")
