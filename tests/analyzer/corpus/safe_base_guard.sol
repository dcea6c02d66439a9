// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The lock lives in an abstract base contract; the derived bank uses its modifier on every
/// entry point that touches the books.
abstract contract Guarded {
    uint256 private _state = 1;
    modifier nonReentrant() {
        require(_state == 1, "ReentrancyGuard: reentrant call");
        _state = 2;
        _;
        _state = 1;
    }
}
contract GuardedBank is Guarded {
    mapping(address => uint256) public balances;
    function deposit() external payable nonReentrant { balances[msg.sender] += msg.value; }
    function move(address to, uint256 amount) external nonReentrant {
        require(balances[msg.sender] >= amount, "low");
        balances[msg.sender] -= amount;
        balances[to] += amount;
    }
    function withdraw() external nonReentrant {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
}
