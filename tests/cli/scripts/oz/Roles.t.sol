// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {Roles} from "./Roles.sol";

contract RolesTest is Test {
    Roles roles;
    address carol = address(0xCA401);

    function setUp() public {
        roles = new Roles(address(this));
    }

    function testGrantAndUse() public {
        bytes32 role = roles.COUNTER_ROLE();
        assertFalse(roles.hasRole(role, carol));
        roles.grantRole(role, carol);
        assertTrue(roles.hasRole(role, carol));
        vm.prank(carol);
        roles.increment();
        assertEq(roles.count(), 1);
    }

    function testUnauthorizedReverts() public {
        bytes32 role = roles.COUNTER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, carol, role));
        vm.prank(carol);
        roles.increment();
    }

    function testRevokedRoleReverts() public {
        bytes32 role = roles.COUNTER_ROLE();
        roles.grantRole(role, carol);
        roles.revokeRole(role, carol);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, carol, role));
        vm.prank(carol);
        roles.increment();
    }

    function testSupportsInterface() public {
        assertTrue(roles.supportsInterface(type(IAccessControl).interfaceId));
        assertTrue(roles.supportsInterface(type(IERC165).interfaceId));
        assertTrue(type(IAccessControl).interfaceId == bytes4(0x7965db0b));
        assertFalse(roles.supportsInterface(0xffffffff));
    }
}
