// An external call ABI-encodes its arguments, so a `bytes calldata` (or `uint256[] calldata`)
// parameter takes a memory value, also when the function is overloaded (OpenZeppelin's
// SafeERC20 calls IERC1363.transferAndCall(to, value, data) with `bytes memory data`).
pragma solidity ^0.8.20;

contract Receiver {
    function take(address to, bytes calldata data) external pure returns (uint256) {
        return uint256(uint160(to)) % 7 + data.length;
    }

    function take(address to) external pure returns (uint256) {
        return uint256(uint160(to)) % 7;
    }

    function take(uint256[] calldata xs) external pure returns (uint256) {
        return xs.length * 100 + xs[xs.length - 1];
    }
}

contract ExternalOverloadsTakeMemoryForCalldata {
    event Took(uint256 v);

    function run() external payable {
        Receiver r = new Receiver();
        bytes memory data = "hello";
        uint256[] memory xs = new uint256[](3);
        xs[2] = 42;
        emit Took(r.take(address(0x10), data));
        emit Took(r.take(address(0x10)));
        emit Took(r.take(xs));
    }
}
// ----
// success
// Took("7")
// Took("2")
// Took("342")
