// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The guard is an enum state machine, checked inline at the top of every entry point.
contract EnumGuardVault {
    enum Status { Ready, Working }
    Status private status;
    mapping(address => uint256) public stored;
    function put() external payable {
        require(status == Status.Ready, "working");
        stored[msg.sender] += msg.value;
    }
    function take() external {
        require(status == Status.Ready, "working");
        status = Status.Working;
        uint256 v = stored[msg.sender];
        require(v > 0, "nothing");
        (bool ok, ) = msg.sender.call{value: v}("");
        require(ok, "failed");
        stored[msg.sender] = 0;
        status = Status.Ready;
    }
}
