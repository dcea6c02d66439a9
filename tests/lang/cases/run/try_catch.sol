// try/catch on external calls and contract creation: the success block with its returns
// variables; Error(string), Panic(uint) and the low-level clause chosen from the return data
// (a custom error or empty data goes to the low-level clause); without a matching clause the
// revert is re-raised; failures in the caller (a target without code, return data too short to
// decode) are not caught.
pragma solidity ^0.8.20;

contract Callee {
    error Custom(uint256 code);

    function ok(uint256 x) external pure returns (uint256, string memory) {
        return (x * 2, "fine");
    }

    function fail(uint256 mode) external pure returns (uint256) {
        if (mode == 0) revert("reason zero");
        if (mode == 1) revert Custom(7);
        if (mode == 2) assert(false);
        if (mode == 3) {
            uint256[] memory a = new uint256[](1);
            return a[mode];
        }
        if (mode == 4) revert();
        return mode;
    }

    function short() external pure returns (uint256) {
        return 1;
    }
}

contract Short {
    fallback() external {}
}

contract Child {
    uint256 public value;

    constructor(uint256 v) {
        require(v != 0, "zero child");
        value = v;
    }
}

contract TryCatch {
    event Ok(uint256 v, string s);
    event ErrorReason(string reason);
    event PanicCode(uint256 code);
    event LowLevel(bytes data);
    event Bare();
    event Created(uint256 value);
    event Flag(bool v);

    Callee callee;

    function classify(uint256 mode) internal {
        try callee.fail(mode) returns (uint256 v) {
            emit Ok(v, "");
        } catch Error(string memory reason) {
            emit ErrorReason(reason);
        } catch Panic(uint256 code) {
            emit PanicCode(code);
        } catch (bytes memory data) {
            emit LowLevel(data);
        }
    }

    function only_error(uint256 mode) external returns (uint256) {
        try callee.fail(mode) returns (uint256 v) {
            return v;
        } catch Error(string memory reason) {
            emit ErrorReason(reason);
            return 100;
        }
    }

    function run() external payable {
        callee = new Callee();
        try callee.ok(21) returns (uint256 v, string memory s) {
            emit Ok(v, s);
        } catch {
            emit Bare();
        }
        try callee.ok(1) {
            emit Flag(true);
        } catch {
            emit Bare();
        }
        for (uint256 mode = 0; mode < 6; ++mode)
            classify(mode);
        try callee.fail(0) {
            emit Flag(false);
        } catch {
            emit Bare();
        }
        // a clause list without the low-level clause still runs the success block
        try callee.fail(9) returns (uint256 v) {
            emit Ok(v, "nine");
        } catch Panic(uint256 code) {
            emit PanicCode(code);
        }
        // no matching clause: the revert is re-raised
        (bool ok, bytes memory data) = address(this).call(abi.encodeCall(this.only_error, (1)));
        emit Flag(ok);
        emit LowLevel(data);
        (ok, data) = address(this).call(abi.encodeCall(this.only_error, (0)));
        emit Flag(ok);
        emit LowLevel(data);
        // the caller's own failures are not caught
        Callee nobody = Callee(address(0x1234));
        (ok, data) = address(this).call(abi.encodeCall(this.call_nobody, (nobody)));
        emit Flag(ok);
        (ok, data) = address(this).call(abi.encodeCall(this.short_data, ()));
        emit Flag(ok);
        // creation
        try new Child(5) returns (Child c) {
            emit Created(c.value());
        } catch {
            emit Bare();
        }
        try new Child(0) returns (Child c) {
            emit Created(c.value());
        } catch Error(string memory reason) {
            emit ErrorReason(reason);
        }
    }

    function call_nobody(Callee c) external {
        try c.short() returns (uint256 v) {
            emit Ok(v, "");
        } catch {
            emit Bare();
        }
    }

    function short_data() external {
        Callee s = Callee(address(new Short()));
        try s.short() returns (uint256 v) {
            emit Ok(v, "");
        } catch {
            emit Bare();
        }
    }
}
// ----
// success
// Ok("42", "fine")
// Flag(true)
// ErrorReason("reason zero")
// LowLevel("0xcb362b340000000000000000000000000000000000000000000000000000000000000007")
// PanicCode("1")
// PanicCode("50")
// LowLevel("0x")
// Ok("5", "")
// Bare()
// Ok("9", "nine")
// Flag(false)
// LowLevel("0xcb362b340000000000000000000000000000000000000000000000000000000000000007")
// ErrorReason("reason zero")
// Flag(true)
// LowLevel("0x0000000000000000000000000000000000000000000000000000000000000064")
// Flag(false)
// Flag(false)
// Created("5")
// ErrorReason("zero child")
