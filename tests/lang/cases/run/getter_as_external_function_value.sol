// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// A public state variable's getter is an external function value, like any external function
// (`f = o.price`), with or without keys; an internal one it is not.
contract Oracle {
    uint256 public price = 100;
    mapping(address => uint256) public quotes;

    function setQuote(address who, uint256 q) external {
        quotes[who] = q;
    }
}

contract T {
    event U(uint256 u);
    event S(bytes4 s);

    function read(function() external view returns (uint256) f) internal view returns (uint256) {
        return f();
    }

    function run() public payable {
        Oracle o = new Oracle();
        function() external view returns (uint256) f = o.price;
        emit U(f());
        emit U(read(o.price) + 1);
        emit S(f.selector);
        function(address) external view returns (uint256) q = o.quotes;
        o.setQuote(address(7), 42);
        emit U(q(address(7)));
        emit S(q.selector);
    }
}
// ----
// success
// U("100")
// U("101")
// S("0xa035b1fe")
// U("42")
// S("0x5311312f")
