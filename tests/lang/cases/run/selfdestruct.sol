// selfdestruct after Cancun (EIP-6780): the whole balance goes to the beneficiary; only a
// contract created in the same transaction is deleted (code, storage, balance), when that
// transaction ends; an older one keeps its code and storage; a frame that reverts undoes it;
// it fails in a static context.
pragma solidity ^0.8.20;

contract Child {
    uint256 public stored = 7;

    constructor() payable {}

    function close(address payable to) external {
        selfdestruct(to);
    }

    receive() external payable {}
}

contract Closer {
    function closeThenRevert(Child c, address payable to) external {
        c.close(to);
        revert("undone");
    }
}

contract SelfDestructCases {
    event Seen(string what, uint256 value);

    address payable constant SINK = payable(address(0x5151));
    Child early; // created and closed in the deployment transaction
    Child late; // created in the deployment transaction, closed in run()

    constructor() {
        early = new Child();
        early.close(SINK);
        late = new Child();
    }

    function run() external payable {
        emit Seen("early has code", address(early).code.length > 0 ? 1 : 0);
        (bool ok, bytes memory ret) = address(early).staticcall(abi.encodeWithSignature("stored()"));
        emit Seen("early answers with", ok ? ret.length : 999);

        payable(address(late)).transfer(2 ether);
        late.close(SINK);
        emit Seen("late has code", address(late).code.length > 0 ? 1 : 0);
        emit Seen("late keeps storage", late.stored());
        emit Seen("late balance", address(late).balance);
        emit Seen("sink", SINK.balance);
        payable(address(late)).transfer(1 wei);
        late.close(payable(address(late)));
        emit Seen("closed to itself, kept", address(late).balance);

        Child fresh = new Child{value: 5 ether}();
        Closer closer = new Closer();
        (ok, ) = address(closer).call(abi.encodeCall(Closer.closeThenRevert, (fresh, SINK)));
        emit Seen("reverted close", ok ? 1 : 0);
        emit Seen("fresh balance", address(fresh).balance);
        (ok, ) = address(fresh).staticcall(abi.encodeCall(Child.close, (SINK)));
        emit Seen("static close", ok ? 1 : 0);
        fresh.close(payable(address(fresh)));
        emit Seen("fresh closed to itself", address(fresh).balance);
        emit Seen("fresh has code until the end", address(fresh).code.length > 0 ? 1 : 0);
        emit Seen("fresh answers until the end", fresh.stored());
        fresh.close(SINK);
        emit Seen("fresh balance after", address(fresh).balance);
        emit Seen("sink at the end", SINK.balance);
    }
}
// ----
// success
// Seen("early has code", "0")
// Seen("early answers with", "0")
// Seen("late has code", "1")
// Seen("late keeps storage", "7")
// Seen("late balance", "0")
// Seen("sink", "2000000000000000000")
// Seen("closed to itself, kept", "1")
// Seen("reverted close", "0")
// Seen("fresh balance", "5000000000000000000")
// Seen("static close", "0")
// Seen("fresh closed to itself", "0")
// Seen("fresh has code until the end", "1")
// Seen("fresh answers until the end", "7")
// Seen("fresh balance after", "0")
// Seen("sink at the end", "2000000000000000000")
