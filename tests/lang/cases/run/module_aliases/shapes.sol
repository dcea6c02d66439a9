// What module_aliases.sol reaches through `import "./module_aliases/shapes.sol" as S;`: one of
// every kind of file-level declaration, and an alias of its own (`S.Units.f`).
pragma solidity ^0.8.20;

import "./units.sol" as Units;

uint256 constant SCALE = 1000;

type Meters is uint64;

struct Point {
    uint64 x;
    uint64 y;
}

enum Shape {
    Circle,
    Square
}

error TooFar(uint256 distance);

function area(Shape s, uint256 side) pure returns (uint256) {
    return s == Shape.Square ? side * side : (side * side * 314) / 100;
}

function meters(Meters m) pure returns (uint256) {
    return Meters.unwrap(m);
}

library Geometry {
    function manhattan(Point memory a, Point memory b) internal pure returns (uint256) {
        uint256 dx = a.x > b.x ? a.x - b.x : b.x - a.x;
        uint256 dy = a.y > b.y ? a.y - b.y : b.y - a.y;
        return dx + dy;
    }
}

contract Counter {
    uint256 public count;

    constructor(uint256 start) {
        count = start;
    }

    modifier bump() {
        count += 1;
        _;
    }

    function add(uint256 n) public returns (uint256) {
        count += n;
        return count;
    }
}
