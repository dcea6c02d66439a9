// calldata parameters: read-only views of the call's arguments (arrays, bytes, string, structs),
// passed to internal functions taking calldata, copied to memory (the copy is independent) and
// to storage; lengths, indexing and out-of-range reverts as on the EVM.
pragma solidity ^0.8.20;

contract CalldataParams {
    struct Order {
        address owner;
        uint256 amount;
        string memo;
        uint256[] lots;
    }

    uint256[] public stored;
    bytes public kept;
    string public label;
    Order public last;

    event U(uint256 v);
    event B(bytes v);
    event S(string v);
    event B4(bytes4 v);
    event Us(uint256[] v);

    function total(uint256[] calldata xs) internal pure returns (uint256 acc) {
        for (uint256 i = 0; i < xs.length; i++) acc += xs[i];
    }

    function sum(uint256[] calldata xs) external pure returns (uint256) {
        uint256[] calldata alias_ = xs;
        return total(alias_);
    }

    function first_byte(bytes calldata b) external pure returns (bytes4, uint256) {
        return (b[0], b.length);
    }

    function keep(uint256[] calldata xs, bytes calldata b, string calldata s) external {
        stored = xs;
        kept = b;
        label = s;
        uint256[] memory copy = xs;
        copy[0] = 99;
        emit U(xs[0]);
        emit U(copy[0]);
        bytes memory bcopy = b;
        bcopy[0] = 0xff;
        emit B(b);
        emit B(bcopy);
    }

    function order(Order calldata o) external returns (uint256, string memory) {
        last = o;
        emit Us(o.lots);
        return (o.amount + o.lots.length, o.memo);
    }

    function echo(bytes calldata b) external pure returns (bytes calldata) {
        return b;
    }

    function at(uint256[] calldata xs, uint256 i) external pure returns (uint256) {
        return xs[i];
    }

    function run() external payable {
        uint256[] memory xs = new uint256[](3);
        xs[0] = 1;
        xs[1] = 20;
        xs[2] = 300;
        emit U(this.sum(xs));
        (bytes4 f, uint256 n) = this.first_byte(hex"c0ffee");
        emit B4(f);
        emit U(n);
        this.keep(xs, "a byte string that is longer than thirty-two bytes", "label");
        emit U(stored.length);
        emit U(stored[2]);
        emit B(kept);
        emit S(label);
        uint256[] memory lots = new uint256[](2);
        (uint256 a, string memory memo) =
            this.order(Order(address(this), 5, "first order", lots));
        emit U(a);
        emit S(memo);
        (, uint256 amount, string memory m) = this.last();
        emit U(amount);
        emit S(m);
        emit B(this.echo(hex"0102"));
        (bool ok, bytes memory ret) =
            address(this).call(abi.encodeWithSelector(this.at.selector, xs, 3));
        emit U(ok ? 1 : 0);
        emit B(ret);
        (ok, ret) = address(this).call(abi.encodeWithSelector(this.at.selector, xs, 2));
        emit B(ret);
    }
}
// ----
// success
// U("321")
// B4("0xc0000000")
// U("3")
// U("1")
// U("99")
// B("0x61206279746520737472696e672074686174206973206c6f6e676572207468616e207468697274792d74776f206279746573")
// B("0xff206279746520737472696e672074686174206973206c6f6e676572207468616e207468697274792d74776f206279746573")
// U("3")
// U("300")
// B("0x61206279746520737472696e672074686174206973206c6f6e676572207468616e207468697274792d74776f206279746573")
// S("label")
// Us(["0","0"])
// U("7")
// S("first order")
// U("5")
// S("first order")
// B("0x0102")
// U("0")
// B("0x4e487b710000000000000000000000000000000000000000000000000000000000000032")
// B("0x000000000000000000000000000000000000000000000000000000000000012c")
