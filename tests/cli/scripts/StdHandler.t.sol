// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import {Test, console, stdMath} from "forge-std/Test.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// A bank that pays back one wei too little when an account withdraws everything.
contract LeakyBank {
    mapping(address => uint256) public balanceOf;
    uint256 public totalDeposits;

    function deposit() external payable {
        balanceOf[msg.sender] += msg.value;
        totalDeposits += msg.value;
    }

    function withdraw(uint256 amount) external {
        balanceOf[msg.sender] -= amount;
        totalDeposits -= amount;
        uint256 paid = balanceOf[msg.sender] == 0 && amount > 1 ? amount - 1 : amount;
        payable(msg.sender).transfer(paid);
    }
}

/// forge-std's handler pattern: not a Test, built from forge-std's pieces; it bounds the
/// fuzzer's amounts, deals ether and pranks its actors.
contract BankHandler is CommonBase, StdCheats, StdUtils {
    LeakyBank public bank;
    address[] public actors;
    uint256 public ghostDeposited;
    uint256 public ghostWithdrawn;

    constructor(LeakyBank bank_) {
        bank = bank_;
        actors.push(makeAddr("alice"));
        actors.push(makeAddr("bob"));
    }

    function deposit(uint256 actorSeed, uint256 amount) external {
        address actor = actors[bound(actorSeed, 0, actors.length - 1)];
        amount = bound(amount, 1, 10 ether);
        deal(actor, amount);
        vm.prank(actor);
        bank.deposit{value: amount}();
        ghostDeposited += amount;
    }

    function withdrawAll(uint256 actorSeed) external {
        address actor = actors[bound(actorSeed, 0, actors.length - 1)];
        uint256 amount = bank.balanceOf(actor);
        if (amount == 0) return;
        uint256 before = actor.balance;
        vm.prank(actor);
        bank.withdraw(amount);
        ghostWithdrawn += actor.balance - before;
    }
}

/// The bank holds exactly what its books say; the handler's ghost variables agree with it. The
/// leak breaks the first: a withdrawal of everything leaves a wei the books do not count.
contract StdHandlerTest is Test {
    LeakyBank bank;
    BankHandler handler;

    function setUp() public {
        bank = new LeakyBank();
        handler = new BankHandler(bank);
        targetContract(address(handler));
    }

    function invariant_holdsWhatTheBooksSay() public {
        assertEq(address(bank).balance, bank.totalDeposits(), "ether and books disagree");
    }

    function invariant_ghostsAgreeWithTheEther() public {
        assertEq(handler.ghostDeposited() - handler.ghostWithdrawn(), address(bank).balance);
    }
}

/// forge-std's other helpers, each against a value computed by hand or by forge.
contract StdHelpersTest is Test {
    receive() external payable {}

    function test_constants() public {
        assertEq(address(vm), VM_ADDRESS);
        assertEq(DEFAULT_SENDER, address(uint160(uint256(keccak256("foundry default caller")))));
        assertEq(address(this), vm.computeCreateAddress(DEFAULT_SENDER, 1));
        assertEq(address(new LeakyBank()), DEFAULT_TEST_CONTRACT);
        assertEq(UINT256_MAX, type(uint256).max);
    }

    function test_stdMath() public {
        assertEq(stdMath.abs(-5), 5);
        assertEq(stdMath.abs(type(int256).min), 2 ** 255);
        assertEq(stdMath.delta(uint256(3), uint256(10)), 7);
        assertEq(stdMath.delta(int256(-3), int256(10)), 13);
        assertEq(stdMath.delta(type(int256).min, type(int256).max), type(uint256).max);
        assertEq(stdMath.percentDelta(uint256(150), uint256(100)), 0.5e18);
        assertEq(stdMath.percentDelta(int256(-50), int256(-100)), 0.5e18);
    }

    function test_percentDeltaByZeroReverts() public {
        vm.expectRevert(bytes("stdMath percentDelta(uint256,uint256): Divisor is zero"));
        this.percentDeltaOf(1, 0);
    }

    function percentDeltaOf(uint256 a, uint256 b) external pure returns (uint256) {
        return stdMath.percentDelta(a, b);
    }

    function test_accountsAndKeys() public {
        Account memory carol = makeAccount("carol");
        assertEq(carol.key, uint256(keccak256("carol")));
        assertEq(carol.addr, vm.addr(carol.key));
        assertEq(vm.getLabel(carol.addr), "carol");
        assertEq(boundPrivateKey(0), 1);
        assertEq(boundPrivateKey(SECP256K1_ORDER), 1);
    }

    function test_bytesAndInitCode() public {
        assertEq(bytesToUint(hex"0102"), 0x0102);
        assertEq(bytesToUint(""), 0);
        assertEq(addressFromLast20Bytes(bytes32(uint256(0xbeef))), address(0xbeef));
        bytes memory code = type(LeakyBank).creationCode;
        assertEq(hashInitCode(code), keccak256(code));
        assertEq(hashInitCode(code, abi.encode(uint256(1))), keccak256(abi.encodePacked(code, uint256(1))));
        bytes32 salt = bytes32(uint256(7));
        assertEq(address(new LeakyBank{salt: salt}()), computeCreate2Address(salt, hashInitCode(code), address(this)));
    }

    function test_assumePayable() public {
        assumePayable(address(this));
        console.log("this contract takes ether");
    }
}
