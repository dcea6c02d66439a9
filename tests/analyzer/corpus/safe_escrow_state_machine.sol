// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// An escrow whose state moves to Refunded before the refund is sent.
contract StateEscrow {
    enum State { None, Funded, Refunded }
    mapping(address => State) public state;
    mapping(address => uint256) public amount;
    function fund() external payable {
        require(state[msg.sender] == State.None && msg.value > 0, "cannot fund");
        state[msg.sender] = State.Funded;
        amount[msg.sender] = msg.value;
    }
    function refund() external {
        require(state[msg.sender] == State.Funded, "not funded");
        state[msg.sender] = State.Refunded;
        (bool ok, ) = msg.sender.call{value: amount[msg.sender]}("");
        require(ok, "failed");
    }
}
