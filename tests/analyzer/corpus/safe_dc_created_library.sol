// expect: safe
pragma solidity ^0.8.20;
/// A contract that delegates its bookkeeping to a library contract it deploys itself: the
/// library's code is part of the system, fixed at deployment.
contract CounterLogic {
    uint256 public count;
    function bump() external {
        count += 1;
    }
}
contract LibraryUser {
    uint256 public count;
    address public immutable logic;
    constructor() {
        logic = address(new CounterLogic());
    }
    function bump() external {
        (bool ok, ) = logic.delegatecall(abi.encodeWithSignature("bump()"));
        require(ok, "bump failed");
    }
}
