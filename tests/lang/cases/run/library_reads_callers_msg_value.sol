// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// A library function runs in its caller's call (solc: by DELEGATECALL for a public one), so
// msg.value there is the value the caller was sent, though no library function is payable.
library Fees {
    function paid() public view returns (uint256) {
        return msg.value;
    }

    function share(uint256 bps) internal view returns (uint256) {
        return (msg.value * bps) / 10_000;
    }
}

contract T {
    event U(uint256 u);

    function run() public payable {
        emit U(Fees.paid());
        emit U(Fees.share(250));
    }
}
// ----
// success
// U("10000000000000000000")
// U("250000000000000000")
