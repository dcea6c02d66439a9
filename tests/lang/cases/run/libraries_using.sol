// Libraries (internal and public functions, constants, structs, enums, events, errors),
// `using L for T`, `using L for *`, `using {f, g} for T`, file-level `using ... global`, free
// functions and file-level struct, enum, error, event and constant, with storage references.
pragma solidity ^0.8.20;

uint256 constant LIMIT = 3;

error TooMany(uint256 have, uint256 limit);
event Counted(address indexed who, uint256 value);

struct Pair {
    uint256 a;
    uint256 b;
}

enum Mode {
    Off,
    On
}

function sum(Pair memory p) pure returns (uint256) {
    return p.a + p.b;
}

function twice(uint256 x) pure returns (uint256) {
    return 2 * x;
}

function swapped(Pair memory p) pure returns (Pair memory) {
    return Pair(p.b, p.a);
}

using {sum, swapped} for Pair global;

library Counters {
    struct Counter {
        uint256 value;
    }

    event Reset(uint256 from);
    error Underflow();

    uint256 internal constant STEP = 1;

    function current(Counter storage c) internal view returns (uint256) {
        return c.value;
    }

    function increment(Counter storage c) internal {
        c.value += STEP;
    }

    function decrement(Counter storage c) internal {
        if (c.value == 0) revert Underflow();
        c.value -= STEP;
    }

    function reset(Counter storage c) public {
        emit Reset(c.value);
        c.value = 0;
    }
}

library Sets {
    struct Set {
        uint256[] values;
        mapping(uint256 => uint256) index; // position + 1
    }

    function add(Set storage s, uint256 v) internal returns (bool) {
        if (s.index[v] != 0) return false;
        s.values.push(v);
        s.index[v] = s.values.length;
        return true;
    }

    function remove(Set storage s, uint256 v) internal returns (bool) {
        uint256 i = s.index[v];
        if (i == 0) return false;
        uint256 last = s.values[s.values.length - 1];
        s.values[i - 1] = last;
        s.index[last] = i;
        s.values.pop();
        delete s.index[v];
        return true;
    }

    function contains(Set storage s, uint256 v) internal view returns (bool) {
        return s.index[v] != 0;
    }

    function size(Set storage s) internal view returns (uint256) {
        return s.values.length;
    }
}

library MathLib {
    function max(uint256 a, uint256 b) internal pure returns (uint256) {
        return a > b ? a : b;
    }

    function addAll(uint256[] memory xs) public pure returns (uint256 total) {
        for (uint256 i = 0; i < xs.length; i++) total += xs[i];
    }

    function isOn(Mode m) internal pure returns (bool) {
        return m == Mode.On;
    }
}

contract LibrariesUsing {
    using Counters for Counters.Counter;
    using Sets for Sets.Set;
    using MathLib for *;
    using {twice} for uint256;

    event Value(uint256 v);
    event Flag(bool v);

    Counters.Counter private counter;
    Sets.Set private set;

    function run() external payable {
        counter.increment();
        counter.increment();
        emit Value(counter.current());
        counter.decrement();
        emit Counted(address(0xA11CE), counter.current());
        counter.reset();
        emit Value(Counters.current(counter));
        (bool ok, bytes memory reason) = address(this).call(abi.encodeCall(this.under, ()));
        emit Flag(ok);
        emit Flag(keccak256(reason) == keccak256(abi.encodeWithSelector(Counters.Underflow.selector)));

        emit Flag(set.add(7));
        emit Flag(set.add(7));
        set.add(9);
        set.add(11);
        emit Flag(set.remove(7));
        emit Flag(set.contains(9));
        emit Flag(set.contains(7));
        emit Value(set.size());

        uint256 x = 5;
        emit Value(x.max(8));
        emit Value(MathLib.max(10, x));
        emit Value(x.twice());
        uint256[] memory xs = new uint256[](3);
        xs[0] = 1;
        xs[1] = 2;
        xs[2] = x;
        emit Value(xs.addAll());
        emit Flag(Mode.On.isOn());

        Pair memory p = Pair(4, 6);
        emit Value(p.sum());
        emit Value(p.swapped().a);
        emit Value(LIMIT);
        check(2);
    }

    function under() external {
        counter.decrement();
    }

    function check(uint256 n) public pure {
        if (n > LIMIT) revert TooMany(n, LIMIT);
    }

    function fail() external pure {
        check(LIMIT + 1);
    }
}
// ----
// success
// Value("2")
// Counted("0x00000000000000000000000000000000000a11ce", "1")
// Reset("1")
// Value("0")
// Flag(false)
// Flag(true)
// Flag(true)
// Flag(false)
// Flag(true)
// Flag(true)
// Flag(false)
// Value("2")
// Value("8")
// Value("10")
// Value("10")
// Value("8")
// Flag(true)
// Value("10")
// Value("6")
// Value("3")
