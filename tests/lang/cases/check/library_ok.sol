pragma solidity ^0.8.20;
uint256 constant SCALE = 1e18;
error Unauthorized(address who);
event Moved(uint256 amount);
struct Position { uint256 size; address owner; }
enum Side { Buy, Sell }
function scaled(uint256 x) pure returns (uint256) { return x * SCALE; }
function owned(Position memory p, address who) pure returns (bool) { return p.owner == who; }
using {owned} for Position global;
library Positions {
    uint256 internal constant MAX = 10;
    error TooBig(uint256 size);
    event Opened(address owner, uint256 size);
    struct Book { Position[] items; }
    function open(Book storage b, uint256 size) internal returns (uint256) {
        if (size > MAX) revert TooBig(size);
        b.items.push(Position(size, msg.sender));
        emit Opened(msg.sender, size);
        return b.items.length - 1;
    }
    function total(Book storage b) public view returns (uint256 sum) {
        for (uint256 i = 0; i < b.items.length; i++) sum += b.items[i].size;
    }
    function flip(Side s) internal pure returns (Side) { return s == Side.Buy ? Side.Sell : Side.Buy; }
}
contract Exchange {
    using Positions for Positions.Book;
    using Positions for Side;
    Positions.Book private book;
    function open(uint256 size) external returns (uint256 id) {
        id = book.open(size);
        if (!book.items[id].owned(msg.sender)) revert Unauthorized(msg.sender);
        emit Moved(scaled(size));
    }
    function total() external view returns (uint256) { return book.total() + Positions.MAX; }
    function side() external pure returns (Side) { return Side.Buy.flip(); }
}
// ----
