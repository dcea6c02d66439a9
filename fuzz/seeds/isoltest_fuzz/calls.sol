contract C {
    event E(uint indexed a, bytes b);
    function f(uint a, bytes memory b) public payable returns (uint) { emit E(a, b); return a; }
}
// ====
// compileViaYul: also
// ----
// constructor(), 2 wei ->
// f(uint256,bytes), 1 ether: 7, 0x40, 2, "ab" -> 7
// ~ emit E(uint256,bytes): #7, 0x20, 2, "ab"
// g() -> FAILURE, hex"4e487b71", 0x11
// balance: 0x1234 -> 0
// storageEmpty -> 1
// gas legacy: 12345
