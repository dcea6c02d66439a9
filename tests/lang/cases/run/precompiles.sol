// Calls to the precompiled contracts 0x02 (SHA-256), 0x03 (RIPEMD-160) and 0x04 (identity):
// a high-level call that expects return data skips solc's extcodesize check, so the
// identity's answer is decoded; one that expects more data than returned reverts.
pragma solidity ^0.8.20;

interface Identity {
    function selectorAndAppendValue(uint256 value) external pure returns (uint256);
}

interface ReturnMoreData {
    function f(uint256 value) external pure returns (uint256, uint256, uint256);
}

contract Precompiles {
    event Word(bytes32 w);
    event Data(bytes d);
    event Ok(bool ok);

    function more() external pure returns (uint256, uint256, uint256) {
        return ReturnMoreData(address(4)).f(2);
    }

    function run() external payable {
        emit Word(bytes32(Identity(address(4)).selectorAndAppendValue(5)));
        (bool ok, bytes memory ret) = address(4).staticcall(abi.encode(uint256(7), "abc"));
        emit Ok(ok);
        emit Data(ret);
        (ok, ret) = address(2).staticcall(bytes("abc"));
        emit Data(ret);
        emit Word(sha256(bytes("abc")));
        (ok, ret) = address(3).staticcall(bytes("abc"));
        emit Data(ret);
        try this.more() returns (uint256, uint256, uint256) {
            emit Ok(true);
        } catch {
            emit Ok(false);
        }
    }
}
// ----
// success
// Word("0xc76596d400000000000000000000000000000000000000000000000000000000")
// Ok(true)
// Data("0x0000000000000000000000000000000000000000000000000000000000000007000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000000000000000000000036162630000000000000000000000000000000000000000000000000000000000")
// Data("0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
// Word("0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
// Data("0x0000000000000000000000008eb208f7e05d987a9b044a8e98c6b087f15a0bfc")
// Ok(false)
