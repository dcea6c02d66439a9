// Import aliases: `import "x" as M;` and `import * as M from "x";` give M.f (free function),
// M.C (contract: `new`, conversion, base, base constructor, `type(M.C)`, a modifier `M.C.m`),
// M.L.f (library), M.S (struct), M.E (enum), M.T (value type), M.Err in `revert`, M.K
// (constant), `using M.L for` and `using {M.f} for`, and M.N.f where the imported file has an
// alias N of its own. The imported files are in module_aliases/. `emit M.Ev()` is tested in
// compile_test.cpp instead: solc 0.8.28's legacy code generator fails on it (an internal
// compiler error, solidity issue 16314, fixed after that release), so the reference cannot run it.
pragma solidity ^0.8.20;

import "./module_aliases/shapes.sol" as S;
import * as U from "./module_aliases/units.sol";

contract Tally is S.Counter {
    constructor() S.Counter(5) {}

    function step() external S.Counter.bump returns (uint256) {
        return count;
    }
}

contract ModuleAliases {
    using S.Geometry for S.Point;
    using {S.meters} for S.Meters;
    using {U.toMillimetres} for uint256;

    event Value(uint256 v);
    event Name(string name);
    event Raw(bytes data);

    S.Point stored;

    function far(uint256 d) external pure {
        if (d > 10) revert S.TooFar(d);
    }

    function run() external payable {
        emit Value(S.area(S.Shape.Square, 3));
        emit Value(uint256(S.Shape.Circle));
        emit Value(S.SCALE + U.KILO);
        emit Value(S.Units.toMillimetres(2) + U.toMillimetres(1));
        emit Value(uint256(4).toMillimetres());

        stored = S.Point(1, 1);
        S.Point memory p = S.Point({x: 3, y: 4});
        emit Value(S.Geometry.manhattan(stored, p));
        emit Value(p.manhattan(S.Point(0, 0)));

        S.Meters m = S.Meters.wrap(42);
        emit Value(m.meters() + S.meters(m));

        S.Counter c = new S.Counter(10);
        emit Value(S.Counter(address(c)).add(5));
        Tally t = new Tally();
        emit Value(t.step());
        emit Value(t.step());
        emit Name(type(S.Counter).name);

        try this.far(12) {
            emit Value(0);
        } catch (bytes memory reason) {
            emit Raw(reason);
        }
        emit Raw(abi.encodeWithSelector(S.TooFar.selector, 12));
    }
}
// ----
// success
// Value("9")
// Value("0")
// Value("2000")
// Value("3000")
// Value("4000")
// Value("5")
// Value("7")
// Value("84")
// Value("15")
// Value("6")
// Value("7")
// Name("Counter")
// Raw("0x2f14a114000000000000000000000000000000000000000000000000000000000000000c")
// Raw("0x2f14a114000000000000000000000000000000000000000000000000000000000000000c")
