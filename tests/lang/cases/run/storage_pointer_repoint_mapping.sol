// A local storage pointer to a struct holding a mapping, or to a mapping, is re-pointed by
// assignment (solc allows it whatever the type holds); writes through it land in the storage it
// names last; a named storage return is re-pointed too (a parameter is not: solc 9214).
pragma solidity ^0.8.20;

contract Run {
    event U(uint256 a, uint256 b);
    struct Pool {
        uint256 total;
        mapping(address => uint256) shares;
    }
    Pool[2] pools;
    mapping(uint8 => uint8) m1;
    mapping(uint8 => uint8) m2;

    function pick(bool second) internal view returns (Pool storage r) {
        r = pools[0];
        if (second) r = pools[1];
    }

    function bump(Pool storage p, bool second) internal returns (uint256) {
        Pool storage q = p;
        if (second) q = pick(true);
        q.total += 5;
        q.shares[msg.sender] += 7;
        return q.total;
    }

    function run() external payable {
        Pool storage p = pools[0];
        p.total = 1;
        p = pools[1];
        p.total += 10;
        p.shares[address(this)] = 3;
        emit U(pools[0].total, pools[1].total);
        emit U(pools[0].shares[address(this)], pools[1].shares[address(this)]);
        emit U(bump(pools[0], true), bump(pools[0], false));
        emit U(pools[0].shares[msg.sender], pools[1].shares[msg.sender]);
        mapping(uint8 => uint8) storage m = m1;
        m[1] = 42;
        m = m2;
        m[2] = 21;
        emit U(m1[1] + uint256(m1[2]) * 1000, m2[2] + uint256(m2[1]) * 1000);
    }
}
// ----
// success
// U("1", "10")
// U("0", "3")
// U("15", "6")
// U("7", "7")
// U("42", "21")
