// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// `using L for *` attaches a library's functions to literals too, each to the functions whose
// first parameter takes it: a string or hex literal becomes `string memory` or `bytes memory`,
// a number the integer type the function takes.
library L {
    function len(string memory s) internal pure returns (uint256) {
        return bytes(s).length;
    }

    function blen(bytes memory b) internal pure returns (uint256) {
        return b.length;
    }

    function twice(uint256 x) internal pure returns (uint256) {
        return x * 2;
    }

    function small(uint8 x) internal pure returns (uint256) {
        return uint256(x) + 1;
    }
}

contract T {
    using L for *;

    event U(uint256 u);

    function run() public payable {
        emit U("hello".len());
        emit U(hex"010203".blen());
        emit U((5).twice());
        emit U((255).small());
        emit U((2 ** 200).twice() >> 199);
    }
}
// ----
// success
// U("5")
// U("3")
// U("10")
// U("256")
// U("4")
