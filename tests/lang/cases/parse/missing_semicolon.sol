contract Bank {
    mapping(address => uint256) balances;

    function deposit() public payable {
        balances[msg.sender] += msg.value
    }
}
// ----
// tests/lang/cases/parse/missing_semicolon.sol:6:5: error: expected ';' after the expression [E1000]
//     6 |     }
//       |     ^
// 1 error generated.
