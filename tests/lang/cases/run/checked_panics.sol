// Checked arithmetic on every width panics exactly where solc's does (0x11 overflow, 0x12
// division by zero, 0x21 enum conversion, 0x32 index out of bounds); each probe runs in its own
// call frame so the panic data can be observed.
pragma solidity ^0.8.20;

contract CheckedPanics {
    enum E { A, B }

    event Probe(string name, bool ok, bytes data);

    uint256[] xs;

    function addU8(uint8 a, uint8 b) external pure returns (uint8) {
        return a + b;
    }

    function subI8(int8 a, int8 b) external pure returns (int8) {
        return a - b;
    }

    function mulI16(int16 a, int16 b) external pure returns (int16) {
        return a * b;
    }

    function divI8(int8 a, int8 b) external pure returns (int8) {
        return a / b;
    }

    function modU(uint256 a, uint256 b) external pure returns (uint256) {
        return a % b;
    }

    function negI32(int32 a) external pure returns (int32) {
        return -a;
    }

    function expU8(uint8 a, uint8 e) external pure returns (uint8) {
        return a ** e;
    }

    function expI8(int8 a, uint8 e) external pure returns (int8) {
        return a ** e;
    }

    function toEnum(uint256 i) external pure returns (E) {
        return E(i);
    }

    function at(uint256 i) external view returns (uint256) {
        return xs[i];
    }

    function incU64(uint64 a) external pure returns (uint64) {
        a++;
        return a;
    }

    function decU(uint256 a) external pure returns (uint256) {
        --a;
        return a;
    }

    function shlU8(uint8 a, uint8 s) external pure returns (uint8) {
        return a << s; // shifts never panic: they wrap
    }

    function probe(string memory name, bytes memory call) internal {
        (bool ok, bytes memory data) = address(this).call(call);
        emit Probe(name, ok, data);
    }

    function run() external payable {
        xs.push(1);
        probe("addU8 ok", abi.encodeCall(this.addU8, (200, 55)));
        probe("addU8 over", abi.encodeCall(this.addU8, (200, 56)));
        probe("subI8 ok", abi.encodeCall(this.subI8, (-100, 28)));
        probe("subI8 over", abi.encodeCall(this.subI8, (-100, 29)));
        probe("mulI16 ok", abi.encodeCall(this.mulI16, (-128, 256)));
        probe("mulI16 over", abi.encodeCall(this.mulI16, (-129, 256)));
        probe("mulI16 min", abi.encodeCall(this.mulI16, (-32768, -1)));
        probe("divI8 min", abi.encodeCall(this.divI8, (-128, -1)));
        probe("divI8 ok", abi.encodeCall(this.divI8, (-128, 3)));
        probe("divI8 zero", abi.encodeCall(this.divI8, (1, 0)));
        probe("modU zero", abi.encodeCall(this.modU, (1, 0)));
        probe("negI32 min", abi.encodeCall(this.negI32, (type(int32).min)));
        probe("negI32 ok", abi.encodeCall(this.negI32, (type(int32).max)));
        probe("expU8 ok", abi.encodeCall(this.expU8, (2, 7)));
        probe("expU8 over", abi.encodeCall(this.expU8, (2, 8)));
        probe("expI8 ok", abi.encodeCall(this.expI8, (-2, 7)));
        probe("expI8 over", abi.encodeCall(this.expI8, (2, 7)));
        probe("expI8 neg", abi.encodeCall(this.expI8, (-3, 5)));
        probe("toEnum bad", abi.encodeCall(this.toEnum, (2)));
        probe("at bad", abi.encodeCall(this.at, (1)));
        probe("incU64 over", abi.encodeCall(this.incU64, (type(uint64).max)));
        probe("decU under", abi.encodeCall(this.decU, (0)));
        probe("shlU8 wraps", abi.encodeCall(this.shlU8, (255, 4)));
        probe("addU8 dirty", abi.encodeWithSelector(this.addU8.selector, uint256(256), uint256(1)));
        probe("subI8 dirty", abi.encodeWithSelector(this.subI8.selector, uint256(128), uint256(1)));
    }
}
// ----
// success
// Probe("addU8 ok", true, "0x00000000000000000000000000000000000000000000000000000000000000ff")
// Probe("addU8 over", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe("subI8 ok", true, "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff80")
// Probe("subI8 over", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe("mulI16 ok", true, "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8000")
// Probe("mulI16 over", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe("mulI16 min", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe("divI8 min", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe("divI8 ok", true, "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd6")
// Probe("divI8 zero", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000012")
// Probe("modU zero", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000012")
// Probe("negI32 min", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe("negI32 ok", true, "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffff80000001")
// Probe("expU8 ok", true, "0x0000000000000000000000000000000000000000000000000000000000000080")
// Probe("expU8 over", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe("expI8 ok", true, "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff80")
// Probe("expI8 over", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe("expI8 neg", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe("toEnum bad", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000021")
// Probe("at bad", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000032")
// Probe("incU64 over", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe("decU under", false, "0x4e487b710000000000000000000000000000000000000000000000000000000000000011")
// Probe("shlU8 wraps", true, "0x00000000000000000000000000000000000000000000000000000000000000f0")
// Probe("addU8 dirty", false, "0x")
// Probe("subI8 dirty", false, "0x")
