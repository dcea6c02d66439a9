// Transient storage is cleared when a transaction ends: the constructor (the deployment
// transaction) sets transient values and storage, run() (the next transaction) sees the
// storage but zeros in transient storage, including through inline assembly's tload and
// through the getter; `x.slot` of a transient variable counts in its own slot space.
pragma solidity ^0.8.28;

contract Test {
    uint256 public a;
    uint256 public transient t;
    uint256 transient u;
    event U(uint256 v);

    constructor() {
        a = 5;
        t = 6;
        u = 7;
        assembly {
            tstore(9, 8)
        }
    }

    function run() external payable {
        emit U(a);
        emit U(t);
        emit U(u);
        uint256 raw;
        uint256 slot_t;
        uint256 slot_u;
        assembly {
            raw := tload(9)
            slot_t := t.slot
            slot_u := u.slot
        }
        emit U(raw);
        emit U(slot_t);
        emit U(slot_u);
        assembly {
            tstore(1, 33)
            tstore(9, add(tload(9), 4))
            raw := tload(9)
        }
        emit U(u); // u is transient slot 1
        emit U(raw);
        emit U(this.t());
        t = 12;
        emit U(this.t());
        emit U(a);
    }
}
// ----
// success
// U("5")
// U("0")
// U("0")
// U("0")
// U("0")
// U("1")
// U("33")
// U("4")
// U("0")
// U("12")
// U("5")
