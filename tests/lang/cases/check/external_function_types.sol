// External function types: solc's conversion rules (identical parameter and return types, data
// locations aside; pure -> view -> non-payable and payable -> non-payable, never the reverse),
// the member `.selector`, call options only on payable ones, `==` between
// external function values, and the places where they are no value types (mapping keys).
pragma solidity ^0.8.20;

contract ExternalFunctionTypes {
    function(uint256) external pure returns (uint256) pureFn;
    function(uint256) external view returns (uint256) viewFn;
    function(uint256) external returns (uint256) anyFn;
    function() external payable payFn;
    function(string memory) external returns (bool) takesString;
    mapping(function() external => uint256) byFunction;

    function pureOne(uint256 x) external pure returns (uint256) { return x; }
    function viewOne(uint256 x) external view returns (uint256) { return x + address(this).balance; }
    function payableOne() external payable {}
    function plain() external {}
    function narrow(uint8 x) external pure returns (uint8) { return x; }
    function calldataString(string calldata) external pure returns (bool) { return true; }

    function conversions() external {
        viewFn = this.pureOne;
        anyFn = this.viewOne;
        anyFn = viewFn;
        takesString = this.calldataString;
        pureFn = this.viewOne;
        viewFn = anyFn;
        pureFn = this.narrow;
        payFn = this.plain;
        function() external p = this.payableOne;
        p();
    }

    function members() external view returns (bytes4, bool) {
        return (pureFn.selector, pureFn == this.pureOne);
    }

    function options() external {
        payFn{value: 1, gas: 5000}();
        anyFn{value: 1}(2);
    }

    function chosen(bool c) external view returns (uint256) {
        return (c ? this.pureOne : this.narrow)(1);
    }
}
// ----
// tests/lang/cases/check/external_function_types.sol:13:5: error: function () external cannot be a mapping key: only value types (integers, bool, address, bytesN, enums, contracts), string and bytes are allowed [E3000]
//    13 |     mapping(function() external => uint256) byFunction;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/external_function_types.sol:27:18: error: function (uint256) view external returns (uint256) is not implicitly convertible to expected type function (uint256) pure external returns (uint256) [E3000]
//    27 |         pureFn = this.viewOne;
//       |                  ^~~~~~~~~~~~
// tests/lang/cases/check/external_function_types.sol:28:18: error: function (uint256) external returns (uint256) is not implicitly convertible to expected type function (uint256) view external returns (uint256) [E3000]
//    28 |         viewFn = anyFn;
//       |                  ^~~~~
// tests/lang/cases/check/external_function_types.sol:29:18: error: function (uint8) pure external returns (uint8) is not implicitly convertible to expected type function (uint256) pure external returns (uint256) [E3000]
//    29 |         pureFn = this.narrow;
//       |                  ^~~~~~~~~~~
// tests/lang/cases/check/external_function_types.sol:30:17: error: function () external is not implicitly convertible to expected type function () payable external [E3000]
//    30 |         payFn = this.plain;
//       |                 ^~~~~~~~~~
// tests/lang/cases/check/external_function_types.sol:41:15: error: cannot send value to this function value: it is not payable [E3028]
//    41 |         anyFn{value: 1}(2);
//       |               ^~~~~~~~
//       = help: declare it 'payable', or remove '{value: ...}'
// tests/lang/cases/check/external_function_types.sol:45:17: error: the branches of '?:' have incompatible types function (uint256) pure external returns (uint256) and function (uint8) pure external returns (uint8) [E3000]
//    45 |         return (c ? this.pureOne : this.narrow)(1);
//       |                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// 7 errors generated.
