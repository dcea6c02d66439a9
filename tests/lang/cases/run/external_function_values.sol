// External function values (LANGUAGE.md §3): `this.f` and `c.f` taken as values, stored packed
// beside other values, in structs, arrays and mappings, passed through the ABI, emitted, compared,
// chosen by `?:`, called with call options; `.selector` and `.address`; the zero value reverts.
pragma solidity ^0.8.20;

contract Target {
    uint256 public received;
    function double(uint256 x) external pure returns (uint256) { return 2 * x; }
    function triple(uint256 x) external pure returns (uint256) { return 3 * x; }
    function pay() external payable { received += msg.value; }
    function nothing() external {}
}

contract ExternalFunctionValues {
    struct Entry { uint8 tag; function(uint256) external pure returns (uint256) fn; }
    /// A value's word without the address (which differs between chains), and whether the
    /// address in it is the target's.
    event Value(bytes32 belowAddress, bool atTarget, bytes4 selector);
    event Word(bytes32 belowAddress, bool atTarget);
    event Number(uint256 n);
    event Failed(bytes data);

    uint16 small = 7;
    function(uint256) external pure returns (uint256) stored;
    Entry entry;
    function(uint256) external pure returns (uint256)[] list;
    mapping(uint256 => function() external payable) payers;
    Target target;

    function applyTo(function(uint256) external pure returns (uint256) fn, uint256 x)
        external pure returns (uint256) {
        return fn(x);
    }

    function echo(function(uint256) external pure returns (uint256) fn)
        external pure returns (function(uint256) external pure returns (uint256)) {
        return fn;
    }

    function below(bytes memory word) internal pure returns (bytes32) {
        return bytes32(word) << 160;
    }

    function at(bytes memory word) internal view returns (bool) {
        return address(bytes20(bytes32(word))) == address(target);
    }

    function callZero() external {
        function() external nothing;
        nothing();
    }

    function run() external payable {
        target = new Target();
        stored = target.double;
        emit Value(below(abi.encode(stored)), at(abi.encode(stored)), stored.selector);
        emit Number(stored(21));
        emit Number(small);
        entry = Entry(5, target.triple);
        emit Number(entry.fn(entry.tag));
        list.push(target.double);
        list.push(entry.fn);
        emit Number(list[0](1) + list[1](10));
        emit Number(this.applyTo(target.triple, 4));
        bytes memory echoed = abi.encode(this.echo(target.double));
        emit Word(below(echoed), at(echoed));
        emit Value(below(abi.encode(this.echo(stored))), at(abi.encode(stored)), target.double.selector);
        emit Number(this.applyTo(small > 3 ? target.triple : target.double, 100));
        payers[1] = target.pay;
        payers[1]{value: 3}();
        emit Number(target.received());
        emit Word(below(abi.encodePacked(stored)), at(abi.encodePacked(stored)));
        emit Number(this.echo(stored)(50));
        emit Number(stored.address == address(target) && target.triple.address == address(target) &&
            this.run.address == address(this) ? 1 : 0);
        function() external v = target.nothing;
        emit Number(v == target.nothing ? 1 : 0);
        emit Number(stored != list[1] ? 1 : 0);
        delete stored;
        emit Value(below(abi.encode(stored)), at(abi.encode(stored)), stored.selector);
        try this.callZero() {} catch (bytes memory data) { emit Failed(data); }
    }
}
// ----
// success
// Value("0xeee9720600000000000000000000000000000000000000000000000000000000", true, "0xeee97206")
// Number("42")
// Number("7")
// Number("15")
// Number("32")
// Number("12")
// Word("0xeee9720600000000000000000000000000000000000000000000000000000000", true)
// Value("0xeee9720600000000000000000000000000000000000000000000000000000000", true, "0xeee97206")
// Number("300")
// Number("3")
// Word("0xeee9720600000000000000000000000000000000000000000000000000000000", true)
// Number("100")
// Number("1")
// Number("1")
// Number("1")
// Value("0x0000000000000000000000000000000000000000000000000000000000000000", false, "0x00000000")
// Failed("0x")
