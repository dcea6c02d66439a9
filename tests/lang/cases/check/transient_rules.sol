pragma solidity ^0.8.28;

struct S {
    uint256 x;
}

contract TransientRules {
    uint256 public transient fine;
    bool private transient locked;
    uint256 transient transient;
    int256 transient initialized = -99;
    uint256 public immutable transient notImmutable;
    int256 constant public transient notConstant = 0;
    uint256[] transient dynamicArray;
    uint256[3] transient fixedArray;
    mapping(uint256 => uint256) transient map;
    S transient s;
    string transient text;

    function viewWrites() external view {
        fine = 1;
    }

    function pureReads() external pure returns (uint256) {
        return fine + 1;
    }

    function assemblyPure() external pure {
        assembly {
            tstore(0, 0)
        }
    }

    function assemblyView() external view returns (uint256 r) {
        assembly {
            tstore(0, r)
            r := tload(locked.slot)
        }
    }

    function assemblyAssignsState() external {
        assembly {
            locked := 1
        }
    }
}
// ----
// tests/lang/cases/check/transient_rules.sol:11:5: error: 'initialized': initialization of transient storage state variables is not supported [E3041]
//    11 |     int256 transient initialized = -99;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
//       = help: assign it in a function; it is zero at the start of every transaction
// tests/lang/cases/check/transient_rules.sol:12:5: error: 'notImmutable': transient cannot be used as data location for constant or immutable variables [E3041]
//    12 |     uint256 public immutable transient notImmutable;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/transient_rules.sol:13:5: error: 'notConstant': initialization of transient storage state variables is not supported [E3041]
//    13 |     int256 constant public transient notConstant = 0;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
//       = help: assign it in a function; it is zero at the start of every transaction
// tests/lang/cases/check/transient_rules.sol:13:5: error: 'notConstant': transient cannot be used as data location for constant or immutable variables [E3041]
//    13 |     int256 constant public transient notConstant = 0;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/transient_rules.sol:14:5: error: 'dynamicArray': transient data location is only supported for value types, not uint256[] storage [E3041]
//    14 |     uint256[] transient dynamicArray;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/transient_rules.sol:15:5: error: 'fixedArray': transient data location is only supported for value types, not uint256[3] storage [E3041]
//    15 |     uint256[3] transient fixedArray;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/transient_rules.sol:16:5: error: 'map': transient data location is only supported for value types, not mapping(uint256 => uint256) [E3041]
//    16 |     mapping(uint256 => uint256) transient map;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/transient_rules.sol:17:5: error: 's': transient data location is only supported for value types, not struct S storage [E3041]
//    17 |     S transient s;
//       |     ^~~~~~~~~~~~~~
// tests/lang/cases/check/transient_rules.sol:18:5: error: 'text': transient data location is only supported for value types, not string storage [E3041]
//    18 |     string transient text;
//       |     ^~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/transient_rules.sol:21:9: error: function 'viewWrites' is declared 'view', but this expression (potentially) modifies the state [E3008]
//    21 |         fine = 1;
//       |         ^~~~~~~~
//       = help: remove 'view'
// tests/lang/cases/check/transient_rules.sol:25:16: error: function 'pureReads' is declared 'pure', but this expression reads the state or the environment [E3008]
//    25 |         return fine + 1;
//       |                ^~~~
//       = help: declare the function 'view'
// tests/lang/cases/check/transient_rules.sol:30:13: error: function 'assemblyPure' is declared 'pure', but this expression modifies the state [E3008]
//    30 |             tstore(0, 0)
//       |             ^~~~~~~~~~~~
//       = help: remove 'pure'
// tests/lang/cases/check/transient_rules.sol:36:13: error: function 'assemblyView' is declared 'view', but this expression (potentially) modifies the state [E3008]
//    36 |             tstore(0, r)
//       |             ^~~~~~~~~~~~
//       = help: remove 'view'
// tests/lang/cases/check/transient_rules.sol:43:13: error: state variable 'locked' can only be used in inline assembly through 'locked.slot' and 'locked.offset' [E3040]
//    43 |             locked := 1
//       |             ^~~~~~
// 14 errors generated.
