// stdstore (forge-std's StdStorage): slots found through vm.record and written with checked_write,
// whatever the layout: mappings, nested mappings, a struct getter's field (depth), bools and addresses.
// A value packed with others in its slot is not found, as forge-std without enable_packed_slots.
pragma solidity ^0.8.20;
import "forge-std/Test.sol";
contract Token {
    uint8 public decimals = 18;
    address public owner;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    struct Pos { uint256 size; uint256 debt; }
    mapping(uint256 => Pos) public positions;
    bool public paused;
    uint256 public fee;
    address public admin;
    constructor() { owner = msg.sender; }
}
contract StoreTest is Test {
    using stdStorage for StdStorage;
    Token t;
    function setUp() public { t = new Token(); }
    function test_write_balance() public {
        stdstore.target(address(t)).sig("balanceOf(address)").with_key(address(7)).checked_write(100);
        assertEq(t.balanceOf(address(7)), 100);
        assertEq(t.balanceOf(address(8)), 0);
    }
    function test_find_slot() public {
        uint256 slot = stdstore.target(address(t)).sig(t.balanceOf.selector).with_key(address(7)).find();
        assertEq(slot, uint256(keccak256(abi.encode(address(7), uint256(1)))));
    }
    function test_nested_and_depth() public {
        stdstore.target(address(t)).sig("allowance(address,address)").with_key(address(1)).with_key(address(2)).checked_write(5);
        assertEq(t.allowance(address(1), address(2)), 5);
        stdstore.target(address(t)).sig("positions(uint256)").with_key(uint256(3)).depth(1).checked_write(42);
        (uint256 size, uint256 debt) = t.positions(3);
        assertEq(size, 0);
        assertEq(debt, 42);
    }
    function test_bool_and_address() public {
        stdstore.target(address(t)).sig("paused()").checked_write(true);
        assertTrue(t.paused());
        assertTrue(stdstore.target(address(t)).sig("paused()").read_bool());
        stdstore.target(address(t)).sig("admin()").checked_write(address(9));
        assertEq(t.admin(), address(9));
        assertEq(stdstore.target(address(t)).sig("admin()").read_address(), address(9));
    }
    function findDecimals() external returns (uint256) {
        return stdstore.target(address(t)).sig("decimals()").find();
    }
    function test_packed_is_not_found() public {
        vm.expectRevert("stdStorage find(StdStorage): Slot(s) not found.");
        this.findDecimals();
    }
}
