contract Strings {
    function f() public pure {
        string memory a = "tab\there";
        string memory b = "bad \q escape";
        bytes memory c = hex"0g";
        string memory d = "no end;
        string memory e = "\x4";
    }
}
// ----
// tests/lang/cases/parse/strings.sol:4:32: error: unknown escape sequence '\q' [E1103]
//     4 |         string memory b = "bad \q escape";
//       |                                ^~
//       = help: the escapes are \n \t \r \\ \" \' \xNN and \uNNNN
// tests/lang/cases/parse/strings.sol:5:26: error: hex string literal must hold pairs of hex digits, optionally separated by '_' [E1105]
//     5 |         bytes memory c = hex"0g";
//       |                          ^~~~~~~
// tests/lang/cases/parse/strings.sol:6:27: error: unterminated string literal (missing closing '"') [E1102]
//     6 |         string memory d = "no end;
//       |                           ^~~~~~~~
// 3 errors generated.
