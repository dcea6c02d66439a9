// selfdestruct takes one address payable (solc 9553, 6160); it modifies the state (solc 8961),
// and solc deprecates it (5159).
pragma solidity ^0.8.20;

contract SelfDestructRules {
    address owner = msg.sender;

    function plainAddress() external {
        selfdestruct(owner);
    }

    function inView() external view {
        selfdestruct(payable(owner));
    }

    function noArgument() external {
        selfdestruct();
    }
}

// ----
// tests/lang/cases/check/selfdestruct_rules.sol:9:9: warning: "selfdestruct" has been deprecated. Note that, starting from the Cancun hard fork, the underlying opcode no longer deletes the code and data associated with an account and only transfers its Ether to the beneficiary, unless executed in the same transaction in which the contract was created (see EIP-6780). [E3044]
//     9 |         selfdestruct(owner);
//       |         ^~~~~~~~~~~~
// tests/lang/cases/check/selfdestruct_rules.sol:9:22: error: argument: address is not implicitly convertible to expected type address payable [E3000]
//     9 |         selfdestruct(owner);
//       |                      ^~~~~
//       = help: convert with payable(...)
// tests/lang/cases/check/selfdestruct_rules.sol:13:9: warning: "selfdestruct" has been deprecated. Note that, starting from the Cancun hard fork, the underlying opcode no longer deletes the code and data associated with an account and only transfers its Ether to the beneficiary, unless executed in the same transaction in which the contract was created (see EIP-6780). [E3044]
//    13 |         selfdestruct(payable(owner));
//       |         ^~~~~~~~~~~~
// tests/lang/cases/check/selfdestruct_rules.sol:13:9: error: function 'inView' is declared 'view', but this expression (potentially) modifies the state [E3008]
//    13 |         selfdestruct(payable(owner));
//       |         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
//       = help: remove 'view'
// tests/lang/cases/check/selfdestruct_rules.sol:17:9: warning: "selfdestruct" has been deprecated. Note that, starting from the Cancun hard fork, the underlying opcode no longer deletes the code and data associated with an account and only transfers its Ether to the beneficiary, unless executed in the same transaction in which the contract was created (see EIP-6780). [E3044]
//    17 |         selfdestruct();
//       |         ^~~~~~~~~~~~
// tests/lang/cases/check/selfdestruct_rules.sol:17:9: error: 'selfdestruct' takes 1 argument, but 0 were given [E3010]
//    17 |         selfdestruct();
//       |         ^~~~~~~~~~~~~~
// 3 errors and 3 warnings generated.
