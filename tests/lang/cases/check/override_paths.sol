pragma solidity ^0.8.20;

// An override list names, along every path up the inheritance graph, the first contract that
// defines the function (solc): IBase through IExt, Base through Mid. Mid defines nothing.
interface IBase {
    function foo() external view;
}

contract Base is IBase {
    function foo() public view virtual {}
}

contract Mid is Base {}

interface IExt is IBase {}

contract Ext is IExt, Mid {}

contract Impl is Ext {
    function foo() public view override(IBase, Base) {}
}

contract MissesOne is Ext {
    function foo() public view override(Base) {}
}

contract NamesMid is Ext {
    function foo() public view override(IBase, Base, Mid) {}
}

contract Linear is Mid {
    function foo() public view override(Base) {}
}

// ----
// tests/lang/cases/check/override_paths.sol:24:32: error: 'foo' overrides functions of several bases and must list them: override(Base, IBase) [E2017]
//    24 |     function foo() public view override(Base) {}
//       |                                ^~~~~~~~~~~~~~
//       = help: missing: IBase
// tests/lang/cases/check/override_paths.sol:28:54: error: 'Mid' in the override list of 'foo' is not a base whose version it overrides [E2017]
//    28 |     function foo() public view override(IBase, Base, Mid) {}
//       |                                                      ^~~
//       = help: the direct bases see 'foo' of: Base, IBase
// 2 errors generated.
