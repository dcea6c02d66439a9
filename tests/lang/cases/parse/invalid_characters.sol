contract Junk {
    uint a = 1 # 2;
    function f() public { x = @y; }
}
€
// ----
// tests/lang/cases/parse/invalid_characters.sol:2:16: error: unexpected invalid character '#'; expected ';' after the state variable declaration [E1100]
//     2 |     uint a = 1 # 2;
//       |                ^
// tests/lang/cases/parse/invalid_characters.sol:3:31: error: expected an expression, found invalid character '@' [E1100]
//     3 |     function f() public { x = @y; }
//       |                               ^
// tests/lang/cases/parse/invalid_characters.sol:5:1: error: expected 'pragma', 'import', 'contract', 'abstract contract', 'interface', 'library' or a file-level declaration, found a non-ASCII byte 0xE2 [E1100]
//     5 | €
//       | ^
// 3 errors generated.
