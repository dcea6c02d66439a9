// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// A registry of shapes: structs inside structs and structs holding arrays travel through the
/// ABI (parameters, returns, events, abi.encode/abi.decode) and between storage and memory.
contract ShapeRegistry {
    struct Point {
        int256 x;
        int256 y;
    }

    struct Box {
        Point low;
        Point high;
    }

    struct Shape {
        Point origin;
        int256[] xs;
        int256[] ys;
        uint256 tag;
    }

    Shape[] private shapes;
    Box[] private boxes;
    mapping(address => Point) public cursor;

    event ShapeAdded(uint256 indexed id, Shape shape);
    event Moved(address indexed who, Point from, Point to);
    event Boxed(Box box, Shape shape);
    event Retagged(Point indexed origin, int256[] indexed xs, uint256 tag);

    function add(Shape memory s) external returns (uint256 id) {
        require(s.xs.length >= 3, "a shape needs three vertices");
        require(s.xs.length == s.ys.length, "xs and ys differ in length");
        id = shapes.length;
        shapes.push(s);
        emit ShapeAdded(id, s);
    }

    function count() external view returns (uint256) {
        return shapes.length;
    }

    function get(uint256 id) external view returns (Shape memory) {
        return shapes[id];
    }

    function retag(uint256 id, uint256 tag, int256 dropLast) external {
        Shape memory s = shapes[id];
        s.tag = tag;
        if (dropLast != 0) {
            int256[] memory xs = new int256[](s.xs.length - 1);
            int256[] memory ys = new int256[](s.ys.length - 1);
            for (uint256 i = 0; i < xs.length; i++) {
                xs[i] = s.xs[i];
                ys[i] = s.ys[i];
            }
            s.xs = xs;
            s.ys = ys;
        }
        shapes[id] = s;
        emit Retagged(s.origin, s.xs, tag);
    }

    function boundingBox(uint256 id) public view returns (Box memory b) {
        Shape memory s = shapes[id];
        b.low = s.origin;
        b.high = s.origin;
        for (uint256 i = 0; i < s.xs.length; i++) {
            int256 x = s.origin.x + s.xs[i];
            int256 y = s.origin.y + s.ys[i];
            if (x < b.low.x) b.low.x = x;
            if (y < b.low.y) b.low.y = y;
            if (x > b.high.x) b.high.x = x;
            if (y > b.high.y) b.high.y = y;
        }
    }

    function storeBox(uint256 id) external returns (uint256) {
        Box memory b = boundingBox(id);
        boxes.push(b);
        emit Boxed(b, shapes[id]);
        return boxes.length;
    }

    function boxAt(uint256 i) external view returns (Box memory) {
        return boxes[i];
    }

    /// Copies a shape from another registry: the nested struct comes back as return data.
    function importFrom(ShapeRegistry other, uint256 id) external returns (uint256) {
        Shape memory s = other.get(id);
        shapes.push(s);
        return shapes.length;
    }

    function move(Point memory to) external {
        Point memory from = cursor[msg.sender];
        cursor[msg.sender] = to;
        emit Moved(msg.sender, from, to);
    }

    function area(Box memory b) external pure returns (int256) {
        return (b.high.x - b.low.x) * (b.high.y - b.low.y);
    }

    function roundTrip(Shape memory s, Box memory b) external pure returns (Shape memory, Box memory, uint256) {
        bytes memory data = abi.encode(s, uint256(7), b);
        (Shape memory t, uint256 seven, Box memory c) = abi.decode(data, (Shape, uint256, Box));
        return (t, c, seven + t.xs.length);
    }
}
