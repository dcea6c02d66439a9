// An abstract contract's constructor is internal: a derived contract's construction passes it
// storage references (a mapping, a struct holding one, an array) and internal functions, which
// a deployable contract's constructor could not take.
pragma solidity ^0.8.20;

abstract contract Seeded {
    struct Book {
        mapping(uint256 => uint256) pages;
        uint256 count;
    }

    constructor(
        mapping(uint256 => uint256) storage m,
        Book storage b,
        uint256[] storage xs,
        function(uint256) pure returns (uint256) scale
    ) {
        m[5] = scale(20);
        b.pages[1] = scale(3);
        b.count = 1;
        xs.push(scale(7));
    }
}

contract AbstractConstructorInternalParameters is Seeded {
    event U(uint256 v);

    mapping(uint256 => uint256) public m;
    Book book;
    uint256[] xs;

    constructor() Seeded(m, book, xs, double) {}

    function double(uint256 x) internal pure returns (uint256) {
        return 2 * x;
    }

    function run() external payable {
        emit U(m[5]);
        emit U(m[1]);
        emit U(book.pages[1]);
        emit U(book.count);
        emit U(xs.length);
        emit U(xs[0]);
    }
}
// ----
// success
// U("40")
// U("0")
// U("6")
// U("1")
// U("1")
// U("14")
