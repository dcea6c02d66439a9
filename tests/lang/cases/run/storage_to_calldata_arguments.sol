// Storage values passed to external parameters declared calldata (in a call, through `this`,
// and in abi.encodeCall) arrive whole: the encoder copies them from storage as for memory
// parameters. Also `this.f.selector` in a pure function.
pragma solidity ^0.8.20;

struct Order {
    uint256 id;
    uint8[] marks;
    string note;
}

interface ISink {
    function ids(uint256[] calldata a) external pure returns (uint256, uint256);
    function blob(bytes calldata b) external pure returns (uint256, bytes1);
    function text(string calldata s) external pure returns (string memory);
    function fixedIds(uint64[3] calldata a) external pure returns (uint256);
    function order(Order calldata o) external pure returns (uint256, uint256, string memory);
    function orders(Order[] calldata os) external pure returns (uint256);
}

contract Sink is ISink {
    function ids(uint256[] calldata a) external pure returns (uint256, uint256) {
        return (a.length, a.length > 1 ? a[1] : 0);
    }
    function blob(bytes calldata b) external pure returns (uint256, bytes1) {
        return (b.length, b.length > 0 ? b[b.length - 1] : bytes1(0));
    }
    function text(string calldata s) external pure returns (string memory) { return s; }
    function fixedIds(uint64[3] calldata a) external pure returns (uint256) {
        return uint256(a[0]) + a[1] * 10 + a[2] * 100;
    }
    function order(Order calldata o) external pure returns (uint256, uint256, string memory) {
        return (o.id, o.marks.length, o.note);
    }
    function orders(Order[] calldata os) external pure returns (uint256 total) {
        for (uint256 i = 0; i < os.length; i++) total += os[i].id * os[i].marks.length;
    }
}

contract Run {
    event U(uint256 a, uint256 b);
    event B(bytes data);
    event S(string s);
    uint256[] idList;
    bytes data;
    string name = "storage string";
    uint64[3] triple = [uint64(1), 2, 3];
    Order stored;
    Order[] storedOrders;

    function own(uint256[] calldata a) external pure returns (uint256) { return a.length; }
    function sel() external pure returns (bytes4) { return this.own.selector; }

    function run() external payable {
        ISink s = new Sink();
        idList.push(7);
        idList.push(8);
        data = hex"0102a3";
        stored.id = 5;
        stored.marks.push(1);
        stored.marks.push(2);
        stored.note = "first";
        storedOrders.push(stored);
        storedOrders.push();
        storedOrders[1].id = 4;
        storedOrders[1].marks.push(9);
        (uint256 n, uint256 second) = s.ids(idList);
        emit U(n, second);
        (uint256 len, bytes1 last) = s.blob(data);
        emit U(len, uint8(last));
        emit S(s.text(name));
        emit U(s.fixedIds(triple), 0);
        (uint256 id, uint256 marks, string memory note) = s.order(stored);
        emit U(id, marks);
        emit S(note);
        emit U(s.orders(storedOrders), 0);
        emit U(this.own(idList), uint32(this.sel()));
        emit B(abi.encodeCall(ISink.ids, (idList)));
        emit B(abi.encodeCall(ISink.blob, (data)));
    }
}
// ----
// success
// U("2", "8")
// U("3", "163")
// S("storage string")
// U("321", "0")
// U("5", "2")
// S("first")
// U("14", "0")
// U("2", "3199702828")
// B("0xa193098d0000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000070000000000000000000000000000000000000000000000000000000000000008")
// B("0x03cd5167000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000030102a30000000000000000000000000000000000000000000000000000000000")
