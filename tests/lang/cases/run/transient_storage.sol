// Transient state variables (EIP-1153): their own slot space (storage slot 0 is not touched),
// values kept across calls and re-entries within one transaction, zero in the next
// transaction (what the deployment wrote is gone in run()), getters, compound assignment,
// ++/--, delete, a reverted frame's writes undone, and a write in a static call failing.
pragma solidity ^0.8.28;

contract Counter {
    uint256 public stored;
    uint256 public transient hits;
    int16 transient delta;
    address transient last;
    bool transient locked;
    bytes4 transient tag;

    event Seen(uint256 hits, int16 delta, bool lastIsCaller, bool locked, bytes4 tag);

    constructor() {
        hits = 41; // gone when the deployment transaction ends
        stored = 7;
    }

    function touch(int16 d) external returns (uint256) {
        hits += 1;
        delta -= d;
        last = msg.sender;
        tag = bytes4(uint32(hits) * 0x01010101);
        return hits;
    }

    function reenter(Counter other, uint256 depth) external {
        require(!locked, "locked");
        locked = true;
        hits++;
        if (depth > 0) other.nested(this, depth - 1);
        locked = false;
    }

    function nested(Counter back, uint256 depth) external {
        hits = hits * 10;
        if (depth > 0) back.nested(this, depth - 1);
    }

    function reentered_lock(Counter back) external {
        locked = true;
        back.reenter(this, 0); // fails: the guard is held
    }

    function write_then_revert(uint256 v) external {
        hits = v;
        delta = -1;
        revert("undone");
    }

    function view_hits() external view returns (uint256) {
        return hits;
    }

    function clear() external {
        delete hits;
        --delta;
    }

    function report() external {
        emit Seen(hits, delta, last == msg.sender, locked, tag);
    }
}

contract Writer {
    uint256 transient t;

    function write(uint256 v) external {
        t = v;
    }
}

contract Test {
    event U(uint256 v);
    event B(bool ok, bytes data);

    function run() external payable {
        Counter c = new Counter();
        emit U(c.hits()); // the constructor ran in this transaction: 41 survives
        emit U(c.stored());
        emit U(c.touch(5));
        emit U(c.touch(-2));
        c.report();
        c.reenter(c, 2); // hits++, then *10 twice through re-entry
        emit U(c.view_hits());
        (bool ok, bytes memory data) =
            address(c).call(abi.encodeCall(Counter.write_then_revert, (99)));
        emit B(ok, data);
        emit U(c.hits());
        (ok, data) = address(c).call(abi.encodeCall(Counter.reentered_lock, (c)));
        emit B(ok, data);
        c.report();
        c.clear();
        c.report();
        Writer w = new Writer();
        (ok, data) = address(w).staticcall(abi.encodeCall(Writer.write, (1)));
        emit B(ok, data);
        (ok, data) = address(w).call(abi.encodeCall(Writer.write, (1)));
        emit B(ok, data);
    }
}
// ----
// success
// U("41")
// U("7")
// U("42")
// U("43")
// Seen("43", "-3", true, false, "0x2b2b2b2b")
// U("4400")
// B(false, "0x08c379a000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000006756e646f6e650000000000000000000000000000000000000000000000000000")
// U("4400")
// B(false, "0x08c379a0000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000066c6f636b65640000000000000000000000000000000000000000000000000000")
// Seen("4400", "-3", true, false, "0x2b2b2b2b")
// Seen("0", "-4", true, false, "0x2b2b2b2b")
// B(false, "0x")
// B(true, "0x")
