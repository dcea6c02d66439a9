// Internal function types: functions passed to helpers, kept in locals, state variables, struct
// members and arrays, returned, chosen by a conditional; virtual lookup for a plain `f`, the
// named base's body for `Base.f` and `super.f`; library and free functions as values; a value
// stored by the constructor still calls its function at run time; calling the zero value (never
// assigned, or deleted) is Panic 0x51.
pragma solidity ^0.8.20;

function triple(uint256 x) pure returns (uint256) {
    return 3 * x;
}

library Ops {
    function square(uint256 x) internal pure returns (uint256) {
        return x * x;
    }
}

contract Base {
    function label() internal pure virtual returns (uint256) {
        return 1;
    }
}

contract InternalFunctionValues is Base {
    event Value(uint256 v);
    event Failed(bytes data);

    struct Strategy {
        function(uint256) internal pure returns (uint256) op;
        uint256 bias;
    }

    function(uint256) internal pure returns (uint256) stored;
    function(uint256) internal pure returns (uint256) fromConstructor;
    Strategy strategy;
    function(uint256) internal pure returns (uint256)[] table;

    constructor() {
        fromConstructor = Ops.square;
    }

    function label() internal pure override returns (uint256) {
        return 2;
    }

    function double(uint256 x) internal pure returns (uint256) {
        return 2 * x;
    }

    function inc(uint256 x) private pure returns (uint256) {
        return x + 1;
    }

    function applyTo(function(uint256) internal pure returns (uint256) op, uint256 x)
        internal
        pure
        returns (uint256)
    {
        return op(x);
    }

    function pick(bool twice) internal pure returns (function(uint256) internal pure returns (uint256)) {
        if (twice) return double;
        return inc;
    }

    function labels() internal pure returns (uint256, uint256, uint256) {
        function() internal pure returns (uint256) a = label;
        function() internal pure returns (uint256) b = Base.label;
        function() internal pure returns (uint256) c = super.label;
        return (a(), b(), c());
    }

    function callStored() external view returns (uint256) {
        return stored(5);
    }

    function callUnset(uint256 x) external pure returns (uint256) {
        function(uint256) internal pure returns (uint256) unset;
        return unset(x);
    }

    function run() external payable {
        emit Value(applyTo(double, 21));
        emit Value(applyTo(inc, 41));
        emit Value(applyTo(Ops.square, 9));
        emit Value(applyTo(triple, 7));
        emit Value(pick(true)(10));
        emit Value(pick(false)(10));
        function(uint256) internal pure returns (uint256) local = triple;
        emit Value(local(2));
        local = double;
        emit Value(local(2));
        (uint256 a, uint256 b, uint256 c) = labels();
        emit Value(a * 100 + b * 10 + c);
        emit Value(fromConstructor(12));
        stored = inc;
        emit Value(this.callStored());
        strategy = Strategy(double, 5);
        emit Value(strategy.op(strategy.bias));
        table.push(inc);
        table.push(Ops.square);
        table.push(triple);
        uint256 acc = 2;
        for (uint256 i = 0; i < table.length; ++i) acc = table[i](acc);
        emit Value(acc);
        function(uint256) internal pure returns (uint256)[] memory memTable =
            new function(uint256) internal pure returns (uint256)[](2);
        memTable[1] = double;
        emit Value(memTable[1](8));
        try this.callUnset(8) returns (uint256 v) {
            emit Value(v);
        } catch (bytes memory data) {
            emit Failed(data);
        }
        function(uint256) internal pure returns (uint256) unset;
        unset = local;
        emit Value(unset(1));
    }
}
// ----
// success
// Value("42")
// Value("42")
// Value("81")
// Value("21")
// Value("20")
// Value("11")
// Value("6")
// Value("4")
// Value("211")
// Value("144")
// Value("6")
// Value("10")
// Value("27")
// Value("16")
// Failed("0x4e487b710000000000000000000000000000000000000000000000000000000000000051")
// Value("2")
