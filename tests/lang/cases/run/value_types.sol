// User-defined value types: wrap/unwrap change no bits, storage/mapping/array/struct/event/ABI
// use the underlying type, small underlying types are cleaned like it, and user-defined
// operators call their pure free functions (operands left to right).
pragma solidity ^0.8.20;

type Price is uint128;
type Small is int8;
type Tag is bytes4;
type Owner is address;

using {add as +, sub as -, neg as -, lt as <, eq as ==, inv as ~} for Price global;
using {twice} for Price global;

function add(Price a, Price b) pure returns (Price) {
    return Price.wrap(Price.unwrap(a) + Price.unwrap(b));
}

function sub(Price a, Price b) pure returns (Price) {
    return Price.wrap(Price.unwrap(a) - Price.unwrap(b));
}

function neg(Price a) pure returns (Price) {
    return Price.wrap(type(uint128).max - Price.unwrap(a));
}

function inv(Price a) pure returns (Price) {
    return Price.wrap(~Price.unwrap(a));
}

function lt(Price a, Price b) pure returns (bool) {
    return Price.unwrap(a) < Price.unwrap(b);
}

function eq(Price a, Price b) pure returns (bool) {
    return Price.unwrap(a) == Price.unwrap(b);
}

function twice(Price a) pure returns (Price) {
    return a + a;
}

library Fees {
    function half(Price p) internal pure returns (Price) {
        return Price.wrap(Price.unwrap(p) / 2);
    }
}

contract ValueTypes {
    using Fees for Price;

    type Count is uint16;

    struct Order {
        Price price;
        Owner owner;
        Count count;
    }

    event Priced(Price indexed p, Small s, Tag t);
    event U(uint256 v);
    event I(int256 v);
    event B(bool v);
    event A(address a);

    Price public last;
    Small constant MINUS = Small.wrap(-3);
    Tag immutable tag;
    mapping(Owner => Price) public prices;
    mapping(Price => bool) seen;
    Price[] history;
    Order order;

    constructor() {
        tag = Tag.wrap(0xdeadbeef);
    }

    function step(uint256 v) internal returns (Price) {
        emit U(v);
        return Price.wrap(uint128(v));
    }

    function run() external payable {
        Price a = Price.wrap(100);
        Price b = Price.wrap(30);
        emit U(Price.unwrap(a + b));
        emit U(Price.unwrap(a - b));
        emit U(Price.unwrap(-b));
        emit U(Price.unwrap(~a));
        emit B(a < b);
        emit B(b < a);
        emit B(a == Price.wrap(100));
        emit U(Price.unwrap(a.twice()));
        emit U(Price.unwrap(a.half()));
        emit U(Price.unwrap(step(1) + step(2) + step(3)));

        last = a;
        prices[Owner.wrap(msg.sender)] = b;
        seen[a] = true;
        history.push(a);
        history.push(b);
        order = Order(b, Owner.wrap(address(0xBEEF)), Count.wrap(7));
        emit U(Price.unwrap(last));
        emit U(Price.unwrap(prices[Owner.wrap(msg.sender)]));
        emit B(seen[a]);
        emit B(seen[b]);
        emit U(Price.unwrap(history[1]));
        emit U(history.length);
        emit U(Count.unwrap(order.count));
        emit A(Owner.unwrap(order.owner));
        emit I(Small.unwrap(MINUS));
        emit Priced(a, MINUS, tag);

        bytes memory encoded = abi.encode(a, MINUS);
        (Price p, Small s) = abi.decode(encoded, (Price, Small));
        emit U(Price.unwrap(p));
        emit I(Small.unwrap(s));
        emit U(uint256(keccak256(abi.encodePacked(b))) % 1000);

        last = Price.wrap(0);
        emit U(Price.unwrap(last));
        emit U(Price.unwrap(this.echo(a)));
    }

    function echo(Price p) external pure returns (Price) {
        return p;
    }
}
// ----
// success
// U("130")
// U("70")
// U("340282366920938463463374607431768211425")
// U("340282366920938463463374607431768211355")
// B(false)
// B(true)
// B(true)
// U("200")
// U("50")
// U("1")
// U("2")
// U("3")
// U("6")
// U("100")
// U("30")
// B(true)
// B(false)
// U("30")
// U("2")
// U("7")
// A("0x000000000000000000000000000000000000beef")
// I("-3")
// Priced("100", "-3", "0xdeadbeef")
// U("100")
// I("-3")
// U("734")
// U("0")
// U("100")
