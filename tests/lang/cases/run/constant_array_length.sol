// A constant as the length of an array in a parameter, a return type and a state variable.
pragma solidity ^0.8.20;

uint256 constant FILE_LEN = 2;

contract Holder {
    uint256 constant LEN = 3;
    uint256[LEN] public a;

    constructor(uint256[LEN] memory init) {
        a = init;
    }

    function pair(uint256[FILE_LEN] memory p) external pure returns (uint256[FILE_LEN] memory) {
        uint256[FILE_LEN] memory q;
        q[0] = p[1];
        q[1] = p[0];
        return q;
    }
}

contract ConstantArrayLength {
    event V(uint256 v);

    function run() external payable {
        uint256[3] memory init;
        init[0] = 1;
        init[1] = 2;
        init[2] = 3;
        Holder h = new Holder(init);
        emit V(h.a(0));
        emit V(h.a(2));
        uint256[2] memory p;
        p[0] = 7;
        p[1] = 9;
        uint256[2] memory q = h.pair(p);
        emit V(q[0]);
        emit V(q[1]);
    }
}
// ----
// success
// V("1")
// V("3")
// V("9")
// V("7")
