// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// A counter whose increments are reserved to a role, on OpenZeppelin's AccessControl.
contract Roles is AccessControl {
    bytes32 public constant COUNTER_ROLE = keccak256("COUNTER_ROLE");
    uint256 public count;

    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    function increment() public onlyRole(COUNTER_ROLE) {
        count += 1;
    }
}
