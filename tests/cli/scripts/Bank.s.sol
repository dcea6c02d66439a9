// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Script.sol";

/// A minimal bank (self-contained, so the golden output depends on this file only).
contract Vault {
    mapping(address => uint256) public balances;

    event Deposit(address indexed who, uint256 amount);

    function deposit() external payable {
        balances[msg.sender] += msg.value;
        emit Deposit(msg.sender, msg.value);
    }

    function reserves() external view returns (uint256) {
        return address(this).balance;
    }
}

/// Golden-test script for `mallory run`: events, logs, return values, arguments and reverts.
contract BankScript is Script {
    error TooLarge(uint256 given, uint256 limit);

    function run() public returns (uint256 reserves) {
        Vault bank = new Vault();
        bank.deposit{value: 5 ether}();
        console.log("bank reserves", bank.reserves());
        reserves = bank.reserves();
    }

    function add(uint256 a, uint256 b) public pure returns (uint256 sum, bool even) {
        sum = a + b;
        even = sum % 2 == 0;
    }

    function greet(string memory name, address who) public {
        console.log("hello", name);
        console.log("address", who);
    }

    function failWithReason() public pure {
        revert("the script gave up");
    }

    function failWithError(uint256 x) public pure {
        if (x > 10) revert TooLarge(x, 10);
    }

    function overflow() public pure returns (uint8) {
        uint8 x = 255;
        return x + 1;
    }

    function pay() public payable returns (uint256) {
        return msg.value;
    }
}
