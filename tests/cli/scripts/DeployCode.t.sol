// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";
import {Tiny} from "./Tiny.sol";

contract Counter {
    uint256 public count;

    constructor(uint256 start) payable {
        count = start;
    }
}

/// forge-std's deployCode and vm.getCode by forge's artifact names; every test passes.
contract DeployCodeTest is Test {
    function testByFileAndName() public {
        address c = deployCode("DeployCode.t.sol:Counter", abi.encode(uint256(5)));
        assertEq(Counter(c).count(), 5);
    }

    function testByNameWithValue() public {
        address c = deployCode("Counter", abi.encode(uint256(7)), 1 ether);
        assertEq(Counter(c).count(), 7);
        assertEq(c.balance, 1 ether);
    }

    function testAnImportedFileByItsOneContract() public {
        address t = deployCode("Tiny.sol");
        assertEq(Tiny(t).bump(2), 2);
        assertEq(keccak256(vm.getCode("Tiny.sol")), keccak256(type(Tiny).creationCode));
    }

    function testForgeArtifactPath() public {
        bytes memory a = vm.getCode("out/DeployCode.t.sol/Counter.json");
        assertEq(keccak256(a), keccak256(type(Counter).creationCode));
    }
}

/// A name no compiled contract has fails with forge's words and the way out.
contract DeployCodeMissingTest is Test {
    function testUnknownArtifact() public {
        deployCode("Vault.sol:Vault");
    }
}
