// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Script.sol";

/// Receives what the router forwards.
contract Target {
    event Got(uint256 amount, address to);

    function pay(uint256 amount, address to) external returns (uint256) {
        emit Got(amount, to);
        return amount * 2;
    }
}

/// A router that takes `route(bytes4 selector, ...)` and forwards the rest of its calldata
/// (`msg.data[36:]`, the target's selector in front) to the target, as multicall-style routers
/// do; `peek` decodes the arguments from a slice of its input.
contract Router {
    Target public immutable target = new Target();

    function route(bytes4 selector, uint256, address) external returns (uint256) {
        require(bytes4(msg.data[:4]) == this.route.selector, "unknown route");
        require(bytes4(msg.data[4:8]) == selector, "selector is left-aligned");
        (bool ok, bytes memory ret) =
            address(target).call(abi.encodePacked(selector, msg.data[36:]));
        require(ok, "forward failed");
        return abi.decode(ret, (uint256));
    }

    function peek(bytes calldata data) external pure returns (uint256 amount, address to) {
        return abi.decode(data[4:], (uint256, address));
    }

    function window(bytes calldata data, uint256 start, uint256 end) external pure returns (bytes memory) {
        return data[start:end];
    }
}

contract ForwarderScript is Script {
    function run() external {
        Router router = new Router();
        console.log("forwarded", router.route(Target.pay.selector, 21, address(0xBEEF)));
        bytes memory payment = abi.encodeCall(Target.pay, (7, address(0xCAFE)));
        (uint256 amount, address to) = router.peek(payment);
        console.log("peeked", amount, to);
        console.log("selector", uint32(bytes4(router.window(payment, 0, 4))));
        router.window(payment, 5, 4); // start > end: reverts without data
    }
}
