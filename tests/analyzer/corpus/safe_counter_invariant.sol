// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// No external calls at all: an invariant kept by every function.
/// #invariant count <= limit;
contract BoundedCounter {
    uint256 public count;
    uint256 public limit = 3;
    function up() external {
        require(count < limit, "at limit");
        count += 1;
    }
    function down() external {
        require(count > 0, "at zero");
        count -= 1;
    }
}
