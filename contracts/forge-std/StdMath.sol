// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

/// forge-std's stdMath: absolute values and differences, exact at type(int256).min, and
/// relative differences in units of 1e18 = 100% (what assertApproxEqRel compares).
library stdMath {
    int256 private constant INT256_MIN = type(int256).min;

    /// |a|; type(int256).min's, 2^255, has no int256 negation, so it is written out.
    function abs(int256 a) internal pure returns (uint256) {
        if (a == INT256_MIN) return 2 ** 255;
        return uint256(a > 0 ? a : -a);
    }

    function delta(uint256 a, uint256 b) internal pure returns (uint256) {
        return a > b ? a - b : b - a;
    }

    /// |a - b| without overflow: of the same sign the magnitudes' difference, else their sum.
    function delta(int256 a, int256 b) internal pure returns (uint256) {
        if ((a ^ b) > -1) return delta(abs(a), abs(b));
        return abs(a) + abs(b);
    }

    function percentDelta(uint256 a, uint256 b) internal pure returns (uint256) {
        require(b != 0, "stdMath percentDelta(uint256,uint256): Divisor is zero");
        return delta(a, b) * 1e18 / b;
    }

    function percentDelta(int256 a, int256 b) internal pure returns (uint256) {
        uint256 absDelta = delta(a, b);
        uint256 absB = abs(b);
        require(absB != 0, "stdMath percentDelta(int256,int256): Divisor is zero");
        return absDelta * 1e18 / absB;
    }
}
