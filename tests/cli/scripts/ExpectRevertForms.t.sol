// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

contract Vault {
    error Unauthorized();
    error Insufficient(uint256 available, uint256 wanted);

    mapping(address => uint256) public balance;

    function deposit() external payable {
        balance[msg.sender] += msg.value;
    }

    function withdraw(uint256 amount) external {
        if (amount > balance[msg.sender]) revert Insufficient(balance[msg.sender], amount);
        balance[msg.sender] -= amount;
    }

    function close() external pure {
        revert Unauthorized();
    }
}

/// Calls the vault, so a revert from the vault reaches the test through it.
contract Router {
    Vault public vault;

    constructor(Vault v) {
        vault = v;
    }

    function withdraw(uint256 amount) external {
        vault.withdraw(amount);
    }
}

contract Made {}

/// forge 1.x's expectRevert, expectPartialRevert and expectCall overloads, and the small
/// cheatcodes around them; every test passes.
contract ExpectRevertFormsTest is Test {
    Vault vault;
    Router router;

    function setUp() public {
        vault = new Vault();
        router = new Router(vault);
    }

    function testSelectorOfAnErrorWithoutArguments() public {
        vm.expectRevert(Vault.Unauthorized.selector);
        vault.close();
    }

    function testPartialRevertIgnoresTheArguments() public {
        vm.expectPartialRevert(Vault.Insufficient.selector);
        vault.withdraw(3);
    }

    function testFullDataOfAnErrorWithArguments() public {
        vm.expectRevert(abi.encodeWithSelector(Vault.Insufficient.selector, 0, 3));
        vault.withdraw(3);
    }

    function testReverterIsTheInnermostFrame() public {
        vm.expectRevert(address(vault));
        router.withdraw(1);
        vm.expectRevert(abi.encodeWithSelector(Vault.Insufficient.selector, 0, 1), address(vault));
        router.withdraw(1);
        vm.expectPartialRevert(Vault.Insufficient.selector, address(vault));
        router.withdraw(1);
    }

    function testCountedReverts() public {
        vm.expectRevert(abi.encodeWithSelector(Vault.Insufficient.selector, 0, 1), 2);
        vault.withdraw(1);
        vault.withdraw(1);
        vm.expectRevert(uint64(2));
        vault.close();
        vault.withdraw(9);
    }

    function testCountZeroMeansTheCallMustNotRevertSo() public {
        vm.expectRevert(Vault.Unauthorized.selector, 0);
        vault.withdraw(0); // succeeds
        vm.expectRevert(Vault.Unauthorized.selector, 0);
        vault.withdraw(5); // reverts otherwise: let go, as forge does
    }

    function testExpectCallWithValueAndCount() public {
        vm.expectCall(address(vault), 1 ether, abi.encodeWithSelector(Vault.deposit.selector));
        vault.deposit{value: 1 ether}();
        vm.expectCall(address(vault), abi.encodeWithSelector(Vault.withdraw.selector), 2);
        router.withdraw(0);
        vault.withdraw(0);
    }

    function testLabels() public {
        vm.label(address(vault), "vault");
        assertEq(vm.getLabel(address(vault)), "vault");
        assertEq(vm.getLabel(address(0xBEEF)), "unlabeled:0x000000000000000000000000000000000000bEEF");
    }

    function testCreateAddresses() public {
        address next = vm.computeCreateAddress(address(this), vm.getNonce(address(this)));
        assertEq(address(new Made()), next);
        assertEq(computeCreateAddress(address(this), vm.getNonce(address(this))), address(new Made()));
        bytes32 salt = bytes32(uint256(7));
        bytes32 hash = keccak256(type(Made).creationCode);
        address salted = vm.computeCreate2Address(salt, hash, address(this));
        assertEq(computeCreate2Address(salt, hash, address(this)), salted);
        assertEq(address(new Made{salt: salt}()), salted);
        assertEq(
            vm.computeCreate2Address(salt, hash), computeCreate2Address(salt, hash, CREATE2_FACTORY)
        );
    }

    function testGasMeteringPauseChangesNothing() public {
        vm.pauseGasMetering();
        vault.deposit{value: 1}();
        vm.resumeGasMetering();
        assertEq(vault.balance(address(this)), 1);
    }
}
