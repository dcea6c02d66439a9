// Construction order as in solc: every state variable initialiser first, base to derived (a
// derived initialiser reads a base variable before the base constructor body sets it), then the
// constructors base to derived; immutables; base constructor arguments.
pragma solidity ^0.8.20;
contract Base {
    event Step(string what, uint256 v);
    uint256 public x = init("Base.x", 1);
    uint8 immutable small;
    constructor(uint8 s) { small = s; x = 40; emit Step("Base()", s); }
    function init(string memory what, uint256 v) internal returns (uint256) { emit Step(what, v); return v; }
    function smallOf() public view returns (uint8) { return small; }
}
contract Mid is Base {
    uint256 public y = init("Mid.y", x + 2);
    constructor(uint256 k) Base(44) { emit Step("Mid()", k); }
}
contract Other {
    event OtherStep(string what, uint256 v);
    uint256 public z;
    constructor() { z = 5; emit OtherStep("Other()", 5); }
}
contract Leaf is Other, Mid {
    int8 immutable neg = -3;
    uint256 public w = init("Leaf.w", 3);
    constructor() Mid(300) { emit Step("Leaf()", uint256(int256(neg) + 10)); }
}
contract ConstructionOrder {
    event U(uint256 v);
    event I(int256 v);
    function run() external payable {
        Leaf l = new Leaf();
        emit U(l.x() + l.y() * 10 + l.w() * 100 + l.z() * 1000);
        emit U(l.smallOf());
    }
}
// ----
// success
// Step("Base.x", "1")
// Step("Mid.y", "3")
// Step("Leaf.w", "3")
// OtherStep("Other()", "5")
// Step("Base()", "44")
// Step("Mid()", "300")
// Step("Leaf()", "7")
// U("5370")
// U("44")
