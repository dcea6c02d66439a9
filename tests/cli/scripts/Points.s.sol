// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Script.sol";

/// A registry whose view returns a memory array of structs (a storage -> memory deep copy,
/// ABI-encoded with offsets) and a string array.
contract Registry {
    struct Point {
        uint256 x;
        address owner;
        string label;
    }

    Point[] points;

    function add(uint256 x, string calldata label) external {
        points.push(Point(x, msg.sender, label));
    }

    function all() external view returns (Point[] memory) {
        return points;
    }

    function labels() external view returns (string[] memory out) {
        out = new string[](points.length);
        for (uint256 i = 0; i < points.length; ++i) out[i] = points[i].label;
    }
}

/// Golden-test script: deploys the registry, fills it and reads back what its views return
/// (decoded from the ABI by the script's own code).
contract PointsScript is Script {
    function run() public returns (uint256 count, uint256 sumX, address owner, string memory last) {
        Registry registry = new Registry();
        registry.add(1, "origin");
        registry.add(42, "a label longer than thirty-one bytes, kept in long form");
        Registry.Point[] memory all = registry.all();
        string[] memory labels = registry.labels();
        count = all.length;
        for (uint256 i = 0; i < all.length; ++i) {
            sumX += all[i].x;
            console.log(labels[i], all[i].x);
        }
        owner = all[0].owner;
        last = all[count - 1].label;
    }
}
