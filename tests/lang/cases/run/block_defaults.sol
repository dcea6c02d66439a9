// A fresh run starts at a realistic timestamp, so arithmetic on block.timestamp does not
// underflow; the script contract holds the Foundry balance (2^96 - 1 wei) plus the value sent.
pragma solidity ^0.8.20;

contract BlockDefaults {
    event U(uint256 v);
    event Flag(bool v);

    function run() external payable {
        uint256 dayAgo = block.timestamp - 1 days;
        emit Flag(dayAgo > 1600000000);
        emit Flag(block.timestamp - 365 days > 0);
        emit U(msg.value);
        emit U(block.timestamp);
        emit U(block.number);
    }
}
// ----
// success
// Flag(true)
// Flag(true)
// U("10000000000000000000")
// U("1700000000")
// U("1")
