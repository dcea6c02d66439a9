// Evaluation order as in solc: operands of binary operators right first, call and event
// arguments left first, the right-hand side of an assignment before its target's location,
// short-circuit && and ||.
pragma solidity ^0.8.20;
contract EvaluationOrder {
    event U(uint256 v);
    event Three(uint256 a, uint256 b, uint256 c);
    uint256 counter;
    uint256[] xs;
    mapping(uint256 => uint256) m;
    function next() internal returns (uint256) { counter += 1; emit U(counter); return counter; }
    function three(uint256 a, uint256 b, uint256 c) internal pure returns (uint256) { return a * 100 + b * 10 + c; }
    function run() external payable {
        emit U(three(next(), next(), next()));
        emit Three(next(), next(), next());
        emit U(next() - next() + 10);
        uint256 i = 0;
        xs.push(0); xs.push(0); xs.push(0);
        xs[i++] = i;
        emit U(xs[0]);
        m[next()] = next();
        emit U(m[counter - 1]);
        bool t = next() > 100 && next() > 0;
        emit U(counter);
        t = next() > 0 || next() > 0;
        emit U(counter);
        uint256 a = 1;
        a += a++ * 10;
        emit U(a);
        (uint256 p, uint256 q) = (next(), next());
        emit U(p * 100 + q);
        emit U(next() > 0 ? next() : next());
        emit U(counter);
        emit U(uint8(next()) + uint16(next()));
    }
}
// ----
// success
// U("1")
// U("2")
// U("3")
// U("123")
// U("4")
// U("5")
// U("6")
// Three("4", "5", "6")
// U("7")
// U("8")
// U("11")
// U("0")
// U("9")
// U("10")
// U("0")
// U("11")
// U("11")
// U("12")
// U("12")
// U("12")
// U("13")
// U("14")
// U("1314")
// U("15")
// U("16")
// U("16")
// U("16")
// U("17")
// U("18")
// U("35")
