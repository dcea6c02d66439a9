library L {}
contract C { using L for uint; function f() public { assembly {} } }
