// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// A bool guard with an unusual name and inverted sense (`idle` is true when free).
contract IdleGuard {
    mapping(address => uint256) public owed;
    bool private idle = true;
    modifier whenIdle() {
        require(idle, "not idle");
        idle = false;
        _;
        idle = true;
    }
    function pay() external payable whenIdle { owed[msg.sender] += msg.value; }
    function collect() external whenIdle {
        uint256 o = owed[msg.sender];
        require(o > 0, "none");
        (bool ok, ) = msg.sender.call{value: o}("");
        require(ok, "failed");
        owed[msg.sender] = 0;
    }
}
