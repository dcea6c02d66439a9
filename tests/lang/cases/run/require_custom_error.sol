// require(cond, CustomError(...)) with a file-level error: the condition, then the error's
// arguments (evaluated whether or not the condition holds, as solc does), then the revert; a
// computed message of require(cond, message) is evaluated the same way.
pragma solidity ^0.8.20;
error Low(uint256 have, uint256 want);
contract RequireCustom {
    event Seen(uint256 v);
    function note(uint256 v) internal returns (uint256) { emit Seen(v); return v; }
    function check(uint256 x) public returns (uint256) {
        require(note(x) >= 10, Low(note(x + 100), 10));
        return x;
    }
    function label(uint256 v) internal returns (string memory) {
        emit Seen(v);
        return "too low";
    }
    function checkMessage(uint256 x) public returns (uint256) {
        require(x >= 10, label(x + 200));
        return x;
    }
    function run() external payable {
        emit Seen(check(12));
        emit Seen(checkMessage(13));
        (bool ok, bytes memory data) = address(this).call(abi.encodeCall(this.check, (3)));
        emit Seen(ok ? 1 : 0);
        emit Seen(data.length);
        emit Seen(data.length);
        emit Seen(keccak256(data) == keccak256(abi.encodeWithSelector(Low.selector, 103, 10)) ? 1 : 0);
    }
}
// ----
// success
// Seen("12")
// Seen("112")
// Seen("12")
// Seen("213")
// Seen("13")
// Seen("0")
// Seen("68")
// Seen("68")
// Seen("1")
