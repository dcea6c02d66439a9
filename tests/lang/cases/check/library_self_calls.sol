// A public or external library function attached with `using for` is called by a delegatecall
// into the library: the library itself cannot call its own that way (solc 6700). Inside the
// library an external function is not visible by its bare name either (7576); internal
// functions attach and public ones are called by name.
pragma solidity ^0.8.20;

library L {
    using L for uint256;

    function twice(uint256 x) public pure returns (uint256) {
        return 2 * x;
    }

    function ext(uint256 x) external pure returns (uint256) {
        return x;
    }

    function inc(uint256 x) internal pure returns (uint256) {
        return x + 1;
    }

    function ok(uint256 x) public pure returns (uint256) {
        return x.inc() + twice(x);
    }

    function attachedPublic(uint256 x) public pure returns (uint256) {
        return x.twice();
    }

    function attachedExternal(uint256 x) public pure returns (uint256) {
        return x.ext();
    }

    function bareExternal(uint256 x) public pure returns (uint256) {
        return ext(x);
    }
}

contract C {
    using L for uint256;

    function f(uint256 x) external pure returns (uint256) {
        return x.twice() + x.ext() + L.ext(x);
    }
}

// ----
// tests/lang/cases/check/library_self_calls.sol:27:16: error: Libraries cannot call their own functions externally. [E2027]
//    27 |         return x.twice();
//       |                ^~~~~~~~~
//       = help: call it by name, twice(x, ...), an internal call
// tests/lang/cases/check/library_self_calls.sol:31:16: error: Libraries cannot call their own functions externally. [E2027]
//    31 |         return x.ext();
//       |                ^~~~~~~
//       = help: make 'ext' internal, or public and call it by name
// tests/lang/cases/check/library_self_calls.sol:35:16: error: 'ext' is external and cannot be called internally [E3038]
//    35 |         return ext(x);
//       |                ^~~~~~
//       = help: make 'ext' public or internal to call it inside 'L'
// 3 errors generated.
