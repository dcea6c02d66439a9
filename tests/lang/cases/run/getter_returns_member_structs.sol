// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// A public struct's getter returns its members that are structs whole, as memory copies (with
// their own arrays and strings), and leaves out its own arrays and mappings.
contract Registry {
    struct Point { uint8 x; int16 y; }
    struct Meta { string label; uint256[] tags; Point at; }
    struct Entry { uint256 id; Meta meta; uint256[] skipped; mapping(uint256 => uint256) also; Point corner; bool live; }

    Entry public entry;
    mapping(uint256 => Entry) public entries;

    event Got(uint256 id, string label, uint256 tags, uint256 lastTag, int16 y, uint8 cornerX, bool live);

    function run() public payable {
        entry.id = 7;
        entry.meta.label = "seven";
        entry.meta.tags.push(3);
        entry.meta.tags.push(5);
        entry.meta.at = Point(1, -2);
        entry.skipped.push(9);
        entry.corner = Point(4, 40);
        entry.live = true;
        (uint256 id, Meta memory meta, Point memory corner, bool live) = this.entry();
        emit Got(id, meta.label, meta.tags.length, meta.tags[1], meta.at.y, corner.x, live);

        entries[2].meta.label = "two";
        entries[2].meta.at.y = -300;
        (id, meta, corner, live) = this.entries(2);
        emit Got(id, meta.label, meta.tags.length, 0, meta.at.y, corner.x, live);
        // A copy: changing it leaves the storage as it was.
        meta.at.y = 1;
        (, Meta memory again, , ) = this.entries(2);
        emit Got(0, again.label, 0, 0, again.at.y, 0, false);
    }
}
// ----
// success
// Got("7", "seven", "2", "5", "-2", "4", true)
// Got("0", "two", "0", "0", "-300", "0", false)
// Got("0", "two", "0", "0", "-300", "0", false)
