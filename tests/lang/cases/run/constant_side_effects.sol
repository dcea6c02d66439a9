// Expressions the checker folds to a constant still do what they do besides their value, as
// in solc: `h().f.selector` calls h(), a conditional picks its branch, parentheses change
// nothing.
pragma solidity ^0.8.20;
contract ConstantSideEffects {
    event U(uint256 v);
    event B4(bytes4 v);
    uint256 calls;
    bool flag;

    function h() public returns (ConstantSideEffects) {
        calls += 1;
        return this;
    }

    function f() external pure returns (uint256) {
        return 1;
    }

    function run() external payable {
        bytes4 s = h().f.selector;
        emit B4(s);
        emit U(calls);
        emit B4(((flag = true) ? this.f : this.f).selector);
        emit U(flag ? 1 : 0);
        emit B4((h()).f.selector);
        emit U(calls);
        emit U(type(uint8).max);
    }
}
// ----
// success
// B4("0x26121ff0")
// U("1")
// B4("0x26121ff0")
// U("1")
// B4("0x26121ff0")
// U("2")
// U("255")
