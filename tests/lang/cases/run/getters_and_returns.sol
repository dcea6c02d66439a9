// Public getters of struct arrays and mappings (small-typed fields), dynamic arrays of small
// integers returned by external calls and emitted in events.
pragma solidity ^0.8.20;
contract Store {
    struct Rec { uint8 a; int16 b; bytes4 c; address d; }
    Rec[] public recs;
    uint16[] public nums;
    mapping(address => Rec) public byOwner;
    function add(uint8 a, int16 b, bytes4 c) external { recs.push(Rec(a, b, c, msg.sender)); byOwner[msg.sender] = Rec(a, b, c, msg.sender); nums.push(uint16(a) * 200); }
    function list() external view returns (uint16[] memory) { return nums; }
}
contract GettersAndReturns {
    event R(uint8 a, int16 b, bytes4 c, address d);
    event L(uint16[] xs);
    event U(uint256 v);
    event I(int256 v);
    function run() external payable {
        Store s = new Store();
        s.add(250, -300, 0x11223344);
        s.add(7, 32767, 0xffffffff);
        (uint8 a, int16 b, bytes4 c, address d) = s.recs(1);
        emit R(a, b, c, d == address(this) ? address(1) : address(2));
        (a, b, c, d) = s.byOwner(address(this));
        emit R(a, b, c, address(0));
        emit L(s.list());
        emit U(s.nums(0));
        uint16[] memory xs = s.list();
        emit U(xs[0] + xs[1]);
    }
}
// ----
// success
// R("7", "32767", "0xffffffff", "0x0000000000000000000000000000000000000001")
// R("7", "32767", "0xffffffff", "0x0000000000000000000000000000000000000000")
// L(["50000","1400"])
// U("50000")
// U("51400")
